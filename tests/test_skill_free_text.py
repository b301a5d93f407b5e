"""Free answers through the real skill: words the interaction model does not list reach it raw
(the catch-all {answer_text}, or an answer slot with ER_SUCCESS_NO_MATCH) and the skill reads them
(skill/understanding.py). Each safety rule of that reading is checked here through real Alexa
envelopes and the real conversation: what is stored, what is asked next, what is never guessed.

The sentences are checked to reach the skill as raw words through the try-it resolver (no sample
with listed values fits them), so each test is about the skill's reading, not the model's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest

from skill.devtools.utterances import NO_MATCH, UtteranceResolver
from skill.slots import read_slots
from tests.alexa_requests import Conversation, Matched, Said, Unmatched, answer_intent, talk
from tests.kb_helpers import answer_from, golden_cases, real_kb

KB = real_kb()
CASES = {c["id"]: c for c in golden_cases()}
CALM = CASES["gradual_pain_on_stairs_and_squats_sounds_like_tendinitis"]["facts"]
LEG_SIGNS = {**CALM, "leg_signs": "yes"}
RESOLVER = UtteranceResolver.for_locale("en-US")
INJURED_CALF = {**CALM, "onset": "injury", "mechanism": "sprint_jump", "location": "calf", "muscle_signs": "yes"}


def facts_of(said: Said) -> dict[str, Any]:
    return dict(said.attributes["knee"]["facts"])


def free(convo: Conversation, words: str) -> Said:
    """Say words the model does not list, as the try-it resolver sends them: in the catch-all slot,
    or in an answer slot of a carrier whose own words fit, always unresolved."""
    resolution = RESOLVER.resolve(words)
    assert resolution.intent == "AnswerIntent" and resolution.slots, resolution.describe()
    assert all(s.status == NO_MATCH for s in resolution.slots.values()), (
        f"{words!r} must reach the skill as raw words, not {resolution.describe()}"
    )
    return convo.answer(**{name: Unmatched(slot.value) for name, slot in resolution.slots.items()})


def at(question_id: str, facts: dict[str, Any] | None = None) -> Conversation:
    convo = talk()
    convo.launch()
    convo.until(facts or LEG_SIGNS, question_id)
    return convo


# --- a red-flag screen answered in free words ------------------------------------------------


@pytest.mark.parametrize(
    "words, stored",
    [
        ("it has puffed up a fair bit", "yes"),  # the sign, in words of the question's own family
        ("sometimes it gets a tad redder", "yes"),  # a hedge admits the sign
        ("honestly no swelling at all", "no"),  # an unambiguous denial
        ("my calf has not puffed up at all", "no"),  # the sign, negated
        ("I honestly could not tell you", "unknown"),  # unsure
        # one sign said plainly, another guessed then doubted: the doubt is the guess's, the sign said stands
        ("it has puffed up and maybe gone a bit red I could not tell you", "yes"),
    ],
)
def test_free_yes_no_unsure_and_hedge_to_a_red_flag_screen(words: str, stored: str) -> None:
    convo = at("calf_swollen")
    said = free(convo, words)
    assert facts_of(said)["calf_swollen"] == stored, said.speech
    assert convo.asked(said) is None or convo.asked(said).id != "calf_swollen", "the screen is answered: it moves on"


@pytest.mark.parametrize(
    "words",
    [
        "not massively I would say",  # a hedged denial
        "I don't think it has puffed up",  # a denial with doubt
        "no it's the other leg that's puffed up",  # "no" said first, then a sign: not a denial of it
    ],
)
def test_a_denial_that_is_not_unambiguous_is_asked_again_never_a_no(words: str) -> None:
    convo = at("calf_swollen")
    said = free(convo, words)
    assert "calf_swollen" not in facts_of(said), f"{words!r} is not a clear no to a clot screen"
    assert said.speech.endswith(convo.say(KB.questions["calf_swollen"].text)), said.speech


@pytest.mark.parametrize(
    "question, words",
    [
        ("clot_risk", "nope, my life has been pretty quiet"),  # a plain no, then why
        ("knee_signs", "no, it is only sore after a long day"),
    ],
)
def test_a_plain_no_then_an_explanation_is_a_no(question: str, words: str) -> None:
    """People explain a no ("no, my life's been quiet"); with no "but" after it, the words explain
    the no rather than add a sign, so it is stored even when no family knows them."""
    convo = at(question, CALM)
    said = free(convo, words)
    assert facts_of(said)[question] == "no", said.speech


@pytest.mark.parametrize(
    "question, words",
    [
        ("injury_severe", "no, I managed to get myself home on it"),
        ("leg_cold_pale", "no, it has gone a purply sort of shade"),  # may be the very sign asked about
    ],
)
def test_an_explained_no_to_a_red_flag_screen_is_asked_again(question: str, words: str) -> None:
    """To a red-flag screen the unknown words after a no may be the sign itself, so only a fully
    placed no counts; the screen is asked again."""
    facts = {**LEG_SIGNS, "onset": "injury"} if question == "injury_severe" else LEG_SIGNS
    convo = at(question, facts)
    said = free(convo, words)
    assert question not in facts_of(said) and convo.asked(said).id == question, said.speech


@pytest.mark.parametrize(
    "words",
    [
        "no, but the skin looks a strange colour",  # "but": what follows may be a sign
        "no though my leg is behaving oddly",
        "I don't think so, it looks a bit funny",  # a no with doubt is never plain
    ],
)
def test_a_no_that_turns_to_unknown_words_is_asked_again(words: str) -> None:
    convo = at("calf_swollen")
    said = free(convo, words)
    assert "calf_swollen" not in facts_of(said), said.speech
    assert convo.asked(said).id == "calf_swollen", said.speech


def test_a_volunteered_clot_sign_in_unlisted_words_is_acted_on_at_once() -> None:
    """ "No, but my calf has puffed right up" to the chest screen: the calf is stored this turn, and
    the chest "no" with it, exactly as the matched "{reply} but {symptom}" sample stores both."""
    convo = at("chest_symptoms", CALM)
    said = free(convo, "no but my calf has puffed right up")
    matched = at("chest_symptoms", CALM)
    same = matched.answer(reply=Matched("no", "no"), symptom=Matched("calf_swollen"))
    assert facts_of(said) == facts_of(same) == {**facts_of(same), "calf_swollen": "yes", "chest_symptoms": "no"}
    assert said.speech == same.speech and said.reprompt == same.reprompt, "acted on exactly as a matched symptom"


def test_a_volunteered_sign_in_an_unplaced_slot_value_is_kept() -> None:
    """A device may put the words after "no but" in {symptom} without resolving them."""
    convo = at("chest_symptoms", CALM)
    said = convo.answer(reply=Matched("no", "no"), symptom=Unmatched("my calf has puffed right up"))
    assert facts_of(said)["calf_swollen"] == "yes" and facts_of(said)["chest_symptoms"] == "no"


def test_a_matched_no_beside_words_nothing_placed_is_asked_again() -> None:
    """ "No but my calf is enormous" with "enormous" in no family: the words may be a clot sign the
    model missed, so the matched "no" is not stored over them; the screen is asked again."""
    convo = at("chest_symptoms", CALM)
    said = convo.answer(reply=Matched("no", "no"), symptom=Unmatched("my calf is gigantic and weird"))
    assert "chest_symptoms" not in facts_of(said), said.speech
    assert convo.asked(said).id == "chest_symptoms"


def test_words_the_model_gave_another_question_answer_the_one_asked() -> None:
    """ "Yeah, it's hot" to the hot-knee question: the model puts "it's hot" in the leg-sign slot.
    The words answer the question asked too, so it is not asked again; the leg sign stays."""
    convo = at("hot_knee", LEG_SIGNS)
    said = convo.answer(symptom=Matched("leg_signs", "it's hot"))
    assert facts_of(said)["hot_knee"] == "yes" and facts_of(said)["leg_signs"] == "yes"
    asked = convo.asked(said)
    assert asked is None or asked.id != "hot_knee", said.speech


def test_another_questions_choice_from_words_that_answer_the_one_asked_gives_way() -> None:
    """ "Yeah, it feels weak" to the weak-foot question: the model puts "feels weak" in the knee slot
    (gives way). The words answer the question asked, so the foot is weak and the knee stores nothing."""
    path = CASES["numbness_with_new_foot_drop_is_seen_same_day"]["facts"]
    convo = at("foot_weak", {"chest_symptoms": "no", "leg_signs": "no", **path})
    said = convo.answer(knee_mechanics=Matched("gives_way", "it feels weak"))
    assert facts_of(said).get("foot_weak") == "yes" and "knee_mechanics" not in facts_of(said), said.speech


def test_a_choice_the_question_asked_opens_stays_beside_its_yes() -> None:
    """ "It gives way on me" to the knee-signs opener lands in the knee slot (gives way): it answers
    the opener, and the kb asks what the knee does only after that opener, so the value stays too
    and the conversation does not ask for it again."""
    convo = at("knee_signs", CALM)
    said = convo.answer(knee_mechanics=Matched("gives_way", "it gives way on me"))
    assert facts_of(said).get("knee_signs") == "yes" and facts_of(said).get("knee_mechanics") == "gives_way"
    assert convo.asked(said) is None or convo.asked(said).id != "knee_mechanics", said.speech


@pytest.mark.parametrize(
    "words", ["yeah, there is a soft bulge back there and it gives way on me", "yes and it locks up"]
)
def test_a_lump_answer_keeps_the_knee_opener_it_says_only_while_that_opener_is_open(words: str) -> None:
    """The lump is asked while the knee-signs opener is still open when the calf is swollen (its condition is "knee
    signs not no"): the knee's signs said then are new and kept (``word_data.known_before``). Asked after the opener's
    yes, the answer says nothing new of it and only the lump is the answer."""
    opener_open = {**LEG_SIGNS, "calf_swollen": "yes"}
    said = at("lump", opener_open).answer(answer_text=Unmatched(words))
    assert "knee_signs" not in facts_of(at("lump", opener_open).last)
    assert facts_of(said).get("lump") == "yes" and facts_of(said).get("knee_signs") == "yes", said.speech
    intent = answer_intent(KB, answer_text=Unmatched(words))
    answered = read_slots(intent, KB, KB.questions["lump"], known={"knee_signs": "yes"}).facts
    assert answered.get("lump") == "yes" and "knee_signs" not in answered


def test_words_given_another_question_never_deny_the_red_flag_asked() -> None:
    """Only a clear answer is taken from them: "my calf is fine" in the calf-swelling slot (a
    device's guess) says nothing of chest pain, so the chest screen is asked again."""
    convo = at("chest_symptoms", CALM)
    said = convo.answer(symptom=Matched("calf_swollen", "my calf is fine"))
    assert "chest_symptoms" not in facts_of(said)
    assert convo.asked(said).id == "chest_symptoms"


def test_a_choice_answer_caught_by_a_yes_no_carrier_is_read() -> None:
    """ "Behind the knee, and there's a lump there too": the literal match puts "behind the knee" in
    the reply slot of "{reply} and there's {symptom}"; to a choice question those words are the answer."""
    convo = talk()
    convo.launch()
    convo.until(CALM, "location")
    said = convo.answer(reply=Unmatched("behind the knee"), symptom=Unmatched("a lump there too"))
    assert facts_of(said)["location"] == "behind_knee" and facts_of(said)["lump"] == "yes", said.speech


def test_a_no_with_an_unmatched_sign_is_read_in_the_order_said() -> None:
    """ "{reply} but {symptom}" with both unmatched: the no was said first, so it is read first and
    explains the words after it (a narrowing question: the no is clear)."""
    convo = at("knee_signs", CALM)
    said = convo.answer(
        reply=Unmatched("nope nothing like that"), symptom=Unmatched("it is only sore after a long day")
    )
    assert facts_of(said)["knee_signs"] == "no", said.speech
    again = at("knee_signs", CALM)
    miss = again.answer(reply=Unmatched("nothing like that"), symptom=Unmatched("but it does something odd"))
    assert "knee_signs" not in facts_of(miss), "words no family places after a 'but' may be the sign: asked again"


def test_words_the_two_symptom_slots_cut_apart_are_read_as_said() -> None:
    """ "No, but it's all pins and needles" matched as "{reply} but {symptom} and {symptom_two}": the
    phrase is read whole, so the tingling is heard (and the cold-foot screen's no with it)."""
    convo = at("chest_symptoms", CALM)
    said = convo.answer(symptom_two=Unmatched("needles"), symptom=Unmatched("it's all pins"))
    assert facts_of(said)["tingling"] == "yes", said.speech


def test_a_phrase_cut_at_its_and_is_read_whole_even_when_one_half_matched() -> None:
    """ "It went pop and now it's black and blue", cut as "{symptom} and {symptom_two}", puts "blue"
    alone in a slot, where it matches the cold, blue foot. Read whole it is a bruise: no emergency."""
    convo = at("muscle_tear", INJURED_CALF)
    said = convo.answer(symptom=Unmatched("now it's black"), symptom_two=Matched("leg_cold_pale", "blue"))
    assert not said.ended and "leg_cold_pale" not in facts_of(said), said.speech
    matched = at("muscle_tear", INJURED_CALF).answer(
        symptom=Matched("calf_swollen", "my calf is swollen"), symptom_two=Matched("leg_cold_pale", "my foot is blue")
    )
    assert matched.ended, "two signs that matched apart are both kept: the blue foot is an emergency"


def test_a_duration_in_its_own_slot_answers_a_question_that_counts_it_as_a_sign() -> None:
    """ "It's been hurting for about ten days" to the muscle opener comes as the duration slot: a pain
    a week old is one of that question's signs (yes_from_days), so it is answered, not asked again."""
    strain = dict(CASES["calf_strain_when_sprinting_is_self_care"]["facts"])
    del strain["duration_days"]
    convo = at("muscle_signs", strain)
    said = convo.answer(duration=Matched("P10D", "P10D"))
    assert facts_of(said)["muscle_signs"] == "yes" and facts_of(said)["duration_days"] == 10, said.speech


def test_a_time_said_to_the_reinjury_question_dates_the_earlier_injury_not_the_pain() -> None:
    """ "Two years ago" to "have you hurt this muscle before?" is when that was: stored as how long the
    pain has lasted it would make a fresh strain look two years old."""
    strain = {**dict(CASES["calf_strain_when_sprinting_is_self_care"]["facts"]), "muscle_signs": "yes"}
    strain["duration_days"] = 3
    said = at("reinjured", strain).answer(duration=Matched("P2Y", "P2Y"))
    assert facts_of(said)["duration_days"] == 3, said.speech
    words = free(at("reinjured", strain), "yes I did it about two years ago playing football")
    assert facts_of(words)["reinjured"] == "yes" and facts_of(words)["duration_days"] == 3, words.speech


def test_both_legs_said_to_the_tingling_question_is_the_nerve_emergency() -> None:
    """ "Yeah, both legs" to "do you have tingling or numbness?" is tingling in both legs: the nerve
    screen's sign, acted on at once (implies, in the word data)."""
    gradual_calf = {**CALM, "onset": "gradual", "location": "calf"}
    said = free(at("tingling", gradual_calf), "yeah both legs")
    assert said.ended and said.speech.startswith("Go to the emergency room now."), said.speech
    calm = free(at("tingling", gradual_calf), "no not in both legs")
    assert not calm.ended and facts_of(calm)["tingling"] == "no", calm.speech


# --- choices, negation, contradiction, nonsense ----------------------------------------------


def test_a_choice_answered_in_free_words() -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "location")
    said = free(convo, "kind of lower down towards the calf muscle")
    assert facts_of(said)["location"] == "calf"


def test_an_unknown_value_in_a_choice_slot_is_read_by_the_skill() -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "location")
    said = convo.answer(location=Unmatched("down in the calf muscle"))
    assert facts_of(said)["location"] == "calf"


