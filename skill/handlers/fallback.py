"""AMAZON.FallbackIntent, and any intent this skill doesn't know (or one that fits no phase, like
"I don't know" to the offer of tips): say so and restate the choices.

Counts toward the no-match logic: a second miss on the same question is taken as "I don't know".
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill import conversation
from skill.reply import respond
from skill.session import TIPS
from skill.turn import get_turn


class FallbackHandler(AbstractRequestHandler):
    """Registered after every specific intent handler: it takes any IntentRequest left over."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        if turn.state.phase == TIPS:
            return respond(handler_input, turn, conversation.tips_unclear(turn))
        if not turn.state.started:
            return respond(handler_input, turn, conversation.start(turn))
        return respond(handler_input, turn, conversation.miss(turn, kind="fallback"))
