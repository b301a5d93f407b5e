"""Only genuine, fresh requests for our skill reach it.

These run the real verification code (ask-sdk-webservice-support's RequestVerifier as
skill/serving/certificates.py subclasses it, with certvalidator and oscrypto underneath, and the
SDK's TimestampVerifier) through flask-ask-sdk's SkillAdapter in the real Flask app and the real skill.
Only Amazon's certificate host and the trusted root are the test's own (see alexa_signing.py).
Every refusal also proves that nothing was dispatched to the skill.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from alexa_signing import (
    GOOD_CERT_URL,
    OTHER_SKILL_ID,
    OUR_SKILL_ID,
    FakeCertHost,
    SigningIdentity,
    SigningPki,
    alexa_timestamp,
    body_of,
    envelope,
    speech_of,
)
from serving_fixtures import *  # noqa: F403  (pki, cert_host, serve)
from serving_fixtures import DispatchSpy, Served

from skill.serving.config import ServeConfig
from skill.serving.webservice import create_app

pytestmark = pytest.mark.filterwarnings("ignore:Properties that return a na")


def post(
    served: Served,
    body: bytes,
    signer: SigningIdentity | None,
    cert_url: str = GOOD_CERT_URL,
    signed_body: bytes | None = None,
) -> Any:
    """POST ``body``, signed by ``signer`` over ``signed_body`` (default: the body itself)."""
    headers = {"Content-Type": "application/json"}
    if signer is not None:
        headers = signer.headers(signed_body if signed_body is not None else body, cert_url)
    return served.client.post("/", data=body, headers=headers)


def assert_refused(response: Any, served: Served, what: str) -> None:
    assert response.status_code == 400, (
        f"{what}: expected HTTP 400 (Alexa's rule for failed verification), got "
        f"{response.status_code} {response.get_data(as_text=True)[:200]}"
    )
    assert served.spy.calls == 0, f"{what}: the request reached the skill despite being refused"
    assert "Traceback" not in response.get_data(as_text=True), f"{what}: traceback in the response"


def assert_served(response: Any, served: Served, what: str) -> dict[str, Any]:
    assert response.status_code == 200, (
        f"{what}: expected the skill's answer, got {response.status_code} {response.get_data(as_text=True)[:200]}"
    )
    assert served.spy.calls == 1, f"{what}: the skill was invoked {served.spy.calls} times, not once"
    data = response.get_json()
    assert "911" in speech_of(data), f"{what}: the en-US launch answer does not name 911: {data}"
    return data


def test_a_correctly_signed_fresh_request_is_served(serve: Any, pki: SigningPki, cert_host: FakeCertHost) -> None:
    served = serve()
    response = post(served, body_of(envelope()), pki.good)
    data = assert_served(response, served, "signed launch")
    assert data["response"].get("shouldEndSession") is not True, "launch must keep the session open"
    assert cert_host.fetched == [GOOD_CERT_URL], "the chain should be fetched from the header's URL"


def test_the_certificate_url_may_name_port_443(serve: Any, pki: SigningPki, cert_host: FakeCertHost) -> None:
    url = "https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem"
    cert_host.serve(url, pki.good.chain_pem)
    served = serve()
    assert_served(post(served, body_of(envelope()), pki.good, cert_url=url), served, "port 443")


def test_a_request_within_the_150_second_window_is_served(serve: Any, pki: SigningPki) -> None:
    served = serve()
    body = body_of(envelope(timestamp=alexa_timestamp(-120)))
    assert_served(post(served, body, pki.good), served, "a 120 s old request")


def test_a_changed_body_is_refused(serve: Any, pki: SigningPki) -> None:
    served = serve()
    signed = body_of(envelope())
    changed = signed.replace(b'"locale":"en-US"', b'"locale":"en-GB"')
    assert changed != signed
    assert_refused(post(served, changed, pki.good, signed_body=signed), served, "changed body")


def test_a_wrong_signature_is_refused(serve: Any, pki: SigningPki) -> None:
    served = serve()
    body = body_of(envelope())
    headers = pki.good.headers(body)
    headers["Signature-256"] = pki.good.sign(b"something else entirely")
    assert_refused(served.client.post("/", data=body, headers=headers), served, "wrong signature")


def test_a_signature_that_is_not_base64_is_refused(serve: Any, pki: SigningPki) -> None:
    served = serve()
    body = body_of(envelope())
    headers = pki.good.headers(body)
    headers["Signature-256"] = "not base64 at all!"
    assert_refused(served.client.post("/", data=body, headers=headers), served, "garbage signature")


def test_missing_signature_headers_are_refused(serve: Any) -> None:
    served = serve()
    assert_refused(post(served, body_of(envelope()), None), served, "unsigned request")


# Alexa's timestamps are whole seconds: one written 152 s ahead is 151-152 s ahead when checked
# (151 s ahead could truncate to within 150 s of a slow check).
@pytest.mark.parametrize("offset", [-151, -3600, 152, 3600], ids=["151s-old", "1h-old", "152s-ahead", "1h-ahead"])
def test_a_timestamp_outside_150_seconds_is_refused(serve: Any, pki: SigningPki, offset: int) -> None:
    served = serve()
    body = body_of(envelope(timestamp=alexa_timestamp(offset)))
    assert_refused(post(served, body, pki.good), served, f"timestamp {offset:+d} s")


def test_a_timestamp_without_a_time_zone_is_refused_not_served(serve: Any, pki: SigningPki) -> None:
    # The SDK's TimestampVerifier cannot compare it (a TypeError, not its own exception): still a 400.
    served = serve()
    body = body_of(envelope(timestamp=alexa_timestamp().rstrip("Z")))
    assert_refused(post(served, body, pki.good), served, "timestamp without a zone")


def test_the_service_is_flask_ask_sdks_adapter_with_the_sdks_verifiers_cheapest_first(shared_skill: Any) -> None:
    from ask_sdk_webservice_support.verifier import RequestVerifier, TimestampVerifier
    from flask_ask_sdk.skill_adapter import EXTENSION_NAME, SkillAdapter

    from skill.serving.verifiers import ApplicationIdVerifier

    user_agent = shared_skill.custom_user_agent
    try:
        app = create_app(skill=shared_skill, config=ServeConfig(skill_id=OUR_SKILL_ID))
    finally:
        shared_skill.custom_user_agent = user_agent
    adapter = app.extensions[EXTENSION_NAME][OUR_SKILL_ID]
    assert isinstance(adapter, SkillAdapter), f"POST / is served by {type(adapter).__name__}"
    assert app.view_functions["alexa"] == adapter.dispatch_request, "POST / is not the adapter's view"
    kinds = [type(v) for v in adapter._webservice_handler._verifiers]
    assert issubclass(kinds[0], TimestampVerifier), kinds
    assert kinds[1] is ApplicationIdVerifier, kinds
    assert issubclass(kinds[2], RequestVerifier), kinds
    assert sum(issubclass(k, TimestampVerifier | RequestVerifier) for k in kinds) == 2, (
        f"the adapter's built-in verifiers are still on: {kinds}"
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.evil.example/echo.api/echo-api-cert-test.pem",
        "https://evil.example/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/other/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/echo.api/../other/echo-api-cert-test.pem",
        "https://s3.amazonaws.com:563/echo.api/echo-api-cert-test.pem",
    ],
    ids=["http", "lookalike-host", "other-host", "path-case", "other-path", "path-escape", "other-port"],
)
def test_a_certificate_url_outside_amazons_rules_is_refused(
    serve: Any, pki: SigningPki, cert_host: FakeCertHost, url: str
) -> None:
    # Serve the genuine chain there, so only the URL rule can be what refuses it.
    cert_host.serve(url, pki.good.chain_pem)
    served = serve()
    assert_refused(post(served, body_of(envelope()), pki.good, cert_url=url), served, f"cert URL {url}")
    assert url not in cert_host.fetched, f"the verifier downloaded a certificate from {url}"


def test_an_unreachable_certificate_url_is_refused(serve: Any, pki: SigningPki) -> None:
    served = serve()
    url = "https://s3.amazonaws.com/echo.api/missing.pem"
    assert_refused(post(served, body_of(envelope()), pki.good, cert_url=url), served, "missing chain")


@pytest.mark.parametrize("which", ["expired", "wrong_name", "untrusted"])
def test_a_bad_signing_certificate_is_refused(serve: Any, pki: SigningPki, cert_host: FakeCertHost, which: str) -> None:
    identity: SigningIdentity = getattr(pki, which)
    url = f"https://s3.amazonaws.com/echo.api/{which}.pem"
    cert_host.serve(url, identity.chain_pem)
    served = serve()
    assert_refused(post(served, body_of(envelope()), identity, cert_url=url), served, f"{which} certificate")


def test_a_chain_that_is_not_a_certificate_is_refused(serve: Any, pki: SigningPki, cert_host: FakeCertHost) -> None:
    url = "https://s3.amazonaws.com/echo.api/garbage.pem"
    cert_host.serve(url, b"this is not a certificate")
    served = serve()
    assert_refused(post(served, body_of(envelope()), pki.good, cert_url=url), served, "garbage chain")


def test_another_skills_application_id_is_refused(serve: Any, pki: SigningPki) -> None:
    served = serve(ServeConfig(skill_id=OUR_SKILL_ID))
    body = body_of(envelope(application_id=OTHER_SKILL_ID))
    assert_refused(post(served, body, pki.good), served, "another skill's request")


def test_our_application_id_is_served_when_configured(serve: Any, pki: SigningPki) -> None:
    served = serve(ServeConfig(skill_id=OUR_SKILL_ID))
    assert_served(post(served, body_of(envelope()), pki.good), served, "our skill's request")


def test_a_mismatched_session_application_id_is_refused(serve: Any, pki: SigningPki) -> None:
    served = serve(ServeConfig(skill_id=OUR_SKILL_ID))
    data = envelope()
    data["session"]["application"]["applicationId"] = OTHER_SKILL_ID
    assert_refused(post(served, body_of(data), pki.good), served, "session names another skill")


def test_the_skill_id_is_read_from_alexa_skill_id(serve: Any, pki: SigningPki, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALEXA_SKILL_ID", OUR_SKILL_ID)
    served = serve(ServeConfig.from_env())
    body = body_of(envelope(application_id=OTHER_SKILL_ID))
    assert_refused(post(served, body, pki.good), served, "ALEXA_SKILL_ID from the environment")


def _clear_serving_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ASK_SDK_VERIFY_SIGNATURE", "ASK_SDK_VERIFY_TIMESTAMP", "ALEXA_SKILL_ID"):
        monkeypatch.delenv(name, raising=False)


def test_verification_is_on_by_default(
    cert_host: FakeCertHost, shared_skill: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no settings at all (create_app reads the environment), unsigned is refused."""
    _clear_serving_env(monkeypatch)
    spy = DispatchSpy(shared_skill)
    try:
        client = create_app(skill=shared_skill).test_client()
        unsigned = client.post("/", data=body_of(envelope()), headers={"Content-Type": "application/json"})
    finally:
        spy.restore()
    assert unsigned.status_code == 400, f"unsigned request got {unsigned.status_code} with default settings"
    assert spy.calls == 0, "an unsigned request reached the skill with default settings"


