"""Corrections and answers said again: "yes, no wait, it isn't", "it gives way no it locks", "not locks
exactly, more like it catches".

Why a module of its own: a person who corrects themselves means what they said last, and where the
answer is cut (a correction, a no between two different answers, a value denied and restated), what the
words on each side are read as, and when a red-flag yes taken back may be a no are one set of rules.
The words on each side are read by the whole reading, handed in as ``Reader`` callables
(``skill.clause_evidence``), so this module never imports ``skill.understanding``, which asks it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kb import UNKNOWN, Question
from skill.clause_evidence import Reader, Reading, blanked, plain_no
from skill.clause_reading import parts_named
from skill.clause_signs import signs_in
from skill.spoken_numbers import UNIT_WORDS, words_to_number
from skill.word_data import Words, clauses, unmarked

# "not locks exactly, more like": a negator at most this many words before the restating words
_RESTATED_AFTER = 4


def split_at_restating(words: Words, pending: Question | None, said: str) -> tuple[str, str] | None:
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
    bare = unmarked(said)
    plain = blanked(said, words.general["unsure"].spans(bare))
    cuts = [(start, end) for start, end in spans if words.negators & set(plain[:start].split()[-_RESTATED_AFTER:])]
    if not cuts or not said[cuts[-1][1] :].strip(" ,.;!?"):
        return None
    return said[: cuts[-1][0]], said[cuts[-1][1] :]


def split_at_correction(words: Words, pending: Question | None, said: str) -> tuple[str, str] | None:
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


def split_at_said_again(words: Words, pending: Question | None, said: str, again: Reader) -> tuple[str, str] | None:
    """ "It gives way no it locks", "the front no the back of the knee", "seventy one no seventy two": to a single
    choice, the age or the how-long question (no red-flag screen), a no between two different answers said whole
    takes the first back, as "I mean" does (``split_at_correction``: the words before and after that no). Never a no
    that denies the value right after it ("suddenly no injury", "no injury nothing": ``_value_first``; "no it locks"
    starts a new thought), and to a number question only when
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
        first = again(before).facts.get(pending.id)
        last = again(after).facts.get(pending.id)
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
    # the unit goes right after the count, where the listener hears it: "no, five, it started on the Tuesday" is
    # five days, the words after it their own (at the end, "the tuesday days" was no count at all)
    count = next(m for m in re.finditer(r"[^\s,.;!?]+", after) if words_to_number(m.group()) is not None)
    return f"{after[: count.end()]} {units[-1]}{after[count.end() :]}"


def _value_first(words: Words, pending: Question, tokens: Sequence[str]) -> bool:
    """Whether a value of the choice asked starts these words, with no article before it: a no before it denies it."""
    said = " ".join(tokens) + " "
    return tokens[0] not in words.echo.articles and any(
        sign.pending and sign.value is not None and sign.span[0] == 0 for sign in signs_in(words, pending, said, [])
    )


def _number_next(words: Words, tokens: Sequence[str]) -> bool:
    """Whether a number comes first in these words, after only words of saying it again ("I'm", "make that")."""
    for token in tokens:
        if words_to_number(token) is not None:
            return True
        if token not in words.again_before_number:
            return False
    return False


def read_corrected(
    pending: Question | None, words: Words, whole: Reader, before: str, after: str, cut: str = ""
) -> Reading:
    """A person who corrects themselves means what they said last: the answer to the question asked
    comes only from the words after the correction (none there: asked again); signs of other
    questions said before stay. A red-flag sign taken back ("yes... no wait, it's not") is asked
    again, never a no."""
    if pending is not None and pending.answer_type == "duration":
        after = _unit_carried(words, before, after)
    first = whole(before)
    last = whole(after)
    kept = {fact: value for fact, value in first.facts.items() if pending is None or fact != pending.id}
    facts = {**kept, **last.facts}
    # a yes said before counts even where the words before were no answer ("uh yes no, hang on, no")
    said_yes = first.facts.get(pending.id) == "yes" if pending is not None else False
    # (looked for clause by clause: a family's words end at a space, never at the comma of "yes, no")
    said_yes = said_yes or any(words.general["say_yes"].spans(clause) for clause in clauses(words, before))
    if pending is not None and said_yes:
        told = _mistake_told(pending, words, whole, after, cut)
        if told is not None:
            return Reading({**kept, **told.facts}, told.clear_no)
    taken_back = pending is not None and said_yes and last.facts.get(pending.id) == "no"
    if taken_back and pending is not None and pending.phase == "red_flag":
        del facts[pending.id]
    return Reading(facts, last.clear_no)


