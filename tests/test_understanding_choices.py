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

from skill.understanding import words_for
from tests.kb_helpers import read_after, real_kb

KB = real_kb()
WORDS = words_for(KB)
RED_FLAG_SCREENS = sorted(q.id for q in KB.questions.values() if q.phase == "red_flag")


_read = read_after


# --- what makes it worse, said in passing to another question ----------------------------------
@pytest.mark.parametrize(
    "pending, words, value",
    [
        ("calf_swollen", "yes and it aches when I walk", "standing_walking"),
        ("lump", "no lump, it just aches whenever I'm standing", "standing_walking"),
        ("grinding", "no noise, it's sore walking though", "standing_walking"),
        ("knee_mechanics", "none, but standing for long makes it worse", "standing_walking"),
        ("location", "the back of the knee, and it throbs after I've been on my feet", "standing_walking"),
        ("duration_days", "a week, it hurts to walk any distance", "standing_walking"),
        ("lump", "nope, it's worse going down the stairs", "stairs"),
        ("location", "the front, worst when I walk up the hill", "stairs"),
        ("grinding", "no grinding, the pain comes when I take the steps", "stairs"),
        ("hot_knee", "no, only sore going downstairs", "stairs"),
        ("duration_days", "about ten days, climbing the stairs sets it off", "stairs"),
        ("knee_mechanics", "it catches, and it aches when I go up and down the stairs", "stairs"),
        ("onset", "gradually, and it hurts when I kneel", "squatting"),
        ("location", "behind the knee, squatting down makes it worse", "squatting"),
        ("cramps", "no, it's a sharp pain when I pivot", "twisting"),
        ("grinding", "no, but turning quickly makes it worse", "twisting"),
        ("location", "the back, it aches when I straighten my leg", "straightening"),
        ("hot_knee", "no, it just hurts to bend it", "bending"),
        ("location", "the kneecap, it's sore on bending", "bending"),
        ("lump", "no, it only hurts when I stretch my hamstring", "stretching"),
        ("grinding", "no, but pain increases while climbing stairs", "stairs"),
        ("cramps", "no, it aches after a long walk", "standing_walking"),
        ("lump", "no lump, it's fine until I start walking", "standing_walking"),
        ("hot_knee", "no, but bending makes it hurt", "bending"),
        ("clot_risk", "no, it is painful to climb stairs", "stairs"),
    ],
)
def test_what_makes_it_worse_said_in_passing_is_kept(pending, words, value):
    assert _read(pending, words).get("worse_with") == [value]


@pytest.mark.parametrize(
    "pending, words",
    [
        # the activity with no pain, or as what they were doing
        ("onset", "I was walking the dog"),
        ("mechanism", "I was just walking along"),
        ("sport", "yes, I walk a lot and climb the stairs at work"),
        ("location", "behind the knee, I was going up the stairs"),
        # a past event, not what makes it worse
        ("onset", "it started hurting when I walked into the table"),
        ("mechanism", "I hurt it when I was running for the train"),
        ("onset", "it hurt when I twisted it at football"),
        # denied
        ("lump", "no, it doesn't hurt when I walk"),
        ("grinding", "walking is fine, it's more at night"),
        ("calf_swollen", "no, the stairs are fine"),
        ("location", "behind the knee, it never hurts when I squat"),
        # words with no pain in them
        ("hot_knee", "no, I take the stairs every day"),
        ("age", "sixty, I still stand up straight"),
    ],
)
def test_an_activity_without_its_pain_is_no_worse_with(pending, words):
    assert "worse_with" not in _read(pending, words)


def test_what_makes_it_worse_beside_a_no_keeps_the_no_and_the_value():
    assert _read("grinding", "nope, no grating, it just hurts going up stairs") == {
        "grinding": "no",
        "worse_with": ["stairs"],
    }


