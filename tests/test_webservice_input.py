"""Bad input gets a clean 4xx or a safe spoken answer: never a 500, never a traceback, and
never a log line with the person's answers in it.

Bodies are signed with the test PKI where the point is what a genuine Alexa request with odd
content does, and also sent with verification off (local testing) where that changes the
path the request takes.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from alexa_signing import SigningPki, body_of, envelope, speech_of
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_runtime.exceptions import AskSdkException
from serving_fixtures import *  # noqa: F403  (pki, cert_host, serve)
from serving_fixtures import Served

from skill.serving.config import ServeConfig

pytestmark = pytest.mark.filterwarnings("ignore:Properties that return a na")

MODES = {
    "verified": ServeConfig(),
    "unverified": ServeConfig(verify_signature=False, verify_timestamp=False),
}


def post(served: Served, body: bytes, pki: SigningPki | None) -> Any:
    headers = pki.good.headers(body) if pki is not None else {"Content-Type": "application/json"}
    return served.client.post("/", data=body, headers=headers)


def assert_clean(response: Any, what: str) -> None:
    text = response.get_data(as_text=True)
    assert response.status_code != 500, f"{what}: HTTP 500 {text[:200]}"
    assert "Traceback" not in text and 'File "' not in text, f"{what}: stack trace in the response"


def assert_clean_refusal(response: Any, served: Served, what: str, status: int = 400) -> None:
    assert_clean(response, what)
    assert response.status_code == status, (
        f"{what}: expected HTTP {status}, got {response.status_code} {response.get_data(as_text=True)[:200]}"
    )
    assert response.is_json, f"{what}: the refusal is not JSON"
    assert served.spy.calls == 0, f"{what}: the request reached the skill"


BAD_BODIES = {
    "malformed-json": b'{"version": "1.0", "request": {',
    "empty": b"",
    "whitespace": b"   \n",
    "not-utf8": b'{"version": "1.0", "request": "\xff\xfe"}',
    "json-array": b"[]",
    "json-string": b'"LaunchRequest"',
    "no-request": b'{"version": "1.0"}',
    "request-without-type": json.dumps({"version": "1.0", "request": {"requestId": "x", "timestamp": "y"}}).encode(),
    "deeply-nested": b'{"version":"1.0","request":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "intent-request-without-intent": json.dumps(
        {
            "version": "1.0",
            "request": {
                "type": "IntentRequest",
                "requestId": "amzn1.echo-api.request.1",
                "timestamp": "2026-11-22T00:00:00Z",
                "locale": "en-US",
            },
        }
    ).encode(),
}


@pytest.mark.parametrize("mode", sorted(MODES))
@pytest.mark.parametrize("name", sorted(BAD_BODIES))
def test_a_body_that_is_not_an_alexa_request_is_refused(serve: Any, pki: SigningPki, name: str, mode: str) -> None:
    served = serve(MODES[mode])
    body = BAD_BODIES[name]
    response = post(served, body, pki if mode == "verified" else None)
    assert_clean_refusal(response, served, f"{name} ({mode})")


@pytest.mark.parametrize("mode", sorted(MODES))
def test_a_body_of_several_megabytes_is_refused_before_it_is_read(serve: Any, pki: SigningPki, mode: str) -> None:
    served = serve(MODES[mode])
    data = envelope()
    data["padding"] = "x" * (4 * 1024 * 1024)
    response = post(served, body_of(data), pki if mode == "verified" else None)
    assert_clean_refusal(response, served, f"4 MB body ({mode})", status=413)


@pytest.mark.parametrize("mode", sorted(MODES))
def test_an_unknown_request_type_is_refused(serve: Any, pki: SigningPki, mode: str) -> None:
    served = serve(MODES[mode])
    response = post(served, body_of(envelope("Knee.SomethingNew")), pki if mode == "verified" else None)
    assert_clean_refusal(response, served, f"unknown request type ({mode})")


@pytest.mark.parametrize("mode", sorted(MODES))
def test_a_request_without_a_session_gets_a_clean_answer(serve: Any, pki: SigningPki, mode: str) -> None:
    served = serve(MODES[mode])
    for request_type, intent in (
        ("LaunchRequest", None),
        ("IntentRequest", {"name": "AMAZON.HelpIntent", "confirmationStatus": "NONE", "slots": {}}),
    ):
        body = body_of(envelope(request_type, intent=intent, with_session=False))
        response = post(served, body, pki if mode == "verified" else None)
        what = f"{request_type} without a session ({mode})"
        assert_clean(response, what)
        if response.status_code == 200:
            assert speech_of(response.get_json()), f"{what}: 200 without any speech"
        else:
            assert 400 <= response.status_code < 500, f"{what}: {response.status_code}"


def test_an_intent_the_skill_does_not_know_gets_a_spoken_answer(serve: Any, pki: SigningPki) -> None:
    served = serve()
    intent = {"name": "SomeoneElsesIntent", "confirmationStatus": "NONE", "slots": {}}
    response = post(served, body_of(envelope("IntentRequest", intent=intent)), pki)
    assert_clean(response, "unknown intent")
    assert response.status_code == 200, f"unknown intent: {response.status_code}"
    assert speech_of(response.get_json()), "an unknown intent got no speech at all"


def test_other_methods_and_paths_get_short_json_errors(serve: Any) -> None:
    served = serve()
    for method, path, status in (("get", "/", 405), ("put", "/", 405), ("post", "/nowhere", 404)):
        response = getattr(served.client, method)(path)
        assert response.status_code == status, f"{method.upper()} {path}: {response.status_code}"
        assert response.is_json, f"{method.upper()} {path}: answered with an HTML page"
    assert served.spy.calls == 0


SECRET_SLOT = "SECRET-SLOT-VALUE-left-calf-swollen"
SECRET_ATTRIBUTE = "SECRET-SESSION-ANSWER-shortness-of-breath"


class _Explodes(AbstractRequestHandler):
    """A skill bug that quotes the person's answer in its error message."""

    def __init__(self, error: type[Exception]) -> None:
        self._error = error

    def can_handle(self, handler_input: Any) -> bool:
        return True

    def handle(self, handler_input: Any) -> Any:
        slots = handler_input.request_envelope.request.intent.slots
        raise self._error(f"cannot use answer {slots['answer'].value}")


