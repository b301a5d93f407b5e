"""The small parts under the conversation: SSML rendering, durations, slot reading, the session record."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from skill import session, word_data
from skill.slots import duration_days, read_slots
from skill.speech import MAX_SPEECH_CHARS, join, ssml
from tests.alexa_requests import Matched, Raw, Unmatched, answer_intent
from tests.kb_helpers import real_kb

KB = real_kb()


def test_ssml_escapes_ampersands_and_angle_brackets_so_the_speech_still_parses() -> None:
    rendered = ssml("Go to A&E if pain is > 5 or <speak> appears.")
    root = ET.fromstring(rendered)
    assert root.tag == "speak" and root.text == "Go to A&E if pain is > 5 or <speak> appears.", rendered


def test_join_drops_blank_sentences_and_trims() -> None:
    assert join([" One. ", "", "  ", "Two."]) == "One. Two."


@pytest.mark.parametrize(
    "value,days",
    [
        ("P3D", 3),
        ("P2W", 14),
        ("P1M", 30),
        ("P1Y", 365),
        ("P1Y2M", 425),
        ("PT5H", 0),
        ("P0D", 0),
        ("P1.5W", 10),
        ("p3d", 3),
    ],
)
def test_amazon_duration_becomes_days(value: str, days: int) -> None:
    assert duration_days(value) == days, value


@pytest.mark.parametrize("value", ["", "P", "PT", "?", "three days", "P3X", "3D"])
def test_values_that_are_not_durations_give_none(value: str) -> None:
    assert duration_days(value) is None, value


def test_resolved_ids_become_facts_and_raw_slot_text_is_ignored() -> None:
    heard = read_slots(answer_intent(KB, onset=Matched("injury", "I fell off a ladder")), KB)
    assert heard.facts == {"onset": "injury"} and not heard.missed


def test_symptom_slots_set_their_yes_no_fact_to_yes() -> None:
    heard = read_slots(answer_intent(KB, symptom=Matched("lump"), symptom_two=Matched("grinding")), KB)
    assert heard.facts == {"lump": "yes", "grinding": "yes", "knee_signs": "yes"}


@pytest.mark.parametrize(
    "slots, pending, expected",
    [
        # said in passing, a lump or a knee that gives way answers the knee-signs opener as well
        ({"symptom": Matched("lump")}, "onset", {"lump": "yes", "knee_signs": "yes"}),
        ({"knee_mechanics": Matched("gives_way")}, "grinding", {"knee_mechanics": "gives_way", "knee_signs": "yes"}),
        # catching is not one of the opener's signs (stuck, give way, or a lump)
        ({"knee_mechanics": Matched("catches")}, "grinding", {"knee_mechanics": "catches"}),
        # the follow-up itself is asked only after a yes to the opener: that is not set again
        ({"knee_mechanics": Matched("locks")}, "knee_mechanics", {"knee_mechanics": "locks"}),
        ({"symptom": Matched("lump")}, "lump", {"lump": "yes"}),
        (
            {"reply": Matched("no"), "knee_mechanics": Matched("locks")},
            "grinding",
            {"grinding": "no", "knee_mechanics": "locks", "knee_signs": "yes"},
        ),
    ],
)
def test_an_answer_also_answers_the_question_whose_words_include_it(slots, pending, expected) -> None:
    heard = read_slots(answer_intent(KB, **slots), KB, pending=KB.questions[pending])
    assert heard.facts == expected


@pytest.mark.parametrize(
    "slots, pending, expected",
    [
        # a whole sentence matched as a choice still names the sport in it
        # ... and what happened, which an answer to how it started answers too (answers_too)
        (
            {"onset": Matched("injury", "I twisted it playing football")},
            "onset",
            {"onset": "injury", "sport": "yes", "mechanism": "twist"},
        ),
        # ... and a red-flag sign in it is acted on like any other volunteered sign
        (
            {"onset": Matched("injury", "I twisted it and my calf is swollen")},
            "onset",
            {"onset": "injury", "calf_swollen": "yes", "mechanism": "twist"},
        ),
        # never a choice value of another question: twisting as what makes it worse is no twist injury
        ({"worse_with": Matched("twisting", "twisting")}, "worse_with", {"worse_with": ["twisting"]}),
    ],
)
def test_a_matched_choice_keeps_the_signs_its_other_words_name(slots, pending, expected) -> None:
    heard = read_slots(answer_intent(KB, **slots), KB, pending=KB.questions[pending])
    assert heard.facts == expected


def test_a_fact_said_outright_is_never_overridden_by_what_another_entails() -> None:
    assert word_data.entailed(KB, {"knee_signs": "no", "lump": "yes"}, None) == {}
    assert word_data.entailed(KB, {"reinjured": "yes"}, None) == {"muscle_signs": "yes"}
    # what happened, said as an injury, is how it started; a pain that came on at rest is no injury
    assert word_data.entailed(KB, {"mechanism": "blow_fall"}, None) == {"onset": "injury"}
    assert word_data.entailed(KB, {"mechanism": "at_rest"}, None) == {}
    assert word_data.entailed(KB, {"mechanism": "twist", "onset": "sudden"}, None) == {}


def test_no_match_is_reported_as_a_miss_for_that_question() -> None:
    heard = read_slots(answer_intent(KB, location=Unmatched("in my elbow")), KB)
    assert heard.facts == {} and heard.missed == {"location"}


def test_neutral_words_after_a_no_answer_the_pending_yes_no_question() -> None:
    heard = read_slots(answer_intent(KB, denial=Matched("said", "it's fine")), KB, pending=KB.questions["hot_knee"])
    assert heard.facts == {"hot_knee": "no"} and not heard.missed


def test_unknown_words_after_a_no_are_a_miss_never_a_stored_no() -> None:
    # "nah, my calf is huge": Alexa fills the slot with words no value matches
    heard = read_slots(
        answer_intent(KB, denial=Unmatched("my calf is huge")), KB, pending=KB.questions["chest_symptoms"]
    )
    assert heard.facts == {} and heard.missed == {"chest_symptoms"}


def test_a_symptom_for_the_pending_question_outranks_the_no_said_before_it() -> None:
    heard = read_slots(
        answer_intent(KB, reply=Matched("no"), symptom=Matched("calf_swollen")),
        KB,
        pending=KB.questions["calf_swollen"],
    )
    assert heard.facts == {"calf_swollen": "yes"}


@pytest.mark.parametrize(
    "slots, pending, expected",
    [
        # "my thigh and it's swollen": neither value matched; the swelling is said of the thigh, a leg sign
        (
            {"location": Unmatched("my thigh"), "symptom": Unmatched("swollen")},
            "location",
            {"location": "thigh", "leg_signs": "yes"},
        ),
        # "my calf and it's puffy": the calf matched, its words still say whose the puffiness is
        (
            {"location": Matched("calf", "my calf"), "symptom": Unmatched("puffy")},
            "location",
            {"location": "calf", "calf_swollen": "yes"},
        ),
        # "my thigh and it's red and hot" in a reply and two symptom slots: read in the order said
        (
            {"reply": Unmatched("my thigh"), "symptom": Matched("leg_signs", "red"), "symptom_two": Unmatched("hot")},
            "location",
            {"location": "thigh", "leg_signs": "yes"},
        ),
        # must not: words with a negator of their own are read as said, never as "it is ..."
        ({"location": Unmatched("my thigh"), "symptom": Unmatched("no swelling")}, "location", {"location": "thigh"}),
        # must not: with no part named, bare symptom words are no sign
        ({"symptom": Unmatched("swollen")}, "location", {}),
        # "yes a temperature of a hundred and one and the knee is red": the sample's "and" cut the number;
        # read whole again, it is the fever said
        (
            {"reply": Unmatched("yes a temperature of a hundred"), "symptom": Unmatched("one")},
            "fever",
            {"fever": "yes"},
        ),
        # "{onset} and it {knee_mechanics}" sends the knee's words first (the model's slot order): the phrase cut
        # at the sample's "and" is found either way round and read as said, so the swollen knee's warmth is kept
        (
            {"onset": Unmatched("the knee puffed right up"), "knee_mechanics": Unmatched("feels hot")},
            "leg_signs",
            {"leg_signs": "yes", "hot_knee": "yes"},
        ),
        # ...and a tackle in which the knee bent the wrong way is the knee bent back, not a blow
        (
            {"onset": Unmatched("i went in for a tackle"), "knee_mechanics": Unmatched("bent the wrong way")},
            "onset",
            {"onset": "injury", "mechanism": "bent_back"},
        ),
        # a red-flag screen's own denial caught as a junk onset, the knee's catch with when it comes in its own slot:
        # the when is the catch's, so the no is kept beside the sign
        (
            {"onset": Unmatched("nope the lump is still there"), "knee_mechanics": Unmatched("clicks when i bend")},
            "cyst_burst",
            {"cyst_burst": "no", "knee_mechanics": "catches"},
        ),
    ],
)
def test_unmatched_symptom_words_are_said_of_the_part_named_beside_them(slots, pending, expected) -> None:
    heard = read_slots(answer_intent(KB, **slots), KB, pending=KB.questions[pending])
    assert heard.facts == expected, heard


def test_empty_slots_say_nothing() -> None:
    for heard in (read_slots(answer_intent(KB), KB), read_slots(None, KB)):
        assert not heard.facts and not heard.missed


@pytest.mark.parametrize(
    "age,expected",
    [("42", 42), ("1", 1), ("120", 120), ("121", None), ("0", None), ("?", None), ("-3", None), ("4.5", None)],
)
def test_age_must_be_a_whole_number_in_the_questions_range(age: str, expected: int | None) -> None:
    heard = read_slots(answer_intent(KB, age=Raw(age)), KB)
    if expected is None:
        assert heard.missed == {"age"} and "age" not in heard.facts, age
    else:
        assert heard.facts == {"age": expected}, age


def test_session_record_round_trips_through_json() -> None:
    state = session.State(
        facts={"lump": "yes", "age": 40, "chest_symptoms": "no"},
        mode=session.Mode.GIVING_TIPS,
        tips_said=3,
        echo=session.Echo.NO_MATCH,
        rate=0,
        helped=True,
        answered=(("chest_symptoms",), ("lump", "age")),
        unasked=frozenset({"age"}),
    )
    attributes = json.loads(json.dumps(session.dump(state)))
    loaded, recovered = session.load(attributes, KB)
    assert not recovered and loaded == state


def test_no_record_is_a_fresh_start_not_a_recovery() -> None:
    assert session.load({}, KB) == (session.State(), False)
    assert session.load(None, KB) == (session.State(), False)


@pytest.mark.parametrize(
    "change",
    [
        {"rate": 99},
        {"rate": -1},
        {"rate": "slow"},
        {"helped": "yes"},
        {"answered": "lump"},
        {"answered": [[1]]},
        {"unasked": "lump"},
        {"unasked": [3]},
    ],
)
def test_a_record_with_a_bad_speech_rate_or_history_is_not_trusted(change: dict[str, Any]) -> None:
    record = {**session.dump(session.State(facts={"lump": "yes"}))["knee"], **change}
    assert session.load({"knee": record}, KB) == (session.State(), True)


def test_the_undo_history_names_only_facts_the_record_holds() -> None:
    record = {**session.dump(session.State(facts={"lump": "yes"}))["knee"]}
    record |= {"answered": [["lump"], ["age"]]}
    loaded, recovered = session.load({"knee": record}, KB)
    assert not recovered and loaded.answered == (("lump",),)


def test_facts_said_unasked_are_named_only_where_the_record_holds_them() -> None:
    record = {**session.dump(session.State(facts={"lump": "yes"}))["knee"]} | {"unasked": ["lump", "age"]}
    loaded, recovered = session.load({"knee": record}, KB)
    assert not recovered and loaded.unasked == frozenset({"lump"})


def test_a_record_of_the_previous_version_is_a_fresh_start() -> None:
    """Version 3 had no list of facts said unasked: such a record is not guessed at."""
    record = {**session.dump(session.State(facts={"lump": "yes"}))["knee"], "v": 3}
    del record["unasked"]
    assert session.load({"knee": record}, KB) == (session.State(), True)


def test_ssml_at_another_rate_is_wrapped_in_prosody_and_still_parses() -> None:
    rendered = ssml("Call 911 now & wait.", 85)
    root = ET.fromstring(rendered)
    assert root[0].tag == "prosody" and root[0].attrib == {"rate": "85%"}
    assert "prosody" not in ssml("Call 911 now.")


def test_over_long_speech_at_another_rate_is_cut_to_alexas_limit_and_keeps_its_prosody() -> None:
    rendered = ssml("Call 911 now. " * 1000, 70)
    root = ET.fromstring(rendered)
    assert len(rendered) <= MAX_SPEECH_CHARS and root[0].tag == "prosody", rendered[:80]
    assert "".join(root.itertext()).strip().endswith("now."), "cut at a whole sentence"


@pytest.mark.parametrize(
    "pending, slots, expected",
    [
        # "I twisted it" to how it started also says what happened, whichever slot caught it
        ("onset", {"onset": Matched("injury", "I twisted it")}, {"onset": "injury", "mechanism": "twist"}),
        ("onset", {"mechanism": Matched("twist", "I twisted it")}, {"onset": "injury", "mechanism": "twist"}),
        ("onset", {"onset": Matched("injury", "I fell")}, {"onset": "injury", "mechanism": "blow_fall"}),
        # never the other way round: twisting that makes it worse is no injury
        ("worse_with", {"mechanism": Matched("twist", "twisting")}, {"worse_with": ["twisting"]}),
        # words that answered another question say nothing of what happened
        (
            "onset",
            {"onset": Matched("sudden", "out of nowhere"), "worse_with": Matched("twisting", "twisting")},
            {"onset": "sudden", "worse_with": ["twisting"]},
        ),
        # words that name no mechanism add none
        ("onset", {"onset": Matched("gradual", "over time")}, {"onset": "gradual"}),
    ],
)
def test_an_answer_says_what_it_says_of_the_questions_it_answers_too(
    pending: str, slots: dict[str, Any], expected: dict[str, Any]
) -> None:
    heard = read_slots(answer_intent(KB, **slots), KB, pending=KB.questions[pending])
    assert heard.facts == expected
