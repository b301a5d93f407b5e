"""The free-text word data (skill/understanding.yaml) and its reader: checked against the kb when
the skill starts, so a kb question without words stops start-up instead of a conversation.

The safety rules of the reading are tested through the real skill in tests/test_skill_free_text.py;
here, the data's validation and the reader's building blocks (clauses, contractions, negation).
"""

from __future__ import annotations

import copy
import dataclasses
import functools
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from kb import UNKNOWN, KnowledgeBase
from kb.index import with_index
from skill import word_data
from skill.skill_builder import build_skill
from skill.understanding import read
from skill.word_data import WORDS_FILE, WordsError, clauses, clauses_cut, load_words, words_for
from tests.kb_helpers import assert_reads, named_rows, reading_row, real_kb

KB = real_kb()
WORDS = words_for(KB)


@functools.cache
def _real_raw() -> dict[str, Any]:
    """The word data as parsed YAML, read once: parsing it was a third of each refusal case below."""
    return dict(yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")))


def _written(tmp_path: Path, change) -> Path:
    raw = copy.deepcopy(_real_raw())
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


def test_every_family_of_the_real_word_data_compiles():
    """Families compile on first use (start-up only builds them), so every one is compiled here."""
    families = WORDS.every_family()
    assert len(families) > 100 and all(f.source is None or f.pattern is not None for f in families)


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
        (lambda raw: raw["questions"]["hot_knee"].update({"parts": ["elbow"]}), "hot_knee.parts"),
        (lambda raw: raw["questions"]["location"].update({"yes_from_days": 7}), "location.yes_from_days"),
        (lambda raw: raw["questions"]["tingling"].update({"implies": {"onset": ["x"]}}), "tingling.implies"),
        (lambda raw: raw["questions"]["tingling"].update({"implies": ["both legs"]}), "tingling.implies"),
        (lambda raw: raw["questions"]["reinjured"].update({"dates_itself": "yes"}), "reinjured.dates_itself"),
        # words inside another question's values: only a choice question's, never for a red-flag screen
        (lambda raw: raw["questions"]["sport"].update({"within": ["grinding"]}), "sport.within"),
        (lambda raw: raw["questions"]["hot_knee"].update({"within": ["worse_with"]}), "hot_knee.within"),
        (lambda raw: raw.update({"slot_subjects": {"symptom": "it is"}}), "slot_subjects.symptom"),
        # a part of a red-flag screen denied is never its no
        (
            lambda raw: raw["questions"]["chest_symptoms"].update({"part_denied": ["no pain"]}),
            "chest_symptoms.part_denied",
        ),
        (lambda raw: raw.update({"possessive": ["husband"]}), "possessive"),
        # bare symptom words said of a part another slot named get a subject only from words that start one
        (lambda raw: raw.update({"subject_of_the_part": "swollen"}), "subject_of_the_part"),
        (lambda raw: raw.pop("subject_of_the_part"), "subject_of_the_part"),
        # a value that refines another: a single choice's own values, one way only, never past a red-flag screen
        (lambda raw: raw["questions"]["mechanism"]["refines"].update({"wrenched": ["twist"]}), "mechanism.refines"),
        (lambda raw: raw["questions"]["mechanism"]["refines"].update({"sprint_jump": ["twist"]}), "both ways"),
        (lambda raw: raw["questions"]["worse_with"].update({"refines": {"stairs": ["bending"]}}), "worse_with"),
        (lambda raw: raw["questions"]["grinding"].update({"refines": {"yes": ["no"]}}), "grinding.refines"),
        # a blow opens the calf screen (calf_tight) the knee bent back does not: never guessed away
        (lambda raw: raw["questions"]["mechanism"]["refines"]["bent_back"].append("blow_fall"), r"\['blow_fall'\]"),
        (lambda raw: raw["entails"]["knee_mechanics"].update({"wobbles": {"knee_signs": "yes"}}), "knee_mechanics"),
        (lambda raw: raw["entails"]["lump"].update({"yes": {"knee_signs": "maybe"}}), "entails.lump.yes"),
        (lambda raw: raw["entails"]["lump"].update({"yes": {"no_such_question": "yes"}}), "entails.lump.yes"),
        (lambda raw: raw["entails"]["lump"].update({"yes": {"lump": "yes"}}), "entails.lump.yes"),
        (lambda raw: raw["entails"].update({"no_such_question": {"yes": {"lump": "yes"}}}), "no_such_question"),
        # a part said back and answered: a yes/no screen the kb has, and both answers of a part or neither
        (lambda raw: raw["part_echoes"]["screens"].update({"location": [{"asked": "calf"}]}), "location"),
        (lambda raw: raw["part_echoes"]["screens"]["injury_severe"][0].pop("denied"), "needs both answers"),
        (lambda raw: raw["part_echoes"]["screens"]["injury_severe"][0].update({"means": "x"}), "unknown keys"),
    ],
)
def test_word_data_that_does_not_fit_the_kb_is_refused_naming_the_entry(tmp_path, change, message):
    with pytest.raises(WordsError, match=message):
        load_words(KB, _written(tmp_path, change))


def test_word_data_with_a_key_given_twice_is_refused_naming_the_key(tmp_path):
    # two people adding a question's when_asked in separate places: the first list must not vanish
    path = tmp_path / "understanding.yaml"
    path.write_text(WORDS_FILE.read_text(encoding="utf-8") + "entails: {}\n", encoding="utf-8")
    with pytest.raises(WordsError, match=r"understanding\.yaml: not valid YAML: the key 'entails' is given twice"):
        load_words(KB, path)


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
        # Alexa sends no punctuation: a yes or no starts a clause wherever it stands
        ("my calf no that's fine", ["my calf ", "no ", "that is fine "]),
        ("nah none of that haven't been anywhere", ["nah ", "none of that ", "have not been anywhere "]),
        ("yeah nah they look the same", ["yeah nah ", "they look the same "]),  # one idiom, one clause
        ("yes and pain is more", ["yes ", "pain is more "]),  # "and" before the pain starts a new thought
        ("yes after my operation", ["yes ", "after my operation "]),  # the yes answers the question asked
        ("it aches now and then but my calf is swollen", ["it aches now and then ", "my calf is swollen "]),
        # ...but not where "no" negates what follows
        ("my foot has no normal colour", ["my foot has no normal colour "]),
        ("there is no pain in my chest", ["there is no pain in my chest "]),
    ],
)
def test_clauses(said, parts):
    assert clauses(WORDS, said) == parts


@pytest.mark.parametrize(
    "said, cut",
    [
        ("no, but my calf is swollen", [("no ", "but"), ("my calf is swollen ", "")]),  # the comma and its "but"
        ("no, my calf is swollen", [("no ", ""), ("my calf is swollen ", "")]),  # a comma alone: no word
        ("it aches but my calf is swollen though", [("it aches ", "but"), ("my calf is swollen ", "though")]),
        ("it aches, though it's fine", [("it aches ", "though"), ("it is fine ", "")]),
        ("it aches... though it's fine", [("it aches ", "though"), ("it is fine ", "")]),  # dots, then the word
        ("my calf no that's fine", [("my calf ", ""), ("no ", ""), ("that is fine ", "")]),  # cut at no word
        ("it's all black and blue though", [("it is all black and blue ", "though")]),
    ],
)
def test_each_clause_keeps_the_word_it_was_cut_at(said, cut):
    """``clauses_cut``: the word the text was cut at right after a clause, so a reading of how it was closed looks at
    it, never at the text again; the clauses themselves are ``clauses``'s."""
    assert clauses_cut(WORDS, said) == cut
    assert [clause for clause, _ in cut] == clauses(WORDS, said)


def test_a_gap_never_crosses_a_negator():
    """ "my calf is not swollen" is not the sign "calf ... swollen" with "is not" in between."""
    calf = KB.questions["calf_swollen"]
    assert read("my calf is not swollen", KB, calf) == {"calf_swollen": "no"}
    assert read("my calf is not swollen", KB, KB.questions["chest_symptoms"]) == {}


