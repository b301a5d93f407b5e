"""The engine over the real knowledge base: red flags first and final, golden cases, short interviews."""

from __future__ import annotations

import dataclasses
import statistics

import pytest

from kb import UNKNOWN, FactsError, assess, next_question
from tests.kb_helpers import answer_from, golden_cases, interview, play_case, real_kb


def test_the_clot_screens_come_first_lungs_then_leg():
    kb = real_kb()
    q = next_question(kb, {})
    assert q is not None and q.phase == "red_flag", "the interview must open with a red-flag screen"
    assert q.id == "chest_symptoms", f"the screen for a clot in the lungs comes first, got {q.id}"
    assert next_question(kb, {"chest_symptoms": "no"}).id == "leg_signs", "then the leg and knee signs, clot first"


@pytest.mark.parametrize("signs", ["yes", UNKNOWN, "unclear"])
def test_leg_signs_yes_unsure_or_unclear_asks_each_leg_screen_most_urgent_first(signs):
    kb = real_kb()
    facts, asked = interview(
        kb, lambda q: "no" if q.answer_type == "yes_no" else UNKNOWN, start={"chest_symptoms": "no", "leg_signs": signs}
    )
    # The blood-supply screen can lead to the emergency number, so it comes before the clot and joint screens.
    assert asked[:3] == ["leg_cold_pale", "calf_swollen", "hot_knee"], f"each sign gets its own screen: {asked}"
    assert not assess(kb, facts).emergency, "no to every specific screen lets the interview go on"


def test_leg_signs_no_skips_the_leg_screens_but_a_volunteered_sign_still_counts():
    kb = real_kb()
    calm = {"chest_symptoms": "no", "leg_signs": "no"}
    assert next_question(kb, calm).id == "onset", "no leg or knee signs: straight on to how it started"
    said = {**calm, "calf_swollen": "yes"}  # "my calf is swollen", said later in the conversation
    assert next_question(kb, said).id == "clot_risk", "a swollen calf asks about clot risks next"
    assert assess(kb, {**said, "clot_risk": "yes"}).red_flags[0].id == "dvt"
    assert assess(kb, {**said, "clot_risk": "no"}).disposition.id == "urgent_same_day"


def test_all_unconditional_red_flag_screens_come_before_any_narrowing_question():
    kb = real_kb()
    _facts, asked = interview(kb, lambda q: "no" if q.answer_type == "yes_no" else UNKNOWN)
    screens = [q.id for q in kb.questions.values() if q.phase == "red_flag" and q.ask_when is None]
    assert asked[: len(screens)] == screens, f"red-flag screens must be asked first, in order; asked {asked}"


@pytest.mark.parametrize("flag_id", list(real_kb().red_flags))
def test_every_red_flag_alone_ends_the_interview_with_its_emergency_disposition(flag_id):
    kb = real_kb()
    flag = kb.red_flags[flag_id]
    for facts in _firing_facts(kb, flag.when):
        result = assess(kb, facts)
        value = facts
        assert result.disposition.id == flag.disposition, f"{value} should give {flag.disposition}"
        assert result.emergency, f"{flag_id} must be emergency-level"
        assert result.done and next_question(kb, facts) is None, f"{flag_id} must end the interview at once"
        assert result.red_flags[0].id == flag_id, "the fired red flag comes first in the assessment"
        assert result.tips == (), "no home-care tips are offered when a red flag fires"


def test_red_flag_screen_answered_no_does_not_fire():
    kb = real_kb()
    for q in kb.questions.values():
        if q.phase == "red_flag":
            assert not assess(kb, {q.id: "no"}).red_flags, f"{q.id}=no must not fire a red flag"


