"""The conversation state: a small, versioned, JSON-only record kept in Alexa session attributes.

Why here and like this: the server keeps nothing (no health data at rest, any worker can take the
next turn), so everything the next turn needs travels in the session attributes. Those come back
from the device, so they are checked on the way in (facts by ``kb.check_facts``), and anything
unreadable is replaced by a fresh record rather than crashing the conversation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kb import FactsError, KnowledgeBase, check_facts

VERSION = 1
KEY = "knee"  # the one session attribute this skill owns

INTERVIEW = "interview"  # asking the engine's questions
TIPS = "tips"  # advice given; offering home-care tips
DONE = "done"  # nothing left to ask or offer
PHASES = (INTERVIEW, TIPS, DONE)


@dataclass
class State:
    """What the next turn needs: facts so far, where we are, and what was last said."""

    facts: dict[str, Any] = field(default_factory=dict)
    phase: str = INTERVIEW
    question: str | None = None  # id of the question waiting for an answer
    misses: int = 0  # unmatched answers to that question so far
    tip_offset: int = 0  # tips already read out
    speech: str = ""  # last thing said, for "repeat" (plain text)
    reprompt: str = ""

    @property
    def started(self) -> bool:
        """Whether a question or an offer is pending, i.e. the conversation is under way."""
        return (self.phase == INTERVIEW and self.question is not None) or self.phase == TIPS

    def reset(self) -> None:
        """Forget everything: used by start over and when the record cannot be trusted."""
        self.__dict__.update(State().__dict__)

    def to_json(self) -> dict[str, Any]:
        return {
            "v": VERSION,
            "facts": dict(self.facts),
            "phase": self.phase,
            "question": self.question,
            "misses": self.misses,
            "tip_offset": self.tip_offset,
            "last": {"speech": self.speech, "reprompt": self.reprompt},
        }


def load(attributes: Mapping[str, Any] | None, kb: KnowledgeBase) -> tuple[State, bool]:
    """The state from session attributes and whether it had to be thrown away as unreadable.

    Missing attributes are a normal fresh start (False); a record that is there but wrong in
    any way (old version, bad types, facts ``check_facts`` refuses) is a fresh start too (True),
    so the skill can say it lost track instead of acting on doubtful answers.
    """
    if not attributes or KEY not in attributes:
        return State(), bool(attributes)
    try:
        return _parse(attributes[KEY], kb), False
    except (FactsError, TypeError, ValueError, KeyError, AttributeError):
        return State(), True


def dump(state: State) -> dict[str, Any]:
    """Session attributes holding the state."""
    return {KEY: state.to_json()}


def _parse(raw: Any, kb: KnowledgeBase) -> State:
    if not isinstance(raw, Mapping) or raw.get("v") != VERSION:
        raise ValueError("not a current session record")
    phase, question = raw["phase"], raw["question"]
    if phase not in PHASES or (question is not None and question not in kb.questions):
        raise ValueError("unknown phase or question")
    misses, offset = raw["misses"], raw["tip_offset"]
    if not (_count(misses) and _count(offset)):
        raise ValueError("bad counters")
    last = raw["last"]
    speech, reprompt = last["speech"], last["reprompt"]
    if not (isinstance(speech, str) and isinstance(reprompt, str)):
        raise ValueError("bad last prompt")
    return State(
        facts=check_facts(kb, raw["facts"]),
        phase=phase,
        question=question,
        misses=misses,
        tip_offset=offset,
        speech=speech,
        reprompt=reprompt,
    )


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 1000
