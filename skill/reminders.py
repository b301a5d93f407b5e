"""A follow-up reminder through the Alexa Reminders API: "check on your knee" a few days after advice.

Why: advice like "see a doctor if it isn't better in 7 days" relies on the person remembering;
Alexa can remember for them. The conversation offers once (``offer_days``); on yes it builds the
request (``build_reminder_request``) and creates it (``create_reminder``), which turns every answer
of the API into an ``Outcome`` the conversation can speak (the ``reminder_<outcome>`` phrases). Asking for the
permission the platform's way is here too: the voice request (``Connections.SendRequest`` AskFor),
the consent card as fallback, and reading the answer (``permission_answer``).

Nothing is stored by the skill: the reminder lives in the person's Alexa account. Its text carries
no health detail (the ``reminder_text`` phrase in ``skill/phrases/en.yaml``). Logs name the outcome
and status code only.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_model.services.api_configuration import ApiConfiguration
from ask_sdk_model.services.reminder_management.alert_info import AlertInfo
from ask_sdk_model.services.reminder_management.push_notification import PushNotification
from ask_sdk_model.services.reminder_management.push_notification_status import PushNotificationStatus
from ask_sdk_model.services.reminder_management.reminder_request import ReminderRequest
from ask_sdk_model.services.reminder_management.spoken_info import SpokenInfo
from ask_sdk_model.services.reminder_management.spoken_text import SpokenText
from ask_sdk_model.services.reminder_management.trigger import Trigger
from ask_sdk_model.services.reminder_management.trigger_type import TriggerType
from ask_sdk_model.services.service_client_factory import ServiceClientFactory
from ask_sdk_model.services.service_exception import ServiceException
from ask_sdk_model.ui.ask_for_permissions_consent_card import AskForPermissionsConsentCard

from kb import KnowledgeBase
from kb.engine import Assessment

if TYPE_CHECKING:
    from ask_sdk_model.interfaces.connections.send_request_directive import SendRequestDirective

log = logging.getLogger(__name__)

SCOPE = "alexa::alerts:reminders:skill:readwrite"
# A reminder rings at this local time: late enough not to wake anyone, early enough to book a visit.
LOCAL_TIME = dt.time(10, 0)
MAX_DAYS = 90  # longer than any advice names; a token claiming more was not written by this skill
# The AskFor token: Alexa hands it back unchanged in the Connections.Response. It carries what the
# answer's turn needs (the advice's disposition id and the days), so that turn does not depend on
# the session record surviving the hand-over to Alexa's permission dialog. No answer is in it.
PERMISSION_TOKEN = "knee-reminder"
# Alexa allows a skill about 8 seconds a turn; a Reminders API that hangs must not use them all.
API_TIMEOUT_SECONDS = 3.0


class Outcome(Enum):
    """What became of a reminder; each value names the phrase that tells the person."""

    CREATED = "created"
    NO_PERMISSION = "no_permission"
    TOO_MANY = "too_many"
    DEVICE_NOT_SUPPORTED = "device_not_supported"
    FAILED = "failed"


class PermissionAnswer(Enum):
    """The answer to the voice permission request (Connections.Response to AskFor)."""

    GRANTED = "ACCEPTED"
    DENIED = "DENIED"
    NOT_ANSWERED = "NOT_ANSWERED"


@dataclass(frozen=True)
class Pending:
    """What the permission answer's turn needs to finish the offer: read back from the AskFor token."""

    disposition: str
    days: int


@dataclass(frozen=True)
class Created:
    outcome: Outcome
    status: int | None = None  # the API's HTTP status, for the log
    alert_token: str | None = None


# --- when to offer ---------------------------------------------------------------------------


def offer_days(assessment: Assessment) -> int | None:
    """In how many days to offer a reminder for this advice, or None to offer none.

    From the disposition's ``remind_after_days`` in the knowledge base: a number, or the days the
    home-care advice itself names. Never after emergency-level advice."""
    disposition = assessment.disposition
    if assessment.emergency or disposition.remind_after_days is None:
        return None
    if disposition.remind_after_days == "self_care_days":
        return assessment.self_care_days
    return int(disposition.remind_after_days)


# --- the request -----------------------------------------------------------------------------