# --- where it hurts, said in passing ----------------------------------------------------------
@pytest.mark.parametrize(
    "pending, words, value",
    [
        ("foot_weak", "no, it's only behind the knee", "behind_knee"),
        ("hot_knee", "no, it's mainly the back of my knee", "behind_knee"),
        ("lump", "no lump, the pain is right behind my knee", "behind_knee"),
        ("grinding", "no, it's just sore at the back of the knee", "behind_knee"),
        ("cramps", "no, the back of my knee is what hurts", "behind_knee"),
        ("muscle_tear", "no bruise, but it aches in the back of my thigh", "thigh"),
        ("reinjured", "never, the back of my thigh has been painful for days", "thigh"),
        ("cramps", "no, it's a dull ache in the calf", "calf"),
        ("muscle_signs", "no pop, it just hurts down the back of my calf", "calf"),
        ("grinding", "no, the pain is around the kneecap", "front"),
        ("lump", "no, it aches at the front of the knee", "front"),
        ("muscle_tear", "no bruise, my calf hurts though", "calf"),
        ("grinding", "no, pain is coming in back side of knee", "behind_knee"),
        ("reinjured", "no, my hamstring aches though", "thigh"),
    ],
)
def test_where_it_hurts_said_in_passing_is_kept(pending, words, value):
    assert _read(pending, words).get("location") == value


@pytest.mark.parametrize(
    "pending, words",
    [
        # a sign at a place is not where the pain is
        ("knee_signs", "there's a lump behind my knee"),
        ("leg_signs", "the back of my knee is a bit swollen"),
        ("calf_swollen", "yes, my calf is swollen"),
        ("muscle_tear", "there's a bruise on my thigh"),
        # denied, or a stretch's pull rather than the pain
        ("onset", "there's no pain behind the knee"),
        ("toe_pull_pain", "yes, it pulls in the calf"),
        # the place with no pain word
        ("sport", "I kick the ball with the front of my foot"),
    ],
)
def test_a_place_named_without_its_pain_is_no_location(pending, words):
    assert "location" not in _read(pending, words)


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
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("hot_knee", "no, pain is there since two weeks", 14),
        ("grinding", "no, it is paining from one week", 7),
        ("leg_signs", "no, but it is paining since five days", 5),
        ("onset", "slowly, over the past three months", 90),
        ("onset", "gradually, over about two weeks", 14),
        ("cramps", "no, it has been constant for about four days", 4),
        ("grinding", "no, it's been bothering me for a month", 30),
        ("fever", "no, it's been three weeks now", 21),
    ],
)
def test_how_long_said_in_a_sentence(pending, words, expected):
    assert _read(pending, words).get("duration_days") == expected


@pytest.mark.parametrize(
    "pending, words",
    [
        ("clot_risk", "yes, I had a baby six weeks ago"),
        ("fever", "I've felt hot since yesterday"),
        ("sport", "yes, I play since ten years"),  # how long they have played, not the pain
        ("morning_stiffness", "yes, stiff for about ten minutes"),
        ("onset", "since last week"),  # a date with no amount: asked as the duration question
    ],
)
def test_a_duration_that_is_not_the_pains_is_not_kept(pending, words):
    assert "duration_days" not in _read(pending, words)


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


@pytest.mark.parametrize(
    "pending, words",
    [
        # "won't straighten" may be swelling or pain, "a catching pain" is a kind of pain
        ("hot_knee", "no, but it won't straighten because of the swelling"),
        ("cramps", "it is more of a catching pain"),
    ],
)
def test_words_that_may_not_be_the_knee_doing_it_are_no_mechanics(pending, words):
    assert "knee_mechanics" not in _read(pending, words)


# --- the answers to the choice questions themselves, in everyday words ------------------------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("onset", "I came a cropper on the stairs", "injury"),
        ("onset", "did my knee in at cricket", "injury"),
        ("onset", "one fine morning it was just there", "sudden"),
        ("onset", "it sort of snuck up on me", "gradual"),
        ("onset", "from long time it is there", "gradual"),
        ("mechanism", "I lost my footing on the ice", "blow_fall"),
        ("mechanism", "I landed on a straight leg and it bent back on itself", "bent_back"),
        ("mechanism", "I was minding my own business", "at_rest"),
        ("location", "in the knee pit", "behind_knee"),
        ("location", "knee back side only", "behind_knee"),
        ("location", "more in the quads", "thigh"),
        ("location", "the meaty part below the back of the knee", "calf"),
        ("location", "on top of the kneecap", "front"),
        ("location", "throughout the knee", "whole_knee"),
        ("worse_with", "doing namaz", ["squatting"]),
        ("worse_with", "after sitting in the cinema", ["bending"]),
        ("worse_with", "standing in a queue", ["standing_walking"]),
        ("worse_with", "reaching up on my tiptoes", ["stretching"]),
        ("worse_with", "walking downhill", ["stairs"]),
        ("worse_with", "when I put my foot down", ["standing_walking"]),
        ("onset", "it came on all at once", "sudden"),
        ("onset", "I banged my knee on the coffee table", "injury"),
        ("mechanism", "I went over on my ankle", "twist"),
        ("knee_mechanics", "it feels like it's going to give out", "gives_way"),
        ("duration_days", "just today", 0),
        ("duration_days", "only since yesterday", 1),
    ],
)
def test_the_answer_itself_in_everyday_words(pending, words, expected):
    assert _read(pending, words).get(pending) == expected


