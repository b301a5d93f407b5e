"""Serving start-up skips the knowledge base's schema pass only for files a full validation passed.

Why it matters: the JSON-Schema pass and importing jsonschema for it were most of a cold start. A
passing full validation leaves a stamp beside the data; serving start-up trusts it only while the
files are byte for byte the ones it certifies, so an edited or broken file is still validated in
full and still stops start-up with a message naming file, entry and problem. ``python -m kb check``
and the tests never take the shortcut.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kb import KbError, load_kb
from kb.loader import DATA_DIR, STAMP, digest
from tests.kb_helpers import ROOT

_FRESH_LOAD = """
import json, sys
from pathlib import Path
from kb.loader import load_kb
kb = load_kb(Path(sys.argv[1]), trust_stamp=True)
print(json.dumps({"schema_pass": "jsonschema" in sys.modules, "number": kb.locale("en-GB").emergency_number}))
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns(STAMP + "*"))
    return target


def _fresh_start(data: Path) -> dict[str, object]:
    """Serving start-up in a fresh interpreter, as a Lambda container or a new worker does it."""
    done = subprocess.run(
        [sys.executable, "-c", _FRESH_LOAD, str(data)], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    answer: dict[str, object] = json.loads(done.stdout)
    return answer


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_start_up_validates_in_full_once_then_trusts_the_stamp_of_unchanged_files(data: Path) -> None:
    assert _fresh_start(data)["schema_pass"], "no stamp yet: the first start-up validates in full"
    assert (data / STAMP).is_file(), "a passing full validation leaves a stamp"
    assert not _fresh_start(data)["schema_pass"], "the same files again: no schema pass, jsonschema never imported"
    assert load_kb(data, trust_stamp=True) == load_kb(data), "the stamped kb is the fully validated kb"


def test_the_lambda_entry_answers_its_first_request_without_the_schema_pass() -> None:
    load_kb()  # a full validation stamps the packaged data, as `python -m kb check` does before deploying
    first_launch = """
import json, sys
import skill.serving.lambda_function as entry
from skill.devtools import envelopes
event = envelopes.envelope(envelopes.launch_request(), skill_id="amzn1.ask.skill.test")
assert entry.lambda_handler(event, None)["response"]["outputSpeech"]
print("jsonschema" in sys.modules)
"""
    done = subprocess.run([sys.executable, "-c", first_launch], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False", "a cold start with known-good data skips the schema pass"


def test_the_lambda_bundle_ships_a_stamp_its_cold_starts_trust(tmp_path: Path) -> None:
    from skill.devtools.package import assemble

    (tmp_path / ".ask").mkdir()
    (tmp_path / ".ask" / "ask-states.json").write_text("{}", encoding="utf-8")
    assemble(tmp_path, lambda_deploy=True, aws_region="eu-west-1", profile="work")
    assert _fresh_start(tmp_path / "lambda" / "kb" / "data")["schema_pass"] is False


def test_a_file_broken_after_its_stamp_still_stops_start_up_naming_file_entry_and_problem(data: Path) -> None:
    load_kb(data)
    _edit(data / "questions.yaml", "answer: {type: yes_no}", "answer: {type: maybe}")
    with pytest.raises(KbError, match=r"questions\.yaml: questions\[0\] \(chest_symptoms\)\.answer\.type: 'maybe'"):
        load_kb(data, trust_stamp=True)


def test_a_cross_reference_broken_after_its_stamp_still_stops_start_up(data: Path) -> None:
    # the stamp also spares the cross-reference checks (kb.validate), only for the files it certifies
    load_kb(data)
    _edit(data / "questions.yaml", "sources: [004_4b74db0893ac30f7.txt,", "sources: [no_such_source,")
    with pytest.raises(KbError, match=r"questions\.yaml: .*names source 'no_such_source', which sources\.yaml"):
        load_kb(data, trust_stamp=True)


def test_a_file_changed_after_its_stamp_is_served_as_it_now_reads(data: Path) -> None:
    load_kb(data)
    _edit(data / "locales.yaml", 'emergency_number: "999"', 'emergency_number: "112"')
    assert _fresh_start(data) == {"schema_pass": True, "number": "112"}
    assert _fresh_start(data) == {"schema_pass": False, "number": "112"}, "and the new files are stamped"


def test_a_stamp_edited_apart_from_its_files_is_not_trusted(data: Path) -> None:
    load_kb(data)
    stamp = data / STAMP
    stamp.write_text(stamp.read_text(encoding="utf-8").replace('"999"', '"998"'), encoding="utf-8")
    assert _fresh_start(data) == {"schema_pass": True, "number": "999"}, "the files win over a doctored stamp"


def test_kb_check_and_plain_loads_validate_in_full_even_under_a_forged_stamp(data: Path) -> None:
    _edit(data / "questions.yaml", "answer: {type: yes_no}", "answer: {type: maybe}")
    sources = {path.stem: path.read_text(encoding="utf-8") for path in data.glob("*.yaml")}
    from kb.yaml_loader import parse_yaml

    documents = json.dumps({name: parse_yaml(text) for name, text in sources.items()})
    (data / STAMP).write_text(f"{digest(sources, documents)}\n{documents}", encoding="utf-8")
    with pytest.raises(KbError, match=r"questions\.yaml: .*'maybe'"):
        load_kb(data)
    check = subprocess.run(
        [sys.executable, "-m", "kb", "--data", str(data), "check"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert check.returncode == 2 and "questions.yaml" in check.stderr, check.stderr
