"""Any other request type (system events, display callbacks): acknowledged with no speech.

Last of the request handlers, so nothing Alexa sends ends in "no handler found".
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

LOG = logging.getLogger("skill")


class UnhandledRequestHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        LOG.debug(
            "unhandled request id=%s type=%s",
            getattr(request, "request_id", "-"),
            getattr(request, "object_type", None),
        )
        return handler_input.response_builder.response
