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
from dataclasses import dataclass, replace
from typing import Any

from ask_sdk_model import Intent

from kb import UNKNOWN, Question
from skill import compose
from skill.context import Context
from skill.intents import Kind
from skill.reply import Reply
from skill.session import FRESH, MAX_UNDO, RATES, Echo, Mode, State, reconcile
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
    When the session record was lost on the way, it first says so (``apologise``). How the person
    likes to be spoken to (the speech rate) carries over."""
    before = list(opening)
    if ctx.recovered and apologise:
        before.insert(0, ctx.phrase("lost_track"))
    fresh = FRESH.but(facts=dict(facts or {}), answered=(tuple(facts),) if facts else (), **state.kept())
    return advance(ctx, fresh, [*before, *compose.intro(ctx)])


def start_over(ctx: Context, state: State, event: Event) -> Step:
    return start(ctx, state, event, opening=[ctx.phrase("start_over")], apologise=False)


def start_with_help(ctx: Context, state: State, event: Event) -> Step:
    return start(ctx, state.but(helped=True), event, opening=[ctx.phrase("help")])


def start_with_answer(ctx: Context, state: State, event: Event) -> Step:
    """A one-shot start ("tell knee pain guide my calf is swollen"): its facts count from the first
    word, so a volunteered red flag fires at once."""
    return start(ctx, state, event, facts=_stored(ctx, None, read_slots(event.intent, ctx.kb).facts))


# --- answering ------------------------------------------------------------------------------


def advance(ctx: Context, state: State, before: Sequence[str]) -> Step:
    """After the facts changed: an emergency, the next question, or the advice."""
    evaluation = ctx.evaluate(state.facts)
    facts = evaluation.facts
    kept = state.but(facts=facts, misses=0, echo=Echo.ASK, question=None, tips_said=0)
    if evaluation.assessment.emergency:
        return Step(kept.but(mode=Mode.DONE), compose.emergency(ctx, evaluation))
    asked = evaluation.question
    if asked is not None:
        misses = state.misses if state.question == asked.id else 0
        after = kept.but(mode=Mode.ASKING, question=asked.id, misses=misses)
        return Step(after, compose.question(ctx, asked, evaluation, before))
    offer = bool(evaluation.assessment.tips)
    after = kept.but(mode=Mode.OFFERING_TIPS if offer else Mode.DONE)
    return Step(after, compose.advice(ctx, evaluation, offer_tips=offer, before=before, unclear=state.unclear))


def answer(ctx: Context, state: State, facts: Mapping[str, Any]) -> Step:
    """Take new facts (one answer or several volunteered at once) and move on.

    Facts already known teach nothing: if they are all the person said and the question is still
    open, it counts as a miss, so the same question can never be asked for ever."""
    asked = state.question
    news = {name: value for name, value in facts.items() if state.facts.get(name) != value}
    if not news and asked is not None and asked not in facts:
        return miss(ctx, state, Echo.NO_MATCH)
    still_open = asked is not None and asked not in facts
    merged = state.but(facts={**state.facts, **facts}, answered=_undoable(state, *news))
    return advance(ctx, merged, [ctx.phrase("noted")] if still_open else [])


def miss(ctx: Context, state: State, echo: Echo) -> Step:
    """The answer to the pending question was not understood, and a misheard answer is never a fact.

    The first miss asks again in the simplest form. A question that is not a red-flag screen is
    taken as "I don't know" after ``policy.misses_before_unknown`` misses (kb decision
    misheard_answers). A red-flag screen is never answered by mishearing: the second miss says it
    matters and asks for "yes, no, or I'm not sure"; after that it is left unclear (``mark_unclear``)
    and named in the advice, rather than firing an emergency the person never described."""
    asked = _pending(ctx, state)
    # "yes" to a choice question is half an answer: a first "Which one: ...?" costs no miss
    free = echo == Echo.WHICH and state.misses == 0 and state.echo != Echo.WHICH
    misses = state.misses if free else state.misses + 1
    screen = asked.phase == "red_flag"
    if screen and misses > ctx.kb.policy.misses_before_unknown:
        return advance(ctx, mark_unclear(ctx, state, asked), [ctx.phrase("unclear_moving_on")])
    if not screen and misses >= ctx.kb.policy.misses_before_unknown:
        unknown = state.but(facts={**state.facts, asked.id: UNKNOWN}, answered=_undoable(state, asked.id))
        return advance(ctx, unknown, [ctx.phrase("move_on")])
    if screen and misses == ctx.kb.policy.misses_before_unknown:
        echo = Echo.LAST_TRY
    evaluation = ctx.evaluate(state.facts)
    return Step(state.but(misses=misses, echo=echo), compose.not_understood(ctx, asked, evaluation, echo))


def mark_unclear(ctx: Context, state: State, screen: Question) -> State:
    """A red-flag screen the person could not get across: not asked again, not taken as yes, and
    remembered so the advice names it (``compose.unclear_lines``).

    SEAM(kb unclear): the knowledge base will gain a reserved fact value ("unclear") meaning just this.
    Until then the stand-in is the answer that neither fires the screen's red flag nor asks it again:
    "I don't know" where that fires nothing by itself (a gate such as the leg-signs question, whose
    "I don't know" opens each screen behind it, which then do the naming), else "no", remembered in
    ``State.unclear``. When kb has the value, store it here."""
    facts = {**state.facts, screen.id: UNKNOWN}
    if not ctx.evaluate(facts).assessment.emergency:
        return state.but(facts=facts, answered=_undoable(state, screen.id))  # the screens behind it ask
    facts[screen.id] = "no"
    return state.but(facts=facts, unclear=(*state.unclear, screen.id), answered=_undoable(state, screen.id))


def yes_or_no(ctx: Context, state: State, event: Event) -> Step:
    """A bare yes or no answers a yes/no question, or a choice whose value lists it as a synonym
    ("none of those"; kb data says where "no" is unambiguous). Otherwise yes or no to a choice
    question gets "Which one: ...?"."""
    asked = _pending(ctx, state)
    value = _yes_no_value(asked, "yes" if event.kind == Kind.YES else "no")
    if value:
        return answer(ctx, state, {asked.id: value})
    return miss(ctx, state, Echo.WHICH if asked.answer_type == "choice" else Echo.NO_MATCH)


def dont_know(ctx: Context, state: State, event: Event) -> Step:
    """ "I don't know" is always a valid answer; the knowledge base decides how cautious to be."""
    return answer(ctx, state, {_pending(ctx, state).id: UNKNOWN})


def answer_from_slots(ctx: Context, state: State, event: Event) -> Step:
    """Every fact the slots carry (over-answering moves on several steps); none is a miss."""
    asked = _pending(ctx, state)
    heard = _stored(ctx, asked, read_slots(event.intent, ctx.kb, pending=asked).facts)
    return answer(ctx, state, heard) if heard else miss(ctx, state, Echo.NO_MATCH)


def not_understood(ctx: Context, state: State, event: Event) -> Step:
    return miss(ctx, state, Echo.NOT_UNDERSTOOD)


def already_said(ctx: Context, state: State, event: Event) -> Step:
    """ "I already told you": take whatever the words carry; else apologise and ask again gently, in
    the simplest form. Not a miss: the person did answer, the skill did not hear it."""
    asked = _pending(ctx, state)
    heard = _stored(ctx, asked, read_slots(event.intent, ctx.kb, pending=asked).facts)
    if heard:
        return answer(ctx, state, heard)
    evaluation = ctx.evaluate(state.facts)
    said = [ctx.phrase("already_said"), *compose.simplest(ctx, asked)]
    return Step(state, Reply(speech=said, reprompt=compose.question_reprompt(ctx, asked, evaluation)))


def question_help(ctx: Context, state: State, event: Event) -> Step:
    asked = _pending(ctx, state)
    reply = compose.question_help(ctx, asked, ctx.evaluate(state.facts), first=not state.helped)
    return Step(state.but(echo=Echo.HELP if state.helped else Echo.FIRST_HELP, helped=True), reply)


def question_why(ctx: Context, state: State, event: Event) -> Step:
    asked = _pending(ctx, state)
    return Step(state.but(echo=Echo.WHY), compose.question_why(ctx, asked, ctx.evaluate(state.facts)))


def repeat_question(ctx: Context, state: State, event: Event) -> Step:
    """The pending prompt rendered again from the state (nothing said is stored). "What?" and
    "pardon" come here too: asking to hear it again is never a miss."""
    reply = compose.pending_question(ctx, _pending(ctx, state), ctx.evaluate(state.facts), state)
    return Step(state, reply)


def stop_asking(ctx: Context, state: State, event: Event) -> Step:
    return Step(state.but(mode=Mode.DONE, question=None), compose.stop(ctx, ctx.evaluate(state.facts)))


def go_back(ctx: Context, state: State, event: Event) -> Step:
    """ "Go back": the facts the last answer set are taken back, and the interview asks again from
    there (the engine asks that question next, as it did before)."""
    if not state.answered:
        return _say_then_repeat(ctx, state, event, ctx.phrase("nothing_to_undo"))
    undone = state.answered[-1]
    facts = {name: value for name, value in state.facts.items() if name not in undone}
    unclear = tuple(name for name in state.unclear if name not in undone)
    back = state.but(facts=facts, answered=state.answered[:-1], unclear=unclear, question=None)
    return advance(ctx, back, [ctx.phrase("going_back")])


# --- speech rate ----------------------------------------------------------------------------


def slower(ctx: Context, state: State, event: Event) -> Step:
    return _change_rate(ctx, state, event, -1)


def faster(ctx: Context, state: State, event: Event) -> Step:
    return _change_rate(ctx, state, event, +1)


def _change_rate(ctx: Context, state: State, event: Event, step: int) -> Step:
    """A new speech rate for everything that follows in the session, then the pending prompt again
    at that rate (the mode's own "repeat")."""
    rate = state.rate + step
    if state.echo == Echo.FIRST_HELP:
        state = state.but(echo=Echo.HELP)  # the preamble once is enough
    if not 0 <= rate < len(RATES):
        return _say_then_repeat(ctx, state, event, ctx.phrase("slowest" if step < 0 else "fastest"))
    return _say_then_repeat(ctx, state.but(rate=rate), event, ctx.phrase("slower" if step < 0 else "faster"))


def _say_then_repeat(ctx: Context, state: State, event: Event, said: str) -> Step:
    """One sentence, then what the mode would say on "repeat" (the pending question, the offer, or a
    fresh start). An emergency's advice is never preceded by anything."""
    step = ROUTES[state.mode, Kind.REPEAT](ctx, state, Event(Kind.REPEAT))
    if state.mode == Mode.EMERGENCY:
        return Step(step.state.but(rate=state.rate), step.reply)
    reply = replace(step.reply, speech=[said, *step.reply.speech])
    return Step(step.state.but(rate=state.rate), reply)


# --- tips -----------------------------------------------------------------------------------


def next_tips(ctx: Context, state: State, event: Event) -> Step:
    """Yes to (more) tips: the next group, each with its caution."""
    evaluation = ctx.evaluate(state.facts)
    groups = compose.tip_groups(ctx, evaluation)
    upto = next((end for first, end in groups if first >= state.tips_said), len(evaluation.assessment.tips))
    reply = compose.tips_group(ctx, evaluation, state.tips_said, upto, state.unclear)
    return Step(state.but(mode=Mode.DONE if reply.end else Mode.GIVING_TIPS, tips_said=upto), reply)


def goodbye(ctx: Context, state: State, event: Event) -> Step:
    """No to tips, or stop after the advice: the safety net again, goodbye, and the card."""
    reply = compose.goodbye(ctx, ctx.evaluate(state.facts), state.tips_said, unclear=state.unclear)
    return Step(state.but(mode=Mode.DONE), reply)


def tips_answer(ctx: Context, state: State, event: Event) -> Step:
    """After the advice, a symptom added ("my calf is swollen too") reopens the interview."""
    heard = _stored(ctx, None, read_slots(event.intent, ctx.kb).facts)
    if heard:
        return answer(ctx, state.but(tips_said=0), heard)
    return tips_unclear(ctx, state, event)


def tips_unclear(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_unclear(ctx, state.tips_said))


def tips_help(ctx: Context, state: State, event: Event) -> Step:
    return Step(state.but(helped=True), compose.tips_help(ctx, state.tips_said, first=not state.helped))


def tips_why(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_why(ctx, ctx.evaluate(state.facts), state.tips_said))


def repeat_tips(ctx: Context, state: State, event: Event) -> Step:
    """The advice and offer, or the last group of tips, rendered again from the state."""
    evaluation = ctx.evaluate(state.facts)
    if state.tips_said == 0:
        return Step(state, compose.advice(ctx, evaluation, offer_tips=True, unclear=state.unclear))
    first = next(start for start, end in compose.tip_groups(ctx, evaluation) if end >= state.tips_said)
    return Step(state, compose.tips_group(ctx, evaluation, first, state.tips_said, state.unclear))


# --- emergency ------------------------------------------------------------------------------


def emergency(ctx: Context, state: State, event: Event) -> Step:
    """Facts that hold an emergency allow one turn: its advice."""
    return advance(ctx, state, [])


# --- the routing table ----------------------------------------------------------------------
# (mode, event kind) -> transition. Before the interview and after it, anything starts it (except
# help, stop and a one-shot answer); both tip modes share their rows (yes: more tips, no: goodbye);
# in EMERGENCY every event gets the emergency's advice. ASKING is spelled out row by row.

_ALWAYS: dict[Kind, Transition] = {
    Kind.LAUNCH: start,
    Kind.START_OVER: start_over,
    Kind.SLOWER: slower,
    Kind.FASTER: faster,
}

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
    Kind.GO_BACK: go_back,
    Kind.ALREADY_SAID: tips_unclear,
    Kind.OTHER: tips_unclear,
}