@pytest.mark.parametrize(
    "pending, words",
    [
        # "hit" is a blow: with "all at once" the answer is unclear, never a blow that came on by itself
        ("onset", "it hit me all at once"),
        # a kind of pain, a place the kb does not ask about, two places: asked again
        ("knee_mechanics", "it just aches"),
        ("location", "on the inside of my knee"),
        ("location", "back of the knee going down into the calf"),
    ],
)
def test_answers_that_say_no_one_value_are_asked_again(pending, words):
    assert pending not in _read(pending, words)


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


@pytest.mark.parametrize(
    "words, expected",
    [
        ("sixty nine, seventy in June", 69),
        ("I'm fifty eight, fifty nine next month", 58),
        ("well I'll be eighty one on my next birthday, so eighty", 80),
        # a birthday to come with "I'll be" or "I turn": the year before; a bare one: asked again
        ("I turn forty on my next birthday", 39),
        ("eighty in March", None),
        ("I'll be sixty two next month", 61),
        # a plain age is still an age
        ("forty five", 45),
        ("I'm seventy this year", 70),
    ],
)
def test_an_age_still_to_come_is_not_the_age_now(words, expected):
    assert _read("age", words).get("age") == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("lump", "no, it is like that since three days", 3),
        ("cramps", "no, came on suddenly on Tuesday", 5),
        ("muscle_tear", "yes, the pop was about a week ago", 7),
        ("knee_mechanics", "it locks, been about three weeks now", 21),
        ("muscle_signs", "yes, I tweaked it on Thursday", 3),
    ],
)
def test_how_long_in_a_remark_of_the_start(pending, words, expected):
    assert _read(pending, words).get("duration_days") == expected


@pytest.mark.parametrize(
    "pending, words",
    [
        ("grinding", "no, it went away on Monday and came back"),
        ("cramps", "no, it got suddenly worse yesterday"),
        ("clot_risk", "yes, I have been over to Spain for two weeks"),
    ],
)
def test_a_day_that_is_not_the_start_is_no_duration(pending, words):
    """A trip, a birthday to come, a day it went away: no start of the pain."""
    assert "duration_days" not in _read(pending, words)


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("cramps", "no, a sharp pain comes in the back of my thigh", {"location": "thigh"}),
        ("grinding", "no, it's worse right behind the knee", {"location": "behind_knee"}),
        ("lump", "no lump, it hurts a bit more when I walk", {"worse_with": ["standing_walking"]}),
        ("grinding", "no, and stairs are the worst", {"worse_with": ["stairs"]}),
        ("calf_tight", "no, but it aches even more on the stairs", {"worse_with": ["stairs"]}),
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


@pytest.mark.parametrize(
    "pending, words",
    [
        ("grinding", "no, it's not worse on the stairs"),
        ("location", "behind the knee, and walking is fine"),
    ],
)
def test_an_especially_denied_is_no_activity(pending, words):
    assert "worse_with" not in _read(pending, words)


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


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("muscle_signs", "I've had it about a fortnight, so yes", 14),
        ("lump", "no, I've had this around ten days", 10),
        ("muscle_signs", "yes, it has been over a week", 7),
        ("fever", "no, the knee has been bad for three days", 3),
    ],
)
def test_how_long_it_has_been_had(pending, words, expected):
    assert _read(pending, words).get("duration_days") == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # a strain from a load, a wrong step, too much: the kb counts an effort as an injury
        ("onset", "I did it lifting a box", "injury"),
        ("onset", "I stepped off a kerb awkwardly", "injury"),
        ("onset", "I think I overdid it at the gym", "injury"),
        ("onset", "moving furniture", "injury"),
    ],
)
def test_a_strain_is_an_injury(pending, words, expected):
    assert _read(pending, words).get(pending) == expected


