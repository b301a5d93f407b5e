"""The tips phase: after the advice, "Would you like some home-care tips?" and "Want more?".

Registered before the interview's answer handlers, so a yes or no here means tips, not an
answer to a question.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill import conversation, intents
from skill.reply import respond
from skill.session import TIPS
from skill.turn import get_turn, phase_is


class TipsYesHandler(AbstractRequestHandler):
    """Yes: the next three tips, each with its caution."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return phase_is(handler_input, TIPS) and is_intent_name(intents.YES)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        return respond(handler_input, turn, conversation.tips(turn))


class TipsNoHandler(AbstractRequestHandler):
    """No: goodbye with the safety net."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return phase_is(handler_input, TIPS) and is_intent_name(intents.NO)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        return respond(handler_input, turn, conversation.goodbye(turn))
