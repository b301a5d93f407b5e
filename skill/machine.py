"""The conversation as a state machine: named modes (``skill.session.Mode``), event kinds
(``skill.intents.Kind``) and ONE routing table, ``ROUTES``, from (mode, kind) to a transition.

Why a table: "what happens when the person says no while a question is pending" is the row
``(ASKING, NO)``, found by reading, not by following handler registration order. Transitions are
the only code that produces a next ``State`` (it is frozen; the handler stores what ``run`` returns,
in one place); the words come from ``skill.compose``. Every turn asks the engine once per set of
facts (``Context.evaluate``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ask_sdk_model import Intent

from kb import UNCLEAR, UNKNOWN, Question
from skill import compose
from skill.context import Context
from skill.intents import Kind
from skill.reply import Reply
from skill.session import FRESH, Echo, Mode, State, reconcile
from skill.slots import read_slots


@dataclass(frozen=True)
class Event:
    """What arrived this turn: its kind and, for answers, the intent whose slots may carry facts."""

    kind: Kind
    intent: Intent | None = None


@dataclass(frozen=True)
class Step:
    """A transition's result: the state to keep and what to say."""

    state: State
    reply: Reply


Transition = Callable[[Context, State, Event], Step]


def run(ctx: Context, state: State, event: Event) -> Step:
    """One turn: make the state agree with its facts, then follow the table."""
    if event.kind == Kind.LAUNCH:
        state = FRESH  # a launch always starts clean, whatever the record says
    state = reconcile(state, ctx.evaluate(state.facts))
    return ROUTES[state.mode, event.kind](ctx, state, event)


# --- starting -------------------------------------------------------------------------------


def start(
    ctx: Context,
    state: State,
    event: Event,
    facts: Mapping[str, Any] | None = None,
    opening: Sequence[str] = (),
    apologise: bool = True,
) -> Step:
    """A fresh interview: safety sentence, framing, then the first question (or a red flag at once).
    When the session record was lost on the way, it first says so (``apologise``)."""
    before = list(opening)
    if ctx.recovered and apologise:
        before.insert(0, ctx.phrase("lost_track"))
    return advance(ctx, FRESH.but(facts=dict(facts or {})), [*before, *compose.intro(ctx)])


def start_over(ctx: Context, state: State, event: Event) -> Step:
    return start(ctx, state, event, opening=[ctx.phrase("start_over")], apologise=False)


def start_with_help(ctx: Context, state: State, event: Event) -> Step:
    return start(ctx, state, event, opening=[ctx.phrase("help")])


def start_with_answer(ctx: Context, state: State, event: Event) -> Step:
    """A one-shot start ("tell knee pain guide my calf is swollen"): its facts count from the first
    word, so a volunteered red flag fires at once."""
    return start(ctx, state, event, facts=read_slots(event.intent, ctx.kb).facts)


# --- answering ------------------------------------------------------------------------------


def advance(ctx: Context, state: State, before: Sequence[str]) -> Step:
    """After the facts changed: an emergency, the next question, or the advice."""
    evaluation = ctx.evaluate(state.facts)
    facts = evaluation.facts
    if evaluation.assessment.emergency:
        return Step(State(facts=facts, mode=Mode.DONE), compose.emergency(ctx, evaluation))
    asked = evaluation.question
    if asked is not None:
        misses = state.misses if state.question == asked.id else 0
        after = State(facts=facts, mode=Mode.ASKING, question=asked.id, misses=misses)
        return Step(after, compose.question(ctx, asked, evaluation, before))
    offer = bool(evaluation.assessment.tips)
    after = State(facts=facts, mode=Mode.OFFERING_TIPS if offer else Mode.DONE)
    return Step(after, compose.advice(ctx, evaluation, offer_tips=offer, before=before))


def answer(ctx: Context, state: State, facts: Mapping[str, Any]) -> Step:
    """Take new facts (one answer or several volunteered at once) and move on.

    Facts already known teach nothing: if they are all the person said and the question is still
    open, it counts as a miss, so the same question can never be asked for ever."""
    asked = state.question
    news = {name: value for name, value in facts.items() if state.facts.get(name) != value}
    if not news and asked is not None and asked not in facts:
        return miss(ctx, state, Echo.NO_MATCH)
    still_open = asked is not None and asked not in facts
    merged = state.but(facts={**state.facts, **facts})
    return advance(ctx, merged, [ctx.phrase("noted")] if still_open else [])


