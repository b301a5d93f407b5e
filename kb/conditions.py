"""Conditions over facts: the small rule language the YAML files use (see kb/README.md)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

UNKNOWN = "unknown"
# The skill could not understand the answer even after its retries: not a fact about the person,
# so no condition treats it as "yes" or as "I don't know" (policy decision unclear_is_not_a_fact).
UNCLEAR = "unclear"
LEAF_OPS = ("is", "in", "at_least", "below", "answered")


@dataclass(frozen=True)
class Leaf:
    fact: str
    op: str
    value: Any

    def holds(self, facts: Mapping[str, Any]) -> bool:
        if self.op == "answered":
            return (self.fact in facts) == bool(self.value)
        if self.fact not in facts:
            return False
        have = facts[self.fact]
        if self.op in ("at_least", "below"):
            if not isinstance(have, (int, float)) or isinstance(have, bool):
                return False
            return bool(have >= self.value if self.op == "at_least" else have < self.value)
        wanted = (self.value,) if self.op == "is" else tuple(self.value)
        if isinstance(have, list):
            return any(v in wanted for v in have)
        return have in wanted

    def leaves(self) -> Iterator[Leaf]:
        yield self


@dataclass(frozen=True)
class All:
    parts: tuple[Condition, ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return all(p.holds(facts) for p in self.parts)

    def leaves(self) -> Iterator[Leaf]:
        for p in self.parts:
            yield from p.leaves()


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return any(p.holds(facts) for p in self.parts)

    def leaves(self) -> Iterator[Leaf]:
        for p in self.parts:
            yield from p.leaves()


@dataclass(frozen=True)
class Not:
    part: Condition

    def holds(self, facts: Mapping[str, Any]) -> bool:
        return not self.part.holds(facts)

    def leaves(self) -> Iterator[Leaf]:
        yield from self.part.leaves()


Condition = Leaf | All | AnyOf | Not


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
