"""Any other request type (system events, display callbacks): acknowledged with no speech.

Last of the request handlers, so nothing Alexa sends ends in "no handler found". The session
carries on with only the skill's own record, and only if it is the size of one the skill writes:
the SDK echoes session attributes into the response, and anything else in them came from outside
(a 30 KB attribute would push the response past Alexa's 24 KB limit).
"""

from __future__ import annotations

import json
import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill import session

LOG = logging.getLogger("skill")
MAX_RECORD_CHARS = 4096  # a record with every question answered is well under 2,000


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
        if handler_input.request_envelope.session is not None:
            attributes = handler_input.attributes_manager.session_attributes or {}
            own = attributes.get(session.KEY) if isinstance(attributes, dict) else None
            small = own is not None and len(json.dumps(own, default=str)) <= MAX_RECORD_CHARS
            handler_input.attributes_manager.session_attributes = {session.KEY: own} if small else {}
        return handler_input.response_builder.response
