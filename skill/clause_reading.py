"""One clause read into evidence: what it says of each sign it names, and of the question asked.

Why a module of its own: the whole answer's rules (``skill.understanding``), the remarks beside the pending
answer (``skill.remarks``) and the settling of a soft no all read a clause the same way, into the record
``skill.clause_evidence`` keeps; the clause reader needs none of them, so they import it and never the
other way round. The signs a clause names, and which negators reach them, are ``skill.clause_signs``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from kb import KnowledgeBase, Question
from skill.clause_evidence import Evidence, outside
from skill.clause_signs import (
    Negators,
    Sign,
    negators_at,
    negators_reaching,
    red_flag_sign,
    said_of,
    signs_in,
    spent_on,
)
from skill.red_flag_qualifiers import KNEE
from skill.word_data import Words, overlaps

_UNPLACEABLE = "<unplaceable>"  # a clause left unplaced as a whole (a question asked back): never a word


# "like when I kneel down to do the garden and twisting": at most this many words from an example's value to the "and"
# that ends it, "and" included
_AND_AFTER_WORDS = 7


def read_clause(
    words: Words,
    kb: KnowledgeBase,
    pending: Question | None,
    clause: str,
    evidence: dict[str, Evidence],
    told: frozenset[str] = frozenset(),
) -> list[str]:
    """Add one clause's evidence; return the words in it that belong to no family and are no filler
    (none: the clause is accounted for).

    In order: a question asked back is no answer; then what the clause says of each sign it names;
    then doubt, "something's not right", or the general words (yes, no, hedges) as the answer to the
    question asked; last, which words were not placed. ``told``: questions whose sign the answer tells, so their
    implied words count (``implies_when_told``)."""
    if words.general["asking"].spans(clause):
        return [_UNPLACEABLE]  # "what do you mean by both legs?": a question back is no answer, asked again
    unsure = unsure_spans(words, pending, clause)
    signs = signs_in(words, pending, clause, unsure, told)
    # "I don't know why", "not sure if it's related": placed, and no doubt about a sign or the question
    why = words.general["knows_not_why"].spans(clause)
    cannot_tell = _own_doubts(words, pending, clause, [*unsure, *(sign.span for sign in signs)])
    if pending is not None and cannot_tell:  # "I'm a bit deaf" to the noise question; signs beside it kept
        evidence.setdefault(pending.id, Evidence()).cannot_tell = True
    covered = [
        *unsure,
        *cannot_tell,
        *why,
        *(sign.span for sign in signs),
        *words.general["not_negating"].spans(clause),
    ]
    covered += _memory_of_before(words, clause)  # its "not" denies nothing: "now my calf is swollen, I can't remember"
    covered += _why_untold(words, clause, signs, evidence)  # "..., I thought it was nothing": said, no denial
    counts = [span for span in words.general["asks_if_counts"].spans(clause) if not overlaps(span, covered)]
    covered += counts
    if pending is not None and counts and not signs:  # "I walk the dog, does that count?": in doubt
        evidence.setdefault(pending.id, Evidence()).unsure = True
    placed, spent = _add_sign_evidence(words, kb, pending, clause, signs, covered, unsure, evidence)
    covered += placed
    # unsure about a sign named is not about the question (unless it doubts whether what was told is the one asked
    # about: ``_doubts_the_same``); a doubt after a choice value is
    doubted_signs = [s for s in signs if _doubts(unsure, s) and not _doubts_the_same(words, clause, unsure, s)]
    if pending is not None and unsure and not doubted_signs:
        evidence.setdefault(pending.id, Evidence()).unsure = True
        evidence[pending.id].doubted = True
    wrong = [s for s in words.general["not_right"].spans(clause) if not overlaps(s, covered)]
    if pending is not None and wrong and not signs:  # "no, it's not normal": something may be wrong, unsure
        evidence.setdefault(pending.id, Evidence()).unsure = True
        return [_UNPLACEABLE]
    kinds, spans = _general(words, clause, covered)
    covered += spans  # with a sign named, general words go with it ("nope, my breathing is fine")
    # "but it hasn't changed": a denial of any change is placed (what it says of a sign set aside beside it is
    # ``set_aside``'s); alone it is no answer
    covered += [span for span in words.general["no_change"].spans(clause) if not overlaps(span, covered)]
    other, own = parts_named(words, pending, clause)
    if pending is not None and not other:
        _add_general_evidence(words, pending, clause, signs, kinds, bool(own), covered, evidence)
    return _left_over(words, pending, clause, signs, [*covered, *spent], bool(other and not own))


def _own_doubts(
    words: Words, pending: Question | None, clause: str, placed: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where the clause says why the person cannot answer the question asked in its own words (``unsure`` of the
    question: "I'm a bit deaf" to the noise question, "I can't really do that" to the toe test), outside words placed
    already. Why apart from the general doubts: they doubt only that question, never a sign told beside them ("I
    can't really do it, my foot won't lift up" keeps the weak foot, which is why), and said to another question they
    are no doubt at all (deafness there is why the question was not heard)."""
    if pending is None:
        return []
    return [span for span in words.questions[pending.id].unsure.spans(clause) if not overlaps(span, placed)]