def test_reading_is_pure_text_in_facts_out():
    """Nothing is kept between calls: the same words read twice say the same."""
    pending = KB.questions["location"]
    assert read("down in the calf muscle", KB, pending) == read("down in the calf muscle", KB, pending)
    assert word_data.MAX_CHARS < 1000 and read("calf " * 300, KB, pending) == {}


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
        # unasked, a duration is the pain's only in a clause about the pain, and a day or more
        ("clot_risk", "yes, I had a baby six weeks ago", {"clot_risk": "yes"}),
        ("fever", "yes, I have felt feverish since yesterday", {"fever": "yes"}),
        ("morning_stiffness", "yes, it is stiff for about ten minutes", {"morning_stiffness": "yes"}),
        ("clot_risk", "no, the pain only started on Tuesday", {"clot_risk": "no", "duration_days": 5}),
        # two different numbers for one question: unclear, so neither
        ("age", "fifty or maybe sixty", {}),
        # a number that is no age: a measure, "one of", or words that are no one number
        ("onset", "I am a hundred percent sure it came on gradually", {"onset": "gradual"}),
        ("age", "I am one of those people who never ask", {}),
        ("age", "nineteen fifty two", {}),
        ("age", "oh I would say about sixty", {"age": 60}),
        # "one" in a sentence is no age
        ("age", "my leg is bigger than the other one", {"calf_swollen": "yes"}),
        # the age still to come "come" a month is no age now; a decade narrowed is one age
        ("age", "sixty, sixty one come August", {"age": 60}),
        ("age", "in my fifties, late fifties", {"age": 58}),
        ("age", "in my forties, late fifties", {}),
        # a fever's own time dates the fever, not the knee; an amount the pain came on over is a duration, the
        # vague few weeks or months are how it came on
        ("fever", "yes, I've had a fever since Thursday", {"fever": "yes"}),
        ("fever", "yeah, been feeling rough since Friday, a bit of a temp", {"fever": "yes"}),
        ("fever", "no fever, but the knee's been sore for four days", {"fever": "no", "duration_days": 4}),
        ("onset", "it came on slowly over a few months", {"onset": "gradual"}),
        ("onset", "gradually, over about six weeks", {"onset": "gradual", "duration_days": 42}),
        # an earlier injury denied is none: the time said after it is the pain's
        (
            "muscle_signs",
            "no pop, never hurt it before, it's only been three days",
            {"muscle_signs": "no", "duration_days": 3},
        ),
    ],
)
def test_numbers_said_in_a_sentence(pending, words, expected):
    got = read(words, KB, KB.questions[pending], today=TODAY)
    assert {k: got[k] for k in expected if k in got} == expected and set(expected) >= set(got) - {pending}, got


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # the sport named with the injury is the sport question's yes too (the corpus's recording convention)
        (
            "onset",
            "I went over on it playing netball and twisted it",
            {"onset": "injury", "mechanism": "twist", "sport": "yes"},
        ),
        ("onset", "I slipped and fell off a ladder", {"onset": "injury", "mechanism": "blow_fall"}),
        ("onset", "it crept up gradually from all my running", {"onset": "gradual"}),  # not asked for gradual pain
        ("worse_with", "twisting round in my chair", {"worse_with": ["twisting"]}),  # never the other way round
        # only in the words that answered how it started ("running makes it worse" is what makes it worse)
        ("onset", "out of the blue, running makes it worse", {"onset": "sudden", "worse_with": ["standing_walking"]}),
        ("onset", "it came on suddenly, it is worse at night", {"onset": "sudden"}),
        # their game with the day it was played: the sport too, beside the injury; never a game watched
        ("onset", "I got hurt playing netball yesterday", {"onset": "injury", "sport": "yes", "duration_days": 1}),
        ("onset", "I was watching the football on Saturday", {}),
        # a blow taken, as players say it, or the furniture bumped: what happened and how it started, to any question
        (
            "sport",
            "yeah I play rugby and I copped a boot in the back of the knee",
            {"sport": "yes", "onset": "injury", "mechanism": "blow_fall"},
        ),
        (
            "fever",
            "no fever, I only banged my knee on the desk",
            {"fever": "no", "onset": "injury", "mechanism": "blow_fall"},
        ),
        ("sport", "yes, and I twisted the knee at training", {"sport": "yes", "onset": "injury", "mechanism": "twist"}),
        # a new job is more than usual only as an answer to the sport question; said to another it only dates the pain
        ("sport", "yes, I started a new job as a postman", {"sport": "yes"}),
        (
            "duration_days",
            "about two months, since I got a new job where I'm on my feet all day",
            {"duration_days": 60},
        ),
    ],
)
def test_how_it_started_in_free_words_also_says_what_happened(pending, words, expected):
    assert read(words, KB, KB.questions[pending]) == expected


# --- the word families, in sentences of our own ---------------------------------------------
# Each row: the question just asked, what a person says, and every fact the skill must read from
# it (an empty dict: nothing, so the question is asked again). Written from how people talk to a
# phone nurse (US, UK, Canadian, Australian and Indian English), not from any corpus answer.

