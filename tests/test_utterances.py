"""The typed-sentence resolver: the model's own samples and synonyms, built-in phrases, numbers
and durations, and FallbackIntent for the rest."""

from __future__ import annotations

import pytest

from skill.devtools.utterances import (
    FALLBACK,
    MATCH,
    NO_MATCH,
    UtteranceResolver,
    one_shot_candidates,
    parse_invocation,
)
from skill.spoken import sample_words
from skill.spoken_numbers import duration_to_iso, words_to_number


@pytest.fixture(scope="module")
def resolver():
    return UtteranceResolver.for_locale("en-US")


@pytest.mark.parametrize(
    "sentence, intent",
    [
        ("yes", "AMAZON.YesIntent"),
        ("Yeah.", "AMAZON.YesIntent"),
        ("yes it does", "AMAZON.YesIntent"),
        ("uh huh", "AMAZON.YesIntent"),  # assent, though "uh" is a filler and "huh" asks for a repeat
        ("mm hmm", "AMAZON.YesIntent"),
        ("huh", "AMAZON.RepeatIntent"),
        ("no", "AMAZON.NoIntent"),
        ("Nope!", "AMAZON.NoIntent"),
        ("not really", "AMAZON.NoIntent"),
        ("I don't know", "DontKnowIntent"),
        ("not sure", "DontKnowIntent"),
        ("no idea", "DontKnowIntent"),
        ("why", "WhyIntent"),
        ("why do you think that?", "WhyIntent"),
        ("how did you decide", "WhyIntent"),
        ("help", "AMAZON.HelpIntent"),
        ("what can I say", "AMAZON.HelpIntent"),
        ("repeat", "AMAZON.RepeatIntent"),
        ("say that again", "AMAZON.RepeatIntent"),
        ("start over", "AMAZON.StartOverIntent"),
        ("stop", "AMAZON.StopIntent"),
        ("quit", "AMAZON.StopIntent"),
        ("cancel", "AMAZON.CancelIntent"),
        ("never mind", "AMAZON.CancelIntent"),
        ("why does the back of my knee hurt", "DescribePainIntent"),
        ("", FALLBACK),
    ],
)
def test_intent_of_common_sentences(resolver, sentence, intent):
    assert resolver.resolve(sentence).intent == intent, f"{sentence!r} should be {intent}"


@pytest.mark.parametrize(
    "sentence, intent, slots",
    [
        ("it's behind the knee", "AnswerIntent", {"location": "behind_knee"}),
        ("mostly in my calf", "AnswerIntent", {"location": "calf"}),
        ("gradually", "AnswerIntent", {"onset": "gradual"}),
        ("none of those", "AMAZON.NoIntent", {}),  # a no to any question; to knee_mechanics it is "none"
        ("stairs and squatting make it worse", "AnswerIntent", {"worse_with": "stairs", "worse_with_two": "squatting"}),
        # "both" said before it (round 47 lost the stairs: "both" was read as part of the second value)
        (
            "walking and climbing stairs both make it worse",
            "AnswerIntent",
            {"worse_with": "standing_walking", "worse_with_two": "stairs"},
        ),
        # ("... and now it locks": no carrier holds "now", tests/test_carrier_words.py)
        ("it started suddenly when I twisted it", "AnswerIntent", {"onset": "sudden", "mechanism": "twist"}),
        (
            "it started suddenly and there's a lump behind my knee",
            "AnswerIntent",
            {"onset": "sudden", "symptom": "lump"},
        ),
        ("my calf is swollen", "AnswerIntent", {"symptom": "calf_swollen"}),
        ("my knee is swollen", "AnswerIntent", {"symptom": "leg_signs"}),
        ("I have a lump behind my knee", "DescribePainIntent", {"symptom": "lump"}),
        ("I'm forty two", "AnswerIntent", {"age": "42"}),
        ("I'm 42 years old", "AnswerIntent", {"age": "42"}),
        ("about three days", "AnswerIntent", {"duration": "P3D"}),
        ("two weeks", "AnswerIntent", {"duration": "P2W"}),
        ("for a month", "AnswerIntent", {"duration": "P1M"}),
    ],
)
def test_slots_resolve_to_kb_ids(resolver, sentence, intent, slots):
    resolution = resolver.resolve(sentence)
    assert (resolution.intent, resolution.slot_ids()) == (intent, slots), resolution.describe()


