"""The skill's reading of the choice and number questions in free words (skill/understanding.yaml):
how it started, what happened, where it hurts, what makes it worse, how long, how old.

Sentences written for these tests, not taken from the paraphrase corpus. Each table has the forms
that must be understood and, beside them, the forms that must not be: an activity named without
pain ("I was walking the dog"), a past event ("it started hurting when I walked into the table"), a
denial ("it doesn't hurt when I walk"), a sign at a place that is not where it hurts ("a lump behind
my knee"). A wrong value steers what the pain "sounds most like", so a missing one (asked again) is
always preferred to a guess.
"""

from __future__ import annotations

import pytest

from skill.word_data import words_for
from tests.kb_helpers import kept_as_yes, named_rows, never_read, read_after, real_kb

KB = real_kb()
WORDS = words_for(KB)
RED_FLAG_SCREENS = sorted(q.id for q in KB.questions.values() if q.phase == "red_flag")


_read = read_after


# --- what makes it worse, said in passing to another question ----------------------------------
WHAT_MAKES_IT_WORSE_SAID_IN_PASSING_IS_KEPT = [
    ("calf_swollen", "yes and it aches when I walk", "worse_with", ["standing_walking"]),
    ("lump", "no lump, it just aches whenever I'm standing", "worse_with", ["standing_walking"]),
    ("grinding", "no noise, it's sore walking though", "worse_with", ["standing_walking"]),
    ("knee_mechanics", "none, but standing for long makes it worse", "worse_with", ["standing_walking"]),
    ("location", "the back of the knee, and it throbs after I've been on my feet", "worse_with", ["standing_walking"]),
    ("duration_days", "a week, it hurts to walk any distance", "worse_with", ["standing_walking"]),
    ("lump", "nope, it's worse going down the stairs", "worse_with", ["stairs"]),
    ("location", "the front, worst when I walk up the hill", "worse_with", ["stairs"]),
    ("grinding", "no grinding, the pain comes when I take the steps", "worse_with", ["stairs"]),
    ("hot_knee", "no, only sore going downstairs", "worse_with", ["stairs"]),
    ("duration_days", "about ten days, climbing the stairs sets it off", "worse_with", ["stairs"]),
    ("knee_mechanics", "it catches, and it aches when I go up and down the stairs", "worse_with", ["stairs"]),
    ("onset", "gradually, and it hurts when I kneel", "worse_with", ["squatting"]),
    ("location", "behind the knee, squatting down makes it worse", "worse_with", ["squatting"]),
    ("cramps", "no, it's a sharp pain when I pivot", "worse_with", ["twisting"]),
    ("grinding", "no, but turning quickly makes it worse", "worse_with", ["twisting"]),
    ("location", "the back, it aches when I straighten my leg", "worse_with", ["straightening"]),
    ("hot_knee", "no, it just hurts to bend it", "worse_with", ["bending"]),
    ("location", "the kneecap, it's sore on bending", "worse_with", ["bending"]),
    ("lump", "no, it only hurts when I stretch my hamstring", "worse_with", ["stretching"]),
    ("grinding", "no, but pain increases while climbing stairs", "worse_with", ["stairs"]),
    ("cramps", "no, it aches after a long walk", "worse_with", ["standing_walking"]),
    ("lump", "no lump, it's fine until I start walking", "worse_with", ["standing_walking"]),
    ("hot_knee", "no, but bending makes it hurt", "worse_with", ["bending"]),
    ("clot_risk", "no, it is painful to climb stairs", "worse_with", ["stairs"]),
    # the pain with the stairs after it, in a clause of its own; a time on the feet before it
    ("duration_days", "five days, and now it is hurting more on going down the stairs", "worse_with", ["stairs"]),
    ("lump", "no, it aches after I have been on my feet all day", "worse_with", ["standing_walking"]),
    ("fever", "no, though it is sore after a long shift standing at work", "worse_with", ["standing_walking"]),
]


AN_ACTIVITY_WITHOUT_ITS_PAIN_IS_NO_WORSE_WITH = [
    # the activity with no pain, or as what they were doing
    ("onset", "I was walking the dog", "worse_with"),
    ("mechanism", "I was just walking along", "worse_with"),
    ("sport", "yes, I walk a lot and climb the stairs at work", "worse_with"),
    ("location", "behind the knee, I was going up the stairs", "worse_with"),
    # a past event, not what makes it worse
    ("onset", "it started hurting when I walked into the table", "worse_with"),
    ("mechanism", "I hurt it when I was running for the train", "worse_with"),
    ("onset", "it hurt when I twisted it at football", "worse_with"),
    # denied
    ("lump", "no, it doesn't hurt when I walk", "worse_with"),
    ("grinding", "walking is fine, it's more at night", "worse_with"),
    ("calf_swollen", "no, the stairs are fine", "worse_with"),
    ("location", "behind the knee, it never hurts when I squat", "worse_with"),
    # words with no pain in them
    ("hot_knee", "no, I take the stairs every day", "worse_with"),
    ("age", "sixty, I still stand up straight", "worse_with"),
    # a past event after which it hurt, not a time on the feet
    ("serious_signs", "no, it hurts after I walked into the table", "worse_with"),
]


def test_what_makes_it_worse_beside_a_no_keeps_the_no_and_the_value():
    assert _read("grinding", "nope, no grating, it just hurts going up stairs") == {
        "grinding": "no",
        "worse_with": ["stairs"],
    }


# --- where it hurts, said in passing ----------------------------------------------------------
WHERE_IT_HURTS_SAID_IN_PASSING_IS_KEPT = [
    ("foot_weak", "no, it's only behind the knee", "location", "behind_knee"),
    ("hot_knee", "no, it's mainly the back of my knee", "location", "behind_knee"),
    ("lump", "no lump, the pain is right behind my knee", "location", "behind_knee"),
    ("grinding", "no, it's just sore at the back of the knee", "location", "behind_knee"),
    ("cramps", "no, the back of my knee is what hurts", "location", "behind_knee"),
    ("muscle_tear", "no bruise, but it aches in the back of my thigh", "location", "thigh"),
    ("reinjured", "never, the back of my thigh has been painful for days", "location", "thigh"),
    ("cramps", "no, it's a dull ache in the calf", "location", "calf"),
    ("muscle_signs", "no pop, it just hurts down the back of my calf", "location", "calf"),
    ("grinding", "no, the pain is around the kneecap", "location", "front"),
    ("lump", "no, it aches at the front of the knee", "location", "front"),
    ("muscle_tear", "no bruise, my calf hurts though", "location", "calf"),
    ("grinding", "no, pain is coming in back side of knee", "location", "behind_knee"),
    ("reinjured", "no, my hamstring aches though", "location", "thigh"),
]


A_PLACE_NAMED_WITHOUT_ITS_PAIN_IS_NO_LOCATION = [
    # a sign at a place is not where the pain is
    ("knee_signs", "there's a lump behind my knee", "location"),
    ("leg_signs", "the back of my knee is a bit swollen", "location"),
    ("calf_swollen", "yes, my calf is swollen", "location"),
    ("muscle_tear", "there's a bruise on my thigh", "location"),
    # denied, or a stretch's pull rather than the pain
    ("onset", "there's no pain behind the knee", "location"),
    ("toe_pull_pain", "yes, it pulls in the calf", "location"),
    # the place with no pain word
    ("sport", "I kick the ball with the front of my foot", "location"),
    # a pull or a tightness is the stretch felt, not where it hurts
    ("toe_pull_pain", "yes, that pulls right behind the knee", "location"),
    ("toe_pull_pain", "it feels tight in my calf when I do it", "location"),
    # a sign just placed behind the knee, with no pain word, says nothing of where it hurts
    ("leg_signs", "no redness, there's a lump just behind the knee", "location"),
]


def test_a_volunteered_place_and_activity_never_raise_a_red_flag():
    for pending in ("location", "worse_with", "onset", "grinding"):
        facts = _read(pending, "it hurts in the calf when I walk, and behind the knee on the stairs")
        assert not set(RED_FLAG_SCREENS) & set(facts), facts


def test_a_red_flag_sign_beside_a_volunteered_activity_is_still_a_sign():
    assert _read("age", "my chest hurts when I walk")["chest_symptoms"] == "yes"
    # "no" and the very sign in one answer: unclear, asked again, never a no
    assert "chest_symptoms" not in _read("chest_symptoms", "no, but my chest hurts when I walk")


# --- how it started and what happened ------------------------------------------------------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("onset", "outta nowhere really", {"onset": "sudden"}),
        ("onset", "it came on with no warning", {"onset": "sudden"}),
        ("onset", "I was just lying in bed and it started", {"onset": "sudden", "mechanism": "at_rest"}),
        ("onset", "whilst I was resting on the sofa", {"onset": "sudden", "mechanism": "at_rest"}),
        ("onset", "I was sprinting for the train", {"onset": "injury", "mechanism": "sprint_jump"}),
        ("onset", "while I was out jogging", {"onset": "injury"}),
        ("onset", "halfway through a match it just went", {"onset": "injury"}),
        ("mechanism", "went up for a header and came down awkwardly", {"mechanism": "sprint_jump"}),
        ("mechanism", "landed badly off a jump", {"mechanism": "sprint_jump"}),
        ("mechanism", "my studs caught in the turf", {"mechanism": "twist"}),
        ("mechanism", "I was dodging a defender", {"mechanism": "twist"}),
        # a landing alone may be a fall: the fall decides
        ("mechanism", "I tripped and landed badly", {"mechanism": "blow_fall"}),
        # not a new onset: the past, or a denial
        ("onset", "no, I wasn't running", {}),
        # gradual and during effort: two answers, so neither (asked again)
        ("onset", "it crept up slowly while I was training", {}),
    ],
)
def test_how_it_started_and_what_happened(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in ("onset", "mechanism") if k in got} == expected, got


# --- how long, said in a sentence ----------------------------------------------------------------
HOW_LONG_SAID_IN_A_SENTENCE = [
    ("hot_knee", "no, pain is there since two weeks", "duration_days", 14),
    ("grinding", "no, it is paining from one week", "duration_days", 7),
    ("leg_signs", "no, but it is paining since five days", "duration_days", 5),
    ("onset", "slowly, over the past three months", "duration_days", 90),
    ("onset", "gradually, over about two weeks", "duration_days", 14),
    ("cramps", "no, it has been constant for about four days", "duration_days", 4),
    ("grinding", "no, it's been bothering me for a month", "duration_days", 30),
    ("fever", "no, it's been three weeks now", "duration_days", 21),
]


A_DURATION_THAT_IS_NOT_THE_PAINS_IS_NOT_KEPT = [
    ("clot_risk", "yes, I had a baby six weeks ago", "duration_days"),
    ("fever", "I've felt hot since yesterday", "duration_days"),
    ("sport", "yes, I play since ten years", "duration_days"),  # how long they have played, not the pain
    ("morning_stiffness", "yes, stiff for about ten minutes", "duration_days"),
    ("onset", "since last week", "duration_days"),  # a date with no amount: asked as the duration question
]