def explains(pending: Question | None, words: Words, again: Reader, said: str, before: str, after: str) -> bool:
    """ "Not really, no, I mean, it's a bit achy": an "I mean" (``explaining``) after a plain no and nothing else, with
    no answer to the question asked in the words after it, explains the no rather than taking it back, so the whole
    answer is read as it stands (every rule of a clear no still applies to the words after it). Why it is safe: the
    words after it are read with the no, never alone, so a sign or an unplaced word there still leaves it unclear."""
    between = f" {said[len(before) : len(said) - len(after)].strip(' ,.;!?')} "  # a family's words end at a space
    explaining = words.general["explaining"].spans(between)
    if pending is None or not explaining or between.strip() != between[slice(*explaining[0])].strip():
        return False
    said_first = clauses(words, before)
    if not said_first or not all(plain_no(words, clause) for clause in said_first):
        return False
    return pending.id not in again(after).facts


def _mistake_told(pending: Question, words: Words, whole: Reader, after: str, cut: str = "") -> Reading | None:
    """ "Yes, no, wait, I was looking at the wrong foot, no, this one's fine": a yes taken back with the mistake told
    (``mistaken``: the wrong or other part, a time gone by; ``mistaken_about`` another part than the question's) is no
    sign of now, for any question (a red-flag screen's yes taken back without it stays asked again), and the no said
    after the correction is the answer: with a plain no said again there, the words without those of the mistake; else
    the words said after the mistake told ("it's my other foot that's cold, this one's normal"), when they are a no read
    alone (every word placed, the sign denied or the screen's own denial); a mistake told by the correction itself
    ("yes, no, wait, I misheard, no, it's just the one leg": ``cut``) leaves the words after it to be that no, read
    alone. Why it is safe: the person says why the yes was wrong and denies the sign plainly; a bare "yes, no wait, no
    chest pain" (no mistake told), a no said only before the mistake ("it's not swollen, I was thinking of my other
    leg") or a no with words left over stays asked again."""
    spans = [*words.general["mistaken"].spans(after), *_other_part_told(words, pending, after)]
    if not spans and words.general["mistaken"].spans(f" {cut.strip(' ,.;!?')} "):
        # "yes, no, wait, I misheard, no, it's just the one leg": the correction itself told the mistake
        told = whole(after)
        return told if told.facts.get(pending.id) == "no" else None
    if not spans:
        return None
    rest = blanked(after, spans)
    if any(plain_no(words, clause) for clause in clauses(words, rest)):
        told = whole(rest)
    else:  # "that's the other leg that's always been bigger, this one's normal": the answer said after the mistake
        told = whole(after[max(end for _, end in spans) :])
    return told if told.facts.get(pending.id) == "no" else None


def _other_part_told(words: Words, pending: Question, said: str) -> list[tuple[int, int]]:
    """ "I was thinking of the leg" to the chest screen: the words of a mistake told as of another part of the
    body (``mistaken_about``, then one of ``body_parts`` the question asked does not name), with that part.
    Why by the question's own parts: "I was thinking of my calf" to the calf screen takes nothing back, and a
    question naming no part ("were you unwell?") has no other part to tell."""
    asked = words.questions.get(pending.id)
    if asked is None or not asked.parts:
        return []
    found = []
    for start, end in words.general["mistaken_about"].spans(said):
        told = clauses(words, said[end:])
        part = told[0].split()[0] if told else ""
        # the part is the word right after the mistake's words (a family's match ends with the space before it)
        if said.startswith(part, end) and parts_named(words, pending, part)[0]:
            found.append((start, end + len(part)))
    return found
