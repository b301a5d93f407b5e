"""flask-ask-sdk's SkillAdapter, with our body limit, clean refusals, the safe answer and one log line.

Why a subclass and a serializer, and not the stock ``dispatch_request``: the stock view reads the body
with no limit on a chunked one, answers content ask-sdk cannot read (and any verifier's undocumented
error) with HTTP 500, answers a failure of the skill with HTTP 500 (Alexa then says only that the
skill had a problem, with no emergency line) and logs verification failures with their traceback.
Everything between is the SDK's own: ``WebserviceSkillHandler`` deserialises the body once, runs the
verifiers in order and invokes the skill.

- :class:`EnvelopeReader` is the skill's serializer. It parses a request body once (the SDK calls it
  with the body's text), records the loggable identifiers, checks the envelope's shape and raises the
  SDK's ``VerificationException`` for anything it cannot read, so a bad body is refused like a bad
  signature.
- :class:`VerificationPassed` is the last verifier: the request passed every check before it. That is
  how the view tells a refusal (HTTP 400) from a failure of the skill (the safe spoken answer),
  whatever exception a library raised.
- :class:`AlexaSkillAdapter.dispatch_request` reads the body within ``MAX_REQUEST_BYTES`` before the
  SDK sees it, and ends every request through :mod:`skill.serving.edge` (the line Lambda logs too).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_webservice_support.verifier import AbstractVerifier, VerificationException
from flask import Response, jsonify, request
from flask_ask_sdk.skill_adapter import SkillAdapter

from skill.serving.body import BodyTimeout, BodyTooLarge, read_body
from skill.serving.edge import Answer, refuse, served, skill_failed
from skill.serving.envelope import (
    UNKNOWN,
    BadEnvelope,
    RequestSummary,
    body_text,
    decode_text,
    summarize,
    to_model,
)


@dataclass
class RequestRecord:
    """What the SDK's components learnt about the request in flight, for its answer and its log line."""

    summary: RequestSummary = UNKNOWN
    verified: bool = False


#: The request in flight in this thread (gunicorn's threaded worker runs one request per thread).
_CURRENT: ContextVar[RequestRecord | None] = ContextVar("alexa_request", default=None)


class UnreadableRequest(VerificationException):
    """The body is not an Alexa request envelope ask-sdk can read; the message never quotes it."""


class EnvelopeReader(DefaultSerializer):
    """The SDK's serializer, reading request bodies once and refusing what it cannot read."""

    def deserialize(self, payload: Any, obj_type: Any) -> Any:
        if obj_type is not RequestEnvelope or not isinstance(payload, str):
            return super().deserialize(payload, obj_type)  # Alexa API answers: the SDK's way
        try:
            data = decode_text(payload)
            record = _CURRENT.get()
            if record is not None:
                record.summary = summarize(data)
            return to_model(self, data)
        except BadEnvelope as problem:
            raise UnreadableRequest(str(problem)) from None


class VerificationPassed(AbstractVerifier):
    """Runs after every other verifier and records that the request passed them all."""

    def verify(
        self, headers: Mapping[str, Any], serialized_request_env: str, deserialized_request_env: RequestEnvelope
    ) -> None:
        record = _CURRENT.get()
        if record is not None:
            record.verified = True


class AlexaSkillAdapter(SkillAdapter):  # type: ignore[misc]  # flask-ask-sdk ships no types
    """``POST /`` for Alexa: the body within its limit, the SDK's handler, and a clean ending for everything."""

    def __init__(self, *args: Any, max_request_bytes: int, **kwargs: Any) -> None:
        self._max_request_bytes = max_request_bytes
        super().__init__(*args, **kwargs)

    def dispatch_request(self) -> tuple[Response, int]:
        started = time.perf_counter()
        record = RequestRecord()
        token = _CURRENT.set(record)
        try:
            answer = self._answer(record, started)
        finally:
            _CURRENT.reset(token)
        return jsonify(answer.body), answer.status

    def _answer(self, record: RequestRecord, started: float) -> Answer:
        limit = self._max_request_bytes
        try:
            text = body_text(read_body(request.environ, request.content_length, limit))
        except BodyTooLarge:
            return refuse(UNKNOWN, started, "request too large", f"body over {limit} bytes", status=413)
        except BodyTimeout:
            return refuse(UNKNOWN, started, "request timeout", "client stopped sending its body", status=408)
        except BadEnvelope as problem:
            return refuse(UNKNOWN, started, "malformed request", str(problem))
        try:
            body = self._webservice_handler.verify_request_and_dispatch(
                http_request_headers=request.headers, http_request_body=text
            )
        except Exception as error:  # every failure ends cleanly: a refusal, or the safe answer
            return _after_failure(record, started, error)
        return served(record.summary, started, body)


def _after_failure(record: RequestRecord, started: float, error: Exception) -> Answer:
    """HTTP 400 when the request was not yet verified (whatever raised); else the safe spoken answer."""
    if record.verified:
        return skill_failed(record.summary, started, error)
    if isinstance(error, UnreadableRequest):
        return refuse(record.summary, started, "malformed request", _message(error))
    if isinstance(error, VerificationException):
        return refuse(record.summary, started, "request failed verification", _message(error))
    return refuse(record.summary, started, "request failed verification", f"{type(error).__name__} while verifying")


def _message(error: Exception) -> str:
    """The SDK's own words (its exceptions carry the cause as a second argument, not for the log)."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, str) and first else type(error).__name__