def _broken_skill(error: type[Exception] = ValueError) -> Any:
    """A real ask-sdk skill with no exception handler, so the error escapes it.

    An AskSdkException is what flask-ask-sdk logs with its traceback (exc_info).
    """
    builder = SkillBuilder()
    builder.add_request_handler(_Explodes(error))
    return builder.create()


def _answer_request(locale: str = "en-US") -> dict[str, Any]:
    intent = {
        "name": "AnswerIntent",
        "confirmationStatus": "NONE",
        "slots": {"answer": {"name": "answer", "value": SECRET_SLOT, "confirmationStatus": "NONE"}},
    }
    return envelope(
        "IntentRequest", intent=intent, locale=locale, session_attributes={"facts": {"x": SECRET_ATTRIBUTE}}
    )


@pytest.mark.parametrize("locale, number", [("en-US", "911"), ("en-GB", "999"), ("en-AU", "000"), ("en-IN", "112")])
def test_when_the_skill_itself_fails_the_person_still_hears_the_emergency_line(
    serve: Any, pki: SigningPki, locale: str, number: str
) -> None:
    served = serve(skill=_broken_skill())
    response = post(served, body_of(_answer_request(locale)), pki)
    assert_clean(response, "skill failure")
    assert response.status_code == 200, f"skill failure answered {response.status_code}"
    speech = speech_of(response.get_json())
    assert number in speech, f"the fallback for {locale} does not name {number}: {speech!r}"
    assert response.get_json()["response"]["shouldEndSession"] is True


