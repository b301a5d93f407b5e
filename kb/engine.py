"""The triage engine: given the facts so far, the next question worth asking and the assessment.

Deterministic and free of I/O. Red-flag screens are asked first and end the interview the moment
one fires; a narrowing question is asked only when one of its answers could change the advice
(the disposition) or the leading cause, or is one of the core questions (`always_ask`), so
interviews stay short.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from kb.conditions import UNKNOWN, Condition
from kb.facts import Facts, check_facts
from kb.model import Advice, Cause, Disposition, KnowledgeBase, LocalText, Question, RedFlag, Rule


@dataclass(frozen=True)
class Reason:
    """One plain-words reason behind the advice: which rule fired, or which answer matched a cause."""

    id: str
    kind: str  # "red_flag", "rule" or "cause"
    text: LocalText
    sources: tuple[str, ...]


@dataclass(frozen=True)
class RankedCause:
    cause: Cause
    score: int
    matched: tuple[LocalText, ...]


@dataclass(frozen=True)
class Assessment:
    done: bool
    disposition: Disposition
    red_flags: tuple[RedFlag, ...]
    reasons: tuple[Reason, ...]
    causes: tuple[RankedCause, ...]
    leading: RankedCause | None
    tips: tuple[Advice, ...]
    self_care_days: int
    answered: int

    @property
    def emergency(self) -> bool:
        return self.disposition.emergency


@dataclass(frozen=True)
class Evaluation:
    """Everything a front end needs for one turn, from one look at the facts.

    Why one object: a turn needs the next question, the assessment and whether anything worrying
    is known; computing them separately checked the facts and decided the disposition several
    times per turn, and let the pieces disagree.
    """

    facts: Facts  # the facts, checked against the knowledge base
    question: Question | None  # the next question, or None when the interview is over
    assessment: Assessment
    worrying: bool  # see policy decision what_counts_as_worrying


def evaluate(kb: KnowledgeBase, facts: Mapping[str, Any]) -> Evaluation:
    """The whole turn's view of the facts: next question, assessment and whether it is worrying.

    Raises FactsError when the facts do not fit the knowledge base."""
    checked = check_facts(kb, facts)
    decision = _decide(kb, checked)
    question = _next_question(kb, checked, decision)
    assessment = _assessment(kb, checked, decision, question)
    return Evaluation(checked, question, assessment, _worrying(kb, assessment))


def _worrying(kb: KnowledgeBase, assessment: Assessment) -> bool:
    """Only what the answers did counts: a red flag, a rule, or a leading cause whose usual step is
    above policy.worrying_above; the default for "no clear cause yet" is not, by itself, learned."""
    if any(reason.kind in ("red_flag", "rule") for reason in assessment.reasons):
        return True
    leading = assessment.leading
    threshold = kb.dispositions[kb.policy.worrying_above].rank
    return leading is not None and kb.dispositions[leading.cause.disposition].rank > threshold


def next_question(kb: KnowledgeBase, facts: Mapping[str, Any]) -> Question | None:
    """The next question to ask, or None when the interview is over."""
    checked = check_facts(kb, facts)
    return _next_question(kb, checked, _decide(kb, checked))


def _next_question(kb: KnowledgeBase, facts: Facts, decision: _Decision) -> Question | None:
    if decision.disposition.emergency:
        return None  # a red flag, or answers that add up to an emergency: nothing more to ask
    open_questions = [
        q for q in kb.questions.values() if q.id not in facts and (q.ask_when is None or q.ask_when.holds(facts))
    ]
    for q in open_questions:
        if q.phase == "red_flag":
            return q
    answered = _answered(kb, facts)
    within_cap = [q for q in open_questions if answered + 1 + _reserved(kb, q, facts) <= kb.policy.max_answers]
    for q in within_cap:
        if q.is_core(facts):
            return q
    return _most_useful(kb, facts, within_cap)


def _most_useful(kb: KnowledgeBase, facts: Facts, candidates: list[Question]) -> Question | None:
    """Safety before naming: first the question whose answer could raise urgency the most (opening
    a red-flag screen counts as a one-step raise), then, in asking order, any that could change
    the disposition or, until one cause is clearly ahead, the leading cause. Past the target
    length only questions that could still lead to same-day or emergency care are worth a turn:
    the self-care advice already says when to see a doctor."""
    baseline = _outcome(kb, facts)
    outcomes = {q.id: [_outcome(kb, {**facts, q.id: a}) for a in _candidate_answers(kb, q)] for q in candidates}
    if _answered(kb, facts) >= kb.policy.target_answers:
        floor = kb.dispositions[kb.policy.past_target_only_for].rank
        candidates = [q for q in candidates if max(o.reach for o in outcomes[q.id]) >= max(floor, baseline.reach + 1)]
    raising = [
        (max(o.rank for o in outcomes[q.id]), -i, q)
        for i, q in enumerate(candidates)
        if max(o.rank for o in outcomes[q.id]) > baseline.rank
    ]
    if raising:
        return max(raising, key=lambda item: item[:2])[2]
    settled = _cause_settled(kb, facts)
    for q in candidates:
        if any(o.rank != baseline.rank or (not settled and o.leading != baseline.leading) for o in outcomes[q.id]):
            return q
    return None


@dataclass(frozen=True)
class _Decision:
    """What the facts decide, shared by assess() and the look-ahead so the two can never disagree."""

    flags: tuple[RedFlag, ...]
    rules: tuple[Rule, ...]
    ranked: tuple[RankedCause, ...]
    leading: RankedCause | None
    disposition: Disposition


def _decide(kb: KnowledgeBase, facts: Facts) -> _Decision:
    flags = tuple(_fired_red_flags(kb, facts))
    rules = tuple(r for r in kb.rules.values() if r.when.holds(facts))
    ranked = tuple(_rank_causes(kb, facts))
    leading = _leading(kb, ranked)
    candidates = [kb.dispositions[f.disposition] for f in flags] + [kb.dispositions[r.disposition] for r in rules]
    candidates.append(kb.dispositions[leading.cause.disposition if leading else kb.policy.default_disposition])
    return _Decision(flags, rules, ranked, leading, max(candidates, key=lambda d: d.rank))


def assess(kb: KnowledgeBase, facts: Mapping[str, Any]) -> Assessment:
    """Where the answers so far lead: disposition, reasons, ranked causes and the tips to offer."""
    checked = check_facts(kb, facts)
    decision = _decide(kb, checked)
    return _assessment(kb, checked, decision, _next_question(kb, checked, decision))


def _assessment(kb: KnowledgeBase, facts: Facts, decision: _Decision, question: Question | None) -> Assessment:
    leading = decision.leading
    reasons = [Reason(f.id, "red_flag", f.reason, f.sources) for f in decision.flags]
    reasons += [Reason(r.id, "rule", r.reason, r.sources) for r in decision.rules]
    if leading:
        reasons += [Reason(leading.cause.id, "cause", says, leading.cause.sources) for says in leading.matched]
    done = bool(decision.flags) or question is None
    return Assessment(
        done=done,
        disposition=decision.disposition,
        red_flags=decision.flags,
        reasons=tuple(reasons),
        causes=decision.ranked,
        leading=leading,
        tips=() if decision.disposition.emergency else _tips(kb, facts, leading),
        self_care_days=(
            leading.cause.self_care_days
            if leading and leading.cause.self_care_days
            else kb.policy.default_self_care_days
        ),
        answered=_answered(kb, facts),
    )


def _fired_red_flags(kb: KnowledgeBase, facts: Facts) -> list[RedFlag]:
    fired = [f for f in kb.red_flags.values() if f.when.holds(facts)]
    return sorted(fired, key=lambda f: -kb.dispositions[f.disposition].rank)


def _answered(kb: KnowledgeBase, facts: Facts) -> int:
    return sum(1 for name in facts if name in kb.questions)


def _rank_causes(kb: KnowledgeBase, facts: Facts) -> list[RankedCause]:
    ranked = []
    for cause in kb.causes.values():
        matched = [f for f in cause.features if f.when.holds(facts)]
        score = sum(f.weight for f in matched)
        if score > 0:
            ranked.append(RankedCause(cause, score, tuple(f.says for f in matched if f.weight > 0)))
    order = list(kb.causes)
    return sorted(ranked, key=lambda r: (-r.score, order.index(r.cause.id)))


def _leading(kb: KnowledgeBase, ranked: tuple[RankedCause, ...]) -> RankedCause | None:
    return ranked[0] if ranked and ranked[0].score >= kb.policy.min_cause_score else None


def _cause_settled(kb: KnowledgeBase, facts: Facts) -> bool:
    """A leading cause that is clearly ahead: questions that only tell causes apart stop here."""
    ranked = tuple(_rank_causes(kb, facts))
    if _leading(kb, ranked) is None:
        return False
    runner_up = ranked[1].score if len(ranked) > 1 else 0
    return ranked[0].score - runner_up >= kb.policy.settled_margin


class _Outcome(NamedTuple):
    """What an answer could change. `rank` orders questions (opening a red-flag screen counts as
    one step up); `reach` is the most urgent advice the answer could lead to, the screen's included."""

    rank: int
    leading: str | None
    reach: int