@pytest.mark.parametrize("case", golden_cases(), ids=lambda c: c["id"])
def test_golden_case(case):
    kb = real_kb()
    expect = case["expect"]
    facts, asked = play_case(kb, case)
    result = assess(kb, facts)
    fired = [f.id for f in result.red_flags]
    assert result.disposition.id == expect["disposition"], (
        f"{case['id']}: got {result.disposition.id}, reasons {[r.id for r in result.reasons]}, asked {asked}"
    )
    if "red_flag" in expect:
        assert expect["red_flag"] in fired, f"{case['id']}: red flag {expect['red_flag']} should fire; fired {fired}"
    if "not_red_flag" in expect:
        assert expect["not_red_flag"] not in fired, f"{case['id']}: {expect['not_red_flag']} must not fire"
    if "leading_cause" in expect:
        leading = result.leading.cause.id if result.leading else None
        assert leading == expect["leading_cause"], (
            f"{case['id']}: leading cause {leading}, ranking {[(c.cause.id, c.score) for c in result.causes]}"
        )
    assert len(asked) <= kb.policy.max_answers, f"{case['id']} took {len(asked)} answers"


def test_a_typical_interview_reaches_advice_in_six_to_eight_answers():
    kb = real_kb()
    calm = [c for c in golden_cases() if not c["expect"]["disposition"].startswith("emergency")]
    lengths = sorted(len(play_case(kb, c)[1]) for c in calm)
    assert 6 <= statistics.median(lengths) <= 8, f"answers per golden interview without a red flag: {lengths}"


def test_every_cause_leads_in_some_golden_case():
    kb = real_kb()
    led = {c["expect"].get("leading_cause") for c in golden_cases()}
    missing = [c for c in kb.causes if c not in led]
    assert not missing, f"causes with no golden case where the seeds' typical answers rank them first: {missing}"


def test_every_red_flag_has_a_firing_and_a_non_firing_golden_case():
    kb = real_kb()
    cases = golden_cases()
    for flag in kb.red_flags:
        assert any(c["expect"].get("red_flag") == flag for c in cases), f"no golden case where {flag} fires"
        assert any(c["expect"].get("not_red_flag") == flag for c in cases), f"no golden case where {flag} must not fire"


def test_every_disposition_level_is_reached_by_some_golden_case():
    reached = {c["expect"]["disposition"] for c in golden_cases()}
    assert reached == set(real_kb().dispositions), (
        f"levels without a golden case: {set(real_kb().dispositions) - reached}"
    )


def test_volunteered_facts_are_used_and_their_questions_skipped():
    kb = real_kb()
    volunteered = {"lump": "yes", "onset": "gradual"}
    _facts, asked = interview(kb, answer_from({}), start=volunteered)
    assert "lump" not in asked and "onset" not in asked, f"volunteered facts were asked again: {asked}"
    assert "cyst_burst" in asked, "a volunteered lump still opens the burst-cyst screen"
    assert asked.index("cyst_burst") == len(
        [q for q in kb.questions.values() if q.phase == "red_flag" and q.ask_when is None]
    ), "the burst-cyst screen is asked right after the other red-flag screens, before narrowing questions"


def test_volunteered_red_flag_ends_before_any_question():
    kb = real_kb()
    assert next_question(kb, {"chest_symptoms": "yes"}) is None
    assert assess(kb, {"chest_symptoms": "yes"}).disposition.id == "emergency_call"


def test_toe_test_is_only_suggested_when_a_clot_is_already_possible():
    kb = real_kb()
    screened = {"chest_symptoms": "no", "leg_signs": "no", "onset": "gradual", "location": "calf"}
    _, asked = interview(
        kb, lambda q: "no" if q.answer_type == "yes_no" else UNKNOWN, start={**screened, "clot_risk": "no"}
    )
    assert "toe_pull_pain" not in asked, "without a clot risk the test would only flag every calf strain"
    _, asked = interview(
        kb, lambda q: "no" if q.answer_type == "yes_no" else UNKNOWN, start={**screened, "clot_risk": "yes"}
    )
    assert "toe_pull_pain" in asked, "with a clot risk a painful test can move the advice up to emergency care"


def test_toe_test_never_reassures():
    kb = real_kb()
    base = {
        "calf_swollen": "no",
        "chest_symptoms": "no",
        "leg_cold_pale": "no",
        "hot_knee": "no",
        "location": "calf",
        "clot_risk": "yes",
    }
    with_neg = assess(kb, {**base, "toe_pull_pain": "no"})
    assert with_neg.disposition.rank >= assess(kb, base).disposition.rank, "a negative toe test must not lower urgency"
    assert with_neg.disposition.id == "urgent_same_day", "clot risk with calf pain still means same-day care"


