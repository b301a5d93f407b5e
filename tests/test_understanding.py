"""The free-text word data (skill/understanding.yaml) and its reader: checked against the kb when
the skill starts, so a kb question without words stops start-up instead of a conversation.

The safety rules of the reading are tested through the real skill in tests/test_skill_free_text.py;
here, the data's validation and the reader's building blocks (clauses, contractions, negation).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
import yaml

from kb import KnowledgeBase
from skill import understanding
from skill.skill_builder import build_skill
from skill.understanding import WORDS_FILE, WordsError, clauses, load_words, read, words_for
from tests.kb_helpers import real_kb

KB = real_kb()
WORDS = words_for(KB)


def _written(tmp_path: Path, change) -> Path:
    raw = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "understanding.yaml"
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def test_the_real_word_data_covers_every_kb_question():
    assert set(WORDS.questions) == set(KB.questions)
    for question in KB.questions.values():
        words = WORDS.questions[question.id]
        if question.answer_type == "yes_no":
            assert words.yes.pattern or words.when_asked.pattern, question.id
        if question.answer_type == "choice":
            assert set(words.values) == set(question.value_ids()), question.id


def test_a_new_kb_question_without_words_stops_start_up():
    grinding = KB.questions["grinding"]
    grown: KnowledgeBase = dataclasses.replace(
        KB, questions={**KB.questions, "new_sign": dataclasses.replace(grinding, id="new_sign")}
    )
    with pytest.raises(WordsError, match="new_sign"):
        build_skill(kb=grown)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda raw: raw["questions"].update({"no_such_question": {"sign": ["x"]}}), "no_such_question"),
        (lambda raw: raw["questions"].update({"grinding": {"denial": ["quiet"]}}), "grinding"),
        (lambda raw: raw["questions"]["location"]["values"].pop("calf"), "calf"),
        (lambda raw: raw["questions"]["location"]["values"].update({"ankle": ["ankle"]}), "ankle"),
        (lambda raw: raw["questions"]["grinding"]["sign"].append("(grinds|creaks"), "unbalanced"),
        (lambda raw: raw.update({"say_yes": "yes"}), "say_yes"),
        (lambda raw: raw["numbers"].update({"least_unasked_age": "sixteen"}), "least_unasked_age"),
        (lambda raw: raw["numbers"].pop("duration_before"), "duration_before"),
        (lambda raw: raw["questions"]["onset"].update({"answers_too": ["grinding"]}), "answers_too"),
        (lambda raw: raw["questions"]["onset"].update({"answers_too": ["onset"]}), "answers_too"),
    ],
)
def test_word_data_that_does_not_fit_the_kb_is_refused_naming_the_entry(tmp_path, change, message):
    with pytest.raises(WordsError, match=message):
        load_words(KB, _written(tmp_path, change))


def test_the_words_are_loaded_once_per_kb():
    assert words_for(KB) is words_for(KB)


@pytest.mark.parametrize(
    "said, parts",
    [
        ("no, but my calf is swollen", ["no ", "my calf is swollen "]),
        ("yes and it's hot", ["yes ", "it is hot "]),
        ("it's all black and blue", ["it is all black and blue "]),  # a phrase with "and" is kept whole
        ("going up and down the stairs", ["going up and down the stairs "]),
        ("I can’t walk", ["i can not walk "]),  # a typographic apostrophe
        ("my calf isnt swollen", ["my calf is not swollen "]),  # speech-to-text without apostrophes
    ],
)
def test_clauses(said, parts):
    assert clauses(WORDS, said) == parts


def test_a_gap_never_crosses_a_negator():
    """ "my calf is not swollen" is not the sign "calf ... swollen" with "is not" in between."""
    calf = KB.questions["calf_swollen"]
    assert read("my calf is not swollen", KB, calf) == {"calf_swollen": "no"}
    assert read("my calf is not swollen", KB, KB.questions["chest_symptoms"]) == {}


def test_reading_is_pure_text_in_facts_out():
    """Nothing is kept between calls: the same words read twice say the same."""
    pending = KB.questions["location"]
    assert read("down in the calf muscle", KB, pending) == read("down in the calf muscle", KB, pending)
    assert understanding.MAX_CHARS < 1000 and read("calf " * 300, KB, pending) == {}


TODAY = date(2026, 11, 29)  # a Sunday


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # to its own question, any duration or number counts
        ("duration_days", "oh a month or thereabouts", {"duration_days": 30}),
        ("duration_days", "since last Tuesday I think", {"duration_days": 5}),
        ("age", "sixty three and still going", {"age": 63}),
        # unasked, only next to the words that name it
        ("injury_severe", "no, it has been sore for two weeks though", {"injury_severe": "no", "duration_days": 14}),
        ("grinding", "yes it grinds, I am seventy one you know", {"grinding": "yes", "age": 71}),
        ("onset", "I twisted it three days ago", {"onset": "injury", "mechanism": "twist", "duration_days": 3}),
        # never a duration or an age
        ("sport", "yes, I go running twice a week", {"sport": "yes"}),
        ("cramps", "yes, they go in a few minutes", {"cramps": "yes"}),
        ("sport", "I am one of those people who never sits still", {}),
        ("clot_risk", "yes, I am three weeks pregnant", {"clot_risk": "yes"}),
        # two different numbers for one question: unclear, so neither
        ("age", "fifty or maybe sixty", {}),
    ],
)
def test_numbers_said_in_a_sentence(pending, words, expected):
    got = read(words, KB, KB.questions[pending], today=TODAY)
    assert {k: got[k] for k in expected if k in got} == expected and set(expected) >= set(got) - {pending}, got


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("onset", "I went over on it playing netball and twisted it", {"onset": "injury", "mechanism": "twist"}),
        ("onset", "I slipped and fell off a ladder", {"onset": "injury", "mechanism": "blow_fall"}),
        ("onset", "it crept up gradually from all my running", {"onset": "gradual"}),  # not asked for gradual pain
        ("worse_with", "twisting round in my chair", {"worse_with": ["twisting"]}),  # never the other way round
    ],
)
def test_how_it_started_in_free_words_also_says_what_happened(pending, words, expected):
    assert read(words, KB, KB.questions[pending]) == expected
