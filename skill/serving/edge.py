"""One path for every Alexa request, web or Lambda: parse once, cheap checks first, invoke, one log line.

Why one path: the web service and the Lambda entry must refuse the same requests, answer a failure of
the skill with the same safe speech and log the same line. The body is parsed once into a dict
(:func:`~skill.serving.envelope.decode_body`; Lambda hands over a dict already), turned into the
SDK's ``RequestEnvelope`` from that dict, and checked in order of cost: the timestamp and the
application id before the signature, whose certificate may need a download. A request that fails a
check never reaches the skill.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model.request_envelope import RequestEnvelope

from skill.serving import logs
from skill.serving.envelope import BadEnvelope, RequestSummary, check_envelope, summarize, to_model
from skill.serving.fallback import fallback_response


class Refused(Exception):
    """A check refused the request; the message is safe to log (it never quotes the body)."""


class Headers(Protocol):
    """What a check reads from the HTTP headers (werkzeug's are case-insensitive; Lambda has none)."""

    def get(self, key: str) -> str | None: ...


#: A check sees the HTTP headers (empty for Lambda), the raw body (empty for Lambda) and the envelope.
Check = Callable[[Headers, bytes, RequestEnvelope], None]


@dataclass(frozen=True)
class Answer:
    """What to send back: an HTTP status and a JSON body (a response envelope or ``{"error": ...}``)."""

    status: int
    body: dict[str, Any]
    reason: str = ""


class Edge:
    """Runs one request through the checks and the skill, and logs it once."""

    def __init__(self, skill: CustomSkill, checks: Sequence[Check] = ()) -> None:
        self.skill = skill
        self.checks = tuple(checks)

    def answer(self, data: Any, raw: bytes, headers: Headers, started: float) -> Answer:
        """The answer for an already parsed body ``data`` (``raw`` is its bytes, for the signature)."""
        try:
            checked = check_envelope(data)
        except BadEnvelope as problem:
            return refuse(summarize(data), started, "malformed request", str(problem))
        summary = summarize(checked)
        try:
            envelope = to_model(self.skill.serializer, checked)
        except Exception as error:  # the SDK's reader raises several types for content it cannot read
            return refuse(summary, started, "malformed request", f"ask-sdk could not read it ({type(error).__name__})")
        for check in self.checks:
            try:
                check(headers, raw, envelope)
            except Refused as refusal:
                return refuse(summary, started, "request failed verification", str(refusal))
            except Exception as error:  # a library under a check failed in a way it does not document
                reason = f"{type(error).__name__} while verifying"
                return refuse(summary, started, "request failed verification", reason)
        return self._invoke(summary, envelope, started)

    def _invoke(self, summary: RequestSummary, envelope: RequestEnvelope, started: float) -> Answer:
        try:
            response = self.skill.invoke(request_envelope=envelope, context=None)
            body = self.skill.serializer.serialize(response)
        except Exception as error:  # the skill's own exception handler missed it: still answer safely
            return self._fail(summary, started, error)
        if not isinstance(body, dict):  # the SDK serialises a ResponseEnvelope to a dict; anything else is a bug
            return self._fail(summary, started, TypeError())
        logs.log_request(summary, 200, started, "served")
        return Answer(200, body)

    def _fail(self, summary: RequestSummary, started: float, error: Exception) -> Answer:
        outcome = f"fallback: skill failed ({type(error).__name__})"
        logs.log_request(summary, 200, started, outcome, logging.ERROR)
        return Answer(200, fallback_response(summary.request_type, summary.locale), outcome)


def refuse(summary: RequestSummary, started: float, public: str, reason: str, status: int = 400) -> Answer:
    """A refusal: logged once at WARNING with its reason, answered with only the public words."""
    logs.log_request(summary, status, started, f"refused: {reason}", logging.WARNING)
    return Answer(status, {"error": public}, reason)