# --- a volunteered value never hides a red-flag sign said in the same breath ---------------------
# The reader keeps the longer of two overlapping phrases; a place or an activity said right after a
# sign, with no comma (speech has none), must not swallow the sign's words.
SIGNS = [
    ("my chest hurts", "chest_symptoms"),
    ("I have chest pain", "chest_symptoms"),
    ("I get short of breath", "chest_symptoms"),
    ("my calf is swollen and sore", "calf_swollen"),
    ("the back of my calf is swollen and painful", "calf_swollen"),
    ("my knee is all swollen and painful", "leg_signs"),
    ("my knee is hot and red and it hurts", "hot_knee"),
    ("my leg is red and sore", "leg_signs"),
    ("my calf is rock hard and it aches", "calf_tight"),
    ("I can't put any weight on it", "injury_severe"),
]
PASSING = [
    "when I walk",
    "going up the stairs",
    "behind my knee",
    "in the calf",
    "and it is worse when I bend it",
    "it hurts when I walk",
    "worst on the stairs",
]


@pytest.mark.parametrize("sign_words, sign", SIGNS)
@pytest.mark.parametrize("passing", PASSING)
@pytest.mark.parametrize("pending", ["age", "location", "worse_with", "onset"])
def test_a_sign_said_beside_a_place_or_an_activity_is_still_acted_on(pending, passing, sign_words, sign):
    assert _read(pending, f"{sign_words} {passing}").get(sign) == "yes"


# --- placed words make a "no, but ..." clear: never words that may be the screen's own sign -------
@pytest.mark.parametrize(
    "words",
    [
        "no, but walking is agony",
        "no but it kills me to walk",
        "no, but the stairs are murder",
        "no, but it's killing me when I stand",
    ],
)
@pytest.mark.parametrize("pending", ["calf_tight", "injury_severe"])
def test_pain_out_of_proportion_or_weight_bearing_is_never_a_clear_no(pending, words):
    """Pain far worse than expected, or not bearing weight, is what these screens ask about."""
    assert pending not in _read(pending, words)


@pytest.mark.parametrize("pending", ["calf_tight", "injury_severe", "chest_symptoms", "leg_signs"])
def test_an_everyday_activity_beside_a_no_keeps_the_no(pending):
    assert _read(pending, "nope, it only hurts going up stairs") == {pending: "no", "worse_with": ["stairs"]}


# --- locking, giving way, catching, said in passing ----------------------------------------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("knee_signs", "yes, the knee keeps locking up", {"knee_signs": "yes", "knee_mechanics": "locks"}),
        (
            "knee_signs",
            "yeah my knee is giving way on the stairs",
            {"knee_signs": "yes", "knee_mechanics": "gives_way"},
        ),
        ("lump", "no lump but it keeps catching", {"knee_mechanics": "catches"}),
        ("age", "sixty, and my knee sometimes gives way on the stairs", {"knee_mechanics": "gives_way"}),
        ("onset", "slowly, and it's locked up twice this week", {"knee_mechanics": "locks"}),
        # the knee question lists several signs: denying one and naming another is a yes
        ("knee_signs", "no lump but it keeps buckling", {"knee_signs": "yes", "knee_mechanics": "gives_way"}),
    ],
)
def test_what_the_knee_does_said_in_passing(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in ("knee_signs", "knee_mechanics") if k in got} == expected, got


MAYBE_NOT_THE_KNEE_DOING_IT = [
    # "won't straighten" may be swelling or pain, "a catching pain" is a kind of pain
    ("hot_knee", "no, but it won't straighten because of the swelling", "knee_mechanics"),
    ("cramps", "it is more of a catching pain", "knee_mechanics"),
]


# --- the answers to the choice questions themselves, in everyday words ------------------------------
THE_ANSWER_ITSELF_IN_EVERYDAY_WORDS = [
    ("onset", "I came a cropper on the stairs", "onset", "injury"),
    ("onset", "did my knee in at cricket", "onset", "injury"),
    ("onset", "one fine morning it was just there", "onset", "sudden"),
    ("onset", "it sort of snuck up on me", "onset", "gradual"),
    ("onset", "from long time it is there", "onset", "gradual"),
    ("mechanism", "I lost my footing on the ice", "mechanism", "blow_fall"),
    ("mechanism", "I landed on a straight leg and it bent back on itself", "mechanism", "bent_back"),
    ("mechanism", "I was minding my own business", "mechanism", "at_rest"),
    ("location", "in the knee pit", "location", "behind_knee"),
    ("location", "knee back side only", "location", "behind_knee"),
    ("location", "more in the quads", "location", "thigh"),
    ("location", "the meaty part below the back of the knee", "location", "calf"),
    ("location", "on top of the kneecap", "location", "front"),
    ("location", "throughout the knee", "location", "whole_knee"),
    ("worse_with", "doing namaz", "worse_with", ["squatting"]),
    ("worse_with", "after sitting in the cinema", "worse_with", ["bending"]),
    ("worse_with", "standing in a queue", "worse_with", ["standing_walking"]),
    ("worse_with", "reaching up on my tiptoes", "worse_with", ["stretching"]),
    ("worse_with", "walking downhill", "worse_with", ["stairs"]),
    ("worse_with", "when I put my foot down", "worse_with", ["standing_walking"]),
    ("onset", "it came on all at once", "onset", "sudden"),
    ("onset", "I banged my knee on the coffee table", "onset", "injury"),
    ("mechanism", "I went over on my ankle", "mechanism", "twist"),
    ("knee_mechanics", "it feels like it's going to give out", "knee_mechanics", "gives_way"),
    ("duration_days", "just today", "duration_days", 0),
    ("duration_days", "only since yesterday", "duration_days", 1),
]


ANSWERS_THAT_SAY_NO_ONE_VALUE_ARE_ASKED_AGAIN = [
    # "hit" is a blow: with "all at once" the answer is unclear, never a blow that came on by itself
    ("onset", "it hit me all at once", "onset"),
    # a kind of pain, a place the kb does not ask about, two places: asked again
    ("knee_mechanics", "it just aches", "knee_mechanics"),
    ("location", "on the inside of my knee", "location"),
    ("location", "back of the knee going down into the calf", "location"),
]


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("grinding", "no, my age is forty five", {"age": 45}),
        ("sport", "not really, I'm nearly seventy", {"age": 70}),
        ("lump", "no, it's been hurting two weeks already", {"duration_days": 14}),
        ("cramps", "no, the pain is there from last Monday", {"duration_days": 6}),
        ("sport", "yes, I did it on Friday at netball", {"duration_days": 2}),
        # a number that is no age, a date that is no start of the pain
        ("grinding", "no, I'm about a hundred percent sure", {}),
        ("clot_risk", "no, I'm off work from Monday", {}),
    ],
)
def test_ages_and_durations_in_more_words(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in ("age", "duration_days") if k in got} == expected, got


@pytest.mark.parametrize(
    "words, sign",
    [
        # a sign that starts on the last words of a place or an activity, said in one breath
        ("it hurts behind my knee which is hot", "hot_knee"),
        ("it hurts when I straighten my leg which is swollen", "leg_signs"),
        ("the pain is in my calf which is swollen", "calf_swollen"),
        ("it aches in the back of my thigh which has swelled up", "leg_signs"),
        # a sign that ends on the first words of one
        ("there is swelling behind my knee hurts when I go up and down the stairs", "leg_signs"),
        ("I can't put weight on it hurts when I go up and down the stairs", "injury_severe"),
        ("my chest hurts when I walk up the stairs", "chest_symptoms"),
        # a sign inside what the knee does
        ("my knee is swollen and gives way", "leg_signs"),
        ("my knee is hot and locks up", "hot_knee"),
        ("there is swelling behind my knee which sometimes gives way on me", "leg_signs"),
    ],
)
@pytest.mark.parametrize("pending", ["age", "location", "worse_with", "onset"])
def test_a_sign_run_into_a_place_or_an_activity_is_still_acted_on(pending, words, sign):
    assert _read(pending, words).get(sign) == "yes"


# --- second round: an injury said as the start, nothing done when it came, ages to come ----------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # an injury named as the start of the pain, to any question
        (
            "age",
            "sixty, and it's been sore ever since I slipped on the stairs",
            {"onset": "injury", "mechanism": "blow_fall"},
        ),
        ("sport", "yes, I sprained my knee at the gym", {"onset": "injury"}),
        ("injury_severe", "no, but I hurt it playing rugby", {"onset": "injury"}),
        # a tear or pop felt during a sprint or a jump is what happened
        ("muscle_signs", "yes, I felt something tear when I was jumping", {"mechanism": "sprint_jump"}),
        ("muscle_tear", "yes, it popped as I was landing", {"mechanism": "sprint_jump"}),
        # nothing done when it came: sudden, at rest (the "not" is the phrase's own)
        ("onset", "out of the blue, I wasn't even doing anything", {"onset": "sudden", "mechanism": "at_rest"}),
        ("mechanism", "I wasn't doing anything in particular", {"mechanism": "at_rest"}),
        ("onset", "I didn't hurt it, it came on by itself", {"onset": "sudden"}),
    ],
)
def test_an_injury_or_a_rest_said_as_the_start(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in ("onset", "mechanism") if k in got} == expected, got


@pytest.mark.parametrize(
    "pending, words",
    [
        # a fall in the past, an activity alone, a test done: no start of the pain
        ("age", "sixty, I fell last year but that healed"),
        ("age", "fifty, it started while I was running"),
        ("toe_pull_pain", "yes, I did it and it hurt"),
        # two starts in one answer: which one is unclear
        ("onset", "it came on gradually, I wasn't doing anything"),
    ],
)
def test_no_start_of_the_pain_is_guessed(pending, words):
    got = _read(pending, words)
    assert not {"onset", "mechanism"} & set(got), got


AN_AGE_STILL_TO_COME_IS_NOT_THE_AGE_NOW = [
    ("age", "sixty nine, seventy in June", "age", 69),
    ("age", "I'm fifty eight, fifty nine next month", "age", 58),
    ("age", "well I'll be eighty one on my next birthday, so eighty", "age", 80),
    # a birthday to come with "I'll be" or "I turn": the year before; a bare one: asked again
    ("age", "I turn forty on my next birthday", "age", 39),
    ("age", "eighty in March", "age", None),
    ("age", "I'll be sixty two next month", "age", 61),
    # a plain age is still an age
    ("age", "forty five", "age", 45),
    ("age", "I'm seventy this year", "age", 70),
]


HOW_LONG_IN_A_REMARK_OF_THE_START = [
    ("lump", "no, it is like that since three days", "duration_days", 3),
    ("cramps", "no, came on suddenly on Tuesday", "duration_days", 5),
    ("muscle_tear", "yes, the pop was about a week ago", "duration_days", 7),
    ("knee_mechanics", "it locks, been about three weeks now", "duration_days", 21),
    ("muscle_signs", "yes, I tweaked it on Thursday", "duration_days", 3),
]