def test_where_they_were_is_not_what_they_were_doing():
    """ "I did it at work" says where, not that they were at rest."""
    assert "mechanism" not in _read("mechanism", "I did it at work")
    assert _read("onset", "I did it at work") == {"onset": "injury"}


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("age", "sixty eight years young", 68),
        ("grinding", "no, I was seventy at my last birthday", 70),
        ("sport", "no, I'm sixty this year", 60),
    ],
)
def test_more_ways_to_say_an_age(pending, words, expected):
    assert _read(pending, words).get("age") == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
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
    ],
)
def test_a_place_and_an_activity_in_one_clause(pending, words, expected):
    assert _read(pending, words) == expected


@pytest.mark.parametrize(
    "pending, words, sign",
    [
        ("age", "the back of my knee is swollen when I walk", "leg_signs"),
        ("location", "my calf is swollen and it hurts in the calf when I walk", "calf_swollen"),
        ("worse_with", "I get chest pain behind my knee when I walk", "chest_symptoms"),
    ],
)
def test_a_sign_beside_a_place_and_an_activity_is_still_acted_on(pending, words, sign):
    assert _read(pending, words).get(sign) == "yes"


@pytest.mark.parametrize(
    "pending, words, expected",
    [
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
    ],
)
def test_more_ways_to_say_the_place_or_the_activity(pending, words, expected):
    assert _read(pending, words) == expected


@pytest.mark.parametrize(
    "pending, words, sign",
    [
        # a nerve pain's words stay the nerve question's, never a place's or an activity's
        ("age", "I get a shooting pain behind my knee when I walk", "tingling"),
        ("location", "it gets a shooting pain when I walk", "tingling"),
    ],
)
def test_a_nerve_pain_is_never_hidden_by_a_place(pending, words, sign):
    assert _read(pending, words).get(sign) == "yes"


@pytest.mark.parametrize(
    "pending, words",
    [
        # the screen's own sign (tight calf, shooting pain), in words a place might have taken: no clear no
        ("calf_tight", "no, I have a tightness in my calf"),
        ("tingling", "no, a shooting pain in my calf"),
    ],
)
def test_a_screens_own_sign_beside_a_no_is_asked_again(pending, words):
    assert pending not in _read(pending, words)


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


@pytest.mark.parametrize(
    "pending, words",
    [
        # hard or difficult said of walking may be the injury or tear screens' sign: no activity
        ("muscle_tear", "no, but walking is hard"),
        ("injury_severe", "no, but walking is difficult"),
        # denied, past, or not the pain
        ("lump", "no, it doesn't hurt when I walk"),
        ("lump", "no, it never aches when I kneel"),
        ("onset", "it hurt when I walked into the door"),
        ("grinding", "no, the stairs are no problem"),
    ],
)
def test_an_activity_said_hard_denied_or_past_is_no_activity(pending, words):
    assert "worse_with" not in _read(pending, words)


@pytest.mark.parametrize("pending", ["calf_tight", "injury_severe"])
@pytest.mark.parametrize("words", ["no, but squatting is agony", "no, but the stairs are killing me"])
def test_a_severe_pain_with_an_activity_is_still_no_clear_no(pending, words):
    """Severity words are not placed: beside a no to these screens they may be the very sign asked."""
    assert pending not in _read(pending, words)


