"""Every golden case in kb/cases.yaml, played as a spoken conversation with the real skill.

The skill asks; the test answers each question from the case's facts the way a person would
(yes / no, "I don't know", a choice by its resolved slot id, an age or a duration), and the
conversation must end at the case's disposition, with red-flag advice first where one fires.
"""

from __future__ import annotations

from typing import Any

import pytest

from kb import LOCALES, assess
from tests.alexa_requests import Conversation, talk
from tests.kb_helpers import golden_cases, play_case, real_kb

CASES = golden_cases()


def _play(case: dict[str, Any], locale: str) -> tuple[Conversation, Any]:
    convo = talk(locale)
    first = convo.launch()
    question = convo.asked(first)
    assert question is not None and question.phase == "red_flag", (
        f"{case['id']}: the first question must be a red-flag screen, got {question and question.id}"
    )
    return convo, convo.play(case["facts"], also_said=case.get("also_said"))


def _check_outcome(convo: Conversation, case: dict[str, Any], end: Any) -> None:
    kb = real_kb()
    expect = case["expect"]
    disposition = kb.dispositions[expect["disposition"]]
    facts, _ = play_case(kb, case)
    assessment = assess(kb, facts)
    # A fired red flag's own advice (its honest "unsure" form after an "I don't know") says where to
    # go; otherwise the disposition's advice does.
    emergency_advice = assessment.emergency_advice
    advice = (
        convo.say(emergency_advice) if emergency_advice else convo.say(disposition.advice, self_care_days=_days(case))
    )
    safety_net = convo.say(disposition.safety_net, self_care_days=_days(case))
    spoken = end.speech
    assert advice in spoken, f"{case['id']}: expected the {disposition.id} advice, heard: {spoken}"
    assert safety_net in spoken, f"{case['id']}: every piece of advice ends with its safety net; heard: {spoken}"
    assert end.card_title == convo.say(disposition.title), (
        f"{case['id']}: the card is titled by the disposition, got {end.card_title!r}"
    )
    assert advice in end.card_text, f"{case['id']}: the card repeats the advice as text"
    if "red_flag" in expect:
        flag_advice = advice
        assert spoken.startswith(flag_advice), (
            f"{case['id']}: red-flag advice must be the first thing said; heard: {spoken}"
        )
        assert end.ended, f"{case['id']}: a fired red flag ends the session"
    if "not_red_flag" in expect:
        flag_advice = convo.say(kb.red_flags[expect["not_red_flag"]].advice)
        assert flag_advice not in spoken, f"{case['id']}: {expect['not_red_flag']} must not fire"
    if "red_flag" not in expect:
        # The case's leading cause is the engine's business (tests/test_kb_engine.py); here the
        # skill must say the cause the engine's own interview reaches, in plain words.
        facts, _ = play_case(kb, case)
        leading = assess(kb, facts).leading
        if leading is not None:
            sounds = convo.say(kb.causes[leading.cause.id].name)
            assert f"{sounds}." in spoken, f"{case['id']}: expected 'this sounds most like {sounds}', heard: {spoken}"
    if disposition.emergency or "red_flag" in expect:
        assert end.ended, f"{case['id']}: emergency advice ends the session, no tips offered"
        assert spoken.startswith(advice), (
            f"{case['id']}: emergency advice must be the first thing said; heard: {spoken}"
        )


def _days(case: dict[str, Any]) -> int:
    facts, _ = play_case(real_kb(), case)
    return assess(real_kb(), facts).self_care_days


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_golden_case_spoken_in_en_us_reaches_its_disposition(case: dict[str, Any]) -> None:
    convo, end = _play(case, "en-US")
    _check_outcome(convo, case, end)


def _one_case_per_outcome() -> list[dict[str, Any]]:
    """One case per disposition level, per red flag and per red-flag screen answered "I don't know"
    (its cautious branch): the subset replayed in every locale."""
    kb = real_kb()
    chosen: dict[str, dict[str, Any]] = {}
    for case in CASES:
        expect = case["expect"]
        chosen.setdefault(f"disposition:{expect['disposition']}", case)
        if "red_flag" in expect:
            chosen.setdefault(f"red_flag:{expect['red_flag']}", case)
        for fact, value in case["facts"].items():
            if value == "unknown" and fact in kb.questions and kb.questions[fact].phase == "red_flag":
                chosen.setdefault(f"unsure:{fact}", case)
    return list({c["id"]: c for c in chosen.values()}.values())


SUBSET = _one_case_per_outcome()


@pytest.mark.parametrize("locale", [loc for loc in LOCALES if loc != "en-US"])
@pytest.mark.parametrize("case", SUBSET, ids=[c["id"] for c in SUBSET])
def test_golden_case_spoken_in_other_locales_reaches_its_disposition(case: dict[str, Any], locale: str) -> None:
    convo, end = _play(case, locale)
    _check_outcome(convo, case, end)


def test_golden_cases_cover_every_disposition_and_red_flag() -> None:
    kb = real_kb()
    dispositions = {c["expect"]["disposition"] for c in CASES}
    flags = {c["expect"]["red_flag"] for c in CASES if "red_flag" in c["expect"]}
    assert dispositions == set(kb.dispositions), f"no spoken case reaches {set(kb.dispositions) - dispositions}"
    assert flags == set(kb.red_flags), f"no spoken case fires {set(kb.red_flags) - flags}"
