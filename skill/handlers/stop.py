"""Stop, cancel, "go home": goodbye at once, saying where to get help if anything worrying was learned."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill import conversation, intents
from skill.reply import respond
from skill.turn import get_turn

_ENDING = (intents.STOP, intents.CANCEL, intents.NAVIGATE_HOME)


class StopHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _ENDING)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        return respond(handler_input, turn, conversation.stop(turn))
