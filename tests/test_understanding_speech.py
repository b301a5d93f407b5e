"""Hard speech read through the skill's own reading: echoed questions, corrections, rambles.

Why: real callers, older ones and people in pain most of all, repeat a sign back before answering
it, correct themselves, and ramble before they get to the answer; and Alexa sends their words with
no punctuation at all. Every sentence below is written without commas or question marks, as a
request carries it, and read for the question pending (``skill.understanding.read``). The tables
hold the kinds of speech, written for these tests; the rows marked "must not" are the safety side:
an echo of a red-flag sign never fires it, and a correction never turns a red-flag yes into a no.
"""

from __future__ import annotations

from datetime import date

import pytest

from kb import UNKNOWN
from skill.devtools.corpus_score import facts_heard
from skill.devtools.utterances import UtteranceResolver
from tests.kb_helpers import assert_reads, reading_row, real_kb

KB = real_kb()


_said = reading_row
_check = assert_reads


ECHOES = [
    # each echoed sign takes the answer after it: all no is a no
    _said("all no", "nerve_red_flags", "both legs no numb no bathroom no all normal", nerve_red_flags="no"),
    _said("all no", "knee_signs", "stuck no give way no a lump no", knee_signs="no"),
    _said("all no", "chest_symptoms", "chest pain no breathless no coughing blood no", chest_symptoms="no"),
    _said("all no", "tingling", "tingling no numb no", tingling="no"),
    # the question asked back whole ("does it give way? no"): the lead is part of the echo, never a report of the sign
    _said("asked back whole", "knee_signs", "does it give way no it does not", knee_signs="no", knee_mechanics=None),
    _said("asked back whole", "lump", "is there a lump no", lump="no"),
    _said("asked back whole", "knee_signs", "does it lock yes", knee_signs="yes"),
    # must not: a red-flag screen asked back and answered a bare no is asked again, as its echo alone is
    _said("must not", "calf_swollen", "is it swollen no", calf_swollen=None),
    # ...wherever it stands: asked back after another sign's answer, it is still the question, never a report
    _said(
        "asked back later",
        "knee_signs",
        "it doesn't lock, no. does it catch? never noticed it, no",
        knee_signs="no",
        knee_mechanics=None,
    ),
    _said("asked back later", "knee_signs", "no clicking no does it lock not that I know of", knee_signs="no"),
    _said("asked back later", "tingling", "it's only the knee. is it numb? no, not at all", tingling="no"),
    _said("asked back later", "knee_signs", "no lump. does it lock? yes, now and then", knee_signs="yes"),
    _said("must not: later too", "calf_swollen", "the knee is sore, is it swollen, no", calf_swollen=None),
    # one yes, or a hedge that admits a sign, is a yes
    _said("one yes", "knee_signs", "stuck no give way yes", knee_signs="yes"),
    _said("one hedge", "knee_signs", "stuck no give way a little", knee_signs="yes"),
    _said("one yes", "fever", "fever no shivers no unwell yes a bit", fever="yes"),
    _said("one yes", "chest_symptoms", "chest pain no breathless yes", chest_symptoms="yes"),
    # after a yes the words go on as a new thought, and the sign admitted stays named
    _said(
        "yes, then more",
        "knee_signs",
        "stuck no give way yes my calf is a bit swollen",
        knee_signs="yes",
        calf_swollen="yes",
    ),
    # to a choice question, each echoed value takes its own answer: a value denied is never chosen
    _said("choice", "location", "behind the knee no the calf yes", location="calf"),
    _said("choice", "knee_mechanics", "lock no give way yes", knee_mechanics="gives_way"),
    _said("choice", "onset", "injury no suddenly no it came on gradually", onset="gradual"),
    _said(
        "choice, several",
        "worse_with",
        "stairs yes squatting no walking a bit",
        worse_with=["stairs", "standing_walking"],
    ),
    # must not: a statement after a value is no answer to an echo ("it's sore" is no "no" to the calf)
    _said("must not", "location", "the calf it's sore when i walk", location="calf"),
    # a maybe among noes is a doubt
    _said("a maybe", "knee_signs", "stuck no give way no a lump maybe", knee_signs=UNKNOWN),
    _said(
        "a maybe",
        "knee_signs",
        "stuck no give way no a lump hmm maybe a little fullness i'm not sure",
        knee_signs=UNKNOWN,
    ),
    # a cue makes the echoed words a question back; the words after answer it
    _said("cue", "nerve_red_flags", "numb where oh no no nothing like that", nerve_red_flags="no", tingling=None),
    _said("cue", "calf_swollen", "swollen how do you mean it's a bit puffy", calf_swollen="yes"),
    _said("cue", "hot_knee", "hot let me feel yes it's warm", hot_knee="yes"),
    _said("cue", "hot_knee", "hot let me feel no it's normal", hot_knee="no"),
    _said("cue", "lump", "a lump hmm yes i think so", lump="yes"),
    # with punctuation it reads the same
    _said("punctuation", "nerve_red_flags", "Both legs? No. Numb? No. Bathroom? No, all normal", nerve_red_flags="no"),
    # must not: the echoed words never count as the sign, even of another question
    _said("must not fire", "nerve_red_flags", "numb where oh no nothing like that", tingling=None),
    _said("must not fire", "chest_symptoms", "chest pain where oh no nothing like that", chest_symptoms="no"),
    # must not: one red-flag echo answered no without a cue is asked again, as before (the no may
    # belong to what follows)
    _said("must not", "chest_symptoms", "chest pain no", chest_symptoms=None),
    # ...but a soft no to it, settled by the screen's own denial, is the no ("nothing beside it admits or doubts")
    _said("settled", "cyst_burst", "gone soft i don't think so and my calf is normal", cyst_burst="no"),
    # must not: a red-flag sign of another question said in the run is kept, never taken for an echo
    _said("must keep", "leg_signs", "swollen no hot no chest pain yes", chest_symptoms="yes"),
    _said("must keep", "knee_signs", "stuck no chest pain yes", chest_symptoms="yes"),
    _said("must keep", "leg_signs", "swollen no hot no my calf is swollen", calf_swollen="yes", leg_signs=None),
    # a doubted no to a red-flag screen stays no no
    _said("must not", "hot_knee", "hot let me feel no i don't think so", hot_knee=None),
    # a question asked back is no echo: nothing is stored
    _said("asked back", "nerve_red_flags", "what do you mean by both legs", nerve_red_flags=None),
    # a sign asked about and answered in one breath: the words after it are the answer
    _said(
        "asked then answered",
        "knee_mechanics",
        "i'm not sure what you mean by catch it clicks if that's what you mean",
        knee_mechanics="catches",
    ),
    _said(
        "asked then answered", "calf_swollen", "what do you mean by swollen my calf is a bit puffy", calf_swollen="yes"
    ),
    _said(
        "asked then answered",
        "nerve_red_flags",
        "what do you mean by both legs it's just the one leg",
        nerve_red_flags="no",
    ),
    _said(
        "asked then answered",
        "chest_symptoms",
        "it depends what you mean by breathless i get winded on hills but that's been for years",
        chest_symptoms=None,
    ),
    # a report is no echo: "my calf is swollen no" has words an echo never has
    _said("report", "calf_swollen", "my calf is swollen yes", calf_swollen="yes"),
    # the question's list said back whole (its last word too, asked with a question mark), then a statement that
    # answers it in its own words: the statement is the answer
    _said(
        "list then statement",
        "knee_mechanics",
        "lock give way or catch it gives way on the stairs",
        knee_mechanics="gives_way",
    ),
    _said(
        "list then statement", "knee_mechanics", "locking giving way catching it mostly locks", knee_mechanics="locks"
    ),
    _said("list then statement", "location", "behind the knee thigh or calf it is mostly the calf", location="calf"),
    _said(
        "list then statement", "leg_cold_pale", "cold pale or blue it went a bit blue this morning", leg_cold_pale="yes"
    ),
    # must not: the list's last words going on ("a lump at the back of the knee") are no list said back and cut
    _said("goes on", "lump", "a lump at the back of the knee yes there is a soft bit", lump="yes", location=None),
    # a red-flag screen's own signs said back joined by "or" are the question asked back, never a report of them:
    # a plain denial after it is the screen's no, a sign admitted a yes, anything else (nothing) asked again
    _said("or-list then denial", "leg_cold_pale", "cold pale or blue honestly it is fine", leg_cold_pale="no"),
    _said("or-list then denial", "hot_knee", "hot or red um its fine", hot_knee="no"),
    _said("or-list then denial", "calf_swollen", "warm swollen or red nope nothing like that", calf_swollen="no"),
    _said("or-list then denial", "chest_symptoms", "chest pain or breathless no my chest is fine", chest_symptoms="no"),
    _said("or-list then denial", "leg_signs", "hot swollen or a different colour its all normal", leg_signs="no"),
    _said("or-list then denial", "nerve_red_flags", "both legs or numb no not at all", nerve_red_flags="no"),
    _said("or-list then a bare no", "hot_knee", "hot or red no", hot_knee="no"),
    _said("must not: or-list then no taken back", "leg_cold_pale", "cold pale or blue no wait", leg_cold_pale=None),
    _said("or-list then a sign", "leg_cold_pale", "cold pale or blue yes its gone pale", leg_cold_pale="yes"),
    _said("or-list then a sign", "calf_swollen", "red warm or swollen well its a bit warm", calf_swollen="yes"),
    _said("or-list then a sign", "fever", "fever shivers or unwell i have had the shivers", fever="yes"),
    # the screen's list said back in other forms of its own words ("breathless" for "breathlessness"), or with its
    # "or" before the last of three, is the question asked back too: a whole denial after it is the no
    _said(
        "list in its forms then denial",
        "chest_symptoms",
        "chest pain breathless coughing blood nope none of those its just my knee",
        chest_symptoms="no",
    ),
    _said(
        "or-list of three then denial",
        "chest_symptoms",
        "chest pain breathless or coughing blood no nothing like that",
        chest_symptoms="no",
    ),
    _said(
        "list in its forms then a sign",
        "chest_symptoms",
        "chest pain breathless coughing blood yes",
        chest_symptoms="yes",
    ),
    # must not: a bare no, or a no taken back, after the list in its forms stays asked again / the sign
    _said(
        "must not: list in its forms, bare no",
        "chest_symptoms",
        "chest pain breathless coughing blood no",
        chest_symptoms=None,
    ),
    _said(
        "must not: list in its forms, no then puffed",
        "chest_symptoms",
        "chest pain breathless coughing blood no but i get puffed on the stairs",
        chest_symptoms=None,
    ),
    _said("must not: or-list alone", "hot_knee", "hot or red", hot_knee=None),
    _said("must not: or-list alone", "leg_cold_pale", "um cold pale or blue", leg_cold_pale=None),
    # must not: a list joined by "and", or one the sentence tells of, is a report
    _said("must not: and-list", "leg_cold_pale", "cold and pale since this morning", leg_cold_pale="yes"),
    _said("must not: told of", "nerve_red_flags", "peeing or pooing has changed a bit", nerve_red_flags="yes"),
    _said("must not: told of", "calf_swollen", "warm or red is what it looks like", calf_swollen="yes"),
]


CORRECTIONS = [
    # a yes or no said first and at once taken back: the second is the answer meant
    _said("reversal", "grinding", "yes no it doesn't grind", grinding="no"),
    _said("reversal", "grinding", "yeah no", grinding="no"),
    _said("reversal", "grinding", "uh no yes it grinds", grinding="yes"),
    _said("reversal", "chest_symptoms", "no yes i do", chest_symptoms="yes"),
    _said("no reversal", "chest_symptoms", "yeah nah", chest_symptoms="no"),
    # must not: a red-flag yes taken back is asked again, never a no, however it is taken back
    _said("must not", "chest_symptoms", "yeah no", chest_symptoms=None),
    _said("must not", "chest_symptoms", "yes no sorry no chest pain", chest_symptoms=None),
    _said(
        "must not",
        "hot_knee",
        "yes no it was red yesterday but it's gone down today and it's not hot now",
        hot_knee=None,
    ),
    _said("must not", "leg_cold_pale", "uh yes no hang on no it's not blue it's just a bruise", leg_cold_pale=None),
    _said("must not", "chest_symptoms", "yes wait no i don't have chest pain", chest_symptoms=None),
    # trying or looking first, then the answer
    _said("let me try", "toe_pull_pain", "hang on let me try that no it's the same", toe_pull_pain="no"),
    _said("let me try", "toe_pull_pain", "ok let me try yes that hurts more", toe_pull_pain="yes"),
    _said("let me look", "calf_swollen", "let me have a look no they look the same", calf_swollen="no"),
    # "I mean" corrects: what follows is the answer meant
    _said("corrects", "grinding", "no i mean yes", grinding="yes"),
    _said("corrects", "knee_mechanics", "it locks i mean it catches", knee_mechanics="catches"),
    _said("corrects", "grinding", "yes i mean no it doesn't grind", grinding="no"),
    # the corpus's commas touch the words of a correction; it reads the same as the bare words
    _said("punctuation", "morning_stiffness", "Yes, no, hang on, it's fine in the mornings", morning_stiffness="no"),
    _said("punctuation", "lump", "Uh, yes, no, sorry, there's no lump", lump="no"),
    # must not: with commas too, a red-flag yes taken back is asked again
    _said("must not", "chest_symptoms", "Uh, yes, no, hang on, no chest pain", chest_symptoms=None),
    _said("must not", "chest_symptoms", "Yes. No wait. No chest pain", chest_symptoms=None),
    _said("must not", "calf_swollen", "Yes, no, hold on, they look the same", calf_swollen=None),
]


