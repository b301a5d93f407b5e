"""The triage engine: given the facts so far, the next question worth asking and the assessment.

Deterministic and free of I/O. Red-flag screens are asked first, the most urgent first, and end
the interview the moment one fires; a narrowing question is asked only when one of its answers
could change the advice (the disposition) or the leading cause, or is one of the core questions
(`always_ask`), so interviews stay short.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, NamedTuple

from kb.conditions import UNCLEAR, UNKNOWN, Condition
from kb.facts import Facts, check_facts
from kb.index import with_index
from kb.model import Advice, Cause, Disposition, Index, KnowledgeBase, LocalText, Question, RedFlag, Rule


@dataclass(frozen=True)
class Reason:
    """One plain-words reason behind the advice: which rule fired, or which answer matched a cause.

    `unsure` marks a red flag or rule that fired only because a screen was answered "I don't
    know"; its text then says so instead of describing a symptom the person did not report."""

    id: str
    kind: str  # "red_flag", "rule" or "cause"
    text: LocalText
    sources: tuple[str, ...]
    unsure: bool = False


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
    answered: int  # answers to questions asked: facts said unasked do not count
    # What the advice must also say (all None or empty when there is nothing to add):
    emergency_advice: LocalText | None = None  # the first red flag's advice, action first
    because: LocalText | None = None  # "I'm suggesting this because you weren't sure whether ..."
    if_unsure: tuple[LocalText, ...] = ()  # per screen answered "I don't know": what to do if it is there
    unclear: tuple[LocalText, ...] = ()  # per screen not understood: "I couldn't tell whether ...; if ..."
    warning: LocalText | None = None  # the leading cause's own "see a doctor when" (not for emergencies)

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


def evaluate(kb: KnowledgeBase, facts: Mapping[str, Any], unasked: AbstractSet[str] = frozenset()) -> Evaluation:
    """The whole turn's view of the facts: next question, assessment and whether it is worrying.

    ``unasked`` names facts the person said without being asked ("no, but it's been four days"):
    they cost no answer, so they do not count towards the interview's target length or cap.
    Raises FactsError when the facts do not fit the knowledge base."""
    checked = check_facts(kb, facts)
    decision = _decide(kb, checked)
    answered = _answered(kb, checked, unasked)
    question = _next_question(kb, checked, decision, answered)
    assessment = _assessment(kb, checked, decision, question, answered)
    return Evaluation(checked, question, assessment, _worrying(kb, assessment))


def may_answer(kb: KnowledgeBase, facts: Mapping[str, Any], question_id: str) -> bool:
    """Whether a question a front end says is pending may take an answer now, without the look-ahead.

    Why: a session record comes back from outside, so its pending question is checked before an
    answer is stored. Checking that it is exactly the engine's choice costs a whole look-ahead, which
    the turn then repeats for the new facts. What safety needs is cheaper: the facts hold no
    emergency, the question is open (unanswered, its ask_when holds), and no red-flag screen is being
    skipped for it. When this is False the front end re-derives the question with ``evaluate``.
    Raises FactsError when the facts do not fit the knowledge base."""
    checked = check_facts(kb, facts)
    claimed = kb.questions.get(question_id)
    if claimed is None or not claimed.is_open(checked) or _decide(kb, checked).disposition.emergency:
        return False
    screens_open = any(q.phase == "red_flag" and q.is_open(checked) for q in kb.questions.values())
    return claimed.phase == "red_flag" or not screens_open


def _worrying(kb: KnowledgeBase, assessment: Assessment) -> bool:
    """Only what the answers did counts: a red flag, a rule, a screen left unclear, or a leading
    cause whose usual step is above policy.worrying_above; the default for "no clear cause yet" is
    not, by itself, learned."""
    if assessment.unclear or any(reason.kind in ("red_flag", "rule") for reason in assessment.reasons):
        return True
    leading = assessment.leading
    threshold = kb.dispositions[kb.policy.worrying_above].rank
    return leading is not None and kb.dispositions[leading.cause.disposition].rank > threshold


def next_question(
    kb: KnowledgeBase, facts: Mapping[str, Any], unasked: AbstractSet[str] = frozenset()
) -> Question | None:
    """The next question to ask, or None when the interview is over (``unasked`` as in ``evaluate``)."""
    return evaluate(kb, facts, unasked).question


def _index(kb: KnowledgeBase) -> Index:
    index = with_index(kb).index
    assert index is not None
    return index