def test_an_unmatched_decade_with_more_words_is_read_by_the_skill() -> None:
    """ "late sixties and I still play bowls" fills the decade slot whole, unresolved: the skill reads
    the words as said, as it does any other answer slot that did not resolve."""
    convo = talk()
    convo.launch()
    convo.until(CASES["twist_with_catching_sounds_like_meniscus_tear"]["facts"], "age")
    said = convo.answer(age_decade=Unmatched("late sixties and i still play lawn bowls every week"))
    assert facts_of(said)["age"] == 68


def test_a_bare_no_caught_in_another_questions_slot_still_answers_the_one_asked() -> None:
    """ "no, no, none of that, and it's not swollen either" fills "{location} and it's {symptom}",
    both unresolved: the bare no is no location, but it is still the answer to the question asked;
    beside a sign no family knows it stays unclear, asked again."""
    said = free(at("knee_signs", CALM), "no no none of that and it's not swollen either")
    assert facts_of(said)["knee_signs"] == "no"
    said = free(at("leg_signs", CALM), "none of those and it's gone purple")
    assert "leg_signs" not in facts_of(said)


def test_a_negated_sign_is_never_a_yes(phrase: Callable[..., str]) -> None:
    convo = at("chest_symptoms", CALM)
    said = free(convo, "my calf is not puffed up and my foot is not freezing")
    facts = facts_of(said)
    assert "calf_swollen" not in facts and "leg_cold_pale" not in facts, "a negated sign is not a volunteered sign"
    assert "chest_symptoms" not in facts, "nothing was said about the chest: asked again"
    assert said.speech.startswith(phrase("not_understood")), said.speech