NOT_NEW = [
    # a red-flag sign said as how things always are is no sign; a denial of any change is the answer
    _said(
        "not new, unchanged",
        "leg_cold_pale",
        "my feet are always cold but it's no different from normal",
        leg_cold_pale="no",
    ),
    _said(
        "not new, unchanged",
        "leg_cold_pale",
        "my feet are always cold to be honest but nothing has changed",
        leg_cold_pale="no",
    ),
    _said(
        "another part, unchanged", "calf_swollen", "my knee is swollen but the calf is no different", calf_swollen="no"
    ),
    # the change denied in a clause of its own ("it hasn't changed"), with or without a "no" before it: placed, the no
    _said(
        "not new, unchanged",
        "leg_cold_pale",
        "my toes are always cold but no they have not changed",
        leg_cold_pale="no",
    ),
    _said(
        "not new, unchanged",
        "calf_swollen",
        "my ankles always puff up by bedtime but it has not changed",
        calf_swollen="no",
    ),
    # must not: the change denied beside a doubt, or alone, is no answer; a sign said now beside it is never a no
    _said(
        "not new, unsure",
        "leg_cold_pale",
        "my toes are always cold i do not think they have changed",
        leg_cold_pale=None,
    ),
    _said("unchanged alone", "leg_cold_pale", "it has not changed", leg_cold_pale=None),
    _said(
        "not new, a sign now",
        "leg_cold_pale",
        "my feet are always cold but one toe went blue, nothing else changed",
        leg_cold_pale=None,
    ),
    # ...and a doubt is the answer: "I don't know" (the cautious branch), never asked in circles
    _said(
        "not new, unsure",
        "leg_signs",
        "i can't really tell my legs are always a bit swollen by the evening",
        leg_signs=UNKNOWN,
    ),
    # long ago, someone else's: a clear no about now is the answer
    _said("long ago, no now", "fever", "i had a fever last year but no not now", fever="no"),
    _said("someone else's, no", "chest_symptoms", "my wife has chest pain but no not me", chest_symptoms="no"),
    # must not: a bare no beside a qualified sign is no denial of change
    _said("must not", "leg_cold_pale", "my feet are always cold no", leg_cold_pale=None),
    # must not: without a denial of change, or with a new sign, it stays unclear (asked again)
    _said("must not", "leg_cold_pale", "my feet are always cold", leg_cold_pale=None),
    # ...but a new sign said after it, of now, is a yes ("now one is blue": _said_after_the_qualified)
    _said("a new sign now", "leg_cold_pale", "my feet are always cold but now one is blue", leg_cold_pale="yes"),
    _said(
        "must not",
        "leg_cold_pale",
        "my feet are always cold and it's not changed but it's gone pale",
        leg_cold_pale=None,
    ),
    _said("must not", "chest_symptoms", "my wife has chest pain", chest_symptoms=None),
    # must not: someone else's sign is never a yes, whatever is said beside it
    _said("must not", "chest_symptoms", "my wife has chest pain but nothing has changed for me", chest_symptoms="no"),
]


RAMBLES = [
    # the answer said last, after looking or checking, with the words of older and polite callers
    _said(
        "answer last", "calf_swollen", "i was looking at it and they both look the same to me so no", calf_swollen="no"
    ),
    _said("answer last", "calf_swollen", "i had a look and i'd say no they're the same", calf_swollen="no"),
    _said("polite", "nerve_red_flags", "no no nothing like that thank goodness", nerve_red_flags="no"),
    _said("polite", "leg_signs", "no love it's not swollen", leg_signs="no"),
    # must not: when it happened is never a filler: swelling "later that evening" is within hours (the
    # injury screen's words), never its no
    _said("must not", "injury_severe", "kind of it swelled up a bit later that evening", injury_severe="yes"),
    _said("reason first", "sport", "i sit at a desk all day so no", sport="no"),
    _said("nothing new", "chest_symptoms", "no nothing new", chest_symptoms="no"),
    _said("fillers", "grinding", "well let me think no not really", grinding="no"),
    _said("fillers", "grinding", "you know it does creak a bit yeah", grinding="yes"),
    # must not: a ramble to a red-flag screen with words no family places is asked again
    _said("must not", "leg_signs", "no but it's gone a funny purplish sort of shade", leg_signs=None),
    _said("must not", "chest_symptoms", "i've had asthma for years but no nothing new", chest_symptoms=None),
    _said(
        "must keep", "calf_swollen", "i was looking at it this morning and the left one is bigger", calf_swollen="yes"
    ),
]


PARTS = [
    # a question of several signs: some denied outright and one in doubt is a doubt ("I don't know")
    _said(
        "one sign in doubt",
        "calf_swollen",
        "it's not red no and not warm but it might be slightly swollen it's hard to tell",
        calf_swollen=UNKNOWN,
    ),
    _said(
        "one sign in doubt",
        "chest_symptoms",
        "no chest pain but i'm not sure if i'm breathless",
        chest_symptoms=UNKNOWN,
    ),
    # must not: a plain no beside a doubt is still asked again; a named sign beside a denial is no doubt
    _said("must not", "calf_swollen", "no not sure", calf_swollen=None),
    _said("must not", "calf_swollen", "not red but it's a bit swollen", calf_swollen="yes"),
]


ANSWER_LAST = [
    # a ramble that puts its plain no last: the words before are its reason
    _said("no last", "sport", "i'm retired and i do the garden and the shopping but no", sport="no"),
    _said("no last", "grinding", "well i've been resting it and taking paracetamol so no", grinding="no"),
    _said("no last", "lump", "i had a feel round the back and no there's nothing there", lump="no"),
    # must not: a sign said before the no makes it unclear; to a red-flag screen every word must be placed
    _said("must not", "grinding", "it grinds when i kneel so no", grinding=None),
    _said("must not", "calf_swollen", "i've been resting it and taking paracetamol so no", calf_swollen=None),
]


AGE_FIRST = [
    # to the age question, the age said first, then a new thought with numbers of its own
    _said("age first", "age", "fifty i play five a side", age=50),
    _said("age first", "age", "forty i run about thirty k a week", age=40),
    _said("age first", "age", "um seventy two and my husband is seventy five", age=72),
    _said("punctuation", "age", "Sixty eight, love, and I still walk five miles a day", age=68),
    # must not: two numbers in a row, or a small number said first, are no age
    _said("must not", "age", "forty two forty three", age=None),
    _said("must not", "age", "five a side twice a week fifty", age=None),
]


NEGATOR_SCOPE = [
    # a denial said, then a turn to what is there: the negator never reaches past "only" or "just"
    _said(
        "turn",
        "leg_signs",
        "no swelling no redness nothing only pain is coming when i climb the stairs",
        leg_signs="no",
        worse_with=["stairs"],
    ),
    _said(
        "turn", "knee_signs", "no stuck no nothing just pain when i squat", knee_signs="no", worse_with=["squatting"]
    ),
    _said("turn", "calf_swollen", "it's not just swollen it's red too", calf_swollen="yes"),
    # must not: a red-flag sign after the turn is never denied by the negator before it
    _said("must not", "leg_signs", "no swelling just redness", leg_signs="yes"),
    _said("must not", "chest_symptoms", "no chest pain just a bit breathless", chest_symptoms="yes"),
    _said("must not", "calf_swollen", "no just a bit swollen", calf_swollen=None),
]


SEVERITY = [
    # how bad it is, said inside a phrase, hides no activity or sign the phrase names
    _said("severity", "lump", "it hurts like crazy when i squat", worse_with=["squatting"]),
    _said("severity", "worse_with", "it hurts like mad going down stairs", worse_with=["stairs"]),
    _said("severity", "grinding", "no but it hurts like hell when i squat", grinding="no", worse_with=["squatting"]),
    # must not: to a red-flag screen the severity words still leave the no unclear (asked again)
    _said("must not", "leg_signs", "no but it hurts like crazy when i go down stairs", leg_signs=None),
    _said("must not", "chest_symptoms", "no but it hurts like hell when i squat", chest_symptoms=None),
]


BARE_WORDS = [
    # Alexa sends no comma after a first no: a no, then the denial in the question's own words, or a
    # bare denial before a new subject, reads as it would with the comma
    _said("no first", "reinjured", "no first time i've ever done anything to it", reinjured="no"),
    _said("no first", "lump", "no nothing it feels flat", lump="no"),
    # a new subject after a sign denied is a new thought: the negator before stops there
    _said("new subject", "muscle_signs", "no pop i heard a crack though", muscle_signs="yes"),
    _said(
        "new subject", "hot_knee", "no it's not hot it crunches when i bend it though", hot_knee="no", grinding="yes"
    ),
    # must not: the answer's own no, then a pause or an aside and a new subject, never denies the sign
    # after it (on main these stored leg_signs: no and lost the swollen calf)
    _said("must not", "leg_signs", "no hmm my calf is a bit swollen", calf_swollen="yes", leg_signs="yes"),
    _said("must not", "leg_signs", "no mind you my calf is swollen", calf_swollen="yes", leg_signs="yes"),
    _said(
        "must not",
        "leg_signs",
        "not that i've noticed my calf is swollen though",
        calf_swollen="yes",
        leg_signs="yes",
    ),
    _said("must keep", "calf_swollen", "no swelling in my calf", calf_swollen="no"),
    _said("must keep", "leg_signs", "not that i've noticed", leg_signs="no"),
    # must not: a part of the body named after a sign denied starts a new thought ("not red, the calf
    # is swollen": on main a no); joined by "or" it is still denied
    # (the sign after it told apart from the one denied: a yes, ``apart_plainly``)
    _said("must not", "leg_signs", "not red the calf is swollen", calf_swollen="yes", leg_signs="yes"),
    _said("must not", "leg_cold_pale", "not cold the foot has gone blue", leg_cold_pale="yes"),
    _said("must keep", "leg_signs", "no redness in the calf or swelling", leg_signs="no"),
    _said("must not", "leg_signs", "no issues the calf is swollen", calf_swollen="yes", leg_signs="yes"),
    _said("must keep", "leg_signs", "no swelling in the calf or redness", leg_signs="no"),
    # must not: a choice value, then the denial of another ("suddenly, no injury") is no echo answered no
    _said("must not", "onset", "suddenly no injury or anything", onset="sudden"),
    _said("must not", "onset", "all at once, no injury", onset="sudden"),
    # must not: a sign set against another denied ("more red than anything") is said, not denied
    _said("must not", "hot_knee", "not really hot more red than anything", hot_knee="yes"),
    _said("must keep", "leg_signs", "no more swelling", leg_signs="no"),
    _said("must not", "tingling", "no pins and needles numb yes", tingling="yes"),
    _said("must keep", "knee_signs", "no locking no giving way", knee_signs="no"),
    # must not: a no said first never denies a sign it reaches ("no pop" is a denial, not the answer's no)
    _said("must not", "muscle_signs", "no pop", muscle_signs="no"),
    # must not: a bare denial before another sign never denies that sign (a volunteered sign is kept)
    _said("must not", "leg_signs", "nothing my calf is swollen", calf_swollen="yes", leg_signs=None),
    _said("must not", "leg_signs", "nothing it is a bit swollen", leg_signs=None),
]


COUNTS = [
    # a thing no family names, then "does that count": in doubt, "I don't know" (the cautious branch)
    _said("asks if it counts", "clot_risk", "i had a tooth out last week does that count", clot_risk=UNKNOWN),
    _said("asks if it counts", "reinjured", "i banged it on the table once would that count", reinjured=UNKNOWN),
    _said(
        "asks if it counts",
        "nerve_red_flags",
        "i go to the loo more at night these days does that count",
        nerve_red_flags=UNKNOWN,
    ),
    # must not: a sign named stays said, whatever is asked of it
    _said("must not", "chest_symptoms", "i get a bit puffed on the stairs does that count", chest_symptoms="yes"),
    _said("must not", "calf_swollen", "my calf is a bit swollen does that count", calf_swollen="yes"),
]


