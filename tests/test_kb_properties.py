"""Property-based checks over random answer sets: short interviews, red flags always urgent,
and "don't know" on a red-flag screen never lowering urgency."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb import UNCLEAR, UNKNOWN, Question, assess, evaluate, next_question
from kb.conditions import parse_condition
from tests import kb_reference as reference
from tests.kb_helpers import interview, real_kb
from tests.kb_reference import summary_of

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _answer_strategy(q: Question) -> st.SearchStrategy[Any]:
    if q.answer_type == "yes_no":
        return st.sampled_from(["yes", "no", UNKNOWN])
    if q.answer_type == "choice":
        one = st.sampled_from(q.value_ids())
        if q.multiple:
            return st.one_of(st.just(UNKNOWN), st.lists(one, min_size=1, max_size=2, unique=True))
        return st.one_of(st.just(UNKNOWN), one)
    low, high = q.number_range or (0, 400)
    return st.one_of(st.just(UNKNOWN), st.integers(min_value=low, max_value=high))


def _calm_first(q: Question) -> st.SearchStrategy[Any]:
    """Red-flag screens mostly answered no, so random interviews also reach the narrowing questions."""
    if q.phase == "red_flag":
        return st.sampled_from(["no"] * 6 + ["yes", UNKNOWN])
    return _answer_strategy(q)


@SETTINGS
@given(st.data())
def test_interview_always_ends_within_twelve_answers_with_a_disposition(data):
    kb = real_kb()
    facts, asked = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    assert len(asked) <= kb.policy.max_answers, f"{len(asked)} answers: {asked}"
    result = assess(kb, facts)
    assert result.done and result.disposition.id in kb.dispositions


@SETTINGS
@given(st.data())
def test_any_fired_red_flag_gives_an_emergency_level_disposition(data):
    kb = real_kb()
    facts, _ = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    result = assess(kb, facts)
    fired = [flag.id for flag in kb.red_flags.values() if flag.when.holds(facts)]
    if fired:
        assert result.emergency, f"red flags {fired} fired but got {result.disposition.id}"
    if result.emergency:
        assert next_question(kb, facts) is None, "an emergency-level assessment ends the interview"


@SETTINGS
@given(st.data())
def test_no_emergency_without_a_positive_or_unknown_red_flag_answer(data):
    kb = real_kb()
    facts, _ = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    result = assess(kb, facts)
    if result.emergency:
        screens = [q.id for q in kb.questions.values() if q.phase == "red_flag" and facts.get(q.id) in ("yes", UNKNOWN)]
        assert screens, f"{result.disposition.id} with no red-flag screen answered yes or I don't know: {facts}"


@SETTINGS
@given(st.data())
def test_no_emergency_advice_names_a_symptom_the_person_did_not_report(data):
    kb = real_kb()
    facts, _ = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    result = assess(kb, facts)
    if not result.red_flags:
        assert result.emergency_advice is None
        return
    flag = result.red_flags[0]
    said = {leaf.fact for leaf in flag.when.leaves() if kb.questions[leaf.fact].answer_type == "yes_no"}
    unsure = [fact for fact in said if facts.get(fact) == UNKNOWN]
    if unsure:
        assert result.emergency_advice == flag.advice_unsure, (
            f"{flag.id} fired on 'I don't know' to {unsure}; its advice must say so, not describe the symptom"
        )
        assert any(r.unsure for r in result.reasons), "the reasons say why: you weren't sure whether ..."
    else:
        assert result.emergency_advice == flag.advice


@SETTINGS
@given(st.data())
def test_turning_a_red_flag_answer_from_no_to_unknown_or_yes_never_lowers_urgency(data):
    kb = real_kb()
    facts, _ = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    base = assess(kb, facts).disposition.rank
    for q in kb.questions.values():
        if q.phase == "red_flag" and facts.get(q.id) == "no":
            for worse in ("yes", UNKNOWN):
                changed = assess(kb, {**facts, q.id: worse}).disposition.rank
                assert changed >= base, f"{q.id}: no -> {worse} lowered urgency ({base} -> {changed})"


def _every_answer(q: Question) -> list[Any]:
    if q.answer_type == "yes_no":
        return ["yes", "no", UNKNOWN]
    if q.answer_type == "choice":
        return [[v] if q.multiple else v for v in q.value_ids()] + [UNKNOWN]
    low, high = q.number_range or (0, 400)
    return [UNKNOWN, *range(low, high + 1)]


def _could_lead_to(kb, facts, rank: int) -> bool:
    """Advice at least this urgent, now or through a red-flag screen the answer opens."""
    after = next_question(kb, facts)
    return assess(kb, facts).disposition.rank >= rank or (after is not None and after.phase == "red_flag")


@SETTINGS
@given(st.data())
def test_past_the_target_length_only_questions_that_could_move_the_advice_are_asked(data):
    kb = real_kb()
    facts, asked = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    floor = kb.dispositions[kb.policy.past_target_only_for].rank
    so_far: dict[str, Any] = {}
    for position, qid in enumerate(asked):
        q = kb.questions[qid]
        if position >= kb.policy.target_answers and q.phase != "red_flag" and not q.is_core(so_far):
            assert any(_could_lead_to(kb, {**so_far, qid: a}, floor) for a in _every_answer(q)), (
                f"{qid} asked as answer {position + 1} though no answer to it could move the advice: {asked}"
            )
        so_far[qid] = facts[qid]


@SETTINGS
@given(st.data())
def test_next_question_never_repeats_an_answered_fact(data):
    kb = real_kb()
    facts = {}
    for _ in range(kb.policy.max_answers + 1):
        q = next_question(kb, facts)
        if q is None:
            break
        assert q.id not in facts, f"{q.id} asked twice"
        facts[q.id] = data.draw(_answer_strategy(q), label=q.id)


@SETTINGS
@given(st.data())
def test_the_look_ahead_shortcut_agrees_with_deciding_from_scratch(data):
    # The engine's shortcuts (compiled conditions, re-checking only what reads the changed answer,
    # ceilings that skip trying answers) must say exactly what the straightforward
    # reference engine says (tests/kb_reference.py) at every point of an interview, and each
    # look-ahead must reach the same disposition, leading cause and reach as a full decision.
    from kb.engine import _decide, _outcome_after, _outcome_of

    kb = real_kb()
    facts, asked = interview(kb, lambda q: data.draw(_calm_first(q), label=q.id))
    cut = data.draw(st.integers(min_value=0, max_value=len(asked)), label="cut")
    for end in range(len(asked) + 1):  # every turn of the interview
        so_far = {qid: facts[qid] for qid in asked[:end]}
        assert summary_of(evaluate(kb, so_far)) == reference.summary(kb, so_far), f"after {so_far}"
    prefix = {qid: facts[qid] for qid in asked[:cut]}
    screen = next_question(kb, prefix)
    if screen is None or screen.phase == "red_flag":
        return  # the look-ahead runs only once no screen is open
    base = _decide(kb, prefix)
    for q in kb.questions.values():
        if q.id in prefix or q.phase == "red_flag":
            continue
        for answer in kb.index.candidates[q.id]:
            changed = {**prefix, q.id: answer}
            assert _outcome_after(kb, prefix, base, q.id, answer) == _outcome_of(kb, changed, _decide(kb, changed)), (
                f"{q.id}={answer!r} after {prefix}"
            )


@SETTINGS
@given(st.data())
def test_the_engine_agrees_with_the_reference_on_any_answers_in_any_order(data):
    # Session records can claim any answers (issue 11 item 7): whatever the facts, the fast engine
    # and the reference choose the same next question and say the same step, reasons, causes, tips.
    kb = real_kb()
    chosen = data.draw(st.lists(st.sampled_from(list(kb.questions)), unique=True, max_size=16), label="answered")
    facts = {}
    for qid in chosen:
        q = kb.questions[qid]
        facts[qid] = data.draw(st.one_of(_calm_first(q), st.just(UNCLEAR)), label=qid)
    assert summary_of(evaluate(kb, facts)) == reference.summary(kb, facts), f"for {facts}"


def test_every_condition_reads_exactly_the_facts_of_its_leaves():
    """The index tests `fact in cond.reads` instead of walking the leaves (kb/conditions.py): the two
    must agree for every condition in the kb and for nested and negated ones."""
    kb = real_kb()
    conditions = [f.when for f in kb.red_flags.values()] + [r.when for r in kb.rules.values()]
    conditions += [f.when for c in kb.causes.values() for f in c.features]
    conditions += [q.ask_when for q in kb.questions.values() if q.ask_when is not None]
    nested = parse_condition(
        {
            "all": [
                {"fact": "a", "is": "yes"},
                {"not": {"any": [{"fact": "b", "in": ["x"]}, {"fact": "c", "answered": True}]}},
            ]
        }
    )
    for cond in [*conditions, nested]:
        assert cond.reads == frozenset(leaf.fact for leaf in cond.leaves())
    assert nested.reads == {"a", "b", "c"}
