"""The conversation state: a small, versioned, JSON-only record kept in Alexa session attributes,
checked (not trusted) on every turn.

Why here and like this: the server keeps nothing (no health data at rest, any worker can take the
next turn), so everything the next turn needs travels in the session attributes. Those come back
from the device, so every turn they are checked twice: against the record's schema and the kb's
fact vocabulary (``load``) and against what the facts imply (``reconcile``), both with the turn's
one engine evaluation. A record that
cannot be read is replaced by a fresh one; a readable record whose mode or pending question
disagrees with its facts is rebuilt from the facts; facts holding an emergency leave one mode,
EMERGENCY, whose every turn is that emergency's advice. No speech is stored: "repeat" re-renders
from the state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from kb import Evaluation, FactsError, KnowledgeBase, check_facts
from skill.reminders import offer_days

VERSION = 4
KEY = "knee"  # the one session attribute this skill owns
MAX_COUNT = 1000
MAX_UNDO = 30  # answers "go back" can undo; older ones are forgotten
# Speech rates a listener can step through with "slower" / "faster" (SSML prosody percentages).
RATES = (70, 85, 100, 115)
NORMAL_RATE = RATES.index(100)


class Mode(Enum):
    """Where the conversation is; the routing table has one row per (mode, event kind)."""

    STARTING = "starting"  # nothing asked yet
    ASKING = "asking"  # a question is pending
    OFFERING_TIPS = "offering_tips"  # advice given; "would you like some tips?" pending
    GIVING_TIPS = "giving_tips"  # some tips said; "want more?" pending
    OFFERING_REMINDER = "offering_reminder"  # advice (and tips) said; "shall I remind you in N days?" pending
    DONE = "done"  # nothing pending (the session normally ends here)
    EMERGENCY = "emergency"  # the facts hold an emergency: every turn is its advice (never stored)


class Echo(Enum):
    """Which prompt was said last for the pending step, so "repeat" can render it again."""

    ASK = "ask"  # the question (or the offer) itself
    NO_MATCH = "no_match"  # the answer was not understood
    NOT_UNDERSTOOD = "not_understood"  # the request was not understood
    HELP = "help"  # help for the question
    FIRST_HELP = "first_help"  # the same, with the session's one general preamble
    WHY = "why"  # why the question is asked
    WHICH = "which"  # yes or no to a choice question: "Which one: ...?"
    LAST_TRY = "last_try"  # a red-flag screen missed twice: "say yes, no, or I'm not sure"


@dataclass(frozen=True)
class State:
    """What the next turn needs: facts so far, the mode, and the step pending in it."""

    facts: Mapping[str, Any] = field(default_factory=dict)
    mode: Mode = Mode.STARTING
    question: str | None = None  # id of the question waiting for an answer (ASKING only)
    misses: int = 0  # unmatched answers to that question so far
    tips_said: int = 0  # tips already read out
    echo: Echo = Echo.ASK
    rate: int = NORMAL_RATE  # index into RATES, kept for the whole session
    helped: bool = False  # the general help (and the speech-rate hint) was said once already
    answered: tuple[tuple[str, ...], ...] = ()  # facts each answer set, newest last: what "go back" undoes
    unasked: frozenset[str] = frozenset()  # facts said without being asked: they cost the person no answer

    @property
    def prosody_rate(self) -> int:
        """The speech rate as an SSML prosody percentage."""
        return RATES[self.rate]

    def but(self, **changes: Any) -> State:
        """A copy with some fields changed: transitions build the next state this way."""
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "v": VERSION,
            "facts": dict(self.facts),
            "mode": self.mode.value,
            "question": self.question,
            "misses": self.misses,
            "tips_said": self.tips_said,
            "echo": self.echo.value,
            "rate": self.rate,
            "helped": self.helped,
            "answered": [list(names) for names in self.answered],
            "unasked": sorted(self.unasked),
        }

    def kept(self) -> dict[str, Any]:
        """What survives a rebuilt or restarted interview: how the person likes to be spoken to."""
        return {"rate": self.rate, "helped": self.helped}


FRESH = State()


def load(attributes: Mapping[str, Any] | None, kb: KnowledgeBase) -> tuple[State, bool]:
    """The state from session attributes and whether it had to be thrown away as unreadable.

    Missing attributes are a normal fresh start (False); a record that is there but wrong in
    any way (old version, bad types, facts the engine refuses) is a fresh start too (True),
    so the skill can say it lost track instead of acting on doubtful answers. The facts are checked
    against the knowledge base's vocabulary here (``kb.check_facts``); whether the mode and pending
    question agree with them is the machine's business (``reconcile``, or ``kb.may_answer`` before an
    answer), so the turn still asks the engine for one evaluation.
    """
    if not attributes or KEY not in attributes:
        return FRESH, bool(attributes)
    try:
        return _parse(attributes[KEY], kb), False
    except (FactsError, TypeError, ValueError, KeyError, AttributeError):
        return FRESH, True


def dump(state: State) -> dict[str, Any]:
    """Session attributes holding the state."""
    return {KEY: state.to_json()}


def reconcile(state: State, evaluation: Evaluation) -> State:
    """The state made to agree with what its facts imply (``evaluation`` is of ``state.facts``).

    A record the skill itself wrote always agrees, so this changes nothing on a normal turn; it
    exists because the record comes back from outside. Emergency facts allow one mode; otherwise a
    state that disagrees with its facts is rebuilt from them by the engine.
    """
    kept = state.kept()
    if evaluation.assessment.emergency:
        return State(facts=state.facts, mode=Mode.EMERGENCY, **kept)
    if _agrees(state, evaluation):
        return state
    if state.mode in (Mode.STARTING, Mode.DONE) and not state.facts:
        return State(**kept)
    rebuilt = State(facts=state.facts, answered=state.answered, unasked=state.unasked, **kept)
    if evaluation.question is not None:
        return rebuilt.but(mode=Mode.ASKING, question=evaluation.question.id)
    return rebuilt.but(mode=advice_mode(evaluation))


def advice_mode(evaluation: Evaluation) -> Mode:
    """What the advice turn leaves pending: the offer of tips, else the offer of a reminder, else nothing."""
    if evaluation.assessment.tips:
        return Mode.OFFERING_TIPS
    return Mode.DONE if offer_days(evaluation.assessment) is None else Mode.OFFERING_REMINDER


def _agrees(state: State, evaluation: Evaluation) -> bool:
    """Nothing pending before the interview; a pending question is the engine's next one; tips are on
    offer only once the questions are over, with some still to say."""
    asked, tips = evaluation.question, evaluation.assessment.tips
    if state.mode in (Mode.STARTING, Mode.DONE):
        return not state.facts and state.question is None and state.misses == 0
    if state.mode == Mode.ASKING:
        return asked is not None and state.question == asked.id
    if state.mode == Mode.OFFERING_TIPS:
        return asked is None and bool(tips) and state.question is None and state.misses == state.tips_said == 0
    if state.mode == Mode.GIVING_TIPS:
        return asked is None and state.question is None and state.misses == 0 and 0 < state.tips_said < len(tips)
    if state.mode == Mode.OFFERING_REMINDER:
        offered = asked is None and offer_days(evaluation.assessment) is not None
        return offered and state.question is None and state.misses == 0 and state.tips_said <= len(tips)
    return False


def _parse(raw: Any, kb: KnowledgeBase) -> State:
    if not isinstance(raw, Mapping) or raw.get("v") != VERSION:
        raise ValueError("not a current session record")
    if set(raw) != set(FRESH.to_json()):
        raise ValueError("unexpected or missing keys")
    mode, question = Mode(raw["mode"]), raw["question"]
    if mode == Mode.EMERGENCY or (question is not None and question not in kb.questions):
        raise ValueError("unknown mode or question")
    misses, tips_said = raw["misses"], raw["tips_said"]
    if not (_count(misses) and _count(tips_said)):
        raise ValueError("bad counters")
    facts = check_facts(kb, raw["facts"])
    return State(
        facts=facts,
        mode=mode,
        question=question,
        misses=misses,
        tips_said=tips_said,
        echo=Echo(raw["echo"]),
        rate=_rate(raw["rate"]),
        helped=_flag(raw["helped"]),
        answered=_answered(raw["answered"], facts),
        unasked=frozenset(_names(raw["unasked"], facts)),
    )


def _rate(value: Any) -> int:
    if not (_count(value) and value < len(RATES)):
        raise ValueError("bad rate")
    return int(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("bad flag")
    return value


def _names(value: Any, facts: Mapping[str, Any]) -> tuple[str, ...]:
    """Fact names, kept only where the facts hold them (a name without its fact has nothing to undo)."""
    if not isinstance(value, list) or not all(isinstance(name, str) for name in value):
        raise ValueError("bad fact names")
    return tuple(name for name in value if name in facts)


def _answered(value: Any, facts: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list) or len(value) > MAX_UNDO:
        raise ValueError("bad answer history")
    return tuple(names for names in (_names(entry, facts) for entry in value) if names)


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < MAX_COUNT
