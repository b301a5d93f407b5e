"""The catch-all exception handler: a safe spoken message with the local emergency number.

Why it speaks the emergency line: whatever broke, the person may still be in danger, and
"something went wrong" alone would leave them with nothing. It logs the exception type, the
request id and the stack (frames only: an exception's message can quote an answer, which is
health data), and ends the session, dropping the session record.
"""

from __future__ import annotations

import logging
import traceback

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale
from ask_sdk_model import Response
from ask_sdk_model.ui import SsmlOutputSpeech

from skill.phrases import Phrases
from skill.speech import ssml

LOG = logging.getLogger("skill")


class CatchAllExceptionHandler(AbstractExceptionHandler):
    def __init__(self, phrases: Phrases) -> None:
        self.phrases = phrases

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        request = handler_input.request_envelope.request
        LOG.error(
            "skill error %s request_id=%s\n%s",
            type(exception).__name__,
            getattr(request, "request_id", "-"),
            "".join(traceback.format_tb(exception.__traceback__)).rstrip(),
        )
        try:
            locale = str(get_locale(handler_input))
        except Exception:  # a request without a locale still gets the en-US words
            locale = None
        if handler_input.request_envelope.session is not None:
            handler_input.attributes_manager.session_attributes = {}
        if request is not None and request.object_type == "SessionEndedRequest":
            return Response()  # no speech allowed there
        # A fresh response: the failed handler may have left a reprompt or card half-built.
        speech = SsmlOutputSpeech(ssml=ssml(self.phrases.phrase("error", locale)))
        return Response(output_speech=speech, should_end_session=True)
