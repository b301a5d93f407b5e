"""AMAZON.RepeatIntent: the last thing said, exactly (kept in the session record)."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill import conversation, intents
from skill.reply import respond
from skill.turn import get_turn


class RepeatHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name(intents.REPEAT)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        return respond(handler_input, turn, conversation.repeat_reply(turn))
