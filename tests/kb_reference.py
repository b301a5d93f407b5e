"""A straightforward reference engine for the equivalence tests (issue 11, item 1).

Why it exists: kb/engine.py takes shortcuts for speed (compiled conditions, re-checking only what
reads a changed answer, ceilings that skip trying answers). This module takes none: it walks each
condition as a tree, following the rule language as kb/README.md describes it, and decides every
look-ahead from scratch over a copy of the facts. It reuses only the knowledge base's structural
lists (kb.index: the answers worth trying, which screens an answer opens, openers, screen urgency).
Slow on purpose; the tests compare what a person would hear: next question, step, reasons, causes, tips.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kb import UNCLEAR, UNKNOWN, KnowledgeBase
from kb.conditions import All, AnyOf, Condition, Leaf, Not


def holds(cond: Condition, facts: dict[str, Any]) -> bool:
    if isinstance(cond, All):
        return all(holds(p, facts) for p in cond.parts)
    if isinstance(cond, AnyOf):
        return any(holds(p, facts) for p in cond.parts)
    if isinstance(cond, Not):
        return not holds(cond.part, facts)
    return _leaf(cond, facts)


def _leaf(leaf: Leaf, facts: dict[str, Any]) -> bool:
    if leaf.op == "answered":
        return (leaf.fact in facts) == bool(leaf.value)
    if leaf.fact not in facts:
        return False
    have = facts[leaf.fact]
    if leaf.op in ("at_least", "below"):
        if not isinstance(have, (int, float)) or isinstance(have, bool):
            return False
        return bool(have >= leaf.value if leaf.op == "at_least" else have < leaf.value)
    wanted = (leaf.value,) if leaf.op == "is" else tuple(leaf.value)
    if isinstance(have, list):
        return any(v in wanted for v in have)
    return have in wanted


@dataclass(frozen=True)
class Decision:
    flags: tuple[str, ...]
    rules: tuple[str, ...]
    ranked: tuple[tuple[str, int, tuple[Any, ...]], ...]  # (cause id, score, what matched)
    leading: str | None
    disposition: str
    rank: int


@dataclass(frozen=True)
class Summary:
    question: str | None
    disposition: str
    reasons: tuple[tuple[str, str, bool], ...]  # (id, kind, unsure)
    causes: tuple[tuple[str, int, tuple[Any, ...]], ...]
    tips: tuple[str, ...]


def decide(kb: KnowledgeBase, facts: dict[str, Any]) -> Decision:
    def rank(disposition: str) -> int:
        return kb.dispositions[disposition].rank

    flags = sorted((f for f in kb.red_flags.values() if holds(f.when, facts)), key=lambda f: -rank(f.disposition))
    rules = [r for r in kb.rules.values() if holds(r.when, facts)]
    scored = []
    for c in kb.causes.values():
        score = sum(f.weight for f in c.features if holds(f.when, facts))
        if score > 0:
            matched = tuple(f.says for f in c.features if f.weight > 0 and holds(f.when, facts))
            scored.append((c.id, score, matched))
    scored.sort(key=lambda item: -item[1])
    leading = scored[0][0] if scored and scored[0][1] >= kb.policy.min_cause_score else None
    steps = [f.disposition for f in flags] + [r.disposition for r in rules]
    steps.append(kb.causes[leading].disposition if leading else kb.policy.default_disposition)
    if any(q.phase == "red_flag" and facts.get(q.id) == UNCLEAR for q in kb.questions.values()):
        steps.append(kb.policy.unclear_screen_at_least)
    step = max(steps, key=rank)
    ids = tuple(f.id for f in flags)
    return Decision(ids, tuple(r.id for r in rules), tuple(scored), leading, step, rank(step))


def _outcome(kb: KnowledgeBase, facts: dict[str, Any]) -> tuple[int, str | None, int]:
    """(rank, leading cause, reach), opening a red-flag screen counting as one step up."""
    d = decide(kb, facts)
    opened = [
        q
        for q in kb.questions.values()
        if q.phase == "red_flag" and q.ask_when is not None and q.id not in facts and holds(q.ask_when, facts)
    ]
    if opened:
        return d.rank + 1, d.leading, max(d.rank, *(kb.index.urgency[q.id] for q in opened))
    return d.rank, d.leading, d.rank


def next_question(kb: KnowledgeBase, facts: dict[str, Any], d: Decision) -> str | None:
    if kb.dispositions[d.disposition].emergency:
        return None
    index = kb.index
    open_questions = [
        q
        for q in kb.questions.values()
        if q.id not in facts
        and (q.ask_when is None or holds(q.ask_when, facts))
        and not (q.phase == "narrowing" and any(o in facts for o in index.opens.get(q.id, ())))
    ]
    screens = [q for q in open_questions if q.phase == "red_flag"]
    if screens:
        return max(screens, key=lambda q: index.urgency[q.id]).id
    answered = sum(1 for name in facts if name in kb.questions)
    within = [
        q
        for q in open_questions
        if answered + 1 + sum(1 for s in index.opened_by.get(q.id, ()) if s not in facts) <= kb.policy.max_answers
    ]
    for q in within:
        if q.always_ask is not None and holds(q.always_ask, facts):
            return q.id
    base = _outcome(kb, facts)
    outcomes = {q.id: [_outcome(kb, {**facts, q.id: a}) for a in index.candidates[q.id]] for q in within}
    if answered >= kb.policy.target_answers:
        need = max(kb.dispositions[kb.policy.past_target_only_for].rank, base[2] + 1)
        within = [q for q in within if max(o[2] for o in outcomes[q.id]) >= need]
    raising = [
        (max(o[0] for o in outcomes[q.id]), -i, q.id)
        for i, q in enumerate(within)
        if max(o[0] for o in outcomes[q.id]) > base[0]
    ]
    if raising:
        return max(raising, key=lambda item: item[:2])[2]
    settled = d.leading is not None and d.ranked[0][1] - (d.ranked[1][1] if len(d.ranked) > 1 else 0) >= (
        kb.policy.settled_margin
    )
    for q in within:
        if any(o[0] != base[0] or (not settled and o[1] != base[1]) for o in outcomes[q.id]):
            return q.id
    return None


def _unsure(kb: KnowledgeBase, facts: dict[str, Any], when: Condition) -> bool:
    unknown = {leaf.fact for leaf in _leaves(when) if facts.get(leaf.fact) == UNKNOWN}
    if not unknown or holds(when, {**facts, **dict.fromkeys(unknown, "no")}):
        return False
    return any(kb.questions[f].unsure_about for f in unknown)


def _leaves(cond: Condition) -> list[Leaf]:
    if isinstance(cond, (All, AnyOf)):
        return [leaf for p in cond.parts for leaf in _leaves(p)]
    if isinstance(cond, Not):
        return _leaves(cond.part)
    return [cond]


def summary(kb: KnowledgeBase, facts: dict[str, Any]) -> Summary:
    """What the reference engine says about these facts."""
    d = decide(kb, facts)
    reasons = [(i, "red_flag", _unsure(kb, facts, kb.red_flags[i].when)) for i in d.flags]
    reasons += [(i, "rule", _unsure(kb, facts, kb.rules[i].when)) for i in d.rules]
    if d.leading:
        reasons += [(d.leading, "cause", False) for _ in d.ranked[0][2]]
    tips: tuple[str, ...] = ()
    if not kb.dispositions[d.disposition].emergency:
        ids = kb.causes[d.leading].tips if d.leading else kb.policy.general_tips
        tips = tuple(i for i in ids if kb.advice[i].not_when is None or not holds(kb.advice[i].not_when, facts))
    return Summary(next_question(kb, facts, d), d.disposition, tuple(reasons), d.ranked, tips)


def summary_of(evaluation: Any) -> Summary:
    """The same view of the real engine's Evaluation."""
    a = evaluation.assessment
    return Summary(
        evaluation.question.id if evaluation.question else None,
        a.disposition.id,
        tuple((r.id, r.kind, r.unsure) for r in a.reasons),
        tuple((c.cause.id, c.score, c.matched) for c in a.causes),
        tuple(t.id for t in a.tips),
    )
