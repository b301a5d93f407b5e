"""Cheap checks on a raw Alexa request body, and the few fields that are safe to log.

Why: ask-sdk reports a malformed body as a dispatch failure (an HTTP 500 through the stock
flask-ask-sdk view), and the request's slot values and session attributes are health data. These
checks (run by the web service's serializer and by the Lambda path) turn a malformed body into a
clear refusal before the skill reads it, and :func:`summarize` picks out only what identifies a
request (id, type, intent name, locale).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope

_REQUIRED_REQUEST_FIELDS = ("type", "requestId", "timestamp")
_LOGGABLE = re.compile(r"[^A-Za-z0-9._:\-]")


class BadEnvelope(ValueError):
    """The body is not an Alexa request envelope; the message says why (no body content)."""


def body_text(raw: bytes) -> str:
    """A request body's text: Alexa sends UTF-8, and the signature is over exactly those bytes."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadEnvelope("body is not UTF-8") from None


def decode_text(text: str) -> Any:
    """The JSON value of a request body: the one place the body is parsed.

    Raises BadEnvelope for an empty body or text that is not JSON; what the value holds is
    :func:`check_envelope`'s business.
    """
    if not text.strip():
        raise BadEnvelope("empty body")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise BadEnvelope("body is not valid JSON") from None
    return data


def check_envelope(data: Any) -> dict[str, Any]:
    """``data`` itself when it is an object with a request type, id and timestamp (and an intent
    name for an IntentRequest); else BadEnvelope. Lambda hands over an already parsed event."""
    if not isinstance(data, dict):
        raise BadEnvelope("body is not a JSON object")
    request = data.get("request")
    if not isinstance(request, dict):
        raise BadEnvelope("body has no request object")
    for field in _REQUIRED_REQUEST_FIELDS:
        value = request.get(field)
        if not isinstance(value, str) or not value:
            raise BadEnvelope(f"request has no {field}")
    if request["type"] == "IntentRequest":
        intent = request.get("intent")
        if not isinstance(intent, dict) or not isinstance(intent.get("name"), str) or not intent["name"]:
            raise BadEnvelope("intent request has no intent name")
    return data


@dataclass(frozen=True)
class RequestSummary:
    """What may be logged about a request: identifiers, never answers."""

    request_id: str
    request_type: str
    intent_name: str | None
    locale: str | None

    def log_fields(self) -> str:
        """``key=value`` pairs for a log line, always the same keys (``-`` when absent)."""
        return (
            f"request_id={self.request_id} type={self.request_type} intent={self.intent_name or '-'} "
            f"locale={self.locale or '-'}"
        )


#: What is logged for a body that could not be read at all.
UNKNOWN = RequestSummary(request_id="-", request_type="-", intent_name=None, locale=None)


def to_model(serializer: DefaultSerializer, data: Any) -> RequestEnvelope:
    """The SDK's RequestEnvelope for an already parsed body, or BadEnvelope; the JSON is not parsed again.

    :func:`check_envelope` first, then the SDK's reader: ``DefaultSerializer.deserialize`` takes only
    text and runs ``json.loads`` itself; its dict-taking half is private (name-mangled) in
    ask-sdk-core 1.19, pinned. What that reader raises for content it cannot read, and a request
    type it does not know, become BadEnvelope (naming only the error's type).
    """
    checked = check_envelope(data)
    try:
        model: RequestEnvelope = serializer._DefaultSerializer__deserialize(checked, RequestEnvelope)  # type: ignore[attr-defined]
    except Exception as error:  # the SDK's reader raises several types for content it cannot read
        raise BadEnvelope(f"ask-sdk could not read it ({type(error).__name__})") from None
    if model.request is None:
        raise BadEnvelope("ask-sdk does not know this request type")
    return model


def summarize(envelope: Any) -> RequestSummary:
    """The loggable identifiers of a parsed body (any JSON value), made safe for a one-line log."""
    if not isinstance(envelope, Mapping):
        return UNKNOWN
    request = envelope.get("request")
    if not isinstance(request, dict):
        request = {}
    intent = request.get("intent")
    intent_name = intent.get("name") if isinstance(intent, dict) else None
    return RequestSummary(
        request_id=_loggable(request.get("requestId")) or "-",
        request_type=_loggable(request.get("type")) or "-",
        intent_name=_loggable(intent_name),
        locale=_loggable(request.get("locale")),
    )


def _loggable(value: Any, limit: int = 120) -> str | None:
    """Identifier text with anything that could forge or break a log line removed."""
    if not isinstance(value, str) or not value:
        return None
    return _LOGGABLE.sub("", value)[:limit] or None