def test_only_the_pending_question_gets_no_or_unknown() -> None:
    convo = at("chest_symptoms", CALM)
    said = free(convo, "nope, no puffy calf, and I could not say if my foot is freezing")
    facts = facts_of(said)
    assert facts.get("chest_symptoms") != "unknown" and "calf_swollen" not in facts and "leg_cold_pale" not in facts


def test_a_contradictory_answer_is_asked_again(phrase: Callable[..., str]) -> None:
    convo = at("calf_swollen")
    said = free(convo, "it is puffy but honestly no swelling")
    assert "calf_swollen" not in facts_of(said), "yes and no in one answer: nothing stored"
    assert said.speech.endswith(convo.say(KB.questions["calf_swollen"].text)), said.speech


def test_nonsense_is_a_miss_like_the_fallback_and_the_second_miss_flow_is_unchanged(
    phrase: Callable[..., str],
) -> None:
    convo = at("calf_swollen")
    calf = KB.questions["calf_swollen"]
    first = free(convo, "purple monkey dishwasher")
    fallback = at("calf_swollen").intent("AMAZON.FallbackIntent")
    assert first.speech == fallback.speech and first.reprompt == fallback.reprompt, "the same miss as a fallback"
    assert "calf_swollen" not in facts_of(first)
    second = free(convo, "the cat sat on the mat")
    assert second.speech == f"{phrase('last_try')} {convo.say(calf.text)}", second.speech
    third = free(convo, "bananas in pyjamas")
    assert facts_of(third)["calf_swollen"] == "unclear", "never a guess: left unclear and named in the advice"