def miss(ctx: Context, state: State, echo: Echo) -> Step:
    """The answer to the pending question was not understood: restate the choices, and after
    ``policy.misses_before_unknown`` misses take it as "I don't know" (kb decision misheard_answers)."""
    asked = _pending(ctx, state)
    misses = state.misses + 1
    if misses >= ctx.kb.policy.misses_before_unknown:
        # A misheard red-flag screen is "unclear", never a fact (kb decision unclear_is_not_a_fact).
        value = UNCLEAR if asked.phase == "red_flag" else UNKNOWN
        return advance(ctx, state.but(facts={**state.facts, asked.id: value}), [ctx.phrase("move_on")])
    evaluation = ctx.evaluate(state.facts)
    return Step(state.but(misses=misses, echo=echo), compose.not_understood(ctx, asked, evaluation, echo))


def yes_or_no(ctx: Context, state: State, event: Event) -> Step:
    """A bare yes or no answers a yes/no question, or a choice whose value lists it as a synonym
    ("none of those"); otherwise it is a miss."""
    value = _yes_no_value(_pending(ctx, state), "yes" if event.kind == Kind.YES else "no")
    return answer(ctx, state, {state.question or "": value}) if value else miss(ctx, state, Echo.NO_MATCH)


def dont_know(ctx: Context, state: State, event: Event) -> Step:
    """ "I don't know" is always a valid answer; the knowledge base decides how cautious to be."""
    return answer(ctx, state, {_pending(ctx, state).id: UNKNOWN})


def answer_from_slots(ctx: Context, state: State, event: Event) -> Step:
    """Every fact the slots carry (over-answering moves on several steps); none is a miss."""
    heard = read_slots(event.intent, ctx.kb, pending=_pending(ctx, state))
    return answer(ctx, state, heard.facts) if heard.facts else miss(ctx, state, Echo.NO_MATCH)


def not_understood(ctx: Context, state: State, event: Event) -> Step:
    return miss(ctx, state, Echo.NOT_UNDERSTOOD)


def question_help(ctx: Context, state: State, event: Event) -> Step:
    asked = _pending(ctx, state)
    return Step(state.but(echo=Echo.HELP), compose.question_help(ctx, asked, ctx.evaluate(state.facts)))


def question_why(ctx: Context, state: State, event: Event) -> Step:
    asked = _pending(ctx, state)
    return Step(state.but(echo=Echo.WHY), compose.question_why(ctx, asked, ctx.evaluate(state.facts)))


def repeat_question(ctx: Context, state: State, event: Event) -> Step:
    """The pending prompt rendered again from the state (nothing said is stored)."""
    reply = compose.pending_question(ctx, _pending(ctx, state), ctx.evaluate(state.facts), state.echo)
    return Step(state, reply)


def stop_asking(ctx: Context, state: State, event: Event) -> Step:
    return Step(state.but(mode=Mode.DONE, question=None), compose.stop(ctx, ctx.evaluate(state.facts)))


# --- tips -----------------------------------------------------------------------------------


def next_tips(ctx: Context, state: State, event: Event) -> Step:
    """Yes to (more) tips: the next group, each with its caution."""
    evaluation = ctx.evaluate(state.facts)
    upto = min(state.tips_said + compose.TIPS_PER_GROUP, len(evaluation.assessment.tips))
    reply = compose.tips_group(ctx, evaluation, state.tips_said, upto)
    return Step(state.but(mode=Mode.DONE if reply.end else Mode.GIVING_TIPS, tips_said=upto), reply)


def goodbye(ctx: Context, state: State, event: Event) -> Step:
    """No to tips, or stop after the advice: the safety net again, goodbye, and the card."""
    return Step(state.but(mode=Mode.DONE), compose.goodbye(ctx, ctx.evaluate(state.facts), state.tips_said))


