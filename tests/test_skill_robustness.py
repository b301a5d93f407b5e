"""The skill never crashes a conversation: bad session records, unknown intents, slot values the
model doesn't know, unknown locales, other request types, and its own errors all get a safe answer.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

import pytest

import skill.machine as machine
from kb import next_question
from tests.alexa_requests import (
    Matched,
    Raw,
    Unmatched,
    envelope,
    intent_request,
    invoke,
    launch_request,
    real_skill,
    talk,
)
from tests.kb_helpers import real_kb

KB = real_kb()
FIRST = next_question(KB, {})


def _good_record() -> dict[str, Any]:
    convo = talk()
    convo.launch()
    return convo.no().attributes


def _broken_records() -> dict[str, Any]:
    good = _good_record()["knee"]
    return {
        "impossible_fact_value": {"knee": {**good, "facts": {FIRST.id: "maybe"}}},
        "unknown_fact": {"knee": {**good, "facts": {"favourite_colour": "blue"}}},
        "old_version": {"knee": {**good, "v": 0}},
        "unknown_question": {"knee": {**good, "question": "what_is_your_name"}},
        "unknown_phase": {"knee": {**good, "phase": "party"}},
        "missing_keys": {"knee": {"v": 1}},
        "not_a_mapping": {"knee": "calf_swollen=yes"},
        "negative_counter": {"knee": {**good, "misses": -1}},
        "facts_not_a_mapping": {"knee": {**good, "facts": ["yes"]}},
        "someone_elses_attributes": {"cart": [1, 2, 3]},
    }


@pytest.mark.parametrize("name,attributes", list(_broken_records().items()))
def test_unreadable_session_record_starts_cleanly_and_says_so(
    name: str, attributes: dict[str, Any], phrase: Callable[..., str]
) -> None:
    body = envelope(
        intent_request("AMAZON.YesIntent"), locale="en-US", session_id="s", new=False, attributes=attributes
    )
    said = invoke(real_skill(), body)
    assert said.speech.startswith(phrase("lost_track")), f"{name}: should say it lost track: {said.speech}"
    assert phrase("safety") in said.speech, f"{name}: a fresh start opens with the safety sentence"
    assert said.speech.endswith(KB.say(FIRST.text, "en-US")), f"{name}: then the first screen"
    assert said.attributes["knee"]["facts"] == {}, f"{name}: nothing from the bad record is kept"


def test_missing_session_record_mid_session_starts_cleanly_and_says_so(phrase: Callable[..., str]) -> None:
    body = envelope(intent_request("AMAZON.NoIntent"), locale="en-US", session_id="s", new=False, attributes=None)
    said = invoke(real_skill(), body)
    assert said.speech.startswith(phrase("lost_track")) and not said.ended, said.speech


def test_an_answer_that_opens_a_new_session_starts_the_interview(phrase: Callable[..., str]) -> None:
    body = envelope(intent_request("AMAZON.YesIntent"), locale="en-US", session_id="s", new=True, attributes=None)
    said = invoke(real_skill(), body)
    assert said.speech.startswith(phrase("safety")), f"a plain start, no apology: {said.speech}"
    assert said.attributes["knee"]["facts"] == {}, "a bare yes with no question asked answers nothing"


def test_unknown_intent_name_is_handled_like_fallback_and_counts_as_a_miss(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    said = convo.intent("GetWeatherIntent")
    assert said.speech.startswith(phrase("not_understood")) and said.speech.endswith(convo.say(FIRST.text)), said.speech
    assert said.attributes["knee"]["misses"] == 1


@pytest.mark.parametrize(
    "slots",
    [
        {"onset": Matched("teleported")},  # an id the kb doesn't have (model and kb drifted)
        {"onset": Unmatched("on a tuesday")},
        {"age": Raw("?")},  # AMAZON.NUMBER when Alexa heard no number
        {"age": Raw("500")},
        {"age": Raw("0")},
        {"duration": Raw("banana")},
        {"age": Raw("NaN")},
        {"age": Raw("-3")},
        {"age": Raw("9" * 5000)},  # past Python's int-from-text limit
        {"age": Raw("٣٤")},  # digits, but not ones Alexa's AMAZON.NUMBER sends
        {"age": Raw("4.5e1")},
        {"duration": Raw("P" + "9" * 400 + "Y")},  # overflows a float
        {"duration": Raw("PT-1H")},
        {"duration": Raw("P2W\x00")},
        {"onset": Matched("injury\x00" * 50)},
        {"symptom": Matched("favourite_colour")},
        {"made_up_slot": Matched("whatever")},
    ],
)
def test_slot_value_outside_the_model_is_a_miss_not_a_crash(slots: dict[str, Any], phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    said = convo.answer(**slots)
    assert said.speech.startswith(phrase("no_match", choices="").strip()), said.speech
    assert said.attributes["knee"]["facts"] == {}, f"nothing is set from {slots}"


def test_unknown_locale_speaks_en_us_words(phrase: Callable[..., str]) -> None:
    said = talk("fr-FR").launch()
    assert said.speech.startswith(phrase("safety", "en-US")) and "911" in said.speech, said.speech


def test_request_types_the_skill_does_not_use_get_an_empty_response() -> None:
    request = {
        "type": "System.ExceptionEncountered",
        "error": {"type": "INVALID_RESPONSE", "message": "x"},
        "cause": {"requestId": "amzn1.echo-api.request.1"},
    }
    # Alexa sends system requests without a session.
    body = envelope(request, locale="en-US", session_id="s", new=False, attributes=None, with_session=False)
    said = invoke(real_skill(), body)
    assert "outputSpeech" not in said.raw["response"], "no speech is allowed for system requests"


def test_an_error_inside_the_skill_speaks_the_emergency_line_ends_and_logs_no_health_data(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, phrase: Callable[..., str]
) -> None:
    convo = talk("en-GB")
    convo.launch()

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the patient is " + str(6 * 7))  # computed, so the stack's source line can't show it

    monkeypatch.setattr(machine, "advance", broken)
    with caplog.at_level(logging.INFO, logger="skill"):
        said = convo.yes()
    assert said.speech == phrase("error", "en-GB") and "999" in said.speech, said.speech
    assert said.ended and said.attributes == {}, "the session ends and its record is dropped"
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert errors and "RuntimeError" in errors[0].getMessage(), "the exception type is logged at ERROR"
    assert "amzn1.echo-api.request." in errors[0].getMessage(), "with the request id"
    assert "site-packages" in errors[0].getMessage() or "machine" in errors[0].getMessage(), "and the stack"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "patient is 42" not in logged, "an exception's message can carry answers: never logged"


def test_one_log_line_per_request_naming_it_but_never_slot_values_or_answers(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Logged once, by the hosting edge (here the Lambda entry); the skill itself adds no request lines."""
    import skill.serving.lambda_function as lambda_function

    monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    monkeypatch.setattr(lambda_function, "_edge", None)
    requests = [
        launch_request(),
        intent_request("AnswerIntent", {"onset": Matched("injury", "I hurt it skiing in Verbier"), "age": Raw("67")}),
        intent_request("AMAZON.NoIntent"),
        intent_request("AMAZON.StopIntent"),
    ]
    attributes: dict[str, Any] | None = None
    with caplog.at_level(logging.DEBUG):
        for number, request in enumerate(requests):
            body = envelope(request, locale="en-US", session_id="s", new=number == 0, attributes=attributes)
            attributes = lambda_function.lambda_handler(body, None).get("sessionAttributes")
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("skill")]
    assert len(lines) == len(requests), "one line per request:\n" + "\n".join(lines)
    logged = "\n".join(lines)
    assert "IntentRequest" in logged and "AnswerIntent" in logged and "ms=" in logged, logged
    without_ids = re.sub(r"amzn1\.[\w.-]+", "<id>", logged)
    for secret in ("Verbier", "67", "injury", "no", "unknown"):
        assert not re.search(rf"\b{secret}\b", without_ids), f"'{secret}' (an answer) leaked into the logs:\n{logged}"


def test_every_intent_gets_speech_and_an_end_of_session_decision_in_every_phase() -> None:
    from skill import intents

    for setup in ("interview", "tips"):
        for name in (*intents.ALL, "SomeUnknownIntent"):
            convo = talk()
            convo.launch()
            if setup == "tips":
                from tests.kb_helpers import golden_cases

                convo.play(next(c for c in golden_cases() if c["expect"]["disposition"] == "self_care")["facts"])
                assert not convo.last.ended
            said = convo.intent(name)
            assert said.speech, f"{name} in {setup}: no speech"
            assert "shouldEndSession" in said.raw["response"], f"{name} in {setup}: no end-of-session decision"