def test_bad_facts_are_refused_with_a_clear_message():
    kb = real_kb()
    with pytest.raises(FactsError, match="unknown fact 'elbow'"):
        next_question(kb, {"elbow": "yes"})
    with pytest.raises(FactsError, match="calf_swollen"):
        assess(kb, {"calf_swollen": True})
    with pytest.raises(FactsError, match="location"):
        assess(kb, {"location": "elbow"})
    with pytest.raises(FactsError, match="age"):
        assess(kb, {"age": 400})


def test_answers_without_a_red_flag_never_add_up_to_an_emergency():
    # Calf pain, a clot risk and a painful toe test: a possible clot needing a scan today (NHS, NICE
    # NG158), not the emergency department; only a red flag reaches an emergency (issue 8).
    kb = real_kb()
    facts = {
        "chest_symptoms": "no",
        "leg_signs": "no",
        "onset": "sudden",
        "location": "calf",
        "clot_risk": "yes",
        "toe_pull_pain": "yes",
    }
    result = assess(kb, facts)
    assert not result.red_flags and result.disposition.id == "urgent_same_day", result.disposition.id
    assert result.leading is not None and result.leading.cause.id == "deep_vein_thrombosis"
    assert result.warning is not None and "rub" in kb.say(result.warning, "en-US"), "the clot caution is spoken"


def _firing_facts(kb, when):
    """Every combination of yes/unknown answers to the condition's facts that fires it."""
    import itertools

    facts = sorted({leaf.fact for leaf in when.leaves()})
    for combo in itertools.product(("yes", UNKNOWN), repeat=len(facts)):
        candidate = dict(zip(facts, combo, strict=True))
        if when.holds(candidate):
            yield candidate


def test_a_screen_left_unclear_is_not_a_symptom_but_is_named_with_what_to_do():
    kb = real_kb()
    facts = {"chest_symptoms": "unclear"}
    result = assess(kb, facts)
    assert not result.emergency and not result.red_flags, "a misheard answer is never a reported symptom"
    assert next_question(kb, facts).id != "chest_symptoms", "an unclear screen is not asked again"
    assert result.disposition.rank >= kb.dispositions[kb.policy.unclear_screen_at_least].rank
    (line,) = [kb.say(text, "en-GB") for text in result.unclear]
    assert line.startswith("I couldn't tell whether you have chest pain") and "call 999 now" in line, line


def test_dont_know_fires_same_day_care_and_the_advice_says_why_without_claiming_the_sign():
    kb = real_kb()
    facts = {"chest_symptoms": "no", "leg_signs": "yes", "leg_cold_pale": "unknown"}
    result = assess(kb, facts)
    assert result.disposition.id == "urgent_same_day" and not result.emergency
    because = kb.say(result.because, "en-US")
    assert (
        because == "I'm suggesting this because you weren't sure whether your foot or lower leg is cold, pale or blue."
    )
    assert [kb.say(t, "en-US") for t in result.if_unsure] == [kb.say(kb.questions["leg_cold_pale"].if_so, "en-US")]


def test_emergency_advice_says_the_action_first_and_names_what_fired():
    kb = real_kb()
    injury = assess(kb, {"onset": "injury", "injury_severe": "yes"})
    advice = kb.say(injury.emergency_advice, "en-US")
    assert advice.startswith("Go to the emergency room now.") and "torn ligament" in advice and "clot" not in advice
    unsure = assess(kb, {"chest_symptoms": "unknown"})
    said = kb.say(unsure.emergency_advice, "en-AU")
    assert said.startswith("Call 000 now.") and "weren't sure" in said, said


def test_red_flag_screens_open_at_once_are_asked_most_urgent_first():
    kb = real_kb()
    # A kick to the calf opens the serious-injury screen (emergency department) and, once the calf is
    # named, the pressure screen (emergency number): the more urgent one is asked first.
    facts = {"chest_symptoms": "no", "leg_signs": "no", "onset": "injury", "mechanism": "blow_fall", "location": "calf"}
    assert next_question(kb, facts).id == "calf_tight"


