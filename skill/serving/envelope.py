"""Cheap checks on a raw Alexa request body, and the few fields that are safe to log.

Why: ask-sdk reports a malformed body as a dispatch failure (an HTTP 500 through
flask-ask-sdk), and the request's slot values and session attributes are health data. These
checks turn a malformed body into a clear refusal before anything else reads it, and
:func:`summarize` picks out only what identifies a request (id, type, intent name, locale).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_REQUIRED_REQUEST_FIELDS = ("type", "requestId", "timestamp")
_LOGGABLE = re.compile(r"[^A-Za-z0-9._:\-]")


class BadEnvelope(ValueError):
    """The body is not an Alexa request envelope; the message says why (no body content)."""


def parse_envelope(raw: bytes) -> dict[str, Any]:
    """Parse a request body into a JSON object that has a request type, id and timestamp.

    Raises BadEnvelope for an empty body, bytes that are not UTF-8 JSON, JSON that is not an
    object, an object without ``request.type``, ``request.requestId`` and
    ``request.timestamp``, or an IntentRequest without an intent name.
    """
    if not raw or not raw.strip():
        raise BadEnvelope("empty body")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadEnvelope("body is not UTF-8") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise BadEnvelope("body is not valid JSON") from None
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
        """``key=value`` pairs for a log line."""
        parts = [f"request_id={self.request_id}", f"type={self.request_type}"]
        if self.intent_name:
            parts.append(f"intent={self.intent_name}")
        if self.locale:
            parts.append(f"locale={self.locale}")
        return " ".join(parts)


def summarize(envelope: Mapping[str, Any]) -> RequestSummary:
    """The loggable identifiers of a parsed envelope, made safe for a one-line log."""
    request = envelope.get("request") or {}
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