def unsure_spans(words: Words, pending: Question | None, clause: str) -> list[tuple[int, int]]:
    """Where the clause says it cannot tell, except inside a longer red-flag sign whose own words say
    so ("I can't tell when I need to go" is the nerve screen's sign), "I don't know why" (no doubt
    about the sign said) and a doubt of memory after a sign told as now (``memory_past_now``)."""
    why = _knows_not_why(words, pending, clause)
    before = _memory_of_before(words, clause)
    unsure = [span for span in words.general["unsure"].spans(clause) if not overlaps(span, [*why, *before])]
    if not unsure:
        return unsure
    red_flags = [sign.span for sign in signs_in(words, pending, clause, []) if red_flag_sign(words, sign)]
    return [
        span
        for span in unsure
        if not any(start <= span[0] and span[1] <= end and end - start > span[1] - span[0] for start, end in red_flags)
    ]


def _memory_of_before(words: Words, clause: str) -> list[tuple[int, int]]:
    """The doubts of memory said after a sign told as now (``memory_past_now``: "it went down and now my calf is all
    swollen, I can't really remember"): what is there now is nothing to remember, so the doubt is of what went before,
    never of the sign said as now, and its "not" denies nothing. A sign denied there is no match (a gap never crosses a
    negator). A doubt of the value asked (the lump that "might have been") is read by ``_value_doubted_after``."""
    after_now = words.general["memory_past_now"].spans(clause)
    return [span for span in words.general["unsure"].spans(clause) if overlaps(span, after_now)] if after_now else []


def _why_untold(
    words: Words, clause: str, signs: Sequence[Sign], evidence: Mapping[str, Evidence]
) -> list[tuple[int, int]]:
    """Why the sign was not told before, said after it ("I coughed up a bit of blood this morning, I thought it was
    nothing", "trouble passing water since yesterday, I didn't think it was connected"): what was thought then, no
    doubt or denial of the sign said now, so its words are placed and its "not" or "nothing" denies nothing. Why: read
    as a denial, the red-flag sign told after a correction or an "actually, yes" was asked again. Only after a sign
    said plainly, in a clause before or earlier in this one with no negator before it (``why_untold``): alone, after a
    bare no ("no, I thought it was nothing") or after a denial, it may tell of something not named, and stays
    unplaced."""
    spans = words.general["why_untold"].spans(clause)
    if not spans:
        return []
    said_before = any(found.signed for found in evidence.values())
    return [
        span
        for span in spans
        if said_before or (_sign_before(signs, span) and not _denied_before(words, clause, signs, span))
    ]


