"""The signs and choice values a clause names, and which negators reach each one and what they make of it.

Why a module of its own: every other part of the reading asks the same two questions of a clause (which
signs does it name, after rivals for the same words are weighed; and is each one said, denied or left
unclear), and this is the one place that answers them. It reads the word data only, so the clause
reader (``skill.clause_reading``), the echoes (``skill.echoes``), the corrections (``skill.corrections``)
and the remarks (``skill.remarks``) all build on it without importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kb import Question
from skill.word_data import Family, Words, overlaps, words_of


@dataclass(frozen=True)
class Sign:
    question: str
    value: str | None  # a choice value id; None for a yes/no question's sign
    kind: str  # "yes", "no" (a denial phrase, "I can walk"), "unclear" (another part) or "value"
    span: tuple[int, int]
    pending: bool
    companion: bool = False  # of a question the pending one answers too ("I twisted it": what happened)
    implied: bool = False  # said in answer to a question that implies it ("both legs" to tingling)
    bridged: bool = False  # found only with the clause's severity words left out ("hurts like crazy when I squat")


def signs_in(
    words: Words,
    pending: Question | None,
    clause: str,
    covered: Sequence[tuple[int, int]],
    told: frozenset[str] = frozenset(),
) -> list[Sign]:
    """Every sign or choice value the clause names. Where phrases cover the same words, the pending
    question's win (unless another question's phrase is longer: "my calf is swollen" to the leg
    question is both), then the longer phrase; equal rivals of other questions are all kept, and of
    one question's phrases only the longest counts ("my temperature is normal" is a denial). A
    red-flag sign is kept beside any other question's phrase, unless the pending question's denial
    covers it. The
    values of a question the pending one answers too (``answers_too``) are read as if asked, beside
    the pending question's own; a sign the pending question implies (``implies``: "playing hockey" to how
    it started) is kept beside its phrase when as long, as an opened question's is; so is one a question told in
    the answer implies (``told``: its ``implies_when_told``), and either is kept beside a red-flag sign in the same
    words ("my calf is black and blue" after the pop: the leg screen's colour and the tear's bruise)."""
    found = named_in(words, pending, clause, covered)
    fresh = fresh_starts(words, clause, found)
    found += [
        sign
        for sign in _bridged(words, pending, clause, covered)
        if not _across_a_fresh_start(words, clause, sign, fresh)
    ]
    for qid, family in _implied(words, pending, told):  # "both legs" to the tingling question: the nerve screen's sign
        denied = words.questions[qid].no.spans(clause)  # "both feet feel normal" is that screen's own no
        found += [
            Sign(qid, None, "yes", s, False, implied=True)
            for s in family.spans(clause)
            if not overlaps(s, covered) and not overlaps(s, denied)
        ]
    found.sort(key=lambda sign: (not sign.pending, -_length(sign.span)))
    kept: list[Sign] = []
    beaten: list[Sign] = []  # another thing's words (``elsewhere``) that lost to the pending question's phrase
    for sign in found:
        rivals = [k for k in kept if overlaps(sign.span, [k.span])]
        if any(r.question == sign.question for r in rivals) or _inside_its_elsewhere(sign, beaten):
            continue  # a longer phrase of the same question already covers these words
        # "it hurts behind my knee which is hot": a longer phrase of a place or an activity must not
        # swallow a red-flag sign said in the same breath; only a denial of the question asked, or a
        # longer red-flag sign ("my calf is swollen" over the general leg sign), or the asked screen's own sign in the
        # same words, may; another screen's sign in the same words is kept beside it, as it is with no place said
        # ("the pain is behind my knee which is hot": the hot knee beside the leg sign)
        unhidden = red_flag_sign(words, sign) and not any(
            (r.pending and r.kind == "no")
            or (red_flag_sign(words, r) and (r.pending or _length(r.span) > _length(sign.span)))
            for r in rivals
        )
        # a sign the answer implies ("playing football" to how it started: a sport of theirs) is said as the answer
        # is, so as long as the answer's own phrase it is kept beside it, as an opened question's is
        kin = pending is not None and (sign.question in words.questions[pending.id].opens or sign.implied)
        beside = (
            sign.implied
            and not words.questions[sign.question].red_flag
            and all(red_flag_sign(words, r) for r in rivals)
        )
        if unhidden or beside or sign.companion or all(_wins(sign, r, kin) for r in rivals):
            kept.append(sign)
        elif sign.kind == "unclear":
            beaten.append(sign)
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


def fresh_starts(words: Words, clause: str, signs: Sequence[Sign]) -> list[int]:
    """Where each sign said afresh with a word of degree starts (``fresh_start``)."""
    return [at for sign in signs if (at := fresh_start(words, clause, sign, signs)) is not None]


def fresh_start(words: Words, clause: str, sign: Sign, signs: Sequence[Sign]) -> int | None:
    """Where a sign said with a word of degree starts afresh (``degree_said``): "not hot a bit red", "not hot no
    slightly red", "no a bit red", "not red no feels a bit warm" (Alexa sends no comma). The sign is said with the word
    of degree when that word stands right before it or inside its own words; it starts afresh when the words before
    it end with another sign (after "and", too) or a bare no: a "no" before a word of degree is the answer's own, never
    "no redness", and a denial said before another sign is spent on it. Why: read as one denial list, a red-flag sign
    said was stored as the screen's no. Said right after a negator ("not a bit red", "not even a little red") or after
    "or" ("not hot or a bit red") it is still denied. The place returned is where the word of degree (or the sign, if
    the word is inside it) starts; no negator before it reaches that sign (``negators_reaching``), and no denial found
    only over the word of degree runs across it (``signs_in``). None: not said afresh."""
    if sign.kind != "yes" or sign.value is not None:
        return None
    start = sign.span[0]
    degrees = words.general["degree_said"].spans(clause)
    said_with = [at for at, end in degrees if end == start or (start <= at and end <= sign.span[1])]
    if not said_with:
        return None
    at = min(*said_with, start)
    return at if _after_a_denial(words, clause, at, signs) else None


def _after_a_denial(words: Words, clause: str, at: int, signs: Sequence[Sign]) -> bool:
    """The words before ``at`` end with a bare no, or with another sign (the "and" after it set aside)."""
    before = clause[:at].split()
    if before[-1:] and before[-1] in words.leading_no:
        return True
    end = at - (len("and ") if before[-1:] == ["and"] else 0)
    return any(other.kind == "yes" and other.span[1] == end for other in signs)


def _across_a_fresh_start(words: Words, clause: str, sign: Sign, fresh: Sequence[int]) -> bool:
    """ "Not hot no slightly red" is no list "not hot no red" with the word of degree bridged (``_bridged``), nor is
    it "hot, not red": a phrase found only over a word of degree that starts a sign afresh (``fresh_start``) is never
    a denial, nor a phrase that reads the bare no before it as its own. A phrase that says a part denied and another
    said ("not both legs a bit numb down there") is kept: it reads the words as said."""
    return any(
        sign.span[0] < at < sign.span[1] and (sign.kind == "no" or clause[:at].split()[-1] in words.leading_no)
        for at in fresh
    )


def _implied(words: Words, pending: Question | None, told: frozenset[str]) -> list[tuple[str, Family]]:
    """The words that say another question's sign in this answer: those the question asked implies, and those a
    question told implies whatever was asked (``implies_when_told``)."""
    asked = words.questions[pending.id].implies if pending is not None and pending.id in words.questions else {}
    found = list(asked.items())
    for qid in told:
        own = words.questions[qid]
        found += [(target, own.implies[target]) for target in sorted(own.implies_when_told)]
    return found


def named_in(words: Words, pending: Question | None, clause: str, covered: Sequence[tuple[int, int]]) -> list[Sign]:
    """Every phrase of every question's words in the clause, before rivals are weighed (``signs_in``)."""
    found: list[Sign] = []
    said = words_of(clause)  # split once: every question's families are looked for in it
    too = words.questions[pending.id].answers_too if pending is not None and pending.id in words.questions else ()
    for qid, qwords in words.questions.items():
        is_pending = pending is not None and qid == pending.id
        asked = is_pending or qid in too
        for value, kind, family in qwords.families(asked=True) if asked else words.always[qid]:
            found += [
                Sign(qid, value, kind, s, is_pending, qid in too)
                for s in family.spans(clause, said)
                if not overlaps(s, covered)
            ]
    return found