@pytest.mark.parametrize(
    "words, expected",
    [
        # no injury rules one answer out and picks neither of the others
        ("no injury, it just crept up on me", "gradual"),
        ("I didn't hurt it, it built up slowly over the weeks", "gradual"),
        ("nothing happened, it came on all of a sudden", "sudden"),
        ("suddenly it started no injury I was just sitting", "sudden"),  # no commas: the "no" negates nothing
        ("no injury", None),
        ("I didn't do anything to it", None),
    ],
)
def test_no_injury_is_neither_sudden_nor_gradual(words, expected):
    assert _read("onset", words).get("onset") == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("I slipped on the ice and came down hard on it", "blow_fall"),
        ("I tripped and landed right on my kneecap", "blow_fall"),
        ("went down hard on the concrete", "blow_fall"),
        ("I came down awkwardly from a jump", "sprint_jump"),
        ("I think it bent backwards when I stepped off the kerb", "bent_back"),
        ("it went the wrong way", "bent_back"),
        ("I twisted it the wrong way", "twist"),
        # a step off a kerb names no mechanism, and a jump then a hard landing may be either
        ("I stepped off the curb", None),
        ("I jumped and came down hard on it", None),
    ],
)
def test_what_happened_in_more_words(words, expected):
    assert _read("mechanism", words).get("mechanism") == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("there's a catch when I bend it", "catches"),
        ("I get a click now and then", "catches"),
        ("it feels shaky on the stairs", "gives_way"),
        ("it lets me down sometimes", "gives_way"),
        ("it seized up and I couldn't unbend it", "locks"),
        ("no catch", "none"),
        ("it doesn't lock, it gives way", "gives_way"),
        # a knee that will not move may be stiffness or swelling: no locking guessed
        ("I can't move it much in the morning", None),
        ("it's a bit dodgy", None),
    ],
)
def test_what_the_knee_does_in_more_words(words, expected):
    assert _read("knee_mechanics", words).get("knee_mechanics") == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("clot_risk", "no, I'm only twenty four", 24),
        ("lump", "no, but I'm pushing seventy", 70),
        ("sport", "not any more, I'm getting on for eighty", 80),
        ("grinding", "no, I'm still only thirty", 30),
        ("age", "I'm coming up to sixty", 60),
        # a number that is no age after the same words
        ("lump", "no, I'm only one of those people who worries", None),
        ("sport", "no, I'm just two weeks into a new job", None),
        ("fever", "no, I'm still one hundred percent", None),
    ],
)
def test_an_age_after_only_still_or_pushing(pending, words, expected):
    assert _read(pending, words).get("age") == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # the place in a cleft ("it's only X that hurts"), inside a longer clause too
        ("calf_swollen", "no the calves are fine it's only behind the knee that hurts", "behind_knee"),
        ("cramps", "no, it's mostly the calf that aches", "calf"),
        ("lump", "no lump, it's just the front that is sore", "front"),
        ("age", "it is the whole knee that hurts", "whole_knee"),
        ("sport", "no, it's the back of my thigh that's the sore bit", "thigh"),
        # a sign at the place, or the place denied, is no place of the pain
        ("age", "it's my calf that is swollen", None),
        ("hot_knee", "it's not only the back of the knee that hurts", None),
    ],
)
def test_the_place_in_a_cleft(pending, words, expected):
    assert _read(pending, words).get("location") == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        # a habit said beside the answer is what they do, not what makes it worse
        ("while stretching, and I go for running daily", ["stretching"]),
        ("the stairs, I jog every morning though", ["stairs"]),
        # the activity that hurts stays an answer
        ("when I run", ["standing_walking"]),
        ("it hurts when I run most days", ["standing_walking"]),
    ],
)
def test_a_habit_beside_the_answer_is_no_activity(words, expected):
    assert _read("worse_with", words).get("worse_with") == expected


def test_a_habit_beside_the_answer_still_says_they_exercise():
    assert _read("worse_with", "stairs, and I run most days") == {"worse_with": ["stairs"], "sport": "yes"}


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # the event the pain dates from, right before its day (the reading day is a Sunday)
        ("sport", "yeah, I play footy, and this started after a game on Saturday", 1),
        ("location", "the back of the thigh, it's been sore since my run on Friday", 2),
        ("muscle_signs", "yes, I heard a pop on Friday", 2),
        ("lump", "no, I twisted my knee last Tuesday", 5),
        ("grinding", "no, it started after my run yesterday", 1),
        # a day that is not the start of the pain
        ("sport", "yes, I have a game on Saturday", None),
        ("fever", "I've been tired since the match on Friday", None),
    ],
)
def test_the_day_of_the_event_the_pain_dates_from(pending, words, expected):
    assert _read(pending, words).get("duration_days") == expected


@pytest.mark.parametrize(
    "pending, words, value",
    [
        ("grinding", "no just a dull ache when i go up stairs", "stairs"),
        ("cramps", "no, more of a sharp stabbing when I twist", "twisting"),
        ("lump", "no, a twinge of pain whenever I kneel down", "squatting"),
    ],
)
def test_a_kind_of_pain_with_when_i(pending, words, value):
    assert _read(pending, words).get("worse_with") == [value]