def _next_question(kb: KnowledgeBase, facts: Facts, decision: _Decision, answered: int) -> Question | None:
    if decision.disposition.emergency:
        return None  # a red flag fired: nothing more to ask
    opens = _index(kb).opens
    open_questions = [
        q
        for q in kb.questions.values()
        if q.is_open(facts)
        # An opener whose questions were already answered (volunteered) has nothing left to open.
        and not (q.phase == "narrowing" and any(opened in facts for opened in opens.get(q.id, ())))
    ]
    screens = [q for q in open_questions if q.phase == "red_flag"]
    if screens:
        urgency = _index(kb).urgency
        # The most urgent screen first (decision screens_in_order_of_urgency); max() keeps file order on ties.
        return max(screens, key=lambda q: urgency[q.id])
    within_cap = [q for q in open_questions if answered + 1 + _reserved(kb, q, facts) <= kb.policy.max_answers]
    for q in within_cap:
        if q.is_core(facts):
            return q
    return _most_useful(kb, facts, within_cap, decision, answered)


def _most_useful(
    kb: KnowledgeBase, facts: Facts, candidates: list[Question], decision: _Decision, answered: int
) -> Question | None:
    """Safety before naming: first the question whose answer could raise urgency the most (opening
    a red-flag screen counts as a one-step raise), then, in asking order, any that could change
    the disposition or, until one cause is clearly ahead, the leading cause. Past the target
    length only questions that could still move the disposition are worth a turn (decision
    questions_that_move_the_advice_are_never_cut).

    Why bounds first: trying every answer of every open question was most of a turn. A cheap
    ceiling on what a question's answers could reach (_ceiling) rules a question out of the first
    two steps without trying its answers, and the last step stops at the first question that
    qualifies; the question chosen is the one trying everything would choose."""
    baseline = _outcome_of(kb, facts, decision)
    order = _cause_order(kb, decision.scores)
    tried: dict[str, list[_Outcome]] = {}

    def outcomes(q: Question) -> list[_Outcome]:
        if q.id not in tried:
            tried[q.id] = _outcomes(kb, facts, decision, q.id, order)
        return tried[q.id]

    fired = _fired(kb, decision)
    ceilings = {q.id: _ceiling(kb, facts, fired, q.id, order) for q in candidates}
    if answered >= kb.policy.target_answers:
        need = max(kb.dispositions[kb.policy.past_target_only_for].rank, baseline.reach + 1)
        candidates = [
            q for q in candidates if ceilings[q.id].reach >= need and max(o.reach for o in outcomes(q)) >= need
        ]
    raising = [
        (max(o.rank for o in outcomes(q)), -i, q)
        for i, q in enumerate(candidates)
        if ceilings[q.id].rank > baseline.rank and max(o.rank for o in outcomes(q)) > baseline.rank
    ]
    if raising:
        return max(raising, key=lambda item: item[:2])[2]
    settled = _cause_settled(kb, decision.ranked)
    for q in candidates:
        if any(o.rank != baseline.rank or (not settled and o.leading != baseline.leading) for o in outcomes(q)):
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
    unclear: tuple[Question, ...]  # red-flag screens the front end could not understand
    scores: Mapping[str, int]  # every cause's score, for the look-ahead's incremental re-scoring


def _decide(kb: KnowledgeBase, facts: Facts) -> _Decision:
    flags = tuple(_fired_red_flags(kb, facts))
    rules = tuple(r for r in kb.rules.values() if r.when.holds(facts))
    scores = _scores(kb, facts)
    ranked = tuple(_rank_causes(kb, facts, scores))
    leading = _leading(kb, ranked)
    unclear = tuple(q for q in kb.questions.values() if q.phase == "red_flag" and facts.get(q.id) == UNCLEAR)
    candidates = [kb.dispositions[f.disposition] for f in flags] + [kb.dispositions[r.disposition] for r in rules]
    candidates.append(kb.dispositions[leading.cause.disposition if leading else kb.policy.default_disposition])
    if unclear:
        candidates.append(kb.dispositions[kb.policy.unclear_screen_at_least])
    return _Decision(flags, rules, ranked, leading, max(candidates, key=lambda d: d.rank), unclear, scores)


def assess(kb: KnowledgeBase, facts: Mapping[str, Any], unasked: AbstractSet[str] = frozenset()) -> Assessment:
    """Where the answers so far lead: disposition, reasons, ranked causes and the tips to offer."""
    return evaluate(kb, facts, unasked).assessment