def _bridged(words: Words, pending: Question | None, clause: str, covered: Sequence[tuple[int, int]]) -> list[Sign]:
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
        for sign in named_in(words, pending, reduced, [])
    ]
    return [sign for sign in inside if overlaps(sign.span, severe) and not overlaps(sign.span, covered)]


def _known_already(words: Words, pending: Question | None, sign: Sign, kept: Sequence[Sign]) -> bool:
    """ "I twisted it" to what happened says nothing new of how it started, nor "it gets stuck" to what
    the knee does that it has a knee sign: the answer of a question the pending one is asked only
    after, in the very words that chose the pending one's value."""
    return (
        pending is not None
        and pending.id in words.questions
        and sign.kind in ("value", "yes")
        and not red_flag_sign(words, sign)
        and sign.question in words.questions[pending.id].asked_after
        and any(p.pending and p.value is not None and overlaps(sign.span, [p.span]) for p in kept)
    )


def _inside_another(words: Words, clause: str, sign: Sign, kept: Sequence[Sign]) -> bool:
    """ "I just started running again after a long break": the pending yes/no question's short phrase
    ("again": hurt again) inside a longer phrase of another question (the sport's "started running
    again") is that phrase's word, no sign of its own. Only inside another yes/no question's sign:
    a choice value ("it sort of catches": what the knee does) often is the sign asked about too. Never
    when the question asked is a red-flag screen, nor inside another red-flag sign ("both legs are
    numb" still says numb to the tingling question): a sign asked about is never lost there."""
    if not sign.pending or sign.kind != "yes" or sign.value is not None or red_flag_sign(words, sign):
        return False
    start, end = sign.span
    if len(clause[start:end].split()) > 1:
        return False  # "I tore it playing rugby": "tore it" is the sign asked about, in the sport's words too
    return any(
        not other.pending
        and not red_flag_sign(words, other)
        and other.kind == "yes"
        and other.value is None
        and other.span[0] <= start
        and end <= other.span[1]
        and _length(other.span) > _length(sign.span)
        for other in kept
    )