# A trip, a birthday to come, a day it went away: no start of the pain.
A_DAY_THAT_IS_NOT_THE_START_IS_NO_DURATION = [
    ("grinding", "no, it went away on Monday and came back", "duration_days"),
    ("cramps", "no, it got suddenly worse yesterday", "duration_days"),
    ("clot_risk", "yes, I have been over to Spain for two weeks", "duration_days"),
]


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("cramps", "no, a sharp pain comes in the back of my thigh", {"location": "thigh"}),
        ("grinding", "no, it's worse right behind the knee", {"location": "behind_knee"}),
        ("lump", "no lump, it hurts a bit more when I walk", {"worse_with": ["standing_walking"]}),
        ("grinding", "no, and stairs are the worst", {"worse_with": ["stairs"]}),
        ("calf_tight", "no, but it aches even more on the stairs", {"worse_with": ["stairs"]}),
        # the back of the thigh named with a word of place in the story of how it went
        ("mechanism", "I was chasing the ball and felt a sudden snap up the back of my thigh", {"location": "thigh"}),
        ("injury_severe", "no I hobbled off but there was a twang in my hamstring", {"location": "thigh"}),
        # the pain placed after another sign denied, in one run with no comma, and when it comes
        ("foot_weak", "no my foot lifts fine the pain is just behind the knee", {"location": "behind_knee"}),
        ("calf_tight", "no not hard at all the ache stays put behind the knee", {"location": "behind_knee"}),
        (
            "leg_cold_pale",
            "no the foot looks normal it only hurts behind the knee when I stand for long",
            {"location": "behind_knee", "worse_with": ["standing_walking"]},
        ),
        ("hot_knee", "no heat at all only a bit of pain when I kneel down", {"worse_with": ["squatting"]}),
        ("serious_signs", "no I sleep fine just when I walk far it hurts", {"worse_with": ["standing_walking"]}),
        ("morning_stiffness", "no stiffness just pain when I go down the stairs", {"worse_with": ["stairs"]}),
    ],
)
def test_a_place_or_an_activity_in_more_words(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in ("location", "worse_with") if k in got} == expected, got


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # "especially" with the activity, after a place or what the knee does, in one breath
        ("location", "the front around the kneecap especially going down stairs", {"worse_with": ["stairs"]}),
        ("knee_signs", "yes it gives way worst on the stairs", {"worse_with": ["stairs"]}),
        ("location", "behind the knee worse when I'm walking", {"worse_with": ["standing_walking"]}),
        ("location", "the back of my knee particularly when I kneel", {"worse_with": ["squatting"]}),
        # a pain that comes and goes at a place
        ("cramps", "a sharp pain comes in the calf then it goes away", {"location": "calf"}),
    ],
)
def test_a_place_or_an_activity_said_in_one_breath(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in expected} == expected, got


AN_ESPECIALLY_DENIED_IS_NO_ACTIVITY = [
    ("grinding", "no, it's not worse on the stairs", "worse_with"),
    ("location", "behind the knee, and walking is fine", "worse_with"),
]


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        (
            "injury_severe",
            "no, but it's been clicking ever since",
            {"injury_severe": "no", "knee_mechanics": "catches"},
        ),
        (
            "injury_severe",
            "yes, and it's been locking up since then",
            {"injury_severe": "yes", "knee_mechanics": "locks"},
        ),
    ],
)
def test_what_the_knee_has_done_since_an_injury(pending, words, expected):
    got = _read(pending, words)
    assert {k: got[k] for k in expected if k in got} == expected, got


HOW_LONG_IT_HAS_BEEN_HAD = [
    ("muscle_signs", "I've had it about a fortnight, so yes", "duration_days", 14),
    ("lump", "no, I've had this around ten days", "duration_days", 10),
    ("muscle_signs", "yes, it has been over a week", "duration_days", 7),
    ("fever", "no, the knee has been bad for three days", "duration_days", 3),
]


A_STRAIN_IS_AN_INJURY = [
    # a strain from a load, a wrong step, too much: the kb counts an effort as an injury
    ("onset", "I did it lifting a box", "onset", "injury"),
    ("onset", "I stepped off a kerb awkwardly", "onset", "injury"),
    ("onset", "I think I overdid it at the gym", "onset", "injury"),
    ("onset", "moving furniture", "onset", "injury"),
]


def test_where_they_were_is_not_what_they_were_doing():
    """ "I did it at work" says where, not that they were at rest."""
    assert "mechanism" not in _read("mechanism", "I did it at work")
    assert _read("onset", "I did it at work") == {"onset": "injury"}


MORE_WAYS_TO_SAY_AN_AGE = [
    ("age", "sixty eight years young", "age", 68),
    ("grinding", "no, I was seventy at my last birthday", "age", 70),
    ("sport", "no, I'm sixty this year", "age", 60),
]


A_PLACE_AND_AN_ACTIVITY_IN_ONE_CLAUSE = [
    # the place and the activity in one clause: both kept, and the no beside them is clear
    (
        "grinding",
        "no, but it's sore at the back of my knee when I walk",
        {"grinding": "no", "location": "behind_knee", "worse_with": ["standing_walking"]},
    ),
    (
        "lump",
        "no, it aches in my calf when I go up stairs",
        {"lump": "no", "location": "calf", "worse_with": ["stairs"]},
    ),
    ("age", "it hurts at the front of my knee when I kneel", {"location": "front", "worse_with": ["squatting"]}),
]


A_SIGN_BESIDE_A_PLACE_AND_AN_ACTIVITY_IS_STILL_ACTED_ON = [
    ("age", "the back of my knee is swollen when I walk", "leg_signs"),
    ("location", "my calf is swollen and it hurts in the calf when I walk", "calf_swollen"),
    ("worse_with", "I get chest pain behind my knee when I walk", "chest_symptoms"),
    # an injury or a place said first never runs into the red-flag sign said after it
    ("age", "the bike fell on my knee which is hot now", "hot_knee"),
    ("age", "the pain is behind my knee which is hot", "hot_knee"),
    # a place said with "only" before the same words: the hot knee is kept beside the leg sign of its own words
    ("age", "it is only behind my knee which is hot", "hot_knee"),
    ("onset", "no idea, the pain is just behind the knee which is hot", "hot_knee"),
    ("onset", "only behind knee paining which is hot", "hot_knee"),
]


MORE_WAYS_TO_SAY_THE_PLACE_OR_THE_ACTIVITY = [
    ("cramps", "no, it's a constant ache behind the knee", {"cramps": "no", "location": "behind_knee"}),
    ("reinjured", "no, my calf's been sore", {"reinjured": "no", "location": "calf"}),
    ("sport", "no, I just get a pain at the back of my knee", {"sport": "no", "location": "behind_knee"}),
    (
        "morning_stiffness",
        "no, the back of my knee aches at night",
        {"morning_stiffness": "no", "location": "behind_knee"},
    ),
    ("grinding", "no, it's more of a pain going up the stairs", {"grinding": "no", "worse_with": ["stairs"]}),
    ("cramps", "no, it hurts on and off when I walk", {"cramps": "no", "worse_with": ["standing_walking"]}),
]


A_NERVE_PAIN_IS_NEVER_HIDDEN_BY_A_PLACE = [
    # a nerve pain's words stay the nerve question's, never a place's or an activity's
    ("age", "I get a shooting pain behind my knee when I walk", "tingling"),
    ("location", "it gets a shooting pain when I walk", "tingling"),
]


A_SCREENS_OWN_SIGN_BESIDE_A_NO_IS_ASKED_AGAIN = [
    # the screen's own sign (tight calf, shooting pain), in words a place might have taken: no clear no
    ("calf_tight", "no, I have a tightness in my calf", "calf_tight"),
    ("tingling", "no, a shooting pain in my calf", "tingling"),
]


def test_a_hedge_to_a_red_flag_screen_is_not_taken_by_a_place():
    """ "a little bit pain comes in the calf" to the toe test: the hedge is its yes, not a place's words."""
    assert _read("toe_pull_pain", "a little bit pain comes in the calf")["toe_pull_pain"] == "yes"


# --- round 3: the activity first with an everyday intensifier, and the pain inside a run-on ---------
@pytest.mark.parametrize(
    "pending, words, value",
    [
        ("grinding", "yes, and climbing the stairs is really painful", "stairs"),
        ("lump", "no, walking up the stairs is very sore", "stairs"),
        ("fever", "no, but hills are really sore", "stairs"),
        ("grinding", "yeah, and kneeling really hurts", "squatting"),
        ("hot_knee", "no, getting up off the floor is quite painful", "squatting"),
        ("cramps", "no, turning round hurts a lot", "twisting"),
        ("lump", "no, bending it all the way is the worst part", "bending"),
        ("sport", "no, straightening it out is pretty sore", "straightening"),
        ("grinding", "no, my calf stretches are a bit painful", None),  # whose stretches: no whole clause
        ("cramps", "no, stretching my leg out makes it a lot worse", "stretching"),
        ("lump", "no, standing all day is really sore", "standing_walking"),
        # speech without commas: the pain and "when I ..." inside a longer clause
        ("grinding", "nope no noise whatsoever it just hurts when i go down the stairs", "stairs"),
        ("lump", "nothing there it only aches when i kneel down", "squatting"),
        ("cramps", "nope it really hurts when i turn quickly", "twisting"),
        ("grinding", "nah it mostly hurts when i walk far", "standing_walking"),
    ],
)
def test_an_activity_with_its_pain_in_more_words(pending, words, value):
    assert _read(pending, words).get("worse_with") == ([value] if value else None)


AN_ACTIVITY_SAID_HARD_DENIED_OR_PAST_IS_NO_ACTIVITY = [
    # hard or difficult said of walking may be the injury or tear screens' sign: no activity
    ("muscle_tear", "no, but walking is hard", "worse_with"),
    ("injury_severe", "no, but walking is difficult", "worse_with"),
    # denied, past, or not the pain
    ("lump", "no, it doesn't hurt when I walk", "worse_with"),
    ("lump", "no, it never aches when I kneel", "worse_with"),
    ("onset", "it hurt when I walked into the door", "worse_with"),
    ("grinding", "no, the stairs are no problem", "worse_with"),
]


@pytest.mark.parametrize("pending", ["calf_tight", "injury_severe"])
@pytest.mark.parametrize("words", ["no, but squatting is agony", "no, but the stairs are killing me"])
def test_a_severe_pain_with_an_activity_is_still_no_clear_no(pending, words):
    """Severity words are not placed: beside a no to these screens they may be the very sign asked."""
    assert pending not in _read(pending, words)


NO_INJURY_IS_NEITHER_SUDDEN_NOR_GRADUAL = [
    # no injury rules one answer out and picks neither of the others
    ("onset", "no injury, it just crept up on me", "onset", "gradual"),
    ("onset", "I didn't hurt it, it built up slowly over the weeks", "onset", "gradual"),
    ("onset", "nothing happened, it came on all of a sudden", "onset", "sudden"),
    (
        "onset",
        "suddenly it started no injury I was just sitting",
        "onset",
        "sudden",
    ),  # no commas: the "no" negates nothing
    ("onset", "no injury", "onset", None),
    ("onset", "I didn't do anything to it", "onset", None),
]


WHAT_HAPPENED_IN_MORE_WORDS = [
    ("mechanism", "I slipped on the ice and came down hard on it", "mechanism", "blow_fall"),
    ("mechanism", "I tripped and landed right on my kneecap", "mechanism", "blow_fall"),
    ("mechanism", "went down hard on the concrete", "mechanism", "blow_fall"),
    ("mechanism", "I came down awkwardly from a jump", "mechanism", "sprint_jump"),
    ("mechanism", "I think it bent backwards when I stepped off the kerb", "mechanism", "bent_back"),
    ("mechanism", "it went the wrong way", "mechanism", "bent_back"),
    ("mechanism", "I twisted it the wrong way", "mechanism", "twist"),
    # a step off a kerb names no mechanism, and a jump then a hard landing may be either
    ("mechanism", "I stepped off the curb", "mechanism", None),
    ("mechanism", "I jumped and came down hard on it", "mechanism", None),
]