ROUTES: dict[tuple[Mode, Kind], Transition] = {
    **{(Mode.STARTING, kind): move for kind, move in _NOT_STARTED.items()},
    **{(Mode.DONE, kind): move for kind, move in _NOT_STARTED.items()},
    **{(Mode.OFFERING_TIPS, kind): move for kind, move in _OFFERING.items()},
    **{(Mode.GIVING_TIPS, kind): move for kind, move in _OFFERING.items()},
    **{(Mode.EMERGENCY, kind): emergency for kind in Kind},
    (Mode.EMERGENCY, Kind.SLOWER): slower,
    (Mode.EMERGENCY, Kind.FASTER): faster,
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
    (Mode.ASKING, Kind.GO_BACK): go_back,
    (Mode.ASKING, Kind.ALREADY_SAID): already_said,
    (Mode.ASKING, Kind.SLOWER): slower,
    (Mode.ASKING, Kind.FASTER): faster,
    (Mode.ASKING, Kind.OTHER): not_understood,
}


def _pending(ctx: Context, state: State) -> Question:
    """The pending question; ``reconcile`` guarantees one in ASKING mode, the only mode that asks."""
    question = ctx.kb.questions.get(state.question or "")
    if question is None:
        raise LookupError(f"mode {state.mode.value} has no pending question")
    return question


def _undoable(state: State, *names: str) -> tuple[tuple[str, ...], ...]:
    """The answer history with one more answer (the facts it set), for "go back"."""
    return (*state.answered, tuple(names))[-MAX_UNDO:]


def _stored(ctx: Context, pending: Question | None, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts worth storing from an answer. A "none of those" value (one whose synonyms include a
    bare no) answers only its own question when that is the one asked: said to any other question
    ("none of those" to a yes/no screen) it is a non-answer, never a stored fact."""
    return {
        name: value
        for name, value in facts.items()
        if (pending is not None and name == pending.id) or not _is_none_value(ctx.kb.questions.get(name), value)
    }


def _is_none_value(question: Question | None, value: Any) -> bool:
    if question is None or question.answer_type != "choice":
        return False
    ids = value if isinstance(value, list) else [value]
    negative = {v.id for v in question.values if {"no", "none"} & {s.lower() for s in v.synonyms}}
    return bool(set(ids) & negative)


def _yes_no_value(question: Question, said: str) -> str | None:
    if question.answer_type == "yes_no":
        return said
    if question.answer_type == "choice" and not question.multiple:
        for value in question.values:
            if said in (s.lower() for s in value.synonyms):
                return value.id
    return None
