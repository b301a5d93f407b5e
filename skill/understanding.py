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
  explains the no ("not really, no, I mean, it's a bit achy": read whole, ``explains``); a red-flag
  sign taken back (any yes said before the correction) is asked again, never a no, unless the mistake is
  told (the wrong or other part, a time gone by: "yes, no, wait, I was looking at the wrong foot, no,
  this one's fine") and a plain no said again, or the words after the mistake told, deny the sign
  plainly (``_mistake_told``); to a single choice, the age or the how-long question a bare no between
  two different answers is such a correction ("it gives way no it locks", "seventy one no seventy two"),
  never a no that denies the value after it ("suddenly no injury": ``split_at_said_again``); to a red-flag
  screen, words that may turn an answer about ("my chest is fine, actually it hurts") with more said
  after them leave its no unclear (``_turned_about``); a value said, denied and restated ("it locks,
  well, not locks exactly, more like it catches") is the value restated, when the words after "more
  like" answer the question (else the denial before them stays the answer: "no, not cramps, more of a
  dull throb"), never to a red-flag screen (``split_at_restating``);
- an echoed sign is a question, not a report ("both legs? no. numb? no"; "numb where, oh no"): found
  by its words alone, as Alexa sends no question mark, it never counts as the sign (nor as another
  question's), and the answer after it answers it; to a question of several signs one yes is a yes,
  a doubt among noes a doubt, all no a no (``without_echoes``); a soft no at once taken into doubt ("a pop? I
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
  and what they make of it, is decided in ``said_of``;
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
  except to a red-flag screen, which asks again (``sign_in_doubt``), unless the sign was said as a guess
  ("maybe a little breathless, I don't know") or given a cause of its own after its "but" ("I've been going
  more often, but I drink a lot of tea, so I'm not sure"), with no yes and no other sign said plainly beside
  it: then the doubt is the answer, "I don't know" (``_guessed_then_doubted``); a red-flag sign said plainly, then
  "and" another guessed, then the doubt ("my calf is swollen and maybe red I'm not sure") is no sign in doubt: the
  doubt is the guess's (``skill.clause_reading._guess_after``), and the screen's yes where the two are signs apart,
  else asked again (``plain_beside_a_guess``), never "I don't know"; breathlessness said mildly and only on
  exertion beside each other sign denied ("a bit puffed on the stairs, but my chest doesn't hurt, no blood")
  says no sudden breathlessness: asked again, never a no (``said_on_exertion_only``);
- a red-flag sign said as how things always are, long ago, someone else's ("my wife says she has
  chest pain"; but what she says of this person, "my wife says the left one looks bigger", is this
  person's sign; someone helping or looking, "my son had to carry me", "no swelling my husband had a
  look", is no one's sign but this person's: ``not_theirs_now``; nor is one said after someone else's words with
  this person speaking of themselves again, "my son plays football my calf is swollen": ``_theirs``) or imagined (in its
  clause, or in the next one pointing back at it, "so that's been going on for ages", when the
  question asked is that sign's and no other clause names a sign it does not deny: ``with_remarks``;
  "no chest pain I get puffed on the stairs but that's been years", one phrase, keeps its denial) is neither a
  yes nor a no, unless the rest of the answer is a clear no about now ("I had a fever last year, but
  no, not now"), or, after a sign the question's own words qualify ("my feet are always cold"), a
  denial of any change ("but it's no different from normal"); beside a doubt it is a doubt (``set_aside``); to a
  red-flag screen a sign said plainly beside a qualified one may still be a yes (``skill.red_flag_qualifiers``
  says when); a clause that only qualifies another screen's sign said before it,
  pointing back or naming it again ("I had a temperature, but that was over Christmas"), leaves that
  sign no volunteered yes (``remarks_on_another``), nor does a red-flag sign said in a time gone by after
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
  the screen's own denial, a plain no between them or not, naming nothing else: "I don't think so, no, I feel
  alright", "I don't think so, it looks the same as the other one": ``_doubt_settled``). A sign of another question said
  beside a no ("no, but my calf is swollen") is kept as well, as the matched ``{reply} but
  {symptom}`` sample keeps both; to a question that is not a red-flag screen, a clause naming such
  a sign, or only another part of the body, leaves the no clear ("no lump, but it grinds like
  crazy"). Beside a clear no (to a red-flag screen, one that names the sign or is the screen's own
  denial), words of everyday life (``everyday``: the pain, pressing, getting about, home) leave it
  clear ("no, my feet are nice and warm, I've got my slippers on"), never a word of the question's
  own sign phrases, a word no family knows or a negator left over (one a denial said first used is
  not left over: "no, not hot, I pressed it", ``spent_on``; "I can walk without getting breathless"
  keeps its "without"), nor, to a red-flag screen, a clause that says when and not of the pain ("no
  chest pain, only when I climb the stairs"; when they checked, "I pressed it just now", is no such
  clause: ``checked_by``, whose own words are placed, as are life said to go on as usual, "I'm eating fine",
  ``life_as_usual``) (``denied_beside_everyday``); the knee said again to be
  the trouble ("no, my feet are warm, it's the knee that's the problem": ``knee_the_trouble``) is no "problem"
  that may be the sign, to a screen that asks of no sign of the knee (``_left_over``).

The rules that decide, from the evidence the clauses gathered (``skill.clause_evidence``), what a sign said
beside a qualifier or beside another sign denied or doubted comes to are ``skill.red_flag_qualifiers``.

Where each rule lives: this module reads the whole answer and is the entry point (``read``, ``reading``,
``Reading``, ``one_phrase``, ``only_no``); ``skill.echoes`` takes out the echoes of the question and a
question asked back; ``skill.corrections`` cuts an answer at a correction, at a no between two answers or
at a value denied and restated; ``skill.remarks`` reads the remarks beside the pending answer (not new,
someone else's, everyday life, another screen's sign, a part denied); ``skill.clause_reading`` reads one
clause into evidence; ``skill.clause_signs`` finds the signs a clause names and which negators reach them.

Nothing read here is logged. Text that is too long, empty or of no known word gives no fact.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from kb import UNKNOWN, KnowledgeBase, Question
from skill.clause_evidence import Evidence, Reading, plain_no
from skill.clause_reading import parts_named, read_clause, settle_pain_said
from skill.clause_signs import named_in, negators_at, signs_in
from skill.corrections import explains, read_corrected, split_at_correction, split_at_restating, split_at_said_again
from skill.echoes import asked_back, parts_answered, without_echoes
from skill.red_flag_qualifiers import (
    a_part_denied,
    apart_plainly,
    doubt_of_one,
    other_part_doubted,
    past_beside_the_qualified,
    plain_beside_a_guess,
    said_on_exertion_only,
    set_aside,
    several_signs,
    sign_in_doubt,
)
from skill.remarks import (
    denied_beside_everyday,
    denies_a_part,
    remarks_on_another,
    sign_denied_beside_others,
    with_remarks,
)
from skill.said_numbers import days_are_a_sign, numbers_said
from skill.word_data import (
    MAX_CHARS,
    Family,
    Words,
    clauses,
    clauses_cut,
    dates_its_sign,
    entailed,
    normalise,
    overlaps,
    refined,
    unmarked,
    words_for,
)

__all__ = ["Reading", "one_phrase", "only_no", "read", "reading"]


def one_phrase(kb: KnowledgeBase, first: str, second: str) -> bool:
    """Whether "first and second" is one phrase that must never be cut at its "and" ("black and
    blue" is a bruise; cut in two, "blue" would be a cold, blue foot)."""
    words = words_for(kb)
    return any(_across_the_cut(words, family, first, second) for family in words.every_family())


def not_its_sign_across(kb: KnowledgeBase, qid: str, first: str, second: str) -> bool:
    """Whether "first and second", cut at its "and", is words the question's own ``elsewhere`` says are no sign of it
    ("black and blue" to the cold, pale foot's screen: a bruise), so its sign matched in either piece alone is none."""
    words = words_for(kb)
    own = words.questions.get(qid)
    return own is not None and _across_the_cut(words, own.elsewhere, first, second)


def _across_the_cut(words: Words, family: Family, first: str, second: str) -> bool:
    """Whether a phrase of the family runs across the "and" of "first and second", read normalised whole as the words
    are: "blue and black" is spelled as the one phrase "black and blue" (``contractions``, a phrase of the same
    length, so the cut stays where it was)."""
    head = normalise(words, first)
    said = normalise(words, f"{head} and {normalise(words, second)}") + " "
    cut = len(head) + 1
    return any(start < cut < end for start, end in family.spans(said))


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
    another denied may be a yes (``apart_plainly``): never the words after a correction, nor after a
    question asked back ("what do you mean by hot, it's swollen"). The screen's own list said back
    first ("swollen, hot or a different colour? well it's swollen, not hot though") is the question,
    no part of the answer: what follows it is read as said, and ``apart_plainly`` still finds any doubt,
    hedge or time in it ("red? not red, no. warm, maybe? no" stays asked again)."""
    normal = normalise(words, text) + " " if isinstance(text, str) and len(text) <= MAX_CHARS else ""
    parted = parts_answered(words, pending, normal)  # "could I walk? yes": the part's own yes (``skill.echoes``)
    if parted is not None:
        text, normal = parted, parted + " "
    back = asked_back(words, normal)
    # a no read after an echo is read alone, as if no day were given (``skill.echoes``)
    answered = back or without_echoes(words, pending, normal, lambda said: _reading(said, kb, pending, words, None))
    return _reading(text if answered is None else answered, kb, pending, words, today, plainly and back is None)


def _reading(
    text: str, kb: KnowledgeBase, pending: Question | None, words: Words, today: date | None, plainly: bool = False
) -> Reading:
    """``reading`` once echoes and questions asked back are taken out (they are looked for once)."""

    def again(said: str) -> Reading:  # words on one side of a cut, their echoes already taken out
        return _reading(said, kb, pending, words, today)

    def whole(said: str) -> Reading:  # words on one side of a cut, read as a whole answer of their own
        return _answer(said, kb, pending, words, today, plainly=False)

    normal = normalise(words, text) + " " if isinstance(text, str) and len(text) <= MAX_CHARS else ""
    corrected = split_at_correction(words, pending, normal) or split_at_said_again(words, pending, normal, again)
    if corrected is not None and not explains(pending, words, again, normal, *corrected):
        cut = normal[len(corrected[0]) : len(normal) - len(corrected[1])]  # the correction's own words
        return read_corrected(pending, words, whole, *corrected, cut=cut)
    restated = split_at_restating(words, pending, normal)
    if restated is not None:
        found = read_corrected(pending, words, whole, *restated)
        if pending is not None and pending.id in found.facts:
            return found
    evidence: dict[str, Evidence] = {}
    said = _doubt_before_a_statement(words, clauses_cut(words, text))
    said = _value_said_first(words, pending, _hedge_said_first(words, pending, said))
    said = _with_examples(words, pending, with_remarks(words, kb, pending, _it_named(words, said)))
    left = [(clause, read_clause(words, kb, pending, clause, evidence)) for clause in said]
    told = _told(words, pending, evidence)
    before = left
    if told:  # read again with the words the sign told implies ("I heard a pop, and there's a big bruise")
        evidence = {}
        left = [(clause, read_clause(words, kb, pending, clause, evidence, told)) for clause in said]
    if pending is not None and any(pending.id in words.questions[qid].told_unclear_to for qid in told):
        left = (
            before  # "no, but I heard a pop and there's a huge bruise" to the leg screen: the bruise may be its colour
        )
    settle_pain_said(evidence)  # the pain said beside a sign said plainly takes nothing from it
    unplaced = [clause for clause, words_left in left if any(w not in words.negators for w in words_left)]
    accounted = (bool(said) or not text.strip()) and not unplaced
    # "no, I sit at a desk all day": a plain no said first, the rest explains it; or said last, after
    # its reason ("I'm retired and I do the garden, but no")
    first = bool(said) and _no_first(words, pending, said[0]) and not words.general["contrast"].spans(normal)
    explained = first or (bool(said) and plain_no(words, said[-1]))
    # To a red-flag screen only a fully placed no counts: "no, it's gone a purply sort of colour"
    # may be the very sign asked about, in words no family knows.
    red_flag = pending is not None and pending.phase == "red_flag"
    clear_no = (
        accounted or (explained and not red_flag) or sign_denied_beside_others(words, pending, evidence, unplaced)
    )
    remarks_on_another(words, pending, said, evidence)
    past_beside_the_qualified(words, said, evidence)
    set_aside(words, pending, evidence, normal, said)
    plain = " ".join(unmarked(normal).split())
    if pending is not None and denies_a_part(words, pending, plain + " "):
        evidence.setdefault(pending.id, Evidence()).part_denied = True  # across clauses: "no bruise, and I walk fine"
    if pending is not None and pending.id in evidence and words.general["doubt"].spans(normal):
        # doubt anywhere in the answer ("I don't think so, it's only a bit sore") softens its no, unless
        # settled after it ("I don't think so, no, I feel alright": ``_doubt_settled``)
        evidence[pending.id].strong_no = evidence[pending.id].strong_no and _doubt_settled(words, kb, pending, said)
    clear_no = clear_no or denied_beside_everyday(words, pending, evidence, [(c, w) for c, w in left if c in unplaced])
    clear_no = clear_no and not (
        red_flag and (_it_may_be_the_sign(words, pending, said) or _turned_about(words, normal))
    )
    facts = _facts(kb, pending, evidence, clear_no, plainly and apart_plainly(words, pending, normal, evidence))
    if (
        pending is not None
        and facts.get(pending.id) == "yes"
        and said_on_exertion_only(words, pending, normal, evidence)
    ):
        del facts[pending.id]  # "a bit puffed on the stairs, but no chest pain": no sudden breathlessness said
    if (
        pending is not None
        and pending.id not in facts
        and plainly
        and plain_beside_a_guess(words, pending, normal, evidence)
    ):
        facts[pending.id] = "yes"  # "my calf is swollen and maybe red I'm not sure": the swelling is said
    if pending is not None and a_part_denied(pending, evidence.get(pending.id, Evidence())):
        clear_no = True  # a whole part denied: words unplaced elsewhere can change nothing of this no
    facts = _where_asked(kb, words, pending, facts)
    if pending is not None and (
        _cannot_describe(words, pending, evidence, facts, normal) or _value_doubted_after(words, pending, facts, normal)
    ):
        facts = _without_its_detail(kb, pending, facts)
        facts[pending.id] = UNKNOWN
    if said:
        starts = [clause for clause in said if _tells_its_start(words, pending, clause)]
        day = today or datetime.now(UTC).date()
        numbers = numbers_said(
            words.numbers,
            kb,
            pending,
            plain,
            said,
            day,
            starts,
            lambda clause: _names_a_sign_dating_itself(words, pending, clause),
        )
        facts = {**numbers, **facts}
        if pending is not None and facts.get(pending.id) != UNKNOWN and days_are_a_sign(words, pending, numbers):
            facts[pending.id] = "yes"  # "no pop, but it's been about two weeks": a sign of a list is enough
    if pending is not None and pending.id not in facts and _other_part_after_its_no(words, kb, pending, normal):
        facts[pending.id] = "yes"
    if pending is not None and _a_sign_of_its_list(kb, pending, facts):
        facts[pending.id] = "yes"
    if pending is not None and pending.id not in facts and _doubt_is_the_answer(kb, words, pending, plain, today):
        facts[pending.id] = UNKNOWN
    if pending is not None and pending.id not in facts and _guessed_then_doubted(words, pending, evidence, normal):
        facts[pending.id] = UNKNOWN
    return Reading(facts, clear_no)


def _told(words: Words, pending: Question | None, evidence: Mapping[str, Evidence]) -> frozenset[str]:
    """The questions whose sign the answer tells unasked in words that make their implied words count
    (``implies_when_told``: the pop told to the tight-calf screen, "I heard a pop and there's a big bruise on my calf
    now", makes the bruise the tear question's sign, as it is said to the muscle opener). Why read again: the pop
    and the bruise are in different clauses, in either order ("a big bruise coming out, after I felt a pop"). Never
    where the question asked is the told one or one it implies (its own words read those), never a pop denied or
    doubted (only the words of a sign named plainly tell it), and never a muscle hurt before beside a bruise: the
    tear asks for the pop (``told_by``)."""
    found = set()
    for qid, own in words.questions.items():
        if not own.implies_when_told or (pending is not None and pending.id in {qid, *own.implies_when_told}):
            continue
        said = evidence.get(qid)
        if said is not None and any(phrase & own.told_by for phrase in said.signed_words):
            found.add(qid)
    return frozenset(found)


def _doubt_is_the_answer(kb: KnowledgeBase, words: Words, pending: Question, plain: str, today: date | None) -> bool:
    """A whole doubt beside words that answer nothing: before a story to a yes/no question, first or last to a choice
    or a number (the two read their rest apart, each by its own word data)."""
    if pending.answer_type == "yes_no":
        return _doubt_before_story(kb, words, pending, plain, today)
    return _doubt_of_a_value(kb, words, pending, plain, today)


def _doubt_before_story(kb: KnowledgeBase, words: Words, pending: Question, plain: str, today: date | None) -> bool:
    """ "I'm not sure, I've been a bit bunged up, but that's the painkillers"; "I don't know, I haven't checked": to a
    yes/no question (a red-flag screen too) a doubt said first, then the person telling of themselves
    (``doubts_before_story``), is "I don't know", the cautious branch, when what they tell, read alone, says neither
    yes nor no to it. Why read apart: with the comma Alexa does not send, the doubt was read as a doubt of the thing
    told and the answer's own doubt was lost. Why safe: only where nothing would be stored (the screen asked again),
    never over a yes or a no, and a sign said in the story (read alone, a yes) leaves the answer as it was."""
    story = words.doubt_before_story.match(plain)
    return story is not None and pending.id not in _reading(plain[story.end() :], kb, pending, words, today).facts


def _doubt_of_a_value(kb: KnowledgeBase, words: Words, pending: Question, plain: str, today: date | None) -> bool:
    """ "I couldn't tell you, I don't really know what you mean by catch"; "it comes and goes, I couldn't say
    exactly": to a choice or number question a whole doubt said first or last (``doubts_of_a_value``) is "I don't
    know", the cautious branch, when the rest, read apart, gives no value (or a doubt of its own). Why: the words
    beside the doubt (what it feels like, that it hurts all the time) answer nothing, so the doubt is the answer, as
    said alone it is. Why safe: none of these questions is a red-flag screen, and a value said beside the doubt
    ("not sure, maybe two weeks") is read as before."""
    doubt = words.doubt_of_a_value.match(plain)
    rest = None if doubt is None else doubt.group(1) or doubt.group(2)
    return rest is not None and _reading(rest, kb, pending, words, today).facts.get(pending.id, UNKNOWN) == UNKNOWN


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


def _value_doubted_after(words: Words, pending: Question, facts: Mapping[str, Any], normal: str) -> bool:
    """ "Maybe it locks a little, but I'm not sure"; "there's a crackle sometimes I might be imagining it": to a
    yes/no or choice question that is no red-flag screen, a value or sign of the question said and then doubted
    (``value_doubted``) is "I don't know", as the recording conventions record a hedge that doubts. Why: the doubt
    takes back what was said, so storing the value would be a guess. Why only after, and in one run of words: "I'm
    not sure, maybe a twist" gives its guess last (read as before), and the slot reader joins the pieces Alexa sends
    with commas in no order of their own, so a doubt in another piece may have been said first. A hedge that admits
    ("a little", "sort of", "I think") is no doubt. Red-flag screens keep their own rules (a sign in doubt is asked
    again)."""
    if pending.phase == "red_flag" or pending.answer_type not in ("yes_no", "choice"):
        return False
    if facts.get(pending.id) in (None, UNKNOWN, "no"):
        return False
    return any(_doubted_in(words, pending, piece) for piece in _comma_pieces(normal))


def _comma_pieces(normal: str) -> list[str]:
    """The answer cut at its commas, other stops blanked: a doubt is read in the piece it was said in, as the slot
    reader joins pieces in no fixed order (a doubt in one piece takes back nothing said in another)."""
    return [" ".join(re.sub(r"[.;!?]", " ", piece).split()) + " " for piece in normal.split(",")]


def _without_its_detail(kb: KnowledgeBase, pending: Question, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts without those that say the doubted answer again in more detail (``entails``): "I think I might have
    knocked it, but I'm not sure" to how it started doubts the knock with the injury, so the blow is no fact either.
    Why: a fact that entails the pending answer is the same claim; keeping it would store what the doubt took back.
    Only a choice value goes (how it happened): a sign that entails the answer ("the lump went down and the calf is
    swollen" entails a lump) tells more than the doubted answer, and a burst cyst's or a tear's yes is never lost."""
    return {
        fact: value
        for fact, value in facts.items()
        if fact == pending.id
        or kb.questions[fact].answer_type != "choice"
        or pending.id not in entailed(kb, {fact: value}, None)
    }


def _doubted_in(words: Words, pending: Question, piece: str) -> bool:
    """Whether this run of words names a value or sign of the question asked, then doubts it (``value_doubted``;
    never "I don't know why", no doubt about the value said), or ends on a doubt that takes back what went before
    (``value_doubted_last``: "..., I really can't remember" does, "..., I don't remember the date" does not)."""
    starts = [sign.span[0] for sign in signs_in(words, pending, piece, []) if sign.question == pending.id]
    return bool(starts) and any(start > min(starts) for start, _ in _doubts_in(words, piece))


def _doubts_in(words: Words, piece: str) -> list[tuple[int, int]]:
    """The doubts in a run of words that may take back what went before it (``value_doubted``, and
    ``value_doubted_last`` only where it ends the run), never a doubt of why (``knows_not_why``)."""
    why = words.general["knows_not_why"].spans(piece)
    last = [span for span in words.general["value_doubted_last"].spans(piece) if span[1] == len(piece)]
    return [span for span in [*words.general["value_doubted"].spans(piece), *last] if not overlaps(span, why)]


def _guessed_then_doubted(words: Words, pending: Question, evidence: Mapping[str, Evidence], normal: str) -> bool:
    """ "Maybe a little breathless, but I think that's just nerves, I don't know"; "bit warm maybe, but I've had a heat
    pack on it, so I can't really say": to a red-flag screen, its sign (or a bare hedge, "maybe slightly, I honestly
    can't tell") said as a guess (``guesses``: "maybe", "might") or with a cause of its own offered after its "but",
    then doubted (``_doubts_in``), is "I don't know": the screen's cautious branch (care today), as the recording
    conventions record a hedge that doubts. Why: asked again, the same person gives the same doubt; "I don't know" is
    the answer they gave. Why safe: only where nothing else was read (no yes is ever turned into a doubt), never beside
    a denial or a no, never after a yes said ("yes it's hot, maybe the heat pack, I don't know": ``guesses_not_after``)
    or beside another sign said plainly ("it's red and maybe a bit swollen, I can't tell": the redness is said), and
    never a sign admitted, then doubted bare ("I think peeing's been a bit different, but I'm not sure": "I think" and
    "a bit" admit it, so it stays asked again, as a sign said plainly and then doubted does)."""
    found = evidence.get(pending.id)
    if pending.phase != "red_flag" or pending.answer_type != "yes_no" or found is None:
        return False
    if not found.positive or found.negative or found.values:
        return False
    return any(_guess_doubted_in(words, pending, piece) for piece in _comma_pieces(normal))


def _guess_doubted_in(words: Words, pending: Question, piece: str) -> bool:
    """Whether this run of words says the pending screen's sign (or a hedge) as a guess in every part that names it, or
    says it once and then a cause of its own after a "but" (words no filler), and then doubts it."""
    said = [sign.span for sign in signs_in(words, pending, piece, []) if sign.question == pending.id]
    said += words.general["hedges"].spans(piece)
    for start, _ in _doubts_in(words, piece):
        before = [end for _, end in said if end <= start]
        if not before or words.guesses_not_after & set(piece[:start].split()):
            continue
        turns = [turn for turn in words.general["contrast"].spans(piece[:start]) if turn[0] >= min(before)]
        told = turns[0][0] if turns else start  # the sign told before its "but", a cause of its own after it
        cause = [word for word in piece[told:start].split()[1:] if word not in words.fillers] if turns else []
        parts = [part for part in re.split(r"\band\b", piece[:told]) if _names_its_sign(words, pending, part)]
        guessed = bool(parts) and all(words.guesses & set(part.split()) for part in parts)
        if guessed or (len(parts) == 1 and cause):
            return True
    return False


def _names_its_sign(words: Words, pending: Question, part: str) -> bool:
    """Whether these words name a sign of the question asked (or hedge one): "it's red and maybe a bit swollen" has
    two parts that do, so one guess ("maybe") doubts no other sign said plainly beside it."""
    named = any(sign.question == pending.id for sign in signs_in(words, pending, part, []))
    return named or bool(words.general["hedges"].spans(part))


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
    """ "A fever? No, I don't think so, no, I feel alright"; "a fever, no, I don't think so, I feel alright
    in myself"; "I don't think so, it looks the same as the other one": a soft no said as a whole clause,
    then the question's own denial after it (a plain no between them or not), is the answer settled, no
    doubt left. Why: the writers of most rounds record "I don't think so" as a no when nothing beside it
    admits or doubts the sign, and the denial that follows says why the person thinks so.

    Why it is safe: every doubt must be a whole soft no ("I don't think so"; never "probably" or a
    doubt inside a clause that names something), the denial must come after the last of them, and
    every clause after that must be placed and read as the question's own denial (or a plain no),
    said without doubt or a hedge, naming nothing else, the soft no not taken back ("oh well");
    anything more ("no, I feel alright, but my leg's gone a funny colour", "I haven't taken my
    temperature, but I feel okay") leaves the no soft, so a red-flag screen is asked again as before.
    A soft no alone ("I don't think so") stays soft."""
    doubted = [at for at, clause in enumerate(said) if words.general["doubt"].spans(clause)]
    if not doubted or not all(words.general["weak_no"].spans(said[at]) and plain_no(words, said[at]) for at in doubted):
        return False
    after = said[doubted[-1] + 1 :]
    if not after or any(words.general["hedges"].spans(clause) for clause in after):
        return False  # a hedge beside it admits something ("I don't think so, it's only a bit sore")
    if words.soft_corrections.search(" ".join(said)):
        return False  # the soft no taken back as something comes to mind ("I don't think so, oh well, ...")
    evidence: dict[str, Evidence] = {}
    for clause in after:
        if read_clause(words, kb, pending, clause, evidence):
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


def _doubt_before_a_statement(words: Words, cut: list[tuple[str, str]]) -> list[str]:
    """ "I don't know my calf is all swollen though", "I don't remember now my calf is swollen": to any question a
    whole doubt said first, then a statement begun by a word of now or closed by a contrast
    (``doubts_before_a_statement``), is a clause of its own, as after the comma Alexa does not send. Why: read as one
    clause the doubt reached the sign after it, so a red-flag sign said ("though", "now": a statement, not "I don't
    know if ...") was lost; apart, the doubt answers the question asked and the sign is said. A doubt before "if",
    "whether" or no contrast stays with the sign (asked again to its screen, no fact)."""
    said = [clause for clause, _ in cut]
    first = words.doubt_before_statement.match(said[0]) if said else None
    if first is None:
        return said
    # what closed it: the word its clause was cut at ("... swollen though"), or after a bare comma the next clause
    closed = cut[0][1] or (said[1] if len(said) > 1 else "")
    if first.group(2) is None and not words.statement_closed.match(closed):
        return said
    return [said[0][: first.end()], said[0][first.end() :], *said[1:]]


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
        values = [sign.span for sign in named_in(words, pending, clause, []) if sign.pending and sign.value is not None]
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
        named = words.general["pain_talk"].spans(clause) or any(parts_named(words, pending, clause))
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
        if after and not all(plain_no(words, clause) for clause in after):
            return True
    return False


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


def _names_a_sign_dating_itself(words: Words, pending: Question | None, clause: str) -> bool:
    """Whether the clause names a sign with a time of its own (``dates_its_sign``: a fever, a numbness, a chest
    pain), not denied, and no pain besides it: a time said in it dates that sign, not the pain behind the knee.
    "Both legs are having pain and tingling since two days" names the pain too; "some pain in the chest" only
    the chest's."""
    denied = negators_at(words, clause, [])  # "no fever, it's been like this four days": no sign dated
    signs = [s for s in signs_in(words, pending, clause, []) if s.kind == "yes" and dates_its_sign(words, s.question)]
    own = [s.span for s in signs if not any(at < s.span[0] for at in denied)]
    talk = words.general["pain_talk"].spans(clause)
    return bool(own) and all(any(a <= start and end <= b for a, b in own) for start, end in talk)


def _sign_questions(words: Words, clause: str) -> set[str]:
    return {sign.question for sign in signs_in(words, None, clause, []) if sign.kind == "yes"}


def only_no(kb: KnowledgeBase, text: str) -> bool:
    """The words are a bare no ("nothing", "nothing in particular", "none"): they answer the question
    asked, never another one."""
    words = words_for(kb)
    said = clauses(words, text)
    return bool(said) and all(plain_no(words, clause) for clause in said)


def _with_examples(words: Words, pending: Question | None, said: list[str]) -> list[str]:
    """ "When I bend it fully, like sitting on the floor": a clause that starts as an example and names
    only values of a question the clause before named a value of is read with it, so the example is
    no second value (``_an_example``). Never a clause with a yes/no sign: "no, like I said, my calf
    is swollen" joined would put the swelling under the no."""
    joined: list[str] = []
    for clause in said:
        opens = any(start == 0 for start, _ in words.general["examples"].spans(clause))
        here = signs_in(words, pending, clause, []) if opens and joined else []
        before = {sign.question for sign in signs_in(words, pending, joined[-1], []) if sign.value} if here else set()
        if here and all(sign.value is not None for sign in here) and {sign.question for sign in here} <= before:
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _tells_its_start(words: Words, pending: Question | None, clause: str) -> bool:
    """Whether the clause names a value of a question whose values tell how the pain began (``its_start``: how it
    started, what happened), as an answer to it, and no worsening ("it's been coming on gradually, it just got a
    lot worse yesterday": the day is the worsening's)."""
    if pending is None or pending.id not in words.questions or not words.questions[pending.id].its_start:
        return False
    if words.general["worsening"].spans(clause):
        return False
    return any(sign.pending and sign.value is not None for sign in signs_in(words, pending, clause, []))


def _where_asked(kb: KnowledgeBase, words: Words, pending: Question | None, facts: Mapping[str, Any]) -> dict[str, Any]:
    """The facts, less an answer to a question the pending one answers too where the kb would not
    ask it ("it came on gradually from running" says nothing of an injury's mechanism)."""
    too = words.questions[pending.id].answers_too if pending is not None and pending.id in words.questions else ()
    return {fact: value for fact, value in facts.items() if fact not in too or kb.questions[fact].asked_given(facts)}


def _other_part_after_its_no(words: Words, kb: KnowledgeBase, pending: Question, normal: str) -> bool:
    """ "Not regularly, no, but I dug the whole garden over last weekend": to a question that asks two
    things joined by "or" (``or_parts``: regular sport, or more than usual lately), its no said before a
    contrast ("but", "though") and one of its own signs said plainly after it deny the one and tell the
    other: a yes. A comma stands for the contrast after the question's own denial words only (a sample
    cut with one gives the words back without their "but"; a bare "no, active" stays unclear). Apart
    from ``several_signs``: this no denies no sign by name, it answers the question's first half. A
    question asked back anywhere ("would that count?") or a thing no family names ("no, but I walk the
    dog") leaves the answer as it was."""
    plain = unmarked(normal)  # same length: "would that count?" is read as said
    asked_back = any(words.general[kind].spans(plain) for kind in ("asking", "asks_if_counts"))
    if not words.questions[pending.id].or_parts or asked_back:
        return False  # "..., would that count?": the other half in question, explained again
    # the samples that cut "{reply} but {symptom}" give the words back joined by a comma, their "but" left out
    # ...but then only after the question's own denial words ("I don't exercise, no"): a bare "no, active" stays unclear
    contrasts = [(*span, True) for span in words.general["contrast"].spans(normal)]
    cuts = sorted([*contrasts, *((m.start(), m.end(), False) for m in re.finditer(r",", normal))])
    for start, end, contrast in cuts:
        before = _its_evidence(words, kb, pending, normal[:start])
        after = _its_evidence(words, kb, pending, normal[end:])
        denied = before.negative and not (before.positive or before.unsure or before.doubted)
        denied = denied and (contrast or before.explained)
        habit = words.general["habit_of_now"].spans(normal[end:])  # "no but I walk the dog every day": first half again
        if (
            denied
            and after.signed
            and not (habit or after.negative or after.unsure or after.doubted or after.explained)
        ):
            return True
    return False


def _its_evidence(words: Words, kb: KnowledgeBase, pending: Question, said: str) -> Evidence:
    """What the clauses of some words, read on their own, say of the question asked."""
    evidence: dict[str, Evidence] = {}
    for clause in clauses(words, said):
        read_clause(words, kb, pending, clause, evidence)
    return evidence.get(pending.id, Evidence())


def _no_first(words: Words, pending: Question | None, clause: str) -> bool:
    """The answer's first clause is its no: a plain no, or (Alexa sends no comma after it) a no said
    first and then the denial in the question's own words and nothing that names a sign ("no first
    time I've ever done anything to it" reads as "no, first time ...")."""
    if plain_no(words, clause):
        return True
    head, _, rest = clause.partition(" ")
    if pending is None or head not in words.leading_no or not rest.strip():
        return False
    signs = signs_in(words, pending, rest, [])
    return any(s.pending and s.kind == "no" for s in signs) and all(s.kind == "no" for s in signs)


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
    elif found.cannot_tell and not (found.positive or found.values):
        facts[pending.id] = UNKNOWN  # "I can't hear anything, but I'm a bit deaf": why they cannot tell, over a no
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