EXAMPLES_AND_REMINDERS = [
    # an example said after the value it shows, in a clause of its own, is no second value
    _said("example", "worse_with", "when I bend it fully, like sitting on the floor", worse_with=["bending"]),
    _said("example", "worse_with", "bending it like kneeling to garden", worse_with=["bending"]),
    # must not: two values listed stay two
    _said("must keep", "worse_with", "stairs and squatting", worse_with=["stairs", "squatting"]),
    # must not: a reminder ("like I said") starts a new thought, so the no before never denies the sign
    _said("must not", "calf_swollen", "no like i said my calf is swollen", calf_swollen=None),
    _said("must not", "calf_swollen", "no, like I said, my calf is swollen", calf_swollen=None),
    _said("reminder", "leg_signs", "yes as i said my calf is swollen", leg_signs="yes", calf_swollen="yes"),
]


STATED_AFTER_ECHO = [
    # a red-flag echo and its no, then the answer said plainly in the question's words: that no
    _said("stated after", "hot_knee", "hot no it's not hot it just aches", hot_knee="no"),
    _said(
        "stated after",
        "chest_symptoms",
        "chest pain no no my chest is fine it's just my knee that's sore",
        chest_symptoms="no",
    ),
    _said("stated after", "calf_swollen", "swollen no the calf isn't swollen at all it just aches", calf_swollen="no"),
    # a volunteered sign after the statement is kept
    _said("must keep", "hot_knee", "hot no it's not hot but my calf is swollen", hot_knee="no", calf_swollen="yes"),
    # must not: a bare no, words that name no sign of the question, another of its signs, or a sign
    # taken back, are asked again as before
    _said("must not", "chest_symptoms", "chest pain no i'm fine", chest_symptoms=None),
    _said("must not", "chest_symptoms", "chest pain no but i am short of breath", chest_symptoms=None),
    _said("must not", "hot_knee", "hot no it's not hot but it is red", hot_knee=None),
    _said("must not", "leg_signs", "swollen yesterday no actually it's fine today", leg_signs=None),
    # the statement right after the no, no comma, taken with it into one short answer: still stated plainly
    _said("stated inside the short answer", "chest_symptoms", "chest pain no my chest is fine", chest_symptoms="no"),
    _said("stated inside the short answer", "calf_swollen", "swollen no my calf is fine", calf_swollen="no"),
    # must not: a bare no with nothing of the sign after it, or a soft one, is asked again
    _said("must not", "chest_symptoms", "chest pain no not really", chest_symptoms=None),
    _said("must not", "chest_symptoms", "chest pain no", chest_symptoms=None),
    # ...and the chest pain asked back and denied twice is no sign said: the breathlessness said plainly beside
    # it is the screen's yes (``apart_plainly``), never its no
    _said(
        "must not", "chest_symptoms", "chest pain no my chest is fine but i am short of breath", chest_symptoms="yes"
    ),
]


EVERYDAY_BESIDE_NO = [
    # beside a clear no, words of everyday life (the pain, pressing, slippers) describe no sign
    _said("everyday", "leg_cold_pale", "no my feet are nice and warm i've got my slippers on", leg_cold_pale="no"),
    _said("everyday", "lump", "no lump that i can feel no but it's very tender if i press there", lump="no"),
    _said("everyday", "tingling", "no tingling no it stays right where it is behind the knee", tingling="no"),
    _said("everyday", "leg_cold_pale", "no my feet are always warm my wife complains about it", leg_cold_pale="no"),
    # must not: the same words beside the sign leave it said
    _said("must not", "leg_cold_pale", "my feet are cold my wife complains about it", leg_cold_pale="yes"),
    # must not: a word no family knows, a negator left over, a word of the question's own sign phrases
    # ("squeeze" to the tight-calf screen, "drove" to the clot risk, "walk" to sport) stay unplaced
    _said("must not", "leg_signs", "no swelling but it's gone a funny purplish sort of shade", leg_signs=None),
    _said("must not", "leg_cold_pale", "not cold but i can't move my toes", leg_cold_pale=None),
    _said("must not", "calf_tight", "no it's soft it hurts when i squeeze it", calf_tight=None),
    _said("must not", "clot_risk", "no but i drove up from london yesterday", clot_risk=None),
    _said("must not", "sport", "no but i walk the dog every day", sport=None),
    _said("must not", "grinding", "no grinding but my wife says my slippers squeak", grinding=None),
    # must not: to a red-flag screen, a clause that says when, not of the pain, may be the sign itself
    _said("must not", "chest_symptoms", "no chest pain only when i walk up the stairs", chest_symptoms=None),
    _said("must not", "chest_symptoms", "no chest pain i get it every morning", chest_symptoms=None),
]


SIGN_IN_DOUBT = [
    # "I can't really say" at the end of a run of words is the doubt, not a negator of the sign before it
    _said("can't really say", "knee_signs", "it feels a bit wobbly at times i cant really say", knee_signs=UNKNOWN),
    _said("must not", "knee_signs", "can't say I have", knee_signs="no"),
    # a sign said, and the answer's own doubt whether it is the one asked: "I don't know"
    _said(
        "sign in doubt",
        "tingling",
        "my foot goes numb sometimes but i'm diabetic so i don't know if that's new",
        tingling=UNKNOWN,
    ),
    _said(
        "sign in doubt",
        "serious_signs",
        "i think i might have lost a bit of weight but i've been off my food so i don't know",
        serious_signs=UNKNOWN,
    ),
    _said("sign in doubt", "grinding", "it creaks a bit but i'm not sure", grinding=UNKNOWN),
    # must not: to a red-flag screen a sign named with a doubt is asked again, never "I don't know"
    _said(
        "must not", "calf_swollen", "my calf is a bit puffy but the other one is too so i don't know", calf_swollen=None
    ),
    _said("must not", "chest_symptoms", "i get a bit breathless but i'm not sure", chest_symptoms=None),
    # must keep: not knowing why is no doubt of the sign
    _said("must keep", "grinding", "yes it grinds i don't know why", grinding="yes"),
]


DOUBT_AFTER_A_VALUE = [
    # a value or sign of a question that is no red-flag screen, then doubted (``value_doubted``): "I don't know"
    _said("doubt after", "mechanism", "maybe a twist i'm not sure", mechanism=UNKNOWN),
    _said(
        "doubt after",
        "knee_mechanics",
        "it might lock now and then but i'm not a hundred percent sure",
        knee_mechanics=UNKNOWN,
    ),
    _said("doubt after", "grinding", "it clicks a bit sometimes but i could be imagining it", grinding=UNKNOWN),
    _said(
        "doubt after", "muscle_signs", "i think something went twang but i couldn't swear to it", muscle_signs=UNKNOWN
    ),
    _said("doubt after", "worse_with", "kneeling maybe it's hard to tell", worse_with=UNKNOWN),
    _said("doubt after", "onset", "sort of sudden i think but i'm not certain", onset=UNKNOWN),
    # must keep: a hedge that admits, a doubt of why, or a doubt in another piece the slot reader joined
    _said("must keep", "mechanism", "a twist i think", mechanism="twist"),
    _said("must keep", "knee_mechanics", "it catches a little sometimes i suppose", knee_mechanics="catches"),
    _said("must keep", "grinding", "it crunches sometimes i don't know why", grinding="yes"),
    _said("slot pieces", "onset", "it crept up on me, hard to say", onset="gradual"),
    # a doubt of something else after a value keeps the value
    _said("doubt after", "onset", "gradually i think i can't remember hurting it", onset="gradual"),
    _said("doubt after", "location", "all round the knee really it's hard to pin down one spot", location="whole_knee"),
    # two values of a single choice and a doubt: "I don't know"
    _said(
        "two values and a doubt",
        "location",
        "one day it's the thigh the next it's the calf i can't pin it down",
        location=UNKNOWN,
    ),
    # a doubt said last, with at most a closing word after it (``value_doubted_last``), takes the value back
    _said("doubt said last", "mechanism", "i reckon i twisted it but i can't really remember", mechanism=UNKNOWN),
    _said("doubt said last", "mechanism", "probably turning too fast i don't recall to be honest", mechanism=UNKNOWN),
    _said(
        "doubt said last", "knee_mechanics", "it might give way sometimes i dunno i don't know", knee_mechanics=UNKNOWN
    ),
    _said("doubt said last", "worse_with", "stairs maybe or sitting i couldn't tell you which", worse_with=UNKNOWN),
    _said("doubt said last", "grinding", "there's a click maybe no idea really", grinding=UNKNOWN),
    # ...and another cause or time offered for it
    _said("other cause", "foot_weak", "my foot feels weaker i guess but it might just be the pain", foot_weak=UNKNOWN),
    _said("other cause", "onset", "it came on after i fell but it could have been before that", onset=UNKNOWN),
    # the doubted answer said in more detail (a knock is an injury) is doubted with it
    _said(
        "detail doubted",
        "onset",
        "i may have bumped it somewhere i honestly don't remember",
        onset=UNKNOWN,
        mechanism=None,
    ),
    # must keep: a doubt said last of something else, or before more words, leaves the value
    _said("must keep", "mechanism", "i twisted it i don't remember what day", mechanism="twist"),
    _said("must keep", "mechanism", "no clue how but i twisted it stepping off a kerb", mechanism="twist"),
    _said("must keep", "mechanism", "i twisted it i don't really know why", mechanism="twist"),
    _said("must keep", "knee_mechanics", "it locks i can't tell you how annoying it is", knee_mechanics="locks"),
    _said("must keep", "location", "all over the knee really i can't pin it down", location="whole_knee"),
    # must not: a doubt before the value, or beside a yes/no sign, is still about it
    _said("must not", "onset", "i can't remember if it came on gradually", onset=UNKNOWN),
    # must not: a red-flag screen keeps its own rules (a sign doubted is not known; a sign put down to another cause
    # is still said)
    _said("must not", "calf_swollen", "the calf looks a bit puffy i can't really tell", calf_swollen=UNKNOWN),
    _said("must not", "chest_symptoms", "i get short of breath but that could just be the pain", chest_symptoms="yes"),
    _said("must not", "calf_swollen", "my calf is swollen i'm not sure", calf_swollen=UNKNOWN),
    # must not: a doubted answer takes back only a choice that tells it in detail, never a sign told with it
    _said(
        "must not",
        "lump",
        "yes there was a lump it burst and the calf swelled up maybe hard to say",
        lump=UNKNOWN,
        cyst_burst="yes",
    ),
]

COMMAS_IN_PHRASES = [
    # a comma before "but" inside a one-clause denial reads as the words do without it (as Alexa sends them)
    _said("comma", "cyst_burst", "it's gone down a bit, but there's no swelling in my calf", cyst_burst="no"),
    # ...and as the slot reader joins "{reply} but there's {symptom}": its two pieces with a comma
    _said("slot pieces", "cyst_burst", "its gone down a bit, no swelling in my calf", cyst_burst="no"),
    # must not: a sign after the comma stays a sign, and a phrase ending at the comma joins nothing
    _said(
        "must not",
        "cyst_burst",
        "it's gone down a bit, but my calf is swollen",
        cyst_burst="yes",
        calf_swollen="yes",
    ),
    _said(
        "must not", "leg_signs", "yes it is hot, and it's like that since three days", leg_signs="yes", duration_days=3
    ),
    _said("must not", "hot_knee", "no its not hot its not red, sore at the back when i walk", hot_knee="no"),
]

REMARKS_WITH_A_REASON = [
    # a clause that points back ("so that's been going on for ages") with a reason beside reaches the sign
    # before it: set aside, so the red-flag screen is asked again, never an emergency on a long-known sign
    _said(
        "not new, with a reason",
        "nerve_red_flags",
        "um i've had some trouble peeing but i'm a sixty nine year old man with a prostate so that's been going on"
        " for ages",
        nerve_red_flags=None,
    ),
    # must not: another clause naming a sign keeps the yes ("that" may be any of them)
    _said(
        "must not",
        "nerve_red_flags",
        "i've had trouble peeing, i'm an old man so that's been going on for ages, and both legs are numb now",
        nerve_red_flags="yes",
    ),
    _said(
        "must not",
        "nerve_red_flags",
        "both legs are numb, and i've had trouble peeing, i'm an old man so that's been going on for ages",
        nerve_red_flags="yes",
    ),
    # must not: a reason with no remark pointing back, or a remark with a negator of its own, keeps the sign
    _said(
        "must not",
        "nerve_red_flags",
        "i've had some trouble peeing, i'm a sixty nine year old man with a prostate",
        nerve_red_flags="yes",
    ),
    _said(
        "must not",
        "nerve_red_flags",
        "i've had some trouble peeing, i'm sixty nine so that's not been going on for ages",
        nerve_red_flags="yes",
    ),  # a sign only denied elsewhere is none "that" may point back at: the remark reaches the sign before it
    _said(
        "beside a denial",
        "chest_symptoms",
        "no chest pain i get a bit puffed on the stairs but that's been years",
        chest_symptoms="no",
    ),
    _said(
        "beside a denial",
        "chest_symptoms",
        "my chest is fine i get puffed on the stairs but that's been years",
        chest_symptoms="no",
    ),
    # must not: breathless on the stairs said without the remark is a sign; a sign of now said after the remark is a
    # yes, the emergency at once (red_flag_qualifiers._said_after_the_qualified)
    _said("must not", "chest_symptoms", "no chest pain i get a bit puffed on the stairs", chest_symptoms="yes"),
    _said(
        "must not",
        "chest_symptoms",
        "i get a bit puffed on the stairs but that's been years and now my chest hurts",
        chest_symptoms="yes",
    ),
]