def _assessment(
    kb: KnowledgeBase, facts: Facts, decision: _Decision, question: Question | None, answered: int
) -> Assessment:
    leading = decision.leading
    reasons = [_reason(kb, facts, f.id, "red_flag", f.when, f.reason, f.sources) for f in decision.flags]
    reasons += [_reason(kb, facts, r.id, "rule", r.when, r.reason, r.sources) for r in decision.rules]
    if leading:
        reasons += [Reason(leading.cause.id, "cause", says, leading.cause.sources) for says in leading.matched]
    emergency = decision.disposition.emergency
    return Assessment(
        done=bool(decision.flags) or question is None,
        disposition=decision.disposition,
        red_flags=decision.flags,
        reasons=tuple(reasons),
        causes=decision.ranked,
        leading=leading,
        tips=() if emergency else _tips(kb, facts, leading),
        self_care_days=(
            leading.cause.self_care_days
            if leading and leading.cause.self_care_days
            else kb.policy.default_self_care_days
        ),
        answered=answered,
        emergency_advice=_emergency_advice(kb, facts, decision),
        because=None if emergency else _because(kb, decision, reasons),
        if_unsure=tuple(
            q.if_so
            for q in kb.questions.values()
            if q.if_so and facts.get(q.id) == UNKNOWN and _index(kb).urgency.get(q.id, -1) > decision.disposition.rank
        ),
        unclear=tuple(
            _frame(kb.policy.frames["unclear"], about=q.unsure_about or {}, if_so=q.if_so or {})
            for q in decision.unclear
        ),
        warning=leading.cause.see_doctor_when if leading and not emergency else None,
    )


def _reason(
    kb: KnowledgeBase, facts: Facts, id: str, kind: str, when: Condition, text: LocalText, sources: tuple[str, ...]
) -> Reason:
    """A red flag or rule that fired only because of "I don't know" answers says so, in the words of
    those screens (decision unsure_is_cautious_but_said)."""
    unsure = _unsure_facts(kb, facts, when)
    if not unsure:
        return Reason(id, kind, text, sources)
    about = [kb.questions[f].unsure_about or {} for f in unsure]
    parts = [_frame(kb.policy.frames["unsure"], about=a) for a in about if a]
    return Reason(id, kind, _joined(kb, parts) if parts else text, sources, unsure=True)


def _unsure_facts(kb: KnowledgeBase, facts: Facts, when: Condition) -> list[str]:
    """The "I don't know" answers without which the condition would not hold (empty when it holds anyway)."""
    unknown = sorted({leaf.fact for leaf in when.leaves() if facts.get(leaf.fact) == UNKNOWN})
    if not unknown or when.holds({**facts, **dict.fromkeys(unknown, "no")}):
        return []
    return [f for f in unknown if kb.questions[f].unsure_about]


def _because(kb: KnowledgeBase, decision: _Decision, reasons: list[Reason]) -> LocalText | None:
    """Why the step is more urgent than the likeliest cause alone would make it: the rules that set
    it, in their words (or "you weren't sure whether ..." when an "I don't know" fired them)."""
    cause_rank = kb.dispositions[decision.leading.cause.disposition].rank if decision.leading else -1
    if decision.disposition.rank <= cause_rank:
        return None
    deciding = {r.id for r in decision.rules if kb.dispositions[r.disposition].rank == decision.disposition.rank}
    said = [r.text for r in reasons if r.kind == "rule" and r.id in deciding]
    return _frame(kb.policy.frames["because"], reasons=_joined(kb, said)) if said else None


def _emergency_advice(kb: KnowledgeBase, facts: Facts, decision: _Decision) -> LocalText | None:
    if not decision.flags:
        return None
    flag = decision.flags[0]
    return flag.advice_unsure if flag.advice_unsure and _unsure_facts(kb, facts, flag.when) else flag.advice


def _locales(*texts: LocalText) -> Iterator[str]:
    return iter(dict.fromkeys(key for text in texts for key in text))


def _frame(frame: LocalText, **parts: LocalText) -> LocalText:
    """Fill a policy frame per locale. Plain replacement, not format(): the parts keep their own
    {emergency_number}-style placeholders for kb.say to fill."""
    out = {}
    for locale in _locales(frame, *parts.values()):
        text = frame.get(locale) or frame["en"]
        for name, part in parts.items():
            text = text.replace("{" + name + "}", part.get(locale) or part.get("en", ""))
        out[locale] = text
    return out


def _joined(kb: KnowledgeBase, parts: list[LocalText]) -> LocalText:
    """The parts as one phrase, each once, in order, joined by the policy's "and" frame."""
    unique = list({_key(p): p for p in parts}.values())
    joined = unique[0]
    for part in unique[1:]:
        joined = _frame(kb.policy.frames["and"], first=joined, then=part)
    return joined


