"""Answers to the current question: yes, no, "I don't know", and AnswerIntent's slots.

A bare yes or no answers the pending yes/no question (or a choice whose value lists "yes"/"no"
as a synonym, like "none of those"); anything that doesn't fit counts as a miss. AnswerIntent
fills every fact its slots carry, so over-answering moves the interview on several steps.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from kb import UNKNOWN, Question
from skill import conversation, intents
from skill.reply import respond
from skill.session import INTERVIEW
from skill.slots import read_slots
from skill.turn import Turn, get_turn, phase_is


class YesNoHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return phase_is(handler_input, INTERVIEW) and (
            is_intent_name(intents.YES)(handler_input) or is_intent_name(intents.NO)(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        question = turn.question
        if question is None:
            return respond(handler_input, turn, conversation.start(turn))
        said = "yes" if is_intent_name(intents.YES)(handler_input) else "no"
        value = _yes_no_value(question, said)
        reply = conversation.answer(turn, {question.id: value}) if value else conversation.miss(turn)
        return respond(handler_input, turn, reply)


class DontKnowHandler(AbstractRequestHandler):
    """ "I don't know" is always a valid answer; the knowledge base decides how cautious to be."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return phase_is(handler_input, INTERVIEW) and is_intent_name(intents.DONT_KNOW)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = get_turn(handler_input)
        question = turn.question
        if question is None:
            return respond(handler_input, turn, conversation.start(turn))
        return respond(handler_input, turn, conversation.answer(turn, {question.id: UNKNOWN}))


class AnswerHandler(AbstractRequestHandler):
    """Any AnswerIntent: in the interview, or after the advice when the person adds a symptom."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name(intents.ANSWER)(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return answer_slots(handler_input, get_turn(handler_input))


def answer_slots(handler_input: HandlerInput, turn: Turn) -> Response:
    """Fill the facts the slots carry; if none fit, it's a miss for the pending question."""
    heard = read_slots(handler_input.request_envelope.request.intent, turn.kb, pending=turn.question)
    if not turn.state.started:
        # A one-shot start can arrive as AnswerIntent ("tell knee pain guide my calf is swollen"):
        # its facts count from the first word, so a volunteered red flag fires at once.
        return respond(handler_input, turn, conversation.start(turn, facts=heard.facts))
    if heard.facts:
        return respond(handler_input, turn, conversation.answer(turn, heard.facts))
    if turn.state.phase != INTERVIEW:
        return respond(handler_input, turn, conversation.tips_unclear(turn))
    return respond(handler_input, turn, conversation.miss(turn))


def _yes_no_value(question: Question, said: str) -> str | None:
    if question.answer_type == "yes_no":
        return said
    if question.answer_type == "choice" and not question.multiple:
        for value in question.values:
            if said in (s.lower() for s in value.synonyms):
                return value.id
    return None
