"""What an answer's clauses said about each question, gathered before anything is decided, and the
reading made of it.

Why a module of its own: ``skill.clause_reading`` gathers this evidence clause by clause, and
``skill.red_flag_qualifiers`` decides from it what a sign said beside a qualifier comes to; both need the
same record (and the span helpers both use to read the words left outside a phrase, and whether a clause is
a plain no and nothing else) without importing each other. The reading made of it (``Reading``) is here
too: the corrections (``skill.corrections``) and the echoes (``skill.echoes``) read the words on either
side of a cut with the whole reading, handed to them as a ``Reader``, and must name what it gives back
without importing ``skill.understanding``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from skill.word_data import Words


@dataclass(frozen=True)
class Reading:
    """The facts some words say, and whether a "no" among them is clear (see ``skill.understanding``)."""

    facts: Mapping[str, Any]
    clear_no: bool


# Some words read with the whole reading, for the question asked (the words around a correction or an echo)
Reader = Callable[[str], Reading]


@dataclass
class Evidence:
    """What an answer's clauses said about one question, gathered before anything is decided."""

    positive: bool = False
    negative: bool = False
    strong_no: bool = False
    unsure: bool = False
    values: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)  # values said with "mostly" ("mostly the calf")
    signed: bool = False  # a sign of it named and not negated (not just a general yes)
    explained: bool = False  # a denial phrase or an unclear one ("I'm on a diet", someone else's): no any-of yes
    denied_sign: bool = False  # one of its signs named and negated ("no lump")
    # the words of each sign named plainly and of each denied: "it wakes me, no, I wouldn't say it wakes me"
    # names one sign twice, not two signs (``several_signs``)
    signed_words: list[frozenset[str]] = field(default_factory=list)
    denied_words: list[frozenset[str]] = field(default_factory=list)
    # a red-flag sign said as not new, someone else's or imagined, or a qualified sign ("my feet are
    # always cold"): no sign of this person's, yet no denial either (``set_aside``)
    aside: bool = False
    qualified: bool = False  # set aside as the question's own words qualify it (not as not new or not theirs)
    unsure_sign: bool = False  # one of its signs named in doubt ("it might be slightly swollen, hard to tell")
    doubted_words: list[frozenset[str]] = field(default_factory=list)  # the words of each sign named in doubt
    # "a bit constipated and I can't feel when I wipe": each clause with a qualified sign and each clause
    # with a sign said plainly (``skill.red_flag_qualifiers``: ``_apart_from_the_qualified``, ``_names_its_sign``)
    qualified_clauses: list[str] = field(default_factory=list)
    past_clauses: list[str] = field(default_factory=list)  # a red-flag sign said as not new ("last year", "always")
    plain_clauses: list[str] = field(default_factory=list)
    doubted: bool = False  # the answer doubts the question itself, in a clause naming no sign ("so I'm not sure")
    part_denied: bool = False  # denied in the question's own denial words, with no doubt ("I'm walking okay")
    # why they cannot tell, in the question's own words ("I'm a bit deaf" to the noise question): "I don't know" over a
    # no of theirs ("I can't hear anything, but I'm a bit deaf"), never over a sign said ("my wife hears it creak")
    cannot_tell: bool = False
    # a clause that only says how much it hurts ("it's paining a lot"), naming no sign: beside a sign of the screen said
    # plainly it takes nothing from it; else the answer is unclear (``skill.clause_reading.settle_pain_said``)
    pain_said: bool = False


def outside(clause: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The words of the clause not inside any span."""
    return blanked(clause, spans).split()


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The text with the spans' words blanked out, every other word where it was (spans found in it still fit)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def plain_no(words: Words, clause: str) -> bool:
    """The clause is a no and nothing else ("no", "nope, nothing like that", "not really"): said
    first, the rest of the answer explains it."""
    spans = words.general["say_no"].spans(clause) or words.general["weak_no"].spans(clause)
    return bool(spans) and all(w in words.fillers for w in outside(clause, spans))
