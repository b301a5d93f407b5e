"""The AWS Lambda entry point serves the same skill from a real request envelope."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from alexa_signing import OTHER_SKILL_ID, OUR_SKILL_ID, envelope, speech_of

import skill.serving.lambda_function as lambda_function


@pytest.fixture
def fresh_container(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts like a cold Lambda container, with its own environment."""
    for name in ("ALEXA_SKILL_ID", "ASK_SDK_VERIFY_SIGNATURE", "ASK_SDK_VERIFY_TIMESTAMP"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(lambda_function, "_edge", None)
    yield


def _lambda_context() -> Any:
    return SimpleNamespace(aws_request_id="test-invocation", function_name="knee-pain-guide")


def test_a_launch_request_is_answered_like_the_web_service(fresh_container: None) -> None:
    event = json.loads(json.dumps(envelope()))  # exactly what Lambda hands over: plain JSON
    result = lambda_function.lambda_handler(event, _lambda_context())
    assert isinstance(result, dict), f"lambda_handler returned {type(result).__name__}, not a dict"
    json.dumps(result)  # Lambda must be able to serialise it
    assert result.get("version") == "1.0", f"not a response envelope: {result}"
    assert "911" in speech_of(result), f"the en-US launch answer does not name 911: {result}"
    assert result["response"].get("shouldEndSession") is not True, "launch must keep the session open"


def test_the_skill_is_built_once_per_container(fresh_container: None) -> None:
    lambda_function.lambda_handler(envelope(), _lambda_context())
    first = lambda_function._edge
    lambda_function.lambda_handler(envelope(), _lambda_context())
    assert lambda_function._edge is first, "the skill was rebuilt on a warm invocation"


def test_another_skills_request_is_refused_when_alexa_skill_id_is_set(
    fresh_container: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALEXA_SKILL_ID", OUR_SKILL_ID)
    calls = []
    lambda_function.lambda_handler(envelope(), _lambda_context())  # ours: served
    skill = lambda_function._edge.skill
    original = skill.invoke
    skill.invoke = lambda **kw: calls.append(1) or original(**kw)
    with pytest.raises(Exception, match="another skill"):
        lambda_function.lambda_handler(envelope(application_id=OTHER_SKILL_ID), _lambda_context())
    assert calls == [], "a request for another skill reached the skill"


def _in_a_fresh_interpreter(code: str, env: dict[str, str] | None = None) -> str:
    """What the code prints in a new Python process at the project root: imports start cold there."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_lambda_entry_point_needs_no_web_stack() -> None:
    """Lambda has no use for Flask, gunicorn or the certificate checks (nor oscrypto's bug)."""
    code = (
        "import sys, skill.serving.lambda_function\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'flask', 'flask_ask_sdk', 'gunicorn', 'oscrypto', 'certvalidator', 'ask_sdk_webservice_support'}))"
    )
    imported = _in_a_fresh_interpreter(code)
    assert imported == "[]", f"skill.serving.lambda_function imports {imported}"


def test_a_cold_launch_imports_no_module_only_a_later_turn_needs() -> None:
    """A launch reads no slot and asks no permission: the SDK's entity resolution and connections
    packages are imported when a turn needs them, not in every cold start (skill/slots.py, reminders)."""
    code = (
        "import json, sys, skill.serving.lambda_function as entry\n"
        f"entry.lambda_handler(json.loads({json.dumps(envelope())!r}), None)\n"
        "later = ('ask_sdk_model.slu', 'ask_sdk_model.interfaces.connections')\n"
        "print(sorted(m for m in sys.modules if m.startswith(later)))"
    )
    environment = {k: v for k, v in os.environ.items() if k not in ("ALEXA_SKILL_ID", "AWS_LAMBDA_FUNCTION_NAME")}
    imported = _in_a_fresh_interpreter(code, environment)
    assert imported == "[]", f"a cold launch imports {imported}"


def test_lambda_and_web_log_the_same_single_line(fresh_container: None, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    event = envelope("IntentRequest", intent={"name": "AMAZON.HelpIntent", "confirmationStatus": "NONE"})
    with caplog.at_level(logging.INFO, logger="skill.serving"):
        lambda_function.lambda_handler(event, _lambda_context())
    lines = [r.getMessage() for r in caplog.records if r.name == "skill.serving.request"]
    assert len(lines) == 1, f"expected one request line, got {lines}"
    request_id = event["request"]["requestId"]
    assert lines[0].startswith(f"alexa request_id={request_id} type=IntentRequest intent=AMAZON.HelpIntent "), lines
    assert " status=200 ms=" in lines[0] and lines[0].endswith(" served"), lines[0]


@pytest.mark.parametrize("event", [None, [], {"version": "1.0"}, {"request": {"type": "LaunchRequest"}}])
def test_an_event_that_is_not_an_alexa_request_is_refused_cleanly(fresh_container: None, event: Any) -> None:
    with pytest.raises(lambda_function.Refused, match=r"request|object"):
        lambda_function.lambda_handler(event, _lambda_context())


def test_an_exception_a_library_logs_reaches_the_log_as_its_type_only(monkeypatch: Any) -> None:
    """A library's exception message can quote an answer ("age 42 out of range"); once the Lambda
    entry has set up, every root handler keeps only its type and where it was raised."""
    import io
    import logging

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    monkeypatch.setattr(logging.getLogger(), "handlers", [handler])
    monkeypatch.setattr(lambda_function, "_edge", None)
    monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    lambda_function.lambda_handler(envelope(), _lambda_context())
    try:
        raise ValueError("the patient is 42 and her calf is swollen")
    except ValueError:
        logging.getLogger("ask_sdk_core.dispatch").error("dispatch failed", exc_info=True)
    logged = out.getvalue()
    assert "dispatch failed (ValueError at " in logged, logged
    # the message's phrases, not single words: the place it was raised is a path, and a checkout's folder may be
    # named anything ("wt-calf")
    assert "the patient is" not in logged and "calf is swollen" not in logged, logged


def test_inside_lambda_the_skill_is_built_in_the_init_phase_and_elsewhere_on_the_first_call() -> None:
    """Lambda runs init with an unthrottled CPU: the build belongs there, not in the person's first turn."""
    code = "import skill.serving.lambda_function as entry\nprint(entry._edge is not None)"

    def built_at_import(**env: str) -> bool:
        environment = {k: v for k, v in os.environ.items() if k != "AWS_LAMBDA_FUNCTION_NAME"} | env
        return _in_a_fresh_interpreter(code, environment) == "True"

    assert built_at_import(AWS_LAMBDA_FUNCTION_NAME="knee-pain-guide")
    assert not built_at_import(), "importing the entry point outside Lambda builds nothing"
