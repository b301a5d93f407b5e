"""A sign said beside a qualifier: a habit, a past episode, someone else's, a sign denied or doubted beside
another, a hedge. Whether it is a yes, a no or asked again.

Why a module of its own: ``skill.understanding`` reads the clauses and gathers, for each question, what they
said of it (``skill.clause_evidence.Evidence``); these rules then decide, from that evidence and the answer's
words alone, what a sign said beside a qualified clause comes to. They read no clause afresh, so the question
"what happens when a red-flag sign is said beside a qualified clause" is answered here, without holding the
whole reading in mind. The same rules answer a question that lists several signs, one said and another denied
or doubted, where a red-flag screen differs by asking again. The rules (``skill.understanding``'s module
docstring keeps the rest of the reading):

- a sign set aside (a red-flag sign said as how things always are, someone else's or imagined; or one the
  question's own words qualify) is neither a yes nor a no, unless the rest of the answer is a clear no about
  now, or, after a qualified sign, a denial of any change ("but it's no different from normal"), or, to a screen
  that asks of no sign of the knee, the screen's own plain denial beside its sign put on the knee ("no, not the
  calf, it's the knee that's hot": ``_the_knee_apart``); beside a doubt it is a doubt (``set_aside``);
- to a red-flag screen a qualified sign in a clause of its own leaves a sign said plainly in another
  clause a yes ("a bit constipated and I can't feel when I wipe"), unless a clause points back ("but
  that was weeks ago"), they share a word (``_apart_from_the_qualified``) or the
  qualified clause names a word of the screen's own sign ("but the swelling has gone down": ``_names_its_sign``);
  said after every such clause (or one said as not new), in words of its own, a sign of now is a yes
  whatever the qualified clause names ("I get up at night to pee, and I can't feel the toilet paper";
  "I had a temperature last week, but today I'm shivering"): its clause says now, or no habit word
  before it reaches past its "and" and it neither points back nor says a time gone by
  (``_said_after_the_qualified``); a red-flag sign said in a time gone by after such a clause ("it was
  swollen last month, and my calf was red") is set aside too (``past_beside_the_qualified``);
- to a red-flag screen of several signs, yes and no together are asked again, unless the sign is said
  plainly and told apart by its words from the one denied: "a little bit swollen around the back, not hot
  though", never "a bit tight, but I wouldn't say rock hard" (``apart_plainly``); a hedge closing the answer
  right after the sign said admits it, "not red no, but it's warmer I think" (``_hedge_closing_a_sign``), as
  one between the sign and the other sign's denial does, "a little puffy I'd say, not hot though"
  (``_hedge_before_a_denial``); one sign said plainly, then "and" another guessed and doubted ("my calf is swollen
  and maybe red I'm not sure") is a yes when the two are told apart the same way (``plain_beside_a_guess``);
- to any question of several signs, the sign denied being the one said ("it wakes me yeah ... no, I wouldn't
  say it wakes me") is a mind changed, asked again (``several_signs``); one sign said plainly and another only
  doubted is a yes, never to a red-flag screen (``other_part_doubted``); some signs denied and one named in
  doubt is a doubt (``doubt_of_one``); a sign said beside the answer's own doubt is "I don't know", except to a
  red-flag screen, which asks again (``sign_in_doubt``); a whole part of a question of two parts denied is its
  no (``a_part_denied``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise

from kb import Question
from skill.clause_evidence import Evidence, outside, plain_no
from skill.word_data import Family, QuestionWords, Words, clauses, unmarked

# The knee by its names: a screen whose parts include none of them asks of no sign of the knee (``_the_knee_apart``;
# ``skill.clause_reading.the_trouble`` reads the same set)
KNEE = frozenset({"knee", "kneecap"})

# Beside a sign said plainly and another denied, these families leave a red-flag screen asked again: a doubt, a
# turn, a sign not new, someone else's or imagined, a question asked back (``apart_plainly``)
_NOT_PLAIN = (
    "doubt",
    "unsure",
    "turnabout",
    "not_new",
    "not_new_remark",
    "someone_else",
    "hypothetical",
    "asks_if_counts",
    "asking",
    "restated",
    "named_otherwise",
    "knows_not_why",
)


def set_aside(
    words: Words, pending: Question | None, evidence: Mapping[str, Evidence], normal: str, clauses_said: Sequence[str]
) -> None:
    """A sign set aside (a red-flag sign said as how things always are, someone else's or imagined;
    or one the question's own words call unclear: another part, a qualified sign) is neither a yes
    nor a no, so the question is asked again; but when the rest of the answer to the question asked
    is a clear no ("I had a fever last year, but no, not now"; after a qualified sign, a denial of
    any change: "my feet are always cold, but it's no different from normal") or cannot tell ("I
    can't really tell, my legs are always a bit swollen by the evening"), that is the answer, and
    the sign set aside adds nothing to it."""
    red_flag = pending is not None and pending.phase == "red_flag"
    for qid, found in evidence.items():
        if not found.aside:
            continue
        if red_flag and _apart_from_the_qualified(words, found) and not _names_its_sign(words, qid, found):
            continue  # "a bit constipated, and I can't feel when I wipe": the plain sign is a yes
        if red_flag and _said_after_the_qualified(words, qid, found, clauses_said):
            continue  # "it was swollen last month, but now my calf is red and hot": the sign now is a yes
        said = pending is not None and qid == pending.id and not found.positive
        changed = found.qualified and not words.general["no_change"].spans(normal)
        if said and found.qualified and not changed and not words.general["doubt"].spans(normal):
            found.negative = found.strong_no = True  # "my feet are always cold, but it hasn't changed": the no
        knee_apart = said and _the_knee_apart(words, pending, found) and not words.general["doubt"].spans(normal)
        unchanged = found.negative and found.strong_no and (not changed or knee_apart)
        if not (said and (unchanged or found.unsure)):
            found.positive = found.negative = found.explained = True


def _the_knee_apart(words: Words, pending: Question | None, found: Evidence) -> bool:
    """Whether every clause that qualified the screen's sign only places it on the knee ("no, not the calf, it's the
    knee that's hot", "no, the swelling's only around the knee"), to a screen that asks of no sign of the knee.

    Why: the screen's own words call a sign of another part unclear (``elsewhere``: a swollen knee may be told for
    the leg), so alone it is asked again; but beside the screen's own plain denial the knee is where the person
    puts the sign instead, the knee's own screens keep it (hot knee, swollen leg), and nothing is admitted of the
    part asked about: the denial is the answer. Only the knee, what the person called about: a foot, ankle or
    thigh may be the spreading swelling or colour the screen asks of, and stays asked again."""
    if pending is None or not found.qualified_clauses or KNEE & words.questions[pending.id].parts:
        return False
    asked = words.questions[pending.id]
    for clause in found.qualified_clauses:
        spans = asked.elsewhere.spans(clause)
        inside = {word for start, end in spans for word in clause[start:end].split() if word in words.body_parts}
        beside = {word for word in outside(clause, spans) if word in words.body_parts}
        # the part asked may be named beside ("not the calf, it's the knee that's hot": its denial is the evidence's
        # no), never inside the knee's words ("the knee down to the calf is swollen" may be the calf's swelling)
        if not inside or not inside <= KNEE or not beside <= asked.parts:
            return False
    return True


def _names_its_sign(words: Words, qid: str, found: Evidence) -> bool:
    """Whether a qualified clause says a word of the question's own sign ("but the swelling has gone
    down" to the leg screen, beside "swollen" said plainly, which Alexa's slots may hand over without
    its "it was"): then the qualifier may be of the very sign said, whatever its words, so the plain
    sign stays asked again. "A bit constipated" names no sign of the nerve screen."""
    families = _sign_families(words.questions[qid])
    return any(family.spans(clause) for family in families for clause in found.qualified_clauses)


def _apart_from_the_qualified(words: Words, found: Evidence) -> bool:
    """ "A bit constipated and I can't feel when I wipe": a sign the question's own words qualify
    (``elsewhere``: constipation is common) said beside a sign said plainly in a clause of its own
    leaves the plain sign a yes, when neither clause points back at anything ("I had a temperature, but
    that was weeks ago" qualifies the temperature: asked again; a sign of now said after the qualified
    clause, "but now one is blue", is ``_said_after_the_qualified``'s) and they share no word ("it was
    swollen but the swelling has gone down" is one sign). Only a qualified sign (never one said as not
    new or someone else's: "I had a temperature, but that was weeks ago"), only to a red-flag screen (the
    rule keeps a volunteered sign; elsewhere "I jog, but more off than on" stays unclear), and never
    beside a denial or a doubt (a sign named and another denied stays asked again)."""
    if not (found.qualified and found.positive and found.plain_clauses) or found.negative or found.unsure:
        return False
    if any(_points_back(words, said) or words.negators & set(said.split()) for said in found.qualified_clauses):
        # "I had a temperature, but that was weeks ago": the qualifier is of the sign said; "no redness
        # nothing, calf is swollen": a denial beside the sign, asked again
        return False
    qualified = set().union(*(_stems(said.split()) for said in found.qualified_clauses))
    return all(
        clause not in found.qualified_clauses  # "my son goes skiing": one clause
        and not (words.pointing_back & set(clause.split()))
        and not (_stems(clause.split()) & qualified)
        for clause in found.plain_clauses
    )


def _points_back(words: Words, clause: str) -> bool:
    """Whether a word of the clause may point back at a sign said before it ("but that was weeks ago"):
    never one right after a part of the body, which is what it points at ("I had chills last night, and my
    knee, it's boiling hot": the knee's heat, no qualifier of the chills)."""
    said = clause.split()
    return any(
        word in words.pointing_back and not (at and said[at - 1] in words.body_parts) for at, word in enumerate(said)
    )


def _said_after_the_qualified(words: Words, qid: str, found: Evidence, said: Sequence[str]) -> bool:
    """ "I get up at night to pee, and I can't feel the toilet paper"; "I had a temperature last week, but
    today I'm shivering and burning up": to a red-flag screen, a sign said plainly after every clause the
    screen's own words qualify (a habit, a past episode, something common), in words of the sign that are not
    theirs (or, after a past episode, any words: "I had a temperature last week, and today I have a
    temperature again"), is a sign of now, even when the qualified clause names a word of the screen's own sign
    (``_names_its_sign``): a qualifier said before a sign cannot be about it, unless its habit reaches past
    an "and" ("my feet are always cold and my toes go white": one habit) or the sign is the thing qualified
    said again ("my legs always swell in the heat, and now they're swollen").

    Why it is safe: only when every qualified clause comes first (one said after the sign may be of it: "but
    that was weeks ago", "but the swelling has gone down": asked again), the sign's words share none with
    the qualified clauses' sign words (``word_forms``), there is no negator in those clauses nor any denial
    or doubt in the answer, and the sign's clause says now (``said_now``), or, with no habit word before it
    (``not_new``), neither points back ("it", "they", outside the sign's own words: "I can't feel it when I
    wipe" is the sign) nor says a time gone by (``said_at_other_times``)."""
    aside = [*found.qualified_clauses, *found.past_clauses]
    if not (aside and found.positive and found.plain_clauses) or found.negative or found.unsure:
        return False
    if any(words.negators & set(clause.split()) for clause in aside):
        return False
    families = _sign_families(words.questions[qid])
    if not all(clause in said for clause in [*aside, *found.plain_clauses]):
        return False
    last = max(said.index(clause) for clause in aside)
    qualified = set().union(*(sign_words(words, clause) for clause in aside))
    habit = any(words.general["not_new"].spans(clause) for clause in aside)
    for clause in found.plain_clauses:
        spans = [span for family in families for span in family.spans(clause)]
        if said.index(clause) <= last:
            return False
        again = bool(sign_words(words, " ".join(clause[s:e] for s, e in spans)) & qualified)
        if words.general["said_now"].spans(clause):
            if habit and again:  # "my feet are always cold and today they're freezing": the habit, today
                return False
            continue  # "I had a temperature last week, and today I have a temperature again"
        tokens = set(outside(clause, spans))  # "I can't feel it when I wipe": the "it" is the sign's own
        if again or habit or tokens & (words.pointing_back | words.said_at_other_times):
            return False
    return True


def _sign_families(asked: QuestionWords) -> list[Family]:
    """The families whose words say a question's sign, unasked or as an answer to it."""
    return [family for family in (asked.yes, asked.when_asked) if family.source is not None]


def sign_words(words: Words, text: str) -> set[str]:
    """The words that may tell one sign from another ("red", "pee", "swollen"), each in one form
    (``word_forms``, then the endings): no filler, negator, word pointing back or of a time gone by."""
    common = words.fillers | words.negators | words.pointing_back | words.said_at_other_times
    found = set()
    for word in text.split():
        stem = _stem(words.word_forms.get(word, word))
        found.add(words.word_forms.get(stem, stem))
    return {word for word in found if len(word) >= 3 and word not in common}


def red_flag_words(words: Words, clause: str) -> set[str]:
    """The words of any red-flag screen's sign phrases in the clause (``sign_words``)."""
    said = [
        clause[start:end]
        for asked in words.questions.values()
        if asked.red_flag
        for family in _sign_families(asked)
        for start, end in family.spans(clause)
    ]
    return sign_words(words, " ".join(said))


def past_beside_the_qualified(words: Words, said: Sequence[str], evidence: Mapping[str, Evidence]) -> None:
    """ "It was swollen last month, and my calf was red": a red-flag sign said in a time gone by ("was",
    ``said_at_other_times``), with no word of now, after a clause set aside as qualified or not new, is
    that past episode told on, not a sign of now: set aside too, so neither volunteered nor a yes to the
    screen asked (asked again when its turn comes). Said alone, "my calf was red" stays a sign."""
    old = [clause for found in evidence.values() for clause in [*found.qualified_clauses, *found.past_clauses]]
    # a time gone by in it: "my knee is swollen" (another part, qualified) is no old episode
    earlier = [clause for clause in old if words.said_at_other_times & set(clause.split())]
    if not earlier:
        return
    first = min((said.index(clause) for clause in earlier if clause in said), default=len(said))
    for qid, found in evidence.items():
        asked = words.questions.get(qid)
        if asked is None or not asked.red_flag or not found.plain_clauses or found.negative:
            continue
        if all(
            clause in said
            and said.index(clause) > first
            and words.said_at_other_times & set(clause.split())
            and not words.general["said_now"].spans(clause)
            for clause in found.plain_clauses
        ):
            found.aside = True


def apart_plainly(words: Words, pending: Question | None, normal: str, evidence: Mapping[str, Evidence]) -> bool:
    """ "A little bit swollen around the back, not hot though": to a red-flag screen of several signs,
    one sign said plainly and another denied is a yes, as the sign said alone would be.

    Why it is safe: only for a screen whose signs are told apart by words (``sign_groups``), when
    every sign said and every sign denied falls in a group and no group is both said and denied ("a
    bit tight but I wouldn't say rock hard", "puffy but not swollen" are one sign in a lesser degree:
    asked again); and only when the whole answer is plain: no doubt or hedge below the sign, no time
    past or how it always is (``not_plainly``; a screen asking of a moment gone by says some of those words of
    it: ``plain_of_then``), no correction, turn, echo, someone else's or
    imagined sign, nothing set aside or explained away. Anything else stays asked again, as before."""
    if pending is None:
        return False
    groups = words.sign_groups.get(pending.id)
    found = evidence.get(pending.id)
    if not groups or found is None:
        return False
    normal = _hedge_before_a_denial(words, groups, _hedge_closing_a_sign(words, normal))
    if found.aside or found.qualified or found.doubted or found.unsure or found.explained or found.unsure_sign:
        return False
    if _not_plain_in(words, pending, _words_said(words, normal)):
        return False  # a screen asking of a moment gone by says "could" and "was" of it (``plain_of_then``)
    if any(words.general[kind].spans(normal) for kind in _NOT_PLAIN):
        return False
    if _corrected(words, normal):
        return False
    answered = _answered_no(words, groups, normal, found.signed_words)
    said = [sign for sign in found.signed_words if sign not in answered]
    return bool(said and found.denied_words) and _groups_apart(groups, said, found.denied_words)


def said_on_exertion_only(
    words: Words, pending: Question | None, normal: str, evidence: Mapping[str, Evidence]
) -> bool:
    """ "Well I did get a bit puffed going up the stairs, but my chest doesn't hurt and there's no blood": to a red-flag
    screen of told-apart signs, every sign said lies in a breathlessness said mildly and only on exertion
    (``on_exertion``), beside each other sign of the screen denied (apart, or in the same phrase: "no chest pain no
    blood just a bit puffed when I rush"). Why: the chest screen asks of SUDDEN breathlessness; an answer that goes
    through its signs and gives this for the breath does not say it, nor deny it, so the screen is asked again (never
    a no). Alone ("I get a bit puffed on the stairs"), beside only some denied ("no chest pain, I get a bit puffed on
    the stairs"), beside another sign said (blood, chest pain), or said at rest or suddenly, it is read as before."""
    if pending is None or pending.phase != "red_flag":
        return False
    groups = words.sign_groups.get(pending.id)
    found = evidence.get(pending.id)
    if not groups or found is None or not found.signed_words:
        return False
    said = " ".join(unmarked(normal).split()) + " "
    spans = words.general["on_exertion"].spans(said)
    if not spans:
        return False
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", said)]
    exerted = frozenset(word for at, word in tokens if any(start <= at < end for start, end in spans))
    named = frozenset().union(*groups)
    denied_in_phrase = frozenset(
        word
        for index, (at, word) in enumerate(tokens)
        if word in named
        and not any(start <= at < end for start, end in spans)
        and words.negators & {w for _, w in tokens[max(0, index - 4) : index]}
    )
    signs = [sign & named for sign in found.signed_words]
    if not all(sign & exerted and sign - exerted <= denied_in_phrase for sign in signs):
        return False
    denied = denied_in_phrase.union(*found.denied_words)
    return all(group & denied for group in groups if not group & exerted)  # the rest each denied


def _corrected(words: Words, normal: str) -> bool:
    """Whether the answer corrects or turns itself about ("no wait", "actually"): never said plainly."""
    return any(found.search(normal) for found in (words.corrections, words.soft_corrections, words.reversal))


def _groups_apart(
    groups: Sequence[frozenset[str]], said: Sequence[frozenset[str]], other: Sequence[frozenset[str]]
) -> bool:
    """Whether every sign said and every other sign (denied or guessed) falls in a group of the screen's signs
    (``sign_groups``), and no group is in both: signs told apart by their words, no lesser degree of one sign."""
    said_in = [frozenset(at for at, group in enumerate(groups) if group & sign) for sign in said]
    other_in = [frozenset(at for at, group in enumerate(groups) if group & sign) for sign in other]
    if not all(said_in) or not all(other_in):
        return False
    return not frozenset().union(*said_in) & frozenset().union(*other_in)


def plain_beside_a_guess(words: Words, pending: Question | None, normal: str, evidence: Mapping[str, Evidence]) -> bool:
    """ "My calf is swollen and maybe red I'm not sure": to a red-flag screen of several signs, one sign said plainly
    and another only guessed, then doubted (``guessed_words``: the doubt is the guess's, ``_guess_after``), is a yes,
    as the sign said alone would be: any one sign of the screen said as present is its yes. Why safe: only when the
    two are told apart by their words (``sign_groups``, no group both said and guessed: "swollen and maybe puffy" is
    one sign, asked again), nothing denied, set aside, explained or doubted of the question itself, and the rest of the
    answer plain (``_NOT_PLAIN`` bar the doubt, ``not_plainly`` bar the guess and the doubt, no correction): a sign
    said in the past or as someone else's stays as before. Else asked again, never "I don't know"."""
    if pending is None or pending.phase != "red_flag":
        return False
    groups = words.sign_groups.get(pending.id)
    found = evidence.get(pending.id)
    if not groups or found is None or not found.guessed_words or not found.signed_words:
        return False
    if found.negative or found.aside or found.qualified or found.doubted or found.explained:
        return False
    if _corrected(words, normal):
        return False
    doubts = [span for kind in ("doubt", "unsure") for span in words.general[kind].spans(normal)]
    if _not_plain_in(words, pending, _words_outside(normal, doubts) - words.guesses):
        return False
    if any(words.general[kind].spans(normal) for kind in _NOT_PLAIN if kind not in ("doubt", "unsure")):
        return False
    return _groups_apart(groups, found.signed_words, found.guessed_words)


def _words_said(words: Words, normal: str) -> set[str]:
    """The answer's words, read for those that keep it from being said plainly (``not_plainly``), without a time the
    sign began said as going on since ("short of breath since yesterday", "puffed out since last night":
    ``started_since``): its "yesterday" or "last" says when it started, and that it is there now, no time gone by.
    Why: read as a time past, a breathlessness said plainly since yesterday beside chest pain denied was asked again.
    Kept whole when the answer says something went (``gone_by``: "swollen since Tuesday, but it's gone down, not
    hot"), where a time may be that of a sign over."""
    spans = [] if words.gone_by & set(normal.split()) else words.general["started_since"].spans(normal)
    return _words_outside(normal, spans)


def _words_outside(normal: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """The answer's words outside these spans."""
    return set(re.findall(r"[a-z]+", " ".join(outside(normal, spans))))


def _not_plain_in(words: Words, pending: Question, said: set[str]) -> bool:
    """Whether these words keep the answer from being said plainly (``not_plainly``), bar those a screen asking of a
    moment gone by says of it (``plain_of_then``: "could", "was")."""
    return bool((words.not_plainly - words.plain_of_then.get(pending.id, frozenset())) & said)


def _answered_no(
    words: Words, groups: Sequence[frozenset[str]], normal: str, signs: Sequence[frozenset[str]]
) -> list[frozenset[str]]:
    """The signs whose clause a bare no follows at once: "numb down there? no, nothing like that, both legs are
    fine", "swollen? no, not hot either" say the sign as the question asked back (in words no echo list can hold:
    "down there", "puffy calf") and deny it, so it is no sign said plainly beside the other's denial. Why: read as
    said, the saddle sign was the screen's yes beside the legs denied, a red-flag no stored as yes. The answer is
    then the screen's no only where every part is denied by the other rules, else asked again. A bare no names no
    sign of the screen (``groups``): "it's swollen, the colour's normal" denies the colour, not the swelling."""
    parts = clauses(words, normal)
    named = frozenset().union(*groups)
    bare = [before for before, after in pairwise(parts) if plain_no(words, after) and not named & set(after.split())]
    return [sign for sign in signs if any(sign <= set(before.split()) for before in bare)]


def _hedge_closing_a_sign(words: Words, normal: str) -> str:
    """The answer without a hedge that closes it right after a sign said: "not red no, but it feels
    warmer than the other knee I think" admits the warmth ("it feels warm I think" alone is a yes), so
    the hedge keeps the answer from being plain no more than "kind of warm" would. After a denial ("it's
    swollen but not hot I think") the hedge softens the denial: kept, so the answer stays asked again."""
    said = normal.rstrip() + " "
    spans = words.general["hedge_closing"].spans(said)
    if not spans or spans[-1][1] < len(said) - 1:
        return normal
    before = said[: spans[-1][0]]
    last = clauses(words, before)[-1:]
    if not last or words.negators & set(last[0].split()):
        return normal
    return before


def _hedge_before_a_denial(words: Words, groups: Sequence[frozenset[str]], normal: str) -> str:
    """The answer without a hedge said right after a sign and right before another sign's denial: "it's
    a little puffy I'd say, not hot though", "a bit swollen I suppose, not red" admit the swelling as
    "it's puffy I'd say" alone does (the hedge closes the sign's clause, ``_hedge_closing_a_sign``), and
    read as softening the denial after it instead, the sign said before it is still said plainly: either
    way the screen's yes. Only when the clause before the hedge names a sign of the screen (``groups``)
    and has no negator, and the words after it (past a "but") start with a negator: a hedge before more of the story
    ("swollen I think, it was hot yesterday") is kept, and the answer stays asked again."""
    said = normal.rstrip() + " "
    bare = unmarked(said)  # the same length: a span in it is one in ``said``
    signs = frozenset().union(*groups)
    for start, end in reversed(words.general["hedge_closing"].spans(bare)):
        last = clauses(words, said[:start])[-1:]
        if not last or words.negators & set(last[0].split()) or not signs & set(last[0].split()):
            continue
        after = " ".join(bare[end:].split()) + " "
        turn = words.general["contrast"].spans(after)  # "puffy I'd say, but not hot": the denial after its "but"
        after = after[turn[0][1] :] if turn and turn[0][0] == 0 else after
        if after.split()[:1] and after.split()[0] in words.negators:
            said = said[:start] + said[end:]
    return said


def several_signs(found: Evidence) -> bool:
    """One sign named and another denied ("no lump, but it does catch now and then"). A sign said and
    then denied ("it wakes me yeah, but only when I roll onto it, no, I wouldn't say it wakes me") is a
    person changing their mind, not a second sign: unless another sign is named and not denied, it is
    neither a yes nor a no, so it is asked again."""
    if not (found.signed and found.denied_sign):
        return False
    return _a_sign_apart(found.signed_words, found.denied_words)


def _a_sign_apart(said: Sequence[frozenset[str]], others: Sequence[frozenset[str]]) -> bool:
    """Whether some sign said shares no longer word with any of the others (denied or doubted): a
    second sign beside them, not the same one said again."""
    apart = [_stems(words) for words in others]
    return any(not any(_stems(words) & other for other in apart) for words in said)


def _stems(said: Iterable[str]) -> set[str]:
    """The longer words, without an ending ("locks", "locked" and "lock" are one word): the words that
    tell one sign from another, not "it" or "me"."""
    return {stem for stem in map(_stem, said) if len(stem) >= 4}


def _stem(word: str) -> str:
    """The word without an ending ("locks", "locked", "locking": "lock"), one form for comparing signs."""
    return re.sub(r"(?<=\w{3})(?:ing|ed|(?<=[cs]h)es|s)$", "", word)


def a_part_denied(pending: Question, found: Evidence) -> bool:
    """ "There was a pop, but no bruise and I'm walking okay"; "it did start when I was sitting, but it
    hasn't gone": to a question that asks two things joined by "and", words that deny one whole part
    (``part_denied``, without doubt) are its no, though the other part is said. Never to a red-flag
    screen (the word data refuses such words there), and never beside a doubt."""
    return pending.answer_type == "yes_no" and found.part_denied and not (found.unsure or found.doubted)


def sign_in_doubt(pending: Question, found: Evidence) -> bool:
    """ "I get cramps now and then, but I don't know if it's the same pain"; "it's a bit puffy, but the
    other knee is too, so I don't know": a sign said, and the answer's own doubt whether it is the
    one asked (a clause naming no sign), is "I don't know", the cautious branch, as the recording
    convention has it ("maybe, I'm not sure"). Never to a red-flag screen, where a sign named with a
    doubt is asked again: the person may well have it, and asking again costs only a turn."""
    return pending.answer_type == "yes_no" and pending.phase != "red_flag" and found.doubted and found.positive


def other_part_doubted(pending: Question, found: Evidence) -> bool:
    """ "I don't know about a pop, but I'm walking like a penguin": to a question of several signs
    (no red-flag screen), one sign said plainly and another only doubted ("about" it: never "I don't
    know if that's giving way", a doubt whether the thing said is the sign) is a yes, as one said and
    another denied is (``several_signs``). Never when the doubt is of the sign said ("it creaks a
    bit, I'm not sure if it's a creak"), of the question itself (a doubt naming no sign: ``sign_in_doubt``),
    or beside a no or a sign explained away."""
    if pending.answer_type != "yes_no" or pending.phase == "red_flag":
        return False
    if not (found.signed and found.doubted_words) or found.doubted or found.negative or found.explained:
        return False
    return _a_sign_apart(found.signed_words, found.doubted_words)


def doubt_of_one(found: Evidence) -> bool:
    """ "It's not red, no, and not warm, but it might be slightly swollen, it's hard to tell": to a
    question of several signs, some denied outright and one named in doubt, the doubt is the answer
    (as "stuck? no. a lump? maybe" is): one sign not ruled out leaves the question open."""
    return found.unsure_sign and found.denied_sign and not found.explained
