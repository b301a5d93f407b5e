"""DescribePainIntent: the one-shot start ("ask knee pain guide why the back of my knee hurts",
"tell knee pain guide I have a lump behind my knee"), with whatever facts the utterance carries."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill import intents
from skill.handlers.answers import answer_slots
from skill.turn import get_turn


class DescribePainHandler(AbstractRequestHandler):
    """Start with the volunteered facts; mid-conversation, the same utterance is just an answer."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name(intents.DESCRIBE_PAIN)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        # The same as any answer: before the session started, the facts open the interview (a
        # volunteered red flag fires at once); afterwards, they answer.
        return answer_slots(handler_input, get_turn(handler_input))