def test_logs_carry_ids_and_timing_but_never_answers(
    serve: Any, pki: SigningPki, caplog: pytest.LogCaptureFixture
) -> None:
    data = _answer_request()
    with caplog.at_level(logging.DEBUG):
        served = serve(skill=_broken_skill(AskSdkException))
        post(served, body_of(data), pki)
        served_ok = serve()
        post(served_ok, body_of(data), pki)
    lines = [r.getMessage() for r in caplog.records]
    text = "\n".join(lines)
    edge_lines = [r.getMessage() for r in caplog.records if r.name == "skill.serving.request"]
    assert len(edge_lines) == 2, f"expected one request line per request, got:\n{text}"
    assert "status=200" in edge_lines[0] and "fallback: skill failed (AskSdkException)" in edge_lines[0], (
        f"the failure's line should name the error type and the safe answer:\n{edge_lines[0]}"
    )
    assert edge_lines[1].endswith(" served"), f"the served request's line: {edge_lines[1]}"
    for record in caplog.records:
        assert record.exc_info is None and not record.exc_text, "an exception's text reached the log"
    assert SECRET_SLOT not in text, f"a slot value was logged:\n{text}"
    assert SECRET_ATTRIBUTE not in text, f"a session attribute was logged:\n{text}"
    assert data["request"]["requestId"] in text, "the request id is missing from the log"
    assert "intent=AnswerIntent" in text, "the intent name is missing from the log"
    assert "ms=" in text, "the time taken is missing from the log"
    assert "test-token" not in text, "the API access token was logged"


def test_the_request_size_limit_is_configurable(serve: Any, pki: SigningPki) -> None:
    served = serve(ServeConfig(max_request_bytes=2048))
    data = envelope()
    data["padding"] = "x" * 4096
    assert_clean_refusal(post(served, body_of(data), pki), served, "over MAX_REQUEST_BYTES", status=413)


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_a_body_over_the_limit_is_refused_however_it_is_framed(serve: Any, pki: SigningPki, framing: str) -> None:
    import io

    served = serve(ServeConfig(max_request_bytes=2048))
    data = envelope()
    data["padding"] = "x" * 4096
    body = body_of(data)
    headers = pki.good.headers(body)
    if framing == "chunked":
        # What gunicorn hands the app for Transfer-Encoding: chunked: no length, a stream it terminates.
        headers["Transfer-Encoding"] = "chunked"
        response = served.client.post(
            "/", input_stream=io.BytesIO(body), headers=headers, environ_overrides={"wsgi.input_terminated": True}
        )
    else:
        response = served.client.post("/", data=body, headers=headers)
    assert_clean_refusal(response, served, f"{framing} body over MAX_REQUEST_BYTES", status=413)


def test_a_chunked_body_within_the_limit_is_served(serve: Any, pki: SigningPki) -> None:
    import io

    served = serve(ServeConfig())
    body = body_of(envelope())
    headers = pki.good.headers(body) | {"Transfer-Encoding": "chunked"}
    response = served.client.post(
        "/", input_stream=io.BytesIO(body), headers=headers, environ_overrides={"wsgi.input_terminated": True}
    )
    assert response.status_code == 200, f"chunked request got {response.status_code} {response.get_data()[:200]!r}"
    assert served.spy.calls == 1


def test_the_body_is_parsed_once_per_request(serve: Any, pki: SigningPki, monkeypatch: pytest.MonkeyPatch) -> None:
    served = serve(ServeConfig())
    body = body_of(envelope())
    headers = pki.good.headers(body)
    served.client.post("/", data=body, headers=headers)  # warm: the certificate is fetched and cached
    parsed: list[int] = []
    real_loads = json.loads

    def counting_loads(text: Any, *args: Any, **kwargs: Any) -> Any:
        parsed.append(len(text))
        return real_loads(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", counting_loads)
    body = body_of(envelope())
    response = served.client.post("/", data=body, headers=pki.good.headers(body))
    assert response.status_code == 200
    assert parsed == [len(body)], f"the body was parsed {len(parsed)} times: {parsed}"


def test_at_log_level_warning_served_requests_are_silent_and_refusals_are_not(
    serve: Any, pki: SigningPki, caplog: pytest.LogCaptureFixture
) -> None:
    served = serve(ServeConfig(log_level="WARNING"))
    try:
        with caplog.at_level(logging.DEBUG):
            good = body_of(envelope())
            served.client.post("/", data=good, headers=pki.good.headers(good))
            served.client.post("/", data=b"[]", headers=pki.good.headers(b"[]"))
    finally:
        logging.getLogger("skill.serving").setLevel(logging.NOTSET)
    lines = [r.getMessage() for r in caplog.records if r.name == "skill.serving.request"]
    assert len(lines) == 1 and "status=400" in lines[0], f"expected only the refusal's line at WARNING: {lines}"