WHAT_THE_KNEE_DOES_IN_MORE_WORDS = [
    ("knee_mechanics", "there's a catch when I bend it", "knee_mechanics", "catches"),
    ("knee_mechanics", "I get a click now and then", "knee_mechanics", "catches"),
    ("knee_mechanics", "it feels shaky on the stairs", "knee_mechanics", "gives_way"),
    ("knee_mechanics", "it lets me down sometimes", "knee_mechanics", "gives_way"),
    ("knee_mechanics", "it seized up and I couldn't unbend it", "knee_mechanics", "locks"),
    ("knee_mechanics", "no catch", "knee_mechanics", "none"),
    ("knee_mechanics", "it doesn't lock, it gives way", "knee_mechanics", "gives_way"),
    # a knee that will not move may be stiffness or swelling: no locking guessed
    ("knee_mechanics", "I can't move it much in the morning", "knee_mechanics", None),
    ("knee_mechanics", "it's a bit dodgy", "knee_mechanics", None),
]


AN_AGE_AFTER_ONLY_STILL_OR_PUSHING = [
    ("clot_risk", "no, I'm only twenty four", "age", 24),
    ("lump", "no, but I'm pushing seventy", "age", 70),
    ("sport", "not any more, I'm getting on for eighty", "age", 80),
    ("grinding", "no, I'm still only thirty", "age", 30),
    ("age", "I'm coming up to sixty", "age", 60),
    # a number that is no age after the same words
    ("lump", "no, I'm only one of those people who worries", "age", None),
    ("sport", "no, I'm just two weeks into a new job", "age", None),
    ("fever", "no, I'm still one hundred percent", "age", None),
]


THE_PLACE_IN_A_CLEFT = [
    # the place in a cleft ("it's only X that hurts"), inside a longer clause too
    ("calf_swollen", "no the calves are fine it's only behind the knee that hurts", "location", "behind_knee"),
    ("cramps", "no, it's mostly the calf that aches", "location", "calf"),
    ("lump", "no lump, it's just the front that is sore", "location", "front"),
    ("age", "it is the whole knee that hurts", "location", "whole_knee"),
    ("sport", "no, it's the back of my thigh that's the sore bit", "location", "thigh"),
    # a sign at the place, or the place denied, is no place of the pain
    ("age", "it's my calf that is swollen", "location", None),
    ("hot_knee", "it's not only the back of the knee that hurts", "location", None),
]


A_HABIT_BESIDE_THE_ANSWER_IS_NO_ACTIVITY = [
    # a habit said beside the answer is what they do, not what makes it worse
    ("worse_with", "while stretching, and I go for running daily", "worse_with", ["stretching"]),
    ("worse_with", "the stairs, I jog every morning though", "worse_with", ["stairs"]),
    # the activity that hurts stays an answer
    ("worse_with", "when I run", "worse_with", ["standing_walking"]),
    ("worse_with", "it hurts when I run most days", "worse_with", ["standing_walking"]),
]


def test_a_habit_beside_the_answer_still_says_they_exercise():
    assert _read("worse_with", "stairs, and I run most days") == {"worse_with": ["stairs"], "sport": "yes"}


THE_DAY_OF_THE_EVENT_THE_PAIN_DATES_FROM = [
    # the event the pain dates from, right before its day (the reading day is a Sunday)
    ("sport", "yeah, I play footy, and this started after a game on Saturday", "duration_days", 1),
    ("location", "the back of the thigh, it's been sore since my run on Friday", "duration_days", 2),
    ("muscle_signs", "yes, I heard a pop on Friday", "duration_days", 2),
    ("lump", "no, I twisted my knee last Tuesday", "duration_days", 5),
    ("grinding", "no, it started after my run yesterday", "duration_days", 1),
    # a day that is not the start of the pain
    ("sport", "yes, I have a game on Saturday", "duration_days", None),
    ("fever", "I've been tired since the match on Friday", "duration_days", None),
]


A_KIND_OF_PAIN_WITH_WHEN_I = [
    ("grinding", "no just a dull ache when i go up stairs", "worse_with", ["stairs"]),
    ("cramps", "no, more of a sharp stabbing when I twist", "worse_with", ["twisting"]),
    ("lump", "no, a twinge of pain whenever I kneel down", "worse_with", ["squatting"]),
]


@pytest.mark.parametrize("pending", ["age", "worse_with", "location"])
def test_a_shooting_pain_with_when_i_stays_the_nerve_questions(pending):
    assert _read(pending, "a shooting pain when I walk").get("tingling") == "yes"


THE_ANSWERS_THEMSELVES = [
    ("onset", "it's just worn out I think", "onset", "gradual"),
    ("onset", "getting older, I reckon", "onset", "gradual"),
    ("onset", "it came on by degrees", "onset", "gradual"),
    ("onset", "it just niggled away and got worse", "onset", "gradual"),
    ("mechanism", "I was playing soccer and a bloke slid into me", "mechanism", "blow_fall"),
    ("mechanism", "someone took my legs out", "mechanism", "blow_fall"),
    ("location", "just below the knee at the back", "location", "calf"),
    ("location", "the ham string", "location", "thigh"),
    ("knee_mechanics", "it doesn't do anything like that", "knee_mechanics", "none"),
    ("knee_mechanics", "it won't quite straighten", "knee_mechanics", "locks"),
    ("worse_with", "when I've been sitting for a while", "worse_with", ["bending"]),
    # the pain hitting is no blow
    ("mechanism", "it just hit me out of nowhere", "mechanism", None),
]


AN_ACTIVITY_WITH_ITS_PAIN_IN_MORE_VOICES = [
    # a UK way to say it hurts, and the pain felt
    ("grinding", "no, it gives me gyp on the hills", "worse_with", ["stairs"]),
    ("lump", "no, I notice the pain more on the stairs", "worse_with", ["stairs"]),
    ("grinding", "no, I feel the pain when I go up stairs", "worse_with", ["stairs"]),
    ("cramps", "no, it kind of aches after I've been walking a while", "worse_with", ["standing_walking"]),
    ("hot_knee", "no, it's sore getting up from a chair", "worse_with", ["standing_walking"]),
    ("grinding", "no, but I can't kneel on it", "worse_with", ["squatting"]),
    # Indian English: the activity first, then the pain
    ("lump", "no, while walking only it is paining", "worse_with", ["standing_walking"]),
    ("grinding", "no, when climbing stairs pain is coming", "worse_with", ["stairs"]),
    ("grinding", "no, pain is there while getting up from the floor", "worse_with", ["squatting"]),
]


def test_not_walking_on_it_stays_the_injury_screens_question():
    """Kneeling that is not possible is an activity; walking that is not is the screen's sign."""
    assert _read("injury_severe", "no, but I can't kneel on it") == {"injury_severe": "no", "worse_with": ["squatting"]}
    assert _read("injury_severe", "no, but I can't walk on it").get("injury_severe") != "no"


MORE_WORDS_FOR_THE_PLACE_SAID_IN_PASSING = [
    ("grinding", "no, it hurts more up in the thigh", {"grinding": "no", "location": "thigh"}),
    ("lump", "no, it's just sore in the hollow behind my knee", {"lump": "no", "location": "behind_knee"}),
    ("cramps", "no, it aches at the top of my calf", {"cramps": "no", "location": "calf"}),
    (
        "age",
        "it hurts in the bend of my knee when I walk",
        {"location": "behind_knee", "worse_with": ["standing_walking"]},
    ),
    (
        "lump",
        "no, it aches up in the thigh when I go up stairs",
        {"lump": "no", "location": "thigh", "worse_with": ["stairs"]},
    ),
]


HOW_THE_PAIN_CAME_ON_SAID_IN_PASSING = [
    # how the pain came on, said in passing with the pain named
    ("location", "behind the knee, the pain came on gradually", "onset", "gradual"),
    ("duration_days", "three weeks, the pain crept up on me", "onset", "gradual"),
    ("lump", "no, it started hurting slowly over a few weeks", "onset", "gradual"),
    ("age", "sixty, and it just started hurting out of nowhere", "onset", "sudden"),
    # a bare "it came on": to a screen "it" may be the sign itself; denied; getting worse
    ("chest_symptoms", "no, but it came on suddenly", "onset", None),
    ("calf_swollen", "yes it came on suddenly", "onset", None),
    ("location", "the calf, the pain didn't come on suddenly", "onset", None),
    ("worse_with", "stairs, it's been getting worse slowly", "onset", None),
]


def test_it_came_on_suddenly_beside_a_no_to_the_chest_screen_is_no_clear_no():
    assert "chest_symptoms" not in _read("chest_symptoms", "no, but it came on suddenly")


@pytest.mark.parametrize("pending", RED_FLAG_SCREENS)
@pytest.mark.parametrize(
    "words",
    [
        # no pain word: "it" or the trouble may be the screen's own sign (breathless on the stairs,
        # chest discomfort on walking), so these words are placed nowhere and the no stays unclear
        "no, but I feel it when I walk",
        "no, I notice it more on the stairs",
        "no, but it plays up on the stairs",
        "no, but hills are hard these days",
        "no, but walking is uncomfortable",
        "no, it gives me trouble on the stairs",
        "no, but it came on suddenly",
        # when "it" is worse, read as what makes it worse, yet with no pain word nor part named
        "no, it's worse when I walk",
        "no it gets worse on the stairs",
    ],
)
def test_words_that_may_be_a_screens_sign_never_make_its_no_clear(pending, words):
    assert _read(pending, words).get(pending) != "no"


@pytest.mark.parametrize("pending", ["chest_symptoms", "leg_cold_pale", "fever"])
@pytest.mark.parametrize(
    "words", ["no, my knee is worse when I walk", "no, it hurts when I walk", "no, the pain is worse on the stairs"]
)
def test_what_makes_the_knee_worse_beside_a_red_flag_no_leaves_it_clear(pending, words):
    """The pain or the knee named: "it" is no longer the sign the screen asks about."""
    read = _read(pending, words)
    assert read.get(pending) == "no" and read.get("worse_with")


@pytest.mark.parametrize(
    "pending, words",
    [
        ("worse_with", "when I turn, it is paining, and there is clicking also"),
        ("age", "sixty, and I get a click sometimes"),
        ("grinding", "no, but there is clicking"),
    ],
)
def test_a_click_said_as_a_thing_there_is(pending, words):
    assert _read(pending, words).get("knee_mechanics") == "catches"


def test_no_click_is_no_catch():
    assert "knee_mechanics" not in _read("grinding", "no, there is no clicking")


HOW_LONG_AFTER_LIKE_THIS_OR_GOING_ON = [
    ("worse_with", "stairs, it's been like this a fortnight", "duration_days", 14),
    ("location", "the calf, it's been going on a month", "duration_days", 30),
    ("fever", "no, I've been sore three days", "duration_days", 3),
]


INDIAN_ENGLISH_AGO = [
    ("grinding", "no, it started two days before only", "duration_days", 2),
    ("lump", "no, it began a week back only", "duration_days", 7),
    # "before" alone may date something else
    ("sport", "yes, I played two days before it started", "duration_days", None),
]