LONG_AGO_AND_SAYINGS = [
    # an operation dated long ago, said with its when first, is no clot risk of now (in passing or asked)
    _said(
        "long ago, when first",
        "knee_mechanics",
        "it used to give way years ago after my cartilage op but not now no none of them im seventy five now",
        clot_risk=None,
    ),
    _said("long ago, when first", "clot_risk", "years ago after my cartilage op", clot_risk=None),
    _said("long ago, when after", "clot_risk", "my cartilage op was years ago", clot_risk=None),
    # "the first time I've ever been laid up": first hurt, no bed rest told
    _said(
        "a saying",
        "reinjured",
        "no never had any trouble with it before i'm fifty and this is the first time i've ever been laid up",
        reinjured="no",
        clot_risk=None,
    ),
    # must not: a recent op, and bed rest told, stay the clot risk
    _said("must not", "clot_risk", "i had my cartilage op last month", clot_risk="yes"),
    _said("must not", "clot_risk", "it's been sore since my cartilage op two weeks ago", clot_risk="yes"),
    _said("must not", "clot_risk", "i've been laid up in bed for a week", clot_risk="yes"),
    _said("must not", "reinjured", "this is the first time i've been laid up in bed for a week", clot_risk="yes"),
]

SOFT_NO_DOUBTED = [
    # a soft no to an echo at once taken into doubt is no no: "I don't know" with commas, asked again without
    _said(
        "soft no, then maybe",
        "muscle_signs",
        "a pop? I don't think so, maybe, I had headphones in and didn't really notice",
        muscle_signs=UNKNOWN,
    ),
    _said(
        "soft no, then maybe",
        "muscle_signs",
        "a pop i don't think so maybe i had headphones in and didn't really notice",
        muscle_signs=None,
    ),
    _said("soft no, then not sure", "knee_signs", "a lump i don't think so i'm not sure", knee_signs=UNKNOWN),
    # must not: a soft no with a reason, or a plain no then a soft one, stays a no
    _said("must not", "muscle_signs", "a pop i don't think so i had headphones in", muscle_signs="no"),
    _said("must not", "muscle_signs", "a pop no i don't think so", muscle_signs="no"),
]

NUMBERS_SAID = [
    # "over the last month" is a month: asked, or said of the pain unasked
    _said("the last unit", "duration_days", "over the last month or so", duration_days=30),
    _said("the last unit", "duration_days", "in the past week", duration_days=7),
    _said(
        "the last unit, unasked",
        "onset",
        "gradually, it's been creeping up on me over the last month or so",
        onset="gradual",
        duration_days=30,
    ),
    # must not: an amount said keeps its own number, and a unit word must follow at once
    _said("must not", "onset", "over the last few weeks it's got worse", duration_days=21),
    _said("must not", "muscle_signs", "for the last time, no", muscle_signs="no", duration_days=None),
    # a count restating a date is the person's own days; "only been since" is said of the pain
    _said("count restating a date", "duration_days", "since the weekend so four days", duration_days=4),
    _said("count restating a date", "duration_days", "since tuesday so about a week", duration_days=7),
    # a count said as a bound the date's days fall just under: the date's days; a date far under it: the count
    _said("nearly the count", "duration_days", "since Tuesday, so nearly a week", duration_days=5),
    _said(
        "nearly the count",
        "muscle_signs",
        "yes it has been hurting since tuesday so almost a week now",
        muscle_signs="yes",
        duration_days=5,
    ),
    _said("must not", "duration_days", "since last tuesday so nearly a fortnight", duration_days=14),
    _said(
        "only been since",
        "muscle_signs",
        "no, no earlier injury, no pop, and it's only been since yesterday",
        muscle_signs="no",
        duration_days=1,
    ),
    # must not: a date with no count is counted from the calendar, and a count with no date is itself
    _said("must not", "duration_days", "since yesterday", duration_days=1),
    _said("must not", "duration_days", "so four days", duration_days=4),
    # an age corrected at once, with now ("forty, well forty one now"), is the age meant
    _said("age corrected", "age", "i'm forty, well forty one now", age=41),
    _said("age corrected", "age", "forty well forty one now", age=41),
    # an age said, then the next one to come: the age now
    _said("age then the next", "age", "fifty seven fifty eight next month", age=57),
    _said("age then the next", "age", "fifty seven, fifty eight next month", age=57),
    # must not: two ages with no word of which is meant stay unclear
    _said("must not", "age", "forty two forty three", age=None),
    _said("must not", "age", "sixty eight next month", age=67),
]

NONE_OF_THEM = [
    # "none of them" before a new thought is a clause of its own, as "none of those" is
    _said(
        "none of them",
        "knee_mechanics",
        "none of them it just aches behind the knee after i've been on my feet all day",
        knee_mechanics="none",
        worse_with=["standing_walking"],
    ),
    # must not: a sign after it is said, never denied by it
    _said("must not", "chest_symptoms", "none of them my calf is swollen", calf_swollen="yes"),
    _said("must not", "knee_mechanics", "i have none of them", knee_mechanics="none"),
]

MOSTLY_AFTER = [
    # "mostly" said after the value, at the end of its clause, picks it out as it does said before
    _said("mostly after", "location", "the back of the knee mostly but sometimes the calf too", location="behind_knee"),
    _said("mostly after", "location", "the calf, the back of the knee mostly", location="behind_knee"),
    _said(
        "mostly before", "location", "mostly the back of the knee but sometimes the calf too", location="behind_knee"
    ),
    # must not: two values and no word picking one stay unclear
    _said("must not", "location", "the back of the knee and the calf", location=None),
]

NEGATOR_SPENT = [
    # a negator spent on a sign before a new subject does not undo the denial after it
    _said("spent before a denial", "tingling_passed", "nah didnt come from sitting its constant", tingling_passed="no"),
    _said("spent before a denial", "hot_knee", "no it's not hot it's normal", hot_knee="no"),
    # must not: a negator that reaches the denial still undoes it ("not normal": something may be wrong)
    _said("must not", "hot_knee", "it's not normal", hot_knee=UNKNOWN),
    _said("must not", "leg_cold_pale", "my foot is not hot it is not normal", leg_cold_pale=UNKNOWN),
]

SEEN_BY_SOMEONE_ELSE = [
    # what someone else says of this person is this person's sign, seen by someone else
    _said("seen by another", "calf_swollen", "my wife says the left one looks bigger", calf_swollen="yes"),
    _said("seen by another", "chest_symptoms", "my husband thinks my breathing is off", chest_symptoms="yes"),
    # must not: what they say of themselves is theirs, never this person's (no emergency, asked again)
    _said("must not", "chest_symptoms", "my wife says she has chest pain", chest_symptoms=None),
    _said("must not", "calf_swollen", "my husband said he has a swollen calf", calf_swollen=None),
    _said("must not", "chest_symptoms", "my wife has chest pain", chest_symptoms=None),
]

# A person's "'s" says whose ("my husband's stick"): the thing is this person's, never the husband's sign; a
# contraction ("my calf's", "my husband's been") is still "is" or "has"
WHOSE = [
    _said("whose", "muscle_tear", "i am using my husband's stick", muscle_tear="yes"),
    _said("whose", "muscle_tear", "i have been getting about with my dad's walking stick", muscle_tear="yes"),
    _said("a contraction", "calf_swollen", "my calf's swollen", calf_swollen="yes"),
    # must not: someone else's own sign stays theirs, with the "'s" of "has" or "is"
    _said("must not", "chest_symptoms", "my husband's got chest pain", chest_symptoms=None),
    _said("must not", "fever", "my daughter's had a fever all week", fever=None),
]

# Someone else helping or looking is not someone else's sign: the person's own sign and denial stay theirs
HELPED_BY_SOMEONE_ELSE = [
    _said("helped", "injury_severe", "not able to walk at all my son had to carry me", injury_severe="yes"),
    _said("helped", "injury_severe", "i could not walk my husband had to help me home", injury_severe="yes"),
    _said("looked", "calf_swollen", "no swelling my husband had a look", calf_swollen="no"),
    _said("looked", "calf_swollen", "no swelling my wife checked it for me", calf_swollen="no"),
    # must not: what they had or did for themselves is theirs
    _said("must not", "chest_symptoms", "my husband had chest pain", chest_symptoms=None),
    _said("must not", "clot_risk", "my husband had to have an operation", clot_risk=None),
    _said("must not", "clot_risk", "my wife flew back from australia", clot_risk=None),
    # must not: a look with a sign said is no denial
    _said("must not", "calf_swollen", "my husband had a look and says it is swollen", calf_swollen="yes"),
]

# A time that dates an earlier event ("I pulled it once, but that was twenty years ago") is never how long the
# pain has lasted; a range of two counts is the larger; a birthday past is the age now; an exact age after its
# decade wins
EARLIER_EVENTS_AND_NUMBERS = [
    _said("an earlier event", "muscle_tear", "i pulled it once but that was twenty years ago", duration_days=None),
    _said("an earlier event", "muscle_tear", "i pulled it once twenty years ago", duration_days=None),
    _said("an earlier event", "onset", "i have hurt it before about five years ago", duration_days=None),
    # must not: the injury of now keeps its day
    _said("must not", "onset", "i pulled it that was four days ago", onset="injury", duration_days=4),
    _said("must not", "muscle_tear", "yes i pulled it two weeks ago", muscle_tear="yes", duration_days=14),
    _said("a range", "duration_days", "since three four days", duration_days=4),
    _said("a range", "muscle_signs", "yes it has been sore for two three weeks", muscle_signs="yes", duration_days=21),
    # must not: a count with tens is one number, and counts far apart are no range
    _said("must not", "duration_days", "twenty four days", duration_days=24),
    _said("must not", "duration_days", "two nine days", duration_days=None),
    _said("a birthday past", "age", "i turned seventy eight in march", age=78),
    _said("a birthday past", "age", "i just turned fifty in june", age=50),
    # must not: an age to come is still the age to come
    _said("must not", "age", "i will be forty in march", age=39),
    _said("must not", "age", "seventy nine eighty in march", age=79),
    _said("an exact age after its decade", "age", "mid forties forty six", age=46),
    _said("an exact age after its decade", "age", "early seventies seventy one", age=71),
    # must not: a number outside the decade is about something else, and the decade stays
    _said("must not", "age", "i am in my forties my son is twenty", age=45),
    _said("must not", "age", "mid forties", age=45),
]

# A question that asks two things joined by "and" (not a red-flag screen): one whole part denied is its no
PART_DENIED = [
    _said("a part denied", "muscle_tear", "there was a pop but no bruise and i'm walking okay", muscle_tear="no"),
    _said(
        "a part denied", "tingling_passed", "it did start when i was sitting but it hasn't gone", tingling_passed="no"
    ),
    _said("a part denied", "cramps", "kind of crampy but it lingers for hours", cramps="no"),
    _said(
        "a part denied",
        "cramps",
        "well i do get cramps in the calf at night but this knee pain is different it's there all the time",
        cramps="no",
    ),
    _said("a part denied", "cramps", "i get a charley horse sometimes but this one sticks around", cramps="no"),
    # must not: one of two signs of a part denied leaves the part said ("trouble walking" or a big bruise)
    _said("must not", "muscle_tear", "i can walk fine but there is a huge bruise and i felt a pop", muscle_tear=None),
    _said("must not", "muscle_tear", "i felt a pop and i can hardly walk", muscle_tear="yes"),
    # must not: a doubt beside the denied part is no no
    _said("must not", "tingling_passed", "it came from sitting but i'm not sure if it has gone", tingling_passed=None),
    _said("must not", "cramps", "it cramps up but i don't think it lingers for hours", cramps=None),
    _said(
        "must not", "tingling_passed", "yes it came from sitting cross legged and it has gone", tingling_passed="yes"
    ),
]

