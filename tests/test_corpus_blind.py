"""The blind part of the paraphrase corpus (tests/paraphrases/blind/*.yaml): answers written by
someone who never saw the model or its misses. They are always held out and never train, so they
never feed the model, and are scored on their own (``corpus_score --blind``). Unlike the hash-chosen
held-out part, a blind answer that happens to be a phrase the kb or templates already had is a fair
hit, so the generator neither strips nor refuses such phrases. Tested on a tiny corpus written here,
never on the real blind files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from skill.devtools import corpus_score
from skill.devtools import interaction_model_gen as gen
from skill.devtools.corpus import CorpusError, load_corpus
from skill.devtools.question_list import question_list
from skill.spoken import spoken_key
from tests.kb_helpers import real_kb

KB = real_kb()


def _corpus(tmp_path: Path, blind: dict[str, str]) -> Path:
    (tmp_path / "_corpus.yaml").write_text(
        'today: 2026-11-29\nseed_phrases: ["yes", "a little bit"]\n', encoding="utf-8"
    )
    (tmp_path / "grinding.yaml").write_text(
        "question: grinding\nanswers:\n"
        '  - {say: "yes", intent: "yes", facts: {grinding: "yes"}}\n'
        '  - {say: "it crunches when I squat", intent: answer, facts: {grinding: "yes"}}\n',
        encoding="utf-8",
    )
    (tmp_path / "blind").mkdir()
    for name, text in blind.items():
        (tmp_path / "blind" / name).write_text(text, encoding="utf-8")
    return tmp_path


GRINDING_BLIND = (
    "question: grinding\nanswers:\n"
    '  - {say: "a little bit", intent: "yes", facts: {grinding: "yes"}}\n'  # a seed phrase, yet held out
    '  - {say: "it sounds like gravel in there", intent: answer, facts: {grinding: "yes"}}\n'
    '  - {say: "purple monkey dishwasher", intent: fallback}\n'
)


def test_blind_entries_are_always_held_out_and_scored_apart(tmp_path):
    corpus = load_corpus(KB, _corpus(tmp_path, {"grinding.yaml": GRINDING_BLIND}))
    blind = corpus.blind()
    assert [e.say for e in blind] == ["a little bit", "it sounds like gravel in there", "purple monkey dishwasher"]
    assert all(e.held_out and e.blind for e in blind)
    labels = {e.label for e in blind}
    assert not labels & {e.label for e in corpus.train()} and not labels & {e.label for e in corpus.held_out()}


def test_blind_answers_never_feed_the_model_but_earlier_phrases_stay(tmp_path):
    heard = gen.corpus_phrases(KB, _corpus(tmp_path, {"grinding.yaml": GRINDING_BLIND}))
    model = gen.build_model(KB, "en-US", gen.load_templates(), heard)["interactionModel"]["languageModel"]
    phrases = {spoken_key(s) for intent in model["intents"] for s in intent["samples"]}
    for slot_type in model["types"]:
        for value in slot_type["values"]:
            phrases.update(spoken_key(p) for p in [value["name"]["value"], *value["name"].get("synonyms", [])])
    assert spoken_key("it sounds like gravel in there") not in phrases, "a blind answer is never train"
    assert "a little bit" in phrases, "a template phrase the blind writer happened to say stays: a fair hit"


def test_a_kb_phrase_that_is_also_a_blind_answer_does_not_stop_the_generator(tmp_path):
    onset = 'question: onset\nanswers:\n  - {say: "it crept up", intent: answer, facts: {onset: gradual}}\n'
    heard = gen.corpus_phrases(KB, _corpus(tmp_path, {"onset.yaml": onset}))
    model = gen.build_model(KB, "en-US", gen.load_templates(), heard)["interactionModel"]["languageModel"]
    onset_type = next(t for t in model["types"] if t["name"] == "ONSET_VALUE")
    assert any("it crept up" in v["name"].get("synonyms", []) for v in onset_type["values"])


def test_corpus_score_prints_each_blind_round_apart(tmp_path, capsys):
    directory = _corpus(tmp_path, {"grinding.yaml": GRINDING_BLIND})
    (directory / "blind" / "round2").mkdir()
    (directory / "blind" / "round2" / "grinding.yaml").write_text(
        'question: grinding\nanswers:\n  - {say: "it clunks a bit", intent: answer, facts: {grinding: "yes"}}\n',
        encoding="utf-8",
    )
    assert corpus_score.main(["--blind"], directory=directory) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("try-it resolver: ") and "of 3 blind round 1 answers understood" in printed
    assert "of 1 blind round 2 answers understood" in printed
    assert "grinding" in printed


def test_a_blind_folder_not_named_by_its_round_is_refused(tmp_path):
    directory = _corpus(tmp_path, {})
    (directory / "blind" / "roundx").mkdir()
    (directory / "blind" / "roundx" / "grinding.yaml").write_text(GRINDING_BLIND, encoding="utf-8")
    with pytest.raises(CorpusError, match="roundN"):
        load_corpus(KB, directory)


def test_a_corpus_file_with_a_key_given_twice_is_refused(tmp_path):
    # a writer's second "answers:" list would otherwise replace the first, and its entries vanish unscored
    directory = _corpus(tmp_path, {"grinding.yaml": GRINDING_BLIND + "answers: []\n"})
    with pytest.raises(CorpusError, match=r"grinding\.yaml: not valid YAML: the key 'answers' is given twice"):
        load_corpus(KB, directory)


@pytest.mark.parametrize(
    ("openers", "problem"),
    [
        ('{leg_signs: {fever: "yes"}}', "implied_openers.leg_signs.fever: not a kb question asked after leg_signs"),
        ("{knee_signs: {knee_mechanics: [wobbles]}}", r"\['wobbles'\] are not all values of knee_mechanics"),
        ('{sore_knee: {lump: "yes"}}', "implied_openers.sore_knee: not a kb question"),
    ],
)
def test_an_implied_opener_must_be_the_kbs_own_opener_and_follow_up(tmp_path, openers, problem):
    """Why: the scorer accepts an opener's yes beside its follow-up's only because the kb asks the one after
    the other; a pair made up in the settings would let a wrong store pass as a hit."""
    directory = _corpus(tmp_path, {})
    settings = directory / "_corpus.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + f"implied_openers: {openers}\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=problem):
        load_corpus(KB, directory)


def test_corpus_score_says_when_there_is_no_blind_part(tmp_path, capsys):
    assert corpus_score.main(["--blind"], directory=_corpus(tmp_path, {})) == 0
    assert "no blind answers" in capsys.readouterr().out


@pytest.mark.parametrize("flags", [["--help"], ["--trian"], ["--train", "--blind"]])
def test_corpus_score_scores_nothing_when_asked_for_something_it_does_not_know(tmp_path, capsys, flags):
    """A typo or a request for help must not print the held-out misses, which would spend the figure."""
    directory = _corpus(tmp_path, {"grinding.yaml": GRINDING_BLIND})
    with pytest.raises(SystemExit):
        corpus_score.main(flags, directory=directory)
    printed = capsys.readouterr()
    assert "usage:" in printed.out + printed.err
    assert "understood" not in printed.out + printed.err


def test_the_writers_question_list_names_every_question_its_type_and_its_ids():
    """What a blind writer records must be what the corpus accepts: every question, as heard, with its
    answer type and, for a choice, every value id with the words the skill says for it."""
    listed = question_list(KB)
    for question in KB.questions.values():
        section = _section_of(listed, question.id)
        assert f'says: "{KB.say(question.text, "en-US")}"' in section
        assert question.answer_type in section.splitlines()[0]
        if question.number_range is not None:
            assert "from {} to {}".format(*question.number_range) in section.splitlines()[0]
        if question.answer_type == "duration":
            assert "in days" in section.splitlines()[0]
        for value in question.values:
            assert f"`{value.id}`: {KB.say(value.say, 'en-US')}" in section
        if question.ask_when is not None:
            assert all(fact in section for fact in question.ask_when.reads)


def test_the_writers_question_list_shows_no_phrase_the_skill_understands():
    """A writer who saw the synonyms or volunteer phrases would write what the model already knows, and
    the round would measure nothing: none appears, unless the question's own words say it too."""
    listed = question_list(KB)
    for question in KB.questions.values():
        lines = _section_of(listed, question.id).lower().splitlines()
        section = "\n".join(line for line in lines[1:] if "asked only after" not in line)  # the words, not the ids
        spoken = " ".join([KB.say(question.text, "en-US"), *(KB.say(v.say, "en-US") for v in question.values)])
        hidden = [*question.volunteer, *(s for v in question.values for s in v.synonyms)]
        leaked = [p for p in hidden if p.lower() in section and p.lower() not in spoken.lower()]
        assert not leaked, f"{question.id}: {leaked}"


def _section_of(listed: str, question_id: str) -> str:
    start = listed.index(f"## {question_id} (")
    end = listed.find("\n## ", start + 1)
    return listed[start : end if end >= 0 else len(listed)]