def _within_a_value(words: Words, pending: Question | None, clause: str, sign: Sign, kept: Sequence[Sign]) -> bool:
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


def negators_at(words: Words, clause: str, covered: Sequence[tuple[int, int]]) -> list[int]:
    """Where the clause's negators outside the placed words start."""
    return [
        m.start()
        for m in re.finditer(r"\S+", clause)
        if m.group() in words.negators and not overlaps(m.span(), covered)
    ]


@dataclass(frozen=True)
class Negators:
    """The clause's negators that reach one sign (``negators_reaching``), and whether the clause's first word is
    the answer's own "no"."""

    reaching: Sequence[int]
    answer_first: bool  # "no warm and pink like normal": the no said first is the answer


def said_of(words: Words, pending: Question | None, clause: str, negators: Negators, sign: Sign) -> str:
    """What the clause says of one sign: "yes", "no" or "unclear". The one place that decides what the
    negators that reach a sign make of it (which reach it is ``negators_reaching``, found once by the caller,
    which also asks ``spent_on`` of them):

    - a negator stops at a new subject after another sign or a part of the body (``negators_reaching``);
    - only a negator said before a choice value denies it ("gradually, I didn't notice it at first");
    - a negator that reaches a denial undoes it ("not normal": unclear; but not one spent on another
      sign before a new subject: "didn't come from sitting it's constant"), one after it agrees ("not
      stiff, no"), and the answer's own "no" said first is no negator of it;
    - a red-flag sign negated only after it is unclear, unless it is what the negated verb is said of
      ("fever is not there") (``_negated_after``);
    - a sign denied of another part ("my knee is not swollen" to the calf screen) is unclear
      (``_of_another_part``).
    """
    reaching = negators.reaching
    if sign.value is not None:
        return "no" if any(at < sign.span[0] for at in reaching) else "yes"
    if sign.kind == "unclear" or (sign.kind == "yes" and _no_or_a_hedge(words, clause, sign)):
        return "unclear"
    if sign.kind == "no":
        undone = any(at < sign.span[0] and not (negators.answer_first and at == 0) for at in reaching)
        return "unclear" if undone else "no"
    if _negated_after(words, sign, reaching, clause):
        return "unclear"
    if not reaching:
        return "yes"
    return "unclear" if _of_another_part(words, pending, clause, sign) else "no"


