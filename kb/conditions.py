"""Conditions over facts: the small rule language the YAML files use (see kb/README.md).

Why each condition compiles itself into its predicate (`holds`) when it is built: the engine's
look-ahead checks conditions hundreds of thousands of times per few hundred turns, and walking the
tree (op dispatch, tuple building, generator per `all`) was most of an advice turn (issue 11).
The predicate is made once per condition at load and does only the comparison the op needs.
Likewise each condition keeps the set of facts it reads (`reads`): building the engine's index asks
it of every condition for every fact, and walking the leaves each time was most of loading the kb.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

UNKNOWN = "unknown"
# The skill could not understand the answer even after its retries: not a fact about the person,
# so no condition treats it as "yes" or as "I don't know" (policy decision unclear_is_not_a_fact).
UNCLEAR = "unclear"
LEAF_OPS = ("is", "in", "at_least", "below", "answered")

Predicate = Callable[[Mapping[str, Any]], bool]
_MISSING = object()


@dataclass(frozen=True)
class Leaf:
    fact: str
    op: str
    value: Any
    holds: Predicate = field(init=False, repr=False, compare=False)
    reads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "holds", _compile_leaf(self.fact, self.op, self.value))
        object.__setattr__(self, "reads", frozenset((self.fact,)))

    def leaves(self) -> Iterator[Leaf]:
        yield self


@dataclass(frozen=True)
class All:
    parts: tuple[Condition, ...]
    holds: Predicate = field(init=False, repr=False, compare=False)
    reads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "holds", _all_of(tuple(p.holds for p in self.parts)))
        object.__setattr__(self, "reads", frozenset().union(*(p.reads for p in self.parts)))

    def leaves(self) -> Iterator[Leaf]:
        for p in self.parts:
            yield from p.leaves()


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]
    holds: Predicate = field(init=False, repr=False, compare=False)
    reads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "holds", _any_of(tuple(p.holds for p in self.parts)))
        object.__setattr__(self, "reads", frozenset().union(*(p.reads for p in self.parts)))

    def leaves(self) -> Iterator[Leaf]:
        for p in self.parts:
            yield from p.leaves()


@dataclass(frozen=True)
class Not:
    part: Condition
    holds: Predicate = field(init=False, repr=False, compare=False)
    reads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        inner = self.part.holds
        object.__setattr__(self, "holds", lambda facts: not inner(facts))
        object.__setattr__(self, "reads", self.part.reads)

    def leaves(self) -> Iterator[Leaf]:
        yield from self.part.leaves()


Condition = Leaf | All | AnyOf | Not


def _compile_leaf(fact: str, op: str, value: Any) -> Predicate:
    """The leaf's meaning (kb/README.md) as one small function. A fact not given never matches (except
    `answered: false`); a list answer (a multiple choice) matches when any of its values does; a number
    comparison never matches a non-number (a bool is not a number here)."""
    if op == "answered":
        wanted = bool(value)
        return lambda facts: (fact in facts) == wanted
    if op in ("at_least", "below"):
        at_least = op == "at_least"

        def compare(facts: Mapping[str, Any]) -> bool:
            have = facts.get(fact, _MISSING)
            if not isinstance(have, (int, float)) or isinstance(have, bool):
                return False
            return bool(have >= value) if at_least else bool(have < value)

        return compare
    if op == "is":

        def equals(facts: Mapping[str, Any]) -> bool:
            have = facts.get(fact, _MISSING)
            if have == value:
                return True
            return isinstance(have, list) and value in have

        return equals
    choices = tuple(value)

    def matches(facts: Mapping[str, Any]) -> bool:
        have = facts.get(fact, _MISSING)
        if isinstance(have, list):
            return any(v in choices for v in have)
        return have in choices

    return matches


def _all_of(parts: tuple[Predicate, ...]) -> Predicate:
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        first, second = parts
        return lambda facts: first(facts) and second(facts)

    return lambda facts: all(part(facts) for part in parts)


def _any_of(parts: tuple[Predicate, ...]) -> Predicate:
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        first, second = parts
        return lambda facts: first(facts) or second(facts)

    return lambda facts: any(part(facts) for part in parts)


def parse_condition(raw: Mapping[str, Any]) -> Condition:
    """Build a condition from its YAML form; the JSON Schema has already checked its shape."""
    if "all" in raw:
        return All(tuple(parse_condition(p) for p in raw["all"]))
    if "any" in raw:
        return AnyOf(tuple(parse_condition(p) for p in raw["any"]))
    if "not" in raw:
        return Not(parse_condition(raw["not"]))
    op = next(k for k in LEAF_OPS if k in raw)
    value = raw[op]
    if op == "in":
        value = tuple(str(v) for v in value)
    elif op == "is":
        value = str(value)
    return Leaf(fact=raw["fact"], op=op, value=value)


def describe(cond: Condition) -> str:
    """Plain 'When ...' text for the clinician report, generated so it can never disagree with the logic."""
    if isinstance(cond, All):
        return "(" + " and ".join(describe(p) for p in cond.parts) + ")"
    if isinstance(cond, AnyOf):
        return "(" + " or ".join(describe(p) for p in cond.parts) + ")"
    if isinstance(cond, Not):
        return "not " + describe(cond.part)
    if cond.op == "is":
        return f"{cond.fact} is {cond.value}"
    if cond.op == "in":
        return f"{cond.fact} is {' or '.join(cond.value)}"
    if cond.op == "at_least":
        return f"{cond.fact} is at least {cond.value}"
    if cond.op == "below":
        return f"{cond.fact} is below {cond.value}"
    return f"{cond.fact} is {'answered' if cond.value else 'not answered'}"