_GRADUAL_BEHIND = {"chest_symptoms": "no", "leg_signs": "no", "onset": "gradual", "location": "behind_knee"}
_STRAIN = {"chest_symptoms": "no", "leg_signs": "no", "onset": "injury", "injury_severe": "no"}
_STRAIN |= {"mechanism": "sprint_jump", "location": "thigh"}


def _asked_after(start: dict[str, object], answers: dict[str, object]) -> tuple[dict[str, object], list[str]]:
    kb = real_kb()
    calm = answer_from(answers)
    return interview(kb, calm, start=start)


def test_no_to_the_knee_opener_skips_locking_and_the_lump_and_still_ends_in_home_care():
    facts, asked = _asked_after(_GRADUAL_BEHIND, {"knee_signs": "no", "worse_with": ["squatting"], "duration_days": 3})
    assert asked[0] == "knee_signs", f"the opener comes first for pain behind the knee: {asked}"
    assert "knee_mechanics" not in asked and "lump" not in asked, asked
    assert assess(real_kb(), facts).disposition.id == "self_care"


@pytest.mark.parametrize(
    ("behind", "expect"),
    [({"knee_mechanics": "locks"}, "urgent_same_day"), ({"lump": "yes"}, "see_doctor"), ({"lump": UNKNOWN}, None)],
)
def test_yes_or_unsure_to_the_knee_opener_asks_what_it_named_so_the_advice_can_still_move(behind, expect):
    for opener in ("yes", UNKNOWN):
        facts, asked = _asked_after(_GRADUAL_BEHIND, {"knee_signs": opener, **behind})
        assert {"knee_mechanics", "lump"} <= set(asked), f"{opener}: both questions behind the opener: {asked}"
        if "lump" in behind:
            assert "cyst_burst" in asked, "a lump, or not knowing, still opens the burst-cyst screen"
        if expect:
            assert assess(real_kb(), facts).disposition.id == expect


def test_an_opener_is_not_asked_once_a_question_it_opens_was_volunteered():
    """ "It gives way", said before the knee opener: asking "does it get stuck or give way?" next
    would ignore the answer and invite a contradicting "no"; the lump is still asked on its own."""
    kb = real_kb()
    facts = {**_GRADUAL_BEHIND, "knee_mechanics": "gives_way"}
    calm = answer_from({})
    asked = []
    while (question := next_question(kb, facts)) is not None and question.id != "lump":
        asked.append(question.id)
        facts[question.id] = calm(question)
    assert "knee_signs" not in asked, asked
    assert question is not None and question.id == "lump", "the other question behind the opener is still asked"


def test_a_swollen_calf_asks_about_the_lump_at_once_not_through_the_knee_opener():
    start = {"chest_symptoms": "no", "leg_signs": "yes", "leg_cold_pale": "no", "calf_swollen": "yes"}
    start |= {"hot_knee": "no", "clot_risk": "no", "onset": "sudden", "location": "behind_knee", "mechanism": "at_rest"}
    _, asked = _asked_after(start, {"lump": "yes", "cyst_burst": "yes"})
    assert "knee_signs" not in asked and asked[:2] == ["lump", "cyst_burst"], asked


def test_a_muscle_injury_opener_answered_no_skips_tear_reinjury_and_duration():
    facts, asked = _asked_after(_STRAIN, {"muscle_signs": "no"})
    assert asked == ["muscle_signs"], f"a mild strain needs no more: {asked}"
    assert assess(real_kb(), facts).disposition.id == "self_care"


@pytest.mark.parametrize(
    ("behind", "expect"),
    [
        ({"muscle_tear": "yes"}, "urgent_same_day"),
        ({"reinjured": "yes", "duration_days": 3}, "see_doctor"),
        ({"duration_days": 10}, "see_doctor"),
    ],
)
def test_yes_to_the_muscle_injury_opener_finds_which_one_and_moves_the_advice(behind, expect):
    facts, asked = _asked_after(_STRAIN, {"muscle_signs": "yes", **behind})
    assert asked[:2] == ["muscle_signs", "muscle_tear"], f"the most urgent question behind the opener first: {asked}"
    assert assess(real_kb(), facts).disposition.id == expect, asked


