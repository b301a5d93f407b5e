"""The follow-up reminder (skill/reminders.py) against a local fake of the Alexa APIs: the exact
request ask-sdk's ReminderManagementServiceClient sends, time zones, every error the person can
meet, and the permission request."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

import pytest
import yaml
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope
from fake_reminders_api import FakeAlexaApi

from kb import LOCALES, assess
from skill import reminders
from skill.phrases import load_phrases
from skill.reminders import (
    Outcome,
    PermissionAnswer,
    build_reminder_request,
    consent_card,
    create_reminder,
    device_time_zone,
    offer_days,
    permission_answer,
    permission_request,
)
from tests.kb_helpers import real_kb

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 11, 29, 23, 30, 15, 123456, tzinfo=dt.UTC)
SERIALIZER = DefaultSerializer()


PHRASES = load_phrases(real_kb())


def _text(locale: str) -> str:
    """What the reminder says on the day, in the locale's words (the reminder_text phrase)."""
    return PHRASES.phrase("reminder_text", locale)


@pytest.fixture
def api(tmp_path, monkeypatch):
    fake = FakeAlexaApi(tmp_path)
    fake.trust(monkeypatch)
    yield fake
    fake.close()


def _envelope(endpoint, locale="en-US", scopes=None, request=None):
    user = {"userId": "amzn1.ask.account.TEST"}
    if scopes is not None:
        user["permissions"] = {"scopes": scopes}
    application = {"applicationId": "amzn1.ask.skill.00000000-0000-4000-8000-000000000000"}
    data = {
        "version": "1.0",
        "session": {"new": False, "sessionId": "amzn1.echo-api.session.1", "application": application, "user": user},
        "context": {
            "System": {
                "application": application,
                "user": user,
                "device": {"deviceId": "amzn1.ask.device.TEST", "supportedInterfaces": {}},
                "apiEndpoint": endpoint,
                "apiAccessToken": "test-access-token",
            }
        },
        "request": request
        or {
            "type": "IntentRequest",
            "requestId": "amzn1.echo-api.request.1",
            "timestamp": "2026-11-29T23:30:15Z",
            "locale": locale,
            "intent": {"name": "AMAZON.YesIntent", "confirmationStatus": "NONE"},
        },
    }
    return SERIALIZER.deserialize(json.dumps(data), RequestEnvelope)


def _assessment(kb, disposition):
    cases = yaml.safe_load((ROOT / "kb" / "cases.yaml").read_text(encoding="utf-8"))["cases"]
    case = next(c for c in cases if c["expect"]["disposition"] == disposition)
    return assess(kb, case["facts"])


# --- when to offer -----------------------------------------------------------------------------


def test_offer_follows_the_kb_interval_for_home_care_and_a_visit_in_a_few_days(kb):
    home = _assessment(kb, "self_care")
    assert offer_days(home) == home.self_care_days == 7, "the day the advice itself names"
    assert offer_days(_assessment(kb, "see_doctor")) == kb.dispositions["see_doctor"].remind_after_days == 3
    for urgent in ("urgent_same_day", "emergency_department", "emergency_call"):
        assert offer_days(_assessment(kb, urgent)) is None, f"no reminder after {urgent} advice"


