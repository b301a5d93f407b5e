"""Words a carrier used to swallow, now read (skill/devtools/model_templates.yaml, ``carrier_words``).

On a device only the slot values reach the skill, never the fixed words of the sample that matched.
Carriers that held a word of preference ("mostly in {location}"), of doubt ("{symptom} I think") or
of time ("{onset} and now it {knee_mechanics}") handed the skill the rest of the answer without it.
Those carriers are gone, so such answers reach the skill whole through the catch-all; these tests
check that the try-it resolver hands them over whole and that the reading reads the words right.
Sentences written for these tests from how people talk, as speech reaches the skill (no commas).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from skill.devtools.corpus_score import facts_heard
from skill.devtools.utterances import UtteranceResolver
from tests.kb_helpers import named_rows, read_after, real_kb

KB = real_kb()
TODAY = date(2026, 11, 29)


def _heard(pending: str, said: str) -> dict[str, Any]:
    """The facts the skill stores when ``said`` answers ``pending``, through the resolver and slot reader."""
    resolution = UtteranceResolver.for_locale("en-US").resolve(said, TODAY)
    return facts_heard(resolution, KB.questions[pending], KB, "en-US", TODAY)


# Each row: the question asked, what a person says, every fact the skill must read.
READINGS = {
    # a preference picks one of two places (the reading's "mostly" family), said first or after
    "the preference between two places": [
        ("location", "mostly in the calf but it spreads up behind the knee", {"location": "calf"}),
        ("location", "mainly behind the knee but sometimes the calf too", {"location": "behind_knee"}),
    ],
    # a hedge closing the answer right after the sign said admits it; closing a denial, it softens
    # the denial, and a red-flag screen is asked again
    "a hedge at the end of a sign": [
        ("hot_knee", "not red no but it feels warmer than the other knee i think", {"hot_knee": "yes"}),
        ("hot_knee", "it is not red but it feels warm i guess", {"hot_knee": "yes"}),
        ("calf_swollen", "not hot but it looks a bit puffy i reckon", {"calf_swollen": "yes"}),
        ("hot_knee", "it's red but not hot i think", {}),
        ("calf_swollen", "it looks a bit puffy but not red i reckon", {}),
    ],
    # "now" after how it came: how it is now
    "now in a joined answer": [
        ("tingling_passed", "yes i was sitting on the floor and now it is fine", {"tingling_passed": "yes"}),
        ("tingling_passed", "yes and now it feels normal", {"tingling_passed": "yes"}),
        ("onset", "it came on slowly and now it locks", {"onset": "gradual", "knee_mechanics": "locks"}),
    ],
    # a hedge after the amount, as Alexa sends it with no comma, admits the sign
    "an amount then maybe": [
        ("toe_pull_pain", "a little bit maybe", {"toe_pull_pain": "yes"}),
    ],
    # "most days" after a habit of sport: no carrier holds it, so the habit is heard beside the answer
    "a habit said with most days": [
        ("age", "thirty four and i cycle most days", {"age": 34, "sport": "yes"}),
        ("lump", "yes a small one and my calf swells up most days", {"lump": "yes", "calf_swollen": "yes"}),
    ],
}


@pytest.mark.parametrize(("pending", "said", "meant"), named_rows(READINGS))
def test_the_reading_reads_the_words_carriers_used_to_swallow(pending, said, meant):
    assert read_after(pending, said) == meant


@pytest.mark.parametrize(
    ("pending", "said", "meant"),
    [
        ("location", "mostly in the calf but it spreads up behind the knee", {"location": "calf"}),
        ("hot_knee", "not red no but it feels warmer than the other knee I think", {"hot_knee": "yes"}),
        ("location", "mostly in my calf", {"location": "calf"}),  # a listed value: "mostly" changes nothing
    ],
)
def test_such_answers_reach_the_skill_whole(pending, said, meant):
    assert _heard(pending, said) == meant


def test_three_facts_joined_by_and_now_are_all_kept():
    """ "... and now it locks": no carrier holds the "now"; the words after the matched part are read."""
    heard = _heard("onset", "it started suddenly when I twisted it and now it locks")
    assert heard.items() >= {"onset": "sudden", "mechanism": "twist", "knee_mechanics": "locks"}.items()


@pytest.mark.parametrize("said", ["no maybe", "no probably", "nah maybe", "no I think maybe"])
@pytest.mark.parametrize("pending", ["calf_swollen", "chest_symptoms", "hot_knee"])
def test_a_no_with_a_doubt_after_it_is_never_a_no_to_a_red_flag_screen(pending, said):
    """ "maybe" is a listed word of the {denial} slot (the one list serves "yeah, maybe" too): the no
    is read with it, and a doubtful no is asked again."""
    assert _heard(pending, said).get(pending) != "no"


@pytest.mark.parametrize("said", ["no it's fine", "nah nothing like that", "no I'm fine"])
def test_a_no_with_neutral_words_after_it_is_still_a_no(said):
    assert _heard("calf_swollen", said) == {"calf_swollen": "no"}