def _outcome(kb: KnowledgeBase, facts: Facts) -> _Outcome:
    decision = _decide(kb, facts)
    rank = decision.disposition.rank
    leading = decision.leading.cause.id if decision.leading else None
    if _opens_red_flag_screen(kb, facts):
        return _Outcome(rank + 1, leading, max(d.rank for d in kb.dispositions.values()))
    return _Outcome(rank, leading, rank)


def _opens_red_flag_screen(kb: KnowledgeBase, facts: Facts) -> bool:
    """An answer that makes a red-flag screen askable could lead to an emergency, so it counts as a raise."""
    return any(
        q.phase == "red_flag" and q.id not in facts and q.ask_when is not None and q.ask_when.holds(facts)
        for q in kb.questions.values()
    )


def _candidate_answers(kb: KnowledgeBase, q: Question) -> list[Any]:
    if q.answer_type == "yes_no":
        return ["yes", "no", UNKNOWN]
    if q.answer_type == "choice":
        return [[v] if q.multiple else v for v in q.value_ids()] + [UNKNOWN]
    thresholds = {
        leaf.value
        for cond in _all_conditions(kb)
        for leaf in cond.leaves()
        if leaf.fact == q.id and leaf.op in ("at_least", "below")
    }
    return [UNKNOWN, *sorted(thresholds | {t - 1 for t in thresholds})]


def _all_conditions(kb: KnowledgeBase) -> Iterator[Condition]:
    for r in kb.rules.values():
        yield r.when
    for c in kb.causes.values():
        for f in c.features:
            yield f.when


def _reserved(kb: KnowledgeBase, q: Question, facts: Facts) -> int:
    """Answers to keep in hand for red-flag screens this question could open, so the cap never skips them."""
    return sum(
        1
        for other in kb.questions.values()
        if other.phase == "red_flag"
        and other.id not in facts
        and other.ask_when is not None
        and any(leaf.fact == q.id for leaf in other.ask_when.leaves())
    )


def _tips(kb: KnowledgeBase, facts: Facts, leading: RankedCause | None) -> tuple[Advice, ...]:
    ids = leading.cause.tips if leading else kb.policy.general_tips
    tips = [kb.advice[i] for i in ids]
    return tuple(t for t in tips if t.not_when is None or not t.not_when.holds(facts))
