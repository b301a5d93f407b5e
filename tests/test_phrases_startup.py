"""Start-up takes the phrase files' documents from their stamp only while it certifies the files.

Why it matters: importing PyYAML to parse the phrase files cost a cold start about 8 ms (its regexes)
once the kb and the word data came from their own stamps. A parse leaves the documents beside the
files as JSON; a start-up uses them only while every file is the one they came from, so an edited
phrase is spoken and a broken file still stops start-up with its message.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from skill.phrases import PHRASES_DIR, STAMP, PhrasesError, load_phrases
from tests.kb_helpers import real_kb

KB = real_kb()


@pytest.fixture
def phrases_dir(tmp_path: Path) -> Path:
    for path in PHRASES_DIR.glob("*.yaml"):
        shutil.copyfile(path, tmp_path / path.name)
    return tmp_path


def _refused(*args: object, **kwargs: object) -> None:
    raise AssertionError("the phrase files were parsed again, not taken from the stamp")


def test_a_second_start_takes_the_stamp_and_says_the_same(phrases_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = load_phrases(KB, phrases_dir)
    assert (phrases_dir / STAMP).is_file(), "a parse leaves a stamp beside the files"
    monkeypatch.setattr(yaml, "load", _refused)
    assert load_phrases(KB, phrases_dir).by_locale == parsed.by_locale


def test_an_edited_phrase_is_read_afresh_not_from_the_stamp(phrases_dir: Path) -> None:
    load_phrases(KB, phrases_dir)
    path = phrases_dir / "en-GB.yaml"
    path.write_text("phrases:\n  goodbye: Cheerio, and mind how you go.\n", encoding="utf-8")
    edited = load_phrases(KB, phrases_dir)
    assert edited.phrase("goodbye", "en-GB") == "Cheerio, and mind how you go."
    assert edited.phrase("goodbye", "en-US") != "Cheerio, and mind how you go."


def test_a_broken_file_still_stops_start_up_with_its_message_though_a_stamp_is_there(phrases_dir: Path) -> None:
    load_phrases(KB, phrases_dir)
    path = phrases_dir / "en-AU.yaml"
    path.write_text("phrases:\n  goodbye: Cheers\n  goodbye: Hooroo\n", encoding="utf-8")
    with pytest.raises(PhrasesError, match=r"en-AU\.yaml: cannot read: .*the key 'goodbye' is given twice"):
        load_phrases(KB, phrases_dir)


def test_a_stamp_edited_by_hand_is_ignored(phrases_dir: Path) -> None:
    parsed = load_phrases(KB, phrases_dir)
    stamp = phrases_dir / STAMP
    whole = stamp.read_text(encoding="utf-8")
    goodbye = parsed.by_locale["en-US"]["goodbye"]
    assert goodbye in whole
    stamp.write_text(whole.replace(goodbye, "Off you pop."), encoding="utf-8")
    assert load_phrases(KB, phrases_dir).by_locale == parsed.by_locale
    stamp.write_text(whole[: len(whole) // 2], encoding="utf-8")
    assert load_phrases(KB, phrases_dir).by_locale == parsed.by_locale


def test_a_missing_base_file_still_stops_start_up(phrases_dir: Path) -> None:
    load_phrases(KB, phrases_dir)
    (phrases_dir / "en.yaml").unlink()
    with pytest.raises(PhrasesError, match=r"en\.yaml: cannot read"):
        load_phrases(KB, phrases_dir)
