"""The validator stops a broken knowledge base at load time with a message naming file, entry, problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb import UNKNOWN, KbError, assess, load_kb
from kb.loader import DATA_DIR
from tests.kb_helpers import ROOT


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_real_knowledge_base_loads():
    kb = load_kb()
    assert kb.questions and kb.causes and len(kb.dispositions) == 5 and len(kb.locales) == 5


def test_rule_reading_an_unknown_fact_is_rejected(data):
    _edit(data / "rules.yaml", "{fact: knee_mechanics, is: locks}", "{fact: knee_wobble, is: locks}")
    with pytest.raises(KbError, match=r"rules\.yaml: locked_knee: reads fact 'knee_wobble', which no question asks"):
        load_kb(data)


def test_core_question_condition_reading_an_unknown_fact_is_rejected(data):
    _edit(
        data / "questions.yaml",
        "always_ask: &knee_and_lump\n      all:\n        - {fact: location,",
        "always_ask: &knee_and_lump\n      all:\n        - {fact: pain_where,",
    )
    with pytest.raises(KbError, match=r"questions\.yaml: knee_signs: reads fact 'pain_where', which no question asks"):
        load_kb(data)


def test_target_length_beyond_the_cap_is_rejected(data):
    _edit(data / "policy.yaml", "target_answers: 7", "target_answers: 13")
    with pytest.raises(KbError, match=r"policy\.yaml: target_answers: is 13, more than max_answers \(12\)"):
        load_kb(data)


def test_value_a_question_cannot_give_is_rejected(data):
    _edit(data / "rules.yaml", "{fact: knee_mechanics, is: locks}", "{fact: knee_mechanics, is: explodes}")
    with pytest.raises(KbError, match=r"rules\.yaml: locked_knee: tests 'knee_mechanics' for 'explodes'"):
        load_kb(data)


def test_missing_source_is_rejected(data):
    _edit(data / "rules.yaml", "sources: [ottawa_knee_rule]", "sources: [made_up_study]")
    with pytest.raises(KbError, match=r"rules\.yaml: older_after_injury: names source 'made_up_study'"):
        load_kb(data)


def test_text_missing_for_a_locale_is_rejected(data):
    _edit(data / "dispositions.yaml", 'title: "See a doctor today"', 'title: {en-GB: "See a GP today"}')
    with pytest.raises(KbError, match=r"dispositions\.yaml: dispositions\[2\] \(urgent_same_day\)\.title"):
        load_kb(data)


def test_unknown_placeholder_is_rejected(data):
    _edit(data / "dispositions.yaml", "Contact {urgent_care}.", "Contact {urgent_clinic}.")
    with pytest.raises(
        KbError,
        match=r"dispositions\.yaml: urgent_same_day: advice for en-US uses unknown placeholder \{urgent_clinic\}",
    ):
        load_kb(data)


def test_question_depending_on_a_later_question_is_unreachable(data):
    _edit(
        data / "questions.yaml",
        'ask_when: {fact: tingling, is: "yes"}',
        'ask_when: {fact: sport, is: "yes"}',
    )
    with pytest.raises(KbError, match=r"questions\.yaml: tingling_passed: unreachable: it depends on 'sport'"):
        load_kb(data)


def test_question_nothing_reads_is_unreachable(data):
    with (data / "questions.yaml").open("a", encoding="utf-8") as handle:
        handle.write("""
  - id: favourite_colour
    phase: narrowing
    answer: {type: yes_no}
    text: "Do you like blue?"
    reprompt: "Blue?"
    help: "Just asking."
    sources: [001_7379083b62fac6f9.txt]
    reviewed: 2026-11-22