FAMILIES = [
    # general yes, no and unsure forms
    ("grinding", "haan ji, it does", {"grinding": "yes"}),
    ("grinding", "you bet", {"grinding": "yes"}),
    ("cramps", "I'm afraid so", {"cramps": "yes"}),
    ("sport", "I would say so", {"sport": "yes"}),
    ("grinding", "nahi, no such problem", {"grinding": "no"}),
    ("leg_signs", "no sir, no such problem", {"leg_signs": "no"}),
    ("grinding", "not in the least", {"grinding": "no"}),
    ("leg_signs", "nothing's changed", {"leg_signs": "no"}),
    ("leg_signs", "nah, looks totally normal", {"leg_signs": "no"}),
    ("fever", "no, I'm fine apart from the knee", {"fever": "no"}),
    ("nerve_red_flags", "no, waterworks are fine", {"nerve_red_flags": "no"}),
    ("morning_stiffness", "hardly ever", {"morning_stiffness": "no"}),
    ("leg_signs", "nah, she's right", {"leg_signs": "no"}),  # Australian: it's fine
    ("leg_signs", "no it's grand", {"leg_signs": "no"}),
    ("fever", "nah, fit as a fiddle", {"fever": "no"}),
    ("clot_risk", "none of these", {"clot_risk": "no"}),
    ("lump", "god knows", {"lump": "unknown"}),
    ("lump", "I wouldn't have a clue", {"lump": "unknown"}),
    ("grinding", "it might", {"grinding": "unknown"}),
    ("leg_signs", "I can't see properly from here", {"leg_signs": "unknown"}),
    ("lump", "I'm not sure, I can't really reach", {"lump": "unknown"}),
    ("lump", "it's hard to feel", {"lump": "unknown"}),
    ("lump", "there might be something", {"lump": "unknown"}),
    ("morning_stiffness", "it varies", {"morning_stiffness": "unknown"}),
    ("grinding", "I don't pay attention to that", {"grinding": "unknown"}),
    ("grinding", "once or twice", {"grinding": "yes"}),
    ("morning_stiffness", "not that I recall", {"morning_stiffness": "no"}),
    ("cramps", "don't think so", {"cramps": "no"}),
    ("hot_knee", "don't think so", {}),  # a doubtful no is never taken for a red-flag screen
    ("calf_swollen", "I haven't compared them", {"calf_swollen": "unknown"}),
    ("grinding", "I honestly can't say", {"grinding": "unknown"}),
    ("grinding", "can't say I have", {"grinding": "no"}),  # British understatement: a no, if a weak one
    ("calf_swollen", "can't say they are", {}),  # so never a no to a red-flag screen
    ("calf_swollen", "no, no difference between them", {"calf_swollen": "no"}),
    # a "no" before a denial in one breath (speech has no commas) is still a no
    ("muscle_tear", "no no bruise", {"muscle_tear": "no"}),
    ("hot_knee", "nope feels cool", {"hot_knee": "no"}),
    ("calf_swollen", "no both calves look the same", {"calf_swollen": "no"}),
    # chest
    ("chest_symptoms", "my chest is paining", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "there's a heaviness in my chest", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I coughed up some blood this morning", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I get a bit puffed on the stairs", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my breath is short", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no chest pain, no breathlessness", {"chest_symptoms": "no"}),
    ("chest_symptoms", "nope, breathing's fine", {"chest_symptoms": "no"}),
    ("chest_symptoms", "my chest doesn't hurt", {"chest_symptoms": "no"}),
    # leg signs
    ("leg_signs", "the knee has blown up", {"leg_signs": "yes"}),
    ("leg_signs", "it's twice the size of the other one", {"leg_signs": "yes"}),
    ("leg_signs", "yes, little bit swelling is there", {"leg_signs": "yes"}),
    ("leg_signs", "no swelling, no redness", {"leg_signs": "no"}),
    ("leg_signs", "no, it's the normal colour", {"leg_signs": "no"}),
    # cold, pale foot
    ("leg_cold_pale", "yes, it feels like ice", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "my toes are a funny colour", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "no, it's warm and pink", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "my foot isn't cold", {"leg_cold_pale": "no"}),
    # calf
    ("calf_swollen", "the right one's a lot puffier", {"calf_swollen": "yes"}),
    ("calf_swollen", "my calf has doubled, it's twice the size", {"calf_swollen": "yes"}),
    ("calf_swollen", "no, they're the same size", {"calf_swollen": "no"}),
    ("calf_swollen", "no, my calf's fine", {"calf_swollen": "no"}),
    ("calf_swollen", "they look identical", {"calf_swollen": "no"}),
    ("calf_swollen", "no, I checked, they're the same", {"calf_swollen": "no"}),
    # hot knee
    ("hot_knee", "the knee feels like it's on fire", {"hot_knee": "yes"}),
    ("hot_knee", "there's some heat in it", {"hot_knee": "yes"}),
    ("hot_knee", "not red, not hot", {"hot_knee": "no"}),
    ("hot_knee", "no heat no redness", {"hot_knee": "no"}),
    ("hot_knee", "no, it's cool to touch", {"hot_knee": "no"}),
    # fever
    ("fever", "I feel rubbish", {"fever": "yes"}),
    ("fever", "I'm burning up", {"fever": "yes"}),
    ("fever", "I feel a bit off colour", {"fever": "yes"}),
    ("fever", "no I am not having fever", {"fever": "no"}),
    ("fever", "I don't feel unwell", {"fever": "no"}),
    ("fever", "no, I'm healthy otherwise", {"fever": "no"}),
    # clot risk
    ("clot_risk", "I had my hip done", {"clot_risk": "yes"}),
    ("clot_risk", "I've been on warfarin", {"clot_risk": "yes"}),
    ("clot_risk", "I'm on crutches since the op", {"clot_risk": "yes"}),
    ("clot_risk", "no operations, no travel", {"clot_risk": "no"}),
    ("clot_risk", "no, I haven't been anywhere", {"clot_risk": "no"}),
    # onset
    ("onset", "I got up this morning like this", {"onset": "sudden"}),
    ("onset", "it just happened one morning", {"onset": "sudden"}),
    ("onset", "I didn't do anything, it just started", {"onset": "sudden"}),
    ("onset", "over the last few months", {"onset": "gradual", "duration_days": 90}),
    ("onset", "slowly slowly it increased", {"onset": "gradual"}),
    ("onset", "I think it's just wear and tear", {"onset": "gradual"}),
    ("onset", "I had a tumble in the garden", {"onset": "injury"}),
    ("onset", "one minute it was fine, the next it hurt", {"onset": "sudden"}),
    ("onset", "it's been niggling for a while", {"onset": "gradual"}),
    # mechanism
    ("mechanism", "I was running for the bus", {"mechanism": "sprint_jump"}),
    ("mechanism", "my foot got stuck and I spun round", {"mechanism": "twist"}),
    ("mechanism", "I came off my bike", {"mechanism": "blow_fall"}),
    ("mechanism", "it hyperextended", {"mechanism": "bent_back"}),
    ("mechanism", "I was just walking", {"mechanism": "at_rest"}),
    ("mechanism", "I was just lying there", {"mechanism": "at_rest"}),
    ("mechanism", "it bent the wrong way", {"mechanism": "bent_back"}),  # how it happened, not a deformity
    ("injury_severe", "it looks bent the wrong way", {"injury_severe": "yes"}),
    # injury, severe
    ("injury_severe", "I had to be carried off the pitch", {"injury_severe": "yes"}),
    ("injury_severe", "it swelled up within an hour", {"injury_severe": "yes"}),
    ("injury_severe", "my kneecap slid out to the side", {"injury_severe": "yes"}),
    ("injury_severe", "no, I walked off fine", {"injury_severe": "no"}),
    ("injury_severe", "no, it only swelled the next day", {"injury_severe": "no"}),
    ("injury_severe", "no, it didn't swell much", {"injury_severe": "no"}),
    ("injury_severe", "no, I could bear weight", {"injury_severe": "no"}),
    ("injury_severe", "I couldn't bear weight", {"injury_severe": "yes"}),
    ("injury_severe", "no, I limped but managed", {"injury_severe": "no"}),
    # location
    ("location", "in the crease behind my knee", {"location": "behind_knee"}),
    ("location", "up in my hammy", {"location": "thigh"}),
    ("location", "at the top of my calf", {"location": "calf"}),
    ("location", "under the kneecap", {"location": "front"}),
    ("location", "all round the joint", {"location": "whole_knee"}),
    # calf tight
    ("calf_tight", "it feels like it's going to burst", {"calf_tight": "yes"}),
    ("calf_tight", "the pain is way out of proportion", {"calf_tight": "yes"}),
    ("calf_tight", "no, it's soft and squishy", {"calf_tight": "no"}),
    ("calf_tight", "no, the pain is about what I'd expect", {"calf_tight": "no"}),
    ("calf_tight", "it isn't hard", {"calf_tight": "no"}),
    ("calf_tight", "it's agony", {}),  # pain alone is not the rock-hard calf: asked again, never a red flag
    ("fever", "it's achy", {}),  # the knee aching is not feeling unwell
    # muscle tear
    ("muscle_tear", "I felt like I'd been kicked in the calf", {"muscle_tear": "yes"}),
    ("muscle_tear", "a massive bruise came up", {"muscle_tear": "yes"}),
    ("muscle_tear", "no, walking is fine", {"muscle_tear": "no"}),
    # knee signs
    ("knee_signs", "it goes from under me", {"knee_signs": "yes", "knee_mechanics": "gives_way"}),
    ("knee_signs", "no, it feels stable", {"knee_signs": "no"}),
    # lump
    ("lump", "it's like a golf ball back there", {"lump": "yes"}),
    ("lump", "no, I can't feel anything", {"lump": "no"}),
    ("lump", "I don't feel a lump", {"lump": "no"}),
    # cyst burst
    ("cyst_burst", "the lump just vanished", {"cyst_burst": "yes", "lump": "yes", "knee_signs": "yes"}),
    ("cyst_burst", "no, it hasn't changed", {"cyst_burst": "no"}),
    ("cyst_burst", "no, still the same size", {"cyst_burst": "no"}),
    # toe pull
    ("toe_pull_pain", "yes, it is paining more", {"toe_pull_pain": "yes"}),
    ("toe_pull_pain", "I can feel it tugging", {"toe_pull_pain": "yes"}),
    ("toe_pull_pain", "yes, it is paining behind", {"toe_pull_pain": "yes"}),
    ("toe_pull_pain", "no, I can't feel any difference", {"toe_pull_pain": "no"}),
    ("toe_pull_pain", "it makes no difference", {"toe_pull_pain": "no"}),
    # tingling
    ("tingling", "I can't feel my foot", {"tingling": "yes"}),
    ("tingling", "it's all fizzy down there in my foot", {"tingling": "yes"}),
    ("tingling", "it goes down my leg", {"tingling": "yes"}),
    ("tingling", "my foot goes to sleep", {"tingling": "yes"}),
    ("tingling", "no, it stays in one place", {"tingling": "no"}),
    ("tingling", "no tingling", {"tingling": "no"}),
    # nerve red flags
    ("nerve_red_flags", "I can't control my bowels", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I've lost control of my bladder", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I've been having trouble peeing", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "both my legs have gone numb", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "yes both knees hurt", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "no, just the one leg", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no, everything down there is normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no problems with my bladder", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no, bladder and bowels are fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no, motion and urine are normal", {"nerve_red_flags": "no"}),  # Indian English
    ("nerve_red_flags", "my bladder has been playing up", {"nerve_red_flags": "yes"}),
    # foot weak
    ("foot_weak", "my foot flops down", {"foot_weak": "yes"}),
    ("foot_weak", "there's no strength in my leg", {"foot_weak": "yes"}),
    ("foot_weak", "no, I walk normally", {"foot_weak": "no"}),
    # the leg likened to one about to give out, told to the weakness screen: the weakness, no knee sign had
    ("foot_weak", "my leg's weak, like it could buckle under me", {"foot_weak": "yes"}),
    ("foot_weak", "kind of weak, as if it's about to give way", {"foot_weak": "yes"}),
    # ...told to the knee questions, a giving way felt coming is theirs
    ("knee_signs", "yes, it feels like it could buckle", {"knee_signs": "yes", "knee_mechanics": "gives_way"}),
    # serious signs
    ("serious_signs", "I'm up at night with the pain", {"serious_signs": "yes"}),
    ("serious_signs", "my trousers are loose, I've lost weight", {"serious_signs": "yes"}),
    ("serious_signs", "no weight loss", {"serious_signs": "no"}),
    ("serious_signs", "no, I sleep like a log", {"serious_signs": "no"}),
    # reinjured
    ("reinjured", "I did the same thing last season", {"reinjured": "yes"}),
    ("reinjured", "no, this is new", {"reinjured": "no"}),
    ("reinjured", "no, never hurt it before", {"reinjured": "no"}),
    # worse with
    ("worse_with", "coming down the stairs", {"worse_with": ["stairs"]}),
    ("worse_with", "sitting on the floor", {"worse_with": ["squatting"]}),
    ("worse_with", "rolling over in bed", {"worse_with": ["twisting"]}),
    ("worse_with", "getting out of the car", {"worse_with": ["twisting"]}),
    ("worse_with", "when I touch my toes", {"worse_with": ["stretching"]}),
    # morning stiffness, grinding, cramps, sport
    ("morning_stiffness", "it takes ages to get going", {"morning_stiffness": "yes"}),
    ("morning_stiffness", "no, it's fine in the mornings", {"morning_stiffness": "no"}),
    ("grinding", "it's gritty, like there's sand in it", {"grinding": "yes"}),
    ("grinding", "no, it's silent", {"grinding": "no"}),
    ("cramps", "it knots up then lets go", {"cramps": "yes"}),
    ("cramps", "no, it's there all the time", {"cramps": "no"}),
    ("sport", "I play footy on weekends", {"sport": "yes"}),
    ("sport", "I've started couch to five k", {"sport": "yes"}),
    ("sport", "no, I don't go to the gym", {"sport": "no"}),
    # an activity said as what makes it worse answers only what makes it worse (``within``); a sport said
    # outright still answers the sport question beside it
    (
        "sport",
        "no sport for me, but it's worse when I'm walking up the hill",
        {"sport": "no", "worse_with": ["standing_walking"]},
    ),
    ("sport", "no, it hurts more when I walk to the bus stop", {"sport": "no", "worse_with": ["standing_walking"]}),
    ("sport", "it's worse when I'm walking", {"worse_with": ["standing_walking"]}),
    ("sport", "I play netball, and it's worse when I'm running", {"sport": "yes", "worse_with": ["standing_walking"]}),
    ("sport", "I jog most days and it's worse when I run", {"sport": "yes", "worse_with": ["standing_walking"]}),
    # the pain of an everyday movement is what makes it worse, not the toe stretch asked about: never its yes (with a
    # clot possible that yes is an emergency), while a yes to the stretch said beside it stands
    (
        "toe_pull_pain",
        "not really worse, but it hurts when I go up the stairs",
        {"toe_pull_pain": "no", "worse_with": ["stairs"]},
    ),
    (
        "toe_pull_pain",
        "no difference, it just hurts when I walk",
        {"toe_pull_pain": "no", "worse_with": ["standing_walking"]},
    ),
    ("toe_pull_pain", "it hurts when I go down the stairs", {"worse_with": ["stairs"]}),
    (
        "toe_pull_pain",
        "yes that hurts, and it hurts when I walk too",
        {"toe_pull_pain": "yes", "worse_with": ["standing_walking"]},
    ),
    # the dropped foot with where it lands is the weak foot's own phrase: the nerve screen's no beside it stands
    (
        "nerve_red_flags",
        "no, bladder's fine, but my foot drags along the ground",
        {"nerve_red_flags": "no", "foot_weak": "yes"},
    ),
    (
        "nerve_red_flags",
        "nope, but my foot's been slapping on the floor",
        {"nerve_red_flags": "no", "foot_weak": "yes"},
    ),
    # a hot or red knee said to the leg screen is the hot-knee screen's yes too (that screen is asked only
    # unless the leg screen is a no: the leg screen opens it), the leg screen's yes kept
    ("leg_signs", "yes, my knee is red and warm", {"leg_signs": "yes", "hot_knee": "yes"}),
    ("leg_signs", "it's swollen and the knee feels hot", {"leg_signs": "yes", "hot_knee": "yes"}),
    # the knee named swollen with how much, then its heat after "and it": the "it" is that knee
    ("leg_signs", "my knee has swelled right up and it feels hot", {"leg_signs": "yes", "hot_knee": "yes"}),
    (
        "leg_signs",
        "the whole knee's blown up like a melon and it's a bit warm",
        {"leg_signs": "yes", "hot_knee": "yes"},
    ),
    ("leg_signs", "the knee has ballooned and it's not red", {"leg_signs": "yes"}),  # the heat denied: no yes
    (
        "leg_signs",
        "yes, there's some redness, it's pinkish around the kneecap",
        {"leg_signs": "yes", "hot_knee": "yes"},
    ),
]


@pytest.mark.parametrize("pending, words, expected", FAMILIES)
def test_the_word_families(pending, words, expected):
    assert read(words, KB, KB.questions[pending], today=TODAY) == expected


# Everyday words that share a sign's words: they must never volunteer a red-flag sign (acted on at
# once, so a wrong one sends a person to the emergency department for nothing).
EVERYDAY = [
    "I get puffed walking up hills",  # Australian for out of breath, not a swelling
    "getting up off the toilet",  # a movement, not a change in the toilet
    "I have to get up to pee at night",
    "both legs look the same",  # both legs, but no numbness
    "I play football with both feet",
    "a wee bit",  # Scottish "small", not peeing
    "it came out of nowhere",  # not the kneecap coming out
    "I can't hold my leg up for long",
    "my knee feels awful",  # the knee, not feeling unwell
    "it's just wear and tear",
    "my foot slaps the ground",
    "I run long distance",
    "my bladder and bowels are fine",  # a bladder word without a change in it
    "I had a flu jab",
]


@pytest.mark.parametrize("words", EVERYDAY)
@pytest.mark.parametrize("pending", ["sport", "worse_with", "onset"])
def test_everyday_words_never_volunteer_a_red_flag(pending, words):
    red_flags = {q.id for q in KB.questions.values() if q.phase == "red_flag"}
    assert not red_flags & set(read(words, KB, KB.questions[pending], today=TODAY)), words


@pytest.mark.parametrize(
    "words",
    [
        "it doesn't look normal",
        "they don't look the same",
        "it doesn't look the same as the other one",
        "it's not the same as before",
        "I can't control my bowels",  # the sign, with the negator inside its own words
    ],
)
@pytest.mark.parametrize("pending", ["calf_swollen", "leg_signs", "nerve_red_flags", "hot_knee"])
def test_a_negated_denial_is_never_a_no_to_a_red_flag_screen(pending, words):
    assert read(words, KB, KB.questions[pending], today=TODAY).get(pending) != "no", words


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("tingling", "yes, and my feet are always cold", {"tingling": "yes"}),  # no cold-foot emergency
        ("leg_cold_pale", "my feet are always cold in winter", {}),  # neither yes nor no: asked again
        ("leg_cold_pale", "yes, my foot went cold and pale this morning", {"leg_cold_pale": "yes"}),
        ("knee_mechanics", "it always locks", {"knee_mechanics": "locks"}),  # only red-flag signs are new
        # someone else's sign, or one long ago, is not this person's now
        ("sport", "no, but my wife has chest pain", {"sport": "no"}),
        ("age", "fifty, I had a fever last year", {"age": 50}),
        ("chest_symptoms", "yes I had chest pain this morning", {"chest_symptoms": "yes"}),
    ],
)
def test_a_red_flag_sign_that_is_not_new_is_no_yes(pending, words, expected):
    assert read(words, KB, KB.questions[pending]) == expected