def test_nothing_said_in_free_words_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    convo = at("calf_swollen")
    with caplog.at_level(logging.DEBUG):
        free(convo, "my calf has puffed up a fair bit")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for word in ("puffed", "fair bit", "calf_swollen"):
        assert word not in logged, f"{word!r} was logged"


@pytest.mark.parametrize(
    "words",
    ["", " ", "swollen " * 200, "💥🦵 ça gonfle", "\u0000\u202e", "<audio src='x'/>", "no" * 500, "?!,.;"],
)
def test_garbage_long_or_unicode_free_text_sets_no_fact(words: str) -> None:
    convo = at("calf_swollen")
    before = facts_of(convo.last)
    said = convo.answer(answer_text=Unmatched(words))
    assert facts_of(said) == before, f"{words[:40]!r} set a fact"
    assert not said.ended


def test_a_no_with_words_the_skill_cannot_place_is_asked_again_on_any_question() -> None:
    """ "No lump, but it does something odd": a no beside words no family knows may hide a sign."""
    convo = talk()
    convo.launch()
    facts = {**CALM, "knee_signs": "unknown"}
    convo.until(facts, "knee_signs")
    said = free(convo, "no lump but it does something odd at night")
    assert "knee_signs" not in facts_of(said), said.speech
    assert said.speech.endswith(convo.say(KB.questions["knee_signs"].text)), said.speech


