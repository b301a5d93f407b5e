"""The shared path of every Alexa request, web or Lambda: cheap checks first, invoke, the safe answer, one log line.

Why shared: the web service and the Lambda entry must refuse the same requests, answer a failure of
the skill with the same safe speech and log the same line. :func:`served`, :func:`skill_failed` and
:func:`refuse` are those three endings, used by both. :class:`Edge` is the Lambda path: the event is
already a dict (nothing to parse), turned into the SDK's ``RequestEnvelope`` and checked (the
application id) before the skill sees it. The web path is flask-ask-sdk's SkillAdapter with the SDK's
verifiers (:mod:`skill.serving.adapter`), ending the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model.request_envelope import RequestEnvelope

from skill.serving import logs
from skill.serving.envelope import BadEnvelope, RequestSummary, summarize, to_model
from skill.serving.fallback import fallback_response


class Refused(Exception):
    """A check refused the request; the message is safe to log (it never quotes the body)."""


#: A check on the envelope of a Lambda event; raises Refused.
Check = Callable[[RequestEnvelope], None]


@dataclass(frozen=True)
class Answer:
    """What to send back: an HTTP status and a JSON body (a response envelope or ``{"error": ...}``)."""

    status: int
    body: dict[str, Any]
    reason: str = ""


class Edge:
    """Runs one Lambda event through the checks and the skill, and logs it once."""

    def __init__(self, skill: CustomSkill, checks: Sequence[Check] = ()) -> None:
        self.skill = skill
        self.checks = tuple(checks)

    def answer(self, data: Any, started: float) -> Answer:
        """The answer for an event ``data`` (already parsed: Lambda hands over JSON's value)."""
        summary = summarize(data)
        try:
            envelope = to_model(self.skill.serializer, data)
        except BadEnvelope as problem:
            return refuse(summary, started, "malformed request", str(problem))
        for check in self.checks:
            try:
                check(envelope)
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
            return skill_failed(summary, started, error)
        return served(summary, started, body)


def served(summary: RequestSummary, started: float, body: Any) -> Answer:
    """The skill's response envelope, logged once; the safe answer if it is not one."""
    if not isinstance(body, dict):  # the SDK serialises a ResponseEnvelope to a dict; anything else is a bug
        return skill_failed(summary, started, TypeError())
    logs.log_request(summary, 200, started, "served")
    return Answer(200, body)


def skill_failed(summary: RequestSummary, started: float, error: Exception) -> Answer:
    """The safe spoken answer for a genuine request the skill failed on, logged by the error's type only."""
    outcome = f"fallback: skill failed ({type(error).__name__})"
    logs.log_request(summary, 200, started, outcome, logging.ERROR)
    return Answer(200, fallback_response(summary.request_type, summary.locale), outcome)


def refuse(summary: RequestSummary, started: float, public: str, reason: str, status: int = 400) -> Answer:
    """A refusal: logged once at WARNING with its reason, answered with only the public words."""
    logs.log_request(summary, status, started, f"refused: {reason}", logging.WARNING)
    return Answer(status, {"error": public}, reason)