@pytest.mark.parametrize("pending", ["age", "worse_with", "location"])
def test_a_shooting_pain_with_when_i_stays_the_nerve_questions(pending):
    assert _read(pending, "a shooting pain when I walk").get("tingling") == "yes"


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("onset", "it's just worn out I think", "gradual"),
        ("onset", "getting older, I reckon", "gradual"),
        ("onset", "it came on by degrees", "gradual"),
        ("onset", "it just niggled away and got worse", "gradual"),
        ("mechanism", "I was playing soccer and a bloke slid into me", "blow_fall"),
        ("mechanism", "someone took my legs out", "blow_fall"),
        ("location", "just below the knee at the back", "calf"),
        ("location", "the ham string", "thigh"),
        ("knee_mechanics", "it doesn't do anything like that", "none"),
        ("knee_mechanics", "it won't quite straighten", "locks"),
        ("worse_with", "when I've been sitting for a while", ["bending"]),
        # the pain hitting is no blow
        ("mechanism", "it just hit me out of nowhere", None),
    ],
)
def test_the_answers_themselves_round_three(pending, words, expected):
    assert _read(pending, words).get(pending) == expected


@pytest.mark.parametrize(
    "pending, words, value",
    [
        # a UK way to say it hurts, and the pain felt
        ("grinding", "no, it gives me gyp on the hills", "stairs"),
        ("lump", "no, I notice the pain more on the stairs", "stairs"),
        ("grinding", "no, I feel the pain when I go up stairs", "stairs"),
        ("cramps", "no, it kind of aches after I've been walking a while", "standing_walking"),
        ("hot_knee", "no, it's sore getting up from a chair", "standing_walking"),
        ("grinding", "no, but I can't kneel on it", "squatting"),
        # Indian English: the activity first, then the pain
        ("lump", "no, while walking only it is paining", "standing_walking"),
        ("grinding", "no, when climbing stairs pain is coming", "stairs"),
        ("grinding", "no, pain is there while getting up from the floor", "squatting"),
    ],
)
def test_an_activity_with_its_pain_in_more_voices(pending, words, value):
    assert _read(pending, words).get("worse_with") == [value]


def test_not_walking_on_it_stays_the_injury_screens_question():
    """Kneeling that is not possible is an activity; walking that is not is the screen's sign."""
    assert _read("injury_severe", "no, but I can't kneel on it") == {"injury_severe": "no", "worse_with": ["squatting"]}
    assert _read("injury_severe", "no, but I can't walk on it").get("injury_severe") != "no"


@pytest.mark.parametrize(
    "pending, words, expected",
    [
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
    ],
)
def test_more_words_for_the_place_said_in_passing(pending, words, expected):
    assert _read(pending, words) == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # how the pain came on, said in passing with the pain named
        ("location", "behind the knee, the pain came on gradually", "gradual"),
        ("duration_days", "three weeks, the pain crept up on me", "gradual"),
        ("lump", "no, it started hurting slowly over a few weeks", "gradual"),
        ("age", "sixty, and it just started hurting out of nowhere", "sudden"),
        # a bare "it came on": to a screen "it" may be the sign itself; denied; getting worse
        ("chest_symptoms", "no, but it came on suddenly", None),
        ("calf_swollen", "yes it came on suddenly", None),
        ("location", "the calf, the pain didn't come on suddenly", None),
        ("worse_with", "stairs, it's been getting worse slowly", None),
    ],
)
def test_how_the_pain_came_on_said_in_passing(pending, words, expected):
    assert _read(pending, words).get("onset") == expected


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
    ],
)
def test_words_that_may_be_a_screens_sign_never_make_its_no_clear(pending, words):
    assert _read(pending, words).get(pending) != "no"


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


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("worse_with", "stairs, it's been like this a fortnight", 14),
        ("location", "the calf, it's been going on a month", 30),
        ("fever", "no, I've been sore three days", 3),
    ],
)
def test_how_long_after_like_this_or_going_on(pending, words, expected):
    assert _read(pending, words).get("duration_days") == expected


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        ("grinding", "no, it started two days before only", 2),
        ("lump", "no, it began a week back only", 7),
        # "before" alone may date something else
        ("sport", "yes, I played two days before it started", None),
    ],
)
def test_indian_english_ago(pending, words, expected):
    assert _read(pending, words).get("duration_days") == expected