def test_generic_words_volunteer_nothing_to_other_questions() -> None:
    """ "It hurts when I walk" to the location question is no answer to the toe-pull test, and "I
    felt a pop" alone is not a muscle tear (a pop *and* a bruise or trouble walking): such words
    count only as answers to their own question."""
    convo = talk()
    convo.launch()
    convo.until(CALM, "location")
    said = convo.answer(answer_text=Unmatched("it hurts when I walk and I felt a pop"))
    facts = facts_of(said)
    assert "toe_pull_pain" not in facts and "muscle_tear" not in facts, facts
    assert convo.asked(said).id == "location", "nothing placed answers the question: asked again"


@pytest.mark.parametrize("where", ["first turn", "asking", "after the advice"])
def test_free_text_read_as_nothing_is_the_fallback_in_every_mode(where: str) -> None:
    """The catch-all takes sentences a device might send as AMAZON.FallbackIntent: whatever the
    conversation is doing, nonsense through it gets exactly the fallback's answer."""

    def reach() -> Conversation:
        convo = talk()
        if where != "first turn":
            convo.launch()
        if where == "after the advice":
            said = convo.play(CALM)
            assert not said.ended and convo.asked(said) is None, "the advice, with an offer of tips"
        return convo

    caught = reach().answer(answer_text=Unmatched("purple monkey dishwasher"))
    fallback = reach().intent("AMAZON.FallbackIntent")
    assert (caught.speech, caught.reprompt, caught.ended) == (fallback.speech, fallback.reprompt, fallback.ended)
    assert caught.attributes == fallback.attributes


