"""Cross-cutting work for every request: the turn (locale, kb, session state) and the request log.

Why interceptors: loading and saving the state, picking the locale and logging are the same for
every handler, so no handler does them. The request interceptors run before any ``can_handle``,
so handlers can check the conversation phase without side effects.

Logs carry the request id, type, intent name, locale and timing, never slot values, answers or
facts: those are health data and must not leave the session.
"""

from __future__ import annotations

import logging
import time

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale, is_request_type
from ask_sdk_model import IntentRequest, Response

from kb import KnowledgeBase
from skill import session
from skill.phrases import Phrases
from skill.session import State
from skill.turn import TURN_KEY, Turn

LOG = logging.getLogger("skill")
_STARTED_KEY = "knee_started"


class TurnInterceptor(AbstractRequestInterceptor):
    """Resolve the locale and load the session state into a Turn for the handlers."""

    def __init__(self, kb: KnowledgeBase, phrases: Phrases) -> None:
        self.kb, self.phrases = kb, phrases

    def process(self, handler_input: HandlerInput) -> None:
        locale = self.kb.locale(get_locale(handler_input)).id
        if is_request_type("LaunchRequest")(handler_input) or handler_input.request_envelope.session is None:
            state, recovered = State(), False  # a launch always starts clean
        else:
            attributes = handler_input.attributes_manager.session_attributes
            state, recovered = session.load(attributes, self.kb)
            # Mid-session with no record at all: the state was lost on the way, say so.
            recovered = recovered or (not attributes and not handler_input.request_envelope.session.new)
        if recovered:
            LOG.warning("session record unreadable; starting fresh request_id=%s", _request_id(handler_input))
        handler_input.attributes_manager.request_attributes[TURN_KEY] = Turn(
            kb=self.kb, phrases=self.phrases, locale=locale, state=state, recovered=recovered
        )


class SaveStateInterceptor(AbstractResponseInterceptor):
    """Write the state back to the session attributes; clear them when the session ends, so
    answers travel no further than they must."""

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        if handler_input.request_envelope.session is None:
            return
        turn = handler_input.attributes_manager.request_attributes.get(TURN_KEY)
        ended = response is None or response.should_end_session is not False
        if ended or not isinstance(turn, Turn):
            handler_input.attributes_manager.session_attributes = {}
        else:
            handler_input.attributes_manager.session_attributes = session.dump(turn.state)


class RequestLogInterceptor(AbstractRequestInterceptor):
    """Log which request arrived (id, type, intent, locale): never its slots."""

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[_STARTED_KEY] = time.perf_counter()
        request = handler_input.request_envelope.request
        intent = request.intent.name if isinstance(request, IntentRequest) and request.intent else "-"
        LOG.info(
            "request id=%s type=%s intent=%s locale=%s",
            _request_id(handler_input),
            request.object_type,
            intent,
            getattr(request, "locale", None),
        )


class ResponseLogInterceptor(AbstractResponseInterceptor):
    """Log how the request ended and how long the skill took."""

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        started = handler_input.attributes_manager.request_attributes.get(_STARTED_KEY, time.perf_counter())
        ended = response is None or response.should_end_session is not False
        LOG.info(
            "response id=%s end_session=%s ms=%.1f",
            _request_id(handler_input),
            ended,
            (time.perf_counter() - started) * 1000,
        )


def _request_id(handler_input: HandlerInput) -> str:
    request = handler_input.request_envelope.request
    return getattr(request, "request_id", None) or "-"
