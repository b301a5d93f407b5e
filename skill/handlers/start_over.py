"""AMAZON.StartOverIntent: forget the answers and begin again, safety sentence first."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill import conversation, intents
from skill.reply import respond
from skill.turn import get_turn


class StartOverHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name(intents.START_OVER)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        turn.recovered = False
        return respond(handler_input, turn, conversation.start(turn, opening=[turn.phrase("start_over")]))