def trigger_time(now: dt.datetime, days: int, time_zone: str | None) -> tuple[dt.datetime, str | None]:
    """The local date ``days`` after today at LOCAL_TIME, and the zone to send with it.

    Without a known zone, the date is counted from UTC and no zone is sent: Alexa then reads the
    time in the device's own zone, so it still rings at LOCAL_TIME there (at worst a day off)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    zone: str | None = time_zone
    try:
        local = now.astimezone(ZoneInfo(time_zone)) if time_zone else now.astimezone(dt.UTC)
    except (ZoneInfoNotFoundError, ValueError):
        local, zone = now.astimezone(dt.UTC), None
    day = local.date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, LOCAL_TIME), zone


def build_reminder_request(
    locale: str, time_zone: str | None, now: dt.datetime, days: int, text: str
) -> ReminderRequest:
    """The Reminders API body: one reminder, ``days`` from now at LOCAL_TIME local, saying ``text``
    (the ``reminder_text`` phrase in ``locale``, a locale the knowledge base knows)."""
    if days < 1:
        raise ValueError(f"a reminder needs at least one day, not {days}")
    scheduled, zone = trigger_time(now, days, time_zone)
    return ReminderRequest(
        request_time=now.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0),
        trigger=Trigger(object_type=TriggerType.SCHEDULED_ABSOLUTE, scheduled_time=scheduled, time_zone_id=zone),
        alert_info=AlertInfo(spoken_info=SpokenInfo(content=[SpokenText(locale=locale, text=text)])),
        push_notification=PushNotification(status=PushNotificationStatus.ENABLED),
    )


# --- calling the API -------------------------------------------------------------------------


@functools.cache
def _timed_api_client_class() -> type[Any]:
    """ask-sdk's DefaultApiClient with a timeout: its ``requests`` calls have none. Built on first use:
    importing it brings in ``requests``, about a third of a cold start, for a turn that offers a reminder."""
    from ask_sdk_core.api_client import DefaultApiClient

    class TimedApiClient(DefaultApiClient):
        def _resolve_method(self, request: Any) -> Any:
            return functools.partial(super()._resolve_method(request), timeout=API_TIMEOUT_SECONDS)

    return TimedApiClient


def service_clients(envelope: RequestEnvelope, api_client: Any = None) -> ServiceClientFactory:
    """ask-sdk's service clients for this request: its apiEndpoint and apiAccessToken."""
    system = envelope.context.system if envelope.context else None
    if system is None or not system.api_endpoint or not system.api_access_token:
        raise ValueError("the request carries no apiEndpoint or apiAccessToken")
    configuration = ApiConfiguration(
        serializer=DefaultSerializer(),
        api_client=api_client or _timed_api_client_class()(),
        authorization_value=system.api_access_token,
        api_endpoint=system.api_endpoint,
    )
    return ServiceClientFactory(configuration)


def device_time_zone(envelope: RequestEnvelope | None, api_client: Any = None) -> str | None:
    """The device's time zone from the Alexa settings API, or None when it cannot be had."""
    if envelope is None:
        return None
    try:
        device_id = envelope.context.system.device.device_id  # type: ignore[union-attr]
        zone = service_clients(envelope, api_client).get_ups_service().get_system_time_zone(device_id)
    except (ServiceException, SerializationException, ValueError, AttributeError) as error:
        # SerializationException: an error body ask-sdk cannot read (a code its enum lacks).
        log.info("reminder: time zone unavailable (%s)", getattr(error, "status_code", type(error).__name__))
        return None
    return zone if isinstance(zone, str) and zone else None


def _denied_in_envelope(envelope: RequestEnvelope) -> bool:
    """True when the request says the reminders scope is denied (no need to ask the API)."""
    user = envelope.context.system.user if envelope.context and envelope.context.system else None
    scopes = getattr(getattr(user, "permissions", None), "scopes", None) or {}
    scope = scopes.get(SCOPE)
    status = getattr(getattr(scope, "status", None), "value", None)
    return status == "DENIED"


def outcome_of(error: ServiceException) -> Outcome:
    """Map a Reminders API error to what the person is told."""
    code = getattr(error.body, "code", None) or ""
    if error.status_code == 401:
        return Outcome.NO_PERMISSION
    if error.status_code == 403:
        if code == "MAX_REMINDERS_EXCEEDED":
            return Outcome.TOO_MANY
        if code == "DEVICE_NOT_SUPPORTED":
            return Outcome.DEVICE_NOT_SUPPORTED
        return Outcome.NO_PERMISSION
    return Outcome.FAILED