# To a choice question a doubt said first, then a new subject, is a thought of its own, as after a comma: the
# value after it is said; an example ends at "and" and a second value after it
DOUBT_FIRST_AND_EXAMPLE_ENDED = [
    _said("a doubt first", "mechanism", "i don't remember doing anything it just started hurting", mechanism="at_rest"),
    _said("a doubt first", "onset", "i don't really know it was just there one morning when i woke up", onset="sudden"),
    _said("a doubt first", "onset", "i don't know it just came on", onset="sudden"),
    # must not: a doubt of the value after it stays a doubt; to a yes/no question nothing changes
    _said("must not", "mechanism", "i'm not sure it was a twist", mechanism=UNKNOWN),
    _said("must not", "location", "i don't know it's hard to say", location=UNKNOWN),
    _said(
        "an example ended",
        "worse_with",
        "bending it like when i kneel down and twisting round",
        worse_with=["bending", "twisting"],
    ),
    _said(
        "an example ended",
        "worse_with",
        "bending it like when i kneel down to do the garden and twisting round",
        worse_with=["bending", "twisting"],
    ),
    # must not: the example alone, or going on with its own value, is no second value
    _said("must not", "worse_with", "bending it like when i kneel down", worse_with=["bending"]),
    _said("must not", "worse_with", "bending it like when i kneel down and squat", worse_with=["bending"]),
]

# How long it has hurt, said in passing in a ramble: a guess at the amount, the day said before the injury, and the
# knee's time said after the chest denied in one run
TIMES_IN_PASSING = [
    _said(
        "a guess at the amount", "muscle_signs", "no pop i do not think and it has been maybe six days", duration_days=6
    ),
    _said("a guess at the amount", "calf_swollen", "no it has been aching for like a week", duration_days=7),
    _said("the day before the injury", "sport", "yes i play hockey and yesterday only i twisted it", duration_days=1),
    _said("the day before the injury", "onset", "yesterday i hurt it lifting a crate", onset="injury", duration_days=1),
    _said(
        "the chest denied then the knee",
        "chest_symptoms",
        "no sir no chest pain at all only the knee is hurting since five days",
        chest_symptoms="no",
        duration_days=5,
    ),
    _said(
        "the event then its day",
        "age",
        "twenty i play rugby and it has been sore since training yesterday",
        age=20,
        duration_days=1,
    ),
    _said("woken up with it", "onset", "nothing happened i just woke up yesterday with it", duration_days=1),
    # must not: the chest's own time, someone else's day, or a guess of how often, is no time of the knee pain
    _said("must not", "chest_symptoms", "i woke up yesterday with this tightness in my chest", duration_days=None),
    _said("must not", "fever", "i woke up yesterday with a fever", duration_days=None),
    _said("must not", "chest_symptoms", "no chest pain for the last week", duration_days=None),
    _said("must not", "chest_symptoms", "no chest pain just a bit short of breath for two days", duration_days=None),
    _said("must not", "sport", "yesterday my husband twisted his ankle", duration_days=None),
    _said("must not", "sport", "i go for like a week every summer", duration_days=None),
]

# What the knee does, said inside a longer clause to another question: kept beside the answer, and what the
# knee does takes the hedges said with it ("sometimes"), never the question asked
KNEE_DOES_IN_PASSING = [
    _said(
        "the knee named",
        "foot_weak",
        "yes my foot drags and my knee buckled on me twice this week",
        foot_weak="yes",
        knee_mechanics="gives_way",
    ),
    _said(
        "the knee named", "lump", "no lump but the knee locked up on me this morning", lump="no", knee_mechanics="locks"
    ),
    _said(
        "it does",
        "grinding",
        "no grinding no but it does give way on me now and then",
        grinding="no",
        knee_mechanics="gives_way",
    ),
    _said(
        "it has",
        "injury_severe",
        "i could walk off but it has given way on me a few times since",
        knee_mechanics="gives_way",
    ),
    _said(
        "to the opener",
        "knee_signs",
        "it gave out on me last week going down a step",
        knee_signs="yes",
        knee_mechanics="gives_way",
    ),
    # must not: a giving way denied is none, and a hedge beside it answers no other question
    _said("must not", "knee_signs", "no it never gave out on me", knee_signs="no", knee_mechanics=None),
    _said("must not", "knee_signs", "no my knee has not given way", knee_signs="no", knee_mechanics=None),
    _said("must not", "grinding", "no but it gave out on me sometimes", grinding="no"),
]

# A softener ("sort of", "kind of") inside a phrase hides nothing the phrase names, as a word of degree in a gap
# does not
SOFTENED = [
    _said(
        "softened",
        "cyst_burst",
        "yes it went flat and the swelling has sort of moved down into my calf",
        cyst_burst="yes",
        calf_swollen="yes",
    ),
    _said(
        "softened, no apostrophe",
        "cyst_burst",
        "it went down and the swellings kind of gone down into my calf",
        cyst_burst="yes",
        calf_swollen="yes",
    ),
    _said(
        "softened",
        "knee_signs",
        "yeah it kind of catches when i straighten it",
        knee_signs="yes",
        knee_mechanics="catches",
    ),
    # must not: a softened sign imagined or denied is none, and a softener beside a red-flag no leaves it unclear
    _said(
        "must not", "cyst_burst", "if the swelling sort of moved into my calf i would ring someone", calf_swollen=None
    ),
    _said("must not", "chest_symptoms", "if my calf kind of swelled up i would go in", calf_swollen=None),
    _said("must not", "cyst_burst", "if the swelling went down into my calf i would worry", calf_swollen=None),
    # a word of degree is bridged too: more words than a gap spans
    _said(
        "degree", "chest_symptoms", "no chest pain at all but my calf has gone a little bit puffy", calf_swollen="yes"
    ),
    _said("must not", "leg_cold_pale", "my feet are always a bit cold", leg_cold_pale=None),
    _said("must not", "toe_pull_pain", "i can not really move my foot right now", leg_cold_pale=None),
    _said("must not", "calf_swollen", "no my calf is not sort of swollen", calf_swollen="no"),
    _said("must not", "chest_symptoms", "no but i kind of get out of breath on the stairs", chest_symptoms=None),
]

# A hedge said first, then a new subject, is the answer, as it is with the comma Alexa does not send
HEDGE_SAID_FIRST = [
    _said("hedge first", "sport", "a little i cycle to the shops", sport="yes"),
    _said("hedge first", "reinjured", "kind of it has gone on me once or twice before", reinjured="yes"),
    _said("hedge first", "grinding", "a bit it creaks going up the stairs", grinding="yes"),
    # must not: to a red-flag screen the hedge beside the pain stays one clause, asked again (never the sign)
    _said("must not", "chest_symptoms", "a bit it aches", chest_symptoms=None),
    _said("must not", "chest_symptoms", "kind of it is the knee that hurts", chest_symptoms=None),
    _said("must not", "nerve_red_flags", "a bit my knee hurts", nerve_red_flags=None),
    # must not: a hedge before a doubt is one answer, the doubt
    _said("must not", "cramps", "a little i am not sure", cramps=UNKNOWN),
]

# A statement ended, then how the person knows ("no lump is there i checked"), is a new clause without its full stop
HOW_THEY_KNOW = [
    _said("how they know", "lump", "no bump is there i had a feel just now", lump="no"),
    _said("how they know", "lump", "no lump is there i checked it this morning", lump="no"),
    # must not: a phrase that goes on stays one, and a sign said after stays said (no emergency denied)
    _said("must not", "lump", "no lump there that i can feel", lump="no"),
    _said("must not", "calf_swollen", "no it is fine i walked to the shop and now my calf is puffy", calf_swollen=None),
    _said(
        "must not",
        "chest_symptoms",
        "my breathing is fine i walk up the hill and i get breathless",
        chest_symptoms=None,
    ),
]

# How much better, said with a hedge, is no sign admitted: to a red-flag screen it was the emergency's yes
BETTER_BY_A_BIT = [
    _said("must not", "calf_swollen", "my calf is a bit better today", calf_swollen=None),
    _said("must not", "calf_swollen", "no it is a little easier now", calf_swollen=None),
    _said("still a sign", "calf_swollen", "it is a bit swollen", calf_swollen="yes"),
    _said("still a sign", "toe_pull_pain", "a bit worse yes", toe_pull_pain="yes"),
]

# A negator after a sign, past a new subject, is that subject's ("so I'm not past it"), except after a red-flag sign
NEGATOR_OF_A_NEW_SUBJECT = [
    _said(
        "new subject", "age", "sixty one and i still swim three times a week so i am not done yet", age=61, sport="yes"
    ),
    _said("new subject", "grinding", "it creaks when i stand up i am not imagining it", grinding="yes"),
    # must not: the answer's own soft no, or a negator said after a red-flag sign, still reaches it
    _said("must not", "muscle_signs", "a pop i do not think so maybe i was not paying attention", muscle_signs=None),
    _said("must not", "calf_swollen", "is it swollen it is not", calf_swollen=None),
    _said("must not", "grinding", "it creaks no", grinding="no"),
]

# A swollen calf said another way in a ramble: the swelling on its way down with no "is", the leg puffy below the knee
SWOLLEN_CALF_ANOTHER_WAY = [
    _said(
        "on its way down",
        "cyst_burst",
        "it burst i think and now there is this hot swelling going down into my calf",
        cyst_burst="yes",
        calf_swollen="yes",
    ),
    _said(
        "below the knee",
        "clot_risk",
        "i had a long flight last week and since then my leg has been puffy below the knee",
        clot_risk="yes",
        calf_swollen="yes",
    ),
    # must not: someone else's leg, or a leg denied, is no sign of this person's
    _said("must not", "chest_symptoms", "my wife's leg is swollen below the knee", calf_swollen=None),
    _said("must not", "calf_swollen", "no my leg is not swollen below the knee", calf_swollen="no"),
]

# A bare denial closing a list of denials, before a new subject, ends the list: it never undoes the denial after it
LIST_OF_DENIALS = [
    _said("list closed", "chest_symptoms", "no tightness no cough nothing my breathing is fine", chest_symptoms="no"),
    _said(
        "list closed, sign kept",
        "chest_symptoms",
        "no chest pain no cough nothing my breathing is fine it is just my calf has gone a bit puffy",
        chest_symptoms="no",
        calf_swollen="yes",
    ),
    _said("list closed, no my", "muscle_tear", "no bruise nothing walking is fine", muscle_tear="no"),
    # must not: with no denial before it the phrase stays whole, and a red-flag sign beside the list stays asked again
    _said("must not", "calf_swollen", "no redness nothing calf is swollen", calf_swollen=None),
    _said(
        "must not", "chest_symptoms", "they did a scan and there is nothing my doctor could find", chest_symptoms=None
    ),
    # ...and after denials that name the screen's other signs, the swelling said plainly is told apart from them: a yes
    _said("must not", "calf_swollen", "no redness no heat nothing the calf is swollen though", calf_swollen="yes"),
]

# "lump? no, no lump": after an echo, a second "no" before the sign denies it, no part of the short answer
ECHO_THEN_NO_SIGN = [
    _said("echo then the sign denied", "lump", "a lump hmm no no lump but it is tender when i press it", lump="no"),
    _said("echo then the sign denied", "lump", "bump no no bump at all", lump="no"),
    # must not: a chain of echoes keeps its own answers, and a red-flag echo answered a bare no is asked again
    _said("must not", "nerve_red_flags", "both legs no no numb no", nerve_red_flags="no"),
    _said("must not", "knee_signs", "stuck no no give way yes", knee_signs="yes"),
    _said("must not", "calf_swollen", "swollen no no", calf_swollen=None),
]


# Each table is one rule of the reading of hard speech, named as its test was.
TURNABOUTS = [
    # words that turn the answer about, with more said after them, leave a red-flag no unclear
    _said("turned about", "chest_symptoms", "my chest is fine actually it hurts", chest_symptoms=None),
    _said("turned about", "fever", "no fever actually I checked and it was normal", fever=None),
    # said last, or before a plain no, they are emphasis: the no stays
    _said("emphasis", "chest_symptoms", "my chest is fine actually", chest_symptoms="no"),
    _said("emphasis", "chest_symptoms", "no actually nothing", chest_symptoms="no"),
    _said("emphasis", "chest_symptoms", "actually no my chest is fine", chest_symptoms="no"),
    # never a question that is no red-flag screen
    _said("not a screen", "grinding", "no it does not grind actually it is quiet", grinding="no"),
]

