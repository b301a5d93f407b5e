"""SessionEndedRequest: Alexa ended the session (silence, an error, the user left).

Alexa allows no speech here. Only the reason is logged (at debug: the edge logs the request);
the session record is dropped with the session.
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

LOG = logging.getLogger("skill")


class SessionEndedHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        reason = getattr(getattr(request, "reason", None), "value", None) or "-"
        error = getattr(getattr(request, "error", None), "object_type", None)
        LOG.debug(  # the edge logs the request itself; this adds the reason when debugging
            "session ended id=%s reason=%s error=%s",
            getattr(request, "request_id", "-"),
            reason,
            getattr(error, "value", error) or "-",
        )
        handler_input.attributes_manager.session_attributes = {}
        return handler_input.response_builder.response