# --- the exact request -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "locale, zone, local_day, doctor",
    [
        ("en-US", "America/Los_Angeles", "2026-12-06", "doctor"),  # 15:30 on the 29th there
        ("en-CA", "America/Toronto", "2026-12-06", "doctor"),
        ("en-GB", "Europe/London", "2026-12-06", "GP"),
        ("en-AU", "Australia/Sydney", "2026-12-07", "GP"),  # already 10:30 on the 30th there
        ("en-IN", "Asia/Kolkata", "2026-12-07", "doctor"),  # 05:00 on the 30th there
    ],
)
def test_the_skill_sends_the_exact_reminder_request(api, kb, locale, zone, local_day, doctor):
    api.time_zone_reply = (200, zone)
    envelope = _envelope(api.endpoint, locale)
    assert device_time_zone(envelope) == zone
    result = create_reminder(
        envelope, build_reminder_request(locale, device_time_zone(envelope), NOW, 7, _text(locale))
    )
    assert result.outcome is Outcome.CREATED
    assert result.alert_token == "fake-alert-token-1"
    (sent,) = api.reminder_requests()
    assert sent.method == "POST"
    assert sent.headers["Authorization"] == "Bearer test-access-token"
    assert sent.body == {
        "requestTime": "2026-11-29T23:30:15",
        "trigger": {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": f"{local_day}T10:00:00", "timeZoneId": zone},
        "alertInfo": {
            "spokenInfo": {
                "content": [{"locale": locale, "text": f"Check on your knee. If it isn't better, see a {doctor}."}]
            }
        },
        "pushNotification": {"status": "ENABLED"},
    }
    time_zone_call = next(r for r in api.requests if r.method == "GET")
    assert time_zone_call.path == "/v2/devices/amzn1.ask.device.TEST/settings/System.timeZone"


@pytest.mark.parametrize("reply", [(403, {"code": "ACCESS_DENIED", "message": "no"}), (500, None)])
def test_without_the_device_time_zone_alexa_uses_the_devices_own(api, kb, reply):
    api.time_zone_reply = reply
    envelope = _envelope(api.endpoint, "en-GB")
    zone = device_time_zone(envelope)
    assert zone is None
    request = build_reminder_request("en-GB", zone, NOW, 3, _text("en-GB"))
    assert create_reminder(envelope, request).outcome is Outcome.CREATED
    trigger = api.reminder_requests()[0].body["trigger"]
    assert trigger == {"type": "SCHEDULED_ABSOLUTE", "scheduledTime": "2026-12-02T10:00:00"}


def test_an_unknown_zone_name_is_not_sent(kb):
    request = build_reminder_request("en-US", "Mars/Olympus_Mons", NOW, 2, _text("en-US"))
    assert request.trigger.time_zone_id is None
    assert request.trigger.scheduled_time == dt.datetime(2026, 12, 1, 10, 0)


def test_the_reminder_carries_no_health_detail(kb):
    words = {w.strip(".,").lower() for locale in LOCALES for w in _text(locale).split()}
    health_words = {"cyst", "clot", "tear", "strain", "tendinitis", "arthritis", "pain", "swelling", "dvt"}
    assert not words & health_words
    for cause in kb.causes.values():
        for name in cause.name.values():
            assert name.lower() not in " ".join(words)


def test_a_reminder_needs_a_day_at_least(kb):
    with pytest.raises(ValueError, match="at least one day"):
        build_reminder_request("en-US", None, NOW, 0, _text("en-US"))


# --- every error has an outcome the person hears -----------------------------------------------


@pytest.mark.parametrize(
    "status, body, outcome",
    [
        (401, {"code": "UNAUTHORIZED", "message": "the user has not granted permission"}, Outcome.NO_PERMISSION),
        (403, {"code": "USER_NOT_PERMITTED", "message": "no"}, Outcome.NO_PERMISSION),
        (403, {"code": "MAX_REMINDERS_EXCEEDED", "message": "too many"}, Outcome.TOO_MANY),
        (403, {"code": "DEVICE_NOT_SUPPORTED", "message": "no reminders here"}, Outcome.DEVICE_NOT_SUPPORTED),
        (400, {"code": "INVALID_ALERT_INFO", "message": "bad"}, Outcome.FAILED),
        (429, {"code": "RATE_EXCEEDED", "message": "slow down"}, Outcome.FAILED),
        (500, {"code": "INTERNAL_ERROR", "message": "oops"}, Outcome.FAILED),
        (503, {"code": "SERVICE_UNAVAILABLE", "message": "later"}, Outcome.FAILED),
    ],
)
def test_each_api_error_becomes_an_outcome(api, kb, status, body, outcome):
    api.reminder_reply = (status, body)
    envelope = _envelope(api.endpoint)
    result = create_reminder(envelope, build_reminder_request("en-US", "America/Chicago", NOW, 7, _text("en-US")))
    assert (result.outcome, result.status) == (outcome, status)
    assert len(api.reminder_requests()) == 1


def test_an_unreachable_api_fails_cleanly(kb, tmp_path, monkeypatch):
    fake = FakeAlexaApi(tmp_path)
    fake.trust(monkeypatch)
    endpoint = fake.endpoint
    fake.close()
    result = create_reminder(_envelope(endpoint), build_reminder_request("en-US", None, NOW, 7, _text("en-US")))
    assert result.outcome is Outcome.FAILED


def test_a_refused_scope_in_the_request_is_not_sent_to_the_api(api, kb):
    envelope = _envelope(api.endpoint, scopes={reminders.SCOPE: {"status": "DENIED"}})
    result = create_reminder(envelope, build_reminder_request("en-US", None, NOW, 7, _text("en-US")))
    assert result.outcome is Outcome.NO_PERMISSION
    assert api.reminder_requests() == []


def test_a_granted_scope_is_sent(api, kb):
    envelope = _envelope(api.endpoint, scopes={reminders.SCOPE: {"status": "GRANTED"}})
    assert (
        create_reminder(envelope, build_reminder_request("en-US", None, NOW, 7, _text("en-US"))).outcome
        is Outcome.CREATED
    )


@pytest.mark.parametrize("locale", LOCALES)
def test_every_outcome_is_spoken_with_the_days_in_every_locale(kb, locale):
    for outcome in Outcome:
        text = PHRASES.phrase(f"reminder_{outcome.value}", locale, days=3)
        assert "3 days" in text, (outcome, text)
    offer = PHRASES.phrase("reminder_offer", locale, days=3)
    assert "3 days" in offer and offer.endswith("?")


def test_logs_name_the_outcome_and_nothing_said(api, kb, caplog):
    api.reminder_reply = (403, {"code": "MAX_REMINDERS_EXCEEDED", "message": "too many"})
    with caplog.at_level(logging.INFO, logger="skill.reminders"):
        create_reminder(_envelope(api.endpoint), build_reminder_request("en-US", None, NOW, 7, _text("en-US")))
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "too_many" in logged and "403" in logged
    assert "knee" not in logged.lower() and "test-access-token" not in logged


# --- asking for the permission -----------------------------------------------------------------


def test_the_voice_permission_request_and_the_consent_card():
    directive = SERIALIZER.serialize(permission_request(reminders.Pending("see_doctor", 3)))
    assert directive == {
        "type": "Connections.SendRequest",
        "name": "AskFor",
        "payload": {
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [
                {"permissionScope": "alexa::alerts:reminders:skill:readwrite", "consentLevel": "ACCOUNT"}
            ],
        },
        "token": "knee-reminder/see_doctor/3",
    }
    assert SERIALIZER.serialize(consent_card()) == {
        "type": "AskForPermissionsConsent",
        "permissions": ["alexa::alerts:reminders:skill:readwrite"],
    }


def _connections_response(status, code="200", name="AskFor"):
    request = {
        "type": "Connections.Response",
        "requestId": "amzn1.echo-api.request.2",
        "timestamp": "2026-11-29T23:31:00Z",
        "locale": "en-US",
        "name": name,
        "status": {"code": code, "message": "OK"},
        "payload": {"permissionScope": reminders.SCOPE, "status": status},
        "token": "knee-reminder",
    }
    return _envelope("https://api.amazonalexa.com", request=request).request


@pytest.mark.parametrize(
    "status, code, answer",
    [
        ("ACCEPTED", "200", PermissionAnswer.GRANTED),
        ("DENIED", "200", PermissionAnswer.DENIED),
        ("NOT_ANSWERED", "200", PermissionAnswer.NOT_ANSWERED),
        ("ACCEPTED", "500", PermissionAnswer.NOT_ANSWERED),  # the device cannot ask by voice: send the card
    ],
)
def test_the_permission_answer_is_read(status, code, answer):
    assert permission_answer(_connections_response(status, code)) is answer


@pytest.mark.parametrize(
    "token, pending",
    [
        ("knee-reminder/see_doctor/3", reminders.Pending("see_doctor", 3)),
        ("knee-reminder/self_care/7", reminders.Pending("self_care", 7)),
        ("knee-reminder/emergency_call/3", None),  # no reminder is ever offered after it
        ("knee-reminder/no_such_advice/3", None),
        ("knee-reminder/see_doctor/0", None),
        ("knee-reminder/see_doctor/365", None),
        ("knee-reminder/see_doctor/-3", None),
        ("knee-reminder", None),
        ("someone-else/see_doctor/3", None),
        (None, None),
    ],
)
def test_the_offer_is_read_back_from_the_token_only_when_this_skill_could_have_written_it(kb, token, pending):
    request = _connections_response("ACCEPTED")
    request.token = token
    assert reminders.pending_of(request, kb) == pending


def test_other_requests_are_not_a_permission_answer():
    assert permission_answer(_envelope("https://api.amazonalexa.com").request) is None
    assert permission_answer(_connections_response("ACCEPTED", name="Buy")) is None