def _sign_before(signs: Sequence[Sign], span: tuple[int, int]) -> bool:
    """A sign named (no denial phrase) before the span, in the same clause."""
    return any(sign.kind == "yes" and sign.span[1] <= span[0] for sign in signs)


def _denied_before(words: Words, clause: str, signs: Sequence[Sign], span: tuple[int, int]) -> bool:
    """A negator before the span outside the signs' own words ("no chest pain, I didn't want to make a fuss"; the "not"
    of "I can not feel it between my legs" is the sign's own)."""
    return bool(words.negators & set(outside(clause[: span[0]], [sign.span for sign in signs])))


def _knows_not_why(words: Words, pending: Question | None, clause: str) -> list[tuple[int, int]]:
    """Where the clause doubts why, or whether what it says matters ("I don't know why", "not sure if it's the same
    thing"): no doubt about a sign said beside. Unless the pending question's own sign is inside: "I'm not sure if
    it's the same thing", asked whether this is the same muscle hurt again, doubts the very sign asked about."""
    why = words.general["knows_not_why"].spans(clause)
    if not why or pending is None:
        return why
    own = [sign.span for sign in signs_in(words, pending, clause, []) if sign.question == pending.id]
    return [span for span in why if not any(span[0] <= start and end <= span[1] for start, end in own)]


def _add_sign_evidence(
    words: Words,
    kb: KnowledgeBase,
    pending: Question | None,
    clause: str,
    signs: Sequence[Sign],
    covered: Sequence[tuple[int, int]],
    unsure: Sequence[tuple[int, int]],
    evidence: dict[str, Evidence],
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """What the clause says of each sign it names. Returns the words that said whose sign it is, or
    that it is not new (placed, though no sign), and the negators spent on denying a sign before it
    ("not hot": the "not" is that denial's, no word left over beside it: ``denied_beside_everyday``)."""
    # "very tight, I can't stand it": a negator inside how bad it is denies no sign (``severe``)
    negators = negators_at(words, clause, [*covered, *words.general["severe"].spans(clause)])
    spent: list[tuple[int, int]] = []
    leftover = outside(clause, covered)
    # "no warm and pink like normal": a no said first is the answer, not a negation of the denial after it
    answer_first = bool(leftover) and leftover[0] in words.leading_no and clause.startswith(leftover[0] + " ")
    not_new = not_theirs_now(words, clause, "not_new")
    helping = words.general["someone_helping"].spans(clause)
    imagined = words.general["hypothetical"].spans(clause)
    not_theirs = not_theirs_now(words, clause, "someone_else")
    theirs = not_theirs_now(words, clause, "someone_else_did")
    for sign in signs:
        found = evidence.setdefault(sign.question, Evidence())
        reaching = negators_reaching(words, clause, negators, sign, signs)
        said = said_of(words, pending, clause, Negators(reaching, answer_first), sign)
        guess = _guess_after(words, clause, signs, unsure, sign)
        if guess is None and _doubts(unsure, sign):  # "I can't tell if my foot is cold": unsure, never a yes
            found.unsure = found.unsure_sign = True
            if any(" ".join(clause[end : sign.span[0]].split()) in words.doubt_about for _, end in unsure):
                found.doubted_words.append(frozenset(clause[sign.span[0] : sign.span[1]].split()))
            if _guess_before(words, clause, signs, unsure, sign):
                found.guessed_words.append(frozenset(clause[sign.span[0] : sign.span[1]].split()))
        elif not red_flag_sign(words, sign) and any(start <= sign.span[0] for start, _ in theirs):
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
            phrase = frozenset(clause[_its_subject(signs, sign) : sign.span[1]].split())
            grouped = sign.kind == "no" and _one_of_its_signs(words, sign.question, phrase)
            found.negative = True
            found.explained = (
                found.explained or (sign.kind == "no" and not grouped) or _named_otherwise(words, clause, sign)
            )
            found.denied_sign = found.denied_sign or sign.kind == "yes" or grouped
            if sign.kind == "yes" or grouped:
                found.denied_words.append(phrase)
                spent += spent_on(words, clause, reaching, sign)
            found.strong_no = found.strong_no or not words.general["doubt"].spans(clause)
        else:
            found.positive = found.signed = True
            found.signed_words.append(frozenset(clause[sign.span[0] : sign.span[1]].split()))
            found.plain_clauses.append(clause)
    return [*not_new, *imagined, *not_theirs, *helping], spent


def _its_subject(signs: Sequence[Sign], sign: Sign) -> int:
    """Where the words a denial is said of begin: "the colour is fine" matches only "is fine", said of
    the words before it since the last sign named (or the clause's start)."""
    return max((other.span[1] for other in signs if other.span[1] <= sign.span[0]), default=0)


def _one_of_its_signs(words: Words, question: str, phrase: frozenset[str]) -> bool:
    """ "Swollen a bit, but the colour's normal": a denial phrase of a red-flag screen that names one of
    the signs it asks about (a word of one of its ``sign_groups``: "the colour is fine" is the red or
    bruised sign denied) denies that sign, as "not red" does, so a sign said plainly beside it is told
    apart from it (``apart_plainly``). A denial naming none ("I'm fine", "nothing like that") still denies
    the whole screen: it explains, and a sign beside it stays asked again."""
    return any(group & phrase for group in words.sign_groups.get(question, ()))


def _named_otherwise(words: Words, clause: str, sign: Sign) -> bool:
    """ "It clicks once, but I wouldn't call it grinding": the sign is denied as the name of what was
    said (``named_otherwise`` right before it), so the lesser thing said beside it is not that sign
    either: no yes to a question of several signs (nor a no: asked again)."""
    return any(end == sign.span[0] for _, end in words.general["named_otherwise"].spans(clause))


def _theirs(words: Words, clause: str, not_theirs: Sequence[tuple[int, int]], sign: Sign) -> bool:
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
    sign: Sign,
) -> bool:
    """Whether the clause says the sign is not new: someone else's words of the kind ("my wife was away")
    go by ``_theirs``, so this person speaking of themselves again after them ("my calf is swollen") is new."""
    own = [span for span in not_new if not overlaps(span, not_theirs)]
    return bool(own) or _theirs(words, clause, [span for span in not_new if span not in own], sign)


