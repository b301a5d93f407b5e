"""Hostile envelopes through the real skill never reach its catch-all: bad input is a miss, not a crash.

Hypothesis builds Alexa envelopes whose slots carry hostile values (huge or negative numbers, NaN,
absurd ISO durations, unicode digits, control characters, markup, values of the wrong JSON type,
entity resolutions of the wrong shape), whose session attributes claim anything, and whose structure
is mutated, and sends each through the real Lambda entry and the real Flask app (verification off,
so the mutations reach the skill). The skill may refuse an envelope it cannot read (a clean 400 /
Refused), but every one it accepts is answered by its own conversation: nothing is logged at ERROR
(the catch-all exception handler and the edge's last-resort answer both log there), and the answer
passes every check Alexa applies (a ResponseEnvelope, under 24 KB, speech under 8,000 characters,
well-formed SSML). Bounded to run in seconds.
"""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import skill.serving.lambda_function as lambda_function
from kb import LOCALES, UNKNOWN
from skill import intents, session
from skill.serving.config import ServeConfig
from skill.serving.edge import Refused
from skill.serving.webservice import create_app
from skill.slot_contract import Role, answer_slots
from tests.alexa_requests import SKILL_ID, answer_slot_names, check_response, envelope
from tests.envelope_fuzz import any_json, replace_part
from tests.kb_helpers import real_kb
from tests.session_records import RECORDS

KB = real_kb()
SLOT_NAMES = [*answer_slot_names(KB), "made_up_slot"]
# The slots whose raw value the skill parses (numbers, durations) and symptoms come up more often.
PARSED_SLOTS = [s.name for s in answer_slots(KB) if s.role in (Role.NUMBER, Role.DURATION, Role.SYMPTOM)]
VALUE_IDS = sorted({v.id for q in KB.questions.values() for v in q.values} | set(KB.questions) | {UNKNOWN})

json_values = any_json(nan=True, leaves=8)

HOSTILE = [
    "9" * 400,
    "-1",
    "-0",
    "NaN",
    "nan",
    "Infinity",
    "1e400",
    "0x1F",
    "4.5",
    "٣٤",  # Arabic-Indic digits: str.isdigit() says yes, int() would take them
    "²",
    "½",
    "P",
    "PT",
    "P9999999999999999999999Y",
    "P" + "9" * 300 + "W",
    "PT-1H",
    "P1.5.5D",
    "P1Y2M3W4DT5H6M7S",
    "PT0.0000001S",
    "?",
    "<speak>&amp;</speak>",
    "A&E <b>",
    "\x00\x01\x1b\ufffe\uffff",
    "\u202eright-to-left",
    "x" * 5000,
    # free text for the catch-all {answer_text}: long, unicode, empty, only punctuation
    "no, but my calf is swollen " * 40,
    "ｙｅｓ ｂｕｔ ｍｙ ｃａｌｆ",
    "😀🦵 ça gonfle, 腫れています",
    "",
    ", , ; ! ?",
]
texts = st.one_of(
    st.sampled_from(HOSTILE), st.sampled_from(HOSTILE), st.text(max_size=30), st.text(st.characters(max_codepoint=0x1F))
)
STATUS = ["ER_SUCCESS_MATCH", "ER_SUCCESS_NO_MATCH", "ER_ERROR_TIMEOUT", "ER_ERROR_EXCEPTION"]


@st.composite
def resolutions(draw: st.DrawFn) -> Any:
    """Entity resolution as Alexa sends it, with any ids and statuses, or of the wrong shape."""
    value = st.fixed_dictionaries({}, optional={"id": st.sampled_from(VALUE_IDS) | texts, "name": texts})
    authority = st.fixed_dictionaries(
        {"status": st.fixed_dictionaries({"code": st.sampled_from(STATUS)})},
        optional={
            "authority": st.text(max_size=10),
            "values": st.lists(st.fixed_dictionaries({}, optional={"value": value | st.none()}), max_size=3),
        },
    )
    well_formed = st.fixed_dictionaries({"resolutionsPerAuthority": st.lists(authority, min_size=1, max_size=3)})
    return draw(st.one_of(well_formed, well_formed, well_formed, json_values))


@st.composite
def slots(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(st.sampled_from(PARSED_SLOTS) | st.sampled_from(SLOT_NAMES), max_size=4, unique=True))
    out: dict[str, Any] = {}
    for name in names:
        slot: dict[str, Any] = {"name": name, "confirmationStatus": "NONE", "value": draw(texts | json_values)}
        if draw(st.booleans()):
            slot["resolutions"] = draw(resolutions())
        out[name] = slot
    return out


@st.composite
def records(draw: st.DrawFn) -> Any:
    """A current session record claiming anything (tests/session_records.py), or any JSON at all."""
    someone_elses = st.just({"cart": ["x" * 30_000]})  # echoed back, it would break Alexa's 24 KB limit
    return draw(st.fixed_dictionaries({"knee": RECORDS}) | json_values | st.none() | someone_elses)


@st.composite
def requests(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(["launch", "intent", "intent", "intent", "ended", "other"]))
    if kind == "launch":
        return {"type": "LaunchRequest"}
    if kind == "ended":
        return {"type": "SessionEndedRequest", "reason": draw(st.sampled_from(["USER_INITIATED", "ERROR"]))}
    if kind == "other":
        return {"type": draw(st.sampled_from(["System.ExceptionEncountered", "Made.Up"]))}
    answers = st.sampled_from([intents.ANSWER, intents.DESCRIBE_PAIN])
    name = draw(answers | st.sampled_from([*intents.ALL, "GetWeather"]))
    intent: dict[str, Any] = {"name": name, "confirmationStatus": "NONE", "slots": draw(slots())}
    return {"type": "IntentRequest", "intent": intent, "dialogState": "STARTED"}