def test_the_longest_option_of_a_choice_is_tried_first():
    """ "(none|none of these)" must cover "none of these", whichever order the data lists them in."""
    family = word_data.family(WORDS, ["(none|none of these)"], "test")
    assert family.spans("none of these ") == [(0, len("none of these "))]


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("fever", "I feel hot and shivery", {"fever": "yes"}),
        # "and" before a new subject starts a new thought, so a negation stays in its own
        ("grinding", "no crunching and it is fine", {"grinding": "no"}),
        (
            "onset",
            "I twisted it and now it locks",
            {"onset": "injury", "mechanism": "twist", "knee_mechanics": "locks"},
        ),
    ],
)
def test_and_starts_a_new_clause_only_before_a_new_thought(pending, words, expected):
    assert read(words, KB, KB.questions[pending]) == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # walking that is merely limited, said in passing, is no injury that stopped four steps
        ("age", "seventy and I cannot walk far these days", {"age": 70}),
        ("onset", "it came on gradually and I can barely walk now", {"onset": "gradual"}),
        # as the answer to the screen, or about weight on the leg after a fall, it is the sign
        ("injury_severe", "I could not walk", {"injury_severe": "yes"}),
        (
            "onset",
            "I fell and I could not walk on it",
            {"onset": "injury", "mechanism": "blow_fall", "injury_severe": "yes"},
        ),
    ],
)
def test_not_walking_far_is_no_serious_injury_unless_it_answers_the_screen(pending, words, expected):
    assert read(words, KB, KB.questions[pending]) == expected


# Red-flag screens: a sign said in passing is acted on at once, so these must name the sign itself.
RED_FLAG_SCREENS = sorted(q.id for q in KB.questions.values() if q.phase == "red_flag")
# Asked before or after the screens, where people chat about their life and their knee.
CHATTY_QUESTIONS = ("age", "onset", "worse_with", "sport")


@pytest.mark.parametrize(
    "words",
    [
        # swelling of another part, or gone, or a leg simply bigger
        "my ankle swells up in the heat",
        "the swelling went down",
        "the swelling has gone down now",
        "it was swollen last week but it's better",
        "my fingers are swollen with arthritis",
        "my hands are swollen",
        "my ankles get puffy in the evening",
        "my leg is bigger because I work out",
        # sick as in nausea or fed up, sweating from exercise, someone else's temperature, the past
        "I feel sick when it hurts",
        "it makes me feel sick",
        "I feel sick of this pain",
        "I'm sick and tired of this knee",
        "I had the flu last month",
        "I've been sweating at the gym",
        "I was sweating after my run",
        "I sweat a lot when I exercise",
        "my kid has a temperature",
        "I feel rough in the mornings",
        "I feel terrible about missing work",
        "I felt awful when I fell",
        "I have hay fever",
        "I feel run down from work",
        # another joint, the way a knee looks when bent, crutches after an operation
        "my knee looks weird when I bend it",
        "the kneecap looks odd, it's always been like that",
        "the physio says my knee is out of shape",
        "I had to use crutches after my operation years ago",
        "I dislocated my shoulder last year",
        "my shoulder popped out once",
        "I can't walk far these days",
        "I can't move it much in the morning",
        "I blew up at my husband",
        "my phone blew up with messages",
        "I feel out of sorts about it all",
        # a hard muscle that is not the calf, a numb bottom from sitting, a leak that is no bladder
        "my hamstring feels rock hard",
        "the muscles feel like concrete",
        "my bum is numb from sitting",
        "the tap is leaking",
        "I nearly wet myself laughing",
        "I leak a little when I sneeze",
        "my skin is pale, I'm Irish",
        "my calf is tender after the gym",
        # denied, or not new (habitual)
        "my chest is fine but my knee hurts",
        "my feet are always cold",
        "I'm not feeling unwell",
    ],
)
@pytest.mark.parametrize("pending", CHATTY_QUESTIONS)
def test_words_said_in_passing_raise_no_red_flag(pending, words):
    facts = read(words, KB, KB.questions[pending])
    assert not {q for q in RED_FLAG_SCREENS if facts.get(q) == "yes"}, facts


@pytest.mark.parametrize(
    "words, sign",
    [
        ("my calf is swollen", "calf_swollen"),
        ("my leg is swollen", "leg_signs"),
        ("my knee is all swollen", "leg_signs"),
        ("the back of my knee is swollen", "leg_signs"),
        ("my thigh has swelled up", "leg_signs"),
        ("there's swelling behind my knee", "leg_signs"),
        ("it's swollen", "leg_signs"),
        ("my leg is bigger than the other one", "calf_swollen"),
        ("I have chest pain", "chest_symptoms"),
        ("I'm short of breath", "chest_symptoms"),
        ("my foot is cold and blue", "leg_cold_pale"),
        ("I have numbness between my legs", "nerve_red_flags"),
        ("down there between my legs it's gone a bit numb", "nerve_red_flags"),
        ("I wet myself", "nerve_red_flags"),
        ("the skin on my leg has gone purple", "leg_signs"),
        ("I can't control my bladder", "nerve_red_flags"),
        ("both my legs are numb", "nerve_red_flags"),
        ("my kneecap popped out", "injury_severe"),
        ("I dislocated my knee", "injury_severe"),
        ("my knee looks deformed", "injury_severe"),
        ("I couldn't walk on it", "injury_severe"),
        ("it ballooned straight away", "injury_severe"),
        ("I've got a fever", "fever"),
        ("I'm running a temperature", "fever"),
        ("I think I have the flu", "fever"),
        ("I feel unwell", "fever"),
        ("I've got the chills", "fever"),
        ("my calf is rock hard", "calf_tight"),
        ("my calf feels like it's going to burst", "calf_tight"),
        ("my knee is hot and red", "hot_knee"),
    ],
)
@pytest.mark.parametrize("pending", CHATTY_QUESTIONS)
def test_real_signs_said_unasked_are_still_acted_on(pending, words, sign):
    assert read(words, KB, KB.questions[pending]).get(sign) == "yes"


@pytest.mark.parametrize(
    "pending, words",
    [
        # the words moved to answers only still say yes to their own screen
        ("fever", "I've been sweating a lot"),
        ("fever", "a bit run down"),
        ("fever", "fever"),
        ("leg_signs", "there's some swelling"),
        ("injury_severe", "it looked out of place"),
        ("injury_severe", "I was on crutches"),
        ("injury_severe", "I could not move it"),
        ("injury_severe", "it ballooned"),
        ("fever", "a bit out of sorts"),
        ("calf_tight", "rock hard"),
        ("nerve_red_flags", "my bum has gone numb"),
        ("nerve_red_flags", "I've been leaking"),
    ],
)
def test_words_kept_as_answers_still_answer_their_own_screen(pending, words):
    assert read(words, KB, KB.questions[pending]) == {pending: "yes"}


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # general denials and hedges heard on the phone
        ("leg_signs", "not to my knowledge", "no"),
        ("leg_signs", "not as far as I'm aware", "no"),
        ("leg_signs", "negative", "no"),
        ("grinding", "I don't reckon", "no"),
        # a doubted no is never taken for a red-flag screen
        ("fever", "I don't reckon", None),
        ("leg_signs", "a smidge", "yes"),
        ("leg_signs", "a teeny bit", "yes"),
        ("hot_knee", "ever so slightly", "yes"),
        ("leg_signs", "little bit only", "yes"),
        ("leg_signs", "I'd have to look", UNKNOWN),
        ("fever", "I don't have a thermometer", UNKNOWN),
        # denials of each sign in more words
        ("chest_symptoms", "no problem with breathing", "no"),
        ("chest_symptoms", "no such issue with my chest", "no"),
        ("chest_symptoms", "no breathing problems", "no"),
        ("chest_symptoms", "breathing is proper", "no"),
        ("calf_swollen", "both are same only", "no"),
        ("calf_swollen", "both look same", "no"),
        ("nerve_red_flags", "no problem in passing urine", "no"),
        ("nerve_red_flags", "going to the loo is normal", "no"),
        ("injury_severe", "no I managed to get home", "no"),
        ("injury_severe", "I hobbled home", "no"),
        ("injury_severe", "no, I walked on it straight after", "no"),
        ("injury_severe", "I could barely walk afterwards", "yes"),
        # negated, the new denials do not deny
        ("chest_symptoms", "I do have a problem with my breathing", None),
        ("calf_swollen", "they are not the same", UNKNOWN),  # something may be wrong: unsure, never a no
    ],
)
def test_more_ways_to_deny_hedge_or_doubt(pending, words, expected):
    assert read(words, KB, KB.questions[pending]).get(pending) == expected


