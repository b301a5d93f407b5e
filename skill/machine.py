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

from ask_sdk_model import Intent, RequestEnvelope

from kb import UNCLEAR, UNKNOWN, Evaluation, Question, may_answer
from skill import compose, reminders
from skill.context import Context
from skill.intents import Kind
from skill.reply import Reply
from skill.session import FRESH, MAX_UNDO, RATES, Echo, Mode, State, advice_mode, reconcile
from skill.slots import read_slots, yes_no_value


@dataclass(frozen=True)
class Event:
    """What arrived this turn: its kind and, for answers, the intent whose slots may carry facts."""

    kind: Kind
    intent: Intent | None = None
    envelope: RequestEnvelope | None = None  # for the Alexa APIs (the reminder) and the permission answer


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
    if not _answerable(ctx, state, event):
        state = reconcile(state, _view(ctx, state))
    return ROUTES[state.mode, event.kind](ctx, state, event)


def _answerable(ctx: Context, state: State, event: Event) -> bool:
    """An answer to a pending question the facts allow: it can be taken without first re-deriving the
    question from the stored facts, so the turn evaluates only the new facts (one engine call)."""
    answering = event.kind in (Kind.ANSWER, Kind.YES, Kind.NO, Kind.DONT_KNOW)
    pending = state.question if state.mode == Mode.ASKING else None
    return answering and pending is not None and may_answer(ctx.kb, state.facts, pending)


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
    said = dict(facts or {})
    fresh = FRESH.but(facts=said, answered=(tuple(said),) if said else (), unasked=frozenset(said), **state.kept())
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
    evaluation = _view(ctx, state)
    facts = evaluation.facts
    kept = state.but(facts=facts, misses=0, echo=Echo.ASK, question=None, tips_said=0)
    if evaluation.assessment.emergency:
        return Step(kept.but(mode=Mode.DONE), compose.emergency(ctx, evaluation))
    asked = evaluation.question
    if asked is not None:
        misses = state.misses if state.question == asked.id else 0
        after = kept.but(mode=Mode.ASKING, question=asked.id, misses=misses)
        return Step(after, compose.question(ctx, asked, evaluation, before))
    mode = advice_mode(evaluation)
    offer = mode == Mode.OFFERING_TIPS
    remind_in = reminders.offer_days(evaluation.assessment) if mode == Mode.OFFERING_REMINDER else None
    return Step(kept.but(mode=mode), compose.advice(ctx, evaluation, offer, before, remind_in))


def answer(ctx: Context, state: State, facts: Mapping[str, Any]) -> Step:
    """Take new facts (one answer or several volunteered at once) and move on.

    Facts already known teach nothing: if they are all the person said and the question is still
    open, it counts as a miss, so the same question can never be asked for ever."""
    asked = state.question
    news = {name: value for name, value in facts.items() if state.facts.get(name) != value}
    if not news and asked is not None and asked not in facts:
        return miss(ctx, state, Echo.NO_MATCH)
    still_open = asked is not None and asked not in facts
    # A fact said unasked, not a correction of one the skill asked for earlier.
    unasked = state.unasked | {name for name in news if name != asked and name not in state.facts}
    merged = state.but(facts={**state.facts, **facts}, answered=_undoable(state, *news), unasked=unasked)
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
    evaluation = _view(ctx, state)
    return Step(state.but(misses=misses, echo=echo), compose.not_understood(ctx, asked, evaluation, echo))


def mark_unclear(ctx: Context, state: State, screen: Question) -> State:
    """A red-flag screen the person could not get across: stored as the kb's reserved value
    ``unclear`` (kb decision unclear_is_not_a_fact), so it is not asked again, not taken as yes, and
    the advice names it (``Assessment.unclear``)."""
    return state.but(facts={**state.facts, screen.id: UNCLEAR}, answered=_undoable(state, screen.id))


def yes_or_no(ctx: Context, state: State, event: Event) -> Step:
    """A bare yes or no answers a yes/no question, or a choice whose value lists it as a synonym
    ("none of those"; kb data says where "no" is unambiguous). Otherwise yes or no to a choice
    question gets "Which one: ...?"."""
    asked = _pending(ctx, state)
    value = yes_no_value(asked, "yes" if event.kind == Kind.YES else "no")
    if value:
        return answer(ctx, state, {asked.id: value})
    return miss(ctx, state, Echo.WHICH if asked.answer_type == "choice" else Echo.NO_MATCH)


