"""LaunchRequest: "Alexa, open knee pain guide"."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill import conversation
from skill.reply import respond
from skill.turn import get_turn


class LaunchHandler(AbstractRequestHandler):
    """Safety sentence, not-a-doctor framing, then the first red-flag screen."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        return respond(handler_input, turn, conversation.start(turn))