def test_custom_slots_carry_entity_resolution(resolver):
    slot = resolver.resolve("it's behind the knee").slots["location"]
    assert (slot.status, slot.resolved_id, slot.value) == (MATCH, "behind_knee", "behind the knee")


def test_unknown_value_in_a_known_carrier_is_no_match(resolver):
    resolution = resolver.resolve("it's in my ankle")
    assert resolution.intent == "AnswerIntent"
    assert resolution.slots["location"].status == NO_MATCH and resolution.slots["location"].resolved_id is None


@pytest.mark.parametrize(
    "sentence", ["what's the weather like", "tell me a joke", "nah my calf is enormous", "yes, and purple too"]
)
def test_a_sentence_no_sample_fits_goes_to_the_catch_all_as_heard(resolver, sentence):
    """As on a device: the bare {answer_text} sample takes it with ER_SUCCESS_NO_MATCH and the words
    as heard, apostrophes kept ("what's"); the resolver no longer claims that a sentence starting
    with yes or no is that answer."""
    resolution = resolver.resolve(sentence)
    assert resolution.intent == "AnswerIntent" and list(resolution.slots) == ["answer_text"]
    slot = resolution.slots["answer_text"]
    assert slot.status == NO_MATCH and slot.resolved_id is None and slot.value == sample_words(sentence).lower()


def test_the_catch_all_keeps_digits_as_a_device_writes_them(resolver):
    resolution = resolver.resolve("hurting for 3 weeks since I fell, I'm 72")
    assert resolution.slots["answer_text"].value == "hurting for 3 weeks since i fell i'm 72"


def test_declared_slots_come_with_the_intent(resolver):
    declared = dict(resolver.resolve("gradually").declared_slots)
    assert declared["duration"] == "AMAZON.DURATION" and declared["location"] == "LOCATION_VALUE"


@pytest.mark.parametrize(
    "text, number",
    [
        ("42", 42),
        ("forty two", 42),
        ("forty-two", 42),
        ("seven", 7),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("ninety", 90),
        ("lots", None),
        ("nineteen fifty two", None),  # a year or two numbers, never 71
        ("fifty fifty", None),
        ("oh", None),
    ],
)
def test_words_to_number(text, number):
    assert words_to_number(text) == number


@pytest.mark.parametrize(
    "text, iso",
    [
        ("three days", "P3D"),
        ("two weeks", "P2W"),
        ("a month", "P1M"),
        ("a year", "P1Y"),
        ("an hour", "PT1H"),
        ("a couple of weeks", "P2W"),
        ("couple of days", "P2D"),  # the article and the "of" are often not said
        ("a couple weeks", "P2W"),
        ("few weeks", "P3W"),
        ("a good few months", "P3M"),
        ("a fortnight", "P2W"),
        ("10 days", "P10D"),
        ("about six months", "P6M"),
        ("days", "P1D"),
        ("sometime", None),
    ],
)
def test_duration_to_iso(text, iso):
    assert duration_to_iso(text) == iso


def test_locales_resolve_their_own_extra_samples():
    assert (
        UtteranceResolver.for_locale("en-IN").resolve("I am having a lump behind my knee").intent
        == "DescribePainIntent"
    )
    en_us = UtteranceResolver.for_locale("en-US").resolve("I am having a lump behind my knee")
    assert en_us.intent == "AnswerIntent" and list(en_us.slots) == ["answer_text"], "only the catch-all takes it"