def dont_know(ctx: Context, state: State, event: Event) -> Step:
    """ "I don't know" is always a valid answer; the knowledge base decides how cautious to be."""
    return answer(ctx, state, {_pending(ctx, state).id: UNKNOWN})


def answer_from_slots(ctx: Context, state: State, event: Event) -> Step:
    """Every fact the slots carry (over-answering moves on several steps, and free text is read by
    ``skill.understanding`` through the slot reader); none is a miss."""
    asked = _pending(ctx, state)
    read = read_slots(event.intent, ctx.kb, pending=asked, known=state.facts)
    heard = _stored(ctx, asked, read.facts)
    if heard:
        return answer(ctx, state, heard)
    # Words tried in a slot and not placed were not caught; only free text read as nothing (the
    # catch-all) is a request not understood, exactly as AMAZON.FallbackIntent is.
    return miss(ctx, state, Echo.NO_MATCH if read.missed or not read.free_text else Echo.NOT_UNDERSTOOD)


def not_understood(ctx: Context, state: State, event: Event) -> Step:
    return miss(ctx, state, Echo.NOT_UNDERSTOOD)


def already_said(ctx: Context, state: State, event: Event) -> Step:
    """ "I already told you": take whatever the words carry; else apologise and ask again gently, in
    the simplest form. Not a miss: the person did answer, the skill did not hear it."""
    asked = _pending(ctx, state)
    heard = _stored(ctx, asked, read_slots(event.intent, ctx.kb, pending=asked, known=state.facts).facts)
    if heard:
        return answer(ctx, state, heard)
    evaluation = _view(ctx, state)
    said = [ctx.phrase("already_said"), *compose.simplest(ctx, asked)]
    return Step(state, Reply(speech=said, reprompt=compose.question_reprompt(ctx, asked, evaluation)))


def question_help(ctx: Context, state: State, event: Event) -> Step:
    asked = _pending(ctx, state)
    reply = compose.question_help(ctx, asked, _view(ctx, state), first=not state.helped)
    return Step(state.but(echo=Echo.HELP if state.helped else Echo.FIRST_HELP, helped=True), reply)


def question_why(ctx: Context, state: State, event: Event) -> Step:
    asked = _pending(ctx, state)
    return Step(state.but(echo=Echo.WHY), compose.question_why(ctx, asked, _view(ctx, state)))


def repeat_question(ctx: Context, state: State, event: Event) -> Step:
    """The pending prompt rendered again from the state (nothing said is stored). "What?" and
    "pardon" come here too: asking to hear it again is never a miss."""
    reply = compose.pending_question(ctx, _pending(ctx, state), _view(ctx, state), state)
    return Step(state, reply)


def stop_asking(ctx: Context, state: State, event: Event) -> Step:
    return Step(state.but(mode=Mode.DONE, question=None), compose.stop(ctx, _view(ctx, state)))


def go_back(ctx: Context, state: State, event: Event) -> Step:
    """ "Go back": the facts the last answer set are taken back, and the interview asks again from
    there (the engine asks that question next, as it did before)."""
    if not state.answered:
        return _say_then_repeat(ctx, state, event, ctx.phrase("nothing_to_undo"))
    undone = state.answered[-1]
    facts = {name: value for name, value in state.facts.items() if name not in undone}
    back = state.but(facts=facts, answered=state.answered[:-1], unasked=state.unasked & set(facts), question=None)
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
    """Yes to (more) tips: the next group, each with its caution; after the last, the reminder offer."""
    evaluation = _view(ctx, state)
    groups = compose.tip_groups(ctx, evaluation)
    upto = next((end for first, end in groups if first >= state.tips_said), len(evaluation.assessment.tips))
    remind_in = reminders.offer_days(evaluation.assessment)
    reply = compose.tips_group(ctx, evaluation, state.tips_said, upto, remind_in)
    mode = Mode.GIVING_TIPS if upto < len(evaluation.assessment.tips) else Mode.OFFERING_REMINDER
    return Step(state.but(mode=Mode.DONE if reply.end else mode, tips_said=upto), reply)