def test_a_case_without_the_opener_answers_it_from_what_it_names():
    kb = real_kb()
    answer = answer_from({"lump": "yes"})
    assert answer(kb.questions["knee_signs"]) == "yes", "someone with a lump says yes to 'or a lump behind it?'"
    assert answer_from({"knee_mechanics": "catches"})(kb.questions["knee_signs"]) == "no", "catching is not named"
    assert answer_from({"duration_days": 10})(kb.questions["muscle_signs"]) == "yes", "'a week or more'"
    assert answer_from({"duration_days": 3})(kb.questions["muscle_signs"]) == "no"


def test_may_answer_allows_only_an_open_question_that_skips_no_screen_and_no_emergency():
    """The cheap check a front end makes before storing an answer to a pending question it was handed."""
    from kb import evaluate, may_answer

    kb = real_kb()
    first = evaluate(kb, {}).question
    assert first is not None and first.phase == "red_flag"
    assert may_answer(kb, {}, first.id), "the first screen, with nothing known"
    assert not may_answer(kb, {}, "location"), "a narrowing question while a screen is still open"
    assert not may_answer(kb, {first.id: "no"}, first.id), "a question already answered"
    assert not may_answer(kb, {}, "no_such_question")
    assert not may_answer(kb, {first.id: "yes"}, "location"), "nothing may be asked once an emergency is known"
    calm = {**_GRADUAL_BEHIND}
    nxt = evaluate(kb, calm).question
    assert nxt is not None and may_answer(kb, calm, nxt.id), "the engine's own next question"


def test_a_caller_editing_an_evaluation_cannot_change_the_next_one():
    # A front end may keep or edit the facts an evaluation hands back; the next evaluation of the
    # same facts must say the same, and a number keeps the type it was given.
    from kb import evaluate

    kb = real_kb()
    facts = {"chest_symptoms": "no", "leg_signs": "no", "onset": "gradual", "age": 60}
    first = evaluate(kb, facts)
    first.facts["onset"] = "injury"  # a careless caller
    again = evaluate(kb, facts)
    assert again.facts == facts and again.facts is not first.facts, "each caller gets its own facts"
    assert (again.question, again.assessment) == (first.question, first.assessment)
    as_float = evaluate(kb, {**facts, "age": 60.0})
    assert as_float.facts["age"] == 60.0 and isinstance(as_float.facts["age"], float)
    with pytest.raises(FactsError):
        evaluate(kb, {**facts, "age": True})  # a yes/no is never taken as a number


def test_facts_said_unasked_cost_no_answer():
    """A duration said in passing is a fact, but the person was not asked for it: it does not count
    towards the target length, so the interview asks what it would have asked anyway."""
    kb = real_kb()
    facts = {
        "chest_symptoms": "no",
        "leg_signs": "no",
        "onset": "gradual",
        "location": "behind_knee",
        "knee_signs": "no",
        "clot_risk": "no",
        "duration_days": 4,
    }
    assert len(facts) == kb.policy.target_answers
    counted = next_question(kb, facts)
    free = next_question(kb, facts, unasked={"duration_days"})
    assert free is not None and free.id == "worse_with", free
    assert counted is None or counted.id != "worse_with", "counted as an answer, the target is reached"


def test_a_changed_copy_of_the_kb_builds_its_own_index():
    """The index is derived from the kb, so a copy made with dataclasses.replace never carries the
    index of the kb it came from: the engine builds the copy's own on first use."""
    kb = real_kb()
    fewer = dataclasses.replace(kb, questions={k: q for k, q in kb.questions.items() if k != "toe_pull_pain"})
    assert kb.index is not None and "toe_pull_pain" in kb.index.candidates
    assert fewer.index is None
    next_question(fewer, {})
    assert fewer.index is not None and "toe_pull_pain" not in fewer.index.candidates