_PATHS = [
    ("request", "intent", "slots"),
    ("request", "intent", "name"),
    ("request", "locale"),
    ("request", "type"),
    ("session", "attributes"),
    ("session", "new"),
    ("context", "System"),
    ("version",),
]


@st.composite
def envelopes(draw: st.DrawFn) -> Any:
    attributes = draw(records())
    new = draw(st.booleans())
    locale = draw(st.sampled_from([*LOCALES, "fr-FR", ""]))
    data = envelope(draw(requests()), locale=locale, session_id="s", new=new, attributes=None)
    if attributes is not None:
        data["session"]["attributes"] = attributes  # any JSON: the builder only takes mappings
    if draw(st.integers(0, 5)) == 0:  # sometimes one part of the structure replaced by any JSON value
        replace_part(data, draw(st.sampled_from(_PATHS)), draw(json_values))
    return data


class _Errors(logging.Handler):
    """Every ERROR record: the catch-all exception handler's and the edge's last-resort answer's."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def errors() -> Iterator[_Errors]:
    handler = _Errors()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@pytest.fixture(scope="module")
def client() -> Any:
    return create_app(config=ServeConfig(verify_signature=False, verify_timestamp=False)).test_client()


@pytest.fixture(scope="module", autouse=True)
def lambda_for_this_skill() -> Iterator[None]:
    """The Lambda entry built for the test skill's id, so the application check lets envelopes through."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ALEXA_SKILL_ID", SKILL_ID)
        patch.setattr(lambda_function, "_edge", None)
        yield
    lambda_function._edge = None


def _no_errors(errors: _Errors, data: Any) -> None:
    found = [f"{r.name}: {r.getMessage()}" for r in errors.records]
    errors.records.clear()
    assert not found, f"an exception reached the catch-all for {json.dumps(data)[:2000]}:\n" + "\n".join(found)


# FUZZ_EXAMPLES=5000 for a longer campaign by hand; the suite keeps it to a few seconds.
@settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "250")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=envelopes())
def test_hostile_envelopes_never_reach_the_catch_all_and_answer_as_alexa_requires(
    data: Any, client: Any, errors: _Errors
) -> None:
    errors.records.clear()
    try:
        answer: dict[str, Any] | None = lambda_function.lambda_handler(json.loads(json.dumps(data)), None)
    except Refused:
        answer = None  # an envelope the SDK cannot read is refused before the skill sees it
    event("refused" if answer is None else "answered")  # --hypothesis-show-statistics: the mix reaching the skill
    _no_errors(errors, data)
    if answer is not None:
        check_response(answer)

    response = client.post("/", data=json.dumps(data), headers={"Content-Type": "application/json"})
    _no_errors(errors, data)
    assert response.status_code in (200, 400), f"{response.status_code} for {data!r}"
    assert (response.status_code == 200) == (answer is not None), "the web service and Lambda agree"
    if response.status_code == 200:
        check_response(response.get_json())


def _no_ascii_letters(character: str) -> bool:
    return not any(c.isascii() and c.isalpha() for c in unicodedata.normalize("NFKC", character))


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")), deadline=None)
@given(words=st.text(st.characters(codec="utf-8").filter(_no_ascii_letters), max_size=500))
def test_free_text_with_no_word_sets_no_fact(words: str) -> None:
    """Garbage, symbols, digits, unicode or nothing in the catch-all: a miss, never a fact or a crash."""
    record = session.dump(session.FRESH.but(mode=session.Mode.ASKING, question="chest_symptoms"))
    slot = {"name": "answer_text", "confirmationStatus": "NONE", "value": words}
    request = {"type": "IntentRequest", "intent": {"name": intents.ANSWER, "confirmationStatus": "NONE", "slots": {}}}
    request["intent"]["slots"] = {"answer_text": slot}
    data = envelope(request, locale="en-US", session_id="s", new=False, attributes=record)
    answer = lambda_function.lambda_handler(data, None)
    check_response(answer)
    kept = answer["sessionAttributes"]["knee"]
    assert kept["facts"] == {} and kept["question"] == "chest_symptoms", f"{words!r} set a fact"
    assert kept["misses"] == 1, "a miss, re-asked: the record was read and the answer not understood"


def test_another_request_type_mid_session_keeps_only_the_skills_own_record() -> None:
    """Found by the fuzz test: the SDK echoes session attributes, so foreign ones could exceed 24 KB."""
    record = {"v": 2, "facts": {}, "mode": "asking", "question": sorted(KB.questions)[0], "misses": 0}
    attributes = {"knee": {**record, "tips_said": 0, "echo": "ask"}, "cart": ["x" * 30_000]}
    data = envelope(
        {"type": "Display.ElementSelected", "token": "t"}, locale="en-US", session_id="s", new=False, attributes=None
    )
    data["session"]["attributes"] = attributes
    answer = lambda_function.lambda_handler(data, None)
    check_response(answer)
    assert answer.get("sessionAttributes") == {"knee": attributes["knee"]}, "the record kept, nothing else echoed"
    data["session"]["attributes"] = {"knee": {**attributes["knee"], "facts": {"x": "y" * 30_000}}}
    answer = lambda_function.lambda_handler(data, None)
    check_response(answer)
    assert not answer.get("sessionAttributes"), "a record no larger than the skill writes, or none"