# --- a fourth round ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # the knee forced back in a tackle: bent back, not a blow
        ("mechanism", "it got bent backwards in a tackle", "bent_back"),
        ("mechanism", "my knee was pushed back the wrong way in a challenge", "bent_back"),
        ("mechanism", "I got tackled", "blow_fall"),
        # something felt to give as it started: an injury
        ("onset", "I was getting out of the car and felt it go", "injury"),
        ("onset", "I was stepping off the bus and felt my knee give", "injury"),
        # the effort begun, not a blow taken
        ("mechanism", "I went to kick the ball", "sprint_jump"),
        ("mechanism", "I tried to jump for it", "sprint_jump"),
        ("mechanism", "I got kicked", "blow_fall"),
    ],
)
def test_what_happened_in_a_fourth_round_of_words(pending, words, expected):
    assert _read(pending, words).get(pending) == expected


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


@pytest.mark.parametrize(
    "pending, words",
    [
        ("location", "behind the knee, I was going down the stairs when it started"),
        ("grinding", "no, going up the stairs it is fine"),
        # no pain word: "it" may be the breathlessness or the chest the screen asked about
        ("chest_symptoms", "no, but going up the stairs it gets worse"),
    ],
)
def test_the_stairs_without_pain_are_no_worse_with(pending, words):
    assert "worse_with" not in _read(pending, words)


def test_the_stairs_said_first_with_no_pain_word_leave_a_red_flag_no_unclear():
    assert "chest_symptoms" not in _read("chest_symptoms", "no, but going up the stairs it gets worse")


def test_a_pop_felt_as_it_started_stays_the_muscle_openers_sign():
    """The onset's "felt it go" must not hide the muscle opener's pop, said to how it started."""
    assert _read("onset", "I felt something go").get("muscle_signs") == "yes"
    assert _read("onset", "I felt it pop").get("muscle_signs") == "yes"


def test_breathless_on_the_stairs_stays_the_chest_screens_sign():
    assert _read("chest_symptoms", "I get breathless going up the stairs it is worse").get("chest_symptoms") == "yes"


def test_up_on_the_toes_is_stretching_not_the_stairs():
    assert _read("worse_with", "going up on my tiptoes").get("worse_with") == ["stretching"]
    assert _read("worse_with", "going up stairs").get("worse_with") == ["stairs"]


@pytest.mark.parametrize(
    "pending, words, value",
    [
        # Indian English: the pain as a thing that is there, or "only" after the place
        ("cramps", "no, the pain is behind the knee only", "behind_knee"),
        ("grinding", "no, pain is there in the back of the knee", "behind_knee"),
        ("grinding", "no, pain is coming in the calf only", "calf"),
        ("cramps", "no, paining is there at the back of the thigh", "thigh"),
    ],
)
def test_where_it_hurts_said_as_the_pain_being_there(pending, words, value):
    assert _read(pending, words).get("location") == value


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


@pytest.mark.parametrize(
    "words, value",
    [
        ("back side only", "behind_knee"),
        ("the back portion mostly", "behind_knee"),
        ("in the back of my leg below the knee", "calf"),
        ("the back of my leg just under my knee", "calf"),
        ("above the knee at the back", "thigh"),
        ("just above my knee round the back", "thigh"),
        # the bottom, in British English: no place of the knee
        ("my backside", None),
    ],
)
def test_the_back_placed_by_the_knee(words, value):
    assert _read("location", words).get("location") == value


# --- fifth round: how it started, what happened and the sport, said together ---------------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # the sport named with the injury, to how it started: every fact kept
        ("onset", "I hurt it playing rugby", {"onset": "injury", "sport": "yes"}),
        ("onset", "I did my knee in at basketball practice", {"onset": "injury", "sport": "yes"}),
        ("onset", "I twisted it during a hockey game", {"onset": "injury", "mechanism": "twist", "sport": "yes"}),
        # a fall with when it was, to how long
        ("duration_days", "four days, since the day I slipped on the ice", None),
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
    ],
)
def test_fifth_round_how_it_started_and_what_happened(pending, words, expected):
    got = _read(pending, words)
    if expected is None:  # only the injury and its fall are checked: the date depends on the day
        assert got.get("onset") == "injury" and got.get("mechanism") == "blow_fall", got
    else:
        assert got == expected


@pytest.mark.parametrize(
    "pending, words, question",
    [
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
    ],
)
def test_fifth_round_words_that_are_no_injury(pending, words, question):
    assert question not in _read(pending, words)