def _no_or_a_hedge(words: Words, clause: str, sign: Sign) -> bool:
    """ "No kind of swelling", "nope sort of red": a bare no, then a word that is either a hedge of the sign after it
    (the no answers something else) or says no sign of any kind (``degree_or_none_after_no``), right before the sign.
    Why unclear: read as the sign said, a red-flag no could be stored as yes; read as denied, a sign said as no."""
    before = clause[: sign.span[0]]
    return any(
        end == sign.span[0] and (last := before[:start].split()[-1:]) and last[0] in words.leading_no
        for start, end in words.general["degree_or_none_after_no"].spans(before)
    )


def _of_another_part(words: Words, pending: Question | None, clause: str, sign: Sign) -> bool:
    """A sign of the question asked said of the part named last before it, when the question does
    not ask about that part: "my knee is not swollen" to the calf screen denies nothing of the calf."""
    if pending is None or not sign.pending or pending.id not in words.questions:
        return False
    before = [word for word in clause[: sign.span[0]].split() if word in words.body_parts]
    asked = words.questions[pending.id].parts
    return bool(before) and bool(asked) and before[-1] not in asked


def negators_reaching(
    words: Words, clause: str, negators: Sequence[int], sign: Sign, signs: Sequence[Sign]
) -> list[int]:
    """The negators that reach a sign. Alexa sends no full stops, so "it's not a different colour
    it's swollen" is one clause: a negator before another sign, or a part of the body ("it's not just
    the knee my chest hurts too"), stops there when a new subject ("it's", "my", "there's") starts
    after it. "Not red or swollen" denies both; "I don't think my calf is swollen" stays a denial. A
    negator after the sign reaches it only when no other sign follows ("swollen, no" but not "a
    tight calf, no fever"). A sign said right after a denied one, with no "or" or "and" between ("not
    hot red though"), is not denied."""
    ends = [other.span[1] for other in signs if other is not sign]
    ends += [m.end() + 1 for m in re.finditer(r"\S+", clause) if m.group() in words.body_parts]  # "not just the knee"
    fresh = fresh_start(words, clause, sign, signs)

    def stopped(at: int) -> bool:
        if fresh is not None and at < fresh:
            return True  # "not hot no a bit red": a sign said with a word of degree after a denial is said afresh
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
        if sign.kind == "no" and _closed_by_its_tag(words, clause, negators, at, sign, signs):
            return True  # "not red, no, feels normal temperature": the no agrees with the denial before it
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
        subject's, except after a red-flag sign (there it leaves the sign unclear: ``_negated_after``). Nor
        does a choice value after it take it from a red-flag sign ("swelling really not, only pain when I squat":
        the "not" is said of the swelling, and what makes it worse is no sign a "not" could deny)."""
        later = [other for other in signs if other is not sign and other.span[0] > at]
        if any(other.value is None or not red_flag_sign(words, sign) for other in later):
            return True
        return (
            not red_flag_sign(words, sign)
            and not any(start <= at < end for start, end in answers)  # "a pop? I don't think so": the answer
            and bool(words.new_subject.search(clause[sign.span[1] : at]))
        )

    return [at for at in negators if (not taken(at) if at > sign.span[0] else not stopped(at))]


def _closed_by_its_tag(
    words: Words, clause: str, negators: Sequence[int], at: int, sign: Sign, signs: Sequence[Sign]
) -> bool:
    """Whether a negator before a denial phrase is spent on a sign denied before it and closed by the answer's
    "no" said right after that sign ("not red no feels normal temperature", "not hot or anything no same colour as
    always": Alexa sends no commas). The tagged "no" agrees with that denial, so neither it nor the negators before
    it undo the denial said next. Only a sign itself denied first ("red no ..." is the echo's own reading), only
    fillers between the sign and its "no", and only for a denial phrase: a negator's reach over a sign said plainly
    is never shortened here."""
    for other in signs:
        if other is sign or other.span[1] > sign.span[0] or not any(n < other.span[0] for n in negators):
            continue
        for tag in negators:
            between = clause[other.span[1] : tag].split()
            if (
                other.span[1] <= tag < sign.span[0]
                and at <= tag
                and clause[tag:].split()[:1] == ["no"]
                and all(w in words.fillers and w not in words.negators for w in between)
            ):
                return True
    return False


def spent_on(words: Words, clause: str, reaching: Sequence[int], sign: Sign) -> list[tuple[int, int]]:
    """Of the negators that reach a sign (``negators_reaching``), those before it that deny it, said
    first (after the answer's own no or fillers only:
    "no, not hot", "it's not hard at all"): used by that denial. One after it ("hot, not"), one that
    reaches no sign ("I can't move it") or one said after other words, which it may tie to the sign ("I
    can walk without getting breathless": the walking is the sign's, asked again), stays left over."""
    first = [
        at
        for at in reaching
        if at < sign.span[0]
        and all(w in words.fillers or w in words.leading_no or w in words.negators for w in clause[:at].split())
    ]
    return [(at, at + len(clause[at:].split(" ", 1)[0])) for at in first]


def _part_named(words: Words, clause: str, end: int, sign: Sign) -> bool:
    """ "Not cold, the foot has gone blue": a part of the body named as a new subject after another
    sign, with no "or" or "and" joining it to the denial ("no redness in the calf or swelling" still
    denies the swelling)."""
    return _a_part_in(words, clause[end - 1 : sign.span[1]]) and not words.joining & set(
        clause[end - 1 : sign.span[0]].split()
    )


def _a_part_in(words: Words, text: str) -> bool:
    return any(found.group(1) in words.body_parts for found in words.part_named.finditer(text))


def _contrasted(words: Words, clause: str, sign: Sign) -> bool:
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


def _negated_after(words: Words, sign: Sign, negators: Sequence[int], clause: str) -> bool:
    """A red-flag sign whose only negators come after it ("out of breath today, nothing before
    that") is unclear, never a no: a no that under-reads an emergency must be said of the sign.
    Unless the sign is what the negated verb is said of ("fever is not there", "the swelling has not
    come back"): then it is the sign's denial."""
    if not negators or not red_flag_sign(words, sign) or any(at < sign.span[1] for at in negators):
        return False
    between = clause[sign.span[1] : negators[0]].split()
    return not all(word in words.sign_verbs for word in between) or not between


def _inside_its_elsewhere(sign: Sign, beaten: Sequence[Sign]) -> bool:
    """A sign inside its own question's longer ``elsewhere`` words is no sign of it, as where those words are kept:
    "one swelling behind the knee like a small ball" to the lump question is the lump, and the leg screen's own words
    for it say so, though the lump's phrase (asked) beat them. Without this the leg screen's shorter "swelling behind
    the knee", a red-flag sign kept beside any phrase, came back as a swollen leg."""
    return any(
        other.question == sign.question and other.span[0] <= sign.span[0] and sign.span[1] <= other.span[1]
        for other in beaten
    )


def red_flag_sign(words: Words, sign: Sign) -> bool:
    return sign.kind == "yes" and words.questions[sign.question].red_flag


def _wins(sign: Sign, rival: Sign, kin: bool = False) -> bool:
    """Beside a phrase of the question asked a sign counts only if longer (as long, when the question
    asked opens the sign's question: "it is getting stuck" to the knee-signs opener also says what the
    knee does); beside another's, if as long."""
    if rival.pending:
        return _length(sign.span) >= _length(rival.span) if kin else _length(sign.span) > _length(rival.span)
    return _length(sign.span) == _length(rival.span)


def _length(span: tuple[int, int]) -> int:
    return span[1] - span[0]