DURATION_SAID_SMALL = [
    # how long it has gone on, said as a small amount or as something happening
    _said("said small", "muscle_signs", "no tearing and it's only three days", muscle_signs="no", duration_days=3),
    _said("said small", "lump", "no it's just two days old", lump="no", duration_days=2),
    _said("happening", "muscle_signs", "no first time this is happening and only since yesterday", duration_days=1),
    # must not: days of something else, or how often, are no duration of the pain
    _said("must not", "clot_risk", "it's only three days since my operation", clot_risk="yes", duration_days=None),
    _said("must not", "sport", "i only play two days a week", duration_days=None),
    _said("must not", "clot_risk", "i was only two days in hospital", duration_days=None),
    # a lower bound the exact amount meets is no second amount
    _said("bound met", "muscle_signs", "it's been about ten days now so yeah over a week", duration_days=10),
    _said("bound met", "lump", "no it's been hurting for three weeks so more than a fortnight", duration_days=21),
    # must not: a bound the other amount does not meet leaves the two amounts unclear
    _said("must not", "lump", "no it's been hurting for three days well over a week", duration_days=None),
]


VALUE_SAID_FIRST = [
    # a choice value said first, then the pain said of a new subject: what follows is volunteered too
    _said("value first", "location", "the front it hurts going down stairs", location="front", worse_with=["stairs"]),
    _said(
        "value first",
        "location",
        "front mostly around the kneecap it hurts going down stairs",
        location="front",
        worse_with=["stairs"],
    ),
    _said("value first", "onset", "gradually it's sore on the stairs", onset="gradual", worse_with=["stairs"]),
    # must not: an example after the value stays an example, and a doubt stays with the value
    _said(
        "must not",
        "worse_with",
        "straightening it out like when i stand up from sitting it won't go straight",
        worse_with=["straightening"],
    ),
    _said("must not", "location", "the calf i think", location="calf"),
]


ONE_SIDE_NOT_THE_OTHER = [
    # one side set against the other: the sign said is one-sided, no denial of it
    _said("one side", "calf_swollen", "the left calf is swollen not the other one", calf_swollen="yes"),
    _said("one side", "hot_knee", "it's hot on this side not the other", hot_knee="yes"),
    _said(
        "one side",
        "clot_risk",
        "i had my hip done in september it's going well only the calf's gone a bit puffy on that side not the other",
        clot_risk="yes",
        calf_swollen="yes",
    ),
    # a sign that came later is no denial of it
    _said("came later", "leg_signs", "it wasn't swollen until this morning", leg_signs="yes"),
    _said("came later", "leg_signs", "my knee wasn't swollen till the next morning", leg_signs="yes"),
    # must not: a sign denied stays denied, whatever is said of the other side
    _said("must not", "calf_swollen", "it's not swollen not the other one either", calf_swollen="no"),
    _said("must not", "calf_swollen", "not the other one no neither calf is swollen", calf_swollen="no"),
    _said("must not", "leg_signs", "no it hasn't swollen at all", leg_signs="no"),
]


RESTATED = [
    # a value said, denied, then restated: the value restated is meant
    _said(
        "restated", "knee_mechanics", "it locks well not locks exactly more like it catches", knee_mechanics="catches"
    ),
    _said(
        "restated",
        "knee_mechanics",
        "it gives way well not really gives way it's more like it locks",
        knee_mechanics="locks",
    ),
    _said(
        "restated", "location", "the calf well not the calf really more like behind the knee", location="behind_knee"
    ),
    _said("restated", "duration_days", "about a week no more like ten days", duration_days=10),
    # nothing restated that answers the question: the denial before stays the answer
    _said("denial kept", "cramps", "no not cramps more of a dull throb", cramps="no"),
    _said("denial kept", "tingling", "no tingling no it's more of a dull ache", tingling="no"),
    _said("denial kept", "knee_mechanics", "none of that it's more of a grinding feeling", knee_mechanics="none"),
    # must not: with no negator before it, "more like" corrects nothing
    _said("must not", "knee_mechanics", "it catches it's more like a sticking feeling", knee_mechanics="catches"),
    # must not: to a red-flag screen a restatement is no correction, and a hedge after it is no yes
    _said("must not", "chest_symptoms", "no chest pain more like a bit of heartburn", chest_symptoms=None),
    _said("must not", "calf_swollen", "not swollen exactly more like tight", calf_swollen=None),
]


NAMED_OTHERWISE = [
    # a sign denied as the name of what was said: the lesser thing beside it is no yes (asked again)
    _said("named otherwise", "grinding", "it clicks once but i wouldn't call it grinding", grinding=None),
    _said("named otherwise", "grinding", "it creaks a bit but it's not what i would call grinding", grinding=None),
    _said("named otherwise", "grinding", "it creaks but i would not describe it as grinding", grinding=None),
    # what was said is still read for its own question
    _said("named otherwise", "grinding", "it clicks once but i wouldn't call it grinding", knee_mechanics="catches"),
    # must not: a plain denial of one sign beside another is still the yes of a question of several signs
    _said("must not", "knee_signs", "it locks but i would not say it gives way", knee_signs="yes"),
    _said("must not", "grinding", "it creaks a lot", grinding="yes"),
]


AGE_IN_YEARS = [
    # to the age question, a number of years said first, with no duration word beside it, is the age
    _said("years", "age", "fifty five years madam", age=55),
    _said("years", "age", "my age is fifty five years", age=55),
    _said("punctuation", "age", "sixty two years, madam", age=62),
    _said("years", "age", "i am thirty four years and i am doing yoga daily", age=34, sport="yes"),
    # must not: a time (a duration word beside it, or words after it that say what lasted), a count
    # said after other words, a child's count, or the same words to another question
    _said("must not", "age", "twenty years ago", age=None),
    _said("must not", "age", "for twenty years", age=None),
    _said("must not", "age", "it has been twenty years", age=None),
    _said("must not", "age", "twenty years since i did it", age=None),
    _said("must not", "age", "twenty years of running", age=None),
    _said("must not", "age", "i have run twenty years", age=None),
    _said("must not", "age", "two years", age=None),
    _said("must not", "sport", "fifty five years", age=None),
]


# A negator a denial used ("not hot") is no word left over, and how they checked, with when, is no turn
DENIAL_BESIDE_A_CHECK = [
    _said("spent negator", "hot_knee", "no not hot i pressed it just now its cool", hot_knee="no"),
    _said("punctuation", "hot_knee", "No, not hot, I pressed it just now, it's cool.", hot_knee="no"),
    _said("spent negator", "calf_swollen", "no not swollen i pressed it just now", calf_swollen="no"),
    _said("spent negator", "cyst_burst", "nope still there still hard i pressed it this morning", cyst_burst="no"),
    # must not: a negator that denies no sign is still left over ("I can't move it" may deny what no family
    # knows), a when said of something else is still a turn, and words of the question's own signs stay unplaced
    _said("must not", "hot_knee", "no not hot i can not move it", hot_knee=None),
    _said("must not", "hot_knee", "not hot, i can't bend it", hot_knee=None),
    _said("must not", "chest_symptoms", "no chest pain only when i climb the stairs", chest_symptoms=None),
    _said("must not", "calf_swollen", "not swollen i walked just now", calf_swollen=None),
    _said("must not", "calf_tight", "no not hard at all its a bit sore when i squeeze it", calf_tight=None),
]


# "No, well, ..." takes the no back, to any question but a red-flag screen (there the whole answer is read)
NO_WELL = [
    _said("no well", "sport", "no well i do curling on thursdays", sport="yes"),
    _said("punctuation", "sport", "No, well, I did start a boot camp class Monday, so yes.", sport="yes"),
    _said("no well", "sport", "no well not really", sport="no"),
    _said("no well", "muscle_signs", "a pop no well maybe a kind of twang i am not sure", muscle_signs=UNKNOWN),
    # must not: to a red-flag screen what follows alone is never the answer; "wellness" is no "well"
    _said("must not", "injury_severe", "no well it did feel like it shifted for a second", injury_severe=None),
    _said("red flag as before", "calf_swollen", "no well it is fine", calf_swollen="no"),
    _said("must not", "sport", "no wellness stuff", sport=None),
]


# One word of the question asked inside another yes/no question's longer phrase is that phrase's word
ONE_WORD_INSIDE_ANOTHER = [
    _said(
        "inside another", "reinjured", "i just started running again after a long break", reinjured=None, sport="yes"
    ),
    # must not: the word alone, a sign of several words, or a phrase inside a red-flag sign
    _said("must not", "reinjured", "it has gone again", reinjured="yes"),
    _said("must not", "reinjured", "i tore it playing rugby two years back", reinjured="yes", sport="yes"),
    _said("must not", "tingling", "both my legs are numb", tingling="yes"),
]


# A doubt about one sign of several, another said plainly: the sign said answers (no red-flag screen)
ONE_PART_DOUBTED = [
    _said("one doubted", "muscle_tear", "i dont know about a pop but im walking like a penguin", muscle_tear="yes"),
    _said("punctuation", "muscle_tear", "I don't know about a pop, but I'm walking like a penguin.", muscle_tear="yes"),
    # must not: a doubt whether the thing said is the sign, a doubt alone, or a doubt of the question
    _said("must not", "muscle_tear", "not sure about a pop", muscle_tear=UNKNOWN),
    _said(
        "must not", "knee_signs", "it feels kind of wobbly but i dont know if thats giving way exactly", knee_signs=None
    ),
    _said("must not", "reinjured", "i hurt my knee before but i dont know if its the same muscle", reinjured=UNKNOWN),
    _said("must not", "grinding", "it creaks a bit but i am not sure", grinding=UNKNOWN),
]


# A plain red-flag sign in a clause of its own beside a sign the screen's own words qualify stays a yes
PLAIN_BESIDE_QUALIFIED = [
    _said("plain sign", "nerve_red_flags", "a bit constipated and i cant feel when i wipe", nerve_red_flags="yes"),
    _said("punctuation", "nerve_red_flags", "A bit constipated, and I can't feel when I wipe.", nerve_red_flags="yes"),
    # ...and after every qualified clause, a sign of now in other words is a yes, though the qualified clause
    # names a word of the screen's own sign ("pee"): a qualifier said before a sign is not of it
    _said("a new sign now", "leg_cold_pale", "my feet are always cold but now one is blue", leg_cold_pale="yes"),
    _said(
        "said after",
        "nerve_red_flags",
        "i get up at night to pee and i cant feel the toilet paper",
        nerve_red_flags="yes",
    ),
    # must not: a qualifier of the sign said, after it, or one sign in two clauses stays asked again
    _said("must not", "fever", "i had a temperature but that was weeks ago", fever=None),
    _said("must not", "calf_swollen", "it was swollen but the swelling has gone down", calf_swollen=None),
    _said("must not", "leg_cold_pale", "my feet are always cold", leg_cold_pale=None),
    # must not: a qualified clause after the sign, naming a word of the screen's own sign, may qualify the sign
    # said, as Alexa's slots may hand "swollen" over without its "it was": asked again
    _said("must not", "leg_signs", "swollen but the swelling has gone down", leg_signs=None),
]


# To a single choice, what the knee itself did beside what they were doing is the answer (``refines``); a fall
# or a blow beside it opens a red-flag screen, so the two stay asked again, as do two answers neither refines
VALUE_REFINED = [
    _said("refined", "mechanism", "it bent backwards when i came down from a jump at netball", mechanism="bent_back"),
    _said("refined", "mechanism", "i was just sitting on the couch and my knee went backwards", mechanism="bent_back"),
    _said("refined", "mechanism", "i was sprinting for the ball and twisted it", mechanism="twist"),
    _said(
        "refined", "onset", "i went up for a header and landed funny and twisted it", onset="injury", mechanism="twist"
    ),
    # must not: a blow or a fall beside it, a twist beside the knee bent back, or a doubt, is asked again
    _said("must not", "mechanism", "a bloke ran into me and my knee went backwards", mechanism=None),
    _said("must not", "mechanism", "i came off my bike and twisted my knee", mechanism=None),
    _said("must not", "mechanism", "it twisted and then bent backwards", mechanism=None),
    _said("must not", "mechanism", "i was either jumping or twisting i can't remember", mechanism=UNKNOWN),
]

# "Bang" said bare is how suddenly it hurt, not a knock: "a bang" is one
BANG_SAID_BARE = [
    _said("said bare", "onset", "it was out of nowhere i was lying in bed and bang it hurt", onset="sudden"),
    _said("said bare", "onset", "suddenly i was just standing there and bang", onset="sudden"),
    _said("must not", "onset", "i got a bang on the knee from a cricket ball", onset="injury"),
]