def test_turning_verification_off_works_and_is_logged_loudly(
    cert_host: FakeCertHost,
    shared_skill: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _clear_serving_env(monkeypatch)
    monkeypatch.setenv("ASK_SDK_VERIFY_SIGNATURE", "false")
    monkeypatch.setenv("ASK_SDK_VERIFY_TIMESTAMP", "false")
    with caplog.at_level(logging.WARNING):
        client = create_app(skill=shared_skill).test_client()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert any("VERIFICATION IS OFF" in r.getMessage() for r in warnings), (
        f"no loud warning when Alexa request verification is off: {[r.getMessage() for r in warnings]}"
    )
    stale = body_of(envelope(timestamp=alexa_timestamp(-3600)))
    answer = client.post("/", data=stale, headers={"Content-Type": "application/json"})
    assert answer.status_code == 200, "with verification off, an unsigned local request should be served"
    assert "911" in speech_of(answer.get_json())


def test_timestamp_check_stays_on_when_only_signatures_are_off(
    cert_host: FakeCertHost, shared_skill: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clear_serving_env(monkeypatch)
    monkeypatch.setenv("ASK_SDK_VERIFY_SIGNATURE", "false")
    client = create_app(skill=shared_skill).test_client()
    stale = body_of(envelope(timestamp=alexa_timestamp(-3600)))
    answer = client.post("/", data=stale, headers={"Content-Type": "application/json"})
    assert answer.status_code == 400, "a stale request was served although only signatures were off"


def test_a_mistyped_switch_stops_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from skill.serving.config import ConfigError

    monkeypatch.setenv("ASK_SDK_VERIFY_SIGNATURE", "flase")
    with pytest.raises(ConfigError, match="ASK_SDK_VERIFY_SIGNATURE"):
        ServeConfig.from_env()


def test_healthz_answers_without_touching_the_skill(serve: Any) -> None:
    served = serve()
    response = served.client.get("/healthz")
    assert response.status_code == 200, f"/healthz answered {response.status_code}"
    assert response.get_json() == {"status": "ok"}
    assert served.spy.calls == 0, "/healthz dispatched a request to the skill"


def test_refusals_are_logged_with_a_reason_but_no_body(
    serve: Any, pki: SigningPki, caplog: pytest.LogCaptureFixture
) -> None:
    served = serve(ServeConfig(skill_id=OUR_SKILL_ID))
    data = envelope(application_id=OTHER_SKILL_ID)
    request_id = data["request"]["requestId"]
    with caplog.at_level(logging.DEBUG):
        post(served, body_of(data), pki.good)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert request_id in text and "another skill" in text, f"refusal not explained in the log:\n{text}"
    assert json.dumps(data["session"]["sessionId"]) not in text and data["session"]["sessionId"] not in text, (
        "the log contains the session id from the body"
    )
