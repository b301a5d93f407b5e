"""Everything one request's handlers need, gathered once by the request interceptor.

Why an object in the request attributes: handlers stay small and never reach into session
attributes, locale lookups or the knowledge base on their own; ``can_handle`` checks read it
without side effects (the interceptor runs before any ``can_handle``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from kb import KnowledgeBase, LocalText, Question
from skill.phrases import Phrases
from skill.session import State

TURN_KEY = "knee_turn"


@dataclass
class Turn:
    kb: KnowledgeBase
    phrases: Phrases
    locale: str  # a locale the knowledge base knows (unknown ones become en-US)
    state: State
    recovered: bool = False  # the session record was unreadable and was replaced by a fresh one

    def phrase(self, key: str, **values: Any) -> str:
        """One of the skill's own phrases, in this locale."""
        return self.phrases.say(key, self.locale, **values)

    def say(self, text: LocalText | None, **values: Any) -> str:
        """A knowledge-base text, in this locale."""
        return self.kb.say(text, self.locale, **values)

    @property
    def question(self) -> Question | None:
        """The question waiting for an answer, if any."""
        return self.kb.questions.get(self.state.question or "")


def get_turn(handler_input: HandlerInput) -> Turn:
    turn = handler_input.attributes_manager.request_attributes.get(TURN_KEY)
    if not isinstance(turn, Turn):
        raise LookupError("no turn: the state interceptor did not run")
    return turn


def phase_is(handler_input: HandlerInput, phase: str) -> bool:
    """Pure check for can_handle: is the conversation in this phase?"""
    turn = handler_input.attributes_manager.request_attributes.get(TURN_KEY)
    return isinstance(turn, Turn) and turn.state.phase == phase