def test_a_duration_said_unasked_is_kept_and_costs_no_answer() -> None:
    """ "No, it's been aching for four days now" to the clot-risk question: both facts are stored,
    the how-long question is never asked, and since the four days were said unasked they cost the
    person no answer: the interview goes on exactly as when the duration is asked (same questions
    otherwise, same advice), rather than ending early on a more cautious "I can't tell"."""
    convo = at("clot_risk", CALM)
    said = free(convo, "no, it's been aching for four days now")
    assert facts_of(said)["clot_risk"] == "no" and facts_of(said)["duration_days"] == 4, said.speech
    answer = answer_from({**CALM, "duration_days": 4})
    asked_after = []
    for _ in range(15):
        question = convo.asked(said)
        if question is None or said.ended:
            break
        asked_after.append(question.id)
        said = convo.reply_with(question, answer(question))
    asked_plain = talk()
    asked_plain.launch()
    plain_end = asked_plain.play({**CALM, "duration_days": 4})
    assert "duration_days" not in asked_after and asked_after, asked_after
    assert said.card_title == plain_end.card_title, "the same step as when the duration is asked"
    assert said.speech.split(".")[0] == plain_end.speech.split(".")[0], "the same likely cause"


def test_a_hot_knee_said_to_the_fever_question_is_no_fever() -> None:
    """ "The knee feels red and hot" to "do you have a fever?" describes the knee: reading it as a
    fever would send a hot knee to the emergency department as an infected joint. It is unclear,
    so the fever question is asked again."""
    convo = at("fever", {**LEG_SIGNS, "hot_knee": "yes"})
    said = free(convo, "honestly the knee feels red and hot to me")
    assert "fever" not in facts_of(said), said.speech
    assert convo.asked(said).id == "fever" and not said.ended, said.speech