# To a single choice, the age or the how-long question, a no between two answers takes the first back
NO_BETWEEN_TWO_ANSWERS = [
    _said("taken back", "location", "the thigh no the back of the knee", location="behind_knee"),
    _said("taken back", "knee_mechanics", "it locks no it sort of gives way on me", knee_mechanics="gives_way"),
    _said("taken back", "age", "sixty two no sixty three i had a birthday last week", age=63),
    _said("taken back", "duration_days", "three weeks no i would say four weeks", duration_days=28),
    # must not: a no that denies the value after it, or a later number of something else, takes nothing back
    _said("must not", "onset", "it came on suddenly no injury", onset="sudden"),
    _said("must not", "onset", "suddenly i was sitting down no injury nothing", onset="sudden"),
    _said("must not", "age", "sixty no i don't play any sport i had my hip done at fifty five", age=None),
    # every echoed value answered no: the noes are theirs, and the value after them is the answer
    _said(
        "echoes denied", "knee_mechanics", "lock no give way no it just clicks now and then", knee_mechanics="catches"
    ),
    _said("echoes denied", "knee_mechanics", "lock no give way no", knee_mechanics="none"),
]

# To how it started or what happened, a past day said beside the answer is the day the pain began (today is
# Sunday 2026-11-29)
DAY_IT_BEGAN = [
    _said("the day it began", "onset", "it came on out of nowhere on wednesday", onset="sudden", duration_days=4),
    _said("the day it began", "onset", "i hurt it at footy yesterday", onset="injury", duration_days=1),
    _said("the day it began", "mechanism", "i went over on it getting off the bus last friday", duration_days=2),
    _said("the day it began", "onset", "it was just sore when i woke up thursday", duration_days=3),
    # must not: a day of a worsening, or said to another question, dates no start
    _said("must not", "onset", "gradually but it got a lot worse on friday", onset="gradual", duration_days=None),
    _said("must not", "sport", "yes i play tennis on saturday", sport="yes", duration_days=None),
    _said("must not", "reinjured", "yes i twisted it last tuesday too", duration_days=None),
    # must not: the amount it came on over is how it came on, not how long it has lasted
    _said("must not", "onset", "it puffed up over a couple of days", duration_days=None),
    _said("an amount ago", "mechanism", "landing from a jump at netball about a week ago", duration_days=7),
]

# To how it started or what happened, the game they were playing is a sport of theirs, even when the words that
# say so are as long as the answer's own ("playing football" caught alone in a slot)
GAME_THEY_PLAYED = [
    _said("their game", "onset", "playing hockey", onset="injury", sport="yes"),
    _said("their game", "onset", "i was playing netball", onset="injury", sport="yes"),
    _said("their game", "onset", "i hurt it playing cricket", onset="injury", sport="yes"),
    # must not: someone else's game, or one watched, is no sport of theirs
    _said("must not", "onset", "my son was playing football and ran into me", onset="injury", sport=None),
    _said("must not", "onset", "i was watching the football and jumped up", sport=None),
]

# What it is more of picks one value out, as "mostly" does; the click that frees a locked knee is part of the lock
MORE_OF_AND_THE_CLICK_THAT_FREES = [
    _said("more of", "knee_mechanics", "it's more of a catch when i squat no locking", knee_mechanics="catches"),
    _said("more of", "location", "behind the knee and the calf but more like the calf", location="calf"),
    _said("frees the lock", "knee_mechanics", "it gets stuck bent until it pops back", knee_mechanics="locks"),
    _said("frees the lock", "knee_mechanics", "it locks and then it clicks free", knee_mechanics="locks"),
    # must not: a click said as what it does, beside a lock, is two answers
    _said("must not", "knee_mechanics", "it locks and it clicks a lot", knee_mechanics=None),
    # stuck and not straightening, said to the opener: its yes, and the lock it names kept beside it
    _said("stuck whole", "knee_signs", "it gets stuck and wont straighten", knee_signs="yes", knee_mechanics="locks"),
    _said("must not", "knee_signs", "no it never gets stuck and wont straighten", knee_signs="no", knee_mechanics=None),
]

# "I am forty five years" said of the person, unasked, is the age when it ends the answer or a new thought follows
AGE_IN_YEARS_UNASKED = [
    _said("said of the person", "mechanism", "i slipped on the stairs i am fifty two years", age=52),
    _said("said of the person", "sport", "no sir i am sixty years and i walk only", age=60),
    # must not: years into something, or years of doing it, are no age
    _said("must not", "sport", "i am twenty years into this job and i do yoga", age=None),
    _said("must not", "onset", "i am two years past my operation and it just came on", age=None),
]

# A follow-up's yes said beside a no read from other words: the sign of the opener's own list is its yes
A_SIGN_OF_ITS_LIST = [
    _said(
        "an earlier injury",
        "muscle_signs",
        "well i pulled that same hamstring last summer and it feels just the same",
        muscle_signs="yes",
        reinjured="yes",
    ),
    _said("an earlier injury", "muscle_signs", "no pop but i hurt the same muscle last year", muscle_signs="yes"),
    # must not: an earlier injury denied is no sign; a red-flag screen reads its no only from its own words
    _said("must not", "muscle_signs", "no i have never pulled it before", muscle_signs="no", reinjured=None),
]

# "Two weeks no closer to three": a count corrected without its unit takes the unit said before it
UNIT_CARRIED = [
    _said("unit carried", "duration_days", "two weeks no closer to three", duration_days=21),
    _said("unit carried", "duration_days", "three days no four", duration_days=4),
    _said("unit carried", "duration_days", "a week or two no more like three", duration_days=21),
    # ...right after the count, whatever is said after it ("no, five, and it's getting worse")
    _said("unit carried", "duration_days", "four days no five and it is getting worse", duration_days=5),
    _said("unit carried", "duration_days", "two weeks no closer to three it began at easter", duration_days=21),
    # a unit said after the count is its own
    _said("own unit", "duration_days", "two weeks no three days", duration_days=3),
    # must not: a number that is no count of the pain takes no unit ("I'm sixty" is the age, never sixty weeks)
    _said("must not", "duration_days", "two weeks actually i am sixty", duration_days=14, age=60),
]

# "Since three days" beside a sign of the leg or knee: how long the trouble has gone on, as the pain's amount would be;
# never a date, never another part's, never what it came on over
SIGN_WITH_AN_AMOUNT = [
    _said("swollen since", "leg_signs", "yes it is swollen since two days and little bit warm also", duration_days=2),
    _said("swelling since", "lump", "yes one swelling is there behind the knee since one month", duration_days=30),
    _said(
        "an event's day",
        "injury_severe",
        "it swelled up yeah that was at basketball practice on thursday",
        duration_days=3,
    ),
    # must not: a date beside a sign, or the calf's amount, or an amount it came on over, is no time of the pain
    _said("must not", "calf_swollen", "yes right calf is swollen and red since thursday", duration_days=None),
    _said("must not", "chest_symptoms", "no chest pain but my calf is swelling since two days", duration_days=None),
    _said("must not", "leg_signs", "it swelled up over a few days", duration_days=None),
    _said("must not", "foot_weak", "yes the leg has become weak since two days", duration_days=None),
]

# Words of what is done, not a correction ("hang on to the rail"); an activity said with "especially"; a twist to get
# out of a seat is the twist; walking said with stiffness is no stiffness of the mornings
DONE_NOT_CORRECTED = [
    _said(
        "hang on to",
        "knee_mechanics",
        "it gives way going downstairs i have to hang on to the rail",
        knee_mechanics="gives_way",
    ),
    _said(
        "especially when",
        "location",
        "at the front around the knee cap especially when i go down the stairs",
        location="front",
        worse_with=["stairs"],
    ),
    _said(
        "one twist",
        "worse_with",
        "when i bend it all the way and when i twist to get out of the car",
        worse_with=["bending", "twisting"],
    ),
    _said(
        "walking stiff",
        "muscle_tear",
        "no bruise no i can walk alright just a bit stiff",
        muscle_tear="no",
        morning_stiffness=None,
    ),
    # must not: a correction said as one still corrects ("yes hang on no"), stiffness of the mornings is still said
    _said("must not", "knee_mechanics", "it locks hang on it gives way", knee_mechanics="gives_way"),
    _said("must not", "worse_with", "when i get out of the car", worse_with=["standing_walking"]),
    _said("must not", "cyst_burst", "no but it gets really stiff in the mornings", morning_stiffness="yes"),
]

# Sport given up long ago, said across a "but"; the sign told apart from the pain with "more of ... than"
GIVEN_UP_AND_TOLD_APART = [
    _said(
        "given up", "sport", "i used to play rugby but that was forty years ago i'm sixty four now", sport="no", age=64
    ),
    _said("told apart", "tingling", "no it's more of a throb than a shooting pain it stays in the knee", tingling="no"),
    # must not: a sport still played beside one given up is never a no; a shooting pain said as the more is one
    _said("must not", "sport", "i used to play rugby years ago but i run most days now", sport=None),
    _said("must not", "tingling", "it's more of a shooting pain than a throb", tingling="yes"),
]

# A sport shown by where or when it happened, said to a question whose own phrase covers the same words; the answer
# concluded after "so I suppose"; the emphatic "did"; a feeling the person cannot put into words
SAID_BESIDE_THE_ANSWER = [
    _said("season", "reinjured", "yeah it keeps going on me every footy season", reinjured="yes", sport="yes"),
    _said(
        "game before",
        "reinjured",
        "yes sir same muscle it happened before in cricket also",
        reinjured="yes",
        sport="yes",
    ),
    _said(
        "off the court",
        "injury_severe",
        "no it didn't pop out or anything and i walked off the court myself",
        injury_severe="no",
        sport="yes",
    ),
    _said(
        "concluded",
        "onset",
        "it started when i was kneeling down pulling weeds and when i got up it just went so i suppose an injury",
        onset="injury",
    ),
    _said(
        "emphatic did",
        "onset",
        "suddenly i guess no wait i did bang it on the coffee table the day before so maybe that",
        onset="injury",
        mechanism="blow_fall",
    ),
    _said(
        "cannot describe",
        "knee_mechanics",
        "i don't really know it just feels wobbly sometimes i can't describe it",
        knee_mechanics=UNKNOWN,
    ),
    # must not: someone else's game or injury is not theirs; a denial keeps its "did not"; a value said plainly stays
    _said("must not", "reinjured", "my son hurt his in cricket", sport=None),
    _said(
        "must not", "injury_severe", "nah i walked off the field and it didn't swell up till the next day", sport=None
    ),
    _said("must not", "onset", "i did not bang it it just came on gradually", mechanism=None, onset="gradual"),
    _said(
        "must not", "knee_mechanics", "it gives way i can't describe it better than that", knee_mechanics="gives_way"
    ),
]

# What someone else did is theirs: no event, way it happened or sport of this person's
SOMEONE_ELSE_DID = [
    _said(
        "theirs", "onset", "my son twisted his knee playing football and i think i did the same", onset=None, sport=None
    ),
    _said("theirs", "onset", "it came on gradually my wife twisted hers last year", onset="gradual", mechanism=None),
    _said("theirs", "mechanism", "nothing really my husband fell off a ladder last week", mechanism="at_rest"),
    _said("theirs", "sport", "my daughter plays netball", sport=None),
    # must not: the person's own event beside someone else's stays; a red-flag sign after theirs is never dropped
    _said("must not", "onset", "i twisted it and my wife twisted hers", onset="injury", mechanism="twist"),
    _said("must not", "mechanism", "my husband fell over my calf is swollen", calf_swollen="yes"),
    _said("must not", "onset", "i fell over my son's bike", onset="injury", mechanism="blow_fall"),
]

# A soft no taken back as the thing comes to mind ("I don't think so, oh well, ..."): what follows is the answer,
# except to a red-flag screen, which reads the whole answer
SOFT_NO_TAKEN_BACK = [
    _said(
        "taken back",
        "tingling",
        "numb no i don't think so oh well the toes go a bit numb sometimes when i sit too long",
        tingling="yes",
    ),
    # must not: to a red-flag screen the soft no is not made clear by what follows
    _said("must not", "fever", "i don't think so oh well i feel fine", fever=None),
]

# A stretch done before or after a run (rounds 45, 47): the run says when, it is no walking or running of its own
STRETCH_BEFORE_A_RUN = [
    _said("when", "worse_with", "stretching my hamstring before my run makes it worse", worse_with=["stretching"]),
    _said("when", "worse_with", "it hurts when i stretch my hamstrings after my run", worse_with=["stretching"]),
    # must not: running said as what makes it worse stays the walking and running
    _said("must not", "worse_with", "running makes it worse", worse_with=["standing_walking"]),
]