def not_theirs_now(words: Words, clause: str, kind: str) -> list[tuple[int, int]]:
    """Where the clause says a sign is someone else's or not new (``kind``), except where someone else
    helps this person or looks for them (``someone_helping``): "not able to walk, my son had to carry
    me" and "no swelling, my husband had a look" are this person's own sign and denial; nor where a loss is told
    against how it was (``lost_since``): "I can't hold my water like I used to" is new, "used to" no habit of old."""
    helping = words.general["someone_helping"].spans(clause)
    if kind == "not_new":
        helping = [*helping, *words.general["lost_since"].spans(clause)]
    return [span for span in words.general[kind].spans(clause) if not overlaps(span, helping)]


def _doubts(unsure: Sequence[tuple[int, int]], sign: Sign) -> bool:
    """Whether the clause's doubt is about this sign. A doubt said after a choice value is a thought
    of its own here, as it would be after a comma Alexa does not send: "maybe a twist I'm not sure"
    names a twist, as "maybe a twist, I'm not sure" does (to the question asked, when no red-flag
    screen, ``_value_doubted_after`` in skill/understanding.py then makes it "I don't know"). Of a
    yes/no sign any doubt in its clause is about it (a red-flag sign said with a doubt is never a yes)."""
    return any(sign.value is None or start < sign.span[1] for start, _ in unsure)