def create_reminder(envelope: RequestEnvelope | None, request: ReminderRequest, api_client: Any = None) -> Created:
    """Create the reminder with ask-sdk's ReminderManagementServiceClient; every failure is an Outcome."""
    if envelope is None:  # no request to take the apiEndpoint from (a turn run outside Alexa)
        log.warning("reminder: %s (no request envelope)", Outcome.FAILED.value)
        return Created(Outcome.FAILED)
    if _denied_in_envelope(envelope):
        log.info("reminder: %s (scope denied in request)", Outcome.NO_PERMISSION.value)
        return Created(Outcome.NO_PERMISSION)
    try:
        client = service_clients(envelope, api_client).get_reminder_management_service()
        response: Any = client.create_reminder(request, full_response=True)
    except ServiceException as error:
        outcome = outcome_of(error)
        log.info("reminder: %s (status %s)", outcome.value, error.status_code)
        return Created(outcome, error.status_code)
    except (ValueError, SerializationException) as error:
        log.warning("reminder: %s (%s)", Outcome.FAILED.value, type(error).__name__)
        return Created(Outcome.FAILED)
    token = getattr(response.body, "alert_token", None)
    log.info("reminder: %s (status %s)", Outcome.CREATED.value, response.status_code)
    return Created(Outcome.CREATED, response.status_code, token)


def request_time(envelope: RequestEnvelope | None) -> dt.datetime:
    """When the person said yes: the request's timestamp (Alexa's clock), else now."""
    stamp = getattr(getattr(envelope, "request", None), "timestamp", None)
    if isinstance(stamp, dt.datetime) and stamp.tzinfo is not None:
        return stamp
    return dt.datetime.now(dt.UTC)


def set_reminder(envelope: RequestEnvelope | None, days: int, locale: str, text: str) -> Created:
    """The whole yes: the device's time zone, the request in the locale's words, and the API call.

    A scope the request already says is denied needs no network at all: Alexa allows about 8 seconds
    a turn, and asking for the time zone first would spend part of them before the permission request."""
    if envelope is not None and _denied_in_envelope(envelope):
        log.info("reminder: %s (scope denied in request)", Outcome.NO_PERMISSION.value)
        return Created(Outcome.NO_PERMISSION)
    request = build_reminder_request(locale, device_time_zone(envelope), request_time(envelope), days, text)
    return create_reminder(envelope, request)


# --- asking for the permission ---------------------------------------------------------------


def permission_request(pending: Pending) -> SendRequestDirective:
    """The voice permission request: Alexa asks the person, then sends a Connections.Response
    carrying ``pending`` back in its token. Its SDK module is imported here: no other turn needs it,
    and it is half of the SDK's connections package, off every cold start."""
    from ask_sdk_model.interfaces.connections.send_request_directive import SendRequestDirective

    return SendRequestDirective(
        name="AskFor",
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": SCOPE, "consentLevel": "ACCOUNT"}],
        },
        token=f"{PERMISSION_TOKEN}/{pending.disposition}/{pending.days}",
    )


def pending_of(request: Any, kb: KnowledgeBase) -> Pending | None:
    """The offer a Connections.Response answers, from its token; None for a token this skill did not
    write (or a disposition or day count the knowledge base would not offer)."""
    parts = str(getattr(request, "token", None) or "").split("/")
    if len(parts) != 3 or parts[0] != PERMISSION_TOKEN or not parts[2].isdigit():
        return None
    disposition = kb.dispositions.get(parts[1])
    days = int(parts[2])
    if disposition is None or disposition.remind_after_days is None or not 1 <= days <= MAX_DAYS:
        return None
    return Pending(disposition.id, days)


def consent_card() -> AskForPermissionsConsentCard:
    """The fallback: a card in the Alexa app where the person can allow reminders."""
    return AskForPermissionsConsentCard(permissions=[SCOPE])


def permission_answer(request: Any) -> PermissionAnswer | None:
    """The answer in a Connections.Response to our AskFor, or None for any other request.

    A response whose status is not 200 (the device cannot ask by voice) counts as not answered,
    so the caller falls back to the consent card."""
    if getattr(request, "object_type", None) != "Connections.Response" or getattr(request, "name", None) != "AskFor":
        return None
    status_code = str(getattr(getattr(request, "status", None), "code", ""))
    payload = getattr(request, "payload", None) or {}
    answer = PermissionAnswer.NOT_ANSWERED
    if status_code == "200" and payload.get("status") in {a.value for a in PermissionAnswer}:
        answer = PermissionAnswer(payload["status"])
    log.info("reminder: permission %s (status %s)", answer.value, status_code or "-")
    return answer