# --- a fourth round ----------------------------------------------------------------------------
WHAT_HAPPENED_IN_YET_MORE_WORDS = [
    # the knee forced back in a tackle: bent back, not a blow
    ("mechanism", "it got bent backwards in a tackle", "mechanism", "bent_back"),
    ("mechanism", "my knee was pushed back the wrong way in a challenge", "mechanism", "bent_back"),
    ("mechanism", "I got tackled", "mechanism", "blow_fall"),
    # something felt to give as it started: an injury
    ("onset", "I was getting out of the car and felt it go", "onset", "injury"),
    ("onset", "I was stepping off the bus and felt my knee give", "onset", "injury"),
    # the effort begun, not a blow taken
    ("mechanism", "I went to kick the ball", "mechanism", "sprint_jump"),
    ("mechanism", "I tried to jump for it", "mechanism", "sprint_jump"),
    ("mechanism", "I got kicked", "mechanism", "blow_fall"),
]


@pytest.mark.parametrize(
    "pending, words",
    [
        # the stairs first, with no "when" (Indian English order), also in a clause Alexa did not split
        ("location", "back side of the knee, and going down the stairs it is paining more"),
        ("location", "behind the knee, going up stairs it hurts"),
        ("grinding", "no, but climbing the stairs it gets sore"),
    ],
)
def test_the_stairs_said_first_make_it_worse(pending, words):
    assert _read(pending, words).get("worse_with") == ["stairs"]


THE_STAIRS_WITHOUT_PAIN_ARE_NO_WORSE_WITH = [
    ("location", "behind the knee, I was going down the stairs when it started", "worse_with"),
    ("grinding", "no, going up the stairs it is fine", "worse_with"),
    # no pain word: "it" may be the breathlessness or the chest the screen asked about
    ("chest_symptoms", "no, but going up the stairs it gets worse", "worse_with"),
]


def test_the_stairs_said_first_with_no_pain_word_leave_a_red_flag_no_unclear():
    assert "chest_symptoms" not in _read("chest_symptoms", "no, but going up the stairs it gets worse")


def test_a_pop_felt_as_it_started_stays_the_muscle_openers_sign():
    """The onset's "felt it go" must not hide the muscle opener's pop, said to how it started; something felt to
    "go" is no pop of its own (the writers of every spent round that met it record the injury alone)."""
    assert "muscle_signs" not in _read("onset", "I felt something go")
    assert _read("onset", "I felt it pop").get("muscle_signs") == "yes"
    assert _read("onset", "I felt something go, like a snap").get("muscle_signs") == "yes"


def test_breathless_on_the_stairs_stays_the_chest_screens_sign():
    assert _read("chest_symptoms", "I get breathless going up the stairs it is worse").get("chest_symptoms") == "yes"


def test_up_on_the_toes_is_stretching_not_the_stairs():
    assert _read("worse_with", "going up on my tiptoes").get("worse_with") == ["stretching"]
    assert _read("worse_with", "going up stairs").get("worse_with") == ["stairs"]


WHERE_IT_HURTS_SAID_AS_THE_PAIN_BEING_THERE = [
    # Indian English: the pain as a thing that is there, or "only" after the place
    ("cramps", "no, the pain is behind the knee only", "location", "behind_knee"),
    ("grinding", "no, pain is there in the back of the knee", "location", "behind_knee"),
    ("grinding", "no, pain is coming in the calf only", "location", "calf"),
    ("cramps", "no, paining is there at the back of the thigh", "location", "thigh"),
    # the pain the stretch brings, felt in a place, beside the stretch's answer
    ("toe_pull_pain", "a bit of pain is coming in my calf when I do that", "location", "calf"),
    ("toe_pull_pain", "ow, that hurts right behind the knee", "location", "behind_knee"),
    ("toe_pull_pain", "yes it aches in my hamstring when I pull my toes up", "location", "thigh"),
]


def test_a_thing_that_is_there_is_no_place_of_pain():
    """To the lump question "it" is the lump: where it is says nothing of where it hurts."""
    assert "location" not in _read("lump", "yes, it is there behind my knee")


@pytest.mark.parametrize(
    "pending, words, value",
    [
        ("cramps", "it's more painful when I get up from sitting", "standing_walking"),
        ("grinding", "no, it hurts when I stand up from a chair", "standing_walking"),
        ("lump", "no, sitting for long makes it ache", "bending"),
        # no pain word: "it" may be anything
        ("lump", "no, sitting for long makes it worse", None),
    ],
)
def test_getting_up_and_sitting_long_said_in_passing(pending, words, value):
    found = _read(pending, words).get("worse_with")
    assert found == ([value] if value else None)


THE_BACK_PLACED_BY_THE_KNEE = [
    ("location", "back side only", "location", "behind_knee"),
    ("location", "the back portion mostly", "location", "behind_knee"),
    ("location", "in the back of my leg below the knee", "location", "calf"),
    ("location", "the back of my leg just under my knee", "location", "calf"),
    ("location", "above the knee at the back", "location", "thigh"),
    ("location", "just above my knee round the back", "location", "thigh"),
    # the bottom, in British English: no place of the knee
    ("location", "my backside", "location", None),
]


# --- fifth round: how it started, what happened and the sport, said together ---------------------
HOW_IT_STARTED_AND_WHAT_HAPPENED = [
    # the sport named with the injury, to how it started: every fact kept
    ("onset", "I hurt it playing rugby", {"onset": "injury", "sport": "yes"}),
    ("onset", "I did my knee in at basketball practice", {"onset": "injury", "sport": "yes"}),
    ("onset", "I twisted it during a hockey game", {"onset": "injury", "mechanism": "twist", "sport": "yes"}),
    # a fall with when it was, to how long
    (
        "duration_days",
        "four days, since the day I slipped on the ice",
        {"duration_days": 4, "onset": "injury", "mechanism": "blow_fall"},
    ),
    (
        "duration_days",
        "since Monday, when I tripped up the steps",
        {"duration_days": 6, "onset": "injury", "mechanism": "blow_fall"},
    ),
    # the twist as the injury, said to the sport question
    (
        "sport",
        "yes, I play tennis and I wrenched my knee",
        {"sport": "yes", "onset": "injury", "mechanism": "twist"},
    ),
    # going up for a ball
    (
        "sport",
        "yeah, netball, I hurt it going up for a rebound",
        {"sport": "yes", "onset": "injury", "mechanism": "sprint_jump"},
    ),
    ("mechanism", "landing from a header at soccer", {"mechanism": "sprint_jump", "sport": "yes"}),
    # the play of a game names it
    ("mechanism", "I got caught in a rugby tackle", {"mechanism": "blow_fall", "sport": "yes"}),
    ("mechanism", "I was fielding and my foot got stuck and I turned", {"mechanism": "twist", "sport": "yes"}),
    # the pain with the stairs as a thing there is
    ("knee_signs", "no, but I get a sharp pain going down steps", {"knee_signs": "no", "worse_with": ["stairs"]}),
    ("lump", "no, only there is pain when I climb the stairs", {"lump": "no", "worse_with": ["stairs"]}),
    # the injury with the twist that did it, said to the sport question: the sport, the injury and the twist
    ("sport", "yes, squash, and I hurt it turning sharply", {"sport": "yes", "onset": "injury", "mechanism": "twist"}),
    ("onset", "I injured my knee pivoting", {"onset": "injury", "mechanism": "twist"}),
    # a blow from a ball, a stick or a player: the injury and the blow, to any question
    (
        "sport",
        "yes, hockey, and a stick hit me on the knee",
        {"sport": "yes", "onset": "injury", "mechanism": "blow_fall"},
    ),
    ("onset", "a cricket ball struck me right on the kneecap", {"onset": "injury", "mechanism": "blow_fall"}),
    (
        "lump",
        "no, but I got whacked on the back of the knee",
        {"lump": "no", "onset": "injury", "mechanism": "blow_fall"},
    ),
    # the move that hurt it, then the game it was in: the sport too
    ("mechanism", "coming down from a rebound in netball", {"mechanism": "sprint_jump", "sport": "yes"}),
    ("mechanism", "I collided with the keeper in soccer", {"mechanism": "blow_fall", "sport": "yes"}),
    ("onset", "I hurt it pivoting at basketball", {"onset": "injury", "mechanism": "twist", "sport": "yes"}),
    # a twist said beside a game to another question keeps the injury (the game's longer words do not hide it)
    (
        "duration_days",
        "since Friday, I twisted it at netball",
        {"duration_days": 2, "onset": "injury", "mechanism": "twist", "sport": "yes"},
    ),
    # woken by it as it began: at rest, said to what happened, not a pain that wakes them night after night
    ("mechanism", "it woke me up in the middle of the night", {"mechanism": "at_rest"}),
    ("mechanism", "the pain just woke me from sleep", {"mechanism": "at_rest"}),
    # night after night, said to the questions of serious causes, is still the night pain
    ("serious_signs", "yes, it wakes me up at night", {"serious_signs": "yes"}),
    # getting up from a deep bend is no rest: asked again; with the twist said, the twist
    ("mechanism", "getting up from a squat", {}),
    ("mechanism", "I stood up from a squat and twisted", {"mechanism": "twist"}),
    ("mechanism", "getting up out of bed", {"mechanism": "at_rest"}),
    # their own kick of a ball is the effort; someone kicking them is the blow
    ("mechanism", "I kicked the ball", {"mechanism": "sprint_jump"}),
    ("onset", "it started when I kicked a football", {"onset": "injury", "mechanism": "sprint_jump"}),
    ("mechanism", "someone kicked me", {"mechanism": "blow_fall"}),
]


WORDS_THAT_ARE_NO_INJURY = [
    # asleep is no fall
    ("duration_days", "since Tuesday, when I fell asleep on the sofa", "mechanism"),
    ("duration_days", "since Tuesday, when I fell asleep on the sofa", "onset"),
    # an old fall, or a game someone may have watched, is no start of this pain nor a sport
    ("hot_knee", "no, it feels like when I fell over as a kid", "mechanism"),
    ("fever", "no, I was at the football on Saturday", "sport"),
    ("fever", "no, I went to a football game", "sport"),
    # a twist someone else had, or one that only hurts now, is no injury's twist
    ("worse_with", "twisting it", "mechanism"),
    ("worse_with", "when I twist it", "mechanism"),
    # the stairs without pain are no worse_with
    ("knee_signs", "no, but there are stairs at my work", "worse_with"),
    # the pain that hits, or a game watched, is no blow and no sport
    ("onset", "it just hit me one day", "mechanism"),
    ("fever", "no, I was watching my son jumping in basketball", "sport"),
    # a ball that hit someone else is no blow of theirs
    ("lump", "no, but the ball hit my son on the knee", "mechanism"),
]


