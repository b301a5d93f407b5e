"""The red-flag screens and the clot-risk question in free words (skill/understanding.yaml): a yes
here sends a person to the emergency department or to 911 at once, so these tables check both
ways: the ways people say and deny each sign are read, and words that only look like a sign (said
in passing, about another part, someone else's, gone, or denied) are not.

Sentences written for these tests from how people talk to a phone nurse (US, UK, Canadian,
Australian and Indian English), never copied from the paraphrase corpus. Most are written as speech
reaches the skill, without commas: the catch-all slot hands over words, not punctuation.
"""

from __future__ import annotations

import pytest

from kb import UNKNOWN
from tests.kb_helpers import named_rows, read_after, real_kb

KB = real_kb()


_read = read_after


# Each row: the screen just asked, what a person says, and every fact the skill must read.
SAID_AND_MEANT = [
    # chest: small amounts of blood take more words than a gap spans
    ("chest_symptoms", "I coughed up a tiny bit of blood this morning", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "there were streaks of blood in my phlegm", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I brought up a few spots of blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "it catches when I take a deep breath", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I can't get enough air", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my lungs feel heavy", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my chest feels weird", {"chest_symptoms": "yes"}),  # an answer to the screen
    ("chest_symptoms", "no my lungs are fine", {"chest_symptoms": "no"}),
    ("chest_symptoms", "nah I can breathe no problem", {"chest_symptoms": "no"}),
    ("chest_symptoms", "I'm breathing normally", {"chest_symptoms": "no"}),
    ("chest_symptoms", "I can't take a proper breath", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no I'm not coughing up anything", {"chest_symptoms": "no"}),
    ("chest_symptoms", "I've been coughing a bit of blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my ribs catch when I breathe in", {"chest_symptoms": "yes"}),  # an answer to the screen
    ("chest_symptoms", "no I feel fine other than the knee", {"chest_symptoms": "no"}),
    ("chest_symptoms", "my chest has been a bit sore", {"chest_symptoms": "yes"}),
    # the calf: the lower leg named as the leg below the knee, swelling that reaches it
    ("calf_swollen", "the leg under the knee has gone puffy", {"calf_swollen": "yes"}),
    ("calf_swollen", "the swelling has spread down into my calf", {"calf_swollen": "yes"}),
    ("calf_swollen", "my calves no they are fine", {"calf_swollen": "no"}),
    ("calf_swollen", "both my calves look the same", {"calf_swollen": "no"}),
    (
        "calf_swollen",
        "the calves are okay it is only the back of the knee that hurts",
        {"calf_swollen": "no", "location": "behind_knee"},  # where it hurts, said in passing, is kept
    ),
    ("calf_swollen", "nope normal size", {"calf_swollen": "no"}),
    # the rock-hard calf: soft when pressed, or mild pain, is the screen's no
    ("calf_tight", "no it's soft when I press on it", {"calf_tight": "no"}),
    ("calf_tight", "it feels like the other side when I squeeze it", {"calf_tight": "no"}),
    ("calf_tight", "nah just a little tender nothing extreme", {"calf_tight": "no"}),
    ("calf_tight", "the pain is bearable", {"calf_tight": "no"}),
    ("calf_tight", "yes it hurts way out of all proportion", {"calf_tight": "yes"}),
    # second round: the toilet normal in any tense, one side named bare, warmth "like normal"
    ("nerve_red_flags", "nah the loo has been fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "my waterworks were normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "bladder's been okay", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no just the left one", {"nerve_red_flags": "no"}),
    ("leg_cold_pale", "nah it's nice and warm like the other foot", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "it's a good colour as normal", {"leg_cold_pale": "no"}),
    ("injury_severe", "no I walked okay afterwards", {"injury_severe": "no"}),
    ("injury_severe", "I could put weight on it no problem straight after", {"injury_severe": "no"}),
    ("calf_tight", "it feels a little stiff but nowhere near rock hard", {"calf_tight": "no"}),
    ("calf_tight", "my calf is slightly firm but not like a rock", {"calf_tight": "no"}),
    ("calf_swollen", "the calf on the bad leg has gone really puffy", {"calf_swollen": "yes"}),
    # feeling unwell in each country's words; being sick; keeping well; two denials under one "not"
    ("fever", "I'm just not feeling so hot", {"fever": "yes"}),  # US: unwell, never a denial of heat
    ("fever", "not feeling too hot lately", {"fever": "yes"}),
    ("fever", "I feel pretty crummy", {"fever": "yes"}),
    ("fever", "been a bit queasy", {"fever": "yes"}),
    ("fever", "I threw up twice last night", {"fever": "yes"}),
    ("fever", "body weakness is there", {"fever": "yes"}),
    ("fever", "I've had a few fevers", {"fever": "yes"}),
    ("fever", "nah no temperatures", {"fever": "no"}),
    ("fever", "no I'm keeping well", {"fever": "no"}),
    ("clot_risk", "I haven't flown or had an operation", {"clot_risk": "no"}),
    ("clot_risk", "I just got back from a cruise", {"clot_risk": "yes"}),
    ("clot_risk", "yes I had my gall bladder removed in October", {"clot_risk": "yes"}),
    ("fever", "I've been poorly on and off for a few weeks", {"fever": "yes"}),  # still going, not past
    ("fever", "I've had a temperature since last month", {"fever": "yes"}),
    ("injury_severe", "I limped to the changing rooms", {"injury_severe": "no"}),
    ("injury_severe", "I drove myself home afterwards", {"injury_severe": "no"}),
    ("injury_severe", "yeah nah walked back on it no bother", {"injury_severe": "no"}),
    ("injury_severe", "it didn't swell up until the next morning", {"injury_severe": "no"}),
    ("injury_severe", "I was okay to stand on it", {"injury_severe": "no"}),
    ("hot_knee", "nah both of them feel about the same", {"hot_knee": "no"}),
    ("cyst_burst", "there was warm liquid trickling down my calf", {"cyst_burst": "yes"}),
    ("chest_symptoms", "it's a struggle to take a deep breath", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "there's a stabbing pain in my ribs when I breathe in", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my chest feels like an elephant is sitting on it", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I brought up some pink froth", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "nah nothing wrong with the lungs", {"chest_symptoms": "no"}),
    ("nerve_red_flags", "no problems with weeing or pooing", {"nerve_red_flags": "no"}),
    # Indian English and plain nouns
    ("leg_cold_pale", "no paleness", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "blueness is there", {"leg_cold_pale": "yes"}),
    ("injury_severe", "the swelling developed within minutes", {"injury_severe": "yes"}),
    ("clot_risk", "I was on the train for thirty six hours", {"clot_risk": "yes"}),
    ("clot_risk", "no such history madam", {"clot_risk": "no"}),
    ("clot_risk", "there is no history of blood clots", {"clot_risk": "no"}),
    ("cyst_burst", "yes it has come down", {"cyst_burst": "yes"}),
    ("calf_tight", "the pain is much more than the injury", {"calf_tight": "yes"}),
    ("calf_tight", "it's tight like a drum", {"calf_tight": "yes"}),
    ("calf_tight", "it feels ready to split open", {"calf_tight": "yes"}),
    # clot risk
    ("clot_risk", "I had surgery on my bowel a month ago", {"clot_risk": "yes"}),
    ("clot_risk", "I had a normal delivery six weeks back", {"clot_risk": "yes"}),
    ("clot_risk", "I had a hernia repair in October", {"clot_risk": "yes"}),
    ("clot_risk", "I've got a clotting disorder", {"clot_risk": "yes"}),
    ("clot_risk", "I flew back from Delhi on Monday", {"clot_risk": "yes"}),
    ("clot_risk", "well I did fly to Perth", {"clot_risk": "yes"}),
    ("clot_risk", "I got off a fourteen hour flight last week", {"clot_risk": "yes"}),
    ("clot_risk", "I went flying off my bike", {}),  # a fall, not a flight
    ("clot_risk", "I fell down a flight of stairs", {}),
    ("clot_risk", "no I haven't been anywhere or had any ops", {"clot_risk": "no"}),
    ("clot_risk", "I've been in hospital or had surgery", {"clot_risk": "yes"}),
    ("clot_risk", "nope none of those I have not travelled", {"clot_risk": "no"}),
    ("clot_risk", "I had a DVT about ten years ago", {"clot_risk": "yes"}),  # a past clot counts however old
    ("clot_risk", "I had my appendix out when I was a kid", {}),  # long past: asked again
    ("clot_risk", "my brother had a clot", {}),  # someone else's
    # burst cyst
    ("cyst_burst", "I felt fluid running down into my calf", {"cyst_burst": "yes"}),
    ("cyst_burst", "no there's no swelling in the calf", {"cyst_burst": "no"}),
    ("cyst_burst", "no the calf looks normal", {"cyst_burst": "no"}),
    ("cyst_burst", "the cyst has vanished", {"cyst_burst": "yes"}),
    # fever
    ("fever", "yes I am having mild fever", {"fever": "yes"}),
    ("fever", "fever is there since yesterday", {"fever": "yes"}),
    ("fever", "I've had the chills", {"fever": "yes"}),
    ("fever", "I'm sore all over", {"fever": "yes"}),
    ("fever", "no right as rain apart from the knee", {"fever": "no"}),
    ("fever", "no my temperature was normal", {"fever": "no"}),
    ("fever", "I've been aching all over", {"fever": "yes"}),
    ("fever", "my temperature is up", {"fever": "yes"}),
    ("fever", "nah I'm sweet as", {"fever": "no"}),
    ("hot_knee", "no it feels normal temperature", {"hot_knee": "no"}),
    ("injury_severe", "no standing on it was fine", {"injury_severe": "no"}),
    # a hedge alone, or beside the screen's own words, still admits the sign
    ("chest_symptoms", "yes a little", {"chest_symptoms": "yes"}),
    ("leg_signs", "a bit swollen", {"leg_signs": "yes"}),
    ("hot_knee", "a little warm", {"hot_knee": "yes"}),
    # hot knee
    ("hot_knee", "my kneecap is warm", {"hot_knee": "yes"}),
    ("hot_knee", "yes it's warm to the touch", {"hot_knee": "yes"}),
    ("hot_knee", "no colour is normal", {"hot_knee": "no"}),
    ("hot_knee", "nope cool to touch", {"hot_knee": "no"}),
    ("hot_knee", "no it's cold", {"hot_knee": "no"}),
    ("hot_knee", "nah it's stone cold", {"hot_knee": "no"}),
    ("hot_knee", "no it is no different from the other knee", {"hot_knee": "no"}),
    # injury
    ("injury_severe", "it came up like a football", {"injury_severe": "yes"}),
    ("injury_severe", "it looked all crooked", {"injury_severe": "yes"}),
    ("injury_severe", "I had to crawl to the car", {"injury_severe": "yes"}),
    ("injury_severe", "nah limped home fine", {"injury_severe": "no"}),
    ("injury_severe", "I carried on no dramas", {"injury_severe": "no"}),
    ("injury_severe", "it did not swell up much no", {"injury_severe": "no"}),
    ("injury_severe", "no the kneecap never slipped out", {"injury_severe": "no"}),
    ("injury_severe", "my mates had to carry me off the pitch", {"injury_severe": "yes", "sport": "yes"}),
    ("injury_severe", "no I was hobbling but still walking", {"injury_severe": "no"}),
    ("injury_severe", "no I was able to drive home", {"injury_severe": "no"}),
    ("injury_severe", "no it swelled a bit overnight", {"injury_severe": "no"}),
    ("injury_severe", "no the knee stayed in place", {"injury_severe": "no"}),
    ("injury_severe", "I limped off the court", {"injury_severe": "no", "sport": "yes"}),
    # cold, pale foot
    ("leg_cold_pale", "I can't wiggle my toes", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "my foot feels frozen", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "it's gone a purplish colour", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "no it's the same as the other foot", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "no they feel warm to the touch", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "nope healthy colour", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "no both feet are the same temperature", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "it's a bit bluey", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "it's gone a strange colour", {"leg_cold_pale": "yes"}),  # an answer to the screen
    # leg signs
    ("leg_signs", "no both knees look alike", {"leg_signs": "no"}),
    ("leg_signs", "the knee looks fat", {"leg_signs": "yes"}),
    ("leg_signs", "I've got water on the knee", {"leg_signs": "yes"}),
    ("leg_signs", "my leg's gone an odd colour", {"leg_signs": "yes"}),
    ("leg_signs", "nah unchanged from usual", {"leg_signs": "no"}),
    # nerves
    ("nerve_red_flags", "tingling in both of my feet", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "my privates feel numb", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "my feet have both gone tingly", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "no it's only the left leg and everything else is fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no sir only left leg", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no the washroom is normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "motion is not coming properly", {"nerve_red_flags": "yes"}),  # an answer to the screen
    ("chest_symptoms", "blood is coming when I cough", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no such complaints", {"chest_symptoms": "no"}),
    ("leg_signs", "no colour change", {"leg_signs": "no"}),
    ("calf_swollen", "one leg is a bit more fat", {"calf_swollen": "yes"}),
    ("hot_knee", "no hotness", {"hot_knee": "no"}),
    ("injury_severe", "immediately swelling came", {"injury_severe": "yes"}),
    ("injury_severe", "no swelling came the next day", {"injury_severe": "no"}),
    ("cyst_burst", "the lump became soft", {"cyst_burst": "yes"}),
    ("leg_signs", "it looks bigger", {"leg_signs": "yes"}),
    ("fever", "I've been running hot", {"fever": "yes"}),
    ("clot_risk", "I'm having IVF", {"clot_risk": "yes"}),
    ("nerve_red_flags", "some leakage", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I have to get up in the night for a wee", {}),  # everyday, not a change
]


# Words that must never become a yes to a red-flag screen: another part, someone else, a hedge
# beside words that name nothing, or a sign asked about against words that deny it. Nothing read
# (asked again) or a no is right; a yes would send the person to the emergency department.
NEVER_A_YES = [
    # seventh round: "down there" said to another screen may be the foot; a knee op long ago; the swelling
    # of the lump going down is no swollen calf; an illness weeks ago
    ("leg_cold_pale", "it's numb and tingly down there", "nerve_red_flags"),
    ("onset", "my toes are numb down there", "nerve_red_flags"),
    ("leg_cold_pale", "my toes go white sometimes", "leg_cold_pale"),
    ("fever", "no but I had a knee op years ago", "clot_risk"),
    ("cyst_burst", "the swelling has gone down a lot", "calf_swollen"),
    ("fever", "I was poorly a few weeks ago", "fever"),
    ("fever", "I had the flu over christmas", "fever"),
    ("fever", "a bit tired", "fever"),  # a hedge beside tiredness alone
    ("chest_symptoms", "just a bit of a cold", "chest_symptoms"),  # a hedge beside a cold alone
    ("chest_symptoms", "I've got a bit of a chesty cough", "chest_symptoms"),
    ("leg_cold_pale", "my hands are cold", "leg_cold_pale"),  # another part
    ("leg_cold_pale", "I've got a cold", "leg_cold_pale"),  # an illness, not a cold foot
    ("leg_cold_pale", "it's all black and blue", "leg_cold_pale"),  # a bruise
    ("leg_cold_pale", "not blue it's only a bruise", "leg_cold_pale"),
    ("leg_signs", "my ankles puff up a bit in the heat", "leg_signs"),  # the weather, not a warm leg
    ("leg_signs", "it was swollen but the swelling has gone down", "leg_signs"),  # gone
    ("hot_knee", "only after a hot bath", "hot_knee"),  # heat put on it
    ("hot_knee", "I use a heat pack on it", "hot_knee"),
    ("fever", "I get hot flushes with the menopause", "fever"),
    ("fever", "I'm sick of this knee", "fever"),  # fed up, not ill
    ("fever", "I've been off sick with the knee", "fever"),  # time off work
    ("fever", "it's been a hot day", "fever"),  # the weather
    ("fever", "it's aching all over the knee", "fever"),  # where the knee hurts, not an illness
    # a hedge beside words of the knee's pain, or of another screen, said as the whole answer
    ("chest_symptoms", "a bit sore", "chest_symptoms"),
    ("chest_symptoms", "kind of red", "chest_symptoms"),
    ("nerve_red_flags", "it's kind of embarrassing", "nerve_red_flags"),
    ("nerve_red_flags", "a little bit stiff", "nerve_red_flags"),
    ("fever", "slightly achy", "fever"),
    ("hot_knee", "it's a bit tender", "hot_knee"),
    ("cyst_burst", "sort of bruised", "cyst_burst"),
    ("calf_tight", "my hamstring feels tight", "calf_tight"),  # another part
    ("injury_severe", "I can't walk very far these days", "injury_severe"),  # long-standing, not the injury
    ("fever", "just a little worn out", "fever"),
    ("fever", "I get hay fever", "fever"),
    ("fever", "my son is having fever", "fever"),  # someone else's
    ("chest_symptoms", "my chest is fine my calf is a bit swollen", "chest_symptoms"),
    ("calf_swollen", "my calves are fine it is my knee that is swollen", "calf_swollen"),  # another part
    ("calf_swollen", "my calf is fine but the other one is swollen", "calf_swollen"),  # both said: unclear
    ("calf_tight", "it is a bit sore but it is rock hard", "calf_tight"),  # both said: unclear, asked again
    ("calf_tight", "it is agony", "calf_tight"),  # pain alone is not the rock-hard calf
    ("cyst_burst", "it has gone down a bit but there is no swelling in my calf", "cyst_burst"),
    ("leg_cold_pale", "my feet are always cold but it is no different from normal", "leg_cold_pale"),  # always, not new
    ("injury_severe", "no it did not pop out", "injury_severe"),
    ("nerve_red_flags", "no only one leg", "nerve_red_flags"),
    ("fever", "I'm sick of this knee", "fever"),  # fed up, longer than "been sick"
    ("fever", "I've been sick to death of it", "fever"),
    ("fever", "I've been off sick", "fever"),
    ("fever", "I felt faint when the nurse took blood", "fever"),  # a faint at the sight of blood is no illness
    ("fever", "I'm a bit wiped out", "fever"),  # tiredness alone
    ("fever", "I had a temperature a few weeks ago", "fever"),  # past and gone: asked again
    ("injury_severe", "it didn't swell until that night", "injury_severe"),  # within hours is the sign
    ("clot_risk", "my husband had his gall bladder out", "clot_risk"),  # someone else's operation
]


# A sign volunteered while another question is asked is acted on at once: only words that name
# the new sign in this person count, never a screen's own answer words said in passing.
VOLUNTEERED = [
    ("chest_symptoms", "no but the leg below the knee is swelling", {"chest_symptoms": "no", "calf_swollen": "yes"}),
    ("chest_symptoms", "nah but I had an op on my hip a fortnight ago", {"chest_symptoms": "no", "clot_risk": "yes"}),
    ("location", "in the calf and I coughed up a bit of blood", {"location": "calf", "chest_symptoms": "yes"}),
    ("onset", "suddenly and I felt something warm trickling down my calf", {"onset": "sudden", "cyst_burst": "yes"}),
]


PASSING = [
    ("mechanism", "I flew off my bike"),  # never a flight
    ("onset", "I fell down a flight of stairs"),
    ("sport", "I work ten hour shifts on my feet"),  # never a long journey
    ("sport", "I cycle a lot so both my calves are rock hard"),  # a muscular build, not one tight calf
    ("onset", "slowly my leg feels stiff as a board in the mornings"),  # stiffness, not hardness
    ("location", "behind the knee and it is pink"),  # an answer word of the hot-knee screen only
    ("location", "in the calf it is a bit sore"),  # mild pain says nothing of the tight calf unasked
    ("onset", "suddenly I had the shakes from the cold"),  # shivering said in passing
    ("onset", "my dad finds it hard to get a breath at night"),  # someone else's
    ("sport", "if it gets hard to take a breath when I run I stop"),  # a condition, not a sign now
    ("onset", "my wife had her gall bladder out last month"),  # someone else's operation
    ("sport", "I play football it is out of all proportion how much I play"),
    ("worse_with", "walking it feels frozen in the morning"),  # the knee stiff, not a cold foot
    ("duration_days", "two weeks my temperature is normal"),  # a denial counts only to its own screen
    ("location", "down in the calf and my foot has gone a funny colour"),  # no colour named: asked on its screen
]


@pytest.mark.parametrize("pending, said", PASSING)
def test_answer_words_said_in_passing_volunteer_no_red_flag(pending, said):
    red_flags = {q.id for q in KB.questions.values() if q.phase == "red_flag"} | {"clot_risk"}
    assert not red_flags & set(_read(pending, said)), said


def test_a_doubtful_no_is_never_a_no_to_a_red_flag_screen():
    """Said with doubt, a denial is asked again: the screen is not passed on a guess."""
    assert _read("calf_tight", "I don't think so it's only a bit sore") == {}
    assert _read("fever", "I guess not fit as a fiddle apart from the knee") == {}


def test_unsure_about_a_red_flag_screen_is_unknown_not_no():
    assert _read("calf_swollen", "I can't tell if the leg below the knee is swollen") == {"calf_swollen": UNKNOWN}


@pytest.mark.parametrize(
    "said",
    [
        "my shin is black and blue",
        "my leg has a purple bruise",
        # the bruise's two colours in either order, joined or not, and the leg said whole or without its article
        "my calf is blue and black",
        "my shin has gone blue-black",
        "my ankle is black blue",
        "my whole leg is black and blue",
        "back of leg is all blue black",
    ],
)
def test_a_bruise_is_a_change_of_colour_never_a_blocked_blood_supply(said):
    """A bruise is the leg question's yes (its follow-up screens are asked), never the cold, pale or
    blue foot that calls 911 at once."""
    assert _read("onset", said) == {"leg_signs": "yes"}


@pytest.mark.parametrize("said", ["I felt it rip and the whole back of leg is blue-black now", "blue and black"])
def test_a_bruise_told_to_the_tear_question_is_its_yes_never_the_cold_blue_foot(said):
    assert _read("muscle_tear", said).get("muscle_tear") == "yes"
    assert "leg_cold_pale" not in _read("muscle_tear", said)


@pytest.mark.parametrize("pending", ["muscle_tear", "onset", "leg_signs"])
@pytest.mark.parametrize("said", ["my foot has gone blue", "toes are blue and cold"])
def test_a_blue_foot_beside_the_bruise_rule_stays_the_emergency(pending, said):
    assert _read(pending, said).get("leg_cold_pale") == "yes"


# A sign word with "not" in the clause is not always the sign denied: "my bowels are not right" and
# "the fever has not gone" say the sign is there. Read as a denial they were a no to a red-flag
# screen, the worst mistake the reading can make.
NOT_A_DENIAL = [
    ("nerve_red_flags", "my bowels aren't right", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "peeing isn't the same as before", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "the waterworks are not working properly", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I don't have proper control of my bladder", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "urine is not coming", {"nerve_red_flags": "yes"}),  # Indian English: retention
    ("nerve_red_flags", "I haven't had a poo for days", {"nerve_red_flags": "yes"}),  # a change, not the toilet denied
    ("nerve_red_flags", "I can't pass urine", {"nerve_red_flags": "yes"}),
    ("fever", "the fever hasn't gone away", {"fever": "yes"}),
    ("fever", "my temperature won't come down", {"fever": "yes"}),
    ("fever", "I'm not feeling well at all", {"fever": "yes"}),
    ("hot_knee", "the heat hasn't settled", {"hot_knee": "yes"}),
    ("calf_swollen", "the swelling hasn't gone down", {"calf_swollen": "yes"}),
    ("calf_swollen", "they are not the same size", {"calf_swollen": "yes"}),
    ("leg_signs", "the redness won't go away", {"leg_signs": "yes"}),
    ("leg_signs", "it doesn't look normal", {"leg_signs": "yes"}),
    ("chest_symptoms", "the breathlessness hasn't eased", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I can't breathe properly", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my breathing isn't right", {"chest_symptoms": "yes"}),
    ("leg_cold_pale", "it hasn't warmed up", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "the colour hasn't come back", {"leg_cold_pale": "yes"}),
    # gone away, it is neither: asked again
    ("calf_swollen", "the swelling has gone down now", {}),
    ("chest_symptoms", "the breathlessness has passed", {}),
    ("fever", "the temperature has settled", {}),
    ("hot_knee", "the redness has cleared up", {}),
    # and the plain denials still deny
    ("nerve_red_flags", "no my bowels are fine", {"nerve_red_flags": "no"}),
    ("fever", "no fever no cold", {"fever": "no"}),
    ("chest_symptoms", "no I can breathe normally", {"chest_symptoms": "no"}),
]


# Another part said to be fine is no answer about the part a screen asks about: the screens' own
# short denials ("is fine", "normal", "cold") must not take it.
ANOTHER_PART_SAID_TO_BE_FINE_IS_NO_NO = [
    ("leg_signs", "my chest is fine"),
    ("leg_signs", "my chest's fine my knee is just sore"),
    ("calf_tight", "my back is normal"),
    ("hot_knee", "I've got a cold"),
    ("injury_severe", "my chest looks fine"),
    ("leg_cold_pale", "my back looks normal"),
    # the other leg fine says nothing of the one that hurts
    ("leg_signs", "my other knee is fine"),
    ("calf_tight", "my good leg is normal"),
    ("calf_swollen", "the other calf is fine"),
    ("leg_cold_pale", "the other foot is warm"),
]


# Words that must never become a no to a red-flag screen: a change said with a denial's words, or a
# hardness said beside a mild word. A no here would pass the screen on words that name the sign.
NEVER_A_NO = [
    # seventh round: a likeness with its own "not"; a sign with how little; swelling later that day
    ("foot_weak", "it feels weak like it's not my leg"),
    ("foot_weak", "my leg is heavy as if it doesn't belong to me"),
    ("leg_signs", "a tiny bit puffy nothing major"),
    ("injury_severe", "it only swelled up a bit later that night"),
    ("injury_severe", "it swelled but not for a few hours"),
    ("hot_knee", "warm not red"),
    ("nerve_red_flags", "my bowels have been all over the place"),
    ("nerve_red_flags", "the toilet has been a problem"),
    ("nerve_red_flags", "only the right but I have wet myself"),
    ("calf_tight", "a bit tight but it is rock hard now"),
    ("injury_severe", "I hopped to the car"),  # hopping is no weight borne
    ("calf_tight", "it was a bit stiff but now it is hard as a rock"),
    ("leg_cold_pale", "it was warm like normal but now it is icy"),
    ("injury_severe", "I walked fine after but then it blew up straight away"),
    # the knee not hot is no answer about a fever: asked again
    ("fever", "it's not that hot"),
    ("fever", "the knee isn't feeling so hot"),
    ("clot_risk", "I've been in hospital or had surgery"),
]


# A volunteered calf sign, placed on a side, is acted on whatever was asked; the other side fine is not.
THE_CALF_ON_A_SIDE_SAID_IN_PASSING = [
    ("onset", "my calf on the sore side has swollen up", {"calf_swollen": "yes"}),
    ("onset", "the lower leg on that side is all red", {"calf_swollen": "yes"}),
    ("onset", "my calf on the other side is fine", {}),
]


# One sign denied and another said in the same breath, as speech reaches the skill without commas:
# the negator must not deny the sign said after it (read as a no, these passed a red-flag screen).
ONE_DENIED_ONE_SAID = [
    ("chest_symptoms", "there's no chest pain I'm just really breathless", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I haven't got any cough I get winded though", {"chest_symptoms": "yes"}),
    ("fever", "I haven't got a fever I feel rotten", {"fever": "yes"}),
    ("fever", "no temperature just a bit shivery", {"fever": "yes"}),
    ("leg_cold_pale", "it's not blue it's gone pale", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "not cold more kind of mottled", {"leg_cold_pale": "yes"}),
    ("leg_signs", "it's not puffy it is a bit red", {"leg_signs": "yes"}),
    ("hot_knee", "it isn't red it feels warm", {"hot_knee": "yes"}),
    ("calf_swollen", "it's not red but it is swollen", {"calf_swollen": "yes"}),
    ("nerve_red_flags", "not both legs I have had an accident", {"nerve_red_flags": "yes"}),
]


# ...and two denials in one breath stay a no.
TWO_DENIALS_IN_ONE_BREATH_STAY_A_NO = [
    ("chest_symptoms", "no chest pain no breathlessness", {"chest_symptoms": "no"}),
    ("fever", "no fever no chills", {"fever": "no"}),
    ("leg_cold_pale", "not cold or blue", {"leg_cold_pale": "no"}),
]


# A sign said with "not" inside its own words, as an answer to its screen.
A_SIGN_WITH_ITS_OWN_NOT_IS_A_YES = [
    ("leg_cold_pale", "it doesn't feel as warm as the other foot", {"leg_cold_pale": "yes"}),
    ("leg_signs", "it isn't the same colour", {"leg_signs": "yes"}),
    ("injury_severe", "the kneecap wouldn't stay in place", {"injury_severe": "yes"}),
    ("calf_tight", "it won't give at all when I press it", {"calf_tight": "yes"}),
    ("cyst_burst", "I can't feel the lump anymore", {"cyst_burst": "yes"}),
    ("nerve_red_flags", "I haven't weed since this morning", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "my bladder won't empty properly", {"nerve_red_flags": "yes"}),
]


def test_going_to_the_toilet_fine_is_the_nerve_screens_no():
    assert _read("nerve_red_flags", "nope going to the loo normally") == {"nerve_red_flags": "no"}


# Third round. A temperature taken is no fever; its reading decides: normal is the fever screen's
# no, thirty eight Celsius or a hundred and one Fahrenheit and up its yes, and a reading in between
# neither (asked again). Before, "I took my temperature" and "it was thirty six point eight" were a
# fever, which sends a hot knee to the emergency department.
TEMPERATURE_READINGS = [
    ("fever", "I took my temp this morning", {}),
    ("fever", "I checked my temperature it was fine", {"fever": "no"}),
    ("fever", "I measured my temperature and it came back normal", {"fever": "no"}),
    ("fever", "my temp was thirty six point four", {"fever": "no"}),
    ("fever", "the thermometer said ninety seven point nine", {"fever": "no"}),
    ("fever", "I checked my temp and it was thirty seven", {"fever": "no"}),
    ("fever", "my temperature got up to thirty nine", {"fever": "yes"}),
    ("fever", "I checked my temp and it was a hundred and two", {"fever": "yes"}),
    ("fever", "I took my temp and it was really high", {"fever": "yes"}),
    ("fever", "the thermometer said thirty eight point two", {"fever": "yes"}),
    ("fever", "my temp was thirty seven point six", {}),  # in between: asked again
    ("fever", "it read ninety nine point one", {}),
    ("onset", "my temperature reached thirty nine last night", {"fever": "yes"}),  # a fever reading, volunteered
    ("onset", "I took my temperature", {}),
    ("onset", "my temp was thirty six point nine", {}),  # a denial counts only to its own screen
]


# The chest screen: discomfort and air hunger are how many people say chest pain and breathlessness;
# blood seen in the tissue after a cough is the blood asked about; three denials in one breath
# ("no blood" among them) stay a no, and a sign said after "but" beside a denial is the sign.
CHEST_THIRD_ROUND = [
    ("chest_symptoms", "I've had some discomfort across my chest", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "there's a squeezing feeling in my chest", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I'm not getting enough air", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I can't seem to take in enough oxygen", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "there's blood on the tissue after I cough", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I coughed blood into the sink", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no pain no blood no breathlessness", {"chest_symptoms": "no"}),
    ("chest_symptoms", "no blood and no chest pain", {"chest_symptoms": "no"}),
    ("chest_symptoms", "no cough or blood", {"chest_symptoms": "no"}),
    ("chest_symptoms", "no chest pain but I have been getting breathless", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no pain though I do get short of breath", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no chest pain but I am not breathless either", {"chest_symptoms": "no"}),
    ("fever", "no temperature but I keep getting the chills", {"fever": "yes"}),
    ("fever", "no fever but I have been feeling rotten", {"fever": "yes"}),
    ("leg_signs", "no swelling but it is red", {"leg_signs": "yes"}),
    ("calf_swollen", "no redness but it feels warmer", {"calf_swollen": "yes"}),
    ("hot_knee", "no heat but it does look red", {"hot_knee": "yes"}),
    ("onset", "suddenly and now I can't get enough air", {"onset": "sudden", "chest_symptoms": "yes"}),
]


# Third round: a sign still coming on ("has started to swell", "keeps getting redder"), the whole leg
# named, two signs in one breath ("swollen and sort of hot": every word placed, so a no said first
# stands beside it), everything said to be as usual, warm in each country's words, the lump smaller
# or softer, the toilet "fine with", the other leg affected too, a baby on the way.
THIRD_ROUND = [
    ("location", "my knee is starting to feel warm", {"leg_signs": "yes", "hot_knee": "yes"}),
    ("location", "my knee has begun to swell up", {"leg_signs": "yes"}),
    ("location", "my kneecap keeps getting redder", {"location": "front", "hot_knee": "yes"}),
    ("location", "my lower leg has started to look puffy", {"location": "calf", "calf_swollen": "yes"}),
    ("location", "my toes have started to turn white", {"leg_cold_pale": "yes"}),
    ("location", "the entire leg is red", {"leg_signs": "yes"}),
    ("chest_symptoms", "no but my shin is puffy and a bit warm", {"chest_symptoms": "no", "calf_swollen": "yes"}),
    (
        "chest_symptoms",
        "no but my knee is swollen and sort of hot",
        {"chest_symptoms": "no", "leg_signs": "yes", "hot_knee": "yes"},
    ),
    ("cyst_burst", "no but my whole leg feels hot", {"cyst_burst": "no", "leg_signs": "yes"}),
    ("leg_signs", "no everything looks the same as usual", {"leg_signs": "no"}),
    ("leg_cold_pale", "nah my feet are warm as toast", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "they're nice and toasty", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "it's gone an awful colour", {"leg_cold_pale": "yes"}),
    ("hot_knee", "everything feels normal", {"hot_knee": "no"}),
    ("cyst_burst", "it looks a lot smaller", {"cyst_burst": "yes"}),
    ("cyst_burst", "it's not as hard as it was", {"cyst_burst": "yes"}),
    ("cyst_burst", "no it's still the same size", {"cyst_burst": "no"}),
    ("nerve_red_flags", "no everything is fine with my waterworks", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no change in my bowel habits", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "my other foot has gone numb as well", {"nerve_red_flags": "yes"}),
    ("tingling", "yes and now it is in my other leg too", {"tingling": "yes", "nerve_red_flags": "yes"}),
    ("injury_severe", "I couldn't even get up off the ground", {"injury_severe": "yes"}),
    ("injury_severe", "I managed to walk on it straight after", {"injury_severe": "no"}),
    ("clot_risk", "I'm expecting my first baby", {"clot_risk": "yes"}),
    ("clot_risk", "I'm due in September", {"clot_risk": "yes"}),
    ("fever", "I am having high temperature since morning", {"fever": "yes"}),
    ("onset", "I have temperature at night", {"fever": "yes"}),
]


# ...and what must not become a sign: a change still to come, someone else's or another part; a
# tight calf after the gym; an operation or a trip still ahead (asked again: no risk yet).
@pytest.mark.parametrize(
    "pending, said",
    [
        ("location", "if my calf starts to swell I will ring you"),
        ("location", "my calf is tight and sore after the gym"),
        ("location", "my hands have started to go cold"),
        ("location", "my wife's knee has started to swell"),
        ("clot_risk", "I'm on the waiting list for a knee replacement"),
        ("clot_risk", "we are going on a long flight next month"),
        ("clot_risk", "they want me to have an operation"),
        ("clot_risk", "I'm due for a check up"),
        ("nerve_red_flags", "my other leg is fine"),
    ],
)
def test_no_red_flag_third_round(pending, said):
    red_flags = {q.id for q in KB.questions.values() if q.phase == "red_flag"} | {"clot_risk"}
    read = _read(pending, said)
    assert not red_flags & {fact for fact, value in read.items() if value == "yes"}, read


# Third round, continued: air hunger and blood on spitting; chest and fever denials in more words
# ("breathing wise", "perfectly fine apart from the knee", "generally well"), and the sign of feeling
# unwell with a tail ("not feeling well in myself" was read as the denial inside it); the bowels
# "regular" (a yes before: a bare toilet word is the screen's answer word); nothing visible on the
# leg; a bruise's look; calf pain climbing at rest.
MORE_THIRD_ROUND = [
    ("chest_symptoms", "it feels like I'm suffocating", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "there's blood every time I spit", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I have heaviness in chest", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "all good breathing wise", {"chest_symptoms": "no"}),
    ("fever", "I'm not feeling well in myself", {"fever": "yes"}),
    ("fever", "I don't feel well at all", {"fever": "yes"}),
    ("fever", "nah I feel all right", {"fever": "no"}),
    ("fever", "I feel perfectly fine apart from the knee", {"fever": "no"}),
    ("fever", "otherwise healthy", {"fever": "no"}),
    ("fever", "I'm in good health otherwise", {"fever": "no"}),
    ("nerve_red_flags", "my bowels are regular as clockwork", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "the waterworks are fine", {"nerve_red_flags": "no"}),
    ("leg_signs", "no visible swelling", {"leg_signs": "no"}),
    ("leg_signs", "nothing that I can see", {"leg_signs": "no"}),
    ("leg_signs", "it's gone all bruised", {"leg_signs": "yes"}),
    ("calf_tight", "the pain keeps getting worse even at rest", {"calf_tight": "yes"}),
    ("calf_tight", "it's agony even in the cast", {"calf_tight": "yes"}),
]


@pytest.mark.parametrize(
    "pending, said",
    [
        ("onset", "it is suffocating in here"),  # the room, not the breath
        ("leg_cold_pale", "it looks like a bruise"),  # a bruise is no blocked blood supply
        ("calf_tight", "the pain is unbearable"),  # pain alone is not the rock-hard calf
        ("nerve_red_flags", "I've been constipated"),  # often the painkillers: asked again, never a guess
    ],
)
def test_no_red_flag_third_round_continued(pending, said):
    read = _read(pending, said)
    assert read.get(pending) != "yes" and "chest_symptoms" not in read, read


# "Never ... like this" says how bad a sign is, never that it is absent: read with the "never" as a
# negator these were a no to the screen that names them. The "never" of a plain denial still denies.
NEVER_SO_BAD = [
    ("chest_symptoms", "I've never had pain in my chest like this", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I have never been so out of breath", {"chest_symptoms": "yes"}),
    ("fever", "I have never felt so poorly", {"fever": "yes"}),
    ("calf_swollen", "my calf has never been so puffy", {"calf_swollen": "yes"}),
    ("hot_knee", "my knee has never felt this hot", {"hot_knee": "yes"}),
    ("leg_cold_pale", "my toes have never been this white", {"leg_cold_pale": "yes"}),
    ("onset", "I've never been this breathless", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no I've never had chest pain", {"chest_symptoms": "no"}),
    ("onset", "I never had chest pain", {}),
    ("onset", "I have never had a fever", {}),
    ("onset", "my calf has never been swollen", {}),
]


# Clot risk, third round: days without moving, a clotting problem, a trip home from a far place,
# long trips in the plural, the list denied as a whole; and someone else's operation with "just" in
# between ("my husband just had surgery" was this person's yes).
CLOT_THIRD_ROUND = [
    ("clot_risk", "I've been stuck on the couch for a few days", {"clot_risk": "yes"}),
    ("clot_risk", "I've barely been out of bed for a week", {"clot_risk": "yes"}),
    ("clot_risk", "I've got a clotting condition", {"clot_risk": "yes"}),
    ("clot_risk", "I just flew in from Singapore", {"clot_risk": "yes"}),
    ("clot_risk", "I got back from Thailand on Friday", {"clot_risk": "yes"}),
    ("clot_risk", "no long flights no operations", {"clot_risk": "no"}),
    ("clot_risk", "none of the above applies", {"clot_risk": "no"}),
    ("clot_risk", "my wife just had an operation", {}),
    ("clot_risk", "my dad recently flew back from Delhi", {}),
    ("clot_risk", "I haven't left the house for a week", {}),  # at home is not bed rest
    ("clot_risk", "I'm on the mini pill", {}),  # a progestogen-only pill: asked again, never a guess
]


# Indian English, third round: numbness "in private part", the lump "same only".
INDIAN_ENGLISH_THIRD_ROUND = [
    ("nerve_red_flags", "numbness is there in private part", {"nerve_red_flags": "yes"}),
    ("onset", "suddenly and no sensation in my private parts", {"onset": "sudden", "nerve_red_flags": "yes"}),
    ("cyst_burst", "no lump is same only", {"cyst_burst": "no"}),
    ("cyst_burst", "it has remained the same", {"cyst_burst": "no"}),
]


# British and Australian words, third round: "puff" for breath (out of puff: an answer to the screen),
# a chest in a vice, claret for blood, feeling rough in blunt words, the lurgy, a leg come up like a
# balloon, one calf chunkier than the other.
BRITISH_AND_AUSTRALIAN_WORDS_THIRD_ROUND = [
    ("chest_symptoms", "I'm all out of puff", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "it's like a vice round my chest", {"chest_symptoms": "yes"}),
    ("onset", "suddenly and I've been coughing up claret", {"onset": "sudden", "chest_symptoms": "yes"}),
    ("fever", "I've been feeling pretty ropey", {"fever": "yes"}),
    ("fever", "I think I've caught the lurgy", {"fever": "yes"}),
    ("onset", "my knee's come up like a balloon", {"leg_signs": "yes"}),
    ("onset", "my calf's blown up like a football", {"calf_swollen": "yes"}),
    ("calf_swollen", "yeah one calf is chunkier than the other", {"calf_swollen": "yes"}),
    ("onset", "I run out of puff on the stairs", {}),  # out of breath said in passing: asked on its screen
]


# The fever screen: the knee said to be hot is the hot-knee screen's sign, no answer here (asked
# again); beside "no fever" it no longer cancels the no, and beside a fever word of the person it no
# longer hides the yes. "Hot" counts for the fever only said of the person, or alone.
A_HOT_KNEE_IS_NO_ANSWER_TO_THE_FEVER_SCREEN = [
    ("fever", "my knee is hot", {"leg_signs": "yes", "hot_knee": "yes"}),
    ("fever", "no fever but the knee is red and hot", {"fever": "no", "leg_signs": "yes", "hot_knee": "yes"}),
    ("fever", "my knee is warm and I'm shivery", {"fever": "yes", "leg_signs": "yes", "hot_knee": "yes"}),
    ("fever", "yeah I've been feeling really hot", {"fever": "yes"}),
    ("fever", "hot", {"fever": "yes"}),
    ("fever", "it's hot", {}),  # "it" is the knee asked about before
    ("fever", "my knee is burning up", {"hot_knee": "yes"}),  # the part's heat, not a fever
]


# The screen denied plainly and its sign put on the knee instead ("no, not the calf, it's the knee that's hot"), to a
# screen that asks of no sign of the knee: the knee's screens keep the sign, the denial is this screen's no. Never
# without the denial, beside a doubt, nor with the sign on a foot or ankle (the spreading swelling or colour asked
# of) or the asked part inside the knee's words (asked again).
THE_KNEE_APART_BESIDE_A_PLAIN_NO = [
    (
        "calf_swollen",
        "no not the calf its my knee that feels warm",
        {"calf_swollen": "no", "hot_knee": "yes", "leg_signs": "yes"},
    ),
    (
        "calf_swollen",
        "nope the calf is fine the knee is red and warm though",
        {"calf_swollen": "no", "hot_knee": "yes", "leg_signs": "yes"},
    ),
    (
        "leg_cold_pale",
        "no the foot is fine its the knee thats gone hot",
        {"leg_cold_pale": "no", "hot_knee": "yes", "leg_signs": "yes"},
    ),
    ("calf_swollen", "the knee is what feels hot", {"hot_knee": "yes", "leg_signs": "yes"}),
    ("calf_swollen", "i dont think so the knee is hot", {"hot_knee": "yes", "leg_signs": "yes"}),
    ("calf_swollen", "no the knee down to the calf is swollen", {}),
    ("calf_swollen", "no but my ankle is swollen", {}),
]


# A sign said with "without" or "can't stop": the negator belongs to the sign, so never a denial
# ("I can't breathe without pain" was a no to the chest screen); a lump "gone completely" is no no.
A_SIGN_WITH_WITHOUT_OR_CANT_STOP = [
    ("chest_symptoms", "I can't take a deep breath without it hurting", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I can barely get dressed without getting out of breath", {"chest_symptoms": "yes"}),
    ("onset", "I can't stop coughing up blood", {"chest_symptoms": "yes"}),
    ("fever", "I couldn't stop shaking last night", {"fever": "yes"}),
    ("fever", "I just can't get warm", {"fever": "yes"}),
    ("leg_cold_pale", "I can't get my foot warm", {"leg_cold_pale": "yes"}),
    ("calf_tight", "it won't stop getting tighter", {"calf_tight": "yes"}),
    ("cyst_burst", "it's completely gone", {"cyst_burst": "yes"}),
    ("cyst_burst", "no it's gone completely", {}),  # yes and no: asked again, never a no
    ("chest_symptoms", "I can walk without getting breathless", {}),  # never a yes
]


# "Not just X, it's Y" adds a sign to a sign: read with "not" as a negator it was a no to the screen.
NOT_JUST_ONE_SIGN_IS_THE_SIGN = [
    ("hot_knee", "it's not just warm it's hot", {"hot_knee": "yes"}),
    ("leg_signs", "it's not just swollen it's red too", {"leg_signs": "yes"}),
    ("calf_swollen", "it's not only puffy it's warm", {"calf_swollen": "yes"}),
    ("leg_cold_pale", "it's not just cold it's gone white", {"leg_cold_pale": "yes"}),
]


# The knee warm from heat put on it is no hot knee, said in passing or as the answer (asked again);
# warm after a run stays the sign.
HEAT_PUT_ON_THE_KNEE_IS_NO_HOT_KNEE = [
    ("onset", "my knee has started to feel warm after the wheat bag", {}),
    ("onset", "my knee is red from the hot water bottle", {}),
    ("hot_knee", "it's a bit warm after the heat pack", {}),
    ("leg_signs", "it looks red after a hot bath", {}),
    ("onset", "my knee is hot and puffy", {"leg_signs": "yes", "hot_knee": "yes"}),
]


# Another part warm is no answer about the foot: the screen's bare "warm" denial had taken it ("my
# knee is warm" was a no to the cold, pale foot screen, which would pass it on words about the knee).
ANOTHER_PART_WARM_IS_NO_DENIAL_OF_A_COLD_FOOT = [
    ("leg_cold_pale", "my knee is warm"),
    ("leg_cold_pale", "the calf feels warm to me"),
    ("leg_cold_pale", "my knee is a bit pink"),
    ("leg_cold_pale", "my knee has started to look puffy and warm"),
    ("leg_cold_pale", "my knee looks normal"),
]


def test_the_foot_cold_said_to_the_hot_knee_screen_is_still_the_emergency():
    """The hot-knee screen's bare "cold" still takes it as that screen's no, which is harmless beside
    the cold foot's yes (an emergency at once); the yes must never be hidden."""
    for said in ("my foot has gone cold", "my lower leg is pale", "my leg is blue"):
        assert _read("hot_knee", said)["leg_cold_pale"] == "yes", said


# Said in passing, a pale or blotchy lower leg keeps the cold, pale foot's sign beside any other.
@pytest.mark.parametrize("pending", ["onset", "location", "chest_symptoms", "calf_swollen"])
@pytest.mark.parametrize("said", ["my lower leg is pale", "my lower leg is red and blotchy", "my leg has gone blue"])
def test_a_pale_lower_leg_said_in_passing_keeps_its_emergency(pending, said):
    assert _read(pending, said).get("leg_cold_pale") == "yes"


# Another part said to be as usual is no denial of the part a screen asks about ("my knee is normal
# size" was a no to the calf screen, "my foot looks normal" to the knee-or-leg one).
ANOTHER_PART_AS_USUAL_IS_NO_DENIAL = [
    ("calf_swollen", "my knee is normal size"),
    ("calf_swollen", "my feet are the same size"),
    ("leg_signs", "my foot looks normal"),
    ("leg_signs", "my ankle is fine"),
    ("hot_knee", "my calf feels normal"),
    ("hot_knee", "my foot is fine"),
    ("injury_severe", "my ankle looks normal"),
]


# Fourth round. "it's ..." said to the calf screen is the calf (the leg question's own "it is swollen"
# gave it a yes of its own); the pain in keeping with the injury is the tight-calf screen's no; a foot
# cooler or paler than the other is the cold, pale foot; a flight from a far place with its day, and
# cancer treatment with what it was for, place every word, so a no said beside them stays.
FOURTH_ROUND = [
    ("calf_swollen", "yep it's gone puffy", {"calf_swollen": "yes"}),
    ("calf_swollen", "it is a bit fatter", {"calf_swollen": "yes"}),
    ("calf_swollen", "no it isn't swollen", {"calf_swollen": "no"}),
    ("calf_tight", "nah the soreness seems fair enough for the knock", {"calf_tight": "no"}),
    ("calf_tight", "it's pretty much what you'd expect after a fall", {"calf_tight": "no"}),
    ("calf_tight", "no it's no worse than I'd expect", {"calf_tight": "no"}),
    ("calf_tight", "it's much worse than I would expect", {"calf_tight": "yes"}),
    ("leg_cold_pale", "yeah that foot is colder than the good one", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "it looks paler compared to the other side", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "it does feel a bit cool to touch", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "no it isn't any colder than the other foot", {"leg_cold_pale": "no"}),
    ("chest_symptoms", "no but I flew home from Singapore last week", {"chest_symptoms": "no", "clot_risk": "yes"}),
    ("fever", "nope I just flew in from Dubai on Sunday", {"fever": "no", "clot_risk": "yes"}),
    ("clot_risk", "I flew back from Bali the other day", {"clot_risk": "yes"}),
    ("clot_risk", "yes I've just finished radiotherapy for prostate cancer", {"clot_risk": "yes"}),
    ("clot_risk", "I had a course of chemotherapy a few months ago", {"clot_risk": "yes"}),
]


# ...and what must stay no yes: someone else's flight, a "right" that is where it hurts, the other
# side cool, treatment long past, a pain said not to be what one would expect.
NO_RED_FLAG_FOURTH_ROUND = [
    ("clot_risk", "my wife flew back from Sydney on Friday", "clot_risk"),
    ("clot_risk", "my parents just flew in from Delhi", "clot_risk"),
    ("fever", "no fever my husband flew home from London last week", "clot_risk"),
    ("clot_risk", "I finished chemo years ago", "clot_risk"),
    ("leg_cold_pale", "the other foot is cool", "leg_cold_pale"),
    ("leg_cold_pale", "it's a bit cool in here", "leg_cold_pale"),  # the room, not the foot
    ("leg_cold_pale", "it's freezing outside", "leg_cold_pale"),
]


NO_DENIAL_FOURTH_ROUND = [
    ("calf_tight", "it's right at the back of my calf"),  # where it hurts, no denial
    ("calf_tight", "the pain isn't what I would expect"),
    ("calf_tight", "it is not reasonable for what I did"),
]


def test_its_swollen_to_the_calf_screen_is_no_yes_to_the_leg_question():
    assert _read("calf_swollen", "it's swollen") == {"calf_swollen": "yes"}
    assert _read("leg_signs", "it's swollen") == {"leg_signs": "yes"}


# Fourth round, families from how people talk: blood named after the cough or the phlegm it came
# in, and its denial said of the phlegm; the lump as big or hard as ever (and "not as hard" still
# the lump going down); a warm trickle down the calf; numbness of the groin or saddle with "the";
# pain through the roof at rest or despite painkillers; an operation named by its general
# anaesthetic, a leg in a cast, two denials under one "not" with the second verb left out.
FOURTH_ROUND_FAMILIES = [
    ("chest_symptoms", "I coughed and there was some blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my phlegm has been streaked with blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "it's a cough with a bit of blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no my spit has no blood in it", {"chest_symptoms": "no"}),
    ("chest_symptoms", "nope no blood in the tissue", {"chest_symptoms": "no"}),
    ("chest_symptoms", "no the phlegm is clear", {"chest_symptoms": "no"}),
    ("cyst_burst", "no it's every bit as big as it was", {"cyst_burst": "no"}),
    ("cyst_burst", "it's still as firm as ever", {"cyst_burst": "no"}),
    ("cyst_burst", "it isn't nearly as tight as before", {"cyst_burst": "yes"}),
    ("cyst_burst", "I had a warm wet feeling running down my calf", {"cyst_burst": "yes"}),
    ("nerve_red_flags", "the groin area has pins and needles", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "there's numbness around the back passage", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "nope no numbness in the crotch", {"nerve_red_flags": "no"}),
    ("calf_tight", "the pain is off the scale even at rest", {"calf_tight": "yes"}),
    ("calf_tight", "it's still getting worse despite the painkillers", {"calf_tight": "yes"}),
    ("clot_risk", "I went under a general anaesthetic three weeks ago", {"clot_risk": "yes"}),
    ("clot_risk", "my other foot was in a moon boot", {"clot_risk": "yes"}),
    ("clot_risk", "nah I haven't been in hospital or flown", {"clot_risk": "no"}),
]


# Never a yes: phlegm said not to be clear; pain through the roof alone (no rest, no painkillers);
# the bottom numb said in passing (sitting); a local anaesthetic, an epidural, someone else's general.
NO_RED_FLAG_FOURTH_ROUND_FAMILIES = [
    ("chest_symptoms", "my phlegm isn't clear", "chest_symptoms"),
    ("calf_tight", "it's through the roof", "calf_tight"),
    ("onset", "my bum goes numb on long drives", "nerve_red_flags"),
    ("clot_risk", "I had a local anaesthetic for a mole", "clot_risk"),
    ("clot_risk", "I had an epidural for my back", "clot_risk"),
    ("clot_risk", "my husband had a general anaesthetic", "clot_risk"),
]


def test_no_blood_with_a_sign_said_is_never_a_no():
    """The chest screen asks three things: blood denied beside breathlessness is asked again, never a no."""
    assert _read("chest_symptoms", "my phlegm is clear but I'm really short of breath").get("chest_symptoms") != "no"
    assert _read("chest_symptoms", "no blood in my phlegm but my chest hurts").get("chest_symptoms") != "no"


# Fourth round, regional: the sign said "not there" (Indian English) and breathing "alright" or
# "no dramas" (Australian) deny the chest screen; numbness of the saddle area from a bike or a long
# sit, with its cause named, is asked again (everyday, like numb feet from sitting cross legged),
# while the same numbness without a cause, or tingling in both legs after a ride, stays the sign.
@pytest.mark.parametrize(
    "pending, said, meant",
    [
        ("chest_symptoms", "chest pain is not there", {"chest_symptoms": "no"}),
        ("chest_symptoms", "cough problem is not there madam", {"chest_symptoms": "no"}),
        ("chest_symptoms", "nah no dramas with my chest", {"chest_symptoms": "no"}),
        ("chest_symptoms", "I can breathe all right", {"chest_symptoms": "no"}),
        ("chest_symptoms", "breathing trouble is there", {"chest_symptoms": "yes"}),
        ("chest_symptoms", "my breath is not there", {}),  # may be the sign itself: never a no
        ("nerve_red_flags", "my crotch goes numb from the saddle", {}),
        ("nerve_red_flags", "numbness between my legs after a long ride", {}),
        ("nerve_red_flags", "numbness around my groin", {"nerve_red_flags": "yes"}),
        ("onset", "both my legs are tingling after a ride", {"nerve_red_flags": "yes"}),
    ],
)
def test_regional_words_fourth_round(pending, said, meant):
    assert {k: v for k, v in _read(pending, said).items() if k in ("chest_symptoms", "nerve_red_flags")} == meant


# Fourth round: a journey by its hours said roughly is the clot risk, someone else's clot or
# journey never is (a longer phrase hides the sign inside it, said in passing too); the lump gone
# down slowly with no swelling in the calf is the burst screen's no, gone down suddenly is asked again.
@pytest.mark.parametrize(
    "pending, said, meant",
    [
        ("clot_risk", "I was on the coach for about nine hours on Saturday", {"clot_risk": "yes"}),
        ("clot_risk", "we were on the road for well over ten hours", {"clot_risk": "yes"}),
        (
            "chest_symptoms",
            "no but I was on a plane for around fourteen hours last week",
            {"chest_symptoms": "no", "clot_risk": "yes"},
        ),
        ("clot_risk", "my husband and I flew for about twelve hours", {"clot_risk": "yes"}),
        ("clot_risk", "my brother had a DVT a few years ago", {}),
        ("clot_risk", "my mother had blood clots", {}),
        ("fever", "no fever my dad had a clot last year", {}),
        ("fever", "no fever my partner was on a bus for about eight hours", {}),
        ("cyst_burst", "it has gone down slightly but there is no swelling in my calf", {"cyst_burst": "no"}),
        ("cyst_burst", "it suddenly went down but there is no swelling in my calf", {}),
    ],
)
def test_clot_risk_and_burst_fourth_round(pending, said, meant):
    facts = _read(pending, said)
    assert {k: v for k, v in facts.items() if k in (pending, "clot_risk", "chest_symptoms")} == meant


# Fourth round: weakness said as the whole answer, the odd shiver, feeling "off" are the fever
# screen's yes (weakness of a leg is not); pain far too much even at rest or with painkillers is
# the tight-calf screen's yes, a lot of pain lying down without "even" is not.
FEVER_AND_TIGHT_CALF_WORDS_FOURTH_ROUND = [
    ("fever", "having weakness since yesterday", {"fever": "yes"}),
    ("fever", "I've had a few chills", {"fever": "yes"}),
    ("fever", "been feeling a bit out of it", {"fever": "yes"}),
    ("calf_tight", "it is aching very bad even at rest", {"calf_tight": "yes"}),
    ("calf_tight", "still hurting terribly even after painkillers", {"calf_tight": "yes"}),
]


NO_FEVER_OR_TIGHT_CALF_FOURTH_ROUND = [
    ("fever", "I'm feeling weakness in my leg", "fever"),
    ("fever", "my knee feels off", "fever"),
    ("calf_tight", "it hurts a lot lying down", "calf_tight"),
]


A_COLOUR_NOT_NAMED_ANSWERS_THE_LEG_QUESTION = [
    ("leg_signs", "it's gone a weird colour", {"leg_signs": "yes"}),
    ("leg_signs", "it has a strange tinge to it", {"leg_signs": "yes"}),
    ("leg_signs", "it's turned a bit darker", {"leg_signs": "yes"}),
    ("leg_signs", "no it isn't a weird colour", {"leg_signs": "no"}),
]


# The blood supply said to be fine is the cold-foot screen's no ("no pulse problems" was its yes: the
# "no pulse" inside it); a pulse that cannot be found is its yes.
THE_BLOOD_SUPPLY_SAID_FINE_OR_NOT = [
    ("leg_cold_pale", "nope no circulation problems", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "the blood flow is fine", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "no the toes are a nice pink colour", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "I can't find the pulse in my foot", {"leg_cold_pale": "yes"}),
    (
        "leg_cold_pale",
        "my circulation isn't fine",
        {"leg_cold_pale": "unknown"},
    ),  # something may be wrong: unsure, never a no
]


# Tight or firm "but not hard" without a word of degree, pain "only mild", and a knee that did not
# balloon deny their screens; pain said not to be mild, or a swelling denied beside a knee that
# could not take weight, stay unclear.
MORE_DENIALS_FOURTH_ROUND = [
    ("calf_tight", "it feels firm but not like a rock", {"calf_tight": "no"}),
    ("calf_tight", "the pain has been fairly mild", {"calf_tight": "no"}),
    ("calf_tight", "the pain is not mild", {}),
    ("injury_severe", "nah it didn't balloon up like that", {"injury_severe": "no"}),
    # walking not managed beside the swelling denied: the part admitted is the screen's yes ("could" is the screen's
    # own moment, no hedge to it: ``plain_of_then``)
    ("injury_severe", "it did not swell up much but I could not walk on it", {"injury_severe": "yes"}),
]


THE_TOILET_AS_NORMAL_FOURTH_ROUND = [
    ("nerve_red_flags", "I'm going to the loo as normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I have been weeing the same as always", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I'm not going to the loo as normal", {}),  # a change, never a denial
]


# An anaesthetic counts only as a general one already had; a long journey still to come is no risk
# yet (asked again when asked, nothing said in passing).
AN_ANAESTHETIC_OR_A_JOURNEY_TO_COME = [
    ("clot_risk", "I went under a general for my op", {"clot_risk": "yes"}),
    ("clot_risk", "I'm having a general anaesthetic next week", {}),
    ("clot_risk", "I had an anaesthetic for a tooth", {}),
    ("clot_risk", "I had a general check up last week", {}),
    ("clot_risk", "my husband had a general anaesthetic", {}),  # someone else's
    ("clot_risk", "my wife finished chemo for breast cancer in the summer", {}),
    ("clot_risk", "I put a plaster on my knee", {}),  # a sticking plaster (British English), no cast
    ("clot_risk", "I'm going to be on a plane for about fourteen hours next month", {}),
    ("clot_risk", "we'll be on the road for about ten hours next week", {}),
]


def test_the_foot_cold_in_a_cold_room_is_still_the_sign():
    assert _read("leg_cold_pale", "my foot is freezing in here") == {"leg_cold_pale": "yes"}


# Walking after the injury said with when, both ways; swelling within one hour (Indian English);
# the lump "as it is" (unchanged) is the burst's no.
WALKING_WITH_WHEN_AND_THE_LUMP_AS_IT_IS = [
    ("injury_severe", "I was able to walk after that", {"injury_severe": "no"}),
    ("injury_severe", "I was fine to stand on it afterwards", {"injury_severe": "no"}),
    ("injury_severe", "I was not able to walk after that only", {"injury_severe": "yes"}),
    ("injury_severe", "I wasn't able to put weight on it afterwards", {"injury_severe": "yes"}),
    ("injury_severe", "the swelling came within half an hour", {"injury_severe": "yes"}),
    ("cyst_burst", "no the lump is as it is", {"cyst_burst": "no"}),
]


THE_KNEE_A_BIT_OFF_IS_NO_FEVER = [
    ("fever", "it feels a bit off", {}),  # "it" is the knee asked about before: asked again
    ("fever", "my knee looks a bit off colour", {}),
    ("fever", "I'm a bit off colour", {"fever": "yes"}),
    ("fever", "yes I feel a bit off and my knee feels funny", {"fever": "yes"}),
]


# Fifth round. A fever said to be there (Indian English), night sweats (which the night-pain
# question's "at night" must not take), a temperature beside a sign of being ill; the rock-hard calf
# denied with its own "not", or the pain said to be only the ordinary ache; swelling under way; the
# other leg "also" affected; swelling that never came; the cyst's own pop; an operation or cancer
# treatment said in passing. Said to another question, each keeps that question's answer as well.
FIFTH_ROUND = [
    ("serious_signs", "no but there is a high fever since last night", {"fever": "yes", "serious_signs": "no"}),
    ("calf_swollen", "no swelling but my temperature has also gone up", {"fever": "yes", "calf_swollen": "no"}),
    ("hot_knee", "no but I keep waking up soaked", {"fever": "yes", "hot_knee": "no"}),
    ("hot_knee", "the knee is warm and there's fever also", {"hot_knee": "yes", "fever": "yes"}),
    ("serious_signs", "I get night sweats with a fever", {"fever": "yes"}),  # sweats, not pain, at night
    ("fever", "I've been shivering with a temperature", {"fever": "yes"}),
    ("fever", "no otherwise I'm perfectly well", {"fever": "no"}),
    ("fever", "apart from that I feel fine", {"fever": "no"}),
    ("calf_tight", "nope nowhere near rock hard", {"calf_tight": "no"}),
    ("calf_tight", "no it's not like a rock just tender", {"calf_tight": "no"}),
    ("calf_tight", "it only aches", {"calf_tight": "no"}),
    ("leg_signs", "yes it has started swelling up", {"leg_signs": "yes"}),
    ("location", "behind the knee and it keeps swelling up", {"location": "behind_knee", "leg_signs": "yes"}),
    ("nerve_red_flags", "my other foot also goes numb", {"nerve_red_flags": "yes"}),
    ("tingling", "yes and the other leg also tingles", {"tingling": "yes", "nerve_red_flags": "yes"}),
    ("injury_severe", "nah the swelling never came up much", {"injury_severe": "no"}),
    ("cyst_burst", "I think the lump has popped", {"cyst_burst": "yes"}),  # the lump's pop, no muscle's
    # the lump is still there: its yes (and the knee-signs opener's) is what the person has
    ("cyst_burst", "no the lump has not popped", {"cyst_burst": "no", "lump": "yes", "knee_signs": "yes"}),
    ("sport", "not since my knee replacement", {"clot_risk": "yes"}),  # the "not" is about the sport
    (
        "fever",
        "no but I've just finished chemotherapy",
        {"fever": "no", "clot_risk": "yes", "serious_signs": "yes"},
    ),
]


# Words that only look like those above: no fever, someone else's, a sign gone or going, the hard
# calf denied but still tightening, the other leg only sore, swelling denied then said.
FIFTH_ROUND_NOTHING = [
    ("serious_signs", "there is no fever", {}),
    ("hot_knee", "my son has a fever since yesterday", {}),
    ("leg_signs", "there is a temperature difference between my legs", {}),
    ("serious_signs", "the temperature has come down now", {}),
    ("calf_swollen", "the fever has started to come down", {}),
    ("fever", "my wife has been sweating at night", {}),
    ("calf_tight", "it's not rock hard yet but it's getting tighter", {}),
    ("calf_tight", "it does not feel rock hard it feels like it will burst", {}),
    ("nerve_red_flags", "the other leg also hurts", {}),
    ("injury_severe", "swelling was not there at first but it ballooned within the hour", {}),
    ("sport", "my dad has not walked since his hip replacement", {}),
]


# Fifth round, second part: "I have fever" without its article; swelling said beside another sign, what
# a sample leaves of "and it is swollen also", swelling by the evening; "the other leg's" with its
# apostrophe lost; a knee that ballooned within the hour; and "it" said swollen or red to the tight-calf
# screen, which is the calf that screen asks about.
FIFTH_ROUND_MORE = [
    ("serious_signs", "no but I have mild fever too", {"fever": "yes", "serious_signs": "no"}),
    ("hot_knee", "I have hay fever", {}),
    ("grinding", "no but it gets puffy by the evening", {"grinding": "no", "leg_signs": "yes"}),
    (
        "worse_with",
        "walking and it swells by the end of the day",
        {"worse_with": ["standing_walking"], "leg_signs": "yes"},
    ),
    ("knee_signs", "is swollen also", {"leg_signs": "yes"}),
    ("nerve_red_flags", "the other legs numb as well", {"nerve_red_flags": "yes"}),
    ("tingling", "my other legs gone numb too", {"tingling": "yes", "nerve_red_flags": "yes"}),
    (
        "mechanism",
        "I fell and it swelled up like a balloon within minutes",
        {"mechanism": "blow_fall", "injury_severe": "yes"},
    ),
    ("onset", "it swelled up like a balloon over a few days", {"onset": "gradual"}),  # slowly: no injury sign
    ("calf_tight", "no it's not hard but it does look red", {"calf_tight": "no", "calf_swollen": "yes"}),
    ("calf_tight", "it feels hot and swollen", {"calf_swollen": "yes"}),
    ("calf_tight", "it is not swollen", {}),
    ("calf_tight", "it is a bit red from the ice pack", {}),  # the ice's redness, no sign
]


# Fifth round, own words of each screen: the chest fine in Australian words or "nothing with" it; a
# coughing fit that brought up blood (someone else's is not); well in myself apart from the knee; the
# calf tight the way it is after exercise (asked again, never the emergency at once) or firm but
# giving when pressed (no); the lump unchanged; fluid felt down the back of the leg, which is the
# burst cyst's sign and no warmth of the knee.
FIFTH_ROUND_OWN_WORDS = [
    ("chest_symptoms", "nah chest is sweet", {"chest_symptoms": "no"}),
    ("chest_symptoms", "nothing with my breathing or chest", {"chest_symptoms": "no"}),
    ("chest_symptoms", "I had a coughing fit and there was blood", {"chest_symptoms": "yes"}),
    ("leg_signs", "had a bad coughing fit and I saw some blood", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "my husband had a coughing fit and there was blood", {}),
    ("fever", "I feel okay in myself apart from the knee", {"fever": "no"}),
    ("calf_tight", "it's a bit tight like after a workout", {}),
    ("calf_tight", "it's tight like after a run but it's rock hard too", {}),
    ("calf_tight", "it feels firm but it gives when I press", {"calf_tight": "no"}),
    ("cyst_burst", "no change to the lump", {"cyst_burst": "no"}),
    # the calf said huge to this screen is the swollen calf (ninth round), kept beside the lump's no
    ("cyst_burst", "no change in the lump but my calf is huge", {"cyst_burst": "no", "calf_swollen": "yes"}),
    ("cyst_burst", "I felt something warm running down the back of my leg", {"cyst_burst": "yes"}),
    ("hot_knee", "I felt something warm running down the back of my leg", {"cyst_burst": "yes"}),
]


# Said in passing after another question's no: numbness that keeps coming (no repeat injury), and
# "it's a bit swollen" (the knee or leg of the call: the leg question's sign, which opens its screens).
SIGNS_SAID_AFTER_ANOTHER_ANSWER_FIFTH_ROUND = [
    ("grinding", "no but my foot keeps going numb", {"grinding": "no", "tingling": "yes"}),
    ("worse_with", "bending and it's a bit swollen", {"worse_with": ["bending"], "leg_signs": "yes"}),
    ("calf_swollen", "it's a bit swollen", {"calf_swollen": "yes"}),  # the calf asked about
]


# Swelling that came, but not within the hours the injury screen asks about, was read as its yes (the
# emergency department); a limp explained by the pain is no weak foot; night pain said not to wake them
# is neither the waking asked about nor its denial.
SWELLING_LATER_LIMP_FROM_PAIN_NIGHT_PAIN = [
    ("injury_severe", "it swelled a bit but not straight away", {"injury_severe": "no"}),
    ("injury_severe", "it swelled up but only the next day", {"injury_severe": "no"}),
    ("injury_severe", "I didn't notice it swelling till the next day", {"injury_severe": "no"}),
    # "later" is no denial of swelling within hours, and not walking on it is the sign
    ("injury_severe", "it swelled but not until later and I couldn't walk on it", {"injury_severe": "yes"}),
    ("injury_severe", "it swelled straight away", {"injury_severe": "yes"}),
    ("foot_weak", "I'm limping because it hurts but it's not weak", {"foot_weak": "no"}),
    ("foot_weak", "I limp a bit because it's sore", {"foot_weak": "no"}),
    ("foot_weak", "I'm limping because my foot drags", {"foot_weak": "yes"}),
    ("serious_signs", "it's worse at night but doesn't wake me", {}),
    ("serious_signs", "it's worse at night and wakes me up", {"serious_signs": "yes"}),
]


# Breathlessness said with the effort that caused it, or a chest "not great these days", is not the
# sudden breathlessness the chest screen asks about: no emergency said in passing, asked again when
# asked. Chest pain in the same breath, or breathlessness at rest, stays the sign.
BREATHLESS_FROM_EFFORT_IS_NOT_THE_CHEST_SIGN = [
    ("mechanism", "I was running and got short of breath and then felt it", {"mechanism": "sprint_jump"}),
    ("sport", "I used to play footy but my chest isn't great these days", {}),
    ("chest_symptoms", "only out of breath after my run", {}),
    (
        "mechanism",
        "I was running and got short of breath and chest pain",
        {"mechanism": "sprint_jump", "chest_symptoms": "yes"},
    ),
    ("chest_symptoms", "I'm short of breath just sitting here", {"chest_symptoms": "yes"}),
]


# Cold or white feet as they usually are, or from cold water, are no blocked blood supply (they called
# the emergency number when said in passing); a foot gone cold and white now still is. Both legs aching
# after work is no tingling in both legs (it was the nerve screen's emergency); "yes, both legs" still is.
COLD_FEET_AS_USUAL_AND_LEGS_TIRED_AFTER_WORK = [
    ("worse_with", "my feet are cold all the time anyway", {}),
    ("leg_cold_pale", "my feet are usually cold", {}),
    ("location", "my foot goes white when I'm swimming", {"leg_signs": "yes"}),  # the colour: screens asked
    ("worse_with", "my foot has suddenly gone cold and white", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "my foot has gone cold", {"leg_cold_pale": "yes"}),
    ("tingling", "both legs ache after work", {"tingling": "no"}),
    ("tingling", "yes both legs", {"tingling": "yes", "nerve_red_flags": "yes"}),
]


# Everyday look-alikes said in passing that sent people to emergency care: a knee warm after a run, an
# operation long ago, unable to walk for a few minutes only. Asked again when asked; the sign itself
# stays the sign.
EVERYDAY_LOOK_ALIKES_FIFTH_ROUND = [
    ("grinding", "the knee gets warm after I run", {}),
    ("hot_knee", "it gets warm after a long walk", {}),
    ("hot_knee", "it's hot", {"hot_knee": "yes"}),
    ("lump", "I had an operation on it years ago", {}),
    ("clot_risk", "I had an operation last month", {"clot_risk": "yes"}),
    ("injury_severe", "I couldn't walk on it for a few minutes", {}),
    ("injury_severe", "I couldn't walk on it for days", {"injury_severe": "yes"}),
]


# Numbness of the hand or arm is not the leg the tingling question asks about, said in passing too.
A_NUMB_HAND_IS_NOT_THE_LEG = [
    ("onset", "the numbness in my hand started first", {}),
    ("tingling", "my fingers go numb", {}),
    ("worse_with", "my hands are numb and my foot tingles", {"tingling": "yes"}),
]


# A hedged cold is no fever (the hedge admitted the sign); a temperature or feeling awful said with a
# cold still is. Calves measured or compared and found the same are the calf screen's no.
A_COLD_IS_NO_FEVER_AND_CALVES_MEASURED_THE_SAME = [
    ("fever", "just a bit of a sniffle", {}),
    ("fever", "I've got the sniffles and a temperature", {"fever": "yes"}),
    ("fever", "I have a cold and I feel awful", {"fever": "yes"}),
    ("calf_swollen", "no I measured them and they're the same", {"calf_swollen": "no"}),
    ("calf_swollen", "I compared both and they're the same size", {"calf_swollen": "no"}),
]


# Indian English denials: "I was walking only", "lump is same as before", "sleep is fine".
INDIAN_ENGLISH_DENIALS_FIFTH_ROUND = [
    ("injury_severe", "no I was walking only", {"injury_severe": "no"}),
    ("injury_severe", "I was walking only with great difficulty", {}),
    ("cyst_burst", "lump is same as before", {"cyst_burst": "no"}),
    ("serious_signs", "no weight loss and sleep is fine", {"serious_signs": "no"}),
]


# Sixth round: sizes compared with something round with their "up" or "out", heat placed at the knee
# after "it", two signs named before the knee, the whole list said not to have happened, a knee that
# slipped out and back in, a joint replaced on the other side, sweats at night with how much, and
# "both the legs" (Indian and British English).
SIXTH_ROUND = [
    ("chest_symptoms", "my right knee has blown up like a grapefruit", {"leg_signs": "yes"}),
    ("fever", "nah but my leg is swollen up like a tree trunk", {"leg_signs": "yes", "fever": "no"}),
    ("calf_swollen", "my calf is puffed out like a balloon", {"calf_swollen": "yes"}),
    ("leg_signs", "it has swollen up like a football", {"leg_signs": "yes"}),
    ("cyst_burst", "no but there is warmth and redness around the knee", {"cyst_burst": "no", "hot_knee": "yes"}),
    ("leg_signs", "yeah and it's warm to touch right over the kneecap", {"leg_signs": "yes", "hot_knee": "yes"}),
    ("location", "it's hot all around my knee", {"location": "whole_knee", "hot_knee": "yes"}),
    ("injury_severe", "nope neither of those happened", {"injury_severe": "no"}),
    ("injury_severe", "nothing like that happened", {"injury_severe": "no"}),
    ("injury_severe", "my kneecap slipped out and popped back in", {"injury_severe": "yes"}),
    ("onset", "I landed badly and the knee popped out and back in", {"onset": "injury", "injury_severe": "yes"}),
    ("age", "I'm sixty eight and I had my left hip replaced in September", {"age": 68, "clot_risk": "yes"}),
    ("onset", "gradually, and I got my right knee done six weeks ago", {"onset": "gradual", "clot_risk": "yes"}),
    ("serious_signs", "yes and I've been sweating buckets at night", {"serious_signs": "yes", "fever": "yes"}),
    ("chest_symptoms", "I'm sweating heavily in my sleep", {"fever": "yes"}),
    ("tingling", "yes the tingling is there in both the feet", {"tingling": "yes", "nerve_red_flags": "yes"}),
    ("onset", "gradually and now there's numbness in both the legs", {"onset": "gradual", "nerve_red_flags": "yes"}),
    ("chest_symptoms", "both the feet have gone numb", {"nerve_red_flags": "yes"}),
    ("tingling", "yes pins and needles in both the legs", {"tingling": "yes", "nerve_red_flags": "yes"}),
    ("nerve_red_flags", "no it's not in both the legs just this one", {"nerve_red_flags": "no"}),
]


# ...and what only looks like them: heat put on the knee, a joint replaced long ago (asked again when
# asked, nothing in passing), sweating from exercise to the fever screen (asked again, never a yes).
SIXTH_ROUND_NOTHING = [
    ("chest_symptoms", "I put a heat pack on the knee", {}),
    ("chest_symptoms", "it's warm on the knee where the sun hits it", {}),
    ("age", "seventy, I had my other knee replaced years ago", {"age": 70}),
    ("age", "seventy, I had my knee replaced years ago", {"age": 70}),
    ("clot_risk", "I had my other knee replaced back when I was in my fifties", {}),
    ("chest_symptoms", "I had a knee replacement ten years ago", {}),
    ("fever", "I sweat a lot when I run", {}),
    ("fever", "I've been sweating like mad at the gym", {}),
]


# Sixth round, more families: signs denied in a row with the colour as usual after them (speech has no
# commas), an accident not felt, a sock or shoe tight on the swollen side (an answer to the calf screen
# only), and the chest "department".
RED_FLAG_FAMILIES_SIXTH_ROUND = [
    ("leg_signs", "no swelling no redness colour is normal", {"leg_signs": "no"}),
    ("leg_signs", "no heat no swelling", {"leg_signs": "no"}),
    # one sign said plainly beside two denied by name, told apart from them: a yes (``apart_plainly``), never a no
    ("leg_signs", "no swelling no redness but it's hot", {"leg_signs": "yes"}),
    ("leg_signs", "no swelling no redness colour is purple", {}),
    ("nerve_red_flags", "I wet myself this morning without realising", {"nerve_red_flags": "yes"}),
    (
        "chest_symptoms",
        "no but I peed myself last night and didn't notice",
        {"chest_symptoms": "no", "nerve_red_flags": "yes"},
    ),
    ("nerve_red_flags", "no I didn't wet myself", {"nerve_red_flags": "no"}),
    ("calf_swollen", "my sock's leaving a deep mark on that leg only", {"calf_swollen": "yes"}),
    ("calf_swollen", "I can't get my shoe on that foot", {"calf_swollen": "yes"}),
    ("chest_symptoms", "my shoes are tight because they're new", {}),
    ("chest_symptoms", "nope nothing in the chest department", {"chest_symptoms": "no"}),
    ("chest_symptoms", "breathing front is all good", {"chest_symptoms": "no"}),
]


# Sixth round, look-alikes: a clot feared is no clot had, breathlessness or redness said as past with
# when is not the sign now (asked again when asked, nothing in passing), and a short journey is the
# clot-risk question's no (a clot found, and a long drive, stay a yes).
FEARED_PAST_OR_SHORT_IS_NO_RED_FLAG_SIXTH_ROUND = [
    ("location", "behind the knee, my wife thinks it might be a clot", {"location": "behind_knee"}),
    ("onset", "suddenly, I was worried it was a clot", {"onset": "sudden"}),
    ("clot_risk", "the doctor said it might be a DVT", {}),
    ("clot_risk", "they scanned me and it was a clot", {"clot_risk": "yes"}),
    ("sport", "I play football, last season I was short of breath a lot because of asthma", {"sport": "yes"}),
    ("chest_symptoms", "I used to get chest pains", {}),
    ("sport", "I play football and I'm short of breath today", {"sport": "yes", "chest_symptoms": "yes"}),
    ("chest_symptoms", "no but my knee was red last week, it's fine now", {}),
    ("hot_knee", "it was red last week", {}),
    ("onset", "my knee went red and hot last week", {"leg_signs": "yes", "hot_knee": "yes"}),
    ("clot_risk", "not really, only a two hour train", {"clot_risk": "no"}),
    ("clot_risk", "I flew for about two hours", {"clot_risk": "no"}),
    ("clot_risk", "I drove for six hours", {"clot_risk": "yes"}),
]


# Sixth round: "no temp" (British and Australian for the temperature) is the fever screen's no;
# painkillers not touching the pain is the tight-calf screen's yes; painkillers helping "a bit"
# say nothing of a rock-hard calf (the hedge was its yes): asked again.
TEMP_AND_PAIN_BEYOND_PAINKILLERS_SIXTH_ROUND = [
    ("fever", "no temp, I feel okay", {"fever": "no"}),
    ("fever", "haven't got a temp", {"fever": "no"}),
    ("calf_tight", "the tablets aren't even touching it", {"calf_tight": "yes"}),
    ("calf_tight", "paracetamol is helping a bit", {}),
    ("calf_tight", "ibuprofen takes the edge off a little", {}),
    ("chest_symptoms", "the painkillers aren't touching it", {}),
]


# Sixth round: blood named by its colour after a cough or in the phlegm.
BLOOD_BY_ITS_COLOUR_SIXTH_ROUND = [
    ("chest_symptoms", "I coughed and there was a tinge of pink on the tissue", {"chest_symptoms": "yes"}),
    ("onset", "suddenly, and there's pink streaks in my phlegm", {"onset": "sudden", "chest_symptoms": "yes"}),
    ("chest_symptoms", "no, I coughed and there was nothing in it", {}),
]


# Sixth round: the calf named with the ankle beside it is the calf screen's sign (the ankle's own
# words took it); walking back to the car after the injury is the injury screen's no.
CALF_WITH_ANKLE_AND_WALKING_BACK_SIXTH_ROUND = [
    ("calf_swollen", "my ankle and calf are puffy on that side", {"calf_swollen": "yes"}),
    ("chest_symptoms", "my calf and ankle have swollen up", {"calf_swollen": "yes"}),
    ("calf_swollen", "my ankle is puffy", {}),
    ("injury_severe", "I managed to walk back to the car", {"injury_severe": "no"}),
    ("injury_severe", "I could not walk back to the car", {"injury_severe": "yes"}),
]


# Seventh round. A swelling gone down into the calf, down the leg or lower down, said to the burst-cyst
# screen, is its yes and a swollen calf too (a clot sign, never dropped); numbness "there", "down below"
# or "in between the legs" is the saddle sign, "down there" only to the nerve screen (to the cold-foot
# screen it is the foot); weak "like it's not mine" is no denial; an operation named by its part is a
# clot risk, and a time ago makes a fever unclear only said of an illness ("no, but I had a knee op three
# weeks ago" is the fever screen's no); the calf compared with the other one and two signs with a word of
# degree, to the tight-calf screen, are a swollen calf; warm, not red, is a hot knee; swelling later the
# same day is within hours, and "later" alone no denial; the sign "nothing major" is a hedge that admits it.
SEVENTH_ROUND = [
    (
        "cyst_burst",
        "it burst and now the swelling has moved into my calf",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "cyst_burst",
        "yeah the fluid has gone right down into my lower leg",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "cyst_burst",
        "it went soft and there is a bit of swelling further down now",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "cyst_burst",
        "I think it popped and the puffiness is spreading down the leg",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    ("cyst_burst", "the swelling has gone down", {"cyst_burst": "yes"}),  # the lump going down, no calf
    # the swelling placed as far down as the ankle, in any tense, or the calf on that side gone red or puffing up
    (
        "cyst_burst",
        "yes, it went flat and the swelling comes right down to my ankle",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    ("cyst_burst", "it has gone soft and swelling is coming in my shin", {"cyst_burst": "yes", "calf_swollen": "yes"}),
    (
        "cyst_burst",
        "yes it's gone and there's swelling all around my ankle",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "cyst_burst",
        "it disappeared and my calf on that side is swelling up",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    ("cyst_burst", "it popped and my lower leg has gone all red and hot", {"cyst_burst": "yes", "calf_swollen": "yes"}),
    ("cyst_burst", "no, and there's no swelling going down to my ankle", {"cyst_burst": "no"}),
    ("onset", "the swelling went down into my calf", {"calf_swollen": "yes"}),
    ("nerve_red_flags", "numbness is also there in between my thighs", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "yeah pins and needles is there down below", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I've gone numb down there", {"nerve_red_flags": "yes"}),
    ("onset", "it's numb down below", {"nerve_red_flags": "yes"}),
    ("onset", "I'm a bit numb down there", {"tingling": "yes"}),  # which part is unclear: the nerve screen follows
    ("leg_cold_pale", "no but my toes are tingly down there", {"leg_cold_pale": "no", "tingling": "yes"}),
    ("foot_weak", "my foot feels floppy like it isn't attached", {"foot_weak": "yes"}),
    ("foot_weak", "it's gone weak like it doesn't want to work", {"foot_weak": "yes"}),
    ("foot_weak", "it is weak like it is not my own leg", {"foot_weak": "yes"}),
    ("onset", "my foot feels weak like it is not mine", {"foot_weak": "yes"}),
    ("tingling", "it feels like it's not my own", {"tingling": "yes"}),
    ("foot_weak", "it's not weak", {"foot_weak": "no"}),
    ("fever", "nah but I had my hip op a fortnight ago", {"fever": "no", "clot_risk": "yes"}),
    ("fever", "no but I had hernia surgery last month", {"fever": "no", "clot_risk": "yes"}),
    ("onset", "I had an ACL reconstruction two weeks ago", {"clot_risk": "yes"}),
    ("clot_risk", "I had a knee op years ago", {}),  # long past: asked again
    ("fever", "I had a bug a couple of weeks ago", {}),  # past and gone: asked again
    ("fever", "last month I came down with the flu", {}),
    ("fever", "I had a temperature but that was weeks ago", {}),
    ("fever", "I've had fevers for a few weeks", {"fever": "yes"}),  # still going
    ("calf_tight", "no but it's a lot bigger than the other one", {"calf_tight": "no", "calf_swollen": "yes"}),
    ("calf_tight", "no but it is puffier compared with my good leg", {"calf_tight": "no", "calf_swollen": "yes"}),
    ("calf_tight", "no but it is swollen and slightly warm", {"calf_tight": "no", "calf_swollen": "yes"}),
    # swollen by a degree before the comparison ("a lot more", "far more"): the part named first is "it"
    ("location", "the calf, it is a lot more swollen than the good one", {"location": "calf", "calf_swollen": "yes"}),
    ("location", "the calf, it is far more puffy now", {"location": "calf", "leg_signs": "yes"}),
    ("calf_swollen", "no, the other calf is a lot bigger than this one", {}),  # which calf: asked again
    ("location", "the calf, it was a lot more swollen last year", {"location": "calf"}),  # past: no sign now
    ("hot_knee", "it's warm but not red", {"hot_knee": "yes"}),  # split at its "but": told apart, a yes
    ("hot_knee", "a bit red not hot though", {"hot_knee": "yes"}),
    ("hot_knee", "not warm not red", {"hot_knee": "no"}),
    ("fever", "it's warm but not red", {}),  # the knee, no answer about a fever
    ("injury_severe", "it blew up later that afternoon", {"injury_severe": "yes"}),
    ("injury_severe", "it swelled up by lunchtime", {"injury_severe": "yes"}),
    ("injury_severe", "it was okay at first it only got stiff the next day", {"injury_severe": "no"}),
    ("injury_severe", "it only swelled up the next day", {"injury_severe": "no"}),
    ("injury_severe", "it didn't swell until later", {}),  # later may be within hours: asked again
    ("leg_signs", "it's a bit swollen nothing serious", {"leg_signs": "yes"}),
    ("leg_signs", "a little red not much", {"leg_signs": "yes"}),
    ("calf_swollen", "a little puffier nothing dramatic", {"calf_swollen": "yes"}),
    ("fever", "I've been feeling achy and rotten", {"fever": "yes"}),
    ("hot_knee", "no but I'm shivery and ropey", {"hot_knee": "no", "fever": "yes"}),
    ("hot_knee", "no but I feel rough and feverish", {"hot_knee": "no", "fever": "yes"}),
    ("onset", "I'm feeling a bit rough and shivery", {"fever": "yes"}),
    ("leg_cold_pale", "no but the numbness in my toes is getting worse", {"leg_cold_pale": "no", "tingling": "yes"}),
    ("leg_cold_pale", "no the tingling down my leg is bad", {"leg_cold_pale": "no", "tingling": "yes"}),
    # more of each screen's own words: blood by its colour, the breathing "grand", breathless at rest, a sock's
    # mark, pain at rest lying still, well "in myself", hopping, the lump gone down slowly with the calf fine
    ("chest_symptoms", "I've been coughing up some pinkish stuff", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "nah breathing's grand", {"chest_symptoms": "no"}),
    ("chest_symptoms", "my lungs are hunky dory", {"chest_symptoms": "no"}),
    ("chest_symptoms", "I'm gasping for breath doing nothing", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I'm short of breath even sitting still", {"chest_symptoms": "yes"}),
    ("calf_swollen", "my sock leaves a deep mark on that side", {"calf_swollen": "yes"}),
    ("calf_tight", "it's excruciating even when I'm lying still", {"calf_tight": "yes"}),
    ("fever", "fine in myself", {"fever": "no"}),
    ("fever", "pretty well in myself", {"fever": "no"}),
    ("injury_severe", "I could only hop", {"injury_severe": "yes"}),
    ("injury_severe", "I had to hop on my good leg", {"injury_severe": "yes"}),
    ("cyst_burst", "it's shrunk a bit but my calf is fine", {"cyst_burst": "no"}),
    # ...and what those words must not become: numb below the knee is the leg (the tingling), never the saddle;
    # the calf's swelling gone down is no swollen calf; an operation to come is no risk yet; swollen by the next
    # morning is not within hours
    ("onset", "it's numb down below the knee", {"tingling": "yes"}),
    ("onset", "my foot is numb down below my ankle", {"tingling": "yes"}),
    ("nerve_red_flags", "numbness is there down below the knee", {}),  # the leg, to the saddle question: asked again
    ("onset", "the swelling has gone down in my calf", {}),
    ("onset", "I'm having a knee op next month", {}),
    ("onset", "my bum goes numb", {"tingling": "yes"}),  # mostly from sitting: the saddle sign only when asked
    ("injury_severe", "it swelled up by the next morning", {"injury_severe": "no"}),
    ("injury_severe", "it swelled up by the evening", {"injury_severe": "yes"}),
    ("chest_symptoms", "no but my calf's gone fat", {"chest_symptoms": "no", "calf_swollen": "yes"}),
    ("onset", "my lower leg has got really thick", {"calf_swollen": "yes"}),
    ("onset", "I have fat calves", {}),  # a build, not a change
    # Indian English: the body hot is a fever; swelling "went to calf" is both the burst and the swollen calf;
    # pain too much even after tablets is the pain beyond the injury
    ("fever", "body is very hot", {"fever": "yes"}),
    ("fever", "body temperature is high since night", {"fever": "yes"}),
    ("fever", "my body is hot from the gym", {}),  # the heat of exercise: asked again
    ("cyst_burst", "swelling went to calf", {"cyst_burst": "yes", "calf_swollen": "yes"}),
    ("calf_tight", "pain is too much even after tablets", {"calf_tight": "yes"}),
    # the lump asked about without its article is no new lump (the opener, answered before)
    ("cyst_burst", "yes lump went down and swelling came to calf", {"cyst_burst": "yes", "calf_swollen": "yes"}),
    ("cyst_burst", "no the lump didn't go down", {"cyst_burst": "no"}),
    # pins and needles only when sitting, gone again, said to the tingling question: its yes, and the follow-up's
    ("tingling", "only when I sit cross legged and then it goes away", {"tingling": "yes", "tingling_passed": "yes"}),
    (
        "tingling",
        "yes when I sit on my foot and it wears off when I get up",
        {"tingling": "yes", "tingling_passed": "yes"},
    ),
    ("tingling", "just when I kneel", {"tingling": "yes"}),
    ("onset", "only when I sit cross legged and then it goes away", {}),  # no tingling named: nothing
    # a screen's own answer word said fine without a verb, in speech without commas: its denial, never the
    # emergency's yes ("nope waterworks fine" and "no colour normal" were read as yes)
    ("nerve_red_flags", "nope waterworks fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "bladder and bowels all good", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no peeing fine", {"nerve_red_flags": "no"}),
    ("leg_cold_pale", "no colour normal", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "nah pulse strong", {"leg_cold_pale": "no"}),
    ("fever", "nope temperature fine", {"fever": "no"}),
    ("fever", "temp normal", {"fever": "no"}),
    ("tingling", "no feeling's normal", {"tingling": "no"}),
    ("foot_weak", "nah strength's fine", {"foot_weak": "no"}),
    # ...while the signs inside them stay signs
    ("leg_cold_pale", "there's no colour in my toes", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "no pulse in my foot", {"leg_cold_pale": "yes"}),
    ("tingling", "no feeling in my toes", {"tingling": "yes"}),
    ("foot_weak", "no strength in my leg", {"foot_weak": "yes"}),
    ("nerve_red_flags", "bladder problem", {"nerve_red_flags": "yes"}),
    ("leg_cold_pale", "there's no colour change", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "no change in colour", {"leg_cold_pale": "no"}),
    # a "not" or "no" of another phrase before a sign, in speech without commas: never the sign's denial
    # (each was this screen's no)
    ("leg_cold_pale", "it doesn't feel right it's cold", {"leg_cold_pale": "yes"}),
    ("hot_knee", "it doesn't feel normal it's warm", {"hot_knee": "yes"}),
    ("calf_swollen", "it doesn't look right it's puffy", {"calf_swollen": "yes"}),
    ("leg_signs", "it does not look normal it is red", {"leg_signs": "yes"}),
    ("chest_symptoms", "no matter what I do I can't get enough air", {"chest_symptoms": "yes"}),
    ("calf_tight", "nothing helps at all", {"calf_tight": "yes"}),
    ("calf_tight", "nothing is touching the pain", {"calf_tight": "yes"}),
    ("calf_tight", "no nothing like that", {"calf_tight": "no"}),
    ("leg_cold_pale", "it doesn't feel cold", {"leg_cold_pale": "no"}),
    # signs with their own "not" or "never"
    ("calf_swollen", "it's never been this big", {"calf_swollen": "yes"}),
    ("hot_knee", "it won't cool down", {"hot_knee": "yes"}),
    ("fever", "I can't shake this fever", {"fever": "yes"}),
    ("fever", "I've not been myself", {"fever": "yes"}),
    ("chest_symptoms", "I can't breathe in properly without pain", {"chest_symptoms": "yes"}),
    ("calf_tight", "it won't give when I press", {"calf_tight": "yes"}),
    ("nerve_red_flags", "I haven't been able to poo", {"nerve_red_flags": "yes"}),
    ("onset", "I haven't been able to poo since the codeine", {}),  # said unasked: often the painkillers
    ("nerve_red_flags", "I don't have feeling when I wipe", {"nerve_red_flags": "yes"}),
    ("injury_severe", "it wouldn't take my weight", {"injury_severe": "yes"}),
    ("cyst_burst", "it's not there anymore", {"cyst_burst": "yes"}),
    ("cyst_burst", "no it's still there", {"cyst_burst": "no"}),
    # "it" is the calf asked about, with any word of degree; swelling that will not stop; "not only" one sign
    ("calf_swollen", "not gonna lie it's pretty swollen", {"calf_swollen": "yes"}),
    # (the leg question's yes beside it, as for "it's a bit swollen": the lead's reading, left as it is)
    ("calf_tight", "no but it's pretty swollen", {"calf_tight": "no", "calf_swollen": "yes", "leg_signs": "yes"}),
    ("calf_swollen", "it hasn't stopped swelling", {"calf_swollen": "yes"}),
    ("calf_swollen", "not only is it swollen it's red too", {"calf_swollen": "yes"}),
    ("leg_signs", "not only is it swollen it's red too", {"leg_signs": "yes"}),
    ("hot_knee", "not only is it warm it's red too", {"hot_knee": "yes"}),
    ("onset", "it hasn't stopped swelling", {}),  # "it" unasked is no part
    # how the feet go in the cold (habitual present) is how they always are: no emergency said in passing
    ("sport", "I swim in cold water my feet go white", {"sport": "yes"}),
    ("onset", "my toes turned blue this morning", {"leg_signs": "yes", "leg_cold_pale": "yes"}),
    # the chest as it was once, with when: not the new sign (this morning is new)
    ("onset", "my chest was tight last winter", {}),
    ("chest_symptoms", "my breathing was a bit wheezy when I had covid", {}),
    ("onset", "my chest was tight this morning", {"chest_symptoms": "yes"}),
    ("fever", "I'm freezing one minute and boiling the next", {"fever": "yes"}),
    ("fever", "I feel like I've been hit by a bus", {"fever": "yes"}),
    ("clot_risk", "I take the mini pill", {}),  # progestogen only: no clot risk named, asked again
    # one sign said more than another ("not really red, more swollen" was the screen's no), or said with
    # another denied after it; with "but" between them, yes and no are asked again
    ("calf_swollen", "not really red more swollen", {"calf_swollen": "yes"}),
    ("leg_signs", "not really hot more bruised", {"leg_signs": "yes"}),
    ("hot_knee", "not really red more warm", {"hot_knee": "yes"}),
    ("calf_swollen", "it's swollen not red", {"calf_swollen": "yes"}),
    ("leg_cold_pale", "it's pale not blue", {"leg_cold_pale": "yes"}),
    ("leg_signs", "it's red not swollen", {"leg_signs": "yes"}),
    ("chest_symptoms", "breathless no chest pain", {"chest_symptoms": "yes"}),
    ("fever", "I feel unwell no temperature", {"fever": "yes"}),
    ("calf_swollen", "swollen but not red", {"calf_swollen": "yes"}),
    # ...and said in passing with "but", the sign before it is kept (a phrase with "but" in it is never split)
    ("onset", "my knee is warm but not red", {"leg_signs": "yes", "hot_knee": "yes"}),
    ("onset", "my calf is swollen but not red", {"calf_swollen": "yes"}),
    ("onset", "I'm short of breath but no cough", {"chest_symptoms": "yes"}),
    ("onset", "I feel unwell but no temperature", {"fever": "yes"}),
    ("fever", "my knee is fine in general", {}),  # the knee, no denial of a fever
]


# Eighth round: an accident said to be new for the person keeps the nerve screen's yes (the "never" of
# "which never happens to me" is the sign's own); a remark that the question is personal, a pet's or a
# child's accident, or being up at night for another reason, is no answer (asked again); hardness that
# grows is the rock-hard calf; the knee said not to wake the person is the night-pain question's no.
EIGHTH_ROUND = [
    ("nerve_red_flags", "I wet myself in bed last night which has never happened before", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I had an accident at work and I never do that", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "had a bit of an accident yesterday which is not like me", {"nerve_red_flags": "yes"}),
    (
        "nerve_red_flags",
        "I could not make it to the loo this morning and that never happens",
        {"nerve_red_flags": "yes"},
    ),
    ("nerve_red_flags", "I soiled myself overnight for the first time in my life", {"nerve_red_flags": "yes"}),
    ("tingling", "I lost control of my bladder today which has never happened", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "well that's rather a personal question", {}),
    ("nerve_red_flags", "gosh that's a bit embarrassing", {}),
    ("nerve_red_flags", "the puppy had an accident on the rug", {}),
    ("nerve_red_flags", "my grandson had a little accident but I'm fine", {}),
    ("calf_tight", "my calf keeps getting tighter and tighter", {"calf_tight": "yes"}),
    ("calf_tight", "it's been going harder since this afternoon", {"calf_tight": "yes"}),
    ("calf_tight", "no it's not getting any harder", {}),  # how hard it is now is not said
    ("calf_tight", "it hasn't got tighter", {}),
    ("serious_signs", "nah my knee never wakes me up", {"serious_signs": "no"}),
    ("serious_signs", "the pain doesn't keep me awake", {"serious_signs": "no"}),
    ("serious_signs", "I'm awake in the night anyway with hot flushes", {}),
    ("serious_signs", "I'm up at night with the pain", {"serious_signs": "yes"}),
    ("serious_signs", "it doesn't wake me but I can't sleep because of it", {}),
    # sciatica had long ago is a history, not the tingling now; sciatica now stays the sign
    ("tingling", "I had a bout of sciatica a few years ago", {}),
    ("tingling", "I used to suffer with sciatica", {}),
    ("tingling", "yes I've got sciatica down this leg", {"tingling": "yes"}),
    ("tingling", "I've had sciatica since Monday", {"tingling": "yes"}),
    # the other leg only aching is no nerve sign in both legs; numb or weak there still is
    ("nerve_red_flags", "well the other knee is a bit sore as well", {}),
    ("nerve_red_flags", "my other leg gets tired too", {}),
    ("nerve_red_flags", "the other leg has gone numb as well", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "my other leg feels weak now too", {"nerve_red_flags": "yes"}),
    # the lump softer or smaller, said in any tense, with the calf as usual: no burst; the calf swollen: a burst
    ("cyst_burst", "the lump did get a bit smaller yesterday I think but my calf looks the same", {"cyst_burst": "no"}),
    ("cyst_burst", "it has been going down slowly but there is no swelling in the calf", {"cyst_burst": "no"}),
    ("cyst_burst", "it went softer overnight but the calf is all puffy", {"cyst_burst": "yes", "calf_swollen": "yes"}),
    # the injury: swelling that began at once is the sign, swelling that began days later its denial
    ("injury_severe", "it began to balloon within a couple of hours", {"injury_severe": "yes"}),
    ("injury_severe", "the knee started swelling straight away", {"injury_severe": "yes"}),
    ("injury_severe", "it only began to swell a day or two later", {"injury_severe": "no"}),
    ("injury_severe", "the swelling just started coming up the following morning", {"injury_severe": "no"}),
    # the leg as ever "and everything", a weakness no worse than usual, tingling still felt in a toe, only the knee
    ("leg_signs", "nope same size and everything", {"leg_signs": "no"}),
    ("leg_signs", "it's the same colour as the other leg", {"leg_signs": "no"}),
    ("foot_weak", "nah it's no weaker than it's always been", {"foot_weak": "no"}),
    ("foot_weak", "it's weaker than usual", {"foot_weak": "yes"}),
    ("tingling_passed", "no I still get it a bit in the side of my foot", {"tingling_passed": "no"}),
    ("chest_symptoms", "no it's just my knee that's playing up", {"chest_symptoms": "no"}),
    ("chest_symptoms", "it's only the leg that's giving me trouble", {"chest_symptoms": "no"}),
    # the nerve screen's sign in plain words: not reaching the toilet, urine that will not come, the urge or the
    # feeling gone, an accident in the pants; said unasked too. A leak on a laugh, a child's or an injury is not.
    ("nerve_red_flags", "I couldn't get to the loo quick enough yesterday", {"nerve_red_flags": "yes"}),
    ("onset", "I didn't make it to the bathroom in time last night", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I try to wee and hardly anything comes out", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I no longer get the feeling to go", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I can't feel the wee coming out", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "it's gone numb where I sit down", {"nerve_red_flags": "yes"}),
    ("onset", "I soiled my underwear at work", {"nerve_red_flags": "yes"}),
    ("onset", "I've been dribbling urine without knowing", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I leak a bit of pee when I sneeze", {}),
    ("nerve_red_flags", "my little boy wet his pants", {}),
    ("onset", "I messed myself up playing rugby", {"onset": "injury"}),
    # breathless at rest or the least effort, and lungs that will not fill: the chest screen's sign, said unasked too
    ("onset", "I get puffed out just getting dressed", {"chest_symptoms": "yes"}),
    ("onset", "I'm short of breath even sat in my chair", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I can barely get through a sentence without stopping for air", {"chest_symptoms": "yes"}),
    ("onset", "I can never seem to fill my lungs all the way", {"chest_symptoms": "yes"}),
    ("onset", "my husband gets winded just talking", {}),
    ("chest_symptoms", "no I'm not out of breath walking across the room", {"chest_symptoms": "no"}),
    # the foot or toes a funny colour: the leg question's sign, said unasked too (another part is not); a blue
    # named is also the cold, pale or blue foot screen's sign (its question names blue)
    ("onset", "my toes have turned a weird bluish colour", {"leg_signs": "yes", "leg_cold_pale": "yes"}),
    ("leg_signs", "my foot's gone a funny colour", {"leg_signs": "yes"}),
    ("onset", "my fingernails have gone a funny colour", {}),
    # the knee glowing is hot; cooler than the other, or its usual temperature, is the hot-knee no
    ("hot_knee", "yeah it's positively glowing", {"hot_knee": "yes"}),
    ("hot_knee", "if anything it's colder than the other knee", {"hot_knee": "no"}),
    ("hot_knee", "it feels its usual temperature", {"hot_knee": "no"}),
    ("hot_knee", "it's not its usual temp it's much warmer", {"hot_knee": "yes"}),
    # pitting and stretched shiny skin are a swollen calf; stretch pain past bearing is the tight calf
    ("calf_swollen", "if I push my thumb in it leaves a dent", {"calf_swollen": "yes"}),
    ("onset", "the skin over my calf looks all tight and shiny", {"calf_swollen": "yes"}),
    ("calf_tight", "it's agony when the nurse moves my foot", {"calf_tight": "yes"}),
    ("calf_tight", "it's painful to wiggle my toes even a little", {"calf_tight": "yes"}),
    ("calf_tight", "it doesn't hurt to move my toes at all", {}),  # no sign, and no clear no either
    # the kneecap out to the side, the foot not put to the floor, a wheelchair brought: the injury screen's sign
    ("onset", "the kneecap slid right round to the side", {"injury_severe": "yes"}),
    ("injury_severe", "my leg looked like it was pointing the wrong way", {"injury_severe": "yes"}),
    ("injury_severe", "it went sideways", {"injury_severe": "yes"}),
    ("onset", "my knee went sideways", {}),  # as often a knee giving way: the screen asks
    ("injury_severe", "I couldn't even touch my foot to the ground", {"injury_severe": "yes"}),
    ("injury_severe", "we had to borrow crutches", {"injury_severe": "yes"}),
    # the foot "gone fuzzy" tingles; a foot that will not do as it is told is weak
    ("tingling", "my toes keep going all fuzzy", {"tingling": "yes"}),
    ("foot_weak", "the foot just won't do what I want it to", {"foot_weak": "yes"}),
    # off the feet so far, the weakness is not known: never the no of "I haven't noticed"
    ("foot_weak", "not that I've noticed but I've mostly been sitting down", {}),
    ("foot_weak", "I've mainly been on the sofa", {}),
]


# Ninth round (families from blind-written misses, sentences our own): a foot gone a bit blue said with its
# verb and a word of degree; a calf squeezed without trouble or too hard to squeeze; pins and needles only a
# bit better; walking as usual but slower; a temperature taken at a time; no swelling after an injury and
# walking off the court; breathless now; cancer being treated now; the lump as it was or shrinking slowly.
NINTH_ROUND = [
    ("chest_symptoms", "my foot has become a little bit bluish", {"leg_cold_pale": "yes"}),
    ("tingling", "my toes have gone a bit white", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "the foot is getting really cold", {"leg_cold_pale": "yes"}),
    ("calf_tight", "I can squeeze it easily", {"calf_tight": "no"}),
    ("calf_tight", "nah I can press into it no problem", {"calf_tight": "no"}),
    ("calf_tight", "I can't squeeze it at all it's like a rock", {"calf_tight": "yes"}),
    ("calf_tight", "can't even press it in", {"calf_tight": "yes"}),
    ("tingling_passed", "it's a little bit better but still there", {"tingling_passed": "no"}),
    ("tingling_passed", "only slightly better", {"tingling_passed": "no"}),
    ("tingling_passed", "it's still hanging around a bit", {"tingling_passed": "no"}),
    ("foot_weak", "I walk normally just a bit slower", {"foot_weak": "no"}),
    ("foot_weak", "nah I still walk properly", {"foot_weak": "no"}),
    ("fever", "I checked my temp last night and it was normal", {"fever": "no"}),
    ("fever", "took my temperature earlier it came back fine", {"fever": "no"}),
    ("injury_severe", "there wasn't any swelling to speak of", {"injury_severe": "no"}),
    ("injury_severe", "nope I limped off the pitch by myself", {"injury_severe": "no", "sport": "yes"}),
    ("injury_severe", "I hobbled off the field unaided", {"injury_severe": "no"}),
    ("injury_severe", "they had to carry me off the pitch", {"injury_severe": "yes", "sport": "yes"}),
    ("calf_swollen", "I've been feeling a bit breathless since yesterday", {"chest_symptoms": "yes"}),
    ("leg_signs", "I'm out of puff today", {"chest_symptoms": "yes"}),
    ("clot_risk", "I'm getting chemo for lung cancer", {"clot_risk": "yes"}),
    ("chest_symptoms", "my radiotherapy is still going on", {"clot_risk": "yes", "serious_signs": "yes"}),
    ("cyst_burst", "nope the cyst is still there and firm", {"cyst_burst": "no"}),
    ("cyst_burst", "it has gradually been going down over the last few weeks", {"cyst_burst": "no"}),
    ("cyst_burst", "I haven't noticed any swelling further down", {"cyst_burst": "no"}),
    ("cyst_burst", "the leg under the knee is getting much puffier", {"calf_swollen": "yes"}),
    ("leg_cold_pale", "I can't really feel my toes properly", {"tingling": "yes"}),
    # numb or different in the saddle as felt on the toilet: the nerve emergency, said to any question
    ("nerve_red_flags", "it feels numb when I wipe", {"nerve_red_flags": "yes"}),
    (
        "location",
        "behind the knee and I can't really feel the toilet paper",
        {"location": "behind_knee", "nerve_red_flags": "yes"},
    ),
    # urine or motion coming as usual is the nerve screen's no; said not to come as usual, its yes
    ("nerve_red_flags", "urine is coming normally", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I am passing water fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "motions are coming regularly", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "urine is not coming properly", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I am not passing urine normally", {"nerve_red_flags": "yes"}),
    # the side of things named and said fine: no emergency from the bare "toilet"; control and feeling as usual
    ("nerve_red_flags", "toilet wise all normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "bladder and bowels working fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I go to the loo as usual", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "the feeling down there is normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I still have full control of my bladder", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I can't hold it any more", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I don't have proper control", {"nerve_red_flags": "yes"}),
    # a screen's own word with its verdict: "wise" names the side of things, denied
    ("nerve_red_flags", "stool normal urine is good", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "pee wise fine", {"nerve_red_flags": "no"}),
    ("fever", "temperature wise I'm fine", {"fever": "no"}),
    ("calf_swollen", "swelling wise all good", {"calf_swollen": "no"}),
    ("hot_knee", "heat wise fine", {"hot_knee": "no"}),
    # the knee's warmth, the calves' size and the foot's pulse in other words
    ("hot_knee", "the temperature of the knee feels like the other one", {"hot_knee": "no"}),
    ("calf_swollen", "size is same only", {"calf_swollen": "no"}),
    ("calf_swollen", "the size is not the same", {"calf_swollen": "yes"}),
    ("leg_cold_pale", "I can feel a pulse on my foot no problem", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "the colour is the same as the other foot", {"leg_cold_pale": "no"}),
    # weight said to be less, and pins and needles gone after a while
    ("serious_signs", "weight is reduced", {"serious_signs": "yes"}),
    ("chest_symptoms", "I have become very thin", {"serious_signs": "yes"}),
    ("tingling_passed", "it went after some time", {"tingling_passed": "yes"}),
    ("tingling_passed", "it has not gone after a while", {"tingling_passed": "no"}),
    # both feet alike, or the opposite of cold and pale
    ("leg_cold_pale", "they're both the same", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "nah it's the other way round", {"leg_cold_pale": "no"}),
    # unwell in British words; a catch or stitch on breathing in; pink froth coughed up
    ("fever", "bit peaky today", {"fever": "yes"}),
    ("fever", "I've been feeling a bit ropey", {"fever": "yes"}),
    ("chest_symptoms", "I get a sharp pain in my side when I take a deep breath", {"chest_symptoms": "yes"}),
    (
        "location",
        "behind the knee and there's a tightness when I breathe in",
        {"location": "behind_knee", "chest_symptoms": "yes"},
    ),
    ("chest_symptoms", "I brought up some pink frothy stuff", {"chest_symptoms": "yes"}),
    # the lump gone flat with the calf huge keeps the swollen calf; the lump not felt any more
    ("cyst_burst", "it went flat and now my calf is massive", {"cyst_burst": "yes", "calf_swollen": "yes"}),
    ("cyst_burst", "I can't really feel it any more", {"cyst_burst": "yes"}),
    # the injury: swelling that took days, never dislocated; carried, crutches or an ambulance from the start
    ("injury_severe", "it took a couple of days to swell up", {"injury_severe": "no"}),
    ("injury_severe", "nah it never popped out", {"injury_severe": "no"}),
    ("injury_severe", "the boys had to help me off", {"injury_severe": "yes"}),
    ("injury_severe", "they gave me crutches that day", {"injury_severe": "yes"}),
    ("injury_severe", "the paramedics came and got me", {"injury_severe": "yes"}),
    # the rock-hard calf denied, then a mild tightness
    ("calf_tight", "it's not rock hard it's just a bit tight", {"calf_tight": "no"}),
    ("calf_tight", "it's not just a bit tight it's rock hard", {"calf_tight": "yes"}),
    # the calf compared with the other side, words between: the clot sign, not only the leg question's
    ("location", "my calf which is fatter than the other one", {"location": "calf", "calf_swollen": "yes"}),
    ("chest_symptoms", "my calf seems a bit warmer than the other side", {"calf_swollen": "yes"}),
    # a joint replaced weeks ago is still the clot risk (only years ago is set aside)
    ("location", "behind the knee I had a baby six weeks ago", {"location": "behind_knee", "clot_risk": "yes"}),
    ("chest_symptoms", "my hip replacement was three weeks ago", {"clot_risk": "yes"}),
    # not able to walk at all after the injury, said in passing
    (
        "onset",
        "I twisted it and couldn't walk afterwards",
        {"onset": "injury", "mechanism": "twist", "injury_severe": "yes"},
    ),
    ("injury_severe", "I couldn't even stand up for the rest of the game", {"injury_severe": "yes"}),
]

# ...and words that only look like those signs: breathless from effort or for years, someone else's chemo or
# a cancer long past, a calf squeezed that still hurts beyond bearing.
NINTH_ROUND_NOTHING = [
    # walking not as it should be is a limp, not the four steps the injury screen asks about
    ("calf_tight", "not rock hard no, but I can't walk on it properly since the fall", {}),
    ("injury_severe", "I can't walk on it properly", {}),
    # the other leg's foot cold is not the sign of the leg that hurts: asked again, never the emergency
    ("leg_cold_pale", "yes, no, hang on, it's my other foot that's cold, that's just from the floor", {}),
    ("leg_cold_pale", "my other foot is cold", {}),
    ("chest_symptoms", "no, the other foot is a bit cold but that's the floor", {}),
    ("leg_signs", "I'm out of breath after my run", {}),
    ("leg_signs", "I get breathless on the stairs", {}),
    ("calf_swollen", "my husband has been breathless", {}),
    ("chest_symptoms", "my wife is on chemo", {}),
    ("chest_symptoms", "my mum is having treatment for breast cancer", {}),
    ("calf_tight", "I can squeeze it and it hurts like hell", {}),
    ("foot_weak", "I can't walk normally", {}),
    ("fever", "I took my temperature this morning", {}),
    # wheezy or breathless the way asthma always makes them, a joint replaced long ago, walking hard these days
    ("chest_symptoms", "I get a bit wheezy with my asthma", {}),
    ("leg_signs", "I usually get short of breath from my copd", {}),
    ("leg_signs", "it's been a bit puffy since my knee replacement years ago", {}),
    ("chest_symptoms", "my hip op was ten years ago", {}),
    ("onset", "it came on gradually I can't walk far these days", {"onset": "gradual"}),
    ("chest_symptoms", "it's the other way round", {}),
    ("chest_symptoms", "I have been getting leaner from the gym", {}),
    ("fever", "my temperature came down last night", {}),  # gone again: asked again, never the yes
    ("nerve_red_flags", "toilet wise not normal", {}),
    ("calf_swollen", "the swelling is fine", {}),  # a swelling there but no worry, or none: asked again
    ("onset", "it came on after a long haul at work", {}),  # a long shift, not a flight
    ("sport", "I get a stitch when I run", {"sport": "yes"}),
    # a hedge beside how the person feels in general is no yes to a screen (it was the emergency's yes)
    ("chest_symptoms", "I've been a bit stressed lately", {}),
    ("chest_symptoms", "a bit dizzy", {}),
    ("calf_swollen", "I'm a little tired", {}),
    ("nerve_red_flags", "I've been feeling a bit run down", {}),
    ("leg_cold_pale", "feeling a bit sick to be honest", {}),
    ("chest_symptoms", "I've been feeling a bit seedy", {}),
    ("chest_symptoms", "it's a bit better today", {}),
    ("calf_swollen", "I'm a bit worried about it", {}),
    ("nerve_red_flags", "I've got a bit of a limp", {}),
    ("tingling_passed", "I'm a bit confused", {}),  # never the reassuring yes
    # ...but a hedge beside a sign's own word is still the sign: a heavy leg, a foot that feels off, pain worse
    ("foot_weak", "it feels a bit heavy", {"foot_weak": "yes"}),
    ("tingling", "my foot feels a bit off", {"tingling": "yes"}),
    ("calf_tight", "it's a bit worse", {"calf_tight": "yes"}),
    ("fever", "I've been a bit busy", {}),
    # past and gone: a fever last week, the pill once taken, a pregnancy years ago
    ("location", "behind the knee I had a temperature last week", {"location": "behind_knee"}),
    ("location", "behind the knee I used to be on the pill", {"location": "behind_knee"}),
    ("location", "behind the knee I was pregnant ten years ago", {"location": "behind_knee"}),
    ("leg_signs", "the redness is no problem", {}),
    ("tingling", "my foot is numb when I sit on the toilet too long", {"tingling": "yes"}),
]

# Kinds of hard speech (from the misses of the spent blind rounds 24 and 25), in sentences written for these tests.
HARD_SPEECH_KINDS = [
    # a temperature said bare to the fever screen: a hundred and one and up is the sign; in between asks again
    (
        "fever",
        "yes temperature is there since yesterday about a hundred and two",
        {"fever": "yes"},
    ),  # the fever's days, not the pain's
    ("fever", "it was thirty eight point five degrees this morning", {"fever": "yes"}),
    ("fever", "around a hundred and one degrees last night", {"fever": "yes"}),
    ("fever", "about a hundred point one", {}),
    # the knee held up: the injury screen's no
    ("injury_severe", "no the knee held up fine and I drove home", {"injury_severe": "no"}),
    ("injury_severe", "nah it held my weight the whole time", {"injury_severe": "no"}),
    # the tight calf: pain rated low, or pain past anything known, or too painful to touch
    ("calf_tight", "no it's soft the pain is only about a three out of ten", {"calf_tight": "no"}),
    ("calf_tight", "it's not that bad really maybe a two out of ten", {"calf_tight": "no"}),
    ("calf_tight", "yeah it's really tight and I can't even touch it", {"calf_tight": "yes"}),
    ("calf_tight", "the calf is hard and it hurts like nothing I've ever had before", {"calf_tight": "yes"}),
    # the lump still as hard, or bigger if anything: the burst-cyst screen's no
    ("cyst_burst", "nope still hard as a rock same as ever", {"cyst_burst": "no"}),
    ("cyst_burst", "gone soft no if anything it's got a bit bigger", {"cyst_burst": "no"}),
    ("cyst_burst", "the lump has got bigger if anything", {"cyst_burst": "no"}),
    # the toilet side said fine with a word for "things"; trouble passing water said with how
    ("nerve_red_flags", "no the toilet stuff is all fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "nah the bladder side of things is normal", {"nerve_red_flags": "no"}),
    (
        "nerve_red_flags",
        "yes I've had trouble peeing since Sunday I can't get it started",
        {"nerve_red_flags": "yes"},  # the days are the peeing's, not the pain's
    ),
    ("nerve_red_flags", "it takes ages to get the flow going", {"nerve_red_flags": "yes"}),
    # a cancer given the all clear is a cancer had (the serious-signs question asks about ever)
    ("serious_signs", "I had bowel cancer a while back but they said I'm in remission now", {"serious_signs": "yes"}),
    ("serious_signs", "never had cancer knock on wood", {"serious_signs": "no"}),
    # a past clot said with where it was, or with a yes between
    ("clot_risk", "I had a clot in my leg a few years ago", {"clot_risk": "yes"}),
    ("clot_risk", "a DVT yes years ago", {"clot_risk": "yes"}),
    ("clot_risk", "no not lately", {"clot_risk": "no"}),
    # swelling that reaches the calf, the calf "gone" puffy, one leg puffy below the knee
    (
        "cyst_burst",
        "yes it went down and the swelling kind of spread down into my calf",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "chest_symptoms",
        "no my chest is fine but my calf's gone all puffy",
        {"chest_symptoms": "no", "calf_swollen": "yes"},
    ),
    (
        "clot_risk",
        "I flew back from Perth on Monday and my leg is swollen below the knee",
        {"clot_risk": "yes", "calf_swollen": "yes"},
    ),
    (
        "leg_cold_pale",
        "no it's the other way round it's warm and red all around the calf",
        {"leg_cold_pale": "no", "calf_swollen": "yes"},
    ),
    ("leg_cold_pale", "no quite the opposite", {"leg_cold_pale": "no"}),
    # a denial that says how it was found, then the knee as usual, in speech without commas
    ("hot_knee", "not that I can tell feels the same as the other one", {"hot_knee": "no"}),
    ("hot_knee", "not as far as I can tell it feels a normal temperature", {"hot_knee": "no"}),
    # someone else looked and says it is fine: a no with words of home
    ("leg_signs", "no swelling my husband looked and he says it looks normal", {"leg_signs": "no"}),
]

# One side named with the sign, then the other side as usual, as one run of words: the sign stays said
THE_OTHER_SIDE_AS_USUAL = [
    ("calf_swollen", "yes the right one is swollen the other one looks normal", {"calf_swollen": "yes"}),
    ("calf_swollen", "this leg is a bit puffy the other one is fine", {"calf_swollen": "yes"}),
    (
        "chest_symptoms",
        "no but my calf is swollen the other one is fine",
        {"chest_symptoms": "no", "calf_swollen": "yes"},
    ),
    ("leg_signs", "my knee is red the other one is normal", {"leg_signs": "yes"}),
    ("hot_knee", "yeah this knee is warm the other one feels normal", {"hot_knee": "yes"}),
    ("leg_cold_pale", "this foot is cold the other one is nice and warm", {"leg_cold_pale": "yes"}),
    # the sign denied, then the other side the same, is still the no
    ("calf_swollen", "no it isn't swollen the other one is the same", {"calf_swollen": "no"}),
    ("hot_knee", "no it's not warm the other one is the same", {"hot_knee": "no"}),
    # pain beyond what the injury seemed
    ("calf_tight", "it's firm and it hurts way more than I'd have expected for a small knock", {"calf_tight": "yes"}),
]

# Indian English "not there" with "also" between, a denial closed by its own object, a sign said to be new
NOT_THERE_ALSO_AND_NOTHING_LIKE_THAT = [
    ("hot_knee", "no heat is not there redness also not there", {"hot_knee": "no"}),
    ("hot_knee", "the temperature of the knee is same as the other one only", {"hot_knee": "no"}),
    ("leg_cold_pale", "no blueness is not there foot is warm only", {"leg_cold_pale": "no"}),
    ("serious_signs", "no weight loss sleeping also fine", {"serious_signs": "no"}),
    ("chest_symptoms", "no I've never had anything like that my breathing is fine", {"chest_symptoms": "no"}),
    ("fever", "I haven't had anything like that my calf is swollen though", {"calf_swollen": "yes"}),
    ("nerve_red_flags", "both my legs are fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I haven't noticed any of those both legs are fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "I've had a couple of accidents which has never happened before", {"nerve_red_flags": "yes"}),
]

# Both sides said fine is no trouble in both legs; the nerve sign said with a verb; new, "not like me"
BOTH_SIDES_FINE_AND_SIGNS_BY_THEIR_VERB = [
    ("nerve_red_flags", "both knees are fine it's only this one", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "nah both my feet feel normal", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "yeah both my feet have gone numb", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "both my legs feel kind of weird", {"nerve_red_flags": "yes"}),
    ("chest_symptoms", "no but both my legs keep going numb", {"chest_symptoms": "no", "nerve_red_flags": "yes"}),
    ("hot_knee", "no the knee is fine temperature wise", {"hot_knee": "no"}),
    ("chest_symptoms", "I got out of breath walking to the letterbox which isn't like me", {"chest_symptoms": "yes"}),
    ("leg_cold_pale", "no nothing like that it's more the other way it's warm", {"leg_cold_pale": "no"}),
    ("clot_risk", "we sat in the car for like nine hours driving up to Brisbane", {"clot_risk": "yes"}),
    (
        "chest_symptoms",
        "no but I was on a flight for fourteen hours last week",
        {"chest_symptoms": "no", "clot_risk": "yes"},
    ),
    # a sign said plainly, then words about signs, stays said
    ("chest_symptoms", "yes chest pain which I know is a sign of something", {"chest_symptoms": "yes"}),
    ("calf_swollen", "my calf is swollen and they scanned it for a clot", {"calf_swollen": "yes"}),
    ("onset", "my foot went cold this morning", {"leg_cold_pale": "yes"}),
    # steps managed, in the question's own words: the injury screen asks whether they could NOT
    ("injury_severe", "I could manage a few steps yes", {"injury_severe": "no"}),
    ("injury_severe", "I hobbled off but it was okay to walk on afterwards", {"injury_severe": "no"}),
    # Australian and New Zealand words for fine, in one run of words
    ("chest_symptoms", "nah all good in the breathing department", {"chest_symptoms": "no"}),
    ("fever", "nah she'll be right no temperature", {"fever": "no"}),
    ("injury_severe", "nah walked off the paddock no worries", {"injury_severe": "no"}),
    # "or whatever" after a denial is a filler
    ("hot_knee", "um no it's not hot or red or whatever", {"hot_knee": "no"}),
    # the question misheard, then the answer: what follows is the answer meant
    ("chest_symptoms", "sorry I thought you said leg no my chest is fine", {"chest_symptoms": "no"}),
    ("calf_swollen", "oh I misheard you yes my calf is swollen", {"calf_swollen": "yes"}),
]

HARD_SPEECH_NEVER_A_YES = [
    # a bare "can't get started" is no trouble passing water: never the nerve emergency
    ("nerve_red_flags", "i can't seem to get started in the mornings", "nerve_red_flags"),
    # trouble getting to the toilet said in passing may be the knee
    ("tingling", "I have trouble going to the loo with this knee", "nerve_red_flags"),
    # a pain score said alone is no hard calf
    ("calf_tight", "the pain is maybe a four out of ten", "calf_tight"),
    # a lump bigger is no burst
    ("cyst_burst", "if anything it's bigger", "cyst_burst"),
    # a clot feared is no clot had
    ("clot_risk", "I was worried it was a clot years ago", "clot_risk"),
    # a sign to watch for, read about or tested for is not this person's sign
    ("onset", "the doctor said to look out for chest pain", "chest_symptoms"),
    ("location", "the physio told me to watch for swelling in the calf", "calf_swollen"),
    ("chest_symptoms", "I read that breathlessness can be a sign of a clot", "chest_symptoms"),
    ("clot_risk", "they did a scan for a clot last year and it was clear", "clot_risk"),
    # ankles that swell by the evening, a knee hot yesterday and settled since: asked again, never the yes
    ("calf_swollen", "my ankles always swell a bit by the end of the day", "calf_swollen"),
    ("hot_knee", "it was a bit warm last night but it's cooled down now", "hot_knee"),
    # a foot that goes cold now and then, with when, is how it often is: never the cold-leg emergency in passing
    ("tingling", "my feet go numb and cold at night", "leg_cold_pale"),
    ("worse_with", "when I walk my foot goes cold", "leg_cold_pale"),
    # both sides said fine to the nerve screen is never its emergency
    ("nerve_red_flags", "both are fine", "nerve_red_flags"),
    ("nerve_red_flags", "both my calves look the same as always", "nerve_red_flags"),
]

HARD_SPEECH_NEVER_A_NO = [
    # pain past anything known beside a no may be the very sign asked about: asked again, never a no
    ("calf_tight", "no but it hurts like nothing I've ever felt"),
    ("chest_symptoms", "no but it hurts like nothing I have ever felt"),
    ("leg_cold_pale", "no it hurts like nothing I've felt before"),
    ("calf_tight", "no I can't even touch it"),
    ("calf_tight", "no but it hurts more than I would have thought"),
    # the other side said as usual is no denial of the side asked about
    ("calf_swollen", "no the other one is normal"),
    ("leg_cold_pale", "no the other one is warm"),
    # a sign said beside a "not there", or a soft "not really" denial, is no no to a red-flag screen
    ("hot_knee", "redness is there but heat is not there"),
    ("leg_cold_pale", "blueness is there coldness also not there"),
    ("chest_symptoms", "I haven't really had anything like that"),
    ("nerve_red_flags", "both legs are numb"),
    ("hot_knee", "temperature wise it's fine but it's red"),
    ("hot_knee", "it was hot yesterday and it's cooled down now"),
    ("injury_severe", "yes I could do four steps"),
    # "stuff" beside a no may be the very sign asked about, in words no family knows
    ("chest_symptoms", "no but there's been some weird stuff going on"),
    # a yes said before the correction to a red-flag screen is asked again, never a no
    ("chest_symptoms", "yes I thought you said leg no my chest is fine"),
    # a denial, then the sign in the same run of words
    ("hot_knee", "not that I can tell but it is hot"),
    ("calf_swollen", "not that I can see but she says it's swollen"),
    ("leg_cold_pale", "no it's the opposite it's gone cold"),
]


# Eleventh round, kinds of hard speech (each row a kind, not a sentence): a hand on the knee that found it
# cool, the colour looked at and found right, the complaint restated after a denial ("it's just the back of
# my knee that's killing me", also as the model hands it over, without "it's just"), no swelling on the day
# said with when or beside walking, and the toilet "working normal"
ELEVENTH_ROUND = [
    ("hot_knee", "nah not warm i had my hand on it a second ago and it feels cool", {"hot_knee": "no"}),
    ("hot_knee", "I put my palm on it just now, nice and cool", {"hot_knee": "no"}),
    ("hot_knee", "i put my hand on it and it's warm", {"hot_knee": "yes"}),
    ("leg_cold_pale", "no it's pinkish", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "nope it's its usual colour same as the other foot", {"leg_cold_pale": "no"}),
    ("leg_cold_pale", "it's not the right colour", {"leg_cold_pale": "yes"}),
    ("chest_symptoms", "nothing like that it's just my knee that's driving me mad", {"chest_symptoms": "no"}),
    ("chest_symptoms", "no, the back of my knee that's doing my head in", {"chest_symptoms": "no"}),
    (
        "injury_severe",
        "nah there was no swelling at the time i walked off the pitch",
        {"injury_severe": "no", "sport": "yes"},
    ),
    ("injury_severe", "i was able to walk on it with no swelling at all", {"injury_severe": "no"}),
    ("nerve_red_flags", "nope everything down below is working fine", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "all down there is functioning as normal only the one leg", {"nerve_red_flags": "no"}),
    ("cyst_burst", "still the same hard lump as before", {"cyst_burst": "no"}),
    ("fever", "well I'm tired", {}),
    # well but for the knee, with a word of annoyance for it
    ("fever", "no temperature i feel fine apart from this flipping knee", {"fever": "no"}),
    ("chest_symptoms", "i'm fine other than my dodgy knee", {"chest_symptoms": "no"}),
    # getting up at night to pee for years, nothing changed: the toilet as usual
    (
        "nerve_red_flags",
        "i get up to wee in the night but that's been for years nothing has changed",
        {"nerve_red_flags": "no"},
    ),
    # tight, said with a yes, but not rock hard; "youd" without its apostrophe is "you would"
    ("calf_tight", "its stiff yeah but not like a rock", {"calf_tight": "no"}),
    ("calf_tight", "the pain is about what youd expect", {"calf_tight": "no"}),
    # the swelling said not to be there, Indian English word order
    ("injury_severe", "no sir i could walk swelling is also not there", {"injury_severe": "no"}),
    # the same as the other knee, checked by hand on both
    ("hot_knee", "no same as the other one i had my hands on both of them", {"hot_knee": "no"}),
    ("hot_knee", "it is warmer than the other knee i put my hand on both", {"hot_knee": "yes"}),
    # an operation denied but for a small one long ago; laughter ("ha") is no word of a sign
    ("clot_risk", "nope never had surgery except my wisdom teeth out when i was a teenager", {"clot_risk": "no"}),
    ("clot_risk", "no trips no ops and i'm seventy so not pregnant haha", {"clot_risk": "no", "age": 70}),
    ("clot_risk", "i had my appendix out a few weeks ago", {"clot_risk": "yes"}),
    # weight lost and dieting denied: the loss was not meant
    ("serious_signs", "i've lost loads of weight and i haven't been dieting", {"serious_signs": "yes"}),
    # the calf fine and its swelling denied in one breath
    ("cyst_burst", "nope still firm and my calf looks normal no swelling at all", {"cyst_burst": "no"}),
    # the pain restated with when, climbing: everyday beside the hot-knee screen's own denial
    ("hot_knee", "nope no warmth no redness just hurts when i'm climbing stairs", {"hot_knee": "no"}),
    # a list of denials with "nothing" between
    ("leg_signs", "nope no puffiness nothing red", {"leg_signs": "no"}),
    ("hot_knee", "no warmth nothing red either", {"hot_knee": "no"}),
    ("calf_swollen", "no swelling nothing red just sore in the crease", {"calf_swollen": "no"}),
    # a word of address before the answer (Indian English): the no after it is said first, as without it
    ("chest_symptoms", "no sir no chest pain my breathing is fine", {"chest_symptoms": "no"}),
    ("fever", "yes madam fever is there since yesterday", {"fever": "yes"}),
    # a temperature taken, said with "did take" or "just checked", and what it read
    ("fever", "i just checked my temp and it was thirty nine", {"fever": "yes"}),
    ("fever", "i did take my temperature it was thirty seven", {"fever": "no"}),
    # off colour said of the person with how long
    ("fever", "well i've been a little under the weather these last few days", {"fever": "yes"}),
    # feeling lost in the part, said after the sign, is no denial of it
    ("leg_cold_pale", "yes the foot has gone white and cold i can't feel it at all", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "no it's not cold but i can't feel my toes", {"leg_cold_pale": "no", "tingling": "yes"}),
    # constipation said plainly beside the saddle sign keeps the sign
    ("nerve_red_flags", "i've been constipated and i can't feel it when i wipe", {"nerve_red_flags": "yes"}),
]

# ...and the same kinds that must stay asked again: a hand check that found it warm beside a no, swelling
# that came later the same evening, the complaint restated beside a sign, the toilet normal with a sign
ELEVENTH_ROUND_NEVER_A_NO = [
    ("hot_knee", "no i put my hand on it and it is warm"),
    ("hot_knee", "i put my hand on it just now"),
    ("injury_severe", "i could walk on it no swelling until i got home and then it swelled up straight away"),
    ("injury_severe", "i could not walk no swelling"),
    ("chest_symptoms", "the back of my knee that's killing me and I'm breathless"),
    ("nerve_red_flags", "everything down there is working fine except i have been wetting myself"),
    ("leg_cold_pale", "the right colour no it's pale"),
    ("fever", "no fever well i'm tired"),
    ("fever", "i feel fine apart from this stupid knee but i've got the shivers"),
    ("nerve_red_flags", "i have to get up to pee at night"),
    ("calf_tight", "its tight yeah but the pain is about what youd expect"),
    ("injury_severe", "swelling was not there then it came up within the hour"),
    ("clot_risk", "never had an operation apart from my appendix"),
    ("serious_signs", "no i haven't been dieting"),
    ("cyst_burst", "it went soft yeah but the calf is fine no swelling"),
    ("leg_signs", "no swelling nothing red but it is hot"),
    # a reading between normal and a fever is neither
    ("fever", "no i did take my temperature it was thirty seven point eight"),
    # climbing beside the chest screen's no may be the breathlessness asked about
    ("chest_symptoms", "no chest pain just when i'm climbing the stairs"),
]

# A hedge beside constipation (often the painkillers) admits no loss of control: never the nerve emergency
ELEVENTH_ROUND_NEVER_A_YES = [
    ("nerve_red_flags", "well i've been a little bit constipated but that's the tramadol", "nerve_red_flags"),
    ("nerve_red_flags", "kind of bunged up", "nerve_red_flags"),
]

# Twelfth round: plain signs in everyday words, and plain noes that words of everyday life or the knee said again
# to be the trouble left unclear. Written as speech reaches the skill: lower case, no punctuation.
TWELFTH_ROUND = [
    # the saddle named as the bottom, the inner thighs or the seat area, as an answer to the nerve screen
    ("nerve_red_flags", "i have got a numb patch over my bum and inner thighs", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "numbness is there in the seat area since yesterday", {"nerve_red_flags": "yes"}),
    # painkillers taken "and nothing": the pain beyond the injury, the "nothing" no denial
    ("calf_tight", "i took some ibuprofen and nothing", {"calf_tight": "yes"}),
    ("calf_tight", "i have tried paracetamol but nothing", {"calf_tight": "yes"}),
    # out of place and back: the "came back" is the kneecap's, never a walk back
    ("injury_severe", "the kneecap slid across and then came back in", {"injury_severe": "yes"}),
    # got there only held up by someone: no weight borne on their own
    ("injury_severe", "i got to the car but i had to lean on my brother", {"injury_severe": "yes"}),
    ("injury_severe", "my sister had to prop me up", {"injury_severe": "yes"}),
    # ...as the slot reader hands it over, the sample's "but" turned into a comma
    ("injury_severe", "i limped home, my dad had to take my weight", {"injury_severe": "yes"}),
    # both legs named with "my", as an answer to the nerve screen
    ("nerve_red_flags", "both my feet", {"nerve_red_flags": "yes"}),
    # the knee said again to be the trouble, beside the cold-foot or calf screen's no
    ("leg_cold_pale", "no my toes are nice and warm it is the knee that is the problem", {"leg_cold_pale": "no"}),
    ("calf_swollen", "no the calf is fine the knee is the main problem", {"calf_swollen": "no"}),
    # "that department", "that front": the thing asked, pointed back at
    ("fever", "nope all fine on that front", {"fever": "no"}),
    ("nerve_red_flags", "nothing to report in that department", {"nerve_red_flags": "no"}),
    # a soft no settled by a plain no and the screen's own denial
    ("fever", "i dont think so no i feel fine", {"fever": "no"}),
    # ...or by the screen's own denial alone, a plain no before the soft no or none
    ("fever", "i dont think so i feel fine", {"fever": "no"}),
    ("fever", "no i dont think so i feel well", {"fever": "no"}),
    ("leg_signs", "i dont think so it looks just like the other leg", {"leg_signs": "no"}),
    # how they checked, and moving the knee, are no sign beside the hot-knee screen's no
    ("hot_knee", "not hot no i put my hand on it", {"hot_knee": "no"}),
    (
        "hot_knee",
        "no it is not warm it just hurts when i straighten it",
        {"hot_knee": "no", "worse_with": ["straightening"]},
    ),
    # one foot weak or slapping beside the nerve screen's no is the foot question's sign, the no kept
    ("nerve_red_flags", "no but my foot does slap down when i walk", {"nerve_red_flags": "no", "foot_weak": "yes"}),
    ("nerve_red_flags", "nope but the leg on that side feels weak", {"nerve_red_flags": "no", "foot_weak": "yes"}),
]

# Twelfth round, second part: "came off" is the fall, a likeness of heat inside, the other leg too with a verb,
# what is worn too tight to go on, "id" for "I'd"
TWELFTH_ROUND_MORE = [
    (
        "injury_severe",
        "it swelled up straight away and i could not stand this was after i came off my horse",
        {"injury_severe": "yes", "onset": "injury", "mechanism": "blow_fall"},
    ),
    ("hot_knee", "it is boiling like there is a radiator inside it", {"hot_knee": "yes"}),
    ("nerve_red_flags", "the other foot goes numb a bit too", {"nerve_red_flags": "yes"}),
    ("leg_signs", "i can hardly get my trousers on over it", {"leg_signs": "yes"}),
    ("calf_tight", "it hurts way more than id have expected for a small knock", {"calf_tight": "yes"}),
    # the calf named without its article (Indian English), and the knee "giving me grief" (the pain, said plainly)
    ("cyst_burst", "no it is same size only no swelling in calf", {"cyst_burst": "no"}),
    ("fever", "no i feel fine its just this knee giving me grief", {"fever": "no"}),
    # still walked off the field on their own: the screen's no
    ("injury_severe", "i came off the pitch on my own", {"injury_severe": "no"}),
]

# The foot's colour said as "a funny blue colour": more words before the colour than a gap allows, still the
# cold, pale or blue foot, volunteered to another screen too
A_FUNNY_COLOUR = [
    (
        "calf_tight",
        "no its not hard but my foots gone a funny blue color",
        {"calf_tight": "no", "leg_cold_pale": "yes"},
    ),
    ("leg_cold_pale", "my toes have turned a weird purple colour", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "the foot is looking a strange white colour", {"leg_cold_pale": "yes"}),
    # must not: a normal colour is the screen's no
    ("leg_cold_pale", "no my foot looks a normal colour", {"leg_cold_pale": "no"}),
]

# One sign said plainly and another denied, to a screen whose signs are told apart (``sign_groups``): a yes, as
# the sign said alone is
ONE_SAID_PLAINLY_ONE_DENIED = [
    ("leg_signs", "a bit swollen at the back of the knee not hot though", {"leg_signs": "yes"}),
    ("hot_knee", "it feels a little warm to me but it is not red at all", {"hot_knee": "yes"}),
    ("calf_swollen", "my calf is a little swollen but not red", {"calf_swollen": "yes"}),
    ("chest_symptoms", "i am short of breath but no chest pain", {"chest_symptoms": "yes"}),
    ("leg_cold_pale", "my foot is pale but not cold", {"leg_cold_pale": "yes"}),
    ("leg_signs", "no swelling but its gone a purple colour", {"leg_signs": "yes"}),
    # the denial said of one of the screen's signs by its name ("the colour is fine", "breathing's okay"): that sign
    # denied, as "not red" is, so the sign said plainly beside it is told apart
    ("leg_signs", "a little bit puffy round the back and the skin colour looks fine", {"leg_signs": "yes"}),
    ("leg_signs", "theres some swelling below the kneecap the colour is normal", {"leg_signs": "yes"}),
    ("chest_symptoms", "my breathing is okay but there is a tight pain in my chest", {"chest_symptoms": "yes"}),
    # must not: the sign itself denied beside the named normal one is the no; a doubt stays unclear
    ("leg_signs", "no swelling at all and the colour looks normal", {"leg_signs": "no"}),
    ("leg_signs", "the colour looks normal and i am not sure about swelling", {"leg_signs": "unknown"}),
    # "fine apart from" is never ignored: what it sets apart may be the sign
    ("leg_signs", "i am fine apart from the swelling in my leg", {"leg_signs": "yes"}),
    # a hedge right after the sign said, before the other sign's denial, admits the sign ("puffy i would say" alone
    # is a yes); read as softening the denial instead, the sign is still said plainly: a yes either way
    ("leg_signs", "its gone a bit puffy i would say, not red though", {"leg_signs": "yes"}),
    ("hot_knee", "it feels warm i suppose but not red", {"hot_knee": "yes"}),
    ("calf_swollen", "a little swollen i guess not hot", {"calf_swollen": "yes"}),
    # the screen's list said back first is the question: what follows it is read as said
    ("leg_signs", "swollen hot or a different colour well its puffy yes but its not hot", {"leg_signs": "yes"}),
    ("leg_signs", "swollen? yes its puffed up a bit but not red", {"leg_signs": "yes"}),
    ("hot_knee", "hot or red? it is warm, it is not red", {"hot_knee": "yes"}),
]

# ...and never when the answer is not plain, or the sign said is the one denied in a lesser degree: asked again
ONE_SAID_ONE_DENIED_NOT_PLAINLY = [
    ("calf_tight", "its a bit tight but i wouldnt say rock hard", "calf_tight"),  # no groups: one sign by degree
    ("hot_knee", "red not red no warm maybe no", "hot_knee"),  # echoes and a doubt
    ("hot_knee", "yes no it was red yesterday but its not hot now", "hot_knee"),  # a correction, a time past
    ("leg_signs", "its a bit puffy but not swollen", "leg_signs"),  # one group: a lesser degree
    ("hot_knee", "its warm but not hot", "hot_knee"),
    ("leg_signs", "its swollen but not hot i think", "leg_signs"),  # a doubt
    ("leg_signs", "the other leg was swollen but this one is not hot", "leg_signs"),  # a time past
    ("leg_signs", "swollen maybe but not hot", "leg_signs"),
    ("calf_swollen", "my wife thinks it is a bit swollen but it is not red", "calf_swollen"),  # someone's opinion
    ("fever", "no temperature but i feel a bit off", "fever"),  # the fever screen has no groups: how unwell is vague
    ("leg_signs", "the colour is fine but it might be a bit puffy", "leg_signs"),  # a doubt beside the part named fine
    # a hedge after a denial is kept: asked again
    ("leg_signs", "not swollen i think, not red", "leg_signs"),
    # the list said back, then a doubt or a time past: asked again
    ("leg_signs", "swollen hot or red well maybe a bit puffy but not red", "leg_signs"),
    ("leg_signs", "swollen or hot? it was swollen last week, not hot", "leg_signs"),
]

TWELFTH_ROUND_NEVER_A_NO = [
    # "came off" without where is the fall, no walk off the field
    ("injury_severe", "i came off my motorbike"),
    # the knee the trouble to a screen of the knee's own signs: the knee may be the sign asked about
    ("hot_knee", "no it is the knee that is the problem"),
    ("chest_symptoms", "no but my chest is the problem"),
    # the soft no settled, then a sign said: no no
    ("fever", "i dont think so no i feel fine but i have had the shivers"),
    ("fever", "i dont think so"),
    ("fever", "i dont think so no"),
    # a soft no beside a denial that still admits or doubts something: asked again
    ("fever", "i dont think so i feel fine maybe a bit shivery"),
    ("fever", "i dont think so i have not checked but i feel fine"),
    ("calf_tight", "i dont think so it is only a little bit sore"),
    ("leg_signs", "i dont think so it looks like the other one but a bit red"),
    # a word after the check no family knows may be the sign
    ("hot_knee", "no its not hot i put my hand on it its purplish"),
    # "I was walking only after that" may be walking only later: asked again
    ("injury_severe", "i was walking only after that"),
]

TWELFTH_ROUND_NEVER_A_YES = [
    # the bottom of the foot is its sole, never the saddle
    ("nerve_red_flags", "there is a numb spot on the bottom of my foot", "nerve_red_flags"),
    ("nerve_red_flags", "numb at the bottom of my leg", "nerve_red_flags"),
    ("nerve_red_flags", "numbness around the bottom of my back", "nerve_red_flags"),
    # said unasked, the bottom numb is mostly from sitting
    ("onset", "there is a numb patch around my bottom", "nerve_red_flags"),
    # walking off and coming back, and help taken while walking on their own feet
    ("injury_severe", "i walked off and came back", "injury_severe"),
    ("injury_severe", "i hobbled to the car my wife helped me but i got there on my own feet", "injury_severe"),
    # heat put on the knee is no hot knee
    ("hot_knee", "it is warm but i have had a heat pack on it", "hot_knee"),
    # a painkiller that did something, and a no before it
    ("calf_tight", "no i took two advil and nothing since", "calf_tight"),
]


EXACT_READINGS = {
    "said and meant": SAID_AND_MEANT,
    "volunteered": VOLUNTEERED,
    "not a denial": NOT_A_DENIAL,
    "the calf on a side said in passing": THE_CALF_ON_A_SIDE_SAID_IN_PASSING,
    "one denied one said": ONE_DENIED_ONE_SAID,
    "two denials in one breath stay a no": TWO_DENIALS_IN_ONE_BREATH_STAY_A_NO,
    "a sign with its own not is a yes": A_SIGN_WITH_ITS_OWN_NOT_IS_A_YES,
    "temperature readings": TEMPERATURE_READINGS,
    "chest third round": CHEST_THIRD_ROUND,
    "third round": THIRD_ROUND,
    "more third round": MORE_THIRD_ROUND,
    "never so bad": NEVER_SO_BAD,
    "indian english third round": INDIAN_ENGLISH_THIRD_ROUND,
    "clot third round": CLOT_THIRD_ROUND,
    "british and australian words third round": BRITISH_AND_AUSTRALIAN_WORDS_THIRD_ROUND,
    "a hot knee is no answer to the fever screen": A_HOT_KNEE_IS_NO_ANSWER_TO_THE_FEVER_SCREEN,
    "the knee apart beside a plain no": THE_KNEE_APART_BESIDE_A_PLAIN_NO,
    "a sign with without or cant stop": A_SIGN_WITH_WITHOUT_OR_CANT_STOP,
    "not just one sign is the sign": NOT_JUST_ONE_SIGN_IS_THE_SIGN,
    "heat put on the knee is no hot knee": HEAT_PUT_ON_THE_KNEE_IS_NO_HOT_KNEE,
    "fourth round": FOURTH_ROUND,
    "fourth round families": FOURTH_ROUND_FAMILIES,
    "fever and tight calf words fourth round": FEVER_AND_TIGHT_CALF_WORDS_FOURTH_ROUND,
    "a colour not named answers the leg question": A_COLOUR_NOT_NAMED_ANSWERS_THE_LEG_QUESTION,
    "the blood supply said fine or not": THE_BLOOD_SUPPLY_SAID_FINE_OR_NOT,
    "more denials fourth round": MORE_DENIALS_FOURTH_ROUND,
    "the toilet as normal fourth round": THE_TOILET_AS_NORMAL_FOURTH_ROUND,
    "an anaesthetic or a journey to come": AN_ANAESTHETIC_OR_A_JOURNEY_TO_COME,
    "walking with when and the lump as it is": WALKING_WITH_WHEN_AND_THE_LUMP_AS_IT_IS,
    "the knee a bit off is no fever": THE_KNEE_A_BIT_OFF_IS_NO_FEVER,
    "fifth round": FIFTH_ROUND,
    "fifth round nothing": FIFTH_ROUND_NOTHING,
    "fifth round more": FIFTH_ROUND_MORE,
    "fifth round own words": FIFTH_ROUND_OWN_WORDS,
    "signs said after another answer fifth round": SIGNS_SAID_AFTER_ANOTHER_ANSWER_FIFTH_ROUND,
    "swelling later limp from pain night pain": SWELLING_LATER_LIMP_FROM_PAIN_NIGHT_PAIN,
    "breathless from effort is not the chest sign": BREATHLESS_FROM_EFFORT_IS_NOT_THE_CHEST_SIGN,
    "cold feet as usual and legs tired after work": COLD_FEET_AS_USUAL_AND_LEGS_TIRED_AFTER_WORK,
    "everyday look alikes fifth round": EVERYDAY_LOOK_ALIKES_FIFTH_ROUND,
    "a numb hand is not the leg": A_NUMB_HAND_IS_NOT_THE_LEG,
    "a cold is no fever and calves measured the same": A_COLD_IS_NO_FEVER_AND_CALVES_MEASURED_THE_SAME,
    "hard speech kinds": HARD_SPEECH_KINDS,
    "the other side as usual": THE_OTHER_SIDE_AS_USUAL,
    "not there also and nothing like that": NOT_THERE_ALSO_AND_NOTHING_LIKE_THAT,
    "both sides fine and signs by their verb": BOTH_SIDES_FINE_AND_SIGNS_BY_THEIR_VERB,
    "indian english denials fifth round": INDIAN_ENGLISH_DENIALS_FIFTH_ROUND,
    "sixth round": SIXTH_ROUND,
    "sixth round nothing": SIXTH_ROUND_NOTHING,
    "red flag families sixth round": RED_FLAG_FAMILIES_SIXTH_ROUND,
    "feared past or short is no red flag sixth round": FEARED_PAST_OR_SHORT_IS_NO_RED_FLAG_SIXTH_ROUND,
    "temp and pain beyond painkillers sixth round": TEMP_AND_PAIN_BEYOND_PAINKILLERS_SIXTH_ROUND,
    "blood by its colour sixth round": BLOOD_BY_ITS_COLOUR_SIXTH_ROUND,
    "calf with ankle and walking back sixth round": CALF_WITH_ANKLE_AND_WALKING_BACK_SIXTH_ROUND,
    "seventh round": SEVENTH_ROUND,
    "eighth round": EIGHTH_ROUND,
    "ninth round": NINTH_ROUND,
    "ninth round nothing": NINTH_ROUND_NOTHING,
    "eleventh round": ELEVENTH_ROUND,
    "twelfth round": TWELFTH_ROUND,
    "twelfth round more": TWELFTH_ROUND_MORE,
    "one said plainly one denied": ONE_SAID_PLAINLY_ONE_DENIED,
    "a funny colour": A_FUNNY_COLOUR,
}


@pytest.mark.parametrize(
    "pending, said, meant",
    named_rows(EXACT_READINGS),
)
def test_exact_readings(pending, said, meant):
    assert _read(pending, said) == meant


# Said to the tingling question, "both legs" or "both feet" is the nerve screen's sign (``implies``);
# both of them said fine is that screen's own denial, never its emergency.
BOTH_SAID_FINE_TO_THE_TINGLING_QUESTION = [
    ("tingling", "both feet feel normal", "nerve_red_flags"),
    ("tingling", "both legs are fine", "nerve_red_flags"),
    ("tingling", "no both my legs feel okay", "nerve_red_flags"),
]

# The burst-cyst screen asks for the lump gone down AND the calf swelling: the calf said not swollen beside a
# lump gone smaller is never the burst (asked again, or the screen's no).
CALF_SAID_NOT_SWOLLEN_TO_THE_BURST_SCREEN = [
    ("cyst_burst", "the lump is kind of smaller maybe but my calf isnt swollen or anything", "cyst_burst"),
    ("cyst_burst", "it has gone down a bit and the calf is not puffy at all", "cyst_burst"),
    ("cyst_burst", "softer maybe but my calf does not look swollen", "cyst_burst"),
]

NEVER_A_YES_OF = {
    "never a yes": NEVER_A_YES,
    "calf said not swollen to the burst screen": CALF_SAID_NOT_SWOLLEN_TO_THE_BURST_SCREEN,
    "both said fine to the tingling question": BOTH_SAID_FINE_TO_THE_TINGLING_QUESTION,
    "no red flag fourth round": NO_RED_FLAG_FOURTH_ROUND,
    "no red flag fourth round families": NO_RED_FLAG_FOURTH_ROUND_FAMILIES,
    "no fever or tight calf fourth round": NO_FEVER_OR_TIGHT_CALF_FOURTH_ROUND,
    "hard speech never a yes": HARD_SPEECH_NEVER_A_YES,
    "eleventh round never a yes": ELEVENTH_ROUND_NEVER_A_YES,
    "twelfth round never a yes": TWELFTH_ROUND_NEVER_A_YES,
    "one said one denied not plainly": ONE_SAID_ONE_DENIED_NOT_PLAINLY,
}


@pytest.mark.parametrize(
    "pending, said, question",
    named_rows(NEVER_A_YES_OF),
)
def test_never_a_yes(pending, said, question):
    assert _read(pending, said).get(question) != "yes"


# Words that turn an answer about, with more said after them: the no before them may be taken back
TURNED_ABOUT = [
    ("chest_symptoms", "my chest is fine actually it hurts"),
    ("chest_symptoms", "no now you mention it i have been a bit breathless"),
    ("calf_swollen", "no it looks normal come to think of it the left one is bigger"),
    ("hot_knee", "not hot in fact it feels kind of warm"),
]

NEVER_A_NO_TO = {
    "turned about": TURNED_ABOUT,
    "another part said to be fine is no no": ANOTHER_PART_SAID_TO_BE_FINE_IS_NO_NO,
    "never a no": NEVER_A_NO,
    "another part warm is no denial of a cold foot": ANOTHER_PART_WARM_IS_NO_DENIAL_OF_A_COLD_FOOT,
    "another part as usual is no denial": ANOTHER_PART_AS_USUAL_IS_NO_DENIAL,
    "no denial fourth round": NO_DENIAL_FOURTH_ROUND,
    "hard speech never a no": HARD_SPEECH_NEVER_A_NO,
    "eleventh round never a no": ELEVENTH_ROUND_NEVER_A_NO,
    "twelfth round never a no": TWELFTH_ROUND_NEVER_A_NO,
}


@pytest.mark.parametrize(
    "pending, said",
    named_rows(NEVER_A_NO_TO),
)
def test_never_a_no(pending, said):
    assert _read(pending, said).get(pending) != "no"


# A red-flag sign said plainly after every clause the screen's own words qualify (a habit, a past episode,
# something common), in words of its own, is a sign of now: its clause says now ("today", "since yesterday"), or
# no habit word before it reaches past its "and" and it says no time gone by. The emergency fires at once, though
# the qualified clause names a word of the screen's own sign ("pee"); written for these tests, lower case and
# unpunctuated as Alexa sends them, two with the commas a typed answer has.
A_SIGN_OF_NOW_AFTER_THE_QUALIFIED = [
    ("nerve_red_flags", "i get up at night to pee and i cant feel the toilet paper", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "i always get up at night to pee but now i cant feel when i wipe", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I get up in the night to wee, and I can't feel it when I wipe.", {"nerve_red_flags": "yes"}),
    ("fever", "i had a temperature last week but today i am shivering and burning up", {"fever": "yes"}),
    ("fever", "i had the flu last month but since yesterday i have been shivering", {"fever": "yes"}),
    ("fever", "i had a fever last year but today i have the chills", {"fever": "yes"}),
    # the knee's own heat after the chills is about the knee ("my knee, it's boiling hot"), no qualifier of them
    (
        "fever",
        "i had chills last night and my knee's gone red and it's boiling hot",
        {"fever": "yes", "leg_signs": "yes", "hot_knee": "yes"},
    ),
    # the past swelling is no fact; the red, hot calf of now is the leg screen's yes and the calf's
    (
        "leg_signs",
        "it was swollen last month but now my calf is red and hot",
        {"leg_signs": "yes", "calf_swollen": "yes"},
    ),
    ("leg_signs", "it was red last week but now it is swollen", {"leg_signs": "yes"}),
    ("leg_cold_pale", "my feet are always cold but today my foot is white", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "My feet have always been cold, but this morning my foot went white.", {"leg_cold_pale": "yes"}),
    ("chest_symptoms", "i get breathless on the stairs but today i have chest pain", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "i had a chest infection last month but now i am coughing up blood", {"chest_symptoms": "yes"}),
    ("hot_knee", "it was red last week but now it is hot", {"hot_knee": "yes"}),
    ("nerve_red_flags", "i get up at night to pee but now i cant hold it", {"nerve_red_flags": "yes"}),
    ("fever", "i was sick last month and i feel awful", {"fever": "yes"}),
    # after a past episode (no habit), the sign said again now is the sign now ("and today" starts a new thought)
    ("fever", "i had a temperature last week and today i have a temperature again", {"fever": "yes"}),
    ("leg_signs", "the swelling went down last week but now it is swollen again", {"leg_signs": "yes"}),
    # kept: constipation is no sign, the saddle numbness said plainly is; a sign volunteered beside a no stays
    ("nerve_red_flags", "a bit constipated and i cant feel when i wipe", {"nerve_red_flags": "yes"}),
    ("chest_symptoms", "no but my calf is swollen", {"chest_symptoms": "no", "calf_swollen": "yes"}),
    # another screen's other words after its sign ("the other one is fine", another part, the weather) are no
    # remark on it: the sign volunteered stays
    (
        "chest_symptoms",
        "no but my calf is swollen and the other one is fine",
        {"chest_symptoms": "no", "calf_swollen": "yes"},
    ),
    ("location", "my calf is swollen and my ankle is puffy", {"location": "calf", "calf_swollen": "yes"}),
    ("location", "i have a fever and it is hot in here", {"fever": "yes"}),
    # a sign of its own in a remark after another is that sign's past, no remark on the one before
    ("location", "my knee is red and hot but it was swollen last month", {"hot_knee": "yes", "leg_signs": "yes"}),
    # a change of state said in the past ("went") is a new sign, not a time gone by
    ("leg_cold_pale", "i had a fever last year and my toes went blue", {"leg_cold_pale": "yes"}),
    # a sign of yesterday after a past episode is recent: volunteered
    ("chest_symptoms", "i had a fever last year and my calf was swollen yesterday", {"calf_swollen": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_OF_NOW_AFTER_THE_QUALIFIED)
def test_a_sign_of_now_after_the_qualified_fires(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must stay asked again (neither a yes nor a no): a qualifier said after the sign, which may be of it
# ("but that was last week", "but it went down"); a habit that may reach past the "and"; the sign qualified said
# again ("now they are swollen" after "always swell"); a sign said in a time gone by
ASKED_AGAIN_BESIDE_THE_QUALIFIED = [
    ("leg_signs", "it was swollen but the swelling has gone down"),
    ("fever", "i had a temperature but that was weeks ago"),
    ("fever", "i am shivering but that was last week"),
    ("calf_swollen", "my calf was swollen but that was last week"),
    ("calf_swollen", "my calf was swollen but it went down"),
    ("leg_cold_pale", "my feet are always cold and they go white"),
    ("leg_cold_pale", "my feet are always cold and now they are cold"),
    ("leg_signs", "my legs always swell in the heat and now they are swollen"),
    ("leg_cold_pale", "my feet are always cold and today they are freezing"),
    ("fever", "i had a temperature last week and i was shivering"),
    ("nerve_red_flags", "i get up at night to pee and i had some leaking"),
    # the same waterworks in other words, or now and then: may be how it has long been
    ("nerve_red_flags", "i get up at night to pee and i cant hold it"),
    ("nerve_red_flags", "i get up at night to pee and i cant empty my bladder"),
    ("nerve_red_flags", "i get up at night to wee and sometimes i leak a bit"),
    ("chest_symptoms", "i had chest pain last year and i am breathless on the stairs"),
    ("leg_signs", "it was swollen last month and my calf was red"),
]


@pytest.mark.parametrize("pending, said", ASKED_AGAIN_BESIDE_THE_QUALIFIED)
def test_a_qualified_sign_stays_asked_again(pending, said):
    assert pending not in _read(pending, said)


# A qualified clause never volunteers a yes to another screen: "that was weeks ago", "it went down" after its sign
QUALIFIED_NEVER_VOLUNTEERED = [
    ("nerve_red_flags", "i had a temperature but that was weeks ago", "fever"),
    ("nerve_red_flags", "i had a temperature but that was over christmas", "fever"),
    ("location", "i had a fever but that was last winter", "fever"),
    ("hot_knee", "i am shivering but it was weeks ago", "fever"),
    ("chest_symptoms", "my calf was swollen but the swelling has gone down", "calf_swollen"),
    ("chest_symptoms", "my calf was swollen but it went down", "calf_swollen"),
    ("chest_symptoms", "my leg was swollen but it has gone down", "leg_signs"),
    # a sign in a time gone by after a past episode tells on that episode
    ("leg_signs", "it was swollen last month and my calf was red", "calf_swollen"),
    ("chest_symptoms", "i had a fever last year and my calf was swollen", "calf_swollen"),
]


@pytest.mark.parametrize("pending, said, question", QUALIFIED_NEVER_VOLUNTEERED)
def test_a_qualified_sign_is_never_volunteered(pending, said, question):
    assert question not in _read(pending, said)


# Newest rounds (rf13): red-flag screens asked again though the sign, or a plain no, was said. Written for these
# tests, lower case and unpunctuated as Alexa sends them; each row stands for a kind, not a sentence.
SAID_PLAINLY_NEWEST = [
    # losing movement of a part after the sign is a sign of its own, never a denial of the one before it
    ("calf_tight", "yeah its hard as a rock and i cant even wiggle my toes", {"calf_tight": "yes"}),
    ("calf_tight", "yes tight like a drum i can hardly move my ankle", {"calf_tight": "yes"}),
    # what it is not, then what it is more: the negator is spent on what it denied ("not pain", never the breath)
    ("chest_symptoms", "not pain as such its more like i cant get my breath", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "well not pain really its more that i cant catch my breath", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "yes no hang on not pain its more that i cant catch my breath", {"chest_symptoms": "yes"}),
    # the chest screen's denials without the article ("no blood in cough"), and its sign the same way
    ("chest_symptoms", "no chest pain no breathlessness no blood in phlegm", {"chest_symptoms": "no"}),
    ("chest_symptoms", "no sir no blood in sputum no breathing problem", {"chest_symptoms": "no"}),
    ("chest_symptoms", "blood in cough is there since two days", {"chest_symptoms": "yes"}),
    # the knee named as the trouble in everyday words beside the no
    ("chest_symptoms", "no its just my knee giving me grief", {"chest_symptoms": "no"}),
    ("chest_symptoms", "nope its only the back of the knee thats giving me gyp", {"chest_symptoms": "no"}),
    # the no, with a calf sign volunteered in two words of its own: both kept
    (
        "chest_symptoms",
        "no none of that but my calf on the sore side is swollen and hot",
        {"chest_symptoms": "no", "calf_swollen": "yes"},
    ),
    # breathlessness said not to be new, in a clause pointing back: the no of the chest pain stands
    (
        "chest_symptoms",
        "no chest pain i get a bit winded going up the stairs but thats nothing new",
        {"chest_symptoms": "no"},
    ),
    ("chest_symptoms", "no chest pain i get puffed on the stairs but thats not new", {"chest_symptoms": "no"}),
    (
        "chest_symptoms",
        "no chest pains but i do get puffed on hills but thats an old problem",
        {"chest_symptoms": "no"},
    ),
    # "no, well, actually": a correction as "no actually" is, so the sign said after it is the answer
    ("calf_swollen", "no well actually now i look at it my right calf is a bit puffier", {"calf_swollen": "yes"}),
    ("chest_symptoms", "nah well actually my chest has been a bit tight", {"chest_symptoms": "yes"}),
    ("calf_swollen", "no well actually no they look the same", {"calf_swollen": "no"}),
    # both sides alike, as they always are: the one-sided swelling asked about, denied
    (
        "calf_swollen",
        "neither one is bigger than the other no both my ankles swell up by the evening they always have",
        {"calf_swollen": "no"},
    ),
    ("calf_swollen", "no not one bigger than the other", {"calf_swollen": "no"}),
    # the sign said new of the person ("and I never do that"): no denial of it
    ("nerve_red_flags", "yeah i had an accident this morning and i never do that", {"nerve_red_flags": "yes"}),
    # when the pain came, said of the pain, and the call said to be about it: beside the sign denied, the no
    (
        "chest_symptoms",
        "no chest pain the pain has been there since friday thats why im ringing",
        {"chest_symptoms": "no", "duration_days": 2},
    ),
    ("calf_swollen", "no swelling the pain came on last weekend", {"calf_swollen": "no", "duration_days": 8}),
    # how they checked, by eye, and when: beside the sign denied, no sign
    (
        "calf_swollen",
        "no swelling i had a good look at both of them in the mirror before i called",
        {"calf_swollen": "no"},
    ),
]


@pytest.mark.parametrize("pending, said, meant", SAID_PLAINLY_NEWEST)
def test_said_plainly_newest(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what stays asked again (or a yes): breathlessness said new or of these days, a sign of now after the old
# one, a no with a word of change left over
ASKED_AGAIN_NEWEST = [
    ("chest_symptoms", "no chest pain but i get puffed on the stairs these days"),
    ("chest_symptoms", "no chest pain but i get breathless on the stairs and thats new"),
    ("chest_symptoms", "i get puffed on the stairs but thats nothing new"),
    ("chest_symptoms", "i get puffed on the stairs but thats not new"),
    ("chest_symptoms", "no chest pain i get puffed on the stairs thats nothing new but now i can not breathe"),
    ("chest_symptoms", "no chest pain but i get puffed on the stairs but that is not nothing new"),
    ("chest_symptoms", "yes no wait not pain exactly"),
    # both legs swell as always, with no side said alike; a one-sided sign beside the comparison; the ankle alone
    ("calf_swollen", "no both my legs swell a bit in the evening they always have"),
    ("calf_swollen", "not one more than the other but the left is a bit puffy"),
    ("calf_swollen", "no well actually now that i look the left ankle is a little puffy"),
    # a time not said of the pain, or a call that may be the emergency itself
    ("chest_symptoms", "no chest pain only since tuesday when i climb the stairs"),
    ("chest_symptoms", "no chest pain but i called nine one one"),
    # a bare no beside how they checked names no sign: asked again, as before
    ("calf_swollen", "no i had a good look at both of them in the mirror"),
]


@pytest.mark.parametrize("pending, said", ASKED_AGAIN_NEWEST)
def test_asked_again_newest(pending, said):
    assert _read(pending, said).get(pending) != "no"


# Session 14: signs said with how bad the pain is, plain noes with the screen's own signs or everyday life after them,
# corrections that tell the mistake and end on a no, "I mean" that explains a no, and the other leg "also".
SAID_SESSION14 = {
    # "can't bear it / stand it / take it" is how bad it is: no negator of the sign said beside it
    "how bad it is denies no sign": [
        ("calf_tight", "yes its really tight and the pain is too much i cant bear it", {"calf_tight": "yes"}),
        ("calf_tight", "it is rock hard and i can not stand it any more", {"calf_tight": "yes"}),
        ("chest_symptoms", "my chest is so tight i cant take it", {"chest_symptoms": "yes"}),
        ("calf_tight", "its so hard and the pain is too much i am not able to bear it", {"calf_tight": "yes"}),
        # ...never what the leg cannot do: standing on it, or its weight, is the injury screen's own sign
        ("injury_severe", "i cant stand on it", {"injury_severe": "yes"}),
        ("injury_severe", "i cant bear weight on it", {"injury_severe": "yes"}),
    ],
    # a clear no, then the screen's own signs denied or life going on as usual
    "a no with life as usual": [
        (
            "fever",
            "no temperature no chills im eating fine and sleeping fine its just the knee",
            {"fever": "no"},
        ),
        ("clot_risk", "no operations no flights ive been at home all the time", {"clot_risk": "no"}),
        ("cyst_burst", "no not all of a sudden its been about the same for weeks", {"cyst_burst": "no"}),
        # the injury screen's own sign said late: swelling that came the next day is none within hours
        ("injury_severe", "no i got home ok and the swelling only showed up the next day", {"injury_severe": "no"}),
    ],
    # another screen's sign denied beside the pending no: the no, and nothing for the other screen; said, it is kept
    "another screen denied beside the no": [
        ("hot_knee", "no its not hot or red and i havent had any temperature", {"hot_knee": "no"}),
        ("hot_knee", "no its not red and ive had a temperature", {"hot_knee": "no", "fever": "yes"}),
        ("hot_knee", "no and i havent had any chills", {"hot_knee": "no"}),
        ("cyst_burst", "no its still hard the calf is fine and no fever or anything", {"cyst_burst": "no"}),
    ],
    # a yes taken back with the mistake told (a time gone by, the wrong part), then a plain no: the no
    "the mistake told, then the no": [
        ("fever", "yes no actually no that was the week before im fine now", {"fever": "no"}),
        (
            "leg_cold_pale",
            "yes no hang on sorry i was looking at the wrong leg no this one is fine",
            {"leg_cold_pale": "no"},
        ),
    ],
    # "I mean" explaining a no: the pain said with how much, no sign of a screen whose signs name no pain
    "I mean explains the no": [
        ("calf_swollen", "no i mean its a bit sore but its not swollen or hot", {"calf_swollen": "no"}),
        ("calf_swollen", "no i mean its just a bit sore", {"calf_swollen": "no"}),
        (
            "chest_symptoms",
            "no no chest pain i mean i get a bit puffed on hills but thats been the same for years",
            {"chest_symptoms": "no"},
        ),
        # ...but an answer of its own after "I mean" is the answer meant
        ("calf_swollen", "no i mean my calf is a bit puffy", {"calf_swollen": "yes"}),
        ("calf_swollen", "no i mean im not sure", {"calf_swollen": UNKNOWN}),
    ],
    # the feeling in the other leg "also": both legs, the nerve screen's sign; denied with "also", a no
    "the other leg also": [
        ("nerve_red_flags", "a little tingling in the other foot also", {"nerve_red_flags": "yes", "tingling": "yes"}),
        ("nerve_red_flags", "not in the other leg also", {"nerve_red_flags": "no"}),
    ],
    # "and" before a sign said now, after a past clause, starts its own clause as "and today" does
    "a sign of now after a past clause": [
        ("nerve_red_flags", "that was last week and both my feet are numb now", {"nerve_red_flags": "yes"}),
    ],
    # this person speaking of themselves again after someone else's words, in one run-on clause: their own sign
    # ...a hedge denied along with the sign is still a denial
    "denied even a little": [("hot_knee", "not even a little warm", {"hot_knee": "no"})],
    "this person again after someone else": [
        ("sport", "my son plays football my calf is swollen", {"calf_swollen": "yes"}),
        ("clot_risk", "my husband flew to spain i have chest pain now", {"chest_symptoms": "yes"}),
        ("sport", "my wife was away my calf is swollen", {"calf_swollen": "yes"}),
    ],
}


@pytest.mark.parametrize("pending, said, meant", named_rows(SAID_SESSION14))
def test_said_session14(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must stay asked again, never a no (or never a yes)
NEVER_A_NO_SESSION14 = {
    # how bad it is beside a no may be the very sign asked about
    "pain past bearing beside a no": [
        ("calf_tight", "no but the pain is so bad i cant bear it"),
        ("calf_tight", "not tight but i can not stand the pain"),
    ],
    # life said unlike usual, or life as usual said alone, is no denial of feeling unwell
    "life unlike usual": [
        ("fever", "no fever but ive been sleeping all day"),
        ("fever", "no temperature but im not eating"),
        ("fever", "im eating fine"),
    ],
    # the mistake told with no no after it, or a sign of now said after it
    "a mistake told without a no": [
        ("leg_cold_pale", "yes no wait i was looking at the wrong foot"),
        ("fever", "yes no wait that was last week but im shivery now"),
        # a complaint of its own told as the mistake may be the very sign asked about (a burning chest)
        ("chest_symptoms", "yes no wait i was thinking of my heartburn no none of those"),
    ],
    # a sign admitted with a hedge after another denied (round 45: the warmth was stored as a no)
    "a sign admitted after another denied": [
        ("hot_knee", "not hot maybe a little warm"),
        ("hot_knee", "red no not red hot maybe a little warm i guess"),
        ("calf_swollen", "not really swollen maybe a bit puffy"),
    ],
}

NEVER_A_YES_SESSION14 = {
    # the other leg only aching is pain, no nerve sign; a soft no about it is no yes
    "the other leg aching or doubted": [
        ("nerve_red_flags", "the other leg also aches"),
        ("nerve_red_flags", "i dont think theres any tingling in the other leg too"),
    ],
    # "I don't feel hot" denies heat: only "not feeling so hot" (with its word of degree) is feeling unwell
    "heat denied": [("fever", "i dont feel hot")],
    # how much of the pain is no swelling, warmth or redness
    "the pain said with how much": [("calf_swollen", "its a bit achy")],
    # someone else's sign, with no word of this person's own before it
    "someone else's sign": [
        ("chest_symptoms", "my wife has chest pain"),
        ("calf_swollen", "my wife has a swollen calf my leg is fine"),
        ("chest_symptoms", "my wife says she has chest pain and i get puffed"),
        ("chest_symptoms", "my wife was breathless"),
    ],
}


@pytest.mark.parametrize("pending, said", named_rows(NEVER_A_NO_SESSION14))
def test_never_a_no_session14(pending, said):
    assert _read(pending, said).get(pending) != "no"


@pytest.mark.parametrize("pending, said", named_rows(NEVER_A_YES_SESSION14))
def test_never_a_yes_session14(pending, said):
    assert _read(pending, said).get(pending) != "yes"


# Red flags told beside another answer or as a story (rounds 48 to 51, spent): the nerve screen's both legs
# said with a verb between the feeling and the place; the burst cyst told as the lump gone down and then the
# calf swollen (the calf kept too, a clot sign); a bare "burst" to the lump question; the injury screen denied
# in everyday words, and the swelling said to come later, not at once.
RED_FLAGS_TOLD_IN_PASSING = [
    (
        "foot_weak",
        "yes it catches and the tingling has spread to both legs",
        {"foot_weak": "yes", "nerve_red_flags": "yes"},
    ),
    ("foot_weak", "a bit weak and now the numbness is in both feet", {"nerve_red_flags": "yes"}),
    ("tingling", "yeah it is in both legs now not only the one", {"tingling": "yes", "nerve_red_flags": "yes"}),
    (
        "lump",
        "there was one but it went down and now my calf is all puffy",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "lump",
        "yes there was but it has gone down and my calf has been swollen since",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "knee_signs",
        "i had a lump there but it went down on monday and the calf swelled up",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    ("lump", "yes then burst last night", {"cyst_burst": "yes"}),
    ("injury_severe", "no i got home fine and nothing popped out of place", {"injury_severe": "no"}),
    ("injury_severe", "walked it off no swelling either", {"injury_severe": "no"}),
    ("injury_severe", "it puffed up the day after not straight away", {"injury_severe": "no"}),
    ("injury_severe", "it did swell up that same night", {"injury_severe": "yes"}),
    ("serious_signs", "no ma'am nothing like that", {"serious_signs": "no"}),
    # the screen's list said back before its answer, however long, in the question's own words
    ("leg_cold_pale", "cold pale or blue no the foot feels nice and warm", {"leg_cold_pale": "no"}),
    ("chest_symptoms", "chest pain or coughing blood no nothing like that", {"chest_symptoms": "no"}),
    ("leg_cold_pale", "cold pale or blue yes the toes went white", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "no madam the colour is proper", {"leg_cold_pale": "no"}),
    # the heat denied and the swelling said instead: no to the hot knee, the swelling kept for the leg screen
    ("hot_knee", "nope not warm it is just puffy", {"hot_knee": "no", "leg_signs": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", RED_FLAGS_TOLD_IN_PASSING)
def test_red_flags_told_in_passing(pending, said, meant):
    heard = _read(pending, said)
    assert {fact: heard.get(fact) for fact in meant} == meant


# The lump gone down slowly with the calf fine, or a lump that only feels ready to burst, is no burst; the
# swelling at once never becomes a denial because a later swelling is named beside it.
NEVER_A_BURST_OR_A_NO = [
    ("lump", "it went down slowly over the weeks and my calf is fine", "cyst_burst", "yes"),
    ("lump", "it feels like it is going to burst", "cyst_burst", "yes"),
    ("injury_severe", "it swelled up straight away and again the next day", "injury_severe", "no"),
    ("tingling", "it is not in both legs just the one", "nerve_red_flags", "yes"),
    # a list said back with a bare no is asked again (the no may belong to words after it); joined by "or" it is the
    # question asked back, and its bare no the answer (tests/test_understanding_speech.py)
    ("leg_cold_pale", "cold pale blue no", "leg_cold_pale", "no"),
    ("hot_knee", "it is not swollen it is hot", "hot_knee", "no"),
]


@pytest.mark.parametrize("pending, said, fact, never", NEVER_A_BURST_OR_A_NO)
def test_never_a_burst_or_a_no(pending, said, fact, never):
    assert _read(pending, said).get(fact) != never


# A yes taken back as said of another part of the body (as Alexa sends it, no commas), then the no: the no. The part
# asked about, a question that names no part, or a sign of now said after it stays asked again (or the sign).
MISTAKE_OF_ANOTHER_PART = [
    (
        "chest_symptoms",
        "yeah no hold on i was talking about my knee no my chest feels normal",
        {"chest_symptoms": "no"},
    ),
    ("chest_symptoms", "yes wait no sorry i was thinking about the hip my chest is alright", {"chest_symptoms": "no"}),
    ("leg_cold_pale", "yes no sorry i was looking at my hands no the foot is fine", {"leg_cold_pale": "no"}),
]
NEVER_A_NO_AFTER_ANOTHER_PART = [
    ("calf_swollen", "yes no wait i was thinking of my calf no it is fine"),
    ("fever", "yes no wait i was thinking of my leg no i feel fine"),
    ("chest_symptoms", "yes no wait i was thinking of my knee but my chest is a bit tight"),
    ("chest_symptoms", "yes no wait i was thinking of my heartburn no none of those"),
]


@pytest.mark.parametrize("pending, said, meant", MISTAKE_OF_ANOTHER_PART)
def test_mistake_of_another_part(pending, said, meant):
    assert _read(pending, said) == meant


@pytest.mark.parametrize("pending, said", NEVER_A_NO_AFTER_ANOTHER_PART)
def test_never_a_no_after_another_part(pending, said):
    assert _read(pending, said).get(pending) != "no"


# A doubt said first, then the person telling of themselves (as Alexa sends it, no commas): "I don't know", the cautious
# branch, where what they tell says neither yes nor no; a sign or a denial told there is read as before.
DOUBT_BEFORE_A_STORY = [
    (
        "nerve_red_flags",
        "not sure i have been a little blocked up but i reckon it is the tablets",
        {"nerve_red_flags": UNKNOWN},
    ),
    (
        "fever",
        "i dont know i have not got a way to check i am a bit clammy maybe but the heating is on",
        {"fever": UNKNOWN},
    ),
    ("nerve_red_flags", "um i am not sure i have started new tablets this week", {"nerve_red_flags": UNKNOWN}),
    ("cramps", "i dunno i get a twinge in the night sometimes", {"cramps": UNKNOWN}),
]
NEVER_A_DOUBT_OVER_AN_ANSWER = [
    ("chest_symptoms", "i am not sure i have been coughing up blood since monday", "no"),
    ("calf_swollen", "i do not know i have had a swollen calf since the flight", "no"),
]


@pytest.mark.parametrize("pending, said, meant", DOUBT_BEFORE_A_STORY)
def test_doubt_before_a_story(pending, said, meant):
    assert _read(pending, said) == meant


@pytest.mark.parametrize("pending, said, never", NEVER_A_DOUBT_OVER_AN_ANSWER)
def test_never_a_doubt_over_an_answer(pending, said, never):
    assert _read(pending, said).get(pending) != never


# How they checked (a tape, a mirror, a hand, before they rang) beside a clear no leaves it clear; a sign word beside it
# does not.
CHECKED_BESIDE_A_NO = [
    ("calf_swollen", "no they are even my son measured them with a ruler", {"calf_swollen": "no"}),
    ("hot_knee", "no it is not warm i put my hand on it", {"hot_knee": "no"}),
]
NEVER_A_NO_BESIDE_A_CHECK = [
    ("leg_cold_pale", "no i had a good look in the mirror and it has gone a purply shade"),
    ("calf_swollen", "no but my wife measured them and one is bigger"),
]


@pytest.mark.parametrize("pending, said, meant", CHECKED_BESIDE_A_NO)
def test_checked_beside_a_no(pending, said, meant):
    assert _read(pending, said) == meant


@pytest.mark.parametrize("pending, said", NEVER_A_NO_BESIDE_A_CHECK)
def test_never_a_no_beside_a_check(pending, said):
    assert _read(pending, said).get(pending) != "no"


# The injury screen's parts told one after another with no comma: walking told as where they walked to, then the
# swelling or the slipping out denied (or the swelling first): each part a clause of its own, so a no when every part
# is placed; a sign admitted beside them is never a no.
WALKING_THEN_A_PART_DENIED = [
    ("injury_severe", "no i limped home no swelling", {"injury_severe": "no"}),
    ("injury_severe", "i made it home nothing slipped out", {"injury_severe": "no"}),
    ("injury_severe", "no swelling i hobbled home", {"injury_severe": "no"}),
    ("injury_severe", "i got home no swelling but then the kneecap slipped out", {}),
    # the swelling said plainly beside the other parts denied by name: told apart, a yes (``apart_plainly``)
    (
        "injury_severe",
        "i walked off fine nothing popped out but it swelled up like a balloon",
        {"injury_severe": "yes"},
    ),
]


@pytest.mark.parametrize("pending, said, meant", WALKING_THEN_A_PART_DENIED)
def test_walking_then_a_part_denied(pending, said, meant):
    assert _read(pending, said) == meant


# Feet always cold with their long-standing cause named after it ("my feet are always cold, I've got poor
# circulation", the comma lost in speech), then any change denied: the cause is how they always are, so the no is
# clear. The cause is placed only after the always-cold feet: said inside or beside the sign, or beside a bare yes,
# or with a change admitted, the screen is never a no.
ALWAYS_COLD_WITH_ITS_CAUSE = [
    (
        "leg_cold_pale",
        "my feet are always cold i have poor circulation but nothing has changed",
        {"leg_cold_pale": "no"},
    ),
    (
        "leg_cold_pale",
        "my toes are usually icy with bad circulation but they are no different today",
        {"leg_cold_pale": "no"},
    ),
    (
        "leg_cold_pale",
        "my feet are always freezing mate rubbish circulation but it is the same as always",
        {"leg_cold_pale": "no"},
    ),
    # the story admits the sign: a no beside it is never read
    # (a bare no against the sign said: asked again, as without the cause)
    ("leg_cold_pale", "no my feet are always cold bad circulation but today the foot has gone blue", {}),
    (
        "leg_cold_pale",
        "my feet are always cold poor circulation and now my foot has gone white",
        {"leg_cold_pale": "yes"},
    ),
    ("leg_cold_pale", "the foot has gone cold and pale from poor circulation", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "it has turned blue i have bad circulation", {"leg_cold_pale": "yes"}),
    ("leg_cold_pale", "yes i have poor circulation", {"leg_cold_pale": "yes"}),
    # the cause alone is no answer (asked again); with the change doubted, a doubt, never a no
    ("leg_cold_pale", "i have bad circulation", {}),
    ("leg_cold_pale", "my feet are always cold i have bad circulation", {}),
    (
        "leg_cold_pale",
        "my feet are always cold poor circulation but i am not sure if it is different",
        {"leg_cold_pale": "unknown"},
    ),
]


@pytest.mark.parametrize("pending, said, meant", ALWAYS_COLD_WITH_ITS_CAUSE)
def test_always_cold_with_its_cause(pending, said, meant):
    assert _read(pending, said) == meant


# A screen's own denial, then another question's sign said with when it comes ("it clicks when I bend"): the when
# belongs to that sign, so the no is clear and the sign is kept; a when with no sign named, a bare no, or severity
# words beside it stay asked again.
WHEN_OF_ANOTHER_SIGN = [
    (
        "cyst_burst",
        "nope the lump is still there and it clicks when i bend",
        {"cyst_burst": "no", "knee_mechanics": "catches"},
    ),
    (
        "cyst_burst",
        "no the lump is still hard and it grinds when i bend the knee",
        {"cyst_burst": "no", "grinding": "yes"},
    ),
    ("hot_knee", "no it feels cool but it crunches when i bend it", {"hot_knee": "no", "grinding": "yes"}),
    ("hot_knee", "not hot no but it clicks when i straighten my knee", {"hot_knee": "no", "knee_mechanics": "catches"}),
    # must not: a bare no beside the sign names no denial of the screen's own (asked again, as before)
    ("cyst_burst", "no it clicks when i bend", {"knee_mechanics": "catches"}),
    # must not: a when with nothing named beside it may be the very sign asked
    ("chest_symptoms", "no chest pain only when i climb the stairs", {}),
    # must not: a red-flag sign with its when beside the screen's own denial stays asked again
    ("calf_tight", "no it is soft but it swells up when i walk", {}),
    # must not: severity words over the sign ("hurts like crazy") stay asked again
    ("cyst_burst", "no it is still there but it hurts like crazy when i squat", {"worse_with": ["squatting"]}),
]


@pytest.mark.parametrize("pending, said, meant", WHEN_OF_ANOTHER_SIGN)
def test_when_of_another_sign(pending, said, meant):
    assert _read(pending, said) == meant


# A red-flag sign, then a "not" said after it, then only the pain and when it comes ("swelling honestly not there,
# only pain when I squat"): the "not" is said of the sign, never taken by what makes it worse, so the sign is no
# yes; the Indian English "X also not there" is the screen's denial. (A choice value once placed after the "not"
# took it, and the swelling became a yes: a no stored as yes.)
SIGN_NOT_THERE_THEN_THE_PAIN = [
    (
        "leg_signs",
        "colour change is not there swelling also not there only pain is there when i am squatting for pooja",
        {"leg_signs": "no", "worse_with": ["squatting"]},
    ),
    (
        "leg_signs",
        "redness also not there only pain when i climb the stairs",
        {"leg_signs": "no", "worse_with": ["stairs"]},
    ),
    # must not: the "not" with a word that is no verb of the sign between leaves it unclear (asked again)
    ("leg_signs", "swelling honestly not there only pain is there when i am squatting", {"worse_with": ["squatting"]}),
    # must not: a sign admitted after another denied stays a yes
    ("leg_signs", "redness also not there but swelling is there", {"leg_signs": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", SIGN_NOT_THERE_THEN_THE_PAIN)
def test_a_red_flag_sign_not_there_then_only_the_pain(pending, said, meant):
    assert _read(pending, said) == meant


# The serious-injury screen's parts told in the person's own words. Walking managed (a limp still counts) beside a
# swelling that came that same day or evening is the screen's yes: the screen asks of a moment gone by, so its
# "could" and "was" say that moment, no time past beside now (``plain_of_then``, read by ``apart_plainly``). A
# swelling told late ("next day morning", "slowly the next day"), with the at-once denied after it in the same
# breath, is no sign; a few steps and then a stop is fewer than four.
INJURY_SCREEN_PARTS = [
    ("injury_severe", "I could walk on it but it ballooned that same afternoon", {"injury_severe": "yes"}),
    ("injury_severe", "I could hobble, but it blew up like a melon within the hour", {"injury_severe": "yes"}),
    ("injury_severe", "walking was possible with a limp but it swelled up by the evening", {"injury_severe": "yes"}),
    ("injury_severe", "I was walking okay but the kneecap popped out and back in", {"injury_severe": "yes"}),
    ("injury_severe", "the swelling started next morning only, not the same day", {"injury_severe": "no"}),
    ("injury_severe", "no I could walk fine, the swelling came gradually the next day", {"injury_severe": "no"}),
    ("injury_severe", "i was walking slowly slowly and swelling came next day itself", {"injury_severe": "no"}),
    ("injury_severe", "I walked to the car, it was only three blocks", {"injury_severe": "no"}),
    ("injury_severe", "I limped a couple of steps and then had to sit down", {"injury_severe": "yes"}),
    ("injury_severe", "I couldn't manage more than two steps without holding onto something", {"injury_severe": "yes"}),
    # must not: walking managed beside a swelling whose speed is doubted is never a no (asked again)
    ("injury_severe", "I could walk but it swelled up and I'm not sure how fast", {}),
    ("injury_severe", "I could walk, maybe it swelled that evening", {}),
    # must not: a late swelling is no yes, and a doubt beside it keeps the answer asked again
    ("injury_severe", "I could walk, the swelling came the next morning or maybe that night, I am not sure", {}),
    # must not: walking denied beside a swelling soon stays the screen's yes
    ("injury_severe", "I couldn't walk on it and the swelling came the next day", {"injury_severe": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", INJURY_SCREEN_PARTS)
def test_injury_screen_parts(pending, said, meant):
    assert _read(pending, said) == meant


# The burst-cyst screen asks for two things joined: the lump gone down AND the calf swelling.
BURST_SCREEN_BOTH_PARTS = [
    # the change said slowly and the calf said as usual, as a sample's slot sends it cut after "it's gone": the no
    ("cyst_burst", "it's got a little flatter maybe but the calf looks fine to me", {"cyst_burst": "no"}),
    ("cyst_burst", "it's gone smaller I reckon, but there's no puffiness in my lower leg", {"cyst_burst": "no"}),
    ("cyst_burst", "it's a bit less tight but my calf isn't puffy at all", {"cyst_burst": "no"}),
    # must not: gone down all at once beside a calf as usual stays asked again (the suddenness is the burst's)
    ("cyst_burst", "it went down all of a sudden but my calf looks normal", {}),
    # must not: the answer doubted keeps it unclear (asked again), never the no
    ("cyst_burst", "not sure really, it's a little smaller but my calf looks okay", {}),
    # the lump as it was, in more words: the no
    ("cyst_burst", "no it is the same firm bump, it hasn't budged anywhere", {"cyst_burst": "no"}),
    ("cyst_burst", "nope still there, about the same size as last week", {"cyst_burst": "no"}),
    ("cyst_burst", "no it's still solid as anything", {"cyst_burst": "no"}),
    # the calf said swollen in other words beside the burst: both kept (a clot sign said is never lost)
    (
        "cyst_burst",
        "yes it flattened out and my lower leg feels heavy and swollen now",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    (
        "cyst_burst",
        "it went down last night and there's some hot swelling running down the back of my calf",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
]


@pytest.mark.parametrize("pending, said, meant", BURST_SCREEN_BOTH_PARTS)
def test_burst_screen_both_parts(pending, said, meant):
    assert _read(pending, said) == meant


# A part of the serious-injury screen said back, then a yes or no: the answer is THAT part's, in its own polarity
# (``part_echoes``, read by ``skill.echoes.parts_answered``). Walking managed is the sign denied; a swelling or the
# kneecap out admitted is the sign; the screen's yes when any part is admitted, its no only when every part spoken
# of is denied. A part whose yes or no could mean either ("could I not take four steps? no") gives neither.
PARTS_SAID_BACK = [
    ("injury_severe", "can I walk? yeah, I limped back to the car and it never swelled", {"injury_severe": "no"}),
    ("injury_severe", "walk on it, yes, swelling, nope, and it stayed in place", {"injury_severe": "no"}),
    ("injury_severe", "take four steps? no I couldn't, my mate had to piggyback me", {"injury_severe": "yes"}),
    ("injury_severe", "did it swell? yes, within the hour, but I could walk", {"injury_severe": "yes"}),
    ("injury_severe", "walk yes swell no slip out yes", {"injury_severe": "yes"}),
    ("injury_severe", "walk yes swell no slip out no", {"injury_severe": "no"}),
    ("injury_severe", "did I walk, well, I hobbled home, and it didn't swell", {"injury_severe": "no"}),
    # must not: a yes to walking is never the screen's yes, a no to walking never its no
    ("injury_severe", "could I walk? yes", {"injury_severe": "no"}),
    ("injury_severe", "could I walk? no", {"injury_severe": "yes"}),
    ("injury_severe", "bear weight? nope", {"injury_severe": "yes"}),
    # must not: a part's polarity inverted, swelling and the kneecap out keep their own
    ("injury_severe", "swell? yes", {"injury_severe": "yes"}),
    ("injury_severe", "slip out of place? yes, just for a second", {"injury_severe": "yes"}),
    ("injury_severe", "swell? no", {"injury_severe": "no"}),
    # must not: a part whose yes or no could mean either is no answer, and the words after decide
    ("injury_severe", "could I not take four steps? no", {}),
    ("injury_severe", "could I not walk four steps? yes", {}),
    ("injury_severe", "could I not walk? no, I got myself home on it", {"injury_severe": "no"}),
    # must not: a no taken back, or a yes, is the answer after it; a red-flag sign taken back is asked again
    ("injury_severe", "walk? yes, wait, no", {"injury_severe": "yes"}),
    ("injury_severe", "swell? no wait yes", {"injury_severe": "yes"}),
    ("injury_severe", "swell? yes wait no", {}),
    ("injury_severe", "walk? no wait yes I could", {}),
    # must not: a doubt or a hedge after a part keeps the answer from being a no
    ("injury_severe", "swell? no, I don't think so", {}),
    ("injury_severe", "walk? yes but only on crutches", {}),
    # must not: the short answer said again the other way ("yes, I couldn't": the screen's own "could you not") is
    # read as before, never a no
    ("injury_severe", "could I walk yes I couldn't", {"injury_severe": "yes"}),
    # must not: a part told of, no part asked back, keeps its sign
    ("injury_severe", "swelling came up within hours", {"injury_severe": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", PARTS_SAID_BACK)
def test_a_part_said_back_and_answered(pending, said, meant):
    assert _read(pending, said) == meant


# A red-flag sign volunteered to ANOTHER question is kept, as if its screen had been answered yes (rounds 1-75:
# a fever told to the serious-signs or hot-knee question, bladder trouble or the other leg told to the tingling
# questions, not walking told in the injury story, a swollen calf told to the tight-calf screen). Beside each yes,
# the sign denied, of someone else, of long ago, or in other words, stays out.
RED_FLAG_VOLUNTEERED_TO_ANOTHER = [
    ("serious_signs", "no, but fever also since three days", {"serious_signs": "no", "fever": "yes"}),
    ("hot_knee", "not hot, but I did have a temperature yesterday", {"hot_knee": "no", "fever": "yes"}),
    ("hot_knee", "not hot no, a temperature, I feel lousy", {"hot_knee": "no", "fever": "yes"}),
    ("hot_knee", "not hot, but I feel rotten", {"hot_knee": "no", "fever": "yes"}),
    ("tingling", "yes, and I'm having difficulty peeing", {"tingling": "yes", "nerve_red_flags": "yes"}),
    (
        "tingling_passed",
        "no, and I've had a hard time holding my wee",
        {"tingling_passed": "no", "nerve_red_flags": "yes"},
    ),
    (
        "tingling_passed",
        "no, and now my other leg has started too",
        {"tingling_passed": "no", "nerve_red_flags": "yes"},
    ),
    ("mechanism", "I was tackled and couldn't walk off the pitch", {"mechanism": "blow_fall", "injury_severe": "yes"}),
    (
        "mechanism",
        "I fell off the bike and I couldn't stand up after",
        {"mechanism": "blow_fall", "injury_severe": "yes"},
    ),
    ("mechanism", "after the fall I couldn't put weight on it", {"mechanism": "blow_fall", "injury_severe": "yes"}),
    ("calf_tight", "yes, really tight and puffy", {"calf_tight": "yes", "calf_swollen": "yes"}),
    # must not: the sign denied, of someone else, of long ago, or a feeling about something
    ("serious_signs", "no fever since three days", {}),
    ("serious_signs", "no, my daughter has fever since two days", {"serious_signs": "no"}),
    ("hot_knee", "no, I had a temperature last month", {}),
    ("hot_knee", "not hot, I feel rotten about the whole thing though", {}),
    ("hot_knee", "not hot no, no temperature either", {}),
    ("tingling", "yes, but I'm not having any trouble peeing", {"tingling": "yes"}),
    ("tingling_passed", "no, and I've had no trouble holding my wee", {"tingling_passed": "no"}),
    ("tingling_passed", "no, still there, my other leg is fine", {"tingling_passed": "no"}),
    ("tingling_passed", "no, my husband's other leg has started too", {"tingling_passed": "no"}),
    ("mechanism", "got tackled but I could walk off fine", {"mechanism": "blow_fall"}),
    ("mechanism", "got tackled, I could still walk after", {"mechanism": "blow_fall"}),
    ("mechanism", "I couldn't walk after a mile or so", {}),
    ("mechanism", "I got hit and tried but couldn't walk it off", {"mechanism": "blow_fall"}),
    ("calf_tight", "it's hard but not swollen", {"calf_tight": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", RED_FLAG_VOLUNTEERED_TO_ANOTHER)
def test_a_red_flag_sign_volunteered_to_another_question_is_kept(pending, said, meant):
    assert _read(pending, said) == meant


# The nerve screen answered in people's words (blind rounds 47-75, by family; sentences our own):
# - a bladder or bowel accident said to be new in the present tense ("which never happens to me"), or with the
#   "has" Alexa's "that's" leaves as "is", keeps the screen's yes ("it's never happened before" stays a denial);
# - pee or poo that will not come properly, or control that is not proper, the "not" the sign's own;
# - nothing changed on the toilet front, the toilet "coming normal", one leg "affected": the screen's no;
# - the foot striking the floor with no "on", or weak and then slapping: the weak-foot question's sign, so a no
#   said beside it stays clear and both are kept.
NERVE_SCREEN_WORDS = [
    ("nerve_red_flags", "I wet the bed last week which never happens to me", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "had an accident at the shops and that's never happened before", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "I've had bother with my bladder and I can't pee properly", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "trouble weeing today it just won't come out properly", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "bladder control is not good anymore", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "no nothing has changed on the toilet side", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "nope nothing's different with the waterworks", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "only right leg is paining and toilet is coming normally", {"nerve_red_flags": "no"}),
    ("nerve_red_flags", "no just my left leg is affected", {"nerve_red_flags": "no"}),
    (
        "nerve_red_flags",
        "no but my foot clips the kerb when I walk",
        {"nerve_red_flags": "no", "foot_weak": "yes"},
    ),
    (
        "nerve_red_flags",
        "no only the left leg but it's gone weak and drags a bit",
        {"nerve_red_flags": "no", "foot_weak": "yes"},
    ),
    # one leg said (a denial naming no sign group) beside a saddle or bladder sign: asked again, never a no
    ("nerve_red_flags", "just my left leg but I can't feel myself wipe", {}),
    ("nerve_red_flags", "only the one side but my bladder's been leaking", {}),
    ("foot_weak", "yes my toes keep hitting the floor", {"foot_weak": "yes"}),
    # must not: a denial that the trouble is new, a one-leg no beside a doubt or both legs, or a toilet change
    # doubted, is ever the screen's no
    ("reinjured", "no it's never happened before", {"reinjured": "no"}),
    ("nerve_red_flags", "just the one leg but both my feet are going numb", {}),
    ("nerve_red_flags", "only the left leg I think but maybe some leaking", {}),
    ("nerve_red_flags", "just the right leg but down below feels strange", {}),
    ("nerve_red_flags", "nothing's changed with the bathroom but I'm not sure about down below", {}),
]


@pytest.mark.parametrize("pending, said, meant", NERVE_SCREEN_WORDS)
def test_the_nerve_screen_in_peoples_words(pending, said, meant):
    assert _read(pending, said) == meant


# A doubt said first answers the question asked; a red-flag sign said after it in the same breath, as a statement
# (closed by "though", begun by a word of now), is kept as said (``doubts_before_a_statement``); a doubt of memory
# after a sign told as now is of what went before (``memory_past_now``). Alexa sends no commas.
# Must not: the sign itself in doubt ("if", "whether"), someone else's, gone by, denied, or the other leg fine is no yes
# (nor a no: the screen is not ruled out by a doubt).
A_SIGN_SAID_AFTER_A_DOUBT = [
    ("lump", "no idea my calf has swollen right up though", {"lump": UNKNOWN, "calf_swollen": "yes"}),
    ("lump", "I'm not sure my calf is all puffed up though", {"lump": UNKNOWN, "calf_swollen": "yes"}),
    ("grinding", "dunno my chest is hurting though", {"grinding": UNKNOWN, "chest_symptoms": "yes"}),
    ("sport", "I don't know my calf is huge and swollen though", {"sport": UNKNOWN, "calf_swollen": "yes"}),
    ("onset", "I don't remember now my calf is swollen", {"onset": UNKNOWN, "calf_swollen": "yes"}),
    ("onset", "can't remember right now my leg is red and swollen", {"onset": UNKNOWN, "leg_signs": "yes"}),
    (
        "worse_with",
        "hard to say now my foot is cold and pale",
        {"worse_with": UNKNOWN, "leg_signs": "yes", "leg_cold_pale": "yes"},
    ),
    ("chest_symptoms", "I don't know my calf is swollen though", {"chest_symptoms": UNKNOWN, "calf_swollen": "yes"}),
    # the contrast after a comma or dots, as typed: the word the clause was cut at, or the next clause (``clauses_cut``)
    ("lump", "no clue my calf has gone all puffy, though", {"lump": UNKNOWN, "calf_swollen": "yes"}),
    ("grinding", "dunno my chest is hurting... though", {"grinding": UNKNOWN, "chest_symptoms": "yes"}),
    ("sport", "I can't tell my calf is swollen, though, it's odd", {"sport": UNKNOWN, "calf_swollen": "yes"}),
    (
        "lump",
        "maybe there was a lump it went down and now my calf is swollen I can't remember",
        {"cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    ("onset", "it just came on now my calf is swollen I don't remember", {"onset": UNKNOWN, "calf_swollen": "yes"}),
    # must not
    ("lump", "I don't know if my calf is swollen though", {"lump": UNKNOWN}),
    ("lump", "I don't know whether my calf is swollen", {"lump": UNKNOWN}),
    ("lump", "I don't know if my calf is swollen, though", {"lump": UNKNOWN}),
    ("onset", "I don't remember my calf is swollen, although", {}),  # no "though": one doubt, asked again
    ("lump", "not sure my wife's calf is swollen though", {"lump": UNKNOWN}),
    ("lump", "I don't know my calf was swollen last year though", {"lump": UNKNOWN}),
    ("onset", "I don't remember now the other leg is fine", {"onset": UNKNOWN}),
    ("grinding", "dunno my calf isn't swollen though", {"grinding": UNKNOWN}),
    ("lump", "now my calf is not swollen I can't remember", {"lump": UNKNOWN}),
    ("calf_swollen", "I don't know my calf is swollen though", {}),  # its own screen: a sign beside a doubt, again
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_SAID_AFTER_A_DOUBT)
def test_a_red_flag_sign_said_after_a_doubt_is_kept(pending, said, meant):
    assert _read(pending, said) == meant


# A sign said as if asked back, then a plain no at once ("numb down there? no, nothing like that, both legs are
# fine"): the no answers that sign, so it is no sign said plainly beside another part's denial (``apart_plainly``,
# ``_answered_no``). Alexa sends no "?" or commas; the sign in words no echo list holds ("down there", "puffy calf")
# was read as said and made the screen's yes: a red-flag no stored as yes. Now asked again, never a yes; sentences
# our own, one family on every screen of several signs.
A_SIGN_ANSWERED_NO_AT_ONCE = [
    ("nerve_red_flags", "numb down below no nothing like that both my legs are okay"),
    ("nerve_red_flags", "numb in the groin no nothing like that both legs are fine"),
    ("nerve_red_flags", "my bum feels numb no nothing like that the waterworks are normal"),
    ("leg_signs", "puffy calf no nothing like that not hot either"),
    ("leg_signs", "a bit puffy no not red either"),
    ("calf_swollen", "calf puffed up no nothing like that not hot"),
    ("calf_swollen", "the calf is puffy no nothing like that not red"),
    ("hot_knee", "bit warm no nothing like that not red either"),
    ("chest_symptoms", "short of breath no nothing like that no chest pain"),
    ("injury_severe", "it swelled up no nothing like that i could walk fine"),
    ("leg_cold_pale", "gone white no nothing like that not cold"),
]


@pytest.mark.parametrize("pending, said", A_SIGN_ANSWERED_NO_AT_ONCE)
def test_a_sign_answered_no_at_once_is_never_a_yes(pending, said):
    assert _read(pending, said).get(pending) != "yes"


# ...and what must stay: a sign said plainly with no "no" after it, beside another denied, is still the yes
A_SIGN_SAID_PLAINLY_BESIDE_A_DENIAL = [
    ("leg_signs", "a little bit puffy around the back not hot though", {"leg_signs": "yes"}),
    ("chest_symptoms", "a bit puffed out not coughing blood though", {"chest_symptoms": "yes"}),
    ("hot_knee", "a bit warm not red though", {"hot_knee": "yes"}),
    ("nerve_red_flags", "numb down there, no, both legs are fine, but I have been leaking", {"nerve_red_flags": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_SAID_PLAINLY_BESIDE_A_DENIAL)
def test_a_sign_said_plainly_beside_a_denial_stays_a_yes(pending, said, meant):
    assert _read(pending, said) == meant


# A calf said blown (right) up, ballooned, or fat now, or more fat than the other, is the calf screen's sign, to
# any question (to the lump question too, beside the lump's own answer); "fine, not fat" names no sign, and fat
# calves had always are a build
A_CALF_GONE_FAT_OR_BLOWN_UP = [
    (
        "lump",
        "the lump went down and then my calf blew right up",
        {"lump": "yes", "cyst_burst": "yes", "calf_swollen": "yes"},
    ),
    ("knee_signs", "a lump yes but it has gone down and now my calf has blown right up", "cyst_burst"),
    ("lump", "yes but it went flat and then my leg blew all up", "calf_swollen"),
    ("onset", "my calf has puffed right up since yesterday", "calf_swollen"),
    ("cyst_burst", "yes it popped and now my calf is all fat", "calf_swollen"),
    ("calf_swollen", "the calf looks fat as", "calf_swollen"),
    ("leg_signs", "it is red and my right calf is more fat than left one", "calf_swollen"),
    ("calf_swollen", "my calf is more thick than the other one", "calf_swollen"),
]


@pytest.mark.parametrize("pending, said, meant", A_CALF_GONE_FAT_OR_BLOWN_UP)
def test_a_calf_gone_fat_or_blown_up_is_the_calf_sign(pending, said, meant):
    read = _read(pending, said)
    if isinstance(meant, dict):
        assert read == meant
    else:
        assert read.get(meant) == "yes"


A_CALF_FINE_NOT_FAT = [
    ("leg_signs", "my calf is fine not fat or anything", {"leg_signs": "no"}),
    ("calf_swollen", "my calves have always been fat", {}),
    ("calf_swollen", "my calf is not fat", {}),
]


@pytest.mark.parametrize("pending, said, meant", A_CALF_FINE_NOT_FAT)
def test_a_calf_fine_not_fat_is_no_sign(pending, said, meant):
    assert _read(pending, said) == meant


# A sign said plainly with the time it began, going on since ("short of breath since yesterday", "puffed out since last
# night"), beside another sign of the screen denied: the "yesterday" or "last" says when it started, no time gone by,
# so the sign is told apart plainly and the answer is the screen's yes (``started_since``, read by ``apart_plainly``)
A_SIGN_SAID_SINCE_IT_BEGAN = [
    ("chest_symptoms", "no chest pain but i have been really breathless since yesterday", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "no blood but i have had a pain in my chest ever since last night", {"chest_symptoms": "yes"}),
    ("leg_signs", "it has been swollen since yesterday but not hot", {"leg_signs": "yes", "duration_days": 1}),
    ("calf_swollen", "it has been warm since last night but not swollen", {"calf_swollen": "yes", "duration_days": 1}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_SAID_SINCE_IT_BEGAN)
def test_a_sign_said_since_it_began_is_said_plainly(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must not: the sign said in a time gone by ("was"), gone down or settled since, someone else's, or in doubt
# keeps the answer asked again (or the screen's no where someone else's is the only sign)
A_SIGN_SINCE_THEN_GONE_OR_DOUBTED = [
    ("chest_symptoms", "no chest pain but i was short of breath yesterday", {}),
    ("chest_symptoms", "no chest pain i was breathless since yesterday but it has gone now", {}),
    ("chest_symptoms", "no chest pain i have been breathless since yesterday but it has settled", {}),
    ("chest_symptoms", "no chest pain but i might have been a bit short of breath since yesterday", {}),
    ("chest_symptoms", "no chest pain but i think i have been short of breath since last night", {}),
    ("leg_signs", "it was swollen since tuesday but it has gone down now not hot", {}),
    ("calf_swollen", "it was warm last night but not swollen now", {}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_SINCE_THEN_GONE_OR_DOUBTED)
def test_a_sign_since_then_gone_or_doubted_is_no_yes(pending, said, meant):
    assert _read(pending, said) == meant


# A clause that only says how much it hurts, beside a sign of the screen said plainly ("my calf is swollen and it is
# paining a lot", "rock hard, and the pain is unreal"), takes nothing from the sign: the screen's yes
# (``settle_pain_said``)
A_SIGN_SAID_BESIDE_THE_PAIN = [
    ("calf_swollen", "my calf is swollen and it is hurting a lot", {"calf_swollen": "yes"}),
    ("calf_tight", "hard as a rock yes and the pain is unreal", {"calf_tight": "yes"}),
    ("calf_tight", "really tight yeah and it does hurt a lot", {"calf_tight": "yes"}),
    ("leg_signs", "the leg is swollen and it aches a lot", {"leg_signs": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_SAID_BESIDE_THE_PAIN)
def test_a_sign_said_beside_the_pain_is_the_yes(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must not: the pain alone, or beside the sign denied, past, someone else's or in doubt, stays asked again
A_PAIN_BESIDE_NO_SIGN_SAID_PLAINLY = [
    ("calf_swollen", "it is not swollen and it is hurting a lot", {}),
    ("calf_swollen", "no swelling but it aches a lot", {}),
    ("calf_swollen", "my calf used to be swollen and it is hurting a lot", {}),
    ("calf_swollen", "my wife's calf is swollen and mine is aching a lot", {}),
    ("calf_tight", "it is not rock hard but it hurts a lot", {}),
    ("leg_signs", "it was swollen last week and it hurts a lot", {}),
    ("hot_knee", "it was red yesterday and it aches a lot", {}),
    ("chest_symptoms", "it aches a lot", {}),
]


@pytest.mark.parametrize("pending, said, meant", A_PAIN_BESIDE_NO_SIGN_SAID_PLAINLY)
def test_a_pain_beside_no_sign_said_plainly_is_no_yes(pending, said, meant):
    assert _read(pending, said) == meant


# Why the sign was not told before, said after it ("I thought it was nothing", "I didn't think it was connected", "I
# didn't want to say", "I didn't put the two together"): what was thought then, no doubt or denial of the sign said now,
# so the sign said is the screen's yes (``why_untold``)
A_SIGN_TOLD_LATE = [
    (
        "chest_symptoms",
        "no wait yes i brought up some blood when i coughed i thought it was nothing",
        {"chest_symptoms": "yes"},
    ),
    (
        "nerve_red_flags",
        "actually yes i have had trouble peeing since monday i did not want to say",
        {"nerve_red_flags": "yes"},
    ),
    (
        "nerve_red_flags",
        "i have gone numb between my legs i did not think it was connected",
        {"nerve_red_flags": "yes"},
    ),
    ("hot_knee", "no wait yes it is hot to touch sorry i was not thinking", {"hot_knee": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_TOLD_LATE)
def test_a_sign_told_late_is_the_yes(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must not: the remark alone, after a bare no or a denial (it may tell of something not named), the sign
# said to be nothing now, past, someone else's or doubted keep their reading: never the screen's yes, nor its no
A_REMARK_WITHOUT_A_SIGN_SAID = [
    ("chest_symptoms", "no i thought it was nothing", {}),
    ("chest_symptoms", "no i did not want to say", {}),
    ("chest_symptoms", "no chest pain i did not want to make a fuss", {}),
    ("chest_symptoms", "i coughed up some blood but it was nothing", {}),
    ("chest_symptoms", "i had chest pain last year i thought it was nothing", {}),
    ("nerve_red_flags", "my husband has trouble peeing i did not think it was connected", {}),
    ("nerve_red_flags", "no i did not think it was connected", {}),
]


@pytest.mark.parametrize("pending, said, meant", A_REMARK_WITHOUT_A_SIGN_SAID)
def test_a_remark_without_a_sign_said_is_no_answer(pending, said, meant):
    assert _read(pending, said) == meant


# A sign denied, then the answer's own "no" agreeing with it, then the screen's own denial of another sign, in speech
# without commas ("not red no feels normal temperature"): the tagged "no" closes the first denial, so it does not
# undo the denial said next (``clause_signs._closed_by_its_tag``). The screen's no.
A_DENIAL_TAGGED_NO_THEN_ANOTHER_DENIAL = [
    ("hot_knee", "not red no it just feels normal temperature", {"hot_knee": "no"}),
    ("hot_knee", "not hot no cool as you like", {"hot_knee": "no"}),
    ("leg_signs", "not swollen or anything no same colour as always", {"leg_signs": "no"}),
    ("calf_tight", "not hard no the pain is about what you would expect", {"calf_tight": "no"}),
]


@pytest.mark.parametrize("pending, said, meant", A_DENIAL_TAGGED_NO_THEN_ANOTHER_DENIAL)
def test_a_denial_tagged_no_then_another_denial_is_the_no(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must not be the no: a sign said after the tag, the later denial itself negated, a doubt, a bare
# "no" that follows a sign said plainly (no denial before it to agree with)
A_DENIAL_TAGGED_NO_NEVER_THE_NO = [
    ("hot_knee", "not red no but it is hot to the touch"),
    ("hot_knee", "not red no not normal temperature"),
    ("hot_knee", "not red no well maybe a bit warm"),
    ("leg_signs", "not hot no same colour as always but it is swollen"),
    ("leg_signs", "not swollen no but it has gone a funny colour"),
    ("calf_tight", "not hard no the pain is unbearable"),
    ("hot_knee", "not red no i do not know feels normal temperature maybe"),
]


@pytest.mark.parametrize("pending, said", A_DENIAL_TAGGED_NO_NEVER_THE_NO)
def test_a_denial_tagged_no_never_hides_a_sign_or_doubt(pending, said):
    assert _read(pending, said).get(pending) != "no"


# The game played on or finished after the knock, or named as only a game, beside the injury screen's denial ("no, I
# walked off fine, it was only a hockey match", "kept playing the rest of the match"): what they were doing, no sign,
# so the denial stands (``life_as_usual``)
THE_GAME_BESIDE_THE_INJURY_DENIAL = [
    ("injury_severe", "no i walked off fine it was only a hockey match", {"injury_severe": "no"}),
    ("injury_severe", "nah i walked off and kept playing the rest of the match", {"injury_severe": "no"}),
    ("injury_severe", "no I finished the rugby game and it did not swell", {"injury_severe": "no"}),
]


@pytest.mark.parametrize("pending, said, meant", THE_GAME_BESIDE_THE_INJURY_DENIAL)
def test_the_game_beside_the_injury_denial_is_the_no(pending, said, meant):
    assert _read(pending, said) == meant


# ...never the no: the game not finished, a sign or a doubt said beside it, or the game alone
THE_GAME_NEVER_THE_NO = [
    ("injury_severe", "no i walked off but i could not finish the game"),
    ("injury_severe", "no i walked off it was only a netball game but then it swelled up within the hour"),
    ("injury_severe", "i don't think so it was only a netball game"),
    ("injury_severe", "it was only a netball game"),
    ("injury_severe", "no i walked off fine it was only a netball game i think maybe it swelled"),
]


@pytest.mark.parametrize("pending, said", THE_GAME_NEVER_THE_NO)
def test_the_game_never_hides_a_sign_or_doubt(pending, said):
    assert _read(pending, said).get(pending) != "no"


# A red-flag sign (or a bare hedge) said as a guess ("maybe", "might"), or given a cause of its own after its "but",
# then doubted at the end, is "I don't know": the screen's cautious branch (care today), as the recording conventions
# record a hedge that doubts (words as Alexa sends them, no commas)
A_SIGN_GUESSED_THEN_DOUBTED = [
    ("fever", "maybe a little feverish but it's warm in here I can't really tell"),
    ("nerve_red_flags", "I might be weeing more but I've been drinking loads of coffee so I'm not sure"),
    ("chest_symptoms", "possibly a bit short of breath but that could be the stairs hard to say"),
    ("leg_cold_pale", "my toes might be a bit pale but my feet are always like that so who knows"),
    ("calf_swollen", "perhaps slightly I honestly can't tell"),
    ("hot_knee", "a touch warm maybe but I had a wheat bag on it so I can't say really"),
]


@pytest.mark.parametrize("pending, said", A_SIGN_GUESSED_THEN_DOUBTED)
def test_a_red_flag_sign_guessed_then_doubted_is_unknown(pending, said):
    assert _read(pending, said) == {pending: UNKNOWN}


# ...and what it must not do: a sign admitted ("I think", "a bit") then doubted bare, a yes said, a doubt of why or
# of whether it is related, a plain no: never "I don't know" where it was a yes, a no or asked again
NOT_A_GUESS_DOUBTED = [
    ("nerve_red_flags", "I think peeing has been a little odd but I'm not sure", {}),
    ("hot_knee", "yes it's hot maybe because of the heat pack I don't know", {}),
    ("calf_swollen", "yes it's swollen and warm I'm not sure why", {"calf_swollen": "yes"}),
    ("chest_symptoms", "maybe a little breathless I don't know why", {"chest_symptoms": "yes"}),
    ("chest_symptoms", "I've been a bit breathless but I'm not sure if it's related", {"chest_symptoms": "yes"}),
    ("fever", "no fever I haven't got a thermometer but I feel fine", {}),
    ("calf_swollen", "my calf is swollen but I'm not sure it's the same leg", {}),
    # another sign said plainly beside the guess: the guess doubts no other sign (asked again, never "I don't know")
    ("leg_signs", "it's red and maybe a bit swollen but I can't tell", {}),
    ("injury_severe", "I couldn't walk at all and it might have swelled I'm not sure", {}),
    ("nerve_red_flags", "I can't feel my bottom and maybe I'm peeing more but I don't know", {}),
]


@pytest.mark.parametrize("pending, said, meant", NOT_A_GUESS_DOUBTED)
def test_a_sign_admitted_or_said_yes_is_no_guess_doubted(pending, said, meant):
    assert _read(pending, said) == meant


# One sign of a red-flag screen said plainly, then "and" another guessed, then a doubt (no commas, as Alexa sends
# them): the doubt is the guess's, the sign said plainly stands, so the screen's yes where the two are signs apart
# (``sign_groups``), else asked again: never "I don't know", never no
A_PLAIN_SIGN_THEN_A_GUESS_DOUBTED = [
    ("calf_swollen", "the calf is puffy and maybe a bit warm I can't tell", {"calf_swollen": "yes"}),
    ("hot_knee", "it's warm and perhaps a little red I don't know", {"hot_knee": "yes"}),
    ("leg_signs", "it's gone red and might be swollen too I'm not sure", {"leg_signs": "yes"}),
    ("chest_symptoms", "my chest feels tight and maybe I'm a bit short of breath not sure", {"chest_symptoms": "yes"}),
    ("leg_cold_pale", "my toes are cold and maybe a bit blue I can't tell", {"leg_cold_pale": "yes"}),
    # one sign in two degrees, or a screen whose signs are not told apart by words: asked again
    ("leg_signs", "the leg is swollen and maybe a bit puffy too I don't know", {}),
    ("calf_tight", "it's tight and maybe hard I can't tell", {}),
    ("fever", "I've got a temperature and maybe the chills I'm not sure", {}),
]


@pytest.mark.parametrize("pending, said, meant", A_PLAIN_SIGN_THEN_A_GUESS_DOUBTED)
def test_a_plain_sign_stands_beside_a_guess_doubted(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what it must not do: a single sign then doubted, one guessed sign, a sign said in the past, someone else's, or
# denied: as before
NOT_A_PLAIN_SIGN_BESIDE_A_GUESS = [
    ("calf_swollen", "the calf is puffy I can't tell", {"calf_swollen": UNKNOWN}),
    ("hot_knee", "perhaps a bit warm I don't know", {"hot_knee": UNKNOWN}),
    ("calf_swollen", "the calf was puffy and maybe warm I can't tell", {"calf_swollen": UNKNOWN}),
    ("hot_knee", "my husband's knee is warm and maybe red I don't know", {"hot_knee": UNKNOWN}),
    ("hot_knee", "not warm and maybe a bit red I can't tell", {"hot_knee": UNKNOWN}),
]


@pytest.mark.parametrize("pending, said, meant", NOT_A_PLAIN_SIGN_BESIDE_A_GUESS)
def test_no_plain_sign_beside_a_guess_keeps_its_reading(pending, said, meant):
    assert _read(pending, said) == meant


# A sign said with a word of degree right after another denied, or after a bare no, is said afresh (Alexa sends no
# comma): the screen's yes where a sign said beside another denied is its yes, else asked again; never its no
A_SIGN_SAID_WITH_A_DEGREE_AFTER_A_DENIAL = [
    ("hot_knee", "nope a little bit warm", "yes"),
    ("hot_knee", "not warm just now a bit pink", None),  # "just" turns away: the pink said, asked again or yes
    ("hot_knee", "it isn't warm no quite red actually", None),
    ("hot_knee", "not red no it feels very warm", "yes"),
    ("hot_knee", "not red and a little warm", "yes"),
    ("hot_knee", "not very warm a bit pinkish", None),
    ("hot_knee", "no red no feels slightly warmer", "yes"),
    ("calf_swollen", "not hot no a little puffy", "yes"),
    ("calf_swollen", "it's not red really swollen", None),
    ("leg_signs", "not red no slightly puffy", "yes"),
    ("leg_signs", "not swollen a bit hot", "yes"),
    ("leg_cold_pale", "not cold no a little bit blue", "yes"),
    ("chest_symptoms", "not coughing blood no a bit breathless", "yes"),
    ("chest_symptoms", "no chest pain very short of breath", "yes"),
    ("nerve_red_flags", "not both legs no a bit numb around my bottom", "yes"),
    ("injury_severe", "not out of place no very swollen", "yes"),
    ("fever", "nope a bit feverish", None),
    ("hot_knee", "nope sort of red", None),  # the no and a hedge, or no sign of any sort: asked again
    ("calf_swollen", "no kind of swelling at all", None),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_SAID_WITH_A_DEGREE_AFTER_A_DENIAL)
def test_a_sign_said_with_a_degree_after_a_denial_is_never_a_no(pending, said, meant):
    read = _read(pending, said).get(pending)
    assert read != "no"
    if meant is not None:
        assert read == meant


# ...and what stays a denial: the word of degree said right after a negator, or joined to the denial by "or"
A_SIGN_DENIED_WITH_A_DEGREE = [
    ("hot_knee", "not warm or pink"),
    ("hot_knee", "not warm not pink"),
    ("hot_knee", "nope not a little bit red"),
    ("hot_knee", "not even slightly warm"),
    ("hot_knee", "not warm or even a bit red"),
    ("hot_knee", "not hot no redness"),
    ("calf_swollen", "not red no not puffy"),
    ("calf_swollen", "no swelling"),
    ("leg_cold_pale", "not cold or even a little pale"),
    ("chest_symptoms", "no chest pain not a bit breathless"),
]


@pytest.mark.parametrize("pending, said", A_SIGN_DENIED_WITH_A_DEGREE)
def test_a_sign_denied_with_a_degree_stays_a_no(pending, said):
    assert _read(pending, said).get(pending) == "no"


# Red-flag signs told beside another screen's answer, in shapes found reading fresh rounds (words as Alexa sends them):
# the asked sign denied as "that", then the calf named and said swollen; the knee set apart from feeling well, its
# heat said with it; a loss told against how it was ("like I used to", no habit of old); one calf gone tight and big.
# Each sign is its screen's yes beside the answer to the screen asked.
A_SIGN_TOLD_BESIDE_ANOTHER_ANSWER = [
    (
        "knee_signs",
        "nope not that it's my calf my calf has puffed right up",
        {"knee_signs": "no", "calf_swollen": "yes"},
    ),
    ("knee_signs", "no it isn't that it's the calf that's gone swollen", {"knee_signs": "no", "calf_swollen": "yes"}),
    (
        "fever",
        "no temperature i feel alright apart from my knee being red and warm",
        {"fever": "no", "hot_knee": "yes"},
    ),
    ("fever", "no i'm fine except the knee is all hot", {"fever": "no", "hot_knee": "yes"}),
    (
        "tingling",
        "yeah and i can't control my bladder like i used to since last week",
        {"tingling": "yes", "nerve_red_flags": "yes"},
    ),
    ("tingling", "yes and i struggle to hold my wee the way i used to", {"tingling": "yes", "nerve_red_flags": "yes"}),
    (
        "cyst_burst",
        "i'm not sure but my calf has gone hard and big since lunch",
        {"cyst_burst": UNKNOWN, "calf_swollen": "yes"},
    ),
    ("lump", "no lump but the calf got all tight and fat today", {"lump": "no", "calf_swollen": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_TOLD_BESIDE_ANOTHER_ANSWER)
def test_a_red_flag_sign_told_beside_another_answer_is_kept(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what they must not do: someone else's sign, a sign past and gone, denied or doubted, a build of both calves,
# or "used to" of a habit of old or of someone else: never the screen's yes
A_SIGN_BESIDE_ANOTHER_ANSWER_NOT_SAID = [
    ("knee_signs", "no it's not that it's my husband's calf that's swollen", "calf_swollen"),
    ("knee_signs", "no it's not that my calf was swollen last year", "calf_swollen"),
    ("fever", "no fever fine other than my knee which was hot last month", "hot_knee"),
    ("fever", "no fever fine apart from my wife's knee being hot", "hot_knee"),
    ("fever", "no fever fine apart from my knee not being hot or red", "hot_knee"),
    ("tingling", "yes my mum can't hold her water like she used to", "nerve_red_flags"),
    ("tingling", "yes i used to leak a bit years ago", "nerve_red_flags"),
    ("tingling", "yes and i can't hold my water like i used to but that was years ago", "nerve_red_flags"),
    ("cyst_burst", "i have big tight calves from running", "calf_swollen"),
    ("cyst_burst", "my calf hasn't gone tight and big", "calf_swollen"),
    ("cyst_burst", "not sure maybe my calf has gone tight and big", "calf_swollen"),
]


@pytest.mark.parametrize("pending, said, screen", A_SIGN_BESIDE_ANOTHER_ANSWER_NOT_SAID)
def test_a_red_flag_sign_not_said_beside_another_answer_is_no_yes(pending, said, screen):
    assert _read(pending, said).get(screen) != "yes"


# A denial said first and broken off, by a turn word or at once by a new subject ("I'm not, well, it's a bit numb down
# there"; Alexa sends no comma), then a sign of the screen: the denial has no object, so the sign is read as with the
# commas said: the screen's yes, or asked again beside a bare or weak no first; never its no (``denials_broken_off``)
A_DENIAL_BROKEN_OFF_THEN_A_SIGN = [
    ("nerve_red_flags", "i'm not well it's gone a bit numb between my legs", "yes"),
    ("nerve_red_flags", "i haven't actually it feels numb down below when i wipe", "yes"),
    ("nerve_red_flags", "i don't hmm my backside has gone numb", "yes"),
    (
        "nerve_red_flags",
        "i'm not really it's numb where i sit",
        None,
    ),  # "not really" is a weak no: beside a sign, asked again
    ("nerve_red_flags", "no i haven't well i've had a bit of trouble holding my wee", None),  # a bare no first
    ("nerve_red_flags", "i haven't to be honest there is some numbness in my groin", "yes"),
    ("nerve_red_flags", "i'm not sort of it's numb where i sit", "yes"),  # as with commas: the hedge is the sign's
    ("nerve_red_flags", "i'm not well maybe it's a bit numb down there", "yes"),
    ("calf_swollen", "i haven't well actually my calf is a bit puffy", "yes"),
    ("calf_swollen", "it isn't hmm it is a bit swollen", "yes"),
    ("leg_cold_pale", "it's not well it has gone a bit pale", "yes"),
    ("hot_knee", "it isn't oh well it feels warm", "yes"),
    ("chest_symptoms", "i'm not um i am a bit short of breath", "yes"),
    ("leg_signs", "i haven't come to think of it my calf has gone red", "yes"),
    # at once, a new subject and no turn word (Alexa sends no comma)
    ("hot_knee", "it's not it's warm to touch", "yes"),
    ("nerve_red_flags", "i'm not it's gone numb down below", "yes"),
]


@pytest.mark.parametrize("pending, said, meant", A_DENIAL_BROKEN_OFF_THEN_A_SIGN)
def test_a_denial_broken_off_then_a_sign_is_never_the_no(pending, said, meant):
    assert _read(pending, said).get(pending) == meant


# ...and what must not change: a denial with its object ("I'm not numb", "it's not my calf"), nothing said after the
# turn, a sign of another part or someone else's, a no said after the turn: never the screen's yes
A_DENIAL_BROKEN_OFF_WITHOUT_A_SIGN = [
    ("nerve_red_flags", "no well nothing like that", "no"),
    ("nerve_red_flags", "well no", "no"),
    ("nerve_red_flags", "no well my husband had that", "no"),
    ("nerve_red_flags", "i'm not numb well only my toes from the cold", None),
    ("nerve_red_flags", "i'm not well it's only my toes that go numb", None),
    ("nerve_red_flags", "i'm not well my husband is numb down there", None),
    ("nerve_red_flags", "i don't well it's all fine down there", "no"),
    ("nerve_red_flags", "i'm not numb between my legs", "no"),
    ("calf_swollen", "it's not my calf it's my knee that's swollen", None),
    ("calf_swollen", "i haven't noticed any swelling in my calf", "no"),
    # a possessive "its" after the denial is its object, no new subject (Alexa writes "its" for "it's" too)
    ("hot_knee", "it isn't its normal temperature it's roasting", "yes"),
    ("leg_cold_pale", "it's not its usual colour it's gone white", "yes"),
    # another part numb on the toilet is not the saddle; the saddle not noticed numb is the denial; the cold as the
    # cause of the numb toes is the weather, not the cold foot
    ("nerve_red_flags", "my feet go numb when i sit on the loo too long", None),
    ("nerve_red_flags", "my foot goes a bit tingly when i'm on the toilet", None),
    ("nerve_red_flags", "i haven't noticed my bottom being numb", "no"),
    ("nerve_red_flags", "i've never felt my bum going numb", "no"),
    ("leg_cold_pale", "i'm not numb well only my toes from the cold", None),
    ("leg_cold_pale", "my feet are a bit numb with the cold", None),
]


@pytest.mark.parametrize("pending, said, meant", A_DENIAL_BROKEN_OFF_WITHOUT_A_SIGN)
def test_a_denial_broken_off_without_a_sign_keeps_its_reading(pending, said, meant):
    assert _read(pending, said).get(pending) == meant


# The saddle and the bladder or bowel in everyday words (UK, US, Australian, Indian), as answers to the nerve screen:
# its yes; the "not" of an accident not known of or urine that will not come out is the sign's own
THE_SADDLE_AND_TOILET_IN_EVERYDAY_WORDS = [
    "it's a bit numb when i sit on the loo",
    "there's a numb patch round my bum",
    "numbness inside my bottom",
    "my bum cheeks feel numb",
    "numb in my nether regions",
    "my bits feel a bit numb",
    "the skin round my back passage feels numb",
    "it's gone numb on the toilet seat",
    "i didn't know i'd wet myself",
    "i can't get the wee out",
    "i've been leaking when i don't mean to",
    "it just comes out without me knowing",
    "i can't feel when i'm going",
    "i've had to start wearing a pad",
    "i go and nothing happens",
    "i nearly didn't make it to the loo",
    "i haven't been able to go since yesterday",
]


@pytest.mark.parametrize("said", THE_SADDLE_AND_TOILET_IN_EVERYDAY_WORDS)
def test_the_saddle_and_toilet_in_everyday_words_are_the_nerve_screens_yes(said):
    assert _read("nerve_red_flags", said).get("nerve_red_flags") == "yes"


# How little the knee or leg can do, or how little pain can be borne, said beside a sign ("hot and red and I can
# barely bend it", "really tight and I can hardly stand the pain"): how bad it is, its "barely" no weak no, so the
# sign said is the screen's yes; and the numb saddle said as "I can't feel it between my legs".
A_LIMIT_BESIDE_A_SIGN = [
    ("hot_knee", "it's red and warm and i can hardly bend it", {"hot_knee": "yes"}),
    ("hot_knee", "the knee is hot and i could barely straighten it this morning", {"hot_knee": "yes"}),
    ("calf_tight", "it's tight as a drum and i can barely stand the pain", {"calf_tight": "yes"}),
    ("calf_tight", "really hard and i can hardly bear it", {"calf_tight": "yes"}),
    ("leg_signs", "the knee's puffed up and i can only just walk on it", {"leg_signs": "yes"}),
    ("nerve_red_flags", "i can't feel it properly between my legs", {"nerve_red_flags": "yes"}),
    ("nerve_red_flags", "i can barely feel anything down there", {"nerve_red_flags": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_LIMIT_BESIDE_A_SIGN)
def test_a_limit_of_use_beside_a_sign_keeps_the_sign(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what they must not do: the limit beside a sign denied stays asked again (it may be the sign in other words),
# someone else's sign, "hardly" or "barely" said alone, feeling down there said to be fine: never the screen's yes
A_LIMIT_NOT_A_SIGN = [
    ("hot_knee", "not hot no i can barely bend it", None),
    ("calf_tight", "no not tight but i can hardly stand the pain", None),
    ("calf_tight", "not rock hard but i can barely walk on it", None),
    ("hot_knee", "my wife's knee is hot and she can barely bend it", None),
    ("calf_tight", "hardly", None),
    ("nerve_red_flags", "no i can feel it between my legs", "no"),
    ("nerve_red_flags", "my husband can't feel it between his legs", None),
]


@pytest.mark.parametrize("pending, said, stored", A_LIMIT_NOT_A_SIGN)
def test_a_limit_of_use_is_no_sign_of_its_own(pending, said, stored):
    assert _read(pending, said).get(pending) == stored


# The lump said with its place or "I had" before its going down ("the lump at the back of my knee went down", "the lump
# I had back there has gone down"), told to another question: the same lump, so the burst (red flag) is kept beside
# the swollen calf, as "the lump went down" already was.
A_PLACED_LUMP_GONE_DOWN = [
    ("lump", "the lump at the back of my knee went down and my calf is puffy", {"cyst_burst": "yes"}),
    ("calf_swollen", "it is and the lump behind my knee seems to have gone down", {"cyst_burst": "yes"}),
    ("knee_signs", "the lump i had behind my knee has gone and my calf's swollen", {"cyst_burst": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_PLACED_LUMP_GONE_DOWN)
def test_a_placed_lump_gone_down_is_the_burst(pending, said, meant):
    assert _read(pending, said).get("cyst_burst") == meant["cyst_burst"]


# ...and what it must not do: the lump not gone down, gone down long ago, or someone else's
A_PLACED_LUMP_NOT_GONE = [
    ("lump", "the lump behind my knee has not gone down"),
    ("lump", "the lump behind my knee went down years ago"),
    ("lump", "my wife's lump behind her knee went down"),
]


@pytest.mark.parametrize("pending, said", A_PLACED_LUMP_NOT_GONE)
def test_a_placed_lump_not_gone_is_no_burst(pending, said):
    assert "cyst_burst" not in _read(pending, said)


# How they checked, beside a clear no to a red-flag screen, said in more ways: measured or compared side by side, where
# or with whom ("in the bath", "with my son"), for how long ("all morning"); the Indian English stress "only" after how
# things are, before how they checked ("soft only I touched it"); "just the same as the other one", whose "just" is how
# exactly, no turn to what is there. The no stands.
CHECKED_BESIDE_A_CLEAR_NO = [
    ("calf_swollen", "no they look the same i have been comparing them all day", {"calf_swollen": "no"}),
    ("calf_swollen", "no theyre the same i have been checking them all morning", {"calf_swollen": "no"}),
    ("leg_signs", "no its just the same as the other one i had a look in the shower", {"leg_signs": "no"}),
    ("leg_signs", "no it looks just the same as the other side i checked it in the mirror", {"leg_signs": "no"}),
    ("calf_tight", "no it is normal only i touched it just now", {"calf_tight": "no"}),
    ("calf_tight", "no sir it is soft only i checked with my son", {"calf_tight": "no"}),
    ("hot_knee", "no not hot i felt it with my hand just now", {"hot_knee": "no"}),
]


@pytest.mark.parametrize("pending, said, meant", CHECKED_BESIDE_A_CLEAR_NO)
def test_how_they_checked_beside_a_clear_no_leaves_it(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what must not be a no: a sign said after the check or after "only", a bare no beside the check (no sign
# named), a check that doubts, "just" of when ("just when I walk"), "only" that turns to what is there ("fine only I
# have shivers"), "only" of when ("normal only in the morning")
CHECKED_BESIDE_A_NO_NOT_CLEAR = [
    ("calf_swollen", "no they look the same i have been comparing them all morning but the left is a bit red"),
    ("calf_swollen", "no i have been comparing them all morning"),
    ("calf_swollen", "no they look the same i think i have been comparing them all morning maybe"),
    ("leg_signs", "no it looks just the same as the other one just when i walk it goes red"),
    ("leg_signs", "no just the same as the other one but it is a bit red"),
    ("leg_signs", "i had a look in the bath and it is a bit red"),
    ("fever", "fine only i have shivers"),
    ("leg_cold_pale", "foot is normal only in the morning"),
    ("calf_tight", "it is soft only i touched it but the pain is far worse than the injury"),
    ("hot_knee", "no it is normal only i pressed it but little bit red"),
]


@pytest.mark.parametrize("pending, said", CHECKED_BESIDE_A_NO_NOT_CLEAR)
def test_how_they_checked_beside_a_no_not_clear_is_no_no(pending, said):
    assert _read(pending, said).get(pending) != "no"


# To the chest screen, breathlessness said mildly and only on exertion, beside chest pain and blood denied (apart or
# in one phrase), says no SUDDEN breathlessness: asked again, never a no (red_flag_qualifiers.said_on_exertion_only)
PUFFED_ON_EXERTION_BESIDE_DENIALS = [
    "well i did get a bit winded climbing up to the flat this morning, but my chest is fine and no blood",
    "i got a little out of breath walking up the hill to the shops but no chest pain and no blood",
    "a bit puffed going up the stairs at home, my chest does not hurt, nothing coughed up",
    "slightly breathless after a brisk walk, no pain in my chest and no blood",
    "no chest pain no blood just a bit puffed when i hurry",
    "no pain in my chest, i am a little breathless on the stairs, no blood",
    "my chest does not hurt and there is no blood but i get puffed climbing the steps",
]


@pytest.mark.parametrize("said", PUFFED_ON_EXERTION_BESIDE_DENIALS)
def test_mild_breathlessness_on_exertion_beside_denials_is_asked_again(said):
    assert _read("chest_symptoms", said) == {}


# ...and the yes kept: breathless said alone on the stairs or beside only some denied, or strongly, suddenly or at
# rest, or beside blood or chest pain said, or since a time without an exertion
BREATHLESS_KEPT = [
    "i get a bit puffed going up the stairs",
    "a bit out of breath on the hill and i coughed up some blood, no chest pain though",
    "a little winded on the stairs and my chest hurts",
    "really out of breath going up the stairs, no chest pain",
    "suddenly out of breath, no chest pain and no blood",
    "i can not catch my breath sitting here, my chest does not hurt",
    "i am breathless, but no pain in my chest",
    "short of breath since this morning but no chest pain",
    "i get a bit winded on the hill but no chest pain",
    "a bit puffed on the stairs, and now out of breath just sitting here, no blood",
]


@pytest.mark.parametrize("said", BREATHLESS_KEPT)
def test_breathlessness_not_only_on_exertion_keeps_the_yes(said):
    assert _read("chest_symptoms", said) == {"chest_symptoms": "yes"}


# To the cold-leg screen, the person pale all over or as always ("I'm a pale person", "always been pale"): their
# complexion, not the leg turned pale; asked again (an age said beside it still stored)
PALE_AS_A_PERSON = [
    ("pale? well i am pale all over love, i am seventy nine", {"age": 79}),
    ("pale, but i have always been pale", {}),
    ("i am just a pale person", {}),
    ("hmm pale, i am a pale sort, always have been", {}),
    ("no, i am just naturally pale skinned", {}),
    ("i have got very pale skin", {}),
]


@pytest.mark.parametrize("said, meant", PALE_AS_A_PERSON)
def test_pale_as_a_person_is_not_the_legs_change(said, meant):
    assert _read("leg_cold_pale", said) == meant


# ...and the leg's own paleness kept
PALE_LEG_KEPT = [
    "my foot has gone pale",
    "it is pale and cold",
    "it is pale compared to the other one",
    "my toes have gone white",
    "pale",
]


@pytest.mark.parametrize("said", PALE_LEG_KEPT)
def test_the_legs_own_paleness_is_the_yes(said):
    assert _read("leg_cold_pale", said) == {"leg_cold_pale": "yes"}


# A red-flag sign said beside another screen's answer, in the shapes fresh rounds showed (post-freeze): the calf's
# heat placed in the calf with the knee named as not where it is; the swelling placed in or near the calf with a verb
# of being beside the cold-leg screen's no (also Indian English "only swelling is there near the calf"); the sign
# said of "it" with the calf tagged on after as its subject; "it" gone (down) then the calf swollen, told to the calf
# screen; the weakness told to the weak-foot question and then said of both legs by a word pointing back at it; the
# flu keeping the person in bed or off work now, told to another question
A_SIGN_BESIDE_ANOTHER_SCREEN_KEPT = [
    ("hot_knee", "nah it's my calf that feels warm not my knee", {"hot_knee": "no", "calf_swollen": "yes"}),
    ("hot_knee", "it's the lower leg that's gone red rather than the knee", {"hot_knee": "no", "calf_swollen": "yes"}),
    (
        "leg_cold_pale",
        "no it's not cold at all the puffiness is mostly round my calf",
        {"leg_cold_pale": "no", "calf_swollen": "yes"},
    ),
    (
        "leg_cold_pale",
        "no skin colour is normal only not cold but swelling is there near my calf",
        {"leg_cold_pale": "no", "calf_swollen": "yes"},
    ),
    ("location", "it's in the calf and it's gone all puffy the calf has", {"location": "calf", "calf_swollen": "yes"}),
    (
        "calf_swollen",
        "yeah I had a bump back there and then it just went down and now my calf is all fat",
        {"calf_swollen": "yes", "cyst_burst": "yes", "lump": "yes"},
    ),
    ("calf_swollen", "it went flat and now the whole calf is swollen", {"calf_swollen": "yes", "cyst_burst": "yes"}),
    (
        "foot_weak",
        "yes my foot keeps dragging and the other leg is the same way too",
        {"foot_weak": "yes", "nerve_red_flags": "yes"},
    ),
    ("foot_weak", "yeah it's gone weak it's the same in both legs", {"foot_weak": "yes", "nerve_red_flags": "yes"}),
    ("sport", "nope I've been off work with a bad flu this week", {"sport": "no", "fever": "yes"}),
    ("age", "I'm 58 and I'm laid up with flu at the moment", {"age": 58, "fever": "yes", "clot_risk": "yes"}),
]


@pytest.mark.parametrize("pending, said, meant", A_SIGN_BESIDE_ANOTHER_SCREEN_KEPT)
def test_a_red_flag_sign_beside_another_screen_is_kept(pending, said, meant):
    assert _read(pending, said) == meant


# ...and what they must not do: the knee's own heat with the calf named as not it, the sign in the calf past or
# someone else's, a place denied, the calf said fine after the tag, the pain (not "it") gone, a lump still there, both
# legs fine, the other leg fine, both knees creaking, a flu of last winter, someone else's flu, a flu jab
A_SIGN_BESIDE_ANOTHER_SCREEN_NOT_SAID = [
    ("hot_knee", "it's my wife's calf that's warm not my knee", "calf_swollen"),
    ("hot_knee", "it's the calf that was warm not the knee", "calf_swollen"),
    ("leg_cold_pale", "no and the swelling isn't near my calf", "calf_swollen"),
    ("location", "behind the knee and it's swollen the calf is fine", "calf_swollen"),
    ("calf_swollen", "the pain's gone and now my calf is swollen", "cyst_burst"),
    ("calf_swollen", "it hasn't gone down and now my calf is swollen", "cyst_burst"),
    ("calf_swollen", "my mum had a lump and now it's gone and her calf is swollen", "cyst_burst"),
    ("foot_weak", "no both legs are fine", "nerve_red_flags"),
    ("foot_weak", "the foot drags a bit but the other leg is fine", "nerve_red_flags"),
    ("foot_weak", "yes it's weak and both knees creak", "nerve_red_flags"),
    ("foot_weak", "yes it's weak but both legs are the same size", "nerve_red_flags"),
    ("calf_swollen", "both legs are like that", "nerve_red_flags"),
    ("sport", "no I had the flu last winter", "fever"),
    ("sport", "I was in bed with the flu last winter", "fever"),
    ("sport", "no my wife has the flu", "fever"),
    ("sport", "no my son is home with the flu", "fever"),
    ("sport", "no I just had a flu jab", "fever"),
]


@pytest.mark.parametrize("pending, said, screen", A_SIGN_BESIDE_ANOTHER_SCREEN_NOT_SAID)
def test_a_red_flag_sign_not_said_beside_another_screen_is_no_yes(pending, said, screen):
    assert _read(pending, said).get(screen) != "yes"


# ...nor is a red-flag no stored where a sign of that screen is said beside it
@pytest.mark.parametrize(
    "pending, said",
    [
        ("hot_knee", "the knee is warm not the calf"),
        ("hot_knee", "no it's the calf that's warm and the knee too"),
    ],
)
def test_no_red_flag_no_beside_its_own_sign(pending, said):
    facts = _read(pending, said)
    assert facts.get(pending) != "no"