def goodbye(ctx: Context, state: State, event: Event) -> Step:
    """No to tips, or stop after the advice: the safety net again, goodbye, and the card."""
    return Step(state.but(mode=Mode.DONE), compose.goodbye(ctx, _view(ctx, state), state.tips_said))


def tips_answer(ctx: Context, state: State, event: Event) -> Step:
    return _reopen(ctx, state, event, tips_unclear)


def _reopen(ctx: Context, state: State, event: Event, otherwise: Transition) -> Step:
    """After the advice, a symptom added ("my calf is swollen too") reopens the interview; words that
    add nothing are answered as ``otherwise`` answers them."""
    heard = _stored(ctx, None, read_slots(event.intent, ctx.kb).facts)
    if heard:
        return answer(ctx, state.but(tips_said=0), heard)
    return otherwise(ctx, state, event)


def tips_unclear(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_unclear(ctx, state.tips_said))


def tips_help(ctx: Context, state: State, event: Event) -> Step:
    return Step(state.but(helped=True), compose.tips_help(ctx, state.tips_said, first=not state.helped))


def tips_why(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.tips_why(ctx, _view(ctx, state), state.tips_said))


def repeat_tips(ctx: Context, state: State, event: Event) -> Step:
    """The advice and offer, or the last group of tips, rendered again from the state."""
    evaluation = _view(ctx, state)
    if state.tips_said == 0:
        return Step(state, compose.advice(ctx, evaluation, offer_tips=True))
    first = next(start for start, end in compose.tip_groups(ctx, evaluation) if end >= state.tips_said)
    return Step(state, compose.tips_group(ctx, evaluation, first, state.tips_said))


# --- the follow-up reminder ---------------------------------------------------------------
# Offered once, as the last question: after the advice, and after the tips when tips are offered.
# Last, because a yes may hand the turn to Alexa's own permission dialog, after which only a
# goodbye can follow; and after the tips, so that each turn asks one thing and the tips (help now)
# come before the reminder (help later). Every ending here closes with the advice's safety net.


def no_tips(ctx: Context, state: State, event: Event) -> Step:
    """No to (more) tips: the reminder offer when the advice allows one, else goodbye."""
    remind_in = reminders.offer_days(_view(ctx, state).assessment)
    if remind_in is None:
        return goodbye(ctx, state, event)
    return Step(state.but(mode=Mode.OFFERING_REMINDER), compose.reminder_offer(ctx, remind_in))


def remind(ctx: Context, state: State, event: Event) -> Step:
    """Yes to the reminder: create it; without the permission, hand over to Alexa's permission question."""
    evaluation = _view(ctx, state)
    days = _remind_in(evaluation)
    created = reminders.set_reminder(event.envelope, days, ctx.locale, ctx.phrase("reminder_text"))
    if created.outcome is reminders.Outcome.NO_PERMISSION:
        offer = reminders.Pending(evaluation.assessment.disposition.id, days)
        return Step(State(mode=Mode.DONE), compose.permission_ask(ctx, reminders.permission_request(offer)))
    said = compose.reminder_words(ctx, created.outcome.value, days=days)
    return Step(state.but(mode=Mode.DONE), compose.goodbye(ctx, evaluation, state.tips_said, [said]))


def no_reminder(ctx: Context, state: State, event: Event) -> Step:
    said = compose.reminder_words(ctx, "declined")
    return Step(
        state.but(mode=Mode.DONE),
        compose.goodbye(ctx, _view(ctx, state), state.tips_said, [said]),
    )


def reminder_answer(ctx: Context, state: State, event: Event) -> Step:
    return _reopen(ctx, state, event, reminder_unclear)


def reminder_unclear(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.reminder_unclear(ctx, _remind_in(_view(ctx, state))))


def reminder_help(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.reminder_help(ctx, _remind_in(_view(ctx, state))))


def reminder_why(ctx: Context, state: State, event: Event) -> Step:
    evaluation = _view(ctx, state)
    return Step(state, compose.reminder_why(ctx, evaluation, _remind_in(evaluation)))


