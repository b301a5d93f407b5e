"""The one builder of Alexa request envelopes, for tests, benchmarks and try-it.

Why one: an envelope shaped a little differently in each tool tests a different skill than the
one Alexa talks to. Everything here follows the custom-skill request format (``version``,
``session``, ``context.System``, ``request``); the skill reads it through ask-sdk's own
deserialiser, exactly as in production. Production code never builds envelopes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from skill.reminders import SCOPE

USER_ID = "amzn1.ask.account.TESTUSER"
DEVICE_ID = "amzn1.ask.device.TESTDEVICE"
API_ENDPOINT = "https://api.amazonalexa.com"

MATCH = "ER_SUCCESS_MATCH"
NO_MATCH = "ER_SUCCESS_NO_MATCH"


def timestamp(offset_seconds: float = 0.0) -> str:
    """An Alexa request timestamp ``offset_seconds`` from now (negative: in the past)."""
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset_seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def new_id(kind: str) -> str:
    """A fresh Alexa-style id (``request``, ``session``...)."""
    return f"amzn1.echo-api.{kind}.{uuid.uuid4()}"


def launch_request() -> dict[str, Any]:
    return {"type": "LaunchRequest"}


def intent_request(name: str, slots: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """An IntentRequest; ``slots`` maps slot names to slot objects (see ``slot``)."""
    intent: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
    if slots:
        intent["slots"] = {name: dict(slot) for name, slot in slots.items()}
    return {"type": "IntentRequest", "intent": intent, "dialogState": "STARTED"}


def session_ended_request(reason: str = "USER_INITIATED") -> dict[str, Any]:
    return {"type": "SessionEndedRequest", "reason": reason}


def permission_response(status: str, token: str, code: str = "200") -> dict[str, Any]:
    """Alexa's answer to a voice permission request (AskFor): ``status`` ACCEPTED, DENIED or NOT_ANSWERED;
    ``code`` other than 200 when the device could not ask by voice. ``token`` is the one the skill sent."""
    return {
        "type": "Connections.Response",
        "name": "AskFor",
        "status": {"code": code, "message": "OK" if code == "200" else "error"},
        "payload": {"permissionScope": SCOPE, "status": status},
        "token": token,
    }


def slot(
    name: str,
    value: str | None = None,
    *,
    status: str | None = None,
    resolved_id: str | None = None,
    resolved_name: str | None = None,
    authority: str = "",
) -> dict[str, Any]:
    """One slot as Alexa sends it: unfilled (no value), a built-in value, or a custom value with its
    entity-resolution status (``MATCH`` with the resolved id, or ``NO_MATCH``)."""
    built: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
    if value is None:
        return built
    built.update(value=value, source="USER")
    if status is not None:
        resolution: dict[str, Any] = {"authority": authority, "status": {"code": status}}
        if status == MATCH:
            resolution["values"] = [{"value": {"name": resolved_name or value, "id": resolved_id}}]
        built["resolutions"] = {"resolutionsPerAuthority": [resolution]}
    return built


def envelope(
    request: Mapping[str, Any],
    *,
    skill_id: str,
    locale: str = "en-US",
    at: str | None = None,
    session_id: str | None = None,
    new: bool = True,
    attributes: Mapping[str, Any] | None = None,
    with_session: bool = True,
    user_id: str = USER_ID,
    device_id: str = DEVICE_ID,
    api_endpoint: str = API_ENDPOINT,
    scopes: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A whole request envelope around ``request`` (from ``launch_request`` etc.), with a fresh request id.

    ``at`` is the request timestamp (default: now). Session attributes are sent when given.
    ``api_endpoint`` is where the skill calls the Alexa APIs (a local fake in tests); ``scopes`` maps
    permission scopes to GRANTED or DENIED, as Alexa reports them."""
    application = {"applicationId": skill_id}
    user: dict[str, Any] = {"userId": user_id}
    if scopes is not None:
        user["permissions"] = {"scopes": {scope: {"status": status} for scope, status in scopes.items()}}
    body: dict[str, Any] = {
        "version": "1.0",
        "context": {
            "System": {
                "application": application,
                "user": user,
                "device": {"deviceId": device_id, "supportedInterfaces": {}},
                "apiEndpoint": api_endpoint,
                "apiAccessToken": "local-token",
            }
        },
        "request": {"requestId": new_id("request"), "timestamp": at or timestamp(), "locale": locale, **request},
    }
    if with_session:
        body["session"] = {
            "new": new,
            "sessionId": session_id or new_id("session"),
            "application": application,
            "user": user,
        }
        if attributes is not None:
            body["session"]["attributes"] = dict(attributes)
    return body