def _guess_after(
    words: Words, clause: str, signs: Sequence[Sign], unsure: Sequence[tuple[int, int]], sign: Sign
) -> Sign | None:
    """The other sign of the same red-flag screen this sign is said plainly before, that one guessed and the clause's
    doubt said after it: "my calf is swollen and maybe red I'm not sure", "I coughed up some blood and maybe I'm a bit
    breathless I don't know" (no comma: Alexa sends none). The doubt follows the guess and doubts it, not the sign said
    plainly before its "and", so that sign is read as said (a red-flag sign said plainly is never lost to a doubt of
    another). Only a sign with no guess, hedge, negator or word that keeps it from being said plainly (``not_plainly``:
    "was", "always") before it or between it and the "and", and a guess
    ("maybe", "might": ``guesses``) after that "and"; a single sign then doubted ("my calf is swollen I'm not sure")
    or a doubt said before either sign is of the sign itself, as before."""
    if not unsure or not red_flag_sign(words, sign) or sign.value is not None:
        return None
    if any(start < sign.span[1] for start, _ in unsure):
        return None
    before = set(clause[: sign.span[0]].split())
    if (words.guesses | words.negators) & before or words.general["hedges"].spans(clause[: sign.span[0]]):
        return None
    for later in signs:
        if later.question != sign.question or later.kind != "yes" or later.span[0] < sign.span[1]:
            continue
        between = clause[sign.span[1] : later.span[0]].split()
        if "and" not in between or words.negators & set(between):
            continue
        joined = between.index("and")
        plain = set(clause[: sign.span[1]].split()) | set(between[:joined])
        if words.not_plainly & plain or not words.guesses & set(between[joined:]):
            continue  # "my calf was swollen and maybe red": a time gone by or a guess before the "and", as before
        if all(start >= later.span[1] for start, _ in unsure):
            return later
    return None


def _guess_before(
    words: Words, clause: str, signs: Sequence[Sign], unsure: Sequence[tuple[int, int]], sign: Sign
) -> bool:
    """Whether this sign is the guess a sign said plainly before it is read apart from (``_guess_after``)."""
    return any(_guess_after(words, clause, signs, unsure, other) == sign for other in signs if other != sign)


def _doubts_the_same(words: Words, clause: str, unsure: Sequence[tuple[int, int]], sign: Sign) -> bool:
    """ "I strained something years ago, but I couldn't tell you if it was the same spot": a doubt said before a sign of
    the question asked whose words say the sameness it asks about (``same_one``) doubts whether what the person told is
    the one asked about, so the question itself is in doubt (``Evidence.doubted``), as a doubt naming no sign is. Why:
    the story beside it names the earlier injury, and only the doubt says whether it was this one, so storing its yes
    would be a guess ("I don't know", ``sign_in_doubt``; a red-flag screen, which takes no such doubt as an answer,
    is asked again)."""
    if not sign.pending:
        return False
    same = words.general["same_one"].spans(clause)
    return any(overlaps(span, [sign.span]) and any(start < span[0] for start, _ in unsure) for span in same)