def repeat_reminder(ctx: Context, state: State, event: Event) -> Step:
    return Step(state, compose.reminder_offer(ctx, _remind_in(_view(ctx, state))))


def permission_result(ctx: Context, state: State, event: Event) -> Step:
    """Alexa's answer to the permission question (Connections.Response), in whatever mode: the offer it
    answers travels in its token, so this turn needs no session record. Granted: create the reminder."""
    request = event.envelope.request if event.envelope is not None else None
    offer, answer = reminders.pending_of(request, ctx.kb), reminders.permission_answer(request)
    if offer is None or answer is None:  # not an answer to this skill's question
        return Step(State(mode=Mode.DONE), Reply(speech=[ctx.phrase("goodbye")], end=True))
    card = None
    if answer is reminders.PermissionAnswer.DENIED:
        said = compose.reminder_words(ctx, "permission_denied", days=offer.days)
    else:
        outcome = reminders.Outcome.NO_PERMISSION
        if answer is reminders.PermissionAnswer.GRANTED:
            outcome = reminders.set_reminder(
                event.envelope, offer.days, ctx.locale, ctx.phrase("reminder_text")
            ).outcome
        said = compose.reminder_words(ctx, outcome.value, days=offer.days)
        # Not answered (or no voice consent on this device), or refused by the API even so: the
        # consent card lets the person allow reminders in the Alexa app.
        card = reminders.consent_card() if outcome is reminders.Outcome.NO_PERMISSION else None
    disposition = ctx.kb.dispositions[offer.disposition]
    return Step(State(mode=Mode.DONE), compose.reminder_goodbye(ctx, disposition, offer.days, said, card))


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
    Kind.NO: no_tips,
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

_REMINDING: dict[Kind, Transition] = {
    **{kind: reminder_unclear for kind in Kind},
    **_ALWAYS,
    Kind.YES: remind,
    Kind.NO: no_reminder,
    Kind.ANSWER: reminder_answer,
    Kind.HELP: reminder_help,
    Kind.WHY: reminder_why,
    Kind.REPEAT: repeat_reminder,
    Kind.STOP: goodbye,
    Kind.GO_BACK: go_back,
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
    **{(Mode.OFFERING_REMINDER, kind): move for kind, move in _REMINDING.items()},
    # Alexa's answer to the permission question carries its own offer (the token): the same row in every mode.
    **{(mode, Kind.PERMISSION): permission_result for mode in Mode if mode != Mode.EMERGENCY},
}


def _remind_in(evaluation: Evaluation) -> int:
    """The days of the pending reminder offer; ``reconcile`` guarantees one in OFFERING_REMINDER mode."""
    days = reminders.offer_days(evaluation.assessment)
    if days is None:
        raise LookupError("this advice has no reminder to offer")
    return days


def _pending(ctx: Context, state: State) -> Question:
    """The pending question; ``reconcile`` guarantees one in ASKING mode, the only mode that asks."""
    question = ctx.kb.questions.get(state.question or "")
    if question is None:
        raise LookupError(f"mode {state.mode.value} has no pending question")
    return question


def _view(ctx: Context, state: State) -> Evaluation:
    """The engine's view of this state's facts, counting only the answers the person was asked for."""
    return ctx.evaluate(state.facts, state.unasked)


def _undoable(state: State, *names: str) -> tuple[tuple[str, ...], ...]:
    """The answer history with one more answer (the facts it set), for "go back"."""
    return (*state.answered, tuple(names))[-MAX_UNDO:]


def _stored(ctx: Context, pending: Question | None, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts worth storing from an answer. A "none of those" value (``Question.none_value``: the one a
    bare no names) answers only its own question when that is the one asked: said to any other question
    ("none of those" to a yes/no screen) it is a non-answer, never a stored fact."""
    return {
        name: value
        for name, value in facts.items()
        if (pending is not None and name == pending.id) or not _is_none_value(ctx.kb.questions.get(name), value)
    }


def _is_none_value(question: Question | None, value: Any) -> bool:
    none = question.none_value if question is not None else None
    return none is not None and none.id in (value if isinstance(value, list) else [value])