def test_a_leak_on_laughing_is_longstanding_but_chest_pain_on_laughing_is_still_a_sign():
    assert read("I leak a little when I sneeze", KB, KB.questions["nerve_red_flags"]) == {}
    assert read("my chest hurts when I laugh", KB, KB.questions["age"]) == {"chest_symptoms": "yes"}


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("clot_risk", "no ops, no flights", "no"),
        ("muscle_signs", "I felt something go", "yes"),
        ("foot_weak", "I trip over my toes", "yes"),
        ("foot_weak", "I do not trip over my toes", "no"),
        ("serious_signs", "I've lost a bit of weight without trying", "yes"),
        ("morning_stiffness", "not stiff in the mornings", "no"),
        ("morning_stiffness", "it is stiff in the mornings", "yes"),
        ("cramps", "I get charley horses", "yes"),
    ],
)
def test_more_ways_to_say_the_narrowing_signs(pending, words, expected):
    assert read(words, KB, KB.questions[pending]).get(pending) == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("lump", "affirmative", "yes"),
        ("lump", "in a way", "yes"),
        ("lump", "there is one", "yes"),
        ("lump", "not a chance", "no"),
        ("lump", "no yaar", "no"),
        ("lump", "not one little bit", "no"),
        ("lump", "not that I'm aware", "no"),
        ("lump", "I suppose not", "no"),
        ("lump", "sort of yes sort of no", UNKNOWN),
        ("lump", "I'm in two minds", UNKNOWN),
        ("lump", "I'd be guessing", UNKNOWN),
        ("lump", "pass", UNKNOWN),
        ("lump", "I might do", UNKNOWN),
        ("injury_severe", "I could walk after", "no"),
        # a guessed no is never taken for a red-flag screen
        ("leg_signs", "I guess not", None),
    ],
)
def test_more_general_yes_no_and_unsure_forms(pending, words, expected):
    assert read(words, KB, KB.questions[pending]).get(pending) == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # a problem said to be there is the sign, only "no ... problem" denies it
        ("chest_symptoms", "breathing problem is there", "yes"),
        ("chest_symptoms", "no breathing problems", "no"),
        ("leg_signs", "my leg is swole", "yes"),
        ("calf_swollen", "the left one's swole", "yes"),
        ("calf_swollen", "my calf is huge", "yes"),
        ("calf_swollen", "not swole", "no"),
        ("hot_knee", "it's roasting", "yes"),
    ],
)
def test_more_ways_to_say_a_red_flag_sign(pending, words, expected):
    assert read(words, KB, KB.questions[pending]).get(pending) == expected


def test_big_calves_said_in_passing_are_no_swelling():
    assert read("my calves are huge, I cycle a lot", KB, KB.questions["sport"]).get("calf_swollen") is None


_rule = reading_row


READINGS = [
    # a bare yes or no beside a part of the body the question is not about answers nothing
    _rule("other part", "chest_symptoms", "my calf is fine", chest_symptoms=None),
    _rule("other part", "calf_swollen", "my chest is fine", calf_swollen=None),
    _rule("other part", "leg_cold_pale", "my knee is okay", leg_cold_pale=None),
    _rule("other part", "fever", "my leg is alright", fever=None),
    _rule("other part", "calf_swollen", "my chest a little bit", calf_swollen=None),
    _rule("own part", "hot_knee", "my knee is fine", hot_knee="no"),
    _rule("own part", "leg_cold_pale", "my foot is fine", leg_cold_pale="no"),
    _rule("no said first", "chest_symptoms", "no, my calf is fine", chest_symptoms="no"),
    # not looked or tried yet: unsure, never a yes or a no
    _rule("unsure", "lump", "I haven't felt for one yet", lump=UNKNOWN),
    _rule("unsure", "leg_cold_pale", "I haven't had a look", leg_cold_pale=UNKNOWN),
    _rule("unsure", "toe_pull_pain", "I can't do that right now", toe_pull_pain=UNKNOWN),
    _rule("unsure", "cramps", "it's hard to know", cramps=UNKNOWN),
    _rule("unsure", "serious_signs", "I haven't weighed myself in ages", serious_signs=UNKNOWN),
    _rule("unsure", "grinding", "I don't really listen for it", grinding=UNKNOWN),
    _rule("about the pain", "chest_symptoms", "it's hard to describe", chest_symptoms=None),
    # plain denials in everyday forms
    _rule("denial", "calf_swollen", "doesn't look like it", calf_swollen="no"),
    _rule("denial", "hot_knee", "doesn't seem to be", hot_knee="no"),
    _rule("denial", "calf_swollen", "not as far as I can see", calf_swollen="no"),
    _rule("denial", "chest_symptoms", "luckily no", chest_symptoms="no"),
    # "as usual" says a sign is not new; beside a denial it is still a denial
    _rule("not new", "leg_cold_pale", "warm as usual", leg_cold_pale="no"),
    _rule("not new", "leg_cold_pale", "my feet are always cold", leg_cold_pale=None),
    # after "but", another question's sign: its words describe it, and the no stands
    _rule("no beside a sign", "lump", "no lump but it grinds like crazy when i bend it", lump="no", grinding="yes"),
    _rule(
        "no beside a sign",
        "tingling",
        "no it's just achy and stiff after I've been sitting",
        tingling="no",
        morning_stiffness="yes",
    ),
    # a question of several signs: one denied and another named is a yes (not to a red-flag screen)
    _rule("any of its signs", "lump", "no lump but it does feel sort of full and weird back there", lump="yes"),
    _rule("any of its signs", "knee_signs", "no lump no but it does kind of catch now and then", knee_signs="yes"),
    # ...but one sign said and then denied is a mind changed, not two signs: asked again
    _rule(
        "one sign said and denied",
        "serious_signs",
        "it wakes me yeah but only when I roll onto it no I wouldn't say it wakes me",
        serious_signs=None,
    ),
    _rule("one sign said and denied", "knee_signs", "it locks no not locking but it gives way", knee_signs="yes"),
    _rule("a general no beside a sign", "tingling", "no, a shooting pain in my calf", tingling=None),
    _rule("a general no beside a sign", "sport", "no, active", sport=None),
    _rule("explained away", "serious_signs", "I've lost weight but I'm on a diet", serious_signs=None),
    _rule("red flag: yes and no", "calf_swollen", "it is puffy but honestly no swelling", calf_swollen=None),
    # ...but words no family places may be the sign asked about; to a red-flag screen every word counts
    _rule(
        "red flag: every word placed",
        "chest_symptoms",
        "no but my calf is swollen and kind of glossy",
        chest_symptoms=None,
        calf_swollen="yes",
    ),
    # the pain still there is not the numbness still there: no part of "from sitting, and gone now?" denied
    _rule(
        "the pain, not the sign",
        "tingling_passed",
        "yes it was from sitting on the floor, it's gone now, but the ache behind my knee is still there",
        tingling_passed=None,
    ),
    _rule("the pain, not the sign", "tingling_passed", "no, the numbness is still there", tingling_passed="no"),
    # a person who corrects themselves means what they said last
    _rule("correction", "grinding", "yes I mean no it doesn't grind", grinding="no"),
    _rule("correction", "chest_symptoms", "no wait yes I do have chest pain", chest_symptoms="yes"),
    _rule("red flag taken back", "chest_symptoms", "yes wait no I don't have chest pain", chest_symptoms=None),
    _rule(
        "correction, unclear",
        "leg_signs",
        "yes no sorry it's not swollen I was thinking of my other leg",
        leg_signs=None,
    ),
    _rule("correction", "knee_mechanics", "it locks I mean it catches", knee_mechanics="catches"),
    _rule(
        "correction keeps other signs",
        "lump",
        "my calf is swollen oh and hang on no there's no lump",
        calf_swollen="yes",
        lump="no",
    ),
    # a sign wondered about, feared or imagined is no sign
    _rule("hypothetical", "sport", "if I had chest pain I would call an ambulance", chest_symptoms=None),
    _rule("hypothetical", "location", "I'm worried it might be a clot", clot_risk=None),
    _rule("hypothetical", "onset", "could it be a blood clot", clot_risk=None),
    _rule("hypothetical", "worse_with", "what if my calf is swollen", calf_swollen=None),
    _rule("hypothetical", "clot_risk", "they checked for a clot", clot_risk=None),
    _rule("hypothetical", "onset", "if it gets hard to breathe I'll call", chest_symptoms=None),
    _rule("not new", "sport", "my husband can't breathe properly at night", chest_symptoms=None),
    # a hedge beside the pain they called about is no yes to a red-flag screen: asked again
    _rule("hedge about the pain", "chest_symptoms", "it aches now and then", chest_symptoms=None),
    _rule("hedge about the pain", "calf_swollen", "it hurts a bit", calf_swollen=None),
    _rule("hedge", "chest_symptoms", "sometimes", chest_symptoms="yes"),
    _rule("hedge about other words", "sport", "no I'm mostly at a desk", sport="no"),
    _rule("hedge alone", "sport", "mostly", sport="yes"),
    _rule("red flag: hedge admits", "calf_swollen", "a bit blotchy", calf_swollen="yes"),
    _rule(
        "a sign in days", "muscle_signs", "no pop but it's been about two weeks", muscle_signs="yes", duration_days=14
    ),
    _rule("a sign in days", "muscle_signs", "no it only started on Tuesday", muscle_signs="no", duration_days=5),
    _rule("a no said last", "tingling_passed", "it's still numb, so no", tingling_passed="no"),
    _rule("weak no", "sport", "not regularly, no", sport="no"),
    _rule("filler", "clot_risk", "no but I'm seventy two if that matters", clot_risk="no", age=72),
    _rule("hedge, a question about pain", "toe_pull_pain", "it hurts a bit", toe_pull_pain="yes"),
    _rule("yes before after", "calf_swollen", "yes after my operation", calf_swollen="yes", clot_risk="yes"),
    _rule(
        "hedge beside a place",
        "toe_pull_pain",
        "little bit pain is coming in the calf when I do that",
        toe_pull_pain="yes",
    ),
    # a longer phrase never hides a red-flag sign said in the same breath
    _rule("red flag kept", "location", "it hurts behind my knee which is hot", hot_knee="yes"),
    _rule("red flag kept", "worse_with", "my chest hurts when I walk", chest_symptoms="yes"),
    _rule("red flag kept", "knee_signs", "my knee is swollen and gives way", leg_signs="yes"),
    # not new: someone else's, long-standing (said in the next clause too), or with its everyday cause
    _rule("not new", "sport", "my wife coughed up blood last week", chest_symptoms=None),
    _rule("not new", "chest_symptoms", "I get breathless on hills but that's been for years", chest_symptoms=None),
    _rule("not new", "leg_cold_pale", "it's cold from the ice pack", leg_cold_pale=None),
    _rule("not new", "fever", "the kids have a fever", fever=None),
    _rule("the sign itself", "injury_severe", "yeah it popped out and back in", injury_severe="yes"),
    _rule("the sign itself", "sport", "I haven't been able to pee since yesterday", nerve_red_flags="yes"),
    _rule("unsure", "leg_cold_pale", "I haven't been able to check", leg_cold_pale=UNKNOWN),
    _rule(
        "correction",
        "leg_cold_pale",
        "cold no i don't think so let me feel it no its warm its fine",
        leg_cold_pale="no",
    ),
    _rule("qualified sign", "sport", "I can't walk on it for long", injury_severe=None),
    _rule("qualified sign", "age", "can't stand on it for more than ten minutes", injury_severe=None),
    _rule("the sign", "sport", "I couldn't walk on it after the fall", injury_severe="yes"),
    _rule("a no inside a sentence", "leg_cold_pale", "my foot has no normal colour", leg_cold_pale=None),
    _rule("a no said first", "calf_swollen", "nope both the same", calf_swollen="no"),
    _rule("doubt anywhere", "calf_tight", "I don't think so it's only a bit sore", calf_tight=None),
    # numbers: an age still to come, a time said on its own, a start of something else
    _rule("age to come", "age", "I'll be forty in March", age=39),
    _rule("age to come, said first", "age", "sixty eight next month", age=67),
    _rule("age to come", "age", "seventy nine, eighty in March", age=79),
    _rule("a time alone", "location", "behind the knee, for about a week now", location="behind_knee", duration_days=7),
    _rule("not the pain", "reinjured", "no, but I only started running a month ago", duration_days=None),
    # a time said in a clause naming a sign with a time of its own dates that sign, never the pain
    _rule("its own time", "hot_knee", "yes, and I've got a fever as well since three days", duration_days=None),
    _rule("its own time", "worse_with", "stairs, and my foot's been numb since Monday", duration_days=None),
    _rule("its own time", "foot_weak", "yes, it's been dragging since Saturday", duration_days=None),
    _rule("its own time", "sport", "no, but since this morning there's a tight pain in my chest", duration_days=None),
    _rule("its own time, after it", "leg_signs", "yes, and I've had a fever, since two days", duration_days=None),
    _rule("the pain said too", "tingling", "yes, the leg is paining and tingling since four days", duration_days=4),
    _rule("the sign denied", "fever", "no temperature, it's been sore about a week", duration_days=7),
    # radiating pain is no burst cyst; tingling in both legs is the nerve red flag
    _rule("radiating", "onset", "it started running down my leg", cyst_burst=None),
    _rule("radiating", "chest_symptoms", "no but it's spreading down into my calf", cyst_burst=None),
    _rule("asked: it is the swelling", "cyst_burst", "yes it's gone down into my calf", cyst_burst="yes"),
    _rule("both legs", "tingling", "yeah and it's in both legs now", tingling="yes", nerve_red_flags="yes"),
    # an "it" after a clause naming one part is that part
    _rule("it named", "location", "my calf and it's swollen", location="calf", calf_swollen="yes"),
    _rule("it named", "chest_symptoms", "my knee hurts and it's hot", hot_knee="yes", chest_symptoms=None),
    # "and" between two words of one thing: the hot is the knee's, no fever
    _rule("one thing", "fever", "my knee is red and hot", fever=None),
    _rule("one thing", "fever", "the knee is swollen and hot to the touch", fever=None),
]