# --- fifth round: the pain word first, the pain that comes, how much more -------------------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
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
    ],
)
def test_fifth_round_the_pain_word_first_and_a_habit_given_up(pending, words, expected):
    assert _read(pending, words) == expected


@pytest.mark.parametrize(
    "pending, words",
    [
        # the activity without a pain word is no value, even as the whole clause
        ("hot_knee", "no, mostly when I stand for long"),
        # a pain that comes with no activity named is no value
        ("lump", "nothing there, pain is coming and going"),
    ],
)
def test_fifth_round_no_activity_no_worse_with(pending, words):
    assert "worse_with" not in _read(pending, words)


def test_used_to_alone_is_still_unclear_for_sport():
    """ "I used to" alone may be now or never: asked again, only "but not any more" makes it a no."""
    assert "sport" not in _read("sport", "I used to")


@pytest.mark.parametrize(
    "words, sport",
    [
        # the injury in a game they played
        ("I hurt it at my netball game", True),
        ("I did my knee during a squash match", True),
        # "at the football" is as often a match watched: the injury is kept, the sport is not guessed
        ("I hurt it at the football", False),
    ],
)
def test_fifth_round_the_sport_with_how_it_started(words, sport):
    got = _read("onset", words)
    assert got.get("onset") == "injury" and ("sport" in got) == sport, got


# --- sixth round: a lunge, a slip that twisted, bent back in a tackle, a twist "on it" --------------
@pytest.mark.parametrize(
    "pending, words, expected",
    [
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
    ],
)
def test_sixth_round_how_it_happened_and_what_makes_it_worse(pending, words, expected):
    assert _read(pending, words) == expected


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
def test_sixth_round_words_that_are_no_twist_or_sport(pending, words, question):
    got = _read(pending, words)
    assert question not in got and got.get("mechanism") != question, got


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # how often the knee does it with a squat or a kneel: what makes it worse too
        (
            "knee_mechanics",
            "it jams up, mostly when I kneel down",
            {"knee_mechanics": "locks", "worse_with": ["squatting"]},
        ),
        (
            "knee_mechanics",
            "it clicks, usually after I squat",
            {"knee_mechanics": "catches", "worse_with": ["squatting"]},
        ),
    ],
)
def test_sixth_round_a_squat_said_with_how_often(pending, words, expected):
    assert _read(pending, words) == expected


def test_only_when_i_squat_beside_a_no_to_a_red_flag_screen_is_asked_again():
    """ "Only when I squat" may be when the very sign asked about comes: never a clear no."""
    assert _read("calf_tight", "no, only when I squat") == {}


@pytest.mark.parametrize(
    "pending, words, expected",
    [
        # a jump down from something is an injury's sudden movement, and the jump
        ("onset", "I hurt it jumping down off a fence", {"onset": "injury", "mechanism": "sprint_jump"}),
        # sprints and drills at training
        ("mechanism", "doing shuttle runs at practice", {"mechanism": "sprint_jump", "sport": "yes"}),
        ("worse_with", "sprinting mostly", {"worse_with": ["standing_walking"]}),
        # a game given up, named between: a no now
        ("sport", "I used to do athletics, but not for ages", {"sport": "no"}),
    ],
)
def test_sixth_round_jumps_sprints_and_a_game_given_up(pending, words, expected):
    assert _read(pending, words) == expected


def test_a_game_given_up_for_another_is_never_a_no():
    """ "I used to run, but now I swim a lot": the swimming is a habit now, so never a no."""
    assert _read("sport", "I used to run, but now I swim a lot").get("sport") != "no"


@pytest.mark.parametrize(
    "pending, words, expected",
    [
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
    ],
)
def test_sixth_round_values_said_beside_another_answer(pending, words, expected):
    assert _read(pending, words) == expected


@pytest.mark.parametrize(
    "pending, words",
    [
        # stiff after a sit is the stiffness question's own sign, no movement that makes the pain worse
        ("morning_stiffness", "yes, it's stiff after sitting for a long time"),
        # sudden while sitting is no injury
        ("onset", "suddenly, while I was sitting watching telly"),
    ],
)
def test_sixth_round_no_bending_or_injury_from_a_sit(pending, words):
    got = _read(pending, words)
    assert "bending" not in got.get("worse_with", []) and got.get("onset") != "injury", got


def test_the_crook_of_the_knee_is_behind_it():
    assert _read("location", "in the crook of my knee") == {"location": "behind_knee"}