def test_a_screens_own_signs_said_back_then_fine_is_no_emergency() -> None:
    """ "Cold, pale or blue? it's fine": the screen's own list said back joined by "or" asks the question back, it
    reports none of its signs, so the denial after it is the screen's no and the conversation goes on (it once
    stored a yes and sent the person to the emergency room for a foot they had said was fine)."""
    convo = at("leg_cold_pale")
    said = free(convo, "cold pale or blue honestly it is fine")
    assert not said.ended and facts_of(said)["leg_cold_pale"] == "no", said.speech
    assert convo.asked(said) is None or convo.asked(said).id != "leg_cold_pale", said.speech


def test_breathlessness_that_came_out_of_nowhere_is_an_emergency_not_a_no() -> None:
    """Alexa sends no commas: "out of breath today like out of nowhere" is one run of words, and the
    "nowhere" in a saying must not deny the breathlessness said before it."""
    convo = at("chest_symptoms", CALM)
    said = free(convo, "I've been really out of breath today like out of nowhere")
    assert said.ended and "Call 911 now." in said.speech.split(".")[0] + ".", said.speech


def test_a_slots_words_are_read_with_the_subject_the_sentence_gave_them() -> None:
    """ "{onset} and it {knee_mechanics}", "{location} and it's {symptom}": a sample gives the second
    slot its subject, and only the slot's words reach the skill. Words with no subject of their own
    are read after it ("it burst last night", "it is in both legs now"), so the sign is kept."""
    lump = at("lump", {**CALM, "lump": "yes"})
    said = lump.answer(onset=Unmatched("yes"), knee_mechanics=Unmatched("burst last night"))
    assert said.ended and "burst cyst" in said.speech, said.speech  # the burst read, acted on at once
    both = read_slots(
        answer_intent(KB, location=Unmatched("no it's still there"), symptom=Unmatched("in both legs now")),
        KB,
        KB.questions["tingling_passed"],
    )
    assert both.facts == {"tingling_passed": "no", "nerve_red_flags": "yes"}, both.facts
    # after a reply the symptom slot has no subject given ("{reply} and {symptom}"): read as said
    fever = read_slots(
        answer_intent(KB, reply=Matched("no"), symptom=Unmatched("swollen in my calf")), KB, KB.questions["fever"]
    )
    assert fever.facts.get("calf_swollen") == "yes" and "leg_signs" not in fever.facts, fever.facts


def test_a_hot_knee_said_to_the_leg_screen_answers_the_hot_knee_screen_too() -> None:
    """The hot-knee screen is asked only unless the leg screen is a no: a hot red knee said to the leg
    screen answers both, and the hot-knee screen is not asked again."""
    said = free(at("leg_signs", CALM), "swollen or hot? the knee's hot and red, yes")
    assert facts_of(said)["leg_signs"] == "yes" and facts_of(said)["hot_knee"] == "yes", said.speech
    assert "hot to touch" not in said.speech


def test_a_sign_said_with_a_degree_after_a_denial_is_never_the_screens_no() -> None:
    """Alexa sends no comma: "not warm no a little puffy" to the calf screen denies the warmth and says the swelling
    with a word of degree. Read as one denial list it stored the calf screen's no and lost a clot sign; the swelling
    said afresh is the screen's yes (a sign said beside another denied), and the screen is not asked again."""
    convo = at("calf_swollen")
    said = free(convo, "not warm no a little puffy")
    assert facts_of(said).get("calf_swollen") != "no", said.speech
    assert facts_of(said).get("calf_swollen") == "yes", said.speech
    assert said.ended or convo.asked(said).id != "calf_swollen", said.speech


def test_a_calf_gone_tight_and_big_cut_across_two_slots_is_the_swollen_calf() -> None:
    """ "{reply} but {symptom} and {symptom_two}" cuts "the calf has gone hard and fat since lunch" at its "and": the
    slot reader puts the "and" back, so the calf gone tight (or hard) and big is the calf screen's sign (a clot sign,
    never lost), beside the burst screen's own doubted reply."""
    burst = read_slots(
        answer_intent(
            KB,
            reply=Unmatched("soft i dont really know"),
            symptom=Unmatched("my calf has really gone hard"),
            symptom_two=Unmatched("fat since lunch"),
        ),
        KB,
        KB.questions["cyst_burst"],
    )
    assert burst.facts.get("calf_swollen") == "yes", burst.facts
