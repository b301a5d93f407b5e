"""Precomputing, once at load, what the engine's look-ahead would otherwise recompute every turn.

Why: the advice turn tries every candidate answer of every open question; finding those answers,
which screens each answer opens, and how urgent each screen can get walked every condition in the
knowledge base again for each try (issue 11, item 1).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kb.conditions import UNKNOWN, All, AnyOf, Condition, Leaf, Not
from kb.model import Index, KnowledgeBase, Question, RedFlag, Rule


def with_index(kb: KnowledgeBase) -> KnowledgeBase:
    """The kb with its index built, once: the field is excluded from copies (dataclasses.replace), so
    a changed copy can never carry the index of the kb it came from."""
    if kb.index is None:
        object.__setattr__(kb, "index", build_index(kb))  # a derived cache on a frozen instance
    return kb


def opened_by(kb: KnowledgeBase, opener: str) -> tuple[str, ...]:
    """The questions the kb asks only unless ``opener`` was answered "no" (what the opener opens)."""
    index = with_index(kb).index
    return index.opens.get(opener, ()) if index is not None else ()


def asked_after(kb: KnowledgeBase, question_id: str) -> frozenset[str]:
    """The questions answered before this one can be asked: an answer to it says nothing new of them."""
    index = with_index(kb).index
    return index.asked_after.get(question_id, frozenset()) if index is not None else frozenset()


def _asked_after(kb: KnowledgeBase, question_id: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
    condition = kb.questions[question_id].ask_when
    direct = {leaf.fact for leaf in condition.leaves()} - seen - {question_id} if condition is not None else set()
    found = frozenset(direct)
    for fact in direct:
        found |= _asked_after(kb, fact, seen | found | {question_id})
    return found


def build_index(kb: KnowledgeBase) -> Index:
    checks = {fact: _checks(kb, fact) for fact in kb.questions}
    cause_rank = {c.id: kb.dispositions[c.disposition].rank for c in kb.causes.values()}
    causes_reading = {
        fact: frozenset(c.id for c in kb.causes.values() for f in c.features if _reads(f.when, fact))
        for fact in kb.questions
    }
    opened_by: dict[str, list[str]] = {}
    gated = tuple(q for q in kb.questions.values() if q.phase == "red_flag" and q.ask_when is not None)
    for screen in gated:
        assert screen.ask_when is not None
        for fact in {leaf.fact for leaf in screen.ask_when.leaves()}:
            opened_by.setdefault(fact, []).append(screen.id)
    return Index(
        candidates={q.id: _candidate_answers(kb, q) for q in kb.questions.values()},
        opened_by={fact: tuple(ids) for fact, ids in opened_by.items()},
        gated_screens=gated,
        opens=_openers(kb),
        urgency={q.id: _urgency(kb, q.id, opened_by) for q in kb.questions.values() if q.phase == "red_flag"},
        flags_reading=_reading(kb, {f.id: [f.when] for f in kb.red_flags.values()}),
        rules_reading=_reading(kb, {r.id: [r.when] for r in kb.rules.values()}),
        features_reading={
            fact: tuple((c.id, f) for c in kb.causes.values() for f in c.features if _reads(f.when, fact))
            for fact in kb.questions
        },
        causes_reading=causes_reading,
        checks_reading=checks,
        flag_rank={f.id: kb.dispositions[f.disposition].rank for f in kb.red_flags.values()},
        rule_rank={r.id: kb.dispositions[r.disposition].rank for r in kb.rules.values()},
        cause_rank=cause_rank,
        cause_position={c: i for i, c in enumerate(kb.causes)},
        default_rank=kb.dispositions[kb.policy.default_disposition].rank,
        check_top={fact: found[0][1] for fact, found in checks.items() if found},
        affected_top={fact: max(cause_rank[c] for c in ids) for fact, ids in causes_reading.items() if ids},
        scored_by_fact=_scored_by_fact(kb),
        asked_after={q: _asked_after(kb, q) for q in kb.questions},
        scored_always=tuple(
            (c.id, f.weight, f.when) for c in kb.causes.values() for f in c.features if _needs(f.when) is None
        ),
    )


def _needs(cond: Condition) -> str | None:
    """The one fact a condition tests, when it is a single test that an unanswered fact never passes."""
    if isinstance(cond, Leaf) and cond.op in ("is", "in", "at_least", "below"):
        return cond.fact
    return None


def _scored_by_fact(kb: KnowledgeBase) -> dict[str, tuple[tuple[str, int, Condition], ...]]:
    found: dict[str, list[tuple[str, int, Condition]]] = {}
    for c in kb.causes.values():
        for f in c.features:
            fact = _needs(f.when)
            if fact is not None:
                found.setdefault(fact, []).append((c.id, f.weight, f.when))
    return {fact: tuple(items) for fact, items in found.items()}


def _reads(cond: Condition, fact: str) -> bool:
    return fact in cond.reads


def _checks(kb: KnowledgeBase, fact: str) -> tuple[tuple[Condition, int], ...]:
    items: list[RedFlag | Rule] = [*kb.red_flags.values(), *kb.rules.values()]
    checks = [(item.when, kb.dispositions[item.disposition].rank) for item in items if _reads(item.when, fact)]
    return tuple(sorted(checks, key=lambda check: -check[1]))


def _openers(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    opens: dict[str, list[str]] = {}
    for q in kb.questions.values():
        for opener in _unless_no(q.ask_when):
            opens.setdefault(opener, []).append(q.id)
    return {opener: tuple(ids) for opener, ids in opens.items()}


def _unless_no(cond: Condition | None) -> Iterator[str]:
    """The facts a condition requires not to be "no" (the opener pattern), at any depth of all/any: "not no",
    or a yes with the doubts ("in: [yes, unknown]", as the hot-knee screen is asked after the leg screen)."""
    if isinstance(cond, Not) and isinstance(cond.part, Leaf) and cond.part.op == "is" and cond.part.value == "no":
        yield cond.part.fact
    elif isinstance(cond, Leaf) and cond.op == "in" and "yes" in cond.value and "no" not in cond.value:
        yield cond.fact
    elif isinstance(cond, (All, AnyOf)):
        for part in cond.parts:
            yield from _unless_no(part)


def _reading(kb: KnowledgeBase, conditions: dict[str, list[Condition]]) -> dict[str, frozenset[str]]:
    return {
        fact: frozenset(i for i, conds in conditions.items() for cond in conds if fact in cond.reads)
        for fact in kb.questions
    }


def _candidate_answers(kb: KnowledgeBase, q: Question) -> tuple[Any, ...]:
    if q.answer_type == "yes_no":
        return ("yes", "no", UNKNOWN)
    if q.answer_type == "choice":
        return (*([v] if q.multiple else v for v in q.value_ids()), UNKNOWN)
    conditions = [r.when for r in kb.rules.values()] + [f.when for c in kb.causes.values() for f in c.features]
    thresholds = {
        leaf.value
        for cond in conditions
        for leaf in cond.leaves()
        if leaf.fact == q.id and leaf.op in ("at_least", "below")
    }
    return (UNKNOWN, *sorted(thresholds | {t - 1 for t in thresholds}))


def _urgency(kb: KnowledgeBase, fact: str, opened_by: dict[str, list[str]], seen: frozenset[str] = frozenset()) -> int:
    """The most urgent step a screen's answer can lead to: directly through a red flag or rule that
    reads it, or through the screens it opens (a gateway question is as urgent as what it opens)."""
    rules: list[RedFlag | Rule] = [*kb.red_flags.values(), *kb.rules.values()]
    ranks = [kb.dispositions[item.disposition].rank for item in rules if fact in item.when.reads]
    ranks += [
        _urgency(kb, screen, opened_by, seen | {fact}) for screen in opened_by.get(fact, ()) if screen not in seen
    ]
    return max(ranks, default=0)