# Facts stored that the words do not say of this person now (spent rounds 61-87, "wrong store"): the first time said
# with "never done this before" is no earlier injury; pain that "keeps going all day" is no muscle that keeps going; an
# old operation and a hospital as the place of work are no clot risk of now; a lump of another part is no lump behind
# the knee; a creak when they get up is the noise, no stiffness; "mornings are right" is the stiffness's no
NOT_SAID_OF_THEM_NOW = [
    _said("first time", "calf_tight", "it's sore but i've never done this before honestly", reinjured=None),
    _said("first time", "calf_tight", "it's sore but i've never done this before honestly", muscle_signs=None),
    _said("goes on", "cramps", "no the ache keeps going all day", cramps="no", reinjured=None, muscle_signs=None),
    _said("goes on", "cramps", "no it just keeps going on and on", cramps="no", reinjured=None),
    _said("goes on, asked", "reinjured", "it keeps going all day", reinjured=None),
    _said("old op", "toe_pull_pain", "it's hard to bend, my ankle was fused after an old op", clot_risk=None),
    _said("work", "age", "sixty two and i've worked at the hospital for years", age=62, clot_risk=None),
    _said("work", "clot_risk", "i'm a nurse at the hospital so i'm on my feet a lot", clot_risk=None),
    _said("another part", "clot_risk", "they're checking a lump in my armpit", lump=None, knee_signs=None),
    _said("another part", "serious_signs", "i had a breast lump removed a while back", lump=None, knee_signs=None),
    _said("the noise", "knee_signs", "no but it creaks like a rusty gate when i get up", morning_stiffness=None),
    _said(
        "the noise", "knee_signs", "no but it creaks like a rusty gate when i get up", knee_signs="no", grinding="yes"
    ),
    _said(
        "the noise",
        "knee_mechanics",
        "none of them but it creaks something awful when i get up",
        morning_stiffness=None,
        grinding="yes",
    ),
    _said(
        "mornings all right",
        "morning_stiffness",
        "nah the mornings are fine it's more the evenings",
        morning_stiffness="no",
    ),
    _said("mornings all right", "morning_stiffness", "mornings are alright", morning_stiffness="no"),
    # must not: the earlier injury said, a sign said new, a recent stay or operation, the knee's lump, the stiffness
    # said when they get up, and the mornings as the worst stay as they were
    _said("must not", "calf_tight", "i've done this before last summer", reinjured="yes"),
    _said("must not", "reinjured", "no i have never done this before", reinjured="no"),
    _said("must not", "reinjured", "yes it keeps going every season", reinjured="yes"),
    _said(
        "must not",
        "nerve_red_flags",
        "i had an accident this morning and i've never done that before",
        nerve_red_flags="yes",
    ),
    _said("must not", "clot_risk", "i was in the hospital last week", clot_risk="yes"),
    _said("must not", "calf_swollen", "yes and i got out of hospital on monday", calf_swollen="yes", clot_risk="yes"),
    _said("must not", "clot_risk", "i had an operation on my hip three weeks ago", clot_risk="yes"),
    _said("must not", "clot_risk", "i had a lump in my breast and it was cancer, i'm on chemo now", clot_risk="yes"),
    _said("must not", "knee_signs", "there's a lump behind my knee", lump="yes"),
    _said("must not", "knee_signs", "no but it's stiff as a board when i get up", morning_stiffness="yes"),
    _said("must not", "grinding", "yes like a rusty gate first thing in the morning", morning_stiffness="yes"),
    _said("must not", "morning_stiffness", "mornings are the worst", morning_stiffness="yes"),
]

RULES = {
    "a fact not said of them now is not stored": NOT_SAID_OF_THEM_NOW,
    "a stretch before or after a run": STRETCH_BEFORE_A_RUN,
    "a soft no taken back as the thing comes to mind": SOFT_NO_TAKEN_BACK,
    "what someone else did is theirs": SOMEONE_ELSE_DID,
    "said beside the answer, concluded, emphatic or beyond words": SAID_BESIDE_THE_ANSWER,
    "a count corrected without its unit takes the unit before it": UNIT_CARRIED,
    "a sign of the leg with an amount says how long": SIGN_WITH_AN_AMOUNT,
    "words of what is done are no correction and no second value": DONE_NOT_CORRECTED,
    "a sport given up long ago and a sign told apart": GIVEN_UP_AND_TOLD_APART,
    "a sign of its list beside a no": A_SIGN_OF_ITS_LIST,
    "years said of the person are the age": AGE_IN_YEARS_UNASKED,
    "what it is more of, and the click that frees a lock": MORE_OF_AND_THE_CLICK_THAT_FREES,
    "the game they were playing to how it started is their sport": GAME_THEY_PLAYED,
    "a past day beside how it started is the day it began": DAY_IT_BEGAN,
    "a no between two answers takes the first back": NO_BETWEEN_TWO_ANSWERS,
    "what the knee did is the answer beside what they were doing": VALUE_REFINED,
    "a bare bang is how suddenly it hurt": BANG_SAID_BARE,
    "words that turn an answer about leave a red-flag no unclear": TURNABOUTS,
    "an echoed sign is a question and the answer after it answers it": ECHOES,
    "a person who corrects themselves means what they said last": CORRECTIONS,
    "a sign as it always is gives way to a denial of change or a doubt": NOT_NEW,
    "a ramble is read for its answer": RAMBLES,
    "an answer to part of a question of several signs": PARTS,
    "a no said last after its reason": ANSWER_LAST,
    "the age said first before other numbers": AGE_FIRST,
    "a negator stops where the answer turns to what is there": NEGATOR_SCOPE,
    "how bad it is hides no activity said with it": SEVERITY,
    "bare words read as they would with commas": BARE_WORDS,
    "a thing said and asked whether it counts is in doubt": COUNTS,
    "an example is no second value and a reminder no denial": EXAMPLES_AND_REMINDERS,
    "an echo answered no then stated plainly is that no": STATED_AFTER_ECHO,
    "words of everyday life beside a clear no leave it clear": EVERYDAY_BESIDE_NO,
    "a sign said with a doubt of the question is a doubt": SIGN_IN_DOUBT,
    "a value then doubted is I don't know, a hedge that admits keeps it": DOUBT_AFTER_A_VALUE,
    "a comma inside a one-clause phrase is read as Alexa sends it, without": COMMAS_IN_PHRASES,
    "a remark that points back with a reason reaches the sign before it": REMARKS_WITH_A_REASON,
    "an operation long ago and a saying are no clot risk of now": LONG_AGO_AND_SAYINGS,
    "a soft no to an echo taken into doubt is a doubt": SOFT_NO_DOUBTED,
    "numbers as people say them": NUMBERS_SAID,
    "none of them before a new thought is a clause of its own": NONE_OF_THEM,
    "mostly said after a value picks it out": MOSTLY_AFTER,
    "a negator spent before a new subject does not undo a denial": NEGATOR_SPENT,
    "a sign someone else sees is this person's": SEEN_BY_SOMEONE_ELSE,
    "a person's 's says whose": WHOSE,
    "someone else helping or looking is not their sign": HELPED_BY_SOMEONE_ELSE,
    "times of earlier events, ranges, birthdays and exact ages": EARLIER_EVENTS_AND_NUMBERS,
    "one whole part of a question of two parts denied is its no": PART_DENIED,
    "a doubt said first and an example ended by and": DOUBT_FIRST_AND_EXAMPLE_ENDED,
    "how long it has hurt said in passing": TIMES_IN_PASSING,
    "what the knee does said in passing": KNEE_DOES_IN_PASSING,
    "a softener inside a phrase hides nothing": SOFTENED,
    "a hedge said first before a new subject is the answer": HEDGE_SAID_FIRST,
    "how they know starts a new clause": HOW_THEY_KNOW,
    "a hedge of how much better admits no sign": BETTER_BY_A_BIT,
    "a negator past a new subject is that subject's": NEGATOR_OF_A_NEW_SUBJECT,
    "a swollen calf said another way": SWOLLEN_CALF_ANOTHER_WAY,
    "a bare denial closes a list of denials": LIST_OF_DENIALS,
    "a second no after an echo denies the sign after it": ECHO_THEN_NO_SIGN,
    "a value said, denied and restated is the value restated": RESTATED,
    "a sign denied as the name of what was said is no yes": NAMED_OTHERWISE,
    "how long it has gone on said as a small amount": DURATION_SAID_SMALL,
    "a choice value said first before the pain of a new subject": VALUE_SAID_FIRST,
    "one side set against the other, or a sign that came later, is no denial": ONE_SIDE_NOT_THE_OTHER,
    "an age said in years to the age question": AGE_IN_YEARS,
    "a negator a denial used and how they checked leave a no clear": DENIAL_BESIDE_A_CHECK,
    "no, well, takes the no back except to a red-flag screen": NO_WELL,
    "one word of the question asked inside another question's phrase": ONE_WORD_INSIDE_ANOTHER,
    "a doubt about one sign beside another said plainly": ONE_PART_DOUBTED,
    "a plain red-flag sign apart from a qualified one is a yes": PLAIN_BESIDE_QUALIFIED,
}


@pytest.mark.parametrize(
    "pending, words, facts",
    [pytest.param(*row.values, id=f"{rule}: {row.id}") for rule, rows in RULES.items() for row in rows],
)
def test_hard_speech_readings(pending, words, facts):
    _check(pending, words, facts)


@pytest.mark.parametrize(
    "words, facts",
    [
        # "{reply} but {symptom} and {symptom_two}": "it's swollen" is the calf, read with the words before it,
        # never again alone against the lump question asked
        (
            "no lump that i can feel but its very tender if i press on my calf and its swollen",
            {"lump": None, "calf_swollen": "yes"},
        ),
        # must not: symptom words the model caught alone still answer the question asked
        ("yeah it's swollen", {"lump": "yes", "leg_signs": "yes"}),
    ],
)
def test_symptom_words_read_with_the_rest_are_not_read_again_alone(words, facts):
    """Through the try-it resolver and the skill's slot reader (``skill.slots``), as a request carries it."""
    today = date(2026, 11, 29)
    resolution = UtteranceResolver.for_locale("en-US").resolve(words, today)
    heard = facts_heard(resolution, KB.questions["lump"], KB, "en-US", today)
    assert {fact: heard.get(fact) for fact in facts} == facts, heard


@pytest.mark.parametrize(
    "pending, words, facts",
    [
        ("tingling_passed", "it did start when i was sitting but it hasn't gone", {"tingling_passed": "no"}),
        (
            "cramps",
            "well i do get cramps at night they're awful but this knee pain is different it's there all the time",
            {"cramps": "no"},
        ),
        # must not: a part only half denied leaves the question open, however the words arrive
        ("muscle_tear", "there was a pop but i am walking okay", {"muscle_tear": None}),
    ],
)
def test_a_part_denied_is_a_clear_no_through_the_slot_reader(pending, words, facts):
    """A whole part of a question of two parts denied stays the no when the skill's slot reader drops an
    unclear no (``skill.slots``): words unplaced elsewhere change nothing of it."""
    today = date(2026, 11, 29)
    resolution = UtteranceResolver.for_locale("en-US").resolve(words, today)
    heard = facts_heard(resolution, KB.questions[pending], KB, "en-US", today)
    assert {fact: heard.get(fact) for fact in facts} == facts, heard


@pytest.mark.parametrize(
    "pending, words, facts",
    [
        # symptom words no value matched are said of the part named in another slot
        ("location", "my thigh and it's swollen", {"location": "thigh", "leg_signs": "yes"}),
        ("location", "my thigh and it's all puffed up", {"location": "thigh", "leg_signs": "yes"}),
        ("location", "my calf and it's puffy", {"location": "calf", "calf_swollen": "yes"}),
        # must not: a denial in the symptom words stays a denial, no sign
        ("location", "my thigh and no swelling", {"location": "thigh", "leg_signs": None}),
        # a duration with no one value reaches the reading whole: the larger count of the range
        ("duration_days", "since three four days", {"duration_days": 4}),
        ("duration_days", "its been two three weeks", {"duration_days": 21}),
        # a sample's "and" that cuts through one phrase: the pieces are read as said, whole
        ("fever", "yes a temperature of a hundred and one and the knee is red", {"fever": "yes", "hot_knee": "yes"}),
        (
            "fever",
            "yes ive had a temperature of a hundred and one since yesterday and the knee is bright red",
            {"fever": "yes", "hot_knee": "yes"},
        ),
        ("tingling", "yes pins and needles and my foot is numb", {"tingling": "yes"}),
        # must not: a cut through no phrase leaves the pieces apart ("a hundred" is no fever on its own)
        ("fever", "my temperature was a hundred and i feel fine", {"fever": None}),
    ],
)
def test_words_a_slot_cannot_use_are_left_to_the_reading(pending, words, facts):
    """Through the try-it resolver and the skill's slot reader: words the slots hold but cannot place
    alone ("swollen" beside "my thigh", "three four days" as a duration) are read as they were said."""
    today = date(2026, 11, 29)
    resolution = UtteranceResolver.for_locale("en-US").resolve(words, today)
    heard = facts_heard(resolution, KB.questions[pending], KB, "en-US", today)
    assert {fact: heard.get(fact) for fact in facts} == facts, (resolution.describe(), heard)