def _add_general_evidence(
    words: Words,
    pending: Question,
    clause: str,
    signs: Sequence[Sign],
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
        found.pain_said = True  # unclear, unless a sign is said plainly beside it (``settle_pain_said``)
    elif pending.phase != "red_flag" and "say_yes" not in kinds and _unplaced(words, leftover):
        # "mostly at a desk" to the sport question: the hedge is about the words beside it, no yes
        # (to a red-flag screen "a bit blotchy" still admits the sign)
        _add_general(found, kinds - {"hedges"}, leftover, words, doubted)
    else:
        _add_general(found, kinds, leftover, words, doubted)


def settle_pain_said(evidence: Mapping[str, Evidence]) -> None:
    """A clause that only says how much it hurts ("it aches now and then", "it's paining a lot"), to a red-flag screen:
    the pain they called about, so the answer is unclear (yes and no both), unless another clause names a sign of the
    screen plainly ("my calf is swollen, and it's paining a lot", "rock hard, and the pain is unreal"), which the pain
    beside it takes nothing from. Why after every clause: read clause by clause, the pain said after the sign undid
    it, and a clear yes was asked again. A sign denied, doubted or set aside is no sign said plainly: unclear."""
    for found in evidence.values():
        if found.pain_said and not (found.signed and not (found.aside or found.unsure or found.explained)):
            found.positive = found.negative = True


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


def _a_sign_too(words: Words, sign: Sign) -> bool:
    """A choice value of another question that says a yes/no sign ("it gives way": a knee sign)."""
    entailed = (
        words.questions[sign.question].entails.get(sign.value or "", {}) if sign.question in words.questions else {}
    )
    return not sign.pending and any(value == "yes" for value in entailed.values())


def _left_over(
    words: Words,
    pending: Question | None,
    clause: str,
    signs: Sequence[Sign],
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
    placed_spans += the_trouble(words, pending, clause)
    bridged = [sign.span for sign in signs if sign.bridged]
    severe = [
        s
        for s in words.general["severe"].spans(clause)
        if not overlaps(s, placed_spans) or overlaps(s, bridged)  # a phrase found over them leaves them unplaced
    ]
    if severe and pending is not None and pending.phase == "red_flag" and not only_another_part:
        return [_UNPLACEABLE]  # "no, but it hurts like hell" may be the very sign asked about: asked again
    # The negators left over are returned too, though they alone leave the clause placed: beside a
    # denial, "I can't move it" may deny what no family knows (``denied_beside_everyday``).
    return [w for w in outside(clause, placed_spans) if w not in words.fillers and w not in words.leading_no]


def the_trouble(words: Words, pending: Question | None, clause: str) -> list[tuple[int, int]]:
    """ "It's the knee that's the problem", "it's only the leg": what they called about (``knee_the_trouble``), no
    sign of a screen that asks of no sign of the knee, nor of the part the words name."""
    if pending is None or KNEE & words.questions[pending.id].parts:
        return []
    parts = words.questions[pending.id].parts
    return [
        span
        for span in words.general["knee_the_trouble"].spans(clause)
        if not parts & set(clause[slice(*span)].split())
    ]


def _general(words: Words, clause: str, covered: Sequence[tuple[int, int]]) -> tuple[set[str], list[tuple[int, int]]]:
    """Which general families the clause uses (outside the words already placed), and where."""
    kinds: set[str] = set()
    spans: list[tuple[int, int]] = []
    # "my calf is a bit better today": the hedge is how much better, no sign admitted (its words stay unplaced)
    better = words.general["bettering"].spans(clause)
    # "I can barely stand the pain", "I can hardly bend it": how bad it is (``severe``), its "barely" no weak no
    severe = words.general["severe"].spans(clause)
    for kind in ("say_no", "weak_no", "say_yes", "hedges"):
        for span in words.general[kind].spans(clause):
            if kind == "hedges" and overlaps(span, better):
                continue
            if kind == "weak_no" and _within(span, severe):
                continue
            if not overlaps(span, [*covered, *spans]):
                kinds.add(kind)
                spans.append(span)
    return kinds, spans


def _within(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the span lies wholly inside one of the spans: the word is part of that longer saying."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


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


def _unplaced(words: Words, leftover: Iterable[str]) -> bool:
    """Some word is in no family and is no filler: words a hedge beside them is about."""
    return any(w not in words.fillers and w not in words.negators and w not in words.leading_no for w in leftover)


def parts_named(words: Words, pending: Question | None, clause: str) -> tuple[bool, bool]:
    """Whether the clause names a part of the body the pending question does not ask about, and one
    it does: a yes or no beside another part is about that part ("my calf is fine" says nothing of
    chest pain)."""
    if pending is None:
        return False, False
    asked = words.questions[pending.id].parts if pending.id in words.questions else frozenset()
    named = {word for word in clause.split() if word in words.body_parts}
    return bool(named - asked), bool(named & asked)


def _preferred(words: Words, clause: str, sign: Sign) -> bool:
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


def _an_example(words: Words, clause: str, sign: Sign, signs: Sequence[Sign]) -> bool:
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