@pytest.mark.parametrize(
    "sentence, launch, heard",
    [
        ("Alexa, open knee pain guide", True, None),
        ("open knee pain guide", True, None),
        ("Alexa, ask knee pain guide why the back of my knee hurts", False, "why the back of my knee hurts"),
        ("tell knee pain guide I have a lump behind my knee", False, "i have a lump behind my knee"),
        ("Alexa, ask knee pain guide", True, None),
    ],
)
def test_parse_invocation(sentence, launch, heard):
    invocation = parse_invocation(sentence, "knee pain guide")
    assert invocation is not None and invocation.launch == launch
    if heard:
        assert invocation.request == heard


def test_not_an_invocation():
    assert parse_invocation("it's behind the knee", "knee pain guide") is None


def test_one_shot_connecting_word_is_optional():
    assert one_shot_candidates("about my knee pain") == ["about my knee pain", "my knee pain"]
    assert one_shot_candidates("why the back of my knee hurts") == ["why the back of my knee hurts"]


@pytest.mark.parametrize(
    "text, iso",
    [
        ("today", "2026-11-29"),
        ("this morning", "2026-11-29"),
        ("yesterday", "2026-11-28"),
        ("tuesday", "2026-12-01"),  # Alexa's future bias: the coming Tuesday
        ("last tuesday", "2026-11-24"),
        ("last week", "2026-W47"),
        ("last weekend", "2026-W47-WE"),
        ("last month", "2026-10"),
        ("march", "2027-03"),
        ("the day after tomorrow", None),
    ],
)
def test_date_to_iso(text, iso):
    from datetime import date

    from skill.devtools.utterances import date_to_iso

    assert date_to_iso(text, date(2026, 11, 29)) == iso


def test_dates_and_decades_fill_their_slots(resolver):
    from datetime import date

    since = resolver.resolve("since last Tuesday", date(2026, 11, 29))
    assert since.intent == "AnswerIntent" and since.slot_ids() == {"since": "2026-11-24"}
    decade = resolver.resolve("I'm in my early fifties")
    assert decade.slot_ids() == {"age_decade": "52"}


@pytest.mark.parametrize("sentence", ["since three four days", "it's been two three weeks", "three four days"])
def test_words_of_a_duration_with_no_one_value_are_left_to_the_skills_reading(resolver, sentence):
    """ "three four days" has the form of a duration but no one value: never a "?" in {duration} that
    loses the words, but the catch-all, whose words the skill reads (the range's larger count)."""
    resolution = resolver.resolve(sentence)
    assert "duration" not in resolution.slots and "answer_text" in resolution.slots, resolution.describe()


def test_a_yes_or_no_with_a_symptom_carries_both(resolver):
    said = resolver.resolve("no, but my calf is swollen")
    assert said.intent == "AnswerIntent" and said.slot_ids() == {"reply": "no", "symptom": "calf_swollen"}


def test_a_one_shot_request_is_tried_without_its_connecting_word_before_the_catch_all(resolver):
    """ "Tell knee pain guide that my calf is swollen": the catch-all would take "that my calf is
    swollen" as raw words; without "that" a sample places every word, which a device prefers."""
    resolution = resolver.resolve_one_shot("that my calf is swollen")
    assert resolution.slot_ids() == {"symptom": "calf_swollen"}, resolution.describe()
    caught = resolver.resolve_one_shot("whether my calf has puffed right up")
    assert list(caught.slots) == ["answer_text"] and caught.slots["answer_text"].status == NO_MATCH


@pytest.mark.parametrize("sentence", ["I felt a pop", "I heard a snap"])
def test_a_pop_said_unasked_is_the_muscle_openers_sign_not_a_tear(resolver, sentence):
    """A tear needs the pop and a big bruise or trouble walking (kb rule muscle_tear): a pop alone
    opens the muscle questions rather than sending the person to same-day care."""
    resolution = resolver.resolve(sentence)
    symptoms = {s.resolved_id for s in resolution.slots.values() if s.name.startswith("symptom")}
    assert "muscle_signs" in symptoms and "muscle_tear" not in symptoms, resolution.describe()