def tips_answer(ctx: Context, state: State, event: Event) -> Step:
    """After the advice, a symptom added ("my calf is swollen too") reopens the interview."""
    heard = read_slots(event.intent, ctx.kb)
    if heard.facts:
        return answer(ctx, state.but(tips_said=0), heard.facts)
    return tips_unclear(ctx, state, event)


def tips_unclear(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_unclear(ctx, state.tips_said))


def tips_help(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_help(ctx, state.tips_said))


def tips_why(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_why(ctx, ctx.evaluate(state.facts), state.tips_said))


def repeat_tips(ctx: Context, state: State, event: Event) -> Step:
    """The advice and offer, or the last group of tips, rendered again from the state."""
    evaluation = ctx.evaluate(state.facts)
    if state.tips_said == 0:
        return Step(state, compose.advice(ctx, evaluation, offer_tips=True))
    first = (state.tips_said - 1) // compose.TIPS_PER_GROUP * compose.TIPS_PER_GROUP
    return Step(state, compose.tips_group(ctx, evaluation, first, state.tips_said))


# --- emergency ------------------------------------------------------------------------------


def emergency(ctx: Context, state: State, event: Event) -> Step:
    """Facts that hold an emergency allow one turn: its advice."""
    return advance(ctx, state, [])


# --- the routing table ----------------------------------------------------------------------
# (mode, event kind) -> transition. Before the interview and after it, anything starts it (except
# help, stop and a one-shot answer); both tip modes share their rows (yes: more tips, no: goodbye);
# in EMERGENCY every event gets the emergency's advice. ASKING is spelled out row by row.

_ALWAYS: dict[Kind, Transition] = {Kind.LAUNCH: start, Kind.START_OVER: start_over}

_NOT_STARTED: dict[Kind, Transition] = {
    **{kind: start for kind in Kind},
    **_ALWAYS,
    Kind.ANSWER: start_with_answer,
    Kind.HELP: start_with_help,
    Kind.STOP: stop_asking,
}

_OFFERING: dict[Kind, Transition] = {
    **_ALWAYS,
    Kind.YES: next_tips,
    Kind.NO: goodbye,
    Kind.DONT_KNOW: tips_unclear,
    Kind.ANSWER: tips_answer,
    Kind.HELP: tips_help,
    Kind.WHY: tips_why,
    Kind.REPEAT: repeat_tips,
    Kind.STOP: goodbye,
    Kind.OTHER: tips_unclear,
}

ROUTES: dict[tuple[Mode, Kind], Transition] = {
    **{(Mode.STARTING, kind): move for kind, move in _NOT_STARTED.items()},
    **{(Mode.DONE, kind): move for kind, move in _NOT_STARTED.items()},
    **{(Mode.OFFERING_TIPS, kind): move for kind, move in _OFFERING.items()},
    **{(Mode.GIVING_TIPS, kind): move for kind, move in _OFFERING.items()},
    **{(Mode.EMERGENCY, kind): emergency for kind in Kind},
    (Mode.ASKING, Kind.LAUNCH): start,
    (Mode.ASKING, Kind.START_OVER): start_over,
    (Mode.ASKING, Kind.YES): yes_or_no,
    (Mode.ASKING, Kind.NO): yes_or_no,
    (Mode.ASKING, Kind.DONT_KNOW): dont_know,
    (Mode.ASKING, Kind.ANSWER): answer_from_slots,
    (Mode.ASKING, Kind.HELP): question_help,
    (Mode.ASKING, Kind.WHY): question_why,
    (Mode.ASKING, Kind.REPEAT): repeat_question,
    (Mode.ASKING, Kind.STOP): stop_asking,
    (Mode.ASKING, Kind.OTHER): not_understood,
}


def _pending(ctx: Context, state: State) -> Question:
    """The pending question; ``reconcile`` guarantees one in ASKING mode, the only mode that asks."""
    question = ctx.kb.questions.get(state.question or "")
    if question is None:
        raise LookupError(f"mode {state.mode.value} has no pending question")
    return question


def _yes_no_value(question: Question, said: str) -> str | None:
    if question.answer_type == "yes_no":
        return said
    if question.answer_type == "choice" and not question.multiple:
        for value in question.values:
            if said in (s.lower() for s in value.synonyms):
                return value.id
    return None