# --- fifth round: the pain word first, the pain that comes, how much more -------------------------
THE_PAIN_WORD_FIRST_AND_A_HABIT_GIVEN_UP = [
    # a slot's words without their "it" ("really hurts when I walk"), as the whole clause
    ("hot_knee", "no, mostly aches when I stand for long", {"hot_knee": "no", "worse_with": ["standing_walking"]}),
    ("grinding", "no, just throbs when I go down the stairs", {"grinding": "no", "worse_with": ["stairs"]}),
    # the pain as a thing that comes, inside a longer clause
    ("lump", "nothing there, pain is coming when I walk far", {"lump": "no", "worse_with": ["standing_walking"]}),
    # how much more, in more words
    ("cramps", "no, it aches more than usual when I go up the stairs", {"cramps": "no", "worse_with": ["stairs"]}),
    # "not cramps", then what it is instead: the not is the denial's own
    ("cramps", "definitely not a cramp", {"cramps": "no"}),
    # given up: a no now
    ("sport", "I did, but not any more", {"sport": "no"}),
    ("sport", "I used to, but not for a couple of years", {"sport": "no"}),
    # a full bend, then an example of one (said with no comma): the bend only
    ("worse_with", "bending it right back like squatting", {"worse_with": ["bending"]}),
    ("worse_with", "when I bend it all the way like sitting cross legged", {"worse_with": ["bending"]}),
    # a kick is the knee straightening; legs crossed hold it bent
    ("worse_with", "when I kick a ball", {"worse_with": ["straightening"]}),
    ("worse_with", "sitting with my legs crossed", {"worse_with": ["bending"]}),
    # stuck, then shaken loose: the lock, never the looseness of giving way
    ("knee_mechanics", "sometimes it gets stuck and I have to shake it loose", {"knee_mechanics": "locks"}),
    ("knee_mechanics", "it feels loose and wobbly", {"knee_mechanics": "gives_way"}),
]


NO_ACTIVITY_NO_WORSE_WITH = [
    # the activity without a pain word is no value, even as the whole clause
    ("hot_knee", "no, mostly when I stand for long", "worse_with"),
    # a pain that comes with no activity named is no value
    ("lump", "nothing there, pain is coming and going", "worse_with"),
]


def test_used_to_alone_is_still_unclear_for_sport():
    """ "I used to" alone may be now or never: asked again, only "but not any more" makes it a no."""
    assert "sport" not in _read("sport", "I used to")


THE_SPORT_WITH_HOW_IT_STARTED = [
    # the injury in a game they played
    ("onset", "I hurt it at my netball game", {"onset": "injury", "sport": "yes"}),
    ("onset", "I did my knee during a squash match", {"onset": "injury", "sport": "yes"}),
    # "at the football" is as often a match watched: the injury is kept, the sport is not guessed
    ("onset", "I hurt it at the football", {"onset": "injury"}),
]


# --- sixth round: a lunge, a slip that twisted, bent back in a tackle, a twist "on it" --------------
HOW_IT_HAPPENED_AND_WHAT_MAKES_IT_WORSE = [
    # a lunge or a spring for something is the sprinting or jumping effort
    ("mechanism", "I sort of lunged for it", {"mechanism": "sprint_jump"}),
    ("mechanism", "sprang up to head the ball", {"mechanism": "sprint_jump"}),
    ("onset", "I lunged at the ball and felt it", {"onset": "injury", "mechanism": "sprint_jump"}),
    # a slip or a trip that twisted the knee, with no fall onto it, is the twist
    ("mechanism", "tripped over the cat and wrenched my knee", {"mechanism": "twist"}),
    ("onset", "I missed a step and turned my knee", {"onset": "injury", "mechanism": "twist"}),
    # bent back in a game's tackle: what happened, and the sport played
    ("mechanism", "my knee got forced back in a footy tackle", {"mechanism": "bent_back", "sport": "yes"}),
    ("mechanism", "it was bent backwards during a scrum", {"mechanism": "bent_back", "sport": "yes"}),
    # the twist said with what it twists on
    ("worse_with", "it really hurts when I pivot on it", {"worse_with": ["twisting"]}),
    ("sport", "yes, netball, and it aches when I turn on it", {"sport": "yes", "worse_with": ["twisting"]}),
    # "stretching it out" is the stretch the question names; with "straight" it is the straightening
    ("worse_with", "stretching out, I reckon", {"worse_with": ["stretching"]}),
    ("worse_with", "stretching it out straight", {"worse_with": ["straightening"]}),
]


@pytest.mark.parametrize(
    "pending, words, question",
    [
        # a slip that ended in a fall is no twist
        ("mechanism", "I slipped and fell on it", "twist"),
        # a car crash is no sport, whatever bent the knee
        ("mechanism", "I was in a car crash and my knee got bent back", "sport"),
        # someone else's tackle is no sport of theirs
        ("leg_signs", "no, but my son got hurt in a tackle", "sport"),
    ],
)
def test_words_that_are_no_twist_or_sport(pending, words, question):
    got = _read(pending, words)
    assert question not in got and got.get("mechanism") != question, got


A_SQUAT_SAID_WITH_HOW_OFTEN = [
    # how often the knee does it with a squat or a kneel: what makes it worse too
    (
        "knee_mechanics",
        "it jams up, mostly when I kneel down",
        {"knee_mechanics": "locks", "worse_with": ["squatting"]},
    ),
    ("knee_mechanics", "it clicks, usually after I squat", {"knee_mechanics": "catches", "worse_with": ["squatting"]}),
]


def test_only_when_i_squat_beside_a_no_to_a_red_flag_screen_is_asked_again():
    """ "Only when I squat" may be when the very sign asked about comes: never a clear no."""
    assert _read("calf_tight", "no, only when I squat") == {}


JUMPS_SPRINTS_AND_A_GAME_GIVEN_UP = [
    # a jump down from something is an injury's sudden movement, and the jump
    ("onset", "I hurt it jumping down off a fence", {"onset": "injury", "mechanism": "sprint_jump"}),
    # sprints and drills at training
    ("mechanism", "doing shuttle runs at practice", {"mechanism": "sprint_jump", "sport": "yes"}),
    ("worse_with", "sprinting mostly", {"worse_with": ["standing_walking"]}),
    # a game given up, named between: a no now
    ("sport", "I used to do athletics, but not for ages", {"sport": "no"}),
]


def test_a_game_given_up_for_another_is_never_a_no():
    """ "I used to run, but now I swim a lot": the swimming is a habit now, so never a no."""
    assert _read("sport", "I used to run, but now I swim a lot").get("sport") != "no"


VALUES_SAID_BESIDE_ANOTHER_ANSWER = [
    # going over on it, said in passing: the injury and the twist
    (
        "duration_days",
        "since Friday, I went over on it at netball",
        {"duration_days": 2, "onset": "injury", "mechanism": "twist", "sport": "yes"},
    ),
    # sudden, during an effort (no comma in speech): the injury's sudden movement
    ("onset", "all of a sudden when I was sprinting", {"onset": "injury", "mechanism": "sprint_jump"}),
    # worse after a long sit, the pain said first: the knee held bent
    (
        "morning_stiffness",
        "yes, and it gets sorer if I sit for ages",
        {"morning_stiffness": "yes", "worse_with": ["bending"]},
    ),
    # up on the toes, with the pain: the calf's push and stretch
    (
        "toe_pull_pain",
        "yeah, and it aches when I go up on my toes",
        {"toe_pull_pain": "yes", "worse_with": ["stretching"]},
    ),
]


@pytest.mark.parametrize(
    "pending, words",
    [
        # stiff after a sit is the stiffness question's own sign, no movement that makes the pain worse
        ("morning_stiffness", "yes, it's stiff after sitting for a long time"),
        # sudden while sitting is no injury
        ("onset", "suddenly, while I was sitting watching telly"),
    ],
)
def test_no_bending_or_injury_from_a_sit(pending, words):
    got = _read(pending, words)
    assert "bending" not in got.get("worse_with", []) and got.get("onset") != "injury", got


def test_the_crook_of_the_knee_is_behind_it():
    assert _read("location", "in the crook of my knee") == {"location": "behind_knee"}


# An activity said to be fine makes nothing worse: never a value, also when it was said first and taken back
AN_ACTIVITY_SAID_FINE_IS_NO_VALUE = [
    (
        "worse_with",
        "stairs no actually stairs are okay its more when i straighten it out all the way",
        {"worse_with": ["straightening"]},
    ),
    ("worse_with", "stairs are fine but walking kills me", {"worse_with": ["standing_walking"]}),
    ("worse_with", "going up the stairs is fine going down hurts", {"worse_with": ["stairs"]}),
    ("worse_with", "the stairs", {"worse_with": ["stairs"]}),
]

# Facts said in passing beside another answer (volunteer16): a game's training ground or season, a ball gone
# up for, more walking than before, the place "that's bothering me", the activity after "especially", a spell
# on the feet, and the pain in everyday words with how long
FACTS_SAID_IN_PASSING = [
    ("duration_days", "about three weeks, it's worse after the batting nets", {"duration_days": 21, "sport": "yes"}),
    ("grinding", "no, but it gets sore every preseason", {"grinding": "no", "sport": "yes"}),
    ("age", "twenty two, and it flares up in preseason", {"age": 22, "sport": "yes"}),
    ("mechanism", "I went up for a header and came down awkwardly", {"mechanism": "sprint_jump", "sport": "yes"}),
    ("cramps", "yes, cramps, ever since I upped my hiking", {"cramps": "yes", "sport": "yes"}),
    ("calf_tight", "no, it's the hamstring that's bothering me", {"calf_tight": "no", "location": "thigh"}),
    (
        "knee_mechanics",
        "none, it just aches especially when I'm kneeling down",
        {"knee_mechanics": "none", "worse_with": ["squatting"]},
    ),
    ("fever", "no fever, only my knee hurts when I go down the stairs", {"fever": "no", "worse_with": ["stairs"]}),
    (
        "morning_stiffness",
        "no, it's worse after I've been standing for hours",
        {"morning_stiffness": "no", "worse_with": ["standing_walking"]},
    ),
    # to a red-flag screen "it's worse" with no part named may be the sign asked: its no stays unclear
    ("chest_symptoms", "no, it's worse when I've been walking a lot", {"worse_with": ["standing_walking"]}),
    ("age", "fifty, and it's been crook for a week", {"age": 50, "duration_days": 7}),
    # the pop with limping since is the tear question's pop and trouble walking too (implies: muscle_tear)
    (
        "muscle_signs",
        "yes, a pop, and I've been limping for four days",
        {"muscle_signs": "yes", "duration_days": 4, "muscle_tear": "yes"},
    ),
    # a rusty hinge with when it is slow to move is the stiffness; with a noise it stays the grinding
    ("morning_stiffness", "yes, like a rusty hinge until I get going", {"morning_stiffness": "yes"}),
    ("fever", "no, but it's like a rusty hinge in the mornings", {"fever": "no", "morning_stiffness": "yes"}),
    ("grinding", "yes, it sounds like a rusty gate when I bend it", {"grinding": "yes"}),
    # asked about the lump, "it" gone down all at once is the burst (a red-flag sign, which ends the questions);
    # gone down now and then is no burst
    ("lump", "yes, and then it went down all of a sudden", {"cyst_burst": "yes"}),
    ("lump", "yes, it went flat out of nowhere", {"cyst_burst": "yes"}),
    ("lump", "yes, but it goes down a bit when I rest it", {"lump": "yes"}),
]