def _key(text: LocalText) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(text.items()))


def _fired_red_flags(kb: KnowledgeBase, facts: Facts) -> list[RedFlag]:
    fired = [f for f in kb.red_flags.values() if f.when.holds(facts)]
    return sorted(fired, key=lambda f: -kb.dispositions[f.disposition].rank)


def _answered(kb: KnowledgeBase, facts: Facts, unasked: AbstractSet[str]) -> int:
    """Answers the person gave to questions: the facts, less those said without being asked."""
    return sum(1 for name in facts if name in kb.questions and name not in unasked)


def _scores(kb: KnowledgeBase, facts: Facts) -> dict[str, int]:
    """Every cause's score (file order). Most features test one answered fact, so only the features
    of the facts given are tried; the few others are tried every time (kb/index.py)."""
    index = _index(kb)
    scores = dict.fromkeys(kb.causes, 0)
    for fact in facts:
        for cause_id, weight, when in index.scored_by_fact.get(fact, ()):
            if when.holds(facts):
                scores[cause_id] += weight
    for cause_id, weight, when in index.scored_always:
        if when.holds(facts):
            scores[cause_id] += weight
    return scores


def _rank_causes(kb: KnowledgeBase, facts: Facts, scores: Mapping[str, int]) -> list[RankedCause]:
    """Causes scoring above zero, best first (ties to the earlier entry), with what matched."""
    order = [c for c in kb.causes.values() if scores[c.id] > 0]
    order.sort(key=lambda c: -scores[c.id])  # stable: file order breaks ties
    return [
        RankedCause(c, scores[c.id], tuple(f.says for f in c.features if f.weight > 0 and f.when.holds(facts)))
        for c in order
    ]


def _leading(kb: KnowledgeBase, ranked: tuple[RankedCause, ...]) -> RankedCause | None:
    return ranked[0] if ranked and ranked[0].score >= kb.policy.min_cause_score else None


def _cause_settled(kb: KnowledgeBase, ranked: tuple[RankedCause, ...]) -> bool:
    """A leading cause that is clearly ahead: questions that only tell causes apart stop here."""
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


def _outcome_after(kb: KnowledgeBase, facts: Facts, base: _Decision, fact: str, answer: Any) -> _Outcome:
    """The outcome if `fact` were answered `answer` (one look-ahead; see _outcomes)."""
    return _outcomes(kb, facts, base, fact, _cause_order(kb, base.scores), (answer,))[0]


def _ceiling(kb: KnowledgeBase, facts: Facts, fired: int, fact: str, order: list[str]) -> _Outcome:
    """At least as high as the rank and reach of any answer to `fact` (leading is not bounded): what
    fires without it (`fired`: the red flags and rules firing now, the default step, an unclear
    screen), the most urgent red flag or rule that reads it, and the most urgent cause that could
    lead (one that reads it, or the best one that does not)."""
    index = _index(kb)
    rank = max(fired, index.check_top.get(fact, -1), index.affected_top.get(fact, -1))
    affected = index.causes_reading[fact]
    for cause_id in order:
        if cause_id not in affected:
            rank = max(rank, index.cause_rank[cause_id])
            break
    screens = [i for i in index.opened_by.get(fact, ()) if i not in facts and i != fact]
    if screens:
        return _Outcome(rank + 1, None, max(rank, *(index.urgency[i] for i in screens)))
    return _Outcome(rank, None, rank)


def _fired(kb: KnowledgeBase, base: _Decision) -> int:
    """The most urgent step that stays whatever one more answer is: for _ceiling."""
    index = _index(kb)
    ranks = [index.flag_rank[f.id] for f in base.flags] + [index.rule_rank[r.id] for r in base.rules]
    ranks.append(index.default_rank)
    if base.unclear:
        ranks.append(kb.dispositions[kb.policy.unclear_screen_at_least].rank)
    return max(ranks)


def _cause_order(kb: KnowledgeBase, scores: Mapping[str, int]) -> list[str]:
    """Cause ids best first, file order breaking ties: the leader is the first one a look-ahead leaves alone."""
    return sorted(kb.causes, key=lambda c: -scores[c])


