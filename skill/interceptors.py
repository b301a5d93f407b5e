"""Cross-cutting work for every request: the request log.

Why interceptors: logging is the same for every handler, so no handler does it.

Logs carry the request id, type, intent name, locale and timing, never slot values, answers or
facts: those are health data and must not leave the session.
"""

from __future__ import annotations

import logging
import time

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

LOG = logging.getLogger("skill")
_STARTED_KEY = "knee_started"


class RequestLogInterceptor(AbstractRequestInterceptor):
    """Log which request arrived (id, type, intent, locale): never its slots."""

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[_STARTED_KEY] = time.perf_counter()
        request = handler_input.request_envelope.request
        intent = request.intent.name if isinstance(request, IntentRequest) and request.intent else "-"
        LOG.info(
            "request id=%s type=%s intent=%s locale=%s",
            _request_id(handler_input),
            getattr(request, "object_type", None),
            intent,
            getattr(request, "locale", None),
        )


class ResponseLogInterceptor(AbstractResponseInterceptor):
    """Log how the request ended and how long the skill took."""

    def process(self, handler_input: HandlerInput, response: Response | None) -> None:
        started = handler_input.attributes_manager.request_attributes.get(_STARTED_KEY)
        started = started if isinstance(started, float) else time.perf_counter()
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