EXACT_READINGS = {
    "an activity said fine is no value": AN_ACTIVITY_SAID_FINE_IS_NO_VALUE,
    "how it started and what happened": HOW_IT_STARTED_AND_WHAT_HAPPENED,
    "the sport with how it started": THE_SPORT_WITH_HOW_IT_STARTED,
    "a place and an activity in one clause": A_PLACE_AND_AN_ACTIVITY_IN_ONE_CLAUSE,
    "more ways to say the place or the activity": MORE_WAYS_TO_SAY_THE_PLACE_OR_THE_ACTIVITY,
    "more words for the place said in passing": MORE_WORDS_FOR_THE_PLACE_SAID_IN_PASSING,
    "the pain word first and a habit given up": THE_PAIN_WORD_FIRST_AND_A_HABIT_GIVEN_UP,
    "how it happened and what makes it worse": HOW_IT_HAPPENED_AND_WHAT_MAKES_IT_WORSE,
    "a squat said with how often": A_SQUAT_SAID_WITH_HOW_OFTEN,
    "jumps sprints and a game given up": JUMPS_SPRINTS_AND_A_GAME_GIVEN_UP,
    "values said beside another answer": VALUES_SAID_BESIDE_ANOTHER_ANSWER,
    "facts said in passing": FACTS_SAID_IN_PASSING,
}


@pytest.mark.parametrize(
    "pending, words, expected",
    named_rows(EXACT_READINGS, 0, 1),
)
def test_exact_readings(pending, words, expected):
    assert _read(pending, words) == expected


EIGHTH_ROUND_ONE_FACT = [
    # the movement picked out in a cleft, ending on the pain word
    ("hot_knee", "no, it's climbing the stairs that hurts", "worse_with", ["stairs"]),
    ("lump", "no, it's squatting that hurts", "worse_with", ["squatting"]),
    ("toe_pull_pain", "no, it's bending the knee right up that hurts", "worse_with", ["bending"]),
    ("calf_tight", "no, it's walking that hurts", "worse_with", ["standing_walking"]),
    # the activity with the pain named, after another answer
    ("grinding", "no, the pain comes when I walk any distance", "worse_with", ["standing_walking"]),
    ("toe_pull_pain", "no, the pain is more when I go down the stairs", "worse_with", ["stairs"]),
    ("cramps", "no, it hurts more when I stretch my calves", "worse_with", ["stretching"]),
    ("worse_with", "after being on my feet at the shop", "worse_with", ["standing_walking"]),
    # the pain placed behind the knee inside a longer clause, Indian English without the article
    ("calf_swollen", "no, the pain is all behind the knee", "location", "behind_knee"),
    ("location", "the pain is mostly at the back of my knee", "location", "behind_knee"),
    ("fever", "no, only back of knee paining", "location", "behind_knee"),
    # a landing gone wrong in a jumping game; a fall with its landing is the fall
    ("mechanism", "I was playing basketball and landed awkwardly", "mechanism", "sprint_jump"),
    ("mechanism", "I was playing basketball and landed awkwardly", "sport", "yes"),
    ("mechanism", "I tripped on the kerb and landed hard on it", "mechanism", "blow_fall"),
    ("mechanism", "since I fell off the stepladder", "mechanism", "blow_fall"),
    # something heavy fell on the leg; a small twist owned up to
    ("onset", "the ladder fell onto my leg", "onset", "injury"),
    ("onset", "the ladder fell onto my leg", "mechanism", "blow_fall"),
    ("onset", "I did tweak it a bit stepping off the bus", "onset", "injury"),
    # every side named in turn: all over
    ("location", "on all sides", "location", "whole_knee"),
    ("location", "well the front the sides the back, all of it", "location", "whole_knee"),
    # a twist with how it went, no object said
    ("onset", "I was stepping out of the bus and twisted awkwardly", "onset", "injury"),
]


EIGHTH_ROUND_NOT = [
    # always there: no start to choose, and the hedge with it is no answer
    ("onset", "it's kind of always been there", "onset"),
    ("onset", "as long as I can remember", "onset"),
    # a movement that hurts now is no injury at the start
    ("onset", "it hurts when I turn a bit", "onset"),
    # a slip and a landing too far apart to be one phrase: two values, asked again
    ("mechanism", "I slipped over on the wet floor and came down badly", "mechanism"),
    # a landing alone may be a fall: no jump read into it
    ("onset", "I landed badly and the knee popped out and back in", "mechanism"),
]


NINTH_ROUND_CHOICES = [
    # walking down the stairs is no fall: the knee bent back is what happened; a fall down them is one
    ("mechanism", "I was walking down the stairs and it bent backwards", "mechanism", "bent_back"),
    ("mechanism", "I tumbled down the stairs", "mechanism", "blow_fall"),
    # no one spot to point to: all around the knee
    ("location", "I can't put my finger on one spot", "location", "whole_knee"),
    ("location", "all round it really, front and back", "location", "whole_knee"),
    # the back of the leg placed above the knee is the thigh
    ("location", "the back of my leg just above the knee", "location", "thigh"),
    # a slow build or burn came on gradually
    ("onset", "more of a slow burn really", "onset", "gradual"),
    # worse the more they walk or stand, said in passing beside a no
    ("hot_knee", "nope, it gets worse the more i walk", "worse_with", ["standing_walking"]),
    ("lump", "no, the longer i stand the worse it gets", "worse_with", ["standing_walking"]),
    # a fall off a bike with its recent day, and a sports injury named, said in passing: the injury as the start
    ("chest_symptoms", "no, I fell off my bike on Saturday and it's been sore since", "onset", "injury"),
    ("chest_symptoms", "no, I fell off my bike on Saturday and it's been sore since", "mechanism", "blow_fall"),
    ("chest_symptoms", "no, I fell off my bike on Saturday and it's been sore since", "chest_symptoms", "no"),
    ("chest_symptoms", "nope, it's a sports injury, I'm a footballer", "onset", "injury"),
    # a player who went into them is a blow; limping off the pitch says they were playing
    ("mechanism", "someone went into me and I limped off the pitch", "mechanism", "blow_fall"),
    ("mechanism", "someone went into me and I limped off the pitch", "sport", "yes"),
    ("mechanism", "a bloke came straight into me", "mechanism", "blow_fall"),
    # the place in a cleft with "where it hurts", or the top of the calf
    ("grinding", "yeah it crunches and it's mostly behind the knee where it hurts", "location", "behind_knee"),
    ("lump", "no it's the back of my thigh where the pain is", "location", "thigh"),
    ("fever", "no and its more the top of my calf that hurts", "location", "calf"),
    # the activity with what it does to the pain, said in passing
    ("grinding", "no but squatting sets it off", "worse_with", ["squatting"]),
    ("chest_symptoms", "no, but kneeling really sets it off", "worse_with", ["squatting"]),
    ("lump", "no, bending it is the worst", "worse_with", ["bending"]),
    # hurt at training or at a game they play: an injury
    ("onset", "I hurt it at training", "onset", "injury"),
    ("onset", "it happened at footy", "onset", "injury"),
    # sore at or round the back, with what makes it worse: where it hurts and the activity, both kept
    ("hot_knee", "no, it's just sore at the back when i walk", "location", "behind_knee"),
    ("hot_knee", "no, it's just sore at the back when i walk", "worse_with", ["standing_walking"]),
    ("hot_knee", "no, it's just sore at the back when i walk", "hot_knee", "no"),
    ("fever", "no, it aches round the back when i go down the stairs", "worse_with", ["stairs"]),
    # where it hurts with when: first thing in the morning, or after football
    ("hot_knee", "not hot no, it aches behind the knee first thing in the morning", "location", "behind_knee"),
    ("fever", "no, it hurts in my thigh after training", "location", "thigh"),
    # a muscle pulled in a sprint, said in passing: the injury that started it and what happened
    ("fever", "no temperature, i pulled my hamstring sprinting", "onset", "injury"),
    ("fever", "no temperature, i pulled my hamstring sprinting", "mechanism", "sprint_jump"),
]


NINTH_ROUND_CHOICES_NOT = [
    # coming down the stairs when it started: no fall, nothing guessed
    ("mechanism", "I was coming down the stairs when it started", "mechanism"),
    # a fall long ago, or an old injury, is no start of this pain
    ("lump", "no, I fell off a ladder years ago", "onset"),
    ("fever", "no, it's an old sports injury", "onset"),
    # how bad, said with the activity to the tight-calf screen, stays the screen's (never a clear no)
    ("calf_tight", "no, but walking is agony", "calf_tight"),
    ("calf_tight", "no, but walking kills me", "calf_tight"),
    # a place where a sign is, in a cleft, is no place of pain
    ("fever", "it's behind my knee where it is hot", "location"),
    # at a match, watching: no injury guessed
    ("onset", "I was at a football match when it came on", "onset"),
    ("onset", "I was at the football when it started", "onset"),
    # sore in the back is the lower back, and behind it may be behind the kneecap: no place of pain guessed
    ("fever", "no, it's sore in the back", "location"),
    ("fever", "no, it's just sore behind it", "location"),
    # a muscle torn long ago is no start of this pain
    ("fever", "no, I tore my hamstring on that side two years back", "onset"),
]


# --- a tenth round of choices: kinds read from spent hard-speech rounds, in sentences of our own ------

TENTH_ROUND_CHOICES = [
    # each thing named to deny it: none of them
    ("knee_mechanics", "nope no giving way or anything", "knee_mechanics", "none"),
    ("knee_mechanics", "no no locking or anything it's just stiff when I get up", "knee_mechanics", "none"),
    # what the knee does said to the opener in more words: kept beside its yes
    ("knee_signs", "yeah it sort of catches when I bend it", "knee_mechanics", "catches"),
    ("knee_signs", "it gave way on me twice on the stairs", "knee_mechanics", "gives_way"),
    ("grinding", "no but it does give way now and then", "knee_mechanics", "gives_way"),
    (
        "foot_weak",
        "yes it feels weak and my knee gave way on me twice getting out of the car",
        "knee_mechanics",
        "gives_way",
    ),
    ("knee_signs", "sometimes I have to jiggle it to get it moving", "knee_mechanics", "locks"),
    # front, back, everywhere in one run: the whole knee
    ("location", "front back all over", "location", "whole_knee"),
    # from the knee up to the bottom: the thigh, though the knee is named on the way
    ("location", "from the back of my knee all the way up to my backside", "location", "thigh"),
    # a twist as they stood up: an injury, and what they were doing
    ("onset", "I stood up and twisted it awkwardly", "onset", "injury"),
    ("onset", "I stood up and twisted it awkwardly", "mechanism", "twist"),
    ("onset", "when I got up I kind of twisted round", "onset", "injury"),
    # sore by degrees
    ("onset", "it got sore slowly over a few weeks", "onset", "gradual"),
    ("muscle_signs", "no pop it just got painful gradually", "onset", "gradual"),
    # someone into the leg from the front: it bends back
    ("mechanism", "a lad ran into my knee from the front", "mechanism", "bent_back"),
    # ...and from the side, a blow
    ("mechanism", "a lad ran into my knee from the side", "mechanism", "blow_fall"),
    # nothing done, it just began
    ("mechanism", "none of those it just started aching", "mechanism", "at_rest"),
    # up off a low seat is a deep bend; a long way walked is walking
    ("worse_with", "getting up off the loo", "worse_with", ["squatting"]),
    ("worse_with", "squatting and getting up off the toilet", "worse_with", ["squatting"]),
    # getting up again after the squat or kneel is that movement's rise; "when I first get up" is the morning
    ("worse_with", "kneeling down to weed the garden and getting back up again", "worse_with", ["squatting"]),
    ("worse_with", "crouching down low and standing up again", "worse_with", ["squatting"]),
    ("worse_with", "bending it right back, and it is stiff when I first get up", "worse_with", ["bending"]),
    # must not: getting up out of a chair, said alone, is the standing the question names
    ("worse_with", "getting up out of a chair", "worse_with", ["standing_walking"]),
    ("worse_with", "when I walk a long way", "worse_with", ["standing_walking"]),
    ("morning_stiffness", "not stiff the pain comes when i walk long distances", "worse_with", ["standing_walking"]),
    # what makes it worse inside a longer run of speech
    (
        "morning_stiffness",
        "no it's fine first thing it's worse at the end of the day after I've been on my feet",
        "worse_with",
        ["standing_walking"],
    ),
    ("serious_signs", "no I sleep fine it only bothers me when I'm on my feet", "worse_with", ["standing_walking"]),
    ("duration_days", "about three weeks and it's been getting worse going down the stairs", "worse_with", ["stairs"]),
    ("grinding", "no it just plays up when I kneel", "worse_with", ["squatting"]),
    # how long, in more words: the day of the practice it dates from, "from last" (Indian English), "been maybe"
    ("age", "twenty and I'm on the college team and it's been sore since practice Tuesday", "duration_days", 5),
    ("onset", "it crept up slowly from last three months", "duration_days", 90),
    ("muscle_signs", "no pop but it's been maybe eight days", "duration_days", 8),
    ("duration_days", "it's been roughly ten days", "duration_days", 10),
    ("muscle_signs", "no pop but the pain is there since more than twelve days", "duration_days", 12),
    ("onset", "I woke up Monday with the pain", "duration_days", 6),
    # all over the back only is behind the knee, never the whole knee
    ("location", "sort of all over the back of my knee", "location", "behind_knee"),
    # up from a chair stays walking and standing, never a squat
    ("worse_with", "getting up from a chair", "worse_with", ["standing_walking"]),
]