def _outcomes(
    kb: KnowledgeBase,
    facts: Facts,
    base: _Decision,
    fact: str,
    order: list[str],
    answers: tuple[Any, ...] | None = None,
) -> list[_Outcome]:
    """The outcome for each candidate answer to `fact` (default: the index's candidates), re-checking
    only the red flags, rules and cause features that read it (the rest cannot change); whatever
    does not depend on the answer is worked out once per question, not once per answer.

    Why `facts` is changed in place and restored: copying the facts for every tried answer was a
    large share of the look-ahead; the caller's dict is left exactly as it came."""
    index = _index(kb)
    reading_flags, reading_rules = index.flags_reading[fact], index.rules_reading[fact]
    ranks = [index.flag_rank[f.id] for f in base.flags if f.id not in reading_flags]
    ranks += [index.rule_rank[r.id] for r in base.rules if r.id not in reading_rules]
    if base.unclear:
        ranks.append(kb.dispositions[kb.policy.unclear_screen_at_least].rank)
    floor = max(ranks, default=-1)
    checks = index.checks_reading[fact]
    features = [(cause_id, f.weight, f.when.holds, f.when.holds(facts)) for cause_id, f in index.features_reading[fact]]
    affected = index.causes_reading[fact]
    # The best cause the answer cannot touch (file order breaks ties, as max() over the causes would).
    untouched = next((c for c in order if c not in affected), None)
    screens = [kb.questions[i] for i in index.opened_by.get(fact, ()) if i not in facts and i != fact]
    previous = facts.get(fact, _ABSENT)
    results = []
    try:
        for answer in index.candidates[fact] if answers is None else answers:
            facts[fact] = answer
            rank = floor
            for when, check_rank in checks:  # the most urgent first
                if check_rank <= rank:
                    break
                if when.holds(facts):
                    rank = check_rank
            leading = _leader_after(kb, base.scores, features, untouched, order, facts)
            rank = max(rank, index.cause_rank[leading] if leading else index.default_rank)
            opened = [q.id for q in screens if q.asked_given(facts)]
            reach = max(rank, *(index.urgency[i] for i in opened)) if opened else rank
            results.append(_Outcome(rank + 1 if opened else rank, leading, reach))
    finally:
        if previous is _ABSENT:
            del facts[fact]
        else:
            facts[fact] = previous
    return results


_ABSENT = object()


def _leader_after(
    kb: KnowledgeBase,
    scores: Mapping[str, int],
    features: list[tuple[str, int, Any, bool]],
    untouched: str | None,
    order: list[str],
    after: Facts,
) -> str | None:
    """The leading cause once the tried answer is in `after`: only the causes with a feature that
    reads it can move, so the leader is the best of those and the best untouched cause."""
    changed: dict[str, int] = {}
    for cause_id, weight, test, held in features:
        if test(after) != held:
            changed[cause_id] = changed.get(cause_id, scores[cause_id]) + (-weight if held else weight)
    if not changed:
        best: str | None = order[0] if order else None
        best_score = scores[best] if best is not None else 0
    else:
        position = _index(kb).cause_position
        best, best_score = untouched, scores[untouched] if untouched is not None else 0
        for cause_id, score in _rescored(scores, features, changed):
            if best is None or score > best_score or (score == best_score and position[cause_id] < position[best]):
                best, best_score = cause_id, score
    return best if best is not None and best_score >= kb.policy.min_cause_score else None


def _rescored(
    scores: Mapping[str, int], features: list[tuple[str, int, Any, bool]], changed: Mapping[str, int]
) -> Iterator[tuple[str, int]]:
    """Every cause that reads the fact with its score after the answer (unchanged ones keep theirs)."""
    for cause_id in dict.fromkeys(cause_id for cause_id, _, _, _ in features):
        yield cause_id, changed.get(cause_id, scores[cause_id])


def _outcome_of(kb: KnowledgeBase, facts: Facts, decision: _Decision) -> _Outcome:
    rank = decision.disposition.rank
    leading = decision.leading.cause.id if decision.leading else None
    opened = [q for q in _index(kb).gated_screens if q.is_open(facts)]
    if opened:
        urgency = _index(kb).urgency
        return _Outcome(rank + 1, leading, max(rank, *(urgency[q.id] for q in opened)))
    return _Outcome(rank, leading, rank)


def _reserved(kb: KnowledgeBase, q: Question, facts: Facts) -> int:
    """Answers to keep in hand for red-flag screens this question could open, so the cap never skips them."""
    return sum(1 for screen in _index(kb).opened_by.get(q.id, ()) if screen not in facts)


def _tips(kb: KnowledgeBase, facts: Facts, leading: RankedCause | None) -> tuple[Advice, ...]:
    ids = leading.cause.tips if leading else kb.policy.general_tips
    tips = [kb.advice[i] for i in ids]
    return tuple(t for t in tips if t.not_when is None or not t.not_when.holds(facts))
