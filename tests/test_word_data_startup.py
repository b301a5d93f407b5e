"""Start-up takes the word data from its stamp only when the stamp certifies exactly what it was built from.

Why it matters: building ``skill/understanding.yaml`` (parsing it, normalising every phrase, turning
the families into regexes, checking them against the kb) was most of a cold start's first request.
A full load leaves a stamp beside the file; a later start-up uses it only while the file, the code
that builds it and the kb's questions are the ones it was built from. An edited file is built and
checked afresh (a broken one still stops start-up with its message), and a stamp built for another kb
or edited by hand is never taken: a stale stamp costs time, never gives other words.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import fields, is_dataclass, replace
from importlib import import_module
from pathlib import Path

import pytest
import yaml

from kb import load_kb
from skill import words_stamp
from skill.devtools.package import assemble
from skill.word_data import WORDS_FILE, Words, WordsError, clauses, load_words
from tests.kb_helpers import real_kb

KB = real_kb()
re_compiler = import_module("re._compiler")  # what re.compile runs for a pattern not in its cache

SAID = [
    "no, my calf isn't swollen but it's a bit red",
    "I can't walk on it for long, it gives way",
    "since Tuesday, so about four days, I'm fifty two",
]


@pytest.fixture
def words_file(tmp_path: Path) -> Path:
    path = tmp_path / "understanding.yaml"
    shutil.copyfile(WORDS_FILE, path)
    return path


def _stamp(path: Path) -> Path:
    return path.with_name(f".{path.stem}.built")


def _same_reading(first: Words, second: Words) -> None:
    assert second == first
    assert [f.source for f in second.every_family()] == [f.source for f in first.every_family()]
    for text in SAID:
        said = clauses(first, text)
        assert clauses(second, text) == said
        assert [f.spans(c) for f in second.every_family() for c in said] == [
            f.spans(c) for f in first.every_family() for c in said
        ]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not found in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_second_start_takes_the_stamp_and_reads_exactly_as_the_full_load(
    words_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = load_words(KB, words_file)
    assert _stamp(words_file).is_file(), "a full load leaves a stamp beside the file"
    monkeypatch.setattr(yaml, "load", _refused)
    _same_reading(built, load_words(KB, words_file))


def test_the_stamp_of_the_kb_validated_in_full_serves_the_kb_from_its_own_stamp(
    words_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the packager loads the kb validated in full; a Lambda start-up loads it from the kb's stamp
    built = load_words(load_kb(), words_file)
    monkeypatch.setattr(yaml, "load", _refused)
    _same_reading(built, load_words(load_kb(trust_stamp=True), words_file))


def test_an_edited_file_is_built_afresh_and_the_new_words_count(words_file: Path) -> None:
    load_words(KB, words_file)
    _edit(
        words_file,
        '  - "i (think|believe|guess|suppose|reckon) so"',
        '  - "i (think|believe|guess|suppose|reckon) so"\n  - "zebra crossing"',
    )
    edited = load_words(KB, words_file)
    assert edited.general["say_yes"].spans("zebra crossing "), "the edit is read, not the stamp's old words"
    assert load_words(KB, words_file) == edited, "and the next start takes the new stamp"


def test_a_broken_file_still_stops_start_up_with_its_message_though_a_stamp_is_there(words_file: Path) -> None:
    load_words(KB, words_file)
    good = words_file.read_text(encoding="utf-8")
    words_file.write_text(good + "entails: {}\n", encoding="utf-8")
    with pytest.raises(WordsError, match=r"understanding\.yaml: not valid YAML: the key 'entails' is given twice"):
        load_words(KB, words_file)
    words_file.write_text(good, encoding="utf-8")
    _edit(
        words_file,
        '  - "i (think|believe|guess|suppose|reckon) so"',
        '  - "i ((think|believe|guess|suppose|reckon) so"',
    )
    with pytest.raises(WordsError, match="unbalanced brackets"):
        load_words(KB, words_file)


def test_a_file_saved_with_other_line_endings_is_built_afresh_and_reads_the_same(words_file: Path) -> None:
    # the stamp certifies the file's bytes; a full load reads its text with universal newlines, as before
    built = load_words(KB, words_file)
    words_file.write_bytes(words_file.read_bytes().replace(b"\n", b"\r\n"))
    _same_reading(built, load_words(KB, words_file))


def test_a_file_that_is_not_utf8_still_stops_start_up_though_a_stamp_is_there(words_file: Path) -> None:
    load_words(KB, words_file)
    words_file.write_bytes(words_file.read_bytes() + b"# caf\xe9\n")
    with pytest.raises(UnicodeDecodeError):
        load_words(KB, words_file)


def test_a_stamp_built_for_another_kb_is_not_taken(words_file: Path) -> None:
    question = KB.questions["calf_swollen"]
    reworded = replace(question, text={**question.text, "en": question.text["en"] + " Any zebra stripes?"})
    other = replace(KB, questions={**KB.questions, question.id: reworded})
    load_words(KB, words_file)
    assert "zebra" in load_words(other, words_file).questions[question.id].asked_words
    assert "zebra" not in load_words(KB, words_file).questions[question.id].asked_words


def test_a_stamp_edited_by_hand_or_cut_short_is_ignored(words_file: Path) -> None:
    built = load_words(KB, words_file)
    stamp = _stamp(words_file)
    whole = stamp.read_text(encoding="utf-8")
    assert "calf" in whole
    stamp.write_text(whole.replace("calf", "elbow"), encoding="utf-8")
    _same_reading(built, load_words(KB, words_file))
    stamp.write_text(whole[: len(whole) // 2], encoding="utf-8")
    _same_reading(built, load_words(KB, words_file))


def _patterns(value: object) -> list[re.Pattern[str]]:
    """Every compiled pattern the word data holds (the families keep only their sources)."""
    if isinstance(value, re.Pattern):
        return [value]
    if is_dataclass(value) and not isinstance(value, type):
        return [p for f in fields(value) for p in _patterns(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _patterns(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _patterns(item)]
    return []


def test_the_stamps_patterns_are_the_engines_own_programs_not_compiled_again(
    words_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # compiling the numbers and the clause splitters was about 20 ms of each cold start: the stamp
    # keeps each pattern's program, and a start-up hands it to the engine as it was compiled
    built = load_words(KB, words_file)
    re.purge()
    monkeypatch.setattr(re_compiler, "compile", _refused)
    taken = load_words(KB, words_file)
    monkeypatch.undo()
    patterns = _patterns(taken)
    assert len(patterns) > 40, "the numbers, the splitters, the contractions..."
    for pattern, original in zip(patterns, _patterns(built), strict=True):
        fresh = re.compile(pattern.pattern, pattern.flags)
        # a Pattern equals another only with the same source, flags and program
        assert pattern == fresh == original
        assert (pattern.groups, dict(pattern.groupindex)) == (fresh.groups, dict(fresh.groupindex))
    _same_reading(built, taken)


def test_a_program_the_engine_refuses_is_compiled_from_its_source() -> None:
    # what a runtime whose engine changed its format without a new version would meet
    refused = words_stamp._compiled({"R": r"(?P<n>\d+) days?", "f": re.UNICODE, "g": 1, "n": [["n", 1]], "c": "AAAA"})
    assert refused == re.compile(r"(?P<n>\d+) days?")
    assert refused.search("for 12 days").group("n") == "12"  # type: ignore[union-attr]


def _refused(*args: object, **kwargs: object) -> None:
    raise AssertionError("the word data was built again, not taken from the stamp")


_BUNDLE_START = """
import sys
import skill.word_data as word_data
from kb import load_kb
from skill.phrases import load_phrases