TENTH_ROUND_CHOICES_NOT = [
    # "got up" with no twist said is no injury
    ("onset", "i got up and it was there", "mechanism"),
    # a giving way with where it happens most: when it gives way, no pain made worse
    ("knee_mechanics", "it gives way mostly on the stairs", "worse_with"),
    ("grinding", "yeah it crunches a bit especially on the steps", "worse_with"),
    # getting worse is no gradual start (a pain after an injury worsens too)
    ("muscle_signs", "no pop it just got worse gradually", "onset"),
]


ELEVENTH_ROUND_CHOICES = [
    # the tackle told first, then the knee forced back: bent back, and the game is the person's sport
    ("mechanism", "got tackled at rugby and my knee got bent back", "mechanism", "bent_back"),
    ("mechanism", "got tackled at rugby and my knee got bent back", "sport", "yes"),
    ("mechanism", "i got hit by a car and my knee got bent back", "mechanism", "bent_back"),
    ("mechanism", "a player came through and my leg went backwards too far", "mechanism", "bent_back"),
    # turned sharply to run or chase: the turn is the twist, never the run after it
    ("mechanism", "i turned sharply to go back for the second run and it started hurting", "mechanism", "twist"),
    ("mechanism", "i spun round quickly to chase the ball and felt it go", "mechanism", "twist"),
    # "I'll" written without its apostrophe: an age still to come
    ("age", "ill be fifty in june", "age", 49),
    ("age", "ill be seventy next year", "age", 69),
    # on and off for a long while beside a doubt: no start to count from, "I don't know"
    ("duration_days", "no idea its been on and off for years", "duration_days", "unknown"),
    # ...but a start said for this time is counted
    ("duration_days", "its been on and off for ages but this time since tuesday", "duration_days", 5),
    # the place said alone after another part denied: where it hurts, the denial kept
    ("calf_swollen", "my calf no thats fine its all up behind the knee", "location", "behind_knee"),
    ("calf_swollen", "my calf no thats fine its all up behind the knee", "calf_swollen", "no"),
    ("calf_tight", "no it's not hard, it's the back of the knee that's bothering me", "location", "behind_knee"),
    # an activity said beside how constant the ache is: the activity is kept
    ("worse_with", "stairs but it just aches all the time no matter what i do", "worse_with", ["stairs"]),
    # how much it matters said after the value: the value stands, no "nothing" of none
    ("knee_mechanics", "it kind of catches now and then, nothing major", "knee_mechanics", "catches"),
    ("knee_mechanics", "it gives way sometimes nothing serious", "knee_mechanics", "gives_way"),
    ("grinding", "it clicks every so often but I wouldn't call it grinding", "knee_mechanics", "catches"),
    # landed badly from a jump: the jump, never the twist's "awkwardly"
    ("mechanism", "going up for a rebound and i landed awkwardly", "mechanism", "sprint_jump"),
    # ...but a trip or a slip first is a fall
    ("mechanism", "i tripped and landed awkwardly", "mechanism", "blow_fall"),
    # ...and a twist after the landing is the twist
    ("mechanism", "i landed awkwardly and twisted it", "mechanism", "twist"),
    ("mechanism", "it bent backwards when I landed wrong", "mechanism", "bent_back"),
]

ELEVENTH_ROUND_CHOICES_NOT = [
    # a car is no sport, whatever the knee did
    ("mechanism", "i got hit by a car and my knee got bent back", "sport"),
    # "ill be honest" is no age
    ("age", "ill be honest with you", "age"),
    # the same whatever they do: the activities named make nothing worse
    ("worse_with", "nothing special, it's the same whether I'm standing or sitting", "worse_with"),
    ("worse_with", "it is no different if i am walking or resting", "worse_with"),
    ("worse_with", "nothing much its the same whether i sit or walk", "worse_with"),
    # the same all the time: no activity, the "all the time" no hedge
    ("worse_with", "nothing really, it just aches all the time no matter what I do", "worse_with"),
    ("worse_with", "nothing in particular its pretty much the same all the time", "worse_with"),
]


ONE_FACT = {
    "what makes it worse said in passing is kept": WHAT_MAKES_IT_WORSE_SAID_IN_PASSING_IS_KEPT,
    "an eighth round of choices in more words": EIGHTH_ROUND_ONE_FACT,
    "where it hurts said in passing is kept": WHERE_IT_HURTS_SAID_IN_PASSING_IS_KEPT,
    "how long said in a sentence": HOW_LONG_SAID_IN_A_SENTENCE,
    "the answer itself in everyday words": THE_ANSWER_ITSELF_IN_EVERYDAY_WORDS,
    "an age still to come is not the age now": AN_AGE_STILL_TO_COME_IS_NOT_THE_AGE_NOW,
    "how long in a remark of the start": HOW_LONG_IN_A_REMARK_OF_THE_START,
    "how long it has been had": HOW_LONG_IT_HAS_BEEN_HAD,
    "a strain is an injury": A_STRAIN_IS_AN_INJURY,
    "more ways to say an age": MORE_WAYS_TO_SAY_AN_AGE,
    "no injury is neither sudden nor gradual": NO_INJURY_IS_NEITHER_SUDDEN_NOR_GRADUAL,
    "what happened in more words": WHAT_HAPPENED_IN_MORE_WORDS,
    "what the knee does in more words": WHAT_THE_KNEE_DOES_IN_MORE_WORDS,
    "an age after only still or pushing": AN_AGE_AFTER_ONLY_STILL_OR_PUSHING,
    "the place in a cleft": THE_PLACE_IN_A_CLEFT,
    "a habit beside the answer is no activity": A_HABIT_BESIDE_THE_ANSWER_IS_NO_ACTIVITY,
    "the day of the event the pain dates from": THE_DAY_OF_THE_EVENT_THE_PAIN_DATES_FROM,
    "a kind of pain with when i": A_KIND_OF_PAIN_WITH_WHEN_I,
    "the answers themselves": THE_ANSWERS_THEMSELVES,
    "an activity with its pain in more voices": AN_ACTIVITY_WITH_ITS_PAIN_IN_MORE_VOICES,
    "how the pain came on said in passing": HOW_THE_PAIN_CAME_ON_SAID_IN_PASSING,
    "how long after like this or going on": HOW_LONG_AFTER_LIKE_THIS_OR_GOING_ON,
    "indian english ago": INDIAN_ENGLISH_AGO,
    "what happened in yet more words": WHAT_HAPPENED_IN_YET_MORE_WORDS,
    "where it hurts said as the pain being there": WHERE_IT_HURTS_SAID_AS_THE_PAIN_BEING_THERE,
    "the back placed by the knee": THE_BACK_PLACED_BY_THE_KNEE,
    "a ninth round of choices": NINTH_ROUND_CHOICES,
    "a tenth round of choices": TENTH_ROUND_CHOICES,
    "an eleventh round of choices": ELEVENTH_ROUND_CHOICES,
}


@pytest.mark.parametrize(
    "pending, words, question, expected",
    named_rows(ONE_FACT, 0, 1),
)
def test_one_fact_read(pending, words, question, expected):
    got = _read(pending, words)
    assert got.get(question) == expected, got


NOT_READ = {
    "an activity without its pain is no worse with": AN_ACTIVITY_WITHOUT_ITS_PAIN_IS_NO_WORSE_WITH,
    "a place named without its pain is no location": A_PLACE_NAMED_WITHOUT_ITS_PAIN_IS_NO_LOCATION,
    "a duration that is not the pains is not kept": A_DURATION_THAT_IS_NOT_THE_PAINS_IS_NOT_KEPT,
    "words that may not be the knee doing it are no mechanics": MAYBE_NOT_THE_KNEE_DOING_IT,
    "answers that say no one value are asked again": ANSWERS_THAT_SAY_NO_ONE_VALUE_ARE_ASKED_AGAIN,
    "a day that is not the start is no duration": A_DAY_THAT_IS_NOT_THE_START_IS_NO_DURATION,
    "an especially denied is no activity": AN_ESPECIALLY_DENIED_IS_NO_ACTIVITY,
    "a screens own sign beside a no is asked again": A_SCREENS_OWN_SIGN_BESIDE_A_NO_IS_ASKED_AGAIN,
    "an activity said hard denied or past is no activity": AN_ACTIVITY_SAID_HARD_DENIED_OR_PAST_IS_NO_ACTIVITY,
    "the stairs without pain are no worse with": THE_STAIRS_WITHOUT_PAIN_ARE_NO_WORSE_WITH,
    "words that are no injury": WORDS_THAT_ARE_NO_INJURY,
    "no activity no worse with": NO_ACTIVITY_NO_WORSE_WITH,
    "an eighth round of words that choose nothing": EIGHTH_ROUND_NOT,
    "a ninth round of words that choose nothing": NINTH_ROUND_CHOICES_NOT,
    "a tenth round of words that choose nothing": TENTH_ROUND_CHOICES_NOT,
    "an eleventh round of words that choose nothing": ELEVENTH_ROUND_CHOICES_NOT,
}


test_words_that_say_nothing_of_a_question = never_read(NOT_READ)


KEPT_YES = {
    "a sign beside a place and an activity is still acted on": A_SIGN_BESIDE_A_PLACE_AND_AN_ACTIVITY_IS_STILL_ACTED_ON,
    "a nerve pain is never hidden by a place": A_NERVE_PAIN_IS_NEVER_HIDDEN_BY_A_PLACE,
}


test_a_sign_said_unasked_is_kept = kept_as_yes(KEPT_YES)
