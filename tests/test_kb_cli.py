"""The JSON command line other front ends and reviewers use."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from kb.loader import DATA_DIR
from tests.kb_helpers import ROOT, real_kb


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kb", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60
    )


def test_next_from_standard_input_gives_the_clot_screen():
    done = _run("next", "--facts", "-", stdin="{}")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["done"] is False and out["question"]["id"] == "chest_symptoms"
    assert out["question"]["text"].endswith("?") and out["question"]["reprompt"], "a question and its reprompt"


def test_next_from_a_file_skips_answered_questions(tmp_path: Path):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"chest_symptoms": "no"}), encoding="utf-8")
    out = json.loads(_run("next", "--facts", str(facts)).stdout)
    assert out["question"]["id"] == "leg_signs"


def test_assess_speaks_the_locale_emergency_number():
    for locale, number in (("en-US", "911"), ("en-GB", "999"), ("en-AU", "000"), ("en-IN", "112"), ("en-CA", "911")):
        done = _run("assess", "--facts", "-", "--locale", locale, stdin='{"chest_symptoms": "yes"}')
        out = json.loads(done.stdout)
        assert out["disposition"]["id"] == "emergency_call" and out["done"] is True
        assert number in out["red_flags"][0]["advice"], f"{locale} must say {number}: {out['red_flags'][0]['advice']}"
    swollen = '{"calf_swollen": "yes", "clot_risk": "yes"}'
    gb = json.loads(_run("assess", "--facts", "-", "--locale", "en-GB", stdin=swollen).stdout)
    assert "A&E" in gb["red_flags"][0]["advice"], "en-GB names A&E"


def test_assess_says_what_an_unsure_or_unclear_answer_means():
    unsure = json.loads(_run("assess", "--facts", "-", stdin='{"calf_swollen": "yes", "clot_risk": "unknown"}').stdout)
    assert unsure["emergency_advice"].startswith("Go to the emergency room now.")
    assert "weren't sure" in unsure["emergency_advice"], "the advice does not claim a clot risk nobody reported"
    unclear = json.loads(_run("assess", "--facts", "-", stdin='{"chest_symptoms": "unclear"}').stdout)
    assert unclear["emergency_advice"] is None and unclear["disposition"]["emergency"] is False
    assert unclear["unclear"] and unclear["unclear"][0].startswith("I couldn't tell whether you have chest pain")


def test_assess_lists_reasons_with_sources():
    out = json.loads(_run("assess", "--facts", "-", stdin='{"knee_mechanics": "locks"}').stdout)
    assert out["disposition"]["id"] == "urgent_same_day"
    reason = next(r for r in out["reasons"] if r["id"] == "locked_knee")
    assert reason["sources"] and "lock" in reason["text"]


def test_assess_counts_answers_to_questions_asked_not_facts_said_unasked():
    """ "No, but it's been four days": the duration came free, so it is no answer in the count."""
    facts = '{"chest_symptoms": "no", "leg_signs": "no", "duration_days": 4}'
    asked = json.loads(_run("assess", "--facts", "-", stdin=facts).stdout)
    assert asked["answered"] == 3
    out = json.loads(_run("assess", "--facts", "-", "--unasked", "duration_days", stdin=facts).stdout)
    assert out["answered"] == 2
    done = _run("assess", "--facts", "-", "--unasked", "duration_days,age", stdin=facts)
    assert done.returncode == 2 and "--unasked names 'age'" in done.stderr and "Traceback" not in done.stderr


def test_next_asks_more_when_some_facts_were_said_unasked():
    """Twelve facts are the whole interview (policy max_answers), unless some came unasked."""
    facts = json.dumps(
        {
            "chest_symptoms": "no",
            "leg_signs": "no",
            "onset": "sudden",
            "location": "calf",
            "clot_risk": "no",
            "tingling": "yes",
            "tingling_passed": "yes",
            "nerve_red_flags": "no",
            "foot_weak": "no",
            "duration_days": 0,
            "age": 40,
            "cramps": "no",
        }
    )
    assert json.loads(_run("next", "--facts", "-", stdin=facts).stdout)["done"] is True
    out = json.loads(_run("next", "--facts", "-", "--unasked", "age,cramps", stdin=facts).stdout)
    assert out["done"] is False and out["question"]["id"]


def test_bad_facts_give_a_clear_error_and_exit_code():
    done = _run("assess", "--facts", "-", stdin='{"calf_swollen": "maybe"}')
    assert done.returncode == 2 and "calf_swollen" in done.stderr and "Traceback" not in done.stderr
    done = _run("next", "--facts", "-", stdin="{not json")
    assert done.returncode == 2 and "not valid JSON" in done.stderr
    done = _run("next", "--facts", "/no/such/file.json")
    assert done.returncode == 2 and "cannot read facts file" in done.stderr


def test_broken_knowledge_base_stops_with_file_entry_and_problem(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    rules = data / "rules.yaml"
    rules.write_text(
        rules.read_text(encoding="utf-8").replace('{fact: tingling, in: ["yes", unknown]}', "{fact: tingles, is: yes}"),
        encoding="utf-8",
    )
    done = _run("--data", str(data), "check")
    assert done.returncode == 2
    assert "rules.yaml: nerve_symptoms: reads fact 'tingles'" in done.stderr, done.stderr


def test_report_names_every_rule_its_disposition_and_sources(tmp_path: Path):
    out = tmp_path / "report.md"
    done = _run("report", "--out", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    kb = real_kb()
    for entry in [*kb.red_flags.values(), *kb.rules.values()]:
        line = next((row for row in text.splitlines() if row.startswith(f"| {entry.id} |")), None)
        assert line, f"report lacks a row for {entry.id}"
        assert entry.disposition in line, f"{entry.id}'s row lacks its disposition"
        assert kb.sources[entry.sources[0]].title in line, f"{entry.id}'s row lacks its sources"
    for cause in kb.causes:
        assert f"### {cause}:" in text, f"report lacks cause {cause}"