kb = load_kb(trust_stamp=True)
load_phrases(kb)
words = word_data.load_words(kb)
# neither the word data nor the phrases parsed YAML: PyYAML is not even imported
print(word_data.__file__.startswith(sys.argv[1]), len(words.questions), "yaml" in sys.modules)
"""


def test_the_lambda_bundle_starts_from_the_stamp_the_packager_wrote(tmp_path: Path) -> None:
    assemble(tmp_path, lambda_deploy=True)
    bundle = tmp_path / "lambda"
    done = subprocess.run(
        [sys.executable, "-c", _BUNDLE_START, str(bundle)], cwd=bundle, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", str(len(KB.questions)), "False"]


def test_sign_groups_that_could_not_tell_a_screens_signs_apart_stop_start_up(words_file: Path) -> None:
    # "warm" in the swelling group too: a lesser degree of one sign could pass for two signs apart
    _edit(words_file, "    - [swollen, swelling, swell,", "    - [warm, swollen, swelling, swell,")
    with pytest.raises(WordsError, match=r"sign_groups\.leg_signs: groups share words \['warm'\]"):
        load_words(KB, words_file)


def test_sign_groups_of_a_question_that_is_no_red_flag_screen_stop_start_up(words_file: Path) -> None:
    _edit(words_file, "sign_groups:\n", "sign_groups:\n  onset: [[sudden], [gradual]]\n")
    with pytest.raises(WordsError, match=r"sign_groups: 'onset' is not a red-flag yes/no question"):
        load_words(KB, words_file)


def test_a_detail_of_its_own_from_a_question_not_asked_before_it_stops_start_up(words_file: Path) -> None:
    # what makes it worse is not asked before the toe test: a value of it said there is no detail of the test's
    _edit(words_file, "    its_own_detail: [location]\n", "    its_own_detail: [worse_with]\n")
    with pytest.raises(WordsError, match=r"toe_pull_pain\.its_own_detail: choice questions asked before it"):
        load_words(KB, words_file)


def test_a_no_kept_unclear_for_a_question_that_is_no_red_flag_screen_stops_start_up(words_file: Path) -> None:
    # the guard keeps a colour screen's no unclear beside a told tear; naming an ordinary question guards nothing
    _edit(words_file, "      unclear_to: [leg_signs, calf_swollen,", "      unclear_to: [location, calf_swollen,")
    with pytest.raises(WordsError, match=r"implies_when_told\.unclear_to: \['location'\] are not red-flag screens"):
        load_words(KB, words_file)


def test_a_part_asked_back_is_a_phrase_checked_like_every_family(words_file: Path) -> None:
    # a part's words are built as the other families' are: an unclosed bracket stops start-up naming the part
    walk = '      - asked: "(was i able to |could you |could i |did i |can i |)'
    _edit(words_file, walk, '      - asked: "((was i able to |')
    with pytest.raises(WordsError, match=r"part_echoes\.injury_severe: unbalanced brackets"):
        load_words(KB, words_file)