@pytest.mark.parametrize("pending, words, facts", READINGS)
def test_reading_rules(pending, words, facts):
    assert_reads(pending, words, facts)


def test_the_built_patterns_stamp_gives_the_same_words_and_is_never_trusted_when_stale(tmp_path):
    """The second load reads the families' sources from the stamp a first load wrote beside the file;
    a stamp that does not match (edited, or from another file) is ignored, and an edited file is built
    and checked afresh."""
    path = tmp_path / "understanding.yaml"
    path.write_text(WORDS_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    first = load_words(KB, path)
    stamp = tmp_path / ".understanding.built"
    assert stamp.is_file()
    again = load_words(KB, path)
    assert [f.source for f in again.every_family()] == [f.source for f in first.every_family()]
    stamp.write_text(stamp.read_text(encoding="utf-8").replace("calf", "elbow"), encoding="utf-8")
    tampered = load_words(KB, path)
    assert [f.source for f in tampered.every_family()] == [f.source for f in first.every_family()]
    path.write_text(path.read_text(encoding="utf-8").replace('- "(grinded|', '- "((grinded|', 1), encoding="utf-8")
    with pytest.raises(WordsError, match="unbalanced"):
        load_words(KB, path)


NEGATION = [
    # a saying with a negator in it denies nothing: the sign said beside it stands
    ("chest_symptoms", "i've been really out of breath today like out of nowhere", {"chest_symptoms": "yes"}),
    ("calf_swollen", "my calf swelled up not long ago", {"calf_swollen": "yes"}),
    ("chest_symptoms", "I can't stop coughing blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I've never been this breathless", {"chest_symptoms": "yes"}),
    ("onset", "it came out of nowhere", {"onset": "sudden"}),  # the saying is still a choice's words
    # a negator only after a red-flag sign is no denial of it: asked again
    ("chest_symptoms", "out of breath not really", {}),
    ("chest_symptoms", "not out of breath", {"chest_symptoms": "no"}),
    # ...unless the negated verb is said of the sign
    ("fever", "fever is not there", {"fever": "no"}),
    ("calf_swollen", "swelling is not there", {"calf_swollen": "no"}),
    ("chest_symptoms", "out of breath today nothing before that", {}),
    # a negator after a denial agrees with it; before it, undoes it
    ("morning_stiffness", "not stiff no", {"morning_stiffness": "no"}),
    ("injury_severe", "I can walk no problem", {"injury_severe": "no"}),
    # without full stops a negator stops at a new subject after the sign it denies
    # (the colour denied, the swelling said plainly: told apart, a yes; ``apart_plainly``)
    ("leg_signs", "the color um no it's not a different color it's swollen though", {"leg_signs": "yes"}),
    ("chest_symptoms", "no chest pain my calf is swollen", {"chest_symptoms": "no", "calf_swollen": "yes"}),
    ("leg_signs", "not red or swollen", {"leg_signs": "no"}),
    ("leg_signs", "it's not swollen it's not red", {"leg_signs": "no"}),
    # "normal" and "fine" negated say something is wrong: never a no
    ("leg_cold_pale", "no it's not normal", {}),
    ("calf_swollen", "no it doesn't look the same", {}),
    ("leg_cold_pale", "it doesn't look normal", {"leg_cold_pale": UNKNOWN}),
    ("leg_cold_pale", "hard to tell, the light's not great in here", {"leg_cold_pale": UNKNOWN}),
    ("leg_cold_pale", "no it looks normal", {"leg_cold_pale": "no"}),
    # "zero" denies like "no": "zero chest pain" is no emergency
    ("chest_symptoms", "zero chest pain", {"chest_symptoms": "no"}),
    ("calf_swollen", "zero swelling", {"calf_swollen": "no"}),
    ("fever", "my temperature is a hundred and one", {"fever": "yes"}),
]


WHETHER_IT_MATTERS = [
    # doubt whether a sign matters is no doubt that it is there: the sign is acted on
    ("chest_symptoms", "not sure if it's related, but I coughed up blood", {"chest_symptoms": "yes"}),
    ("leg_cold_pale", "I don't know if it's relevant but my toes went blue", {"leg_cold_pale": "yes"}),
    ("calf_swollen", "I don't know what's going on, my calf is huge", {"calf_swollen": "yes"}),
    # ...while doubt about the sign itself stays doubt
    ("calf_swollen", "I don't know if it's swollen", {"calf_swollen": UNKNOWN}),
    ("calf_swollen", "not sure if it's related", {}),
]


RED_FLAG_SIGN_NOT_LOST = [
    # a second denial said before a new thought is a clause of its own: it never denies the sign after it
    ("nerve_red_flags", "no nothing like that can't feel my bum", {}),
    ("nerve_red_flags", "no nothing like that", {"nerve_red_flags": "no"}),
    # a sign said right after a denied one, with no "or" between, is said: told apart from it, a yes
    ("hot_knee", "not hot red though", {"hot_knee": "yes"}),
    ("hot_knee", "not hot or red", {"hot_knee": "no"}),
    # how things have long been is no new sign, said after it
    ("chest_symptoms", "I get a bit winded walking up the hill but that's been years now", {}),
    ("nerve_red_flags", "trouble peeing but that's been going on for ages", {}),
]


PENDING_NO_BESIDE_MORE = [
    # the calf screen's sign denied, then the pain told with no comma (as Alexa sends it): the pain is a clause of its
    # own, so the pain in keeping with the injury is that screen's no; a sign of the screen said there is still asked
    ("calf_tight", "nah not hard the pain's about what you'd expect for a knock", {"calf_tight": "no"}),
    ("calf_tight", "no it's not tight at all the pain is about what I'd expect", {"calf_tight": "no"}),
    ("calf_tight", "no not rock hard the pain is unbearable even at rest", {}),
    ("calf_tight", "no not hard the pain is far worse than it should be", {}),
    # an age offered in passing ("if you need that") beside a red-flag no: the offer names nothing, the no stays clear
    ("leg_cold_pale", "no, it's nice and warm, I'm forty six if you need to know", {"leg_cold_pale": "no", "age": 46}),
    ("fever", "no fever, I'm forty if that matters, I've been shivering a lot", {"age": 40}),
    # health as usual, a faculty age has dulled, healing slowed by age, or a saying beside the age: each names
    # nothing, so the no beside it stays as clear as it is without it
    ("fever", "no temperature, no, I'm seventy and fit as a fiddle other than my knee", {"fever": "no", "age": 70}),
    ("clot_risk", "none of that, I'm fifty nine and healthy as an ox", {"clot_risk": "no", "age": 59}),
    (
        "tingling",
        "no pins and needles, I'm eighty four and my hearing isn't what it was",
        {"tingling": "no", "age": 84},
    ),
    (
        "injury_severe",
        "no, I walked home fine, I'm seventy so it all takes longer to mend",
        {"injury_severe": "no", "age": 70},
    ),
    ("clot_risk", "no operations no flights, I'm sixty nine, for crying out loud", {"clot_risk": "no", "age": 69}),
    ("injury_severe", "no, I could walk on it fine, mind you I'm sixty", {"injury_severe": "no", "age": 60}),
    # ...but a sign said beside them is still said, and leaves a red-flag no unclear
    ("fever", "no fever, I'm seventy and healthy as a horse apart from feeling hot and shivery", {"age": 70}),
    (
        "leg_signs",
        "no, I'm eighty, my balance isn't what it was and my calf is swollen",
        {"age": 80, "calf_swollen": "yes"},
    ),
    ("chest_symptoms", "no chest pain, for goodness sake, but I can't breathe", {}),
    # ...and a leg or a foot "not what it was" is no faculty: to the cold-foot screen it may be its sign, asked again
    ("leg_cold_pale", "no, I'm eighty, my feet are not what they were and they feel like ice", {"age": 80}),
    # the pain said as it was then ("it just ached") beside the injury screen's walking told: the pain, no sign
    ("injury_severe", "no I managed to walk home it just ached", {"injury_severe": "no"}),
    # ...and a swelling within the hour told after the walking, that screen's own moment ("then" is no time past to
    # it: ``plain_of_then``): the part admitted is the screen's yes, as the brief's part-answer rule has it
    (
        "injury_severe",
        "no I walked to the car fine it just ached and then it swelled up within the hour",
        {"injury_severe": "yes"},
    ),
    # an age told beside a red-flag no: its "only" says no "when", so the no stays clear
    (
        "injury_severe",
        "no, I walked home fine, and I'm only forty so I assumed it was nothing",
        {"injury_severe": "no", "age": 40},
    ),
    # ...but a word of the sign beside it still leaves the no unclear: asked again
    ("injury_severe", "no, I walked okay, and I'm only forty so I can't really walk far", {"age": 40}),
    # the knee "playing up" is the pain they called about, said of when it began
    (
        "fever",
        "no fever, I'm fine other than the knee, it's been acting up since Monday",
        {"fever": "no", "duration_days": 6},
    ),
    ("chest_symptoms", "it has been playing up a bit", {}),
    # a whole denial said first is a clause of its own: it never reaches the denial after it
    ("nerve_red_flags", "no, nothing of the sort, my bladder is fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "nothing like that can't feel my bum", {}),
    # an echoed red-flag sign answered with a whole denial is that screen's no...
    ("fever", "a fever? nope, nothing of the sort, only the knee", {"fever": "no"}),
    ("hot_knee", "hot? no, nothing like that", {"hot_knee": "no"}),
    # ...a bare no after it, or a sign after the denial, is asked again
    ("hot_knee", "hot? no", {}),
    ("leg_cold_pale", "cold? no, nothing like that, it's gone a funny colour though", {}),
    # a mistake told by the correction itself, then a no (as Alexa sends it, no commas): the no; a sign after it stays
    ("leg_cold_pale", "yes sorry I misheard you no my foot's fine", {"leg_cold_pale": "no"}),
    (
        "chest_symptoms",
        "yes no hang on I was thinking of something different no chest pain",
        {"chest_symptoms": "no"},
    ),
    ("chest_symptoms", "yes no wait I misheard, my chest is a bit tight", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "yes no wait I misheard", {}),
    # the "not" of a doubt is no denial restated: "more of a dull throb" after it keeps the doubt
    ("cramps", "a bit crampy I guess but I'm not sure, it's more of a dull throb", {"cramps": UNKNOWN}),
    # a value said, then "no wait" and the value taken back: a correction, never an echo answered no
    ("onset", "injury no wait not an injury as such it kind of came on all at once in the night", {"onset": "sudden"}),
    ("hot_knee", "hot no wait it is a bit warm", {"hot_knee": "yes"}),
    # how they feel set apart from the knee is the screen's no; set apart from a part the screen asks of, asked again
    ("fever", "no, I feel fine other than my knee", {"fever": "no"}),
    ("leg_cold_pale", "no, it's fine apart from the leg", {}),
    # a test or a look still to be done is no answer yet: "I don't know"
    ("grinding", "I haven't really noticed, I'd have to listen for it", {"grinding": UNKNOWN}),
    # the walking said fine with a verb between is the muscle question's denied part
    ("muscle_tear", "no bruise at all, and walking has been fine", {"muscle_tear": "no"}),
    # ...and the phrase never joins the clauses after it: the stiffness is the walking's, no volunteered sign
    ("muscle_tear", "no bruise and I can walk fine, only a bit stiff", {"muscle_tear": "no"}),
    # an echo of four words with the person's own "my" inside it, then its answer
    ("toe_pull_pain", "pull my toes up? no, nothing different", {"toe_pull_pain": "no"}),
    ("toe_pull_pain", "pulling my toes up? yes, a bit", {"toe_pull_pain": "yes"}),
    ("calf_swollen", "my calf is swollen no", {}),
    # ...never four words without it: a sign said, then "yeah", is a report, read plainly
    ("leg_signs", "puffy round the back yeah, not hot though", {"leg_signs": "yes"}),
]


UNSURE_WITH_A_WORD_MORE = [
    ("knee_signs", "I don't know exactly", {"knee_signs": UNKNOWN}),  # "exactly" alone is a yes
    ("reinjured", "I don't really remember", {"reinjured": UNKNOWN}),
    ("location", "it's hard to pin down", {"location": UNKNOWN}),
    ("cramps", "honestly I couldn't say", {"cramps": UNKNOWN}),
]


NOT_REALLY_EXPLAINED = [
    ("muscle_tear", "not really, it's more a dull ache", {"muscle_tear": "no"}),
    ("sport", "no not really active", {"sport": "no"}),
    # a hedged no is never a no to a red-flag screen, explained or not
    ("chest_symptoms", "not really, it's just the leg", {}),
]


WHEN_IT_HAPPENS = [
    # when it happens is not what a hedge is about: the hedge admits the sign
    ("cramps", "sort of sometimes at night", {"cramps": "yes"}),
    ("cramps", "a bit, mostly in bed", {"cramps": "yes"}),
    ("sport", "mostly at a desk", {"sport": "no"}),  # other words: the hedge is about them
    # beside a no, when it happens is part of the answer to a red-flag screen: asked again
    ("chest_symptoms", "no only at night", {}),
    # ...but when another sign came is placed, so the no stays clear
    (
        "leg_cold_pale",
        "no but foot is feeling numb and tingling since morning",
        {"leg_cold_pale": "no", "tingling": "yes"},
    ),
]


SEVERITY_BESIDE_A_NO = [
    # how bad it is, or a part being the trouble, may be the sign a red-flag screen asks about
    ("chest_symptoms", "no but my chest is the problem", {}),
    ("calf_tight", "no but it hurts like hell", {}),
    ("calf_tight", "no it's just the knee that's the problem", {"calf_tight": "no"}),  # another part
    ("sport", "no but it hurts like hell", {"sport": "no"}),  # no red-flag screen: the no is clear
    ("chest_symptoms", "no problems there", {"chest_symptoms": "no"}),
]


TIMES_OF_THE_PAST = [
    # a time said to a question about something else in the past dates that, not the pain
    ("reinjured", "yes I did it about two years ago playing football", {"reinjured": "yes", "sport": "yes"}),
    ("clot_risk", "I had a knee operation three weeks ago", {"clot_risk": "yes"}),
    # ...unless it is said of the pain itself
    ("reinjured", "nah but it's been sore for three weeks", {"reinjured": "no", "duration_days": 21}),
    ("muscle_signs", "no but it's been sore for three weeks", {"muscle_signs": "yes", "duration_days": 21}),
]


WHOSE_SIGN_WHICH_PART = [
    # a negator stops at a new subject after a part of the body, too
    ("chest_symptoms", "it's not just the knee my chest hurts too", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "not only that I'm breathless", {"chest_symptoms": "yes"}),
    ("calf_swollen", "I don't think my calf is swollen", {}),  # still no yes: doubt, asked again
    # a sign denied of another part denies nothing of the part asked about
    ("calf_swollen", "my knee is not swollen my calf is", {}),
    ("calf_swollen", "my calf is not swollen my knee is", {"calf_swollen": "no"}),
    # someone else's sign with a word between, a sign imagined, a sign long past
    ("chest_symptoms", "my husband just had chest pain", {}),
    ("fever", "my daughter also has a fever", {}),
    ("calf_swollen", "if my calf gets swollen I'll call", {}),
    ("chest_symptoms", "I had chest pain a long time ago", {}),
    # "at the time" of the injury is the very time the injury screen asks about
    ("injury_severe", "it swelled up at the time", {"injury_severe": "yes"}),
]


MOSTLY = [
    ("location", "it starts behind the knee then it goes down into the calf mostly the calf", {"location": "calf"}),
    ("location", "mostly the calf but also behind the knee", {"location": "calf"}),
    ("location", "behind the knee and the calf", {}),  # two places, none picked out: asked again
]


QUESTIONS_BACK_AND_DENIALS = [
    # how often, said after a sign, is no denial of it
    ("serious_signs", "it wakes me sometimes not every night", {"serious_signs": "yes"}),
    # a negator after a choice value does not deny it
    ("onset", "probably gradually I didn't notice it at first", {"onset": "gradual"}),
    ("onset", "not gradually", {}),
    # a question asked back is no answer, not even "I don't know"
    ("nerve_red_flags", "what do you mean by both legs", {}),
    ("nerve_red_flags", "I'm not sure what you mean", {}),
    ("injury_severe", "no to all of those", {"injury_severe": "no"}),
    ("leg_signs", "I haven't really had a proper look at it", {"leg_signs": UNKNOWN}),  # "not really" not cut off
    # the sign asked about denied outright stays a no beside another question's sign
    ("fever", "no fever, but I did fly back from Sydney on Friday", {"fever": "no", "clot_risk": "yes"}),
    ("chest_symptoms", "no chest pain but it's gone a purply sort of colour", {}),  # no other sign named
    (
        "nerve_red_flags",
        "no, but the foot on that side drags when I walk",
        {"nerve_red_flags": "no", "foot_weak": "yes"},
    ),
]


SOMEONE_ELSE = [
    # someone else's risk is not this person's, whatever the question
    ("fever", "my husband was on a plane for hours", {}),
    ("fever", "my husband sweats at night", {}),
    ("grinding", "my wife can hear it when I go upstairs", {"grinding": "yes"}),  # heard by someone else
    # when the other sign came is placed: the no to a red-flag screen stays clear
    ("chest_symptoms", "no but I had an operation last week", {"chest_symptoms": "no", "clot_risk": "yes"}),
]


NO_COLOUR = [
    # "no, colour is fine" without its comma is no "no colour" (pale); a foot with no colour is
    (
        "leg_cold_pale",
        "no colour is fine but there is tingling in the foot",
        {"leg_cold_pale": "no", "tingling": "yes"},
    ),
    ("sport", "my foot has no colour", {"leg_cold_pale": "yes"}),
]


DOUBT_WITH_A_SOFT_NO = [
    # a soft no beside the doubt is the doubt; a clear no beside it is asked again
    ("mechanism", "I don't know, I didn't notice", {"mechanism": UNKNOWN}),
    ("chest_symptoms", "I don't think so, not sure", {"chest_symptoms": UNKNOWN}),
    ("calf_swollen", "no, not sure", {}),
    ("worse_with", "I haven't noticed anything in particular", {"worse_with": UNKNOWN}),
    ("worse_with", "haven't really worked it out yet", {"worse_with": UNKNOWN}),
    ("location", "I can't quite pin it down", {"location": UNKNOWN}),
    ("injury_severe", "I didn't really notice to be honest", {"injury_severe": UNKNOWN}),
    # "how would I tell?" alone cannot tell; "how would I tell if..." asks what is meant
    ("hot_knee", "not sure, how am I supposed to know", {"hot_knee": UNKNOWN}),
    ("duration_days", "to be honest I've lost count", {"duration_days": UNKNOWN}),
    ("injury_severe", "I don't remember, it's all a blur", {"injury_severe": UNKNOWN}),
    ("clot_risk", "can't say yet, I'm waiting for my scan results", {"clot_risk": UNKNOWN}),
    ("foot_weak", "I've not been on it enough to tell", {"foot_weak": UNKNOWN}),
    # "I don't know why" is no doubt about the sign said
    ("serious_signs", "yes I've lost a stone and I don't know why", {"serious_signs": "yes"}),
    ("mechanism", "I don't know how I did it", {"mechanism": UNKNOWN}),
    # "can't say I have" is a (British) no, not doubt
    ("morning_stiffness", "can't say I have", {"morning_stiffness": "no"}),
    # "nothing has changed" is one denial, not "nothing" and then a change
    ("nerve_red_flags", "no nothing has changed", {"nerve_red_flags": "no"}),
    ("chest_symptoms", "how would I tell if it was my heart", {}),
]


EXAMPLES = [
    # a value after "like when" illustrates the one before it (Alexa sends no commas)
    ("worse_with", "bending it like when I'm kneeling in the garden", {"worse_with": ["bending"]}),
    ("worse_with", "walking, say when I go round the shops", {"worse_with": ["standing_walking"]}),
    ("worse_with", "stairs and squatting", {"worse_with": ["stairs", "squatting"]}),
]


DAYS_A_FEW_WORDS_AFTER = [
    # the day the injury happened, said a few words after it, dates the pain (today is Sunday)
    ("onset", "I hurt it playing hockey on Thursday", {"onset": "injury", "duration_days": 3, "sport": "yes"}),
    ("mechanism", "I slipped on the wet deck last Friday", {"mechanism": "blow_fall", "duration_days": 2}),
    ("onset", "it came on all of a sudden on Friday", {"onset": "sudden", "duration_days": 2}),
    # a time said of the chest dates the chest, not the pain behind the knee
    ("chest_symptoms", "yes my chest has been hurting since last night", {"chest_symptoms": "yes"}),
    # a day without the injury said before it dates nothing: a visit to come, a flight
    ("onset", "it hurts, I'm seeing the doctor on Friday", {}),
    ("chest_symptoms", "no, but I flew back from Sydney on Friday", {"chest_symptoms": "no", "clot_risk": "yes"}),
]


AND_BEFORE_ANOTHER_THOUGHT = [
    # "and" before the pain or an activity starts a new thought, so the activity is read
    ("grinding", "yes it crunches and squatting is the worst", {"grinding": "yes", "worse_with": ["squatting"]}),
    # but a pair of words of one sign stays whole
    ("hot_knee", "it is red and hot", {"hot_knee": "yes", "leg_signs": "yes"}),
]


DECADES = [
    # a decade said to the age question, with words the model's samples do not have
    ("age", "late fifties, love", {"age": 58}),
    ("age", "mid forties I'd say", {"age": 45}),
    # a decade said as when something began is not the age now
    ("age", "I've had bad knees since my twenties", {}),
]


KNOWN_ALREADY = [
    # what happened is asked only after an injury: its answer does not say again how it started
    ("mechanism", "I must have twisted it stepping off the kerb", {"mechanism": "twist"}),
    ("knee_mechanics", "it gets stuck and won't budge", {"knee_mechanics": "locks"}),
    # ... but a choice said in other words than the pending answer's is still read
    (
        "muscle_signs",
        "yeah I felt something tear when I was sprinting for the ball",
        {"muscle_signs": "yes", "mechanism": "sprint_jump"},
    ),
]


NEGATOR_AFTER_A_SIGN = [
    # a negator after a sign with another sign after it is that sign's
    ("sport", "my calf is rock hard no chest pain though", {"calf_tight": "yes"}),
    # "red, no swelling" admits the red: never the leg screen's no (one said plainly, one denied: a yes)
    ("leg_signs", "red no swelling", {"leg_signs": "yes"}),
    ("tingling_passed", "yes it has gone now no weakness or anything", {"tingling_passed": "yes"}),
    # with nothing after it, it still takes the sign back
    ("calf_swollen", "swollen no", {}),
]


A_SIGN_THAT_SAYS_IT_CANNOT_TELL = [
    # the nerve screen's sign is itself "can't tell": no doubt
    ("nerve_red_flags", "I can't tell when I need to go any more", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I can't tell", {"nerve_red_flags": UNKNOWN}),
]


# Readings checked whole: every fact stored, and nothing more.
EXACT_READINGS = {
    "negation": NEGATION,
    "unsure with a word more": UNSURE_WITH_A_WORD_MORE,
    "not really explained": NOT_REALLY_EXPLAINED,
    "when it happens": WHEN_IT_HAPPENS,
    "severity beside a no": SEVERITY_BESIDE_A_NO,
    "times of the past": TIMES_OF_THE_PAST,
    "whose sign which part": WHOSE_SIGN_WHICH_PART,
    "mostly": MOSTLY,
    "questions back and denials": QUESTIONS_BACK_AND_DENIALS,
    "someone else": SOMEONE_ELSE,
    "no colour": NO_COLOUR,
    "doubt with a soft no": DOUBT_WITH_A_SOFT_NO,
    "examples": EXAMPLES,
    "days a few words after": DAYS_A_FEW_WORDS_AFTER,
    "known already": KNOWN_ALREADY,
    "negator after a sign": NEGATOR_AFTER_A_SIGN,
    "a sign that says it cannot tell": A_SIGN_THAT_SAYS_IT_CANNOT_TELL,
    "whether it matters": WHETHER_IT_MATTERS,
    "red-flag sign not lost": RED_FLAG_SIGN_NOT_LOST,
    "the pending no kept beside what else was said": PENDING_NO_BESIDE_MORE,
}


@pytest.mark.parametrize(
    "pending, words, expected",
    named_rows(EXACT_READINGS),
)
def test_exact_readings(pending, words, expected):
    assert read(words, KB, KB.questions[pending], today=TODAY) == expected


def test_every_red_flag_phrase_of_the_kb_is_read_said_in_passing():
    """The kb's own volunteered phrases feed the model's symptom slot, so a device matches them; said
    in other words they reach the skill as free text. Read unasked, each must give its screen's yes,
    or another screen's at least as urgent: free words never read less than the model does."""
    urgency = with_index(KB).index.urgency
    missed = []
    for question in (q for q in KB.questions.values() if q.phase == "red_flag"):
        for phrase in question.volunteer:
            heard = read(phrase, KB, KB.questions["age"], today=TODAY)
            said = [fact for fact, value in heard.items() if value == "yes" and fact in urgency]
            if not any(fact == question.id or urgency[fact] >= urgency[question.id] for fact in said):
                missed.append((question.id, phrase, heard))
    assert not missed
