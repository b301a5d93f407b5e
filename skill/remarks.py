"""The pending answer with remarks beside it: what the words said around a sign or a denial leave of it.

Why a module of its own: a clause that only says the one before is not new, someone else's or long gone
("but that's been for years"), words of everyday life beside a clear no ("I've got my slippers on"), a
remark on another screen's sign, and a whole part of the question denied are each read the same way
whatever the question; together they decide whether the answer's no stays clear and which volunteered
signs stand. They read clauses with ``skill.clause_reading`` and are asked by ``skill.understanding``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from kb import KnowledgeBase, Question
from skill.clause_evidence import Evidence, blanked, outside
from skill.clause_reading import not_theirs_now, read_clause, the_trouble, unsure_spans
from skill.clause_signs import red_flag_sign, signs_in
from skill.red_flag_qualifiers import red_flag_words, sign_words
from skill.word_data import Words, overlaps


def remarks_on_another(
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
            if whole and again and before in found.plain_clauses and not signs_in(words, pending, clause, []):
                found.aside = found.qualified = True
                found.qualified_clauses.append(clause)


def sign_denied_beside_others(
    words: Words, pending: Question | None, evidence: Mapping[str, Evidence], unplaced: Sequence[str]
) -> bool:
    """ "No fever, but I did fly back from Sydney on Friday": the sign asked about was named and denied
    outright, and the words no family places are in clauses about another question's sign, so they
    are about that sign, not this one: the no is clear, even to a red-flag screen."""
    found = evidence.get(pending.id) if pending is not None else None
    if found is None or not (found.denied_sign and found.strong_no) or found.positive or found.unsure:
        return False
    return all(any(not sign.pending for sign in signs_in(words, pending, clause, [])) for clause in unplaced)


def denied_beside_everyday(
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
        # leg": what they called about (``the_trouble``); "I'm only thirty": an age told (its "only" says nothing of
        # when the sign comes); "it looks just the same as the other one": its "just" is how exactly
        # (``just_the_same``), no turn to what is there
        said = words.checked.sub(lambda m: " " * len(m.group()), clause)
        said = blanked(
            said,
            [
                *words.general["life_as_usual"].spans(said),
                *words.general["just_the_same"].spans(said),
                *the_trouble(words, pending, said),
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
        if red_flag and _says_when(words, said) and not _when_is_told_of(words, pending, clause):
            return False
    return True


def _when_is_told_of(words: Words, pending: Question, clause: str) -> bool:
    """Whether the clause's when is said of something that is no sign of the screen: the pain itself,
    or another question's sign named in it."""
    return _about_the_pain(words, pending, clause) or _when_of_another_sign(words, pending, clause)


def _when_of_another_sign(words: Words, pending: Question, clause: str) -> bool:
    """ "No, it's still there, and it catches when I bend": the when belongs to the sign the clause names
    (the knee catching), so it is no vague "worse when I walk" that may be the screen's own sign. Only a
    clause whose every sign is another question's, said plainly (a yes or a choice value, never bridged
    over severity words: "hurts like crazy when I squat" stays asked again), and no red-flag sign: "no, but
    my calf swells when I walk" leaves the screen asked again, as before; the sign itself is stored."""
    signs = signs_in(words, pending, clause, [])
    return bool(signs) and all(
        not (sign.pending or sign.bridged or red_flag_sign(words, sign)) and sign.kind in ("yes", "value")
        for sign in signs
    )


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
    signs = [sign.span for sign in signs_in(words, pending, clause, [])]
    return any(not overlaps(span, signs) for span in words.general["pain_talk"].spans(clause))


def with_remarks(words: Words, kb: KnowledgeBase, pending: Question | None, said: list[str]) -> list[str]:
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
        remark = not_theirs_now(words, clause, "not_new") + not_theirs_now(words, clause, "someone_else")
        bare = remark and not signs_in(words, None, clause, remark)  # "my wife has chest pain" is no remark
        pointing = words.general["not_new_remark"].spans(clause)
        if pointing and not signed:
            signed = [_a_sign_not_denied(words, kb, c) for c in said]
        others = pointing and any(signed[at] for at in range(len(said)) if at not in (index - 1, index))
        # the remark's own negator ("that's nothing new") denies nothing; any other may deny something of its own
        reason = pointing and not others and not words.negators & set(outside(clause, pointing))
        reason = reason and not signs_in(words, None, clause, []) and _names_pending(words, pending, said[index - 1])
        if joined and bare and (reason or all(w in words.fillers for w in outside(clause, remark))):
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


def _a_sign_not_denied(words: Words, kb: KnowledgeBase, clause: str) -> bool:
    """Whether the clause names a sign it does not deny: "no chest pain" beside "I get puffed on the stairs,
    but that's been years" is no sign "that" may point back at, so the remark still reaches the one
    before it."""
    if not signs_in(words, None, clause, []):
        return False
    evidence: dict[str, Evidence] = {}
    read_clause(words, kb, None, clause, evidence)
    denied = bool(evidence) and all(f.negative and not (f.positive or f.unsure or f.aside) for f in evidence.values())
    return not denied


def _names_pending(words: Words, pending: Question | None, clause: str) -> bool:
    return pending is not None and any(sign.question == pending.id for sign in signs_in(words, pending, clause, []))


def denies_a_part(words: Words, pending: Question, plain: str) -> bool:
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
    return denied and not (words.general["doubt"].spans(plain) or unsure_spans(words, pending, plain))
