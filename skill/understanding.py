"""Free text read by the skill itself: what a person said in words the interaction model does not list.

Why: Alexa's entity resolution only trusts a slot value listed in the model (``ER_SUCCESS_MATCH``);
any other words reach the skill as raw text (``ER_SUCCESS_NO_MATCH``), and the catch-all sample
``{answer_text}`` hands over whole sentences no sample fits. Without a reading of its own, the skill
would lose every answer that is not word for word in the model. This module reads such text with
word families kept as data (``skill/understanding.yaml``, loaded and validated against the kb by
``skill.word_data``), so a kb question without words fails at start-up, never mid-conversation.

The reading is deliberately cautious, because a misheard answer must never become a fact:

- the text is split into clauses ("no, but my calf is swollen": "no" / "my calf is swollen"); as
  Alexa sends no commas, a yes or no starts a clause wherever it stands before a new thought
  ("my calf no that's fine"); a comma inside a phrase that is one clause without it ("it's gone down
  a bit, but there's no swelling in my calf") is read as if Alexa had sent it, without
  (``word_data.clauses``);
- a person who corrects themselves ("yes, I mean no", "uh yes no hang on", with commas or without) means
  what follows the correction ("no, well, ..." too, to any question but a red-flag screen:
  ``corrections_unless_red_flag``), except an "I mean" after a plain no with no answer after it, which
  explains the no ("not really, no, I mean, it's a bit achy": read whole, ``_explains``); a red-flag
  sign taken back (any yes said before the correction) is asked again, never a no, unless the mistake is
  told (the wrong or other part, a time gone by: "yes, no, wait, I was looking at the wrong foot, no,
  this one's fine") and a plain no said again, or the words after the mistake told, deny the sign
  plainly (``_mistake_told``); to a single choice, the age or the how-long question a bare no between
  two different answers is such a correction ("it gives way no it locks", "seventy one no seventy two"),
  never a no that denies the value after it ("suddenly no injury": ``_said_again``); to a red-flag
  screen, words that may turn an answer about ("my chest is fine, actually it hurts") with more said
  after them leave its no unclear (``_turned_about``); a value said, denied and restated ("it locks,
  well, not locks exactly, more like it catches") is the value restated, when the words after "more
  like" answer the question (else the denial before them stays the answer: "no, not cramps, more of a
  dull throb"), never to a red-flag screen (``_restated``);
- an echoed sign is a question, not a report ("both legs? no. numb? no"; "numb where, oh no"): found
  by its words alone, as Alexa sends no question mark, it never counts as the sign (nor as another
  question's), and the answer after it answers it; to a question of several signs one yes is a yes,
  a doubt among noes a doubt, all no a no (``_echoes``); a soft no at once taken into doubt ("a pop? I
  don't think so, maybe") is a doubt (``_answer_at``). A red-flag echo answered a bare no with no
  cue ("chest pain no") is asked again, unless the words after it deny the sign plainly in the
  question's words and read alone as a clear no ("hot? no, it's not hot, it just aches": the no;
  ``_stated_plainly``; with no comma the short answer may take the statement in, "chest pain no my chest
  is fine", and the statement is what follows its no: ``_with_swallowed``); another question's red-flag
  sign is never an echo. A
  sign asked about and answered in one breath ("not sure what you mean by catch, it clicks") is read
  from the answer after it;
- a clause naming a question's sign says "yes" to it, unless a negator outside the sign's own words
  reaches it ("my calf isn't swollen", "no swelling"): then it is evidence of "no", up to a new
  subject after another sign ("no pop I heard a crack": the crack is said; "not red, the calf is
  swollen", but "no redness in the calf or swelling" denies both) or after the answer's
  own no ("no, hmm, my calf is a bit swollen" is a swollen calf; "no swelling in my calf" a
  denial), and a denial phrase after that stop is not undone by it ("didn't come from sitting it's
  constant"). A negator after
  the sign reaches it only when no other sign follows ("swollen, no", but "a rock-hard calf, no
  chest pain"); a negator never reaches past a turn to what is there ("nothing, only pain when I
  climb the stairs"; "no swelling just redness" denies no redness); which negators reach a sign,
  and what they make of it, is decided in ``_said_of``;
- how bad it is, said inside a phrase, hides nothing the phrase names ("it hurts like crazy when I
  squat" is squatting); to a red-flag screen those words still leave a no unclear (``_bridged``); the
  negator of pain past bearing ("very tight, I can't stand it") denies no sign (``severe``); a hedge or
  a yes that is only how much of the pain ("it's a bit achy") is no yes to a red-flag screen, and beside
  its no no sign at all when the screen's signs name no pain (``_pain_no_sign``);
- an example said after the value it shows ("when I bend it fully, like sitting on the floor") is
  no second value, in its clause or the next (``_with_examples``), up to "and" a few words after a value
  of its own ("like when I kneel down and twisting round": the twisting is said); a reminder ("no, like I said, my
  calf is swollen") starts a new thought, so the no before it never denies the sign after it;
- one word of the pending yes/no question inside a longer phrase of another yes/no question (no
  red-flag one, and never to a red-flag screen) is that phrase's word ("I just started running again
  after a long break": the sport, no "hurt again": ``_inside_another``);
- the words that chose the pending question's value do not answer again a question it is asked only
  after ("I twisted it" to what happened is no new "how it started"); an answer that another
  question's own words include (``entails``: a knee that gives way is a yes to "does it get stuck or
  give way") is set for that question too, never over a fact said and never for a question the
  pending one is asked only after;
- general words (yes, no, hedges that admit a sign, unsure forms) in a clause that names no sign
  answer the pending question only, and not when the clause names a part of the body the question
  is not about ("my calf is fine" says nothing of chest pain);
- only the pending question can get "no" or "unknown"; any other question gets only a "yes" (a
  volunteered sign) or a choice value;
- a question that lists several signs is answered yes when one is named and another denied ("no
  lump, but it does catch"), unless the denial explains the sign away ("lost weight, but I'm on a
  diet") or the question is a red-flag screen (then yes and no together are asked again, unless the
  sign is said plainly and told apart by its words from the one denied: ``apart_plainly``, in
  ``skill.red_flag_qualifiers``), or the
  sign is denied as the name of what was said ("it clicks once, but I wouldn't call it grinding":
  the click is no grinding either, asked again: ``_named_otherwise``), or the sign denied is the one
  said ("it wakes me yeah ... no, I wouldn't say it wakes me": a mind changed, asked again:
  ``several_signs``); one sign said plainly and another only doubted ("I don't know about a pop,
  but I'm walking like a penguin") is a yes too, never to a red-flag screen (``other_part_doubted``);
- a question that asks two things joined by "and" (no red-flag screen) is answered no when words that
  deny one whole part are said without doubt ("there was a pop but no bruise and I'm walking okay":
  ``part_denied`` in the word data, ``a_part_denied``), the other part said or not;
- positive and negative evidence for one question, or two values of a single choice: nothing, unless
  a word picks one out ("mostly the calf", "more of a catch", or after it: "the back of the knee mostly,
  but sometimes the calf too": ``_preferred``), or one that refines the other, with no doubt said (what the knee
  did beside what they were doing: "it bent backwards when I landed from a block", ``refines`` in the
  word data; never past a value whose red-flag screen the winner would not ask: a blow beside it stays
  asked again);
- a thing said and asked whether it counts ("I had a tooth out, does that count?") is "I don't
  know" when no sign is named (a sign named stays said);
- to a choice question its value said first, then the pain of a new subject ("the front it hurts
  going down stairs"), is a clause of its own, as after a comma (``_value_said_first``);
- to a choice question a whole doubt said first before a new subject ("I don't remember doing anything
  it just started hurting") is a clause of its own, as after a comma (``_hedge_said_first``);
- a choice value said before a doubt ("maybe a twist I'm not sure") is said, as it would be after a
  comma Alexa does not send, and two values of a single choice with a doubt ("one day the thigh,
  the next the calf, I can't pin it down") are "I don't know" (``_doubts``);
- a sign named in an unsure clause ("I can't tell if my foot is cold") is unsure, never a yes; beside
  other signs of the question denied outright, that doubt is the answer ("I don't know"); a sign
  said beside the answer's own doubt ("it creaks a bit, but I'm not sure") is "I don't know" too,
  except to a red-flag screen, which asks again (``sign_in_doubt``);
- a red-flag sign said as how things always are, long ago, someone else's ("my wife says she has
  chest pain"; but what she says of this person, "my wife says the left one looks bigger", is this
  person's sign; someone helping or looking, "my son had to carry me", "no swelling my husband had a
  look", is no one's sign but this person's: ``_not_theirs_now``; nor is one said after someone else's words with
  this person speaking of themselves again, "my son plays football my calf is swollen": ``_theirs``) or imagined (in its
  clause, or in the next one pointing back at it, "so that's been going on for ages", when the
  question asked is that sign's and no other clause names a sign it does not deny: ``_with_remarks``;
  "no chest pain I get puffed on the stairs but that's been years", one phrase, keeps its denial) is neither a
  yes nor a no, unless the rest of the answer is a clear no about now ("I had a fever last year, but
  no, not now"), or, after a sign the question's own words qualify ("my feet are always cold"), a
  denial of any change ("but it's no different from normal"); beside a doubt it is a doubt (``set_aside``); to a
  red-flag screen a sign said plainly beside a qualified one may still be a yes (``skill.red_flag_qualifiers``
  says when); a clause that only qualifies another screen's sign said before it,
  pointing back or naming it again ("I had a temperature, but that was over Christmas"), leaves that
  sign no volunteered yes (``_remarks_on_another``), nor does a red-flag sign said in a time gone by after
  such a clause ("it was swollen last month, and my calf was red": ``past_beside_the_qualified``, in
  ``skill.red_flag_qualifiers``);
- a time said of an earlier event ("I pulled it once, but that was twenty years ago") is never how long
  the pain has lasted (``_dates_an_earlier_event``); to how it started or what happened, a past day said in
  a clause naming the answer, with no worsening, is the day the pain began ("it came on out of nowhere
  yesterday": ``_tells_its_start``); two small counts before a unit are a range, the
  larger kept ("since three four days"); an amount said small ("it's only three days", "only since
  yesterday") or of something happening ("first time this is happening") is the pain's, and a lower
  bound the exact amount meets is no second amount ("ten days now, so over a week": ``_bounds_met``), nor
  a count a date's days fall just under ("since Tuesday, so nearly a week": five); a birthday
  past is the age now ("I turned seventy eight in March"), and a number within the decade said
  beside it is the exact age ("mid forties, forty six": ``_decade_ages``);
- to the age question, two different numbers are no answer, except an adult's age said first and
  then a new thought ("fifty, I play five a side"): the numbers in that thought are about it; an age
  corrected at once with a word of now ("forty, well forty one now") is the later one, and one said
  before the next to come ("fifty seven, fifty eight next month") the first; a number of years said
  first, alone or before a new thought, is the age ("fifty five years, madam"), never beside a
  duration word ("for twenty years") nor a child's count (``_age_in_years``); to any question, "I am forty
  five years" ending the answer or before a new thought is the age (``age_in_years_said_of``);
- a "no" needs to be clear: every word of the answer accounted for, or, except to a red-flag
  screen, a plain "no" said first and followed by no "but" ("no, I sit at a desk all day" explains
  the no; in "no lump but it does something odd" the words after "but" may be a sign no family
  knows, so it is no clear no), or said last, after its reason ("I'm retired, I do the garden, so
  no": a ramble that puts the answer last). With no comma after it, a no then the question's own
  denial ("no first time I've ever done anything to it") is such a no said first, and a bare
  denial said first before a new subject ("nothing it feels flat") a clause of its own. To a
  red-flag screen every word must be placed (the unknown words may be the very sign asked about)
  and the denial unambiguous (no doubt words, "I don't think so", unless that soft no is settled after it by
  a plain no and the screen's own denial, naming nothing else: "I don't think so, no, I feel alright":
  ``_doubt_settled``). A sign of another question said
  beside a no ("no, but my calf is swollen") is kept as well, as the matched ``{reply} but
  {symptom}`` sample keeps both; to a question that is not a red-flag screen, a clause naming such
  a sign, or only another part of the body, leaves the no clear ("no lump, but it grinds like
  crazy"). Beside a clear no (to a red-flag screen, one that names the sign or is the screen's own
  denial), words of everyday life (``everyday``: the pain, pressing, getting about, home) leave it
  clear ("no, my feet are nice and warm, I've got my slippers on"), never a word of the question's
  own sign phrases, a word no family knows or a negator left over (one a denial said first used is
  not left over: "no, not hot, I pressed it", ``_spent_on``; "I can walk without getting breathless"
  keeps its "without"), nor, to a red-flag screen, a clause that says when and not of the pain ("no
  chest pain, only when I climb the stairs"; when they checked, "I pressed it just now", is no such
  clause: ``checked_by``, whose own words are placed, as are life said to go on as usual, "I'm eating fine",
  ``life_as_usual``) (``_denied_beside_everyday``); the knee said again to be
  the trouble ("no, my feet are warm, it's the knee that's the problem": ``knee_the_trouble``) is no "problem"
  that may be the sign, to a screen that asks of no sign of the knee (``_left_over``).

The rules that decide, from the evidence the clauses gathered (``skill.clause_evidence``), what a sign said
beside a qualifier or beside another sign denied or doubted comes to are ``skill.red_flag_qualifiers``.

Nothing read here is logged. Text that is too long, empty or of no known word gives no fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from itertools import pairwise
from typing import Any

from kb import UNKNOWN, KnowledgeBase, Question
from skill.clause_evidence import Evidence, blanked, outside
from skill.red_flag_qualifiers import (
    a_part_denied,
    apart_plainly,
    doubt_of_one,
    other_part_doubted,
    past_beside_the_qualified,
    red_flag_words,
    set_aside,
    several_signs,
    sign_in_doubt,
    sign_words,
)
from skill.said_numbers import days_are_a_sign, numbers_said
from skill.spoken_numbers import UNIT_WORDS, words_to_number
from skill.word_data import (
    MAX_CHARS,
    Family,
    Words,
    clauses,
    entailed,
    normalise,
    overlaps,
    refined,
    words_for,
)

# "not locks exactly, more like": a negator at most this many words before the restating words
_RESTATED_AFTER = 4
_UNPLACEABLE = "<unplaceable>"  # a clause left unplaced as a whole (a question asked back): never a word


def one_phrase(kb: KnowledgeBase, first: str, second: str) -> bool:
    """Whether "first and second" is one phrase that must never be cut at its "and" ("black and
    blue" is a bruise; cut in two, "blue" would be a cold, blue foot)."""
    words = words_for(kb)
    head = normalise(words, first)
    said = f"{head} and {normalise(words, second)} "
    cut = len(head) + 1
    return any(start < cut < end for family in words.every_family() for start, end in family.spans(said))


@dataclass(frozen=True)
class Reading:
    """The facts some words say, and whether a "no" among them is clear (see the module docstring)."""

    facts: Mapping[str, Any]
    clear_no: bool


def read(
    text: str, kb: KnowledgeBase, pending: Question | None, words: Words | None = None, today: date | None = None
) -> dict[str, Any]:
    """The facts these words say, under the rules in the module docstring (empty when unsure)."""
    return dict(reading(text, kb, pending, words, today).facts)


def reading(
    text: str, kb: KnowledgeBase, pending: Question | None, words: Words | None = None, today: date | None = None
) -> Reading:
    """``read``, also saying whether a "no" in these words is clear: the slot reader drops a matched
    "no" said beside words that make it unclear ("no but my calf is enormous")."""
    return _answer(text, kb, pending, words or words_for(kb), today, plainly=True)


def _answer(
    text: str, kb: KnowledgeBase, pending: Question | None, words: Words, today: date | None, plainly: bool
) -> Reading:
    """``reading``; ``plainly``: the answer is the whole of what was said, so a sign said plainly beside
    another denied may be a yes (``apart_plainly``): never the words after a correction, nor an answer
    with an echo taken out ("red? not red, no. warm, maybe? no")."""
    normal = normalise(words, text) + " " if isinstance(text, str) and len(text) <= MAX_CHARS else ""
    answered = _asked_back(words, normal) or _echoes(kb, words, pending, normal)
    return _reading(text if answered is None else answered, kb, pending, words, today, plainly and answered is None)


def _reading(
    text: str, kb: KnowledgeBase, pending: Question | None, words: Words, today: date | None, plainly: bool = False
) -> Reading:
    """``reading`` once echoes and questions asked back are taken out (they are looked for once)."""
    normal = normalise(words, text) + " " if isinstance(text, str) and len(text) <= MAX_CHARS else ""
    corrected = _corrected(words, pending, normal) or _said_again(kb, words, pending, normal, today)
    if corrected is not None and not _explains(kb, pending, words, today, normal, *corrected):
        cut = normal[len(corrected[0]) : len(normal) - len(corrected[1])]  # the correction's own words
        return _read_corrected(kb, pending, words, today, *corrected, cut=cut)
    restated = _restated(words, pending, normal)
    if restated is not None:
        found = _read_corrected(kb, pending, words, today, *restated)
        if pending is not None and pending.id in found.facts:
            return found
    evidence: dict[str, Evidence] = {}
    said = _value_said_first(words, pending, _hedge_said_first(words, pending, clauses(words, text)))
    said = _with_examples(words, pending, _with_remarks(words, kb, pending, _it_named(words, said)))
    left = [(clause, _read_clause(words, kb, pending, clause, evidence)) for clause in said]
    unplaced = [clause for clause, words_left in left if any(w not in words.negators for w in words_left)]
    accounted = (bool(said) or not text.strip()) and not unplaced
    # "no, I sit at a desk all day": a plain no said first, the rest explains it; or said last, after
    # its reason ("I'm retired and I do the garden, but no")
    first = bool(said) and _no_first(words, pending, said[0]) and not words.general["contrast"].spans(normal)
    explained = first or (bool(said) and _plain_no(words, said[-1]))
    # To a red-flag screen only a fully placed no counts: "no, it's gone a purply sort of colour"
    # may be the very sign asked about, in words no family knows.
    red_flag = pending is not None and pending.phase == "red_flag"
    clear_no = (
        accounted or (explained and not red_flag) or _sign_denied_beside_others(words, pending, evidence, unplaced)
    )
    _remarks_on_another(words, pending, said, evidence)
    past_beside_the_qualified(words, said, evidence)
    set_aside(words, pending, evidence, normal, said)
    plain = " ".join(re.sub(r"[,.;!?]", " ", normal).split())
    if pending is not None and _denies_a_part(words, pending, plain + " "):
        evidence.setdefault(pending.id, Evidence()).part_denied = True  # across clauses: "no bruise, and I walk fine"
    if pending is not None and pending.id in evidence and words.general["doubt"].spans(normal):
        # doubt anywhere in the answer ("I don't think so, it's only a bit sore") softens its no, unless
        # settled after it ("I don't think so, no, I feel alright": ``_doubt_settled``)
        evidence[pending.id].strong_no = evidence[pending.id].strong_no and _doubt_settled(words, kb, pending, said)
    clear_no = clear_no or _denied_beside_everyday(words, pending, evidence, [(c, w) for c, w in left if c in unplaced])
    clear_no = clear_no and not (
        red_flag and (_it_may_be_the_sign(words, pending, said) or _turned_about(words, normal))
    )
    facts = _facts(kb, pending, evidence, clear_no, plainly and apart_plainly(words, pending, normal, evidence))
    if pending is not None and a_part_denied(pending, evidence.get(pending.id, Evidence())):
        clear_no = True  # a whole part denied: words unplaced elsewhere can change nothing of this no
    facts = _where_asked(kb, words, pending, facts)
    if pending is not None and _cannot_describe(words, pending, evidence, facts, normal):
        facts[pending.id] = UNKNOWN
    if said:
        starts = [clause for clause in said if _tells_its_start(words, pending, clause)]
        numbers = numbers_said(words.numbers, kb, pending, plain, said, today or datetime.now(UTC).date(), starts)
        facts = {**numbers, **facts}
        if pending is not None and facts.get(pending.id) != UNKNOWN and days_are_a_sign(words, pending, numbers):
            facts[pending.id] = "yes"  # "no pop, but it's been about two weeks": a sign of a list is enough
    if pending is not None and _a_sign_of_its_list(kb, pending, facts):
        facts[pending.id] = "yes"
    return Reading(facts, clear_no)


def _cannot_describe(
    words: Words, pending: Question | None, evidence: Mapping[str, Evidence], facts: Mapping[str, Any], normal: str
) -> bool:
    """ "I don't really know, it just feels wobbly sometimes, I can't describe it": to a choice question, a value said
    beside the answer's own doubt and words that say the feeling cannot be put into words (``cannot_describe``) is a
    guess at a word, so "I don't know", the cautious branch; a value said plainly stays ("it gives way, I can't
    describe it better than that" has no doubt)."""
    if pending is None or pending.answer_type != "choice" or facts.get(pending.id) in (None, UNKNOWN):
        return False
    found = evidence.get(pending.id)
    return found is not None and found.unsure and bool(words.general["cannot_describe"].spans(normal))


def _a_sign_of_its_list(kb: KnowledgeBase, pending: Question, facts: Mapping[str, Any]) -> bool:
    """ "I pulled that same hamstring last summer, and it feels just the same" to "was there a pop, an
    earlier injury to this muscle, or pain for a week or more": the earlier injury said is one of the
    question's own signs (``entails``: the follow-up's yes is the opener's), so a no read from other words
    ("just the same") is no answer to it; the sign said is the yes, as a pain of weeks is
    (``days_are_a_sign``). Never to a red-flag screen, whose no or yes is read only from its own words."""
    if pending.phase == "red_flag" or facts.get(pending.id) != "no":
        return False
    others = {fact: value for fact, value in facts.items() if fact != pending.id}
    return entailed(kb, others, None).get(pending.id) == "yes"


def _doubt_settled(words: Words, kb: KnowledgeBase, pending: Question, said: Sequence[str]) -> bool:
    """ "A fever? No, I don't think so, no, I feel alright": a soft no said as a whole clause, then a
    plain no and the question's own denial after it, is the answer settled, no doubt left.

    Why it is safe: every doubt must be a whole soft no ("I don't think so"; never "probably" or a
    doubt inside a clause that names something), the plain no must come after the last of them, and
    every clause after that plain no must be placed and read as the question's own denial, said
    without doubt, naming nothing else; anything more ("no, I feel alright, but my leg's gone a
    funny colour") leaves the no soft, so a red-flag screen is asked again as before."""
    doubted = [at for at, clause in enumerate(said) if words.general["doubt"].spans(clause)]
    if not doubted or not all(
        words.general["weak_no"].spans(said[at]) and _plain_no(words, said[at]) for at in doubted
    ):
        return False
    after = said[doubted[-1] + 1 :]
    plain = [
        at for at, clause in enumerate(after) if words.general["say_no"].spans(clause) and _plain_no(words, clause)
    ]
    if not plain or not after[plain[0] + 1 :]:
        return False
    evidence: dict[str, Evidence] = {}
    for clause in after[plain[0] + 1 :]:
        if _read_clause(words, kb, pending, clause, evidence):
            return False
    found = evidence.get(pending.id)
    return (
        set(evidence) == {pending.id}
        and found is not None
        and (found.explained or found.denied_sign)
        and found.negative
        and found.strong_no
        and not (found.positive or found.unsure or found.aside or found.signed)
    )


def _hedge_said_first(words: Words, pending: Question | None, said: list[str]) -> list[str]:
    """ "A bit I walk the dog", "kind of it's been niggly on and off": a hedge said first, then a new
    subject, is the answer, and the rest a thought of its own (``hedges_first``); read as one clause,
    the words beside the hedge took it away ("mostly at a desk" is no yes to the sport question). Never
    to a red-flag screen: there "a bit, it aches" is the pain they called about, not the sign, and the
    whole answer is asked again, as one clause reads it. To a choice question a doubt said first, then a
    new subject (``doubts_first``: "I don't remember doing anything it just started hurting"), is a
    thought of its own too, as it would be after a comma Alexa does not send: the value after it is said.
    A doubt said after the value stays with it (``_doubts``)."""
    if pending is None or pending.phase == "red_flag" or not said:
        return said
    first = words.hedge_first.match(said[0])
    if first is None and pending.answer_type == "choice":
        first = words.doubt_first.match(said[0])  # "I don't really know it was just there one morning"
    return [said[0][: first.end()], said[0][first.end() :], *said[1:]] if first else said


def _value_said_first(words: Words, pending: Question | None, said: list[str]) -> list[str]:
    """ "The front it hurts going down stairs": to a choice question, its value said first, then the
    pain said of a new subject (``new_subject`` then ``pain_talk``: "it hurts", "it's sore"), is a
    clause of its own, as after a comma Alexa does not send; read as one clause, the value's words
    took those after it, and what was volunteered there was lost. Only when every word before the new
    subject is the value's or a filler ("front, mostly around the kneecap")."""
    if pending is None or pending.answer_type != "choice":
        return said
    found: list[str] = []
    for clause in said:
        values = [sign.span for sign in _named(words, pending, clause, []) if sign.pending and sign.value is not None]
        cut = _value_ends(words, clause, values)
        found += [clause[:cut], clause[cut:]] if cut else [clause]
    return found


def _value_ends(words: Words, clause: str, values: Sequence[tuple[int, int]]) -> int:
    """Where a run of the pending question's values and fillers ends before a new subject (0: none)."""
    mostly = words.general["mostly"].spans(clause)
    for _, end in sorted(values):
        rest = clause[end:]
        between = [m for m in re.finditer(r"\S+", clause[:end]) if not overlaps(m.span(), [*values, *mostly])]
        if not rest.strip() or any(m.group() not in words.fillers for m in between):
            continue
        subject = words.new_subject.match(rest)
        pain = words.general["pain_talk"].spans(rest)
        if subject is not None and subject.group() != "but" and any(start == subject.end() + 1 for start, _ in pain):
            return end
    return 0


def _it_may_be_the_sign(words: Words, pending: Question | None, said: Sequence[str]) -> bool:
    """Whether a clause says when "it" is worse with no pain word and no part of the body named:
    beside a no to a red-flag screen, "no, it's worse when I walk" may be the breathlessness asked
    about, as "no, but I feel it when I walk" may (``vague_beside_a_no`` in the word data); "no, my
    knee is worse when I walk" and "no, it hurts when I walk" say what is worse, and "no, but I
    can't kneel on it" says nothing is."""
    for clause in said:
        named = words.general["pain_talk"].spans(clause) or any(_parts_named(words, pending, clause))
        worse = words.general["worsening"].spans(clause)
        if worse and not named and any(family.spans(clause) for family in words.vague_beside_a_no):
            return True
    return False


def _turned_about(words: Words, normal: str) -> bool:
    """ "My chest is fine, actually it hurts": words that turn an answer about (``turnabout``), with more
    said after them than a plain no, may take back the no before them, so to a red-flag screen that no
    is asked again. Said last ("it's fine actually") or before a plain no ("actually no, nothing"), they
    are emphasis."""
    for _, end in words.general["turnabout"].spans(normal):
        after = clauses(words, normal[end:])
        if after and not all(_plain_no(words, clause) for clause in after):
            return True
    return False


def _remarks_on_another(
    words: Words, pending: Question | None, said: Sequence[str], evidence: Mapping[str, Evidence]
) -> None:
    """ "I had a temperature, but that was over Christmas"; "my calf was swollen, but the swelling has gone
    down", said to another question: a clause that says nothing but how another red-flag screen's own words
    qualify its sign (``elsewhere``), and points back ("that", "it") or names the sign again, qualifies
    the sign said in the clause before it, as it does when that screen is asked (there the clause is
    read as that question's words): no volunteered yes (nor a no: it is asked when its turn comes)."""
    for before, clause in pairwise(said):
        tokens = set(clause.split())
        back = bool(words.pointing_back & tokens)
        # only a time gone by or a sign gone ("but it went down"), of no part named: "and the other one is fine",
        # "and my ankle is puffy", "and it's hot in here" are the screen's other words, no remark on the sign
        if words.body_parts & tokens or not (words.said_at_other_times | words.gone_by) & tokens:
            continue
        shared = sign_words(words, clause) & sign_words(words, before)
        # "my knee is red and hot, and it was swollen last month": a sign of its own in the remark ("swollen") is
        # that sign's past, no remark on the red, hot knee; "it went down", "that was last week" name none
        own = red_flag_words(words, clause) - shared - words.gone_by
        for qid, found in evidence.items():
            asked = words.questions.get(qid)
            if (pending is not None and qid == pending.id) or asked is None or not asked.red_flag:
                continue
            spans = asked.elsewhere.spans(clause)
            whole = spans and all(word in words.fillers for word in outside(clause, spans))
            again = bool(shared) or (back and not own)
            if whole and again and before in found.plain_clauses and not _signs(words, pending, clause, []):
                found.aside = found.qualified = True
                found.qualified_clauses.append(clause)


def _sign_denied_beside_others(
    words: Words, pending: Question | None, evidence: Mapping[str, Evidence], unplaced: Sequence[str]
) -> bool:
    """ "No fever, but I did fly back from Sydney on Friday": the sign asked about was named and denied
    outright, and the words no family places are in clauses about another question's sign, so they
    are about that sign, not this one: the no is clear, even to a red-flag screen."""
    found = evidence.get(pending.id) if pending is not None else None
    if found is None or not (found.denied_sign and found.strong_no) or found.positive or found.unsure:
        return False
    return all(any(not sign.pending for sign in _signs(words, pending, clause, [])) for clause in unplaced)


def _denied_beside_everyday(
    words: Words, pending: Question | None, evidence: Mapping[str, Evidence], left: Sequence[tuple[str, list[str]]]
) -> bool:
    """ "No, my feet are nice and warm, I've got my slippers on"; "no lump that I can feel, but it's
    very tender if I press there": beside a clear no to the question asked, words of everyday life
    (``everyday``: the pain, touch, getting about, home) describe no sign, so they leave the no clear.

    Why it is safe: only words of that list are ignored, never one the question's own sign phrases
    use (``vocabulary``: "walk" stays unplaced to the chest screen, "drove" to the clot-risk one), a
    word no family knows ("gone a purplish shade") or a negator left over ("I can't move it"). To a
    red-flag screen the no must name the sign or be the screen's own denial ("no, it's soft"; a bare
    "no" beside other words is asked again, as before), and a clause that says when or turns to what
    is there ("just when I walk", "only in the mornings") counts only when it is about the pain
    itself: "no chest pain, only when I climb the stairs" may be the breathlessness asked about. Said of
    the pain, the words of when it came ("the pain's been there since Tuesday") are placed, as a
    number of days is."""
    found = evidence.get(pending.id) if pending is not None else None
    if pending is None or found is None or not left:
        return False
    if not (found.negative and found.strong_no) or found.positive or found.unsure or found.aside:
        return False
    red_flag = pending.phase == "red_flag"
    if red_flag and not (found.denied_sign or found.explained):
        return False
    own = words.questions[pending.id].vocabulary
    for clause, words_left in left:
        # "I pressed it just now", "I put my hand on it": how and when they checked, no sign (``checked_by``); "I'm
        # eating fine", "I've been at home the whole time": life going on as usual (``life_as_usual``); "it's only the
        # leg": what they called about (``_the_trouble``); "I'm only thirty": an age told (its "only" says nothing of
        # when the sign comes)
        said = words.checked.sub(lambda m: " " * len(m.group()), clause)
        said = blanked(
            said,
            [
                *words.general["life_as_usual"].spans(said),
                *_the_trouble(words, pending, said),
                *(m.span() for m in words.numbers.stated_age.finditer(said)),
            ],
        )
        checked = set(clause.split()) - set(said.split())  # words said only in how they checked
        if _about_the_pain(words, pending, clause):
            # "no chest pain, the pain's been there since Tuesday": when the pain came, said of the pain, and the
            # words of the pain itself ("it's been acting up since Monday")
            told = [*words.general["times"].spans(said), *words.general["pain_talk"].spans(said)]
            checked |= set(said.split()) - set(outside(said, told))
        if any(w not in words.everyday or w in own for w in words_left if w not in checked):
            return False
        if red_flag and _says_when(words, said) and not _about_the_pain(words, pending, clause):
            return False
    return True


def _says_when(words: Words, clause: str) -> bool:
    """The clause says when something happens, or turns to what is there ("only when I walk")."""
    return bool(
        words.general["times"].spans(clause)
        or words.negation_stops.search(clause)
        or words.when_words & set(clause.split())
    )


def _about_the_pain(words: Words, pending: Question, clause: str) -> bool:
    """The clause names the pain they called about, outside any sign ("just sore when I walk"; the
    "pain" of "no chest pain" is the sign's)."""
    signs = [sign.span for sign in _signs(words, pending, clause, [])]
    return any(not overlaps(span, signs) for span in words.general["pain_talk"].spans(clause))


def _it_named(words: Words, said: list[str]) -> list[str]:
    """ "My calf, and it's swollen": an "it" that starts a clause is the one part of the body the clause
    before named, so the sign is read with its part ("my calf is swollen", not just a swollen leg)."""
    named: list[str] = []
    for index, clause in enumerate(said):
        before = [w for w in said[index - 1].split() if w in words.body_parts] if index else []
        own = [w for w in clause.split() if w in words.body_parts]
        if clause.startswith("it ") and not own and len(set(before)) == 1:
            # "calf it is swollen" keeps the "it" for phrases that start with it; used only when the
            # part makes it another question's sign (the calf's swelling, not the leg's)
            with_part = f"{before[0]} {clause}"
            if _sign_questions(words, with_part) - _sign_questions(words, clause):
                clause = with_part
        named.append(clause)
    return named


def _sign_questions(words: Words, clause: str) -> set[str]:
    return {sign.question for sign in _signs(words, None, clause, []) if sign.kind == "yes"}


def only_no(kb: KnowledgeBase, text: str) -> bool:
    """The words are a bare no ("nothing", "nothing in particular", "none"): they answer the question
    asked, never another one."""
    words = words_for(kb)
    said = clauses(words, text)
    return bool(said) and all(_plain_no(words, clause) for clause in said)


def _names_pending(words: Words, pending: Question | None, clause: str) -> bool:
    return pending is not None and any(sign.question == pending.id for sign in _signs(words, pending, clause, []))


def _with_remarks(words: Words, kb: KnowledgeBase, pending: Question | None, said: list[str]) -> list[str]:
    """A clause that only says the one before is not new ("I get breathless on hills, but that's been
    for years") belongs to it: it is read as part of that clause. So does one that points back at it
    (``not_new_remark``: "that's been going on for ages") with a reason beside ("I've had trouble
    peeing, but I'm a man of sixty nine with a prostate, so that's been going on for ages"), as long as
    it names no sign and has no negator but the remark's own ("that's nothing new": other words may then
    deny or say something of their own), and
    no other clause names a sign it does not deny ("no chest pain" is none: ``_a_sign_not_denied``):
    "that" may then be any of them, and a sign set aside takes the others
    of its question with it, so a red-flag yes said plainly beside it ("and both legs are numb now")
    would be asked again. Only to the question whose sign the clause before names: it is asked again,
    and a sign volunteered to another question is never lost to a reason given for it."""
    joined: list[str] = []
    signed: list[bool] = []  # per clause, whether it names a sign it does not deny: found once, when needed
    for index, clause in enumerate(said):
        remark = _not_theirs_now(words, clause, "not_new") + _not_theirs_now(words, clause, "someone_else")
        bare = remark and not _signs(words, None, clause, remark)  # "my wife has chest pain" is no remark
        pointing = words.general["not_new_remark"].spans(clause)
        if pointing and not signed:
            signed = [_a_sign_not_denied(words, kb, c) for c in said]
        others = pointing and any(signed[at] for at in range(len(said)) if at not in (index - 1, index))
        # the remark's own negator ("that's nothing new") denies nothing; any other may deny something of its own
        reason = pointing and not others and not words.negators & set(outside(clause, pointing))
        reason = reason and not _signs(words, None, clause, []) and _names_pending(words, pending, said[index - 1])
        if joined and bare and (reason or all(w in words.fillers for w in outside(clause, remark))):
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _a_sign_not_denied(words: Words, kb: KnowledgeBase, clause: str) -> bool:
    """Whether the clause names a sign it does not deny: "no chest pain" beside "I get puffed on the stairs,
    but that's been years" is no sign "that" may point back at, so the remark still reaches the one
    before it."""
    if not _signs(words, None, clause, []):
        return False
    evidence: dict[str, Evidence] = {}
    _read_clause(words, kb, None, clause, evidence)
    denied = bool(evidence) and all(f.negative and not (f.positive or f.unsure or f.aside) for f in evidence.values())
    return not denied


def _with_examples(words: Words, pending: Question | None, said: list[str]) -> list[str]:
    """ "When I bend it fully, like sitting on the floor": a clause that starts as an example and names
    only values of a question the clause before named a value of is read with it, so the example is
    no second value (``_an_example``). Never a clause with a yes/no sign: "no, like I said, my calf
    is swollen" joined would put the swelling under the no."""
    joined: list[str] = []
    for clause in said:
        opens = any(start == 0 for start, _ in words.general["examples"].spans(clause))
        here = _signs(words, pending, clause, []) if opens and joined else []
        before = {sign.question for sign in _signs(words, pending, joined[-1], []) if sign.value} if here else set()
        if here and all(sign.value is not None for sign in here) and {sign.question for sign in here} <= before:
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _asked_back(words: Words, said: str) -> str | None:
    """The answer given after a question asked back ("I'm not sure what you mean by catch, it clicks, if
    that's what you mean" is "it clicks"), or None when there is no such answer.

    Why: the sign asked about is an echo, no report of it, and the words before the question back
    ("I'm not sure", "it depends") are about the question, not the sign; the answer is what follows
    the sign, from where a new subject or a yes or no starts (one to three words on: ``answer_starts``). With nothing
    after the sign ("what do you mean by both legs") it is no answer: asked again, as before."""
    spans = words.echo.asked_by.spans(said)
    if not spans:
        return None
    tokens = said[spans[0][1] :].split()
    for length in range(1, 4):
        rest = " ".join(tokens[length:]) + " "
        if len(tokens) > length and (
            tokens[length] in words.echo.answer_starts or _answer_at(words, tokens, length)[1]
        ):
            ends = words.echo.asked_after.spans(rest)
            answer = rest[: ends[-1][0]] if ends and not rest[ends[-1][1] :].strip() else rest
            return answer.strip(" ,.;!?") or None
    return None


@dataclass(frozen=True)
class _Echo:
    """One echoed sign and the answer said to it: where the answer's words are, and what it says."""

    answer: tuple[int, int]  # word positions of the answer (empty: the rest of the answer answers it)
    kind: str  # "yes" (a yes or a hedge), "no", "unsure", or "" (a cue with no short answer after it)
    cued: bool
    echoed: str = ""  # the sign's words: kept before a yes or a doubt, which they say the sign of
    hedged: bool = False  # the answer is a hedge ("maybe a little"): what follows goes on with it

    def said(self, tokens: Sequence[str], alone: bool) -> str:
        """The echo as it is read: "give way? yes" admits that sign, so its words stay, and so do those
        of a sign doubted alone ("swollen, I'm not sure": a doubt of that sign); a sign answered no,
        doubted among others (the doubt answers the question asked) or only asked about is dropped."""
        answer = " ".join(tokens[self.answer[0] : self.answer[1]])
        kept = self.kind == "yes" or (self.kind == "unsure" and alone)
        return f"{self.echoed} {answer}" if kept else answer


# "like when I kneel down to do the garden and twisting": at most this many words from an example's value to the "and"
# that ends it, "and" included
_AND_AFTER_WORDS = 7
# "pulling my toes up? no": at most this many words echo a sign, the most only with a word of ``echo.inside``
_ECHO_WORDS = 4
# "cold, pale or blue? no": the question's signs said back as its list, every word one of the question's own, may
# run longer (``_listed_back``)
_LISTED_ECHO_WORDS = 8
_ANSWERS = (("say_no", "no"), ("weak_no", "no"), ("say_yes", "yes"), ("hedges", "hedge"), ("unsure", "unsure"))


def _echoes(kb: KnowledgeBase, words: Words, pending: Question | None, said: str) -> str | None:
    """The answer with its echoed signs taken out ("both legs no numb no bathroom no all normal" is
    "no, no, no, all normal"), or None when it starts with no echo (see ``echo`` in the word data).

    Why: an echoed sign is a question, not a report, so it must not count as the sign (nor fire
    another question's: "numb where, oh no" to the nerve screen is no numbness), and the answer
    after it answers it. To a question that lists several signs, each echo takes its own answer: one
    yes (or a hedge) is a yes, so the noes to the other signs are dropped; all no is a no; a doubt
    is read as one. To a choice question the same holds of its values ("behind the knee? no. the
    calf? yes" is the calf): a value answered no is never chosen, and when every echo is answered no, the noes
    are theirs, never the "none of those" value, if the words after them name a value ("locks no gives way no it
    just clicks": it clicks). A first echo must be words of the
    question asked or one of its signs, or come with a cue; later ones never name another question's
    red-flag sign (a volunteered sign is never taken out). To a red-flag screen, one echo answered no
    without a cue ("chest pain no") is left to the ordinary reading, which asks again: the no might
    belong to words after it; unless the words after it state the answer plainly (``_stated_plainly``)."""
    if pending is None or pending.answer_type not in ("yes_no", "choice") or pending.id not in words.questions:
        return None
    tokens = re.findall(r"[^\s,.;!?]+|[,.;!?]", said)  # punctuation kept, as words of its own
    at = _past_pauses(words, tokens, 0)
    echoes: list[_Echo] = []
    while (found := _echo_at(words, pending, tokens, _past_pauses(words, tokens, at), not echoes)) is not None:
        echo, at = found
        echoes.append(echo)
        if not echo.kind:
            break
    if not echoes:
        return None
    alone = len(echoes) == 1
    single = alone and not echoes[0].cued
    rest = " ".join(tokens[at:])
    bare_no = single and pending.phase == "red_flag" and echoes[0].kind == "no"
    if bare_no and not _stated_plainly(
        kb, words, pending, echoes[0].echoed, _with_swallowed(words, tokens, echoes[0], rest)
    ):
        return None
    for deciding in ("yes", "unsure"):  # one sign admitted is a yes; one in doubt, with the rest denied, a doubt
        if any(echo.kind == deciding for echo in echoes):
            echoes = [echo for echo in echoes if echo.kind in (deciding, "")]
            break
    answers = [echo.said(tokens, alone) for echo in echoes]
    if (
        pending.answer_type == "choice"
        and all(echo.kind == "no" for echo in echoes)
        and _names_a_value(words, pending, rest)
    ):
        answers = []  # "locks no gives way no it just clicks": each no denies its echoed value, the rest answers
    # What follows a hedge or a doubt goes on with it ("maybe a little fullness, I'm not sure"); after a
    # yes or a no it is a new thought (after a no, joined, it would be denied: "hot? no, chest pain yes").
    going_on = echoes[-1].hedged or echoes[-1].kind == "unsure"
    joined = [*answers[:-1], f"{answers[-1]} {rest}"] if going_on else [*answers, rest]
    return ", ".join(answer.strip() for answer in joined if answer.strip())


def _names_a_value(words: Words, pending: Question, said: str) -> bool:
    """Whether the words name a value of the choice asked."""
    return any(
        sign.pending and sign.value is not None for c in clauses(words, said) for sign in _signs(words, pending, c, [])
    )


def _with_swallowed(words: Words, tokens: Sequence[str], echo: _Echo, rest: str) -> str:
    """ "Chest pain no my chest is fine": the echo's short answer may be a no said first with the plain
    statement after it ("no my chest is fine" is one ``say_no`` phrase); the statement is then what
    follows the no, so ``_stated_plainly`` reads it as it would after a comma."""
    start, end = echo.answer
    if end - start < 2 or tokens[start] not in words.leading_no:
        return rest
    return " ".join([*tokens[start + 1 : end], rest])


def _stated_plainly(kb: KnowledgeBase, words: Words, pending: Question, echoed: str, rest: str) -> bool:
    """ "Hot? no, it's not hot, it just aches"; "chest pain? no, no, my chest is fine, it's just the
    back of my knee": after a red-flag echo in the question's own words and its no, the words that
    follow deny the sign in the question's words and read, on their own, as a clear no. Then the
    echo was a question, the no its answer, and the statement says so plainly: the answer is that no.
    A bare no, words after it that name no sign of the question ("chest pain no, I'm fine"), an echo
    in other words ("swollen yesterday, no") or a correction after it ("no, actually...": a sign
    taken back is asked again) are asked again as before. A whole denial said first after the no
    ("chest pain? no, no, nothing like that, it's just the knee": ``denials_whole_first``) denies
    every sign asked, so it states the no as plainly as the sign's own words would."""
    own = words.questions[pending.id].asked_words | words.echo.articles
    if not set(echoed.split()) <= own or words.corrections.search(rest) or words.reversal.match(rest):
        return False
    named = any(sign.pending for clause in clauses(words, rest) for sign in _signs(words, pending, clause, []))
    # "chest pain? no, no, nothing like that": a denial of everything asked said first is as plain as the sign denied
    said = re.sub(r"[,.;!?]", " ", rest).split()
    first = next((at for at, word in enumerate(said) if word not in words.leading_no), len(said))
    whole = any(f"{' '.join(said[first:])} ".startswith(f"{denial} ") for denial in words.whole_denials)
    return (named or whole) and _reading(rest, kb, pending, words, None).facts.get(pending.id) == "no"


def _echo_at(words: Words, pending: Question, tokens: Sequence[str], at: int, first: bool) -> tuple[_Echo, int] | None:
    """The echo starting at word ``at`` (one to four words of a sign, or up to eight when they are the
    question's own list said back, then a cue or a short answer), and where it ends."""
    forms = words.echo
    for length in range(1, _LISTED_ECHO_WORDS + 1):
        echoed = tokens[at : at + length]
        if len(echoed) < length or any(
            (w in forms.never and not (i and w in forms.inside)) or w in words.negators or not w.isalnum()
            for i, w in enumerate(echoed)
        ):
            return None
        listed = first and _listed_back(words, pending, echoed)
        if length >= _ECHO_WORDS and not listed and not (length == _ECHO_WORDS and forms.inside & set(echoed[1:])):
            # four words only with the person's own "my": "swollen round the back, yeah" is a report
            if length == _ECHO_WORDS:
                continue
            return None
        after = _past_pauses(words, tokens, at + length)
        cue = _span_at(forms.cues, tokens, after)
        if cue:
            after = _past_pauses(words, tokens, after + cue)
        kind, size = _answer_at(words, tokens, after)
        if not cue and tokens[after : after + 1] and tokens[after] in forms.statements:
            kind, size = "", 0  # "the kneecap, it's sore": a statement, not "kneecap? no"
        if not cue and kind == "no" and _correction_at(words, tokens, after):
            kind, size = "", 0  # "injury, no wait, not really an injury": the no starts a correction, no echo's answer
        if (
            not cue
            and kind == "no"
            and pending.answer_type == "choice"
            and _denies_next(words, pending, tokens, after + size)
        ):
            kind, size = "", 0  # "suddenly, no injury": the no denies the value after it, no echo's answer
        last = after + size - 1
        if (
            kind == "no"
            and size > 1
            and tokens[last] in words.negators
            and _denies_next(words, pending, tokens, last + 1)
        ):
            size -= 1  # "lump? no, no lump": the second no denies the sign after it, no part of the short answer
        if (cue or size) and _echoable(words, pending, echoed, first, bool(cue)):
            said = "yes" if kind == "hedge" else kind
            return _Echo((after, after + size), said, bool(cue), " ".join(echoed), kind == "hedge"), after + size
    return None


def _listed_back(words: Words, pending: Question, echoed: Sequence[str]) -> bool:
    """Whether the words are the question's own list said back ("cold pale or blue", "chest pain sudden
    breathlessness coughing blood"): at least three words, every one the question's own or an article. Why:
    people repeat a screen's list before answering it, and four words of it would otherwise be read as a report,
    so the answer after the list ("no, my foot's warm as toast") was lost and the screen asked again."""
    own = words.questions[pending.id].asked_words | words.echo.articles
    return len(echoed) >= 3 and set(echoed) <= own


def _correction_at(words: Words, tokens: Sequence[str], at: int) -> bool:
    """Whether a correction ("no wait", "no sorry", "no actually") starts at word ``at``: the words before it are
    taken back, never a sign echoed and answered."""
    said = " ".join(token for token in tokens[at:] if token.isalnum())
    found = words.corrections.match(f"{said} ")
    return found is not None and found.start() == 0


def _denies_next(words: Words, pending: Question, tokens: Sequence[str], at: int) -> bool:
    """Whether a value of the choice asked starts at word ``at``, with no article before it: then the
    no before it denies that value ("suddenly, no injury"), unless that value has its own answer after
    it ("lock no give way yes": a chain of echoes); "no, the calf" answers an echo. (To a question of
    several yes/no signs, "stuck no give way no" is always a chain of echoes.)"""
    rest = [w for w in tokens[at:] if w.isalnum()]
    if not rest or rest[0] in words.echo.articles:
        return False
    text = " ".join(rest) + " "
    for sign in _signs(words, pending, text, []):
        if sign.pending and sign.span[0] == 0:
            after = len(text[: sign.span[1]].split())
            _, size = _answer_at(words, rest, after)
            return not size  # "lock no give way yes": the next value has its own answer, an echo chain
    return False


def _past_pauses(words: Words, tokens: Sequence[str], at: int) -> int:
    """The first word from ``at`` on that is no pause ("hmm", "oh") nor a punctuation mark."""
    while at < len(tokens) and (tokens[at] in words.echo.pauses or not tokens[at].isalnum()):
        at += 1
    return at


def _echoable(words: Words, pending: Question, echoed: Sequence[str], first: bool, cued: bool) -> bool:
    """Whether these words may be an echo: never another question's red-flag sign; the first one
    also words of the question asked or of its sign, unless a cue makes it a question back."""
    clause = " ".join(echoed) + " "
    signs = _signs(words, pending, clause, [])
    if any(not sign.pending and _red_flag_sign(words, sign) for sign in signs):
        return False
    named = [w for w in echoed if w not in words.echo.articles]
    own = words.questions[pending.id].asked_words
    return bool(named) and (not first or cued or set(named) <= own or any(sign.pending for sign in signs))


def _span_at(family: Family, tokens: Sequence[str], at: int) -> int:
    """How many words of the family's phrase start at word ``at`` (0: none)."""
    pattern = family.pattern
    found = pattern.match(" ".join(tokens[at:]) + " ") if pattern is not None and at < len(tokens) else None
    return len(found.group().split()) if found is not None else 0


def _answer_at(words: Words, tokens: Sequence[str], at: int) -> tuple[str, int]:
    """The short answer (yes, no, hedge or unsure form) starting at word ``at``: its kind and length. A
    soft no ("I don't think so") at once taken into doubt ("..., maybe": ``echo.doubted_after``) is a
    doubt, never a no."""
    best = ("", 0)
    for family, kind in _ANSWERS:
        size = _span_at(words.general[family], tokens, at)
        if size > best[1]:
            best = (kind, size)
    kind, size = best
    soft = kind == "no" and bool(words.general["doubt"].spans(" ".join(tokens[at : at + size]) + " "))
    after = at + size
    while after < len(tokens) and not tokens[after].isalnum():
        after += 1  # "I don't think so, maybe": the comma, when there is one
    doubted = _span_at(words.echo.doubted_after, tokens, after) if soft else 0
    return ("unsure", after + doubted - at) if doubted else best


def _restated(words: Words, pending: Question | None, said: str) -> tuple[str, str] | None:
    """ "It locks, well, not locks exactly, more like it catches": what was said, denied, then restated
    (``restated``, "more like", after a negator a few words before it) is corrected to what follows,
    when that answers the question asked (else the whole answer is read as usual: "not cramps, more of
    a dull throb" stays the no). "It's more like a dull ache" alone corrects nothing, nor does one after a
    doubt ("I'm not sure, it's more of a dull throb": the doubt is the answer's). Never to a
    red-flag screen: "no chest pain, more like a bit of heartburn" stays one answer (asked again),
    never the hedge after it as a yes."""
    if pending is None or pending.phase == "red_flag":
        return None
    spans = words.general["restated"].spans(said)
    # the "not" of a doubt ("I'm not sure, it's more of a dull throb") denies nothing: the doubt stays with the answer
    unmarked = re.sub(r"[,.;!?]", " ", said)  # a family's words end at a space, never at a comma
    plain = blanked(said, words.general["unsure"].spans(unmarked))
    cuts = [(start, end) for start, end in spans if words.negators & set(plain[:start].split()[-_RESTATED_AFTER:])]
    if not cuts or not said[cuts[-1][1] :].strip(" ,.;!?"):
        return None
    return said[: cuts[-1][0]], said[cuts[-1][1] :]


def _corrected(words: Words, pending: Question | None, said: str) -> tuple[str, str] | None:
    """The (normalised) words before and after the last correction ("yes, no wait, it isn't"), if
    something follows it. "No, well, ..." corrects the no to any question but a red-flag screen
    (``corrections_unless_red_flag``: "no, well, I do curling on Thursdays" is a yes to the sport
    question); to a red-flag screen the whole answer is read as it stands."""
    cuts = [(match.end(), match.end()) for match in [words.reversal.match(said)] if match is not None]
    cuts += [match.span() for match in words.corrections.finditer(said)]
    if pending is not None and pending.phase != "red_flag":
        cuts += [match.span() for match in words.soft_corrections.finditer(said)]
        cuts.sort()
    if not cuts or not said[cuts[-1][1] :].strip(" ,.;!?"):
        return None
    return said[: cuts[-1][0]], said[cuts[-1][1] :]


def _said_again(
    kb: KnowledgeBase, words: Words, pending: Question | None, said: str, today: date | None
) -> tuple[str, str] | None:
    """ "It gives way no it locks", "the front no the back of the knee", "seventy one no seventy two": to a single
    choice, the age or the how-long question (no red-flag screen), a no between two different answers said whole
    takes the first back, as "I mean" does (``_corrected``: the words before and after that no). Never a no that
    denies the value right after it ("suddenly no injury", "no injury nothing": ``_value_first``; "no it locks" starts a
    new thought), and to a number question only when
    the second number follows the no at once or after a few words of saying it again
    (``said_again_before_number``): "sixty no I don't play sport, I had a hip done at fifty five" keeps its sixty."""
    if pending is None or pending.phase == "red_flag" or pending.id not in words.questions:
        return None
    choice = pending.answer_type == "choice" and not pending.multiple
    if not (choice or pending.answer_type in ("number", "duration")):
        return None
    for match in reversed(list(re.finditer(r"[^\s,.;!?]+", said))):
        before, after = said[: match.start()], said[match.end() :]
        tokens = re.findall(r"[^\s,.;!?]+", after)
        if match.group() not in words.leading_no or not before.strip(" ,.;!?") or not tokens:
            continue
        alone = clauses(words, f"{match.group()} {after}")[0].strip() == match.group()  # "no it locks": a thought apart
        if choice and not alone and _value_first(words, pending, tokens):
            continue
        if not choice and not _number_next(words, tokens):
            continue
        if pending.answer_type == "duration":
            after = _unit_carried(words, before, after)
        first = _reading(before, kb, pending, words, today).facts.get(pending.id)
        last = _reading(after, kb, pending, words, today).facts.get(pending.id)
        if first not in (None, UNKNOWN) and last not in (None, UNKNOWN) and first != last:
            return before, after
    return None


def _unit_carried(words: Words, before: str, after: str) -> str:
    """ "Two weeks, no, closer to three": a count corrected without its unit, said at once or after only words
    of saying it again (``_number_next``), takes the unit said before it (three weeks), as a listener hears it;
    a unit said after the count is its own, and "two weeks, actually I'm sixty" carries nothing."""
    units = [w for w in re.findall(r"[^\s,.;!?]+", before) if w in UNIT_WORDS]
    tokens = re.findall(r"[^\s,.;!?]+", after)
    if not units or any(w in UNIT_WORDS for w in tokens) or not _number_next(words, tokens):
        return after
    return f"{after.rstrip()} {units[-1]} "


def _value_first(words: Words, pending: Question, tokens: Sequence[str]) -> bool:
    """Whether a value of the choice asked starts these words, with no article before it: a no before it denies it."""
    said = " ".join(tokens) + " "
    return tokens[0] not in words.echo.articles and any(
        sign.pending and sign.value is not None and sign.span[0] == 0 for sign in _signs(words, pending, said, [])
    )


def _number_next(words: Words, tokens: Sequence[str]) -> bool:
    """Whether a number comes first in these words, after only words of saying it again ("I'm", "make that")."""
    for token in tokens:
        if words_to_number(token) is not None:
            return True
        if token not in words.again_before_number:
            return False
    return False


def _read_corrected(
    kb: KnowledgeBase,
    pending: Question | None,
    words: Words,
    today: date | None,
    before: str,
    after: str,
    cut: str = "",
) -> Reading:
    """A person who corrects themselves means what they said last: the answer to the question asked
    comes only from the words after the correction (none there: asked again); signs of other
    questions said before stay. A red-flag sign taken back ("yes... no wait, it's not") is asked
    again, never a no."""
    if pending is not None and pending.answer_type == "duration":
        after = _unit_carried(words, before, after)
    first = _answer(before, kb, pending, words, today, plainly=False)
    last = _answer(after, kb, pending, words, today, plainly=False)
    kept = {fact: value for fact, value in first.facts.items() if pending is None or fact != pending.id}
    facts = {**kept, **last.facts}
    # a yes said before counts even where the words before were no answer ("uh yes no, hang on, no")
    said_yes = first.facts.get(pending.id) == "yes" if pending is not None else False
    # (looked for clause by clause: a family's words end at a space, never at the comma of "yes, no")
    said_yes = said_yes or any(words.general["say_yes"].spans(clause) for clause in clauses(words, before))
    if pending is not None and pending.phase == "red_flag" and said_yes:
        told = _mistake_told(kb, pending, words, today, after, cut)
        if told is not None:
            return Reading({**kept, **told.facts}, told.clear_no)
    taken_back = pending is not None and said_yes and last.facts.get(pending.id) == "no"
    if taken_back and pending is not None and pending.phase == "red_flag":
        del facts[pending.id]
    return Reading(facts, last.clear_no)


def _explains(
    kb: KnowledgeBase, pending: Question | None, words: Words, today: date | None, said: str, before: str, after: str
) -> bool:
    """ "Not really, no, I mean, it's a bit achy": an "I mean" (``explaining``) after a plain no and nothing else, with
    no answer to the question asked in the words after it, explains the no rather than taking it back, so the whole
    answer is read as it stands (every rule of a clear no still applies to the words after it). Why it is safe: the
    words after it are read with the no, never alone, so a sign or an unplaced word there still leaves it unclear."""
    between = f" {said[len(before) : len(said) - len(after)].strip(' ,.;!?')} "  # a family's words end at a space
    explaining = words.general["explaining"].spans(between)
    if pending is None or not explaining or between.strip() != between[slice(*explaining[0])].strip():
        return False
    said_first = clauses(words, before)
    if not said_first or not all(_plain_no(words, clause) for clause in said_first):
        return False
    return pending.id not in _reading(after, kb, pending, words, today).facts


def _mistake_told(
    kb: KnowledgeBase, pending: Question, words: Words, today: date | None, after: str, cut: str = ""
) -> Reading | None:
    """ "Yes, no, wait, I was looking at the wrong foot, no, this one's fine": a red-flag yes taken back with the
    mistake told (``mistaken``: the wrong or other part, a time gone by) is no sign of now, and the no said after
    the correction is the answer: with a plain no said again there, the words without those of the mistake; else the
    words said after the mistake told ("it's my other foot that's cold, this one's normal"), when they are a no read
    alone (every word placed, the sign denied or the screen's own denial); a mistake told by the correction itself
    ("yes, no, wait, I misheard, no, it's just the one leg": ``cut``) leaves the words after it to be that no, read
    alone. Why it is safe: the person says why the yes was wrong and denies the sign plainly; a bare "yes, no wait,
    no chest pain" (no mistake told), a no said only before the mistake ("it's not swollen, I was thinking of my
    other leg") or a no with words left over stays asked again."""
    spans = words.general["mistaken"].spans(after)
    if not spans and words.general["mistaken"].spans(f" {cut.strip(' ,.;!?')} "):
        # "yes, no, wait, I misheard, no, it's just the one leg": the correction itself told the mistake
        told = _answer(after, kb, pending, words, today, plainly=False)
        return told if told.facts.get(pending.id) == "no" else None
    if not spans:
        return None
    rest = blanked(after, spans)
    if any(_plain_no(words, clause) for clause in clauses(words, rest)):
        told = _answer(rest, kb, pending, words, today, plainly=False)
    else:  # "that's the other leg that's always been bigger, this one's normal": the answer said after the mistake
        told = _answer(after[max(end for _, end in spans) :], kb, pending, words, today, plainly=False)
    return told if told.facts.get(pending.id) == "no" else None


def _tells_its_start(words: Words, pending: Question | None, clause: str) -> bool:
    """Whether the clause names a value of a question whose values tell how the pain began (``its_start``: how it
    started, what happened), as an answer to it, and no worsening ("it's been coming on gradually, it just got a
    lot worse yesterday": the day is the worsening's)."""
    if pending is None or pending.id not in words.questions or not words.questions[pending.id].its_start:
        return False
    if words.general["worsening"].spans(clause):
        return False
    return any(sign.pending and sign.value is not None for sign in _signs(words, pending, clause, []))


def _where_asked(kb: KnowledgeBase, words: Words, pending: Question | None, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts, less an answer to a question the pending one answers too where the kb would not
    ask it ("it came on gradually from running" says nothing of an injury's mechanism)."""
    too = words.questions[pending.id].answers_too if pending is not None and pending.id in words.questions else ()
    return {fact: value for fact, value in facts.items() if fact not in too or kb.questions[fact].asked_given(facts)}


def _parts_named(words: Words, pending: Question | None, clause: str) -> tuple[bool, bool]:
    """Whether the clause names a part of the body the pending question does not ask about, and one
    it does: a yes or no beside another part is about that part ("my calf is fine" says nothing of
    chest pain)."""
    if pending is None:
        return False, False
    asked = words.questions[pending.id].parts if pending.id in words.questions else frozenset()
    named = {word for word in clause.split() if word in words.body_parts}
    return bool(named - asked), bool(named & asked)


def _preferred(words: Words, clause: str, sign: _Sign) -> bool:
    """A value said right after a word that picks it out among others ("mostly the calf"), or right
    before one that ends its clause ("the back of the knee mostly, but sometimes the calf too"), or
    with such a word at either end of its own phrase."""
    mostly = words.general["mostly"].spans(clause)
    between = [clause[end : sign.span[0]].split() for _, end in mostly if end <= sign.span[0]]
    after = [
        clause[sign.span[1] : start].split() + clause[end:].split() for start, end in mostly if start >= sign.span[1]
    ]
    own = any(
        start == sign.span[0] or end == sign.span[1] for start, end in mostly if overlaps((start, end), [sign.span])
    )
    return (
        own
        or any(len(gap) <= 2 and all(w in words.fillers for w in gap) for gap in between)
        or any(len(gap) <= 1 and all(w in words.fillers for w in gap) for gap in after)
    )


def _of_another_part(words: Words, pending: Question | None, clause: str, sign: _Sign) -> bool:
    """A sign of the question asked said of the part named last before it, when the question does
    not ask about that part: "my knee is not swollen" to the calf screen denies nothing of the calf."""
    if pending is None or not sign.pending or pending.id not in words.questions:
        return False
    before = [word for word in clause[: sign.span[0]].split() if word in words.body_parts]
    asked = words.questions[pending.id].parts
    return bool(before) and bool(asked) and before[-1] not in asked


def _an_example(words: Words, clause: str, sign: _Sign, signs: Sequence[_Sign]) -> bool:
    """ "Bending it, like when I kneel down": a value said after "like when" illustrates the value said
    before it, it is not another one. The example ends at "and" right after a value of its own: in
    "bending it, like when I kneel down, and twisting round" the twisting is a second value (another
    word for the example's own value, "like when I kneel down and squat", goes on with it)."""
    examples = words.general["examples"].spans(clause)
    ended = any(
        mid is not sign
        and mid.question == sign.question
        and mid.value not in (None, sign.value)
        and mid.span[1] <= sign.span[0]
        and _and_next(clause[mid.span[1] : sign.span[0]])
        and any(at <= mid.span[0] for at, _ in examples)
        for mid in signs
    )
    return not ended and any(
        other.question == sign.question
        and other.value not in (None, sign.value)
        and other.span[1] <= at <= sign.span[0]
        for at, _ in examples
        for other in signs
    )


def _and_next(between: str) -> bool:
    """ "kneel down and ": the words between two values end in "and", a few words after the first."""
    said = between.replace(",", " ").split()
    return bool(said) and said[-1] == "and" and len(said) <= _AND_AFTER_WORDS


def _plain_no(words: Words, clause: str) -> bool:
    """The clause is a no and nothing else ("no", "nope, nothing like that", "not really"): said
    first, the rest of the answer explains it."""
    spans = words.general["say_no"].spans(clause) or words.general["weak_no"].spans(clause)
    return bool(spans) and all(w in words.fillers for w in outside(clause, spans))


def _no_first(words: Words, pending: Question | None, clause: str) -> bool:
    """The answer's first clause is its no: a plain no, or (Alexa sends no comma after it) a no said
    first and then the denial in the question's own words and nothing that names a sign ("no first
    time I've ever done anything to it" reads as "no, first time ...")."""
    if _plain_no(words, clause):
        return True
    head, _, rest = clause.partition(" ")
    if pending is None or head not in words.leading_no or not rest.strip():
        return False
    signs = _signs(words, pending, rest, [])
    return any(s.pending and s.kind == "no" for s in signs) and all(s.kind == "no" for s in signs)


def _read_clause(
    words: Words, kb: KnowledgeBase, pending: Question | None, clause: str, evidence: dict[str, Evidence]
) -> list[str]:
    """Add one clause's evidence; return the words in it that belong to no family and are no filler
    (none: the clause is accounted for).

    In order: a question asked back is no answer; then what the clause says of each sign it names;
    then doubt, "something's not right", or the general words (yes, no, hedges) as the answer to the
    question asked; last, which words were not placed."""
    if words.general["asking"].spans(clause):
        return [_UNPLACEABLE]  # "what do you mean by both legs?": a question back is no answer, asked again
    unsure = _unsure(words, pending, clause)
    signs = _signs(words, pending, clause, unsure)
    # "I don't know why", "not sure if it's related": placed, and no doubt about a sign or the question
    why = words.general["knows_not_why"].spans(clause)
    covered = [*unsure, *why, *(sign.span for sign in signs), *words.general["not_negating"].spans(clause)]
    counts = [span for span in words.general["asks_if_counts"].spans(clause) if not overlaps(span, covered)]
    covered += counts
    if pending is not None and counts and not signs:  # "I walk the dog, does that count?": in doubt
        evidence.setdefault(pending.id, Evidence()).unsure = True
    placed, spent = _add_sign_evidence(words, kb, pending, clause, signs, covered, unsure, evidence)
    covered += placed
    # unsure about a sign named is not about the question; a doubt after a choice value is
    if pending is not None and unsure and not any(_doubts(unsure, sign) for sign in signs):
        evidence.setdefault(pending.id, Evidence()).unsure = True
        evidence[pending.id].doubted = True
    wrong = [s for s in words.general["not_right"].spans(clause) if not overlaps(s, covered)]
    if pending is not None and wrong and not signs:  # "no, it's not normal": something may be wrong, unsure
        evidence.setdefault(pending.id, Evidence()).unsure = True
        return [_UNPLACEABLE]
    kinds, spans = _general(words, clause, covered)
    covered += spans  # with a sign named, general words go with it ("nope, my breathing is fine")
    other, own = _parts_named(words, pending, clause)
    if pending is not None and not other:
        _add_general_evidence(words, pending, clause, signs, kinds, bool(own), covered, evidence)
    return _left_over(words, pending, clause, signs, [*covered, *spent], bool(other and not own))


def _unsure(words: Words, pending: Question | None, clause: str) -> list[tuple[int, int]]:
    """Where the clause says it cannot tell, except inside a longer red-flag sign whose own words say
    so ("I can't tell when I need to go" is the nerve screen's sign) and "I don't know why" (no doubt
    about the sign said)."""
    why = words.general["knows_not_why"].spans(clause)  # "I don't know why": no doubt about the sign
    unsure = [span for span in words.general["unsure"].spans(clause) if not overlaps(span, why)]
    if not unsure:
        return unsure
    red_flags = [sign.span for sign in _signs(words, pending, clause, []) if _red_flag_sign(words, sign)]
    return [
        span
        for span in unsure
        if not any(start <= span[0] and span[1] <= end and end - start > span[1] - span[0] for start, end in red_flags)
    ]


def _add_sign_evidence(
    words: Words,
    kb: KnowledgeBase,
    pending: Question | None,
    clause: str,
    signs: Sequence[_Sign],
    covered: Sequence[tuple[int, int]],
    unsure: Sequence[tuple[int, int]],
    evidence: dict[str, Evidence],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """What the clause says of each sign it names. Returns the words that said whose sign it is, or
    that it is not new (placed, though no sign), and the negators spent on denying a sign before it
    ("not hot": the "not" is that denial's, no word left over beside it: ``_denied_beside_everyday``)."""
    # "very tight, I can't stand it": a negator inside how bad it is denies no sign (``severe``)
    negators = _negators_at(words, clause, [*covered, *words.general["severe"].spans(clause)])
    spent: list[tuple[int, int]] = []
    leftover = outside(clause, covered)
    # "no warm and pink like normal": a no said first is the answer, not a negation of the denial after it
    answer_first = bool(leftover) and leftover[0] in words.leading_no and clause.startswith(leftover[0] + " ")
    not_new = _not_theirs_now(words, clause, "not_new")
    helping = words.general["someone_helping"].spans(clause)
    imagined = words.general["hypothetical"].spans(clause)
    not_theirs = _not_theirs_now(words, clause, "someone_else")
    theirs = _not_theirs_now(words, clause, "someone_else_did")
    for sign in signs:
        found = evidence.setdefault(sign.question, Evidence())
        said = _said_of(words, pending, clause, _Negators(negators, answer_first), sign, signs)
        if _doubts(unsure, sign):  # "I can't tell if my foot is cold": unsure about the sign, never a yes
            found.unsure = found.unsure_sign = True
            if any(" ".join(clause[end : sign.span[0]].split()) in words.doubt_about for _, end in unsure):
                found.doubted_words.append(frozenset(clause[sign.span[0] : sign.span[1]].split()))
        elif not _red_flag_sign(words, sign) and any(start <= sign.span[0] for start, _ in theirs):
            # "it just came on, my wife had a fall", "my son twisted his knee playing football": what someone else did,
            # said before the value or sign, is theirs, never how this person's pain began (a red-flag sign is never
            # dropped here: it goes by the rules above and below)
            continue
        elif sign.kind == "yes" and (
            imagined
            or _theirs(words, clause, not_theirs, sign)
            or (kb.questions[sign.question].phase == "red_flag" and _not_new(words, clause, not_new, not_theirs, sign))
        ):
            # A red-flag sign is something new happening to this person; "my feet are always cold",
            # "my wife has chest pain" are not, and no sign is "what if it's a clot": neither a yes
            # nor a no (asked again if asked), unless the rest of the answer says more (``set_aside``).
            found.aside = True
            if not imagined and not not_theirs:
                found.past_clauses.append(clause)  # "I had a fever last year": this person's, not new
            if set(clause[sign.span[0] :].split()[:1]) & words.negators:
                # "no chest pain I get puffed on the stairs, but that's been years": one phrase, a sign
                # beside another denied; the old sign set aside, the denial still says no
                found.negative = True
                found.strong_no = found.strong_no or not words.general["doubt"].spans(clause)
        elif sign.value is not None:
            if said == "yes" and not _an_example(words, clause, sign, signs):
                found.values.append(sign.value)
                if _preferred(words, clause, sign):
                    found.preferred.append(sign.value)
        elif said == "unclear" and sign.kind == "unclear":  # "my feet are always cold": a qualified sign
            found.aside = found.qualified = True
            found.qualified_clauses.append(clause)
        elif said == "unclear":
            found.positive = found.negative = found.explained = True
        elif said == "no":
            found.negative = True
            found.explained = found.explained or sign.kind == "no" or _named_otherwise(words, clause, sign)
            found.denied_sign = found.denied_sign or sign.kind == "yes"
            if sign.kind == "yes":
                found.denied_words.append(frozenset(clause[sign.span[0] : sign.span[1]].split()))
                spent += _spent_on(words, clause, negators, sign, signs)
            found.strong_no = found.strong_no or not words.general["doubt"].spans(clause)
        else:
            found.positive = found.signed = True
            found.signed_words.append(frozenset(clause[sign.span[0] : sign.span[1]].split()))
            found.plain_clauses.append(clause)
    return [*not_new, *imagined, *not_theirs, *helping], spent


def _spent_on(
    words: Words, clause: str, negators: Sequence[int], sign: _Sign, signs: Sequence[_Sign]
) -> list[tuple[int, int]]:
    """The negators before a sign that deny it, said first (after the answer's own no or fillers only:
    "no, not hot", "it's not hard at all"): used by that denial. One after it ("hot, not"), one that
    reaches no sign ("I can't move it") or one said after other words, which it may tie to the sign ("I
    can walk without getting breathless": the walking is the sign's, asked again), stays left over."""
    reaching = [at for at in _reaching(words, clause, negators, sign, signs) if at < sign.span[0]]
    first = [
        at
        for at in reaching
        if all(w in words.fillers or w in words.leading_no or w in words.negators for w in clause[:at].split())
    ]
    return [(at, at + len(clause[at:].split(" ", 1)[0])) for at in first]


def _named_otherwise(words: Words, clause: str, sign: _Sign) -> bool:
    """ "It clicks once, but I wouldn't call it grinding": the sign is denied as the name of what was
    said (``named_otherwise`` right before it), so the lesser thing said beside it is not that sign
    either: no yes to a question of several signs (nor a no: asked again)."""
    return any(end == sign.span[0] for _, end in words.general["named_otherwise"].spans(clause))


def _theirs(words: Words, clause: str, not_theirs: Sequence[tuple[int, int]], sign: _Sign) -> bool:
    """Whether the clause says the sign is someone else's. Alexa sends no comma, so "my son
    plays football, my calf is swollen" is one clause: a sign after someone else's words with this person
    speaking of themselves again in between ("my calf", ``own_again``) is this person's, never set aside
    (a volunteered red-flag sign lost would wait for its screen). Words said after the sign keep the old
    caution: "my calf is swollen, my wife's is too" is still asked again."""
    own = words.general["own_again"]
    return any(
        start > sign.span[0] or end > sign.span[0] or not own.spans(clause[end : sign.span[1]] + " ")
        for start, end in not_theirs
    )


def _not_new(
    words: Words,
    clause: str,
    not_new: Sequence[tuple[int, int]],
    not_theirs: Sequence[tuple[int, int]],
    sign: _Sign,
) -> bool:
    """Whether the clause says the sign is not new: someone else's words of the kind ("my wife was away")
    go by ``_theirs``, so this person speaking of themselves again after them ("my calf is swollen") is new."""
    own = [span for span in not_new if not overlaps(span, not_theirs)]
    return bool(own) or _theirs(words, clause, [span for span in not_new if span not in own], sign)


def _not_theirs_now(words: Words, clause: str, kind: str) -> list[tuple[int, int]]:
    """Where the clause says a sign is someone else's or not new (``kind``), except where someone else
    helps this person or looks for them (``someone_helping``): "not able to walk, my son had to carry
    me" and "no swelling, my husband had a look" are this person's own sign and denial."""
    helping = words.general["someone_helping"].spans(clause)
    return [span for span in words.general[kind].spans(clause) if not overlaps(span, helping)]


def _doubts(unsure: Sequence[tuple[int, int]], sign: _Sign) -> bool:
    """Whether the clause's doubt is about this sign. A doubt said after a choice value is a thought
    of its own, as it would be after a comma Alexa does not send: "maybe a twist I'm not sure" is a
    twist, as "maybe a twist, I'm not sure" is. Of a yes/no sign any doubt in its clause is about it
    (a red-flag sign said with a doubt is never a yes)."""
    return any(sign.value is None or start < sign.span[1] for start, _ in unsure)


def _add_general_evidence(
    words: Words,
    pending: Question,
    clause: str,
    signs: Sequence[_Sign],
    kinds: set[str],
    own: bool,
    covered: Sequence[tuple[int, int]],
    evidence: dict[str, Evidence],
) -> None:
    """The general words (yes, no, hedges, unsure forms) as the answer to the question asked.

    A place or an activity said with them ("a little bit, in the calf when I do that") does not take
    them away from the question asked, except from a red-flag screen ("sometimes when I walk" to the
    chest screen is asked again); a yes/no sign does ("nope, breathing's fine"). ``own``: the clause
    names a part the question asks about. A value that is itself another question's sign (``entails``:
    "it gives way on me sometimes" to the grinding question) takes them as a sign does."""
    blocking = [
        sign
        for sign in signs
        if (sign.value is None and not sign.implied) or pending.phase == "red_flag" or _a_sign_too(words, sign)
    ]
    if blocking:
        return
    doubted = bool(words.general["doubt"].spans(clause))
    found = evidence.setdefault(pending.id, Evidence())
    pain = words.general["pain_talk"].spans(clause)
    leftover = outside(clause, [*covered, *words.general["times"].spans(clause)])
    on_pain = _on_the_pain(words, clause, kinds, pain)
    if pending.phase == "red_flag" and pain and not own and (kinds == {"hedges"} or on_pain):
        # "it aches now and then" to the chest screen is the pain they called about, not a yes
        # ("my chest has been a bit sore" names the chest: that is the sign)
        if on_pain and _pain_no_sign(words, pending):
            return  # "no, it's a bit achy, but it's not swollen": the pain, no sign of a screen that names none
        found.positive = found.negative = True
    elif pending.phase != "red_flag" and "say_yes" not in kinds and _unplaced(words, leftover):
        # "mostly at a desk" to the sport question: the hedge is about the words beside it, no yes
        # (to a red-flag screen "a bit blotchy" still admits the sign)
        _add_general(found, kinds - {"hedges"}, leftover, words, doubted)
    else:
        _add_general(found, kinds, leftover, words, doubted)


def _on_the_pain(words: Words, clause: str, kinds: set[str], pain: Sequence[tuple[int, int]]) -> bool:
    """The clause's hedges or yes are only how much of the pain said right after them ("it's a bit achy", "a
    little sore": each ends where a pain word starts), never a hedge of something else beside the pain ("the
    pain pills have left me a bit blocked up")."""
    if not kinds or not kinds <= {"hedges", "say_yes"}:
        return False
    said = [span for kind in kinds for span in words.general[kind].spans(clause)]
    return bool(said) and all(any(start == end for start, _ in pain) for _, end in said)


def _pain_no_sign(words: Words, pending: Question) -> bool:
    """A screen whose signs are told apart by words (``sign_groups``), none of them a word of pain (the
    calf's swelling, warmth and redness; not the chest screen, whose pain is a sign): the pain they called
    about, how much of it said, is no sign of it. Screens not told apart by words (the tight calf, whose
    pain far worse is its sign; the fever) keep it unclear."""
    groups = words.sign_groups.get(pending.id)
    if not groups:
        return False
    return not any(words.general["pain_talk"].spans(f"{word} ") for group in groups for word in group)


def _a_sign_too(words: Words, sign: _Sign) -> bool:
    """A choice value of another question that says a yes/no sign ("it gives way": a knee sign)."""
    entailed = (
        words.questions[sign.question].entails.get(sign.value or "", {}) if sign.question in words.questions else {}
    )
    return not sign.pending and any(value == "yes" for value in entailed.values())


def _left_over(
    words: Words,
    pending: Question | None,
    clause: str,
    signs: Sequence[_Sign],
    covered: Sequence[tuple[int, int]],
    only_another_part: bool,
) -> list[str]:
    """The words of the clause not accounted for (none: a "no" beside it stays clear).

    A clause about another part only ("it's just my knee, it creaks" to the tingling question) or
    naming another question's sign ("no lump, but it grinds like crazy") is about that, whatever its
    other words. Not to a red-flag screen, where unknown words may still be the sign asked about in
    words no family knows, so the "no" is asked again."""
    elsewhere = (only_another_part and not signs) or (bool(signs) and not any(sign.pending for sign in signs))
    if elsewhere and pending is not None and pending.phase != "red_flag":
        return []
    placed_spans = list(covered)
    if elsewhere:  # "no, but my foot's gone numb since this morning": when the other sign came is placed
        placed_spans += words.general["times"].spans(clause)
    placed_spans += _the_trouble(words, pending, clause)
    bridged = [sign.span for sign in signs if sign.bridged]
    severe = [
        s
        for s in words.general["severe"].spans(clause)
        if not overlaps(s, placed_spans) or overlaps(s, bridged)  # a phrase found over them leaves them unplaced
    ]
    if severe and pending is not None and pending.phase == "red_flag" and not only_another_part:
        return [_UNPLACEABLE]  # "no, but it hurts like hell" may be the very sign asked about: asked again
    # The negators left over are returned too, though they alone leave the clause placed: beside a
    # denial, "I can't move it" may deny what no family knows (``_denied_beside_everyday``).
    return [w for w in outside(clause, placed_spans) if w not in words.fillers and w not in words.leading_no]


def _the_trouble(words: Words, pending: Question | None, clause: str) -> list[tuple[int, int]]:
    """ "It's the knee that's the problem", "it's only the leg": what they called about (``knee_the_trouble``), no
    sign of a screen that asks of no sign of the knee, nor of the part the words name."""
    if pending is None or {"knee", "kneecap"} & words.questions[pending.id].parts:
        return []
    parts = words.questions[pending.id].parts
    return [
        span
        for span in words.general["knee_the_trouble"].spans(clause)
        if not parts & set(clause[slice(*span)].split())
    ]


@dataclass(frozen=True)
class _Sign:
    question: str
    value: str | None  # a choice value id; None for a yes/no question's sign
    kind: str  # "yes", "no" (a denial phrase, "I can walk"), "unclear" (another part) or "value"
    span: tuple[int, int]
    pending: bool
    companion: bool = False  # of a question the pending one answers too ("I twisted it": what happened)
    implied: bool = False  # said in answer to a question that implies it ("both legs" to tingling)
    bridged: bool = False  # found only with the clause's severity words left out ("hurts like crazy when I squat")


def _signs(words: Words, pending: Question | None, clause: str, covered: Sequence[tuple[int, int]]) -> list[_Sign]:
    """Every sign or choice value the clause names. Where phrases cover the same words, the pending
    question's win (unless another question's phrase is longer: "my calf is swollen" to the leg
    question is both), then the longer phrase; equal rivals of other questions are all kept, and of
    one question's phrases only the longest counts ("my temperature is normal" is a denial). A
    red-flag sign is kept beside any other question's phrase, unless the pending question's denial
    covers it. The
    values of a question the pending one answers too (``answers_too``) are read as if asked, beside
    the pending question's own; a sign the pending question implies (``implies``: "playing hockey" to how
    it started) is kept beside its phrase when as long, as an opened question's is."""
    found = _named(words, pending, clause, covered)
    found += _bridged(words, pending, clause, covered)
    implied = words.questions[pending.id].implies if pending is not None and pending.id in words.questions else {}
    for qid, family in implied.items():  # "both legs" to the tingling question: the nerve screen's sign
        denied = words.questions[qid].no.spans(clause)  # "both feet feel normal" is that screen's own no
        found += [
            _Sign(qid, None, "yes", s, False, implied=True)
            for s in family.spans(clause)
            if not overlaps(s, covered) and not overlaps(s, denied)
        ]
    found.sort(key=lambda sign: (not sign.pending, -_length(sign.span)))
    kept: list[_Sign] = []
    for sign in found:
        rivals = [k for k in kept if overlaps(sign.span, [k.span])]
        if any(r.question == sign.question for r in rivals):
            continue  # a longer phrase of the same question already covers these words
        # "it hurts behind my knee which is hot": a longer phrase of a place or an activity must not
        # swallow a red-flag sign said in the same breath; only a denial of the question asked, or a
        # longer red-flag sign ("my calf is swollen" over the general leg sign), may.
        unhidden = _red_flag_sign(words, sign) and not any(
            (r.pending and r.kind == "no") or _red_flag_sign(words, r) for r in rivals
        )
        # a sign the answer implies ("playing football" to how it started: a sport of theirs) is said as the answer
        # is, so as long as the answer's own phrase it is kept beside it, as an opened question's is
        kin = pending is not None and (sign.question in words.questions[pending.id].opens or sign.implied)
        if unhidden or sign.companion or all(_wins(sign, r, kin) for r in rivals):
            kept.append(sign)
    # A companion value counts only in the words that answered the pending question ("I twisted it"),
    # never elsewhere in the answer ("came on suddenly, worse at night" says nothing of an injury).
    # Another question's "elsewhere" words have done their work once they hid its shorter sign.
    kept = [k for k in kept if k.pending or k.kind != "unclear"]
    kept = [
        k
        for k in kept
        if not _known_already(words, pending, k, kept)
        and not _inside_another(words, clause, k, kept)
        and not _within_a_value(words, pending, clause, k, kept)
    ]
    return [k for k in kept if not k.companion or any(p.pending and overlaps(k.span, [p.span]) for p in kept)]


def _named(words: Words, pending: Question | None, clause: str, covered: Sequence[tuple[int, int]]) -> list[_Sign]:
    """Every phrase of every question's words in the clause, before rivals are weighed (``_signs``)."""
    found: list[_Sign] = []
    too = words.questions[pending.id].answers_too if pending is not None and pending.id in words.questions else ()
    for qid, qwords in words.questions.items():
        is_pending = pending is not None and qid == pending.id
        asked = is_pending or qid in too
        for value, kind, family in qwords.families(asked=True) if asked else words.always[qid]:
            found += [
                _Sign(qid, value, kind, s, is_pending, qid in too)
                for s in family.spans(clause)
                if not overlaps(s, covered)
            ]
    return found


def _bridged(words: Words, pending: Question | None, clause: str, covered: Sequence[tuple[int, int]]) -> list[_Sign]:
    """ "It hurts like crazy when I squat", "the stairs are murder when I go down": how bad it is,
    said inside a phrase, hides no sign or value the phrase names. The phrases found only with the
    severity words left out, with their spans in the whole clause (over those words). They are
    marked, so that to a red-flag screen the severity words still count as unplaced ("no, but it
    hurts like hell when I squat" may be the very sign asked about: asked again). A softener said inside
    a phrase ("the swelling's sort of moved down into my calf") hides nothing either, as a word of
    degree in a gap does not ("my calf is a bit swollen")."""
    severe: list[tuple[int, int]] = []
    for span in sorted([*words.general["severe"].spans(clause), *words.general["softeners"].spans(clause)]):
        if not overlaps(span, [*covered, *severe]):
            severe.append(span)
    if not severe:
        return []
    kept, cuts, start = [], [], 0
    for cut_start, cut_end in severe:
        kept.append(clause[start:cut_start])
        cuts.append((len("".join(kept)), cut_end - cut_start))
        start = cut_end
    reduced = "".join(kept) + clause[start:]

    def whole(at: int, end: bool) -> int:
        return at + sum(size for where, size in cuts if (at > where if end else at >= where))

    inside = [
        replace(sign, span=(whole(sign.span[0], False), whole(sign.span[1], True)), bridged=True)
        for sign in _named(words, pending, reduced, [])
    ]
    return [sign for sign in inside if overlaps(sign.span, severe) and not overlaps(sign.span, covered)]


def _known_already(words: Words, pending: Question | None, sign: _Sign, kept: Sequence[_Sign]) -> bool:
    """ "I twisted it" to what happened says nothing new of how it started, nor "it gets stuck" to what
    the knee does that it has a knee sign: the answer of a question the pending one is asked only
    after, in the very words that chose the pending one's value."""
    return (
        pending is not None
        and pending.id in words.questions
        and sign.kind in ("value", "yes")
        and not _red_flag_sign(words, sign)
        and sign.question in words.questions[pending.id].asked_after
        and any(p.pending and p.value is not None and overlaps(sign.span, [p.span]) for p in kept)
    )


def _inside_another(words: Words, clause: str, sign: _Sign, kept: Sequence[_Sign]) -> bool:
    """ "I just started running again after a long break": the pending yes/no question's short phrase
    ("again": hurt again) inside a longer phrase of another question (the sport's "started running
    again") is that phrase's word, no sign of its own. Only inside another yes/no question's sign:
    a choice value ("it sort of catches": what the knee does) often is the sign asked about too. Never
    when the question asked is a red-flag screen, nor inside another red-flag sign ("both legs are
    numb" still says numb to the tingling question): a sign asked about is never lost there."""
    if not sign.pending or sign.kind != "yes" or sign.value is not None or _red_flag_sign(words, sign):
        return False
    start, end = sign.span
    if len(clause[start:end].split()) > 1:
        return False  # "I tore it playing rugby": "tore it" is the sign asked about, in the sport's words too
    return any(
        not other.pending
        and not _red_flag_sign(words, other)
        and other.kind == "yes"
        and other.value is None
        and other.span[0] <= start
        and end <= other.span[1]
        and _length(other.span) > _length(sign.span)
        for other in kept
    )


def _within_a_value(words: Words, pending: Question | None, clause: str, sign: _Sign, kept: Sequence[_Sign]) -> bool:
    """ "No sport, but it's worse when I'm walking to the shops": the pending question's answer-only word
    ("walking" to the sport question: ``when_asked``) inside a value phrase of a question whose values
    hold such words (``within``: what makes it worse) is that value's word, no answer of its own. A sign
    said outright ("I play netball", ``sign`` words) still answers, wherever it stands; a red-flag screen
    has no ``within`` (checked on load), so its sign is never lost here."""
    if pending is None or not sign.pending or sign.kind != "yes" or sign.value is not None:
        return False
    own = words.questions[pending.id]
    if not own.within or any(span[0] <= sign.span[0] and sign.span[1] <= span[1] for span in own.yes.spans(clause)):
        return False
    return any(
        other.question in own.within
        and other.kind == "value"
        and other.span[0] <= sign.span[0]
        and sign.span[1] <= other.span[1]
        for other in kept
    )


def _negators_at(words: Words, clause: str, covered: Sequence[tuple[int, int]]) -> list[int]:
    """Where the clause's negators outside the placed words start."""
    return [
        m.start()
        for m in re.finditer(r"\S+", clause)
        if m.group() in words.negators and not overlaps(m.span(), covered)
    ]


@dataclass(frozen=True)
class _Negators:
    """Where a clause's negators stand, and whether its first word is the answer's own "no"."""

    at: Sequence[int]
    answer_first: bool  # "no warm and pink like normal": the no said first is the answer


def _said_of(
    words: Words, pending: Question | None, clause: str, negators: _Negators, sign: _Sign, signs: Sequence[_Sign]
) -> str:
    """What the clause says of one sign: "yes", "no" or "unclear". The one place that decides which
    negators reach a sign and what they make of it:

    - a negator stops at a new subject after another sign or a part of the body (``_reaching``);
    - only a negator said before a choice value denies it ("gradually, I didn't notice it at first");
    - a negator that reaches a denial undoes it ("not normal": unclear; but not one spent on another
      sign before a new subject: "didn't come from sitting it's constant"), one after it agrees ("not
      stiff, no"), and the answer's own "no" said first is no negator of it;
    - a red-flag sign negated only after it is unclear, unless it is what the negated verb is said of
      ("fever is not there") (``_negated_after``);
    - a sign denied of another part ("my knee is not swollen" to the calf screen) is unclear
      (``_of_another_part``).
    """
    reaching = _reaching(words, clause, negators.at, sign, signs)
    if sign.value is not None:
        return "no" if any(at < sign.span[0] for at in reaching) else "yes"
    if sign.kind == "unclear":
        return "unclear"
    if sign.kind == "no":
        undone = any(at < sign.span[0] and not (negators.answer_first and at == 0) for at in reaching)
        return "unclear" if undone else "no"
    if _negated_after(words, sign, reaching, clause):
        return "unclear"
    if not reaching:
        return "yes"
    return "unclear" if _of_another_part(words, pending, clause, sign) else "no"


def _reaching(words: Words, clause: str, negators: Sequence[int], sign: _Sign, signs: Sequence[_Sign]) -> list[int]:
    """The negators that reach a sign. Alexa sends no full stops, so "it's not a different colour
    it's swollen" is one clause: a negator before another sign, or a part of the body ("it's not just
    the knee my chest hurts too"), stops there when a new subject ("it's", "my", "there's") starts
    after it. "Not red or swollen" denies both; "I don't think my calf is swollen" stays a denial. A
    negator after the sign reaches it only when no other sign follows ("swollen, no" but not "a
    tight calf, no fever"). A sign said right after a denied one, with no "or" or "and" between ("not
    hot red though"), is not denied."""
    ends = [other.span[1] for other in signs if other is not sign]
    ends += [m.end() + 1 for m in re.finditer(r"\S+", clause) if m.group() in words.body_parts]  # "not just the knee"

    def stopped(at: int) -> bool:
        if words.negation_stops.search(clause[at : sign.span[0]]):
            return True  # "nothing, only pain when I climb the stairs": the negator is spent before the turn
        head = _answer_no_at(words, clause, at)
        if head:
            # "no hmm my calf is swollen", "not that I've noticed my calf is swollen": the answer's own
            # no, then a new subject (the sign's first word may be it), never "no swelling in my calf"
            first = " ".join(clause[sign.span[0] :].split()[:1])
            leading = f"{clause[head : sign.span[0]]}{first} "
            if words.new_subject.search(leading) or (
                _a_part_in(words, leading) and not words.joining & set(leading.split())
            ):
                return True  # "no issues the calf is swollen", never "no swelling in the calf or redness"
        if any(at < o.span[1] <= sign.span[0] + 1 and not clause[o.span[1] : sign.span[0]].strip() for o in signs):
            return True  # "not hot red though": a sign right after a denied one, with no "or" between, is said
        contrasted = _contrasted(words, clause, sign)
        return any(
            at < end <= sign.span[0] + 1
            and (
                contrasted
                or words.new_subject.search(clause[end - 1 : sign.span[1]])
                or _part_named(words, clause, end, sign)
            )
            for end in ends
        )

    answers = [s for kind in ("say_no", "weak_no", "doubt", "unsure") for s in words.general[kind].spans(clause)]

    def taken(at: int) -> bool:
        """ "It's gone completely now, no weakness": a negator after the sign with another sign after
        it is that sign's; "I still play tennis, so I'm not past it": one after a new subject is that
        subject's, except after a red-flag sign (there it leaves the sign unclear: ``_negated_after``)."""
        if any(other is not sign and other.span[0] > at for other in signs):
            return True
        return (
            not _red_flag_sign(words, sign)
            and not any(start <= at < end for start, end in answers)  # "a pop? I don't think so": the answer
            and bool(words.new_subject.search(clause[sign.span[1] : at]))
        )

    return [at for at in negators if (not taken(at) if at > sign.span[0] else not stopped(at))]


def _part_named(words: Words, clause: str, end: int, sign: _Sign) -> bool:
    """ "Not cold, the foot has gone blue": a part of the body named as a new subject after another
    sign, with no "or" or "and" joining it to the denial ("no redness in the calf or swelling" still
    denies the swelling)."""
    return _a_part_in(words, clause[end - 1 : sign.span[1]]) and not words.joining & set(
        clause[end - 1 : sign.span[0]].split()
    )


def _a_part_in(words: Words, text: str) -> bool:
    return any(found.group(1) in words.body_parts for found in words.part_named.finditer(text))


def _contrasted(words: Words, clause: str, sign: _Sign) -> bool:
    """ "Not really hot, more red than anything", "no pins and needles, numb yes": after another sign
    denied, a sign set against it or affirmed is said, not denied ("no more swelling" stays a
    denial: no other sign stands between). So is one admitted with a hedge right before it ("not hot,
    maybe a little warm"): a red-flag sign admitted must never be read as denied."""
    before = set(clause[: sign.span[0]].split()[-1:])
    admitted = any(end >= sign.span[0] - 1 for _, end in words.general["admitted_before"].spans(clause[: sign.span[0]]))
    return bool(
        admitted or words.contrast_before & before or words.affirmed_after & set(clause[sign.span[1] :].split()[:1])
    )


def _answer_no_at(words: Words, clause: str, at: int) -> int:
    """Where the answer's own no ends, when the negator at ``at`` is it: a no said first ("no hmm ...")
    or inside a denial said first ("not that I've noticed ..."); 0 when it is not."""
    spans = [span for kind in ("say_no", "weak_no") for span in words.general[kind].spans(clause)]
    ends = [end for start, end in spans if start == 0 and at < end]
    head = clause.split(" ", 1)[0]
    return max(ends) if ends else (len(head) if at == 0 and head in words.leading_no else 0)


def _negated_after(words: Words, sign: _Sign, negators: Sequence[int], clause: str) -> bool:
    """A red-flag sign whose only negators come after it ("out of breath today, nothing before
    that") is unclear, never a no: a no that under-reads an emergency must be said of the sign.
    Unless the sign is what the negated verb is said of ("fever is not there", "the swelling has not
    come back"): then it is the sign's denial."""
    if not negators or not _red_flag_sign(words, sign) or any(at < sign.span[1] for at in negators):
        return False
    between = clause[sign.span[1] : negators[0]].split()
    return not all(word in words.sign_verbs for word in between) or not between


def _unplaced(words: Words, leftover: Iterable[str]) -> bool:
    """Some word is in no family and is no filler: words a hedge beside them is about."""
    return any(w not in words.fillers and w not in words.negators and w not in words.leading_no for w in leftover)


def _red_flag_sign(words: Words, sign: _Sign) -> bool:
    return sign.kind == "yes" and words.questions[sign.question].red_flag


def _wins(sign: _Sign, rival: _Sign, kin: bool = False) -> bool:
    """Beside a phrase of the question asked a sign counts only if longer (as long, when the question
    asked opens the sign's question: "it is getting stuck" to the knee-signs opener also says what the
    knee does); beside another's, if as long."""
    if rival.pending:
        return _length(sign.span) >= _length(rival.span) if kin else _length(sign.span) > _length(rival.span)
    return _length(sign.span) == _length(rival.span)


def _general(words: Words, clause: str, covered: Sequence[tuple[int, int]]) -> tuple[set[str], list[tuple[int, int]]]:
    """Which general families the clause uses (outside the words already placed), and where."""
    kinds: set[str] = set()
    spans: list[tuple[int, int]] = []
    # "my calf is a bit better today": the hedge is how much better, no sign admitted (its words stay unplaced)
    better = words.general["bettering"].spans(clause)
    for kind in ("say_no", "weak_no", "say_yes", "hedges"):
        for span in words.general[kind].spans(clause):
            if kind == "hedges" and overlaps(span, better):
                continue
            if not overlaps(span, [*covered, *spans]):
                kinds.add(kind)
                spans.append(span)
    return kinds, spans


def _add_general(found: Evidence, kinds: set[str], leftover: list[str], words: Words, doubted: bool) -> None:
    """General words answer the pending question: yes and hedges admit it; no and weak no deny it
    (a no with doubt, "probably nothing", is a weak one); a yes or hedge with a negator left over
    ("yes it isn't") is both, so nothing."""
    negated = any(w in words.negators for w in leftover)
    if kinds & {"say_yes", "hedges"}:
        found.positive = True
        found.negative = found.negative or negated
    if kinds & {"say_no", "weak_no"}:
        found.negative = True
        found.strong_no = found.strong_no or ("say_no" in kinds and not doubted)


def _facts(
    kb: KnowledgeBase, pending: Question | None, evidence: Mapping[str, Evidence], clear_no: bool, apart: bool = False
) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for qid, found in evidence.items():
        question = kb.questions[qid]
        if question.answer_type == "choice":
            values = list(dict.fromkeys(found.values))
            preferred = list(dict.fromkeys(found.preferred))
            if len(values) > 1 and len(preferred) == 1 and not question.multiple:
                values = preferred  # "behind the knee, then down into the calf, mostly the calf"
            if len(values) > 1 and not (question.multiple or found.unsure):
                values = refined(words_for(kb), qid, values)  # "he ran into me and it bent backwards"
            if values and (question.multiple or len(values) == 1):
                facts[qid] = values if question.multiple else values[0]
            elif len(values) > 1 and pending is not None and qid == pending.id and found.unsure:
                facts[qid] = UNKNOWN  # "one day it's the thigh, the next the calf, I can't pin it down"
        elif question.answer_type == "yes_no" and found.positive and not found.negative and not found.unsure:
            facts[qid] = "yes"
    if pending is None or pending.id in facts:
        return facts
    found = evidence.get(pending.id, Evidence())
    several = several_signs(found) and not (found.unsure or found.explained)
    if a_part_denied(pending, found):
        facts[pending.id] = "no"
    elif pending.answer_type == "yes_no" and (pending.phase != "red_flag" or apart) and several:
        # A question of several signs: "no lump, but it does catch now and then" denies one and names
        # another (a general "no" beside a sign stays unclear; to a red-flag screen both are asked again,
        # unless the sign is said plainly and told apart from the one denied: ``apart_plainly``)
        facts[pending.id] = "yes"
    elif other_part_doubted(pending, found):
        facts[pending.id] = "yes"  # "I don't know about a pop, but I'm walking like a penguin"
    elif pending.answer_type == "yes_no" and found.negative and not (found.positive or found.unsure):
        if clear_no and (pending.phase != "red_flag" or found.strong_no):
            facts[pending.id] = "no"
    elif found.unsure and not (found.positive or found.values) and (not found.strong_no or doubt_of_one(found)):
        # "I don't know, I didn't notice": a soft no beside the doubt is the doubt (a clear "no, not
        # sure" is asked again)
        facts[pending.id] = UNKNOWN
    elif sign_in_doubt(pending, found):
        facts[pending.id] = UNKNOWN
    return facts


def _denies_a_part(words: Words, pending: Question, plain: str) -> bool:
    """Whether the answer, read whole without its commas (the parts may fall in two clauses), denies one
    whole part of a question that asks two things joined by "and" (``part_denied``: "no bruise and I'm
    walking okay", "it hasn't gone"), with no doubt anywhere in it."""
    asked = words.questions.get(pending.id)
    if asked is None:
        return False
    # "it's gone now, but the ache behind my knee is still there": words the question's own `elsewhere`
    # phrases say of something else deny no part of it
    elsewhere = asked.elsewhere.spans(plain)
    denied = any(not overlaps(span, elsewhere) for span in asked.part_denied.spans(plain))
    return denied and not (words.general["doubt"].spans(plain) or _unsure(words, pending, plain))


def _length(span: tuple[int, int]) -> int:
    return span[1] - span[0]