""")
    with pytest.raises(
        KbError, match=r"questions\.yaml: favourite_colour: unreachable: no red flag, rule, cause or tip reads"
    ):
        load_kb(data)


def test_red_flag_whose_dont_know_leads_nowhere_cautious_is_rejected(data):
    _edit(
        data / "rules.yaml",
        "when: {fact: leg_cold_pale, is: unknown}",
        'when: {fact: leg_cold_pale, is: "no"}',
    )
    with pytest.raises(
        KbError,
        match=r"red_flags\.yaml: limb_ischaemia: 'I don't know' to 'leg_cold_pale' leads to nothing as cautious",
    ):
        load_kb(data)


def test_red_flag_firing_on_dont_know_without_honest_advice_is_rejected(data):
    _edit(data / "red_flags.yaml", "    advice_unsure: \"Call {emergency_number} now. You weren't sure", "    #")
    with pytest.raises(KbError, match=r"red_flags\.yaml: pulmonary_embolism: can fire on 'I don't know' but has no"):
        load_kb(data)


def test_emergency_advice_that_does_not_start_with_the_action_is_rejected(data):
    _edit(data / "red_flags.yaml", 'advice: "Call {emergency_number} now. A foot', 'advice: "A foot')
    with pytest.raises(KbError, match=r"red_flags\.yaml: limb_ischaemia: advice must start with the action"):
        load_kb(data)


def test_question_naming_more_than_three_options_is_rejected(data):
    _edit(
        data / "questions.yaml",
        'signs: ["tingling", "numbness", "a shooting pain"]',
        'signs: ["tingling", "numbness", "a shooting pain", "running down the leg"]',
    )
    with pytest.raises(
        KbError, match=r"questions\.yaml: tingling: names 4 options; a spoken question may name at most 3"
    ):
        load_kb(data)


def test_choice_question_speaking_too_many_values_is_rejected(data):
    _edit(
        data / "questions.yaml",
        'text: "What makes it worse, like stairs, squatting or walking, or another movement?"',
        'text: "What makes it worse: stairs, squatting, twisting, or walking?"',
    )
    with pytest.raises(KbError, match=r"questions\.yaml: worse_with: names 4 options"):
        load_kb(data)


def test_none_of_those_is_the_value_a_bare_no_names_whatever_its_id(data):
    """ "None of those" is no option to count: the kb knows it by its "no" synonym (the same value a
    bare no answers in the skill), not by an id spelled "none"."""
    _edit(data / "questions.yaml", "- id: none\n", "- id: nothing\n")
    _edit(data / "causes.yaml", "{fact: knee_mechanics, is: none}", "{fact: knee_mechanics, is: nothing}")
    question = load_kb(data).questions["knee_mechanics"]
    assert question.none_value is not None and question.none_value.id == "nothing"
    _edit(data / "questions.yaml", '"neither", "no", ', '"neither", ')
    with pytest.raises(KbError, match=r"questions\.yaml: knee_mechanics: names 4 options"):
        load_kb(data)


def test_sign_not_said_in_the_text_is_rejected(data):
    _edit(data / "questions.yaml", 'signs: ["grind", "creak", "crackle"]', 'signs: ["grind", "creak", "pop"]')
    with pytest.raises(KbError, match=r"questions\.yaml: grinding: sign 'pop' is not said in the text"):
        load_kb(data)


def test_reprompt_that_repeats_the_question_is_rejected(data):
    _edit(
        data / "questions.yaml",
        'reprompt: "Put a hand on the knee and bend it. Do you feel or hear crunching? Say yes or no."',
        'reprompt: "Does the knee grind, creak or crackle when you move it?"',
    )
    with pytest.raises(KbError, match=r"questions\.yaml: grinding: the reprompt must add guidance"):
        load_kb(data)


def test_schema_error_names_the_entry(data):
    _edit(
        data / "rules.yaml",
        'disposition: see_doctor\n    reason: "the knee gives way',
        'disposition: see_a_wizard\n    reason: "the knee gives way',
    )
    with pytest.raises(
        KbError, match=r"rules\.yaml: rules\[13\] \(gives_way\)\.disposition: 'see_a_wizard' is not one of"
    ):
        load_kb(data)


def test_broken_yaml_syntax_is_rejected(data):
    (data / "advice.yaml").write_text("advice:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(KbError, match=r"advice\.yaml: \(whole file\): not valid YAML"):
        load_kb(data)


def test_a_key_given_twice_is_rejected_not_silently_overwritten(data):
    # plain YAML keeps the second value and drops the first without a word
    text = (data / "advice.yaml").read_text(encoding="utf-8")
    (data / "advice.yaml").write_text(text + "advice: []\n", encoding="utf-8")
    with pytest.raises(KbError, match=r"advice\.yaml: \(whole file\): not valid YAML: the key 'advice' is given twice"):
        load_kb(data)


def test_missing_file_is_rejected(data):
    (data / "causes.yaml").unlink()
    with pytest.raises(KbError, match=r"causes\.yaml: \(whole file\): missing"):
        load_kb(data)


def test_duplicate_id_is_rejected(data):
    text = (data / "rules.yaml").read_text(encoding="utf-8").replace("id: gives_way", "id: locked_knee")
    (data / "rules.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(KbError, match=r"rules\.yaml: locked_knee: the same id is used twice"):
        load_kb(data)


def test_check_command_prints_a_summary():
    done = subprocess.run([sys.executable, "-m", "kb", "check"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    for label in ("red flags:", "causes:", "questions:", "rules:", "locales:       5"):
        assert label in done.stdout, f"summary lacks {label!r}:\n{done.stdout}"
    assert len(done.stdout.splitlines()) <= 24, "the summary fits on one screen"


def test_question_too_long_to_hold_in_mind_is_rejected(data):
    _edit(
        data / "questions.yaml",
        'text: "How old are you?"',
        'text: "Could you please tell me how old you are in years, '
        'counting from the very day you were born until today?"',
    )
    with pytest.raises(
        KbError, match=r"questions\.yaml: age: text for en-US has 21 words; a spoken text may have at most 20"
    ):
        load_kb(data)


def test_reprompt_or_help_too_long_for_a_short_turn_is_rejected(data):
    _edit(
        data / "questions.yaml",
        'help: "Some causes are more common at certain ages. Just say your age, like forty two."',
        'help: "Some causes are more common at certain ages, so it helps me to know roughly how old you are. '
        'Just say your age in years, like forty two."',
    )
    with pytest.raises(
        KbError, match=r"questions\.yaml: age: help for en-US has 28 words; a spoken help may have at most 25"
    ):
        load_kb(data)


def test_a_typo_in_a_policy_frame_stops_loading_not_a_conversation(data):
    _edit(data / "policy.yaml", "because {reasons}.", "because {reason}.")
    with pytest.raises(
        KbError, match=r"policy\.yaml: frames\.because: text for en-US uses unknown placeholder \{reason\}"
    ):
        load_kb(data)


def test_a_turn_of_no_tips_is_refused_on_load(data):
    _edit(data / "policy.yaml", "tips_per_turn: 2", "tips_per_turn: 0")
    with pytest.raises(KbError, match=r"policy\.yaml.*tips_per_turn"):
        load_kb(data)


def test_a_policy_frame_that_leaves_out_one_of_its_parts_stops_loading(data):
    """A frame without {then} would silently drop every reason after the first."""
    _edit(data / "policy.yaml", 'and: "{first}, and {then}"', 'and: "{first}"')
    with pytest.raises(KbError, match=r"policy\.yaml: frames\.and: text for en-US leaves out \{then\}"):
        load_kb(data)


def test_reasons_said_together_are_joined_by_the_policy_frame_not_by_code(data):
    _edit(data / "policy.yaml", 'and: "{first}, and {then}"', 'and: "{first}; also, {then}"')
    kb = load_kb(data)
    because = kb.say(assess(kb, {"calf_swollen": UNKNOWN, "hot_knee": UNKNOWN}).because, "en-US")
    assert because == (
        "I'm suggesting this because you weren't sure whether one calf is swollen, warm or red; also, "
        "you weren't sure whether the knee is hot or red."
    )


def test_a_rule_may_not_lead_to_an_emergency(data):
    """Only a red flag may: its advice is what an emergency ending says first (emergency_dispositions)."""
    text = (data / "rules.yaml").read_text(encoding="utf-8")
    first = text.index("disposition: urgent_same_day")
    (data / "rules.yaml").write_text(
        text[:first] + "disposition: emergency_department" + text[first + len("disposition: urgent_same_day") :],
        encoding="utf-8",
    )
    with pytest.raises(KbError, match=r"rules\.yaml: suspected_dvt: only a red flag may lead to an emergency"):
        load_kb(data)
