"""Echoes of the question: a sign said back as a question ("numb? no") and a question asked back.

Why a module of its own: an echoed sign is a question, not a report, so before any clause is read the
echoes are found by their words alone (Alexa sends no question mark) and taken out, each with the short
answer said to it; a question asked back ("what do you mean by catch, it clicks") leaves only the answer
after it. Both are looked for once, on the whole answer, by ``skill.understanding``; the one thing they
need of the reading, a no read from the words after an echo, is handed in (``reread``), so this module
never imports the reading that imports it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kb import Question
from skill.clause_evidence import Reader
from skill.clause_signs import red_flag_sign, signs_in
from skill.word_data import Family, PartAsked, Words, clauses, unmarked


def asked_back(words: Words, said: str) -> str | None:
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


def parts_answered(words: Words, pending: Question | None, said: str) -> str | None:
    """The answer with each part of a several-sign screen said back and answered told in that part's own words
    ("could I walk? yes, I hobbled home" is "i could walk, i hobbled home"; "walk yes swell no" is "i could walk, it
    did not swell"), or None when it starts with no such part or a part's answer is not a plain yes or no.

    Why: to "could you not take four steps, did the knee swell, or slip out of place?" the person says a part back
    and answers it, and that yes or no is the part's, in its own polarity: walking managed is the sign denied, so
    read as the screen's yes (as an echo is) it would store the sign; the clause reading would cut at it and lose
    it. A part whose yes or no could mean either ("could I not take four steps? no") gives neither: its short
    answer is taken out and the words after decide, or the screen is asked again. A part asked back with no short
    answer after it is taken out as a question back only when asked as one ("walk? I hobbled", "could I walk, well,
    I hobbled": ``_asked_as_question``); "swelling came within hours" tells of the part. A doubt, hedge or
    correction after a part ("swell? no, I don't think so", "walk? no wait") leaves the whole answer read as before
    (asked again on a red-flag screen). The first part is at the answer's start; later ones follow a part
    answered, never words of a statement (``part_goes_on``: "it did swell")."""
    parts = words.part_echoes.get(pending.id) if pending is not None else None
    if not parts:
        return None
    tokens = re.findall(r"[^\s,.;!?]+|[,.;!?]", said)
    at = _past_pauses(words, tokens, 0)
    told: list[str] = []
    answered = False
    chained = at  # where a part may follow at once: the answer's start, or right after a part's short answer
    while at < len(tokens):
        first = not answered and not told
        starts = first or at == chained or _part_may_start(words, tokens, at)
        found = _part_at(words, parts, tokens, at) if starts else None
        if found is None:
            if first:
                return None
            told.append(tokens[at])
            at += 1
            continue
        part, end = found
        after = _past_pauses(words, tokens, end)
        kind, size = _answer_at(words, tokens, after)
        taken_back: list[str] = []  # "walk? yes, wait, no": each answer taken back, told with its correction
        while kind in ("yes", "no") and (again := _corrected_after(words, tokens, after, size)) is not None:
            taken_back += [(part.admitted if kind == "yes" else part.denied) or "", *tokens[after + size : again]]
            after = again
            kind, size = _answer_at(words, tokens, after)
        soft = bool(words.general["doubt"].spans(" ".join(tokens[after : after + size]) + " "))
        if kind in ("yes", "no") and not soft and not _correction_at(words, tokens, after):
            if _past_tag(words, "no" if kind == "yes" else "yes", tokens, after + size) > after + size:
                return None  # "walk? yes, I couldn't": the tag says the other way, read as before
            spoken = part.admitted if kind == "yes" else part.denied
            told.extend([",", *taken_back, spoken or "", ","])  # a correction kept: the reading asks again
            answered, at = True, _past_tag(words, kind, tokens, after + size)
            chained = at
        elif not kind and _asked_as_question(words, tokens[end:after]):
            told.append(",")  # "walk? well, I hobbled": the part asked back, the statement after it answers
            at = after
        elif not kind and not first:
            told.append(tokens[at])  # "..., but swelling came fast": a later part's words, told of, no part asked
            at += 1
        else:
            return None  # a hedge, a doubt or a correction after the part, or a part told of: read as before
    return " ".join(told).strip(" ,") if answered or told else None


def _corrected_after(words: Words, tokens: Sequence[str], at: int, size: int) -> int | None:
    """Where the answer after a short answer taken back starts ("yes, wait, no"; "no wait, yes": the no begins the
    correction), or None when the short answer at ``at`` is not taken back."""
    following = _past_pauses(words, tokens, at + size)
    if _correction_at(words, tokens, following):
        return _past_pauses(words, tokens, _past_correction(words, tokens, following))
    if _correction_at(words, tokens, at):
        return _past_pauses(words, tokens, _past_correction(words, tokens, at))
    return None


def _past_correction(words: Words, tokens: Sequence[str], at: int) -> int:
    """The word after a short answer taken back at once ("walk? no wait, yes"), or ``at``: the answer meant is the
    one after the correction, read as any part's answer (a statement after it leaves the answer read as before)."""
    if not _correction_at(words, tokens, at):
        return at
    said = [token for token in tokens[at:] if token.isalnum()]
    found = words.corrections.match(" ".join(said) + " ")
    size = len(found.group().split()) if found is not None else 0
    kept = [at2 for at2 in range(at, len(tokens)) if tokens[at2].isalnum()]
    return kept[size] if size < len(kept) else len(tokens)


def _asked_as_question(words: Words, between: Sequence[str]) -> bool:
    """Whether the words between a part and a statement mark the part as asked back: a question mark, or a pause
    ("could I walk, well, I hobbled"; "four steps, oh, I could walk"). Why: with neither ("could I walk... just about,
    hobbling") the part goes on into the statement, whose words it is."""
    return "?" in between or any(word in words.echo.pauses for word in between)


def _past_tag(words: Words, kind: str, tokens: Sequence[str], at: int) -> int:
    """The word after the short answer said again as a tag that agrees with it ("no, I couldn't, they carried me"),
    or ``at`` when there is none: a tag that goes on ("yes I could walk on it") is words of their own."""
    start = _past_pauses(words, tokens, at)
    for tag in sorted(words.part_tags.get(kind, ()), key=len, reverse=True):
        end = start + len(tag)
        if tuple(tokens[start:end]) == tag and (
            end == len(tokens) or not tokens[end].isalnum() or tokens[end] in words.part_tag_ends
        ):
            return end
    return at


def _part_at(words: Words, parts: Sequence[PartAsked], tokens: Sequence[str], at: int) -> tuple[PartAsked, int] | None:
    """The longest part said back from word ``at`` on, and the word after it."""
    text = " ".join(tokens[at:]) + " "
    best: tuple[PartAsked, int] | None = None
    for part in parts:
        found = part.asked.match(text)
        if found is not None and (best is None or len(found.group().split()) > best[1] - at):
            best = (part, at + len(found.group().split()))
    return best


def _part_may_start(words: Words, tokens: Sequence[str], at: int) -> bool:
    """Whether a later part may start at word ``at``: after a pause mark, or after a word that does not make it
    words of a statement ("it did swell", "I could not walk": ``part_goes_on``)."""
    return at > 0 and (not tokens[at - 1].isalnum() or tokens[at - 1] not in words.part_goes_on)


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


# "pulling my toes up? no": at most this many words echo a sign, the most only with a word of ``echo.inside``
_ECHO_WORDS = 4


# "cold, pale or blue? no": the question's signs said back as its list, every word one of the question's own, may
# run longer (``_listed_back``)
_LISTED_ECHO_WORDS = 8


_ANSWERS = (("say_no", "no"), ("weak_no", "no"), ("say_yes", "yes"), ("hedges", "hedge"), ("unsure", "unsure"))


def without_echoes(words: Words, pending: Question | None, said: str, reread: Reader) -> str | None:
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
    belong to words after it; unless the words after it state the answer plainly (``_stated_plainly``, which reads
    them with ``reread``: the whole reading, for the question asked)."""
    if pending is None or pending.answer_type not in ("yes_no", "choice") or pending.id not in words.questions:
        return None
    tokens = re.findall(r"[^\s,.;!?]+|[,.;!?]", said)  # punctuation kept, as words of its own
    at = _past_pauses(words, tokens, 0)
    echoes: list[_Echo] = []
    while (found := _echo_at(words, pending, tokens, _echo_start(words, tokens, at), not echoes)) is not None:
        echo, at = found
        echoes.append(echo)
        if not echo.kind:
            break
    if not echoes:
        return _asked_later(words, pending, tokens, at, reread)
    alone = len(echoes) == 1
    single = alone and not echoes[0].cued
    rest = " ".join(tokens[at:])
    bare_no = single and pending.phase == "red_flag" and echoes[0].kind == "no"
    if bare_no and not _stated_plainly(
        words, pending, echoes[0].echoed, _with_swallowed(words, tokens, echoes[0], rest), reread
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
    rest = _asked_later(words, pending, tokens[at:], 0, reread) or rest  # "lump? no. it clicks. does it lock? no"
    joined = [*answers[:-1], f"{answers[-1]} {rest}"] if going_on else [*answers, rest]
    return ", ".join(answer.strip() for answer in joined if answer.strip())


def _asked_later(words: Words, pending: Question, tokens: Sequence[str], at: int, reread: Reader) -> str | None:
    """The answer with a question asked back in its middle taken out as one at its start would be ("no lump, no.
    does it give way? not that I've noticed, no" is "no lump, no, not that I've noticed, no"), or None when none is.

    Why: people ask the question back wherever they come to it, after answering one of its signs as often as
    first, and the sign asked about is no report of it. Later in the answer only the question asked back whole
    counts (one of ``echo.leads`` at a clause's start: after a pause mark or ``echo.later_after``): a bare
    sign there ("it's swollen, hot, no") is a report. Cost: only a clause's start is tried; about 1.5% of reading
    an answer (benchmarks/bench_reading.py), and a search of the whole answer for a lead first (an early exit) saved
    under 0.005 ms an answer, within the noise, so it was left out."""
    for start in range(max(at, 1), len(tokens)):
        before = tokens[start - 1]
        if not (not before.isalnum() or before in words.echo.later_after):
            continue
        if not _span_at(words.echo.leads, tokens, start):
            continue
        found = without_echoes(words, pending, " ".join(tokens[start:]), reread)
        if found is not None:
            said = " ".join(tokens[:start]).strip(" ,.;!?")
            return f"{said}, {found}" if said else found
    return None


def _names_a_value(words: Words, pending: Question, said: str) -> bool:
    """Whether the words name a value of the choice asked."""
    return any(
        sign.pending and sign.value is not None
        for c in clauses(words, said)
        for sign in signs_in(words, pending, c, [])
    )


def _with_swallowed(words: Words, tokens: Sequence[str], echo: _Echo, rest: str) -> str:
    """ "Chest pain no my chest is fine": the echo's short answer may be a no said first with the plain
    statement after it ("no my chest is fine" is one ``say_no`` phrase); the statement is then what
    follows the no, so ``_stated_plainly`` reads it as it would after a comma."""
    start, end = echo.answer
    if end - start < 2 or tokens[start] not in words.leading_no:
        return rest
    return " ".join([*tokens[start + 1 : end], rest])


def _stated_plainly(words: Words, pending: Question, echoed: str, rest: str, reread: Reader) -> bool:
    """ "Hot? no, it's not hot, it just aches"; "chest pain? no, no, my chest is fine, it's just the
    back of my knee": after a red-flag echo in the question's own words and its no, the words that
    follow deny the sign in the question's words and read, on their own, as a clear no. Then the
    echo was a question, the no its answer, and the statement says so plainly: the answer is that no.
    A bare no, words after it that name no sign of the question ("chest pain no, I'm fine"), an echo
    in other words ("swollen yesterday, no") or a correction after it ("no, actually...": a sign
    taken back is asked again) are asked again as before. A whole denial said first after the no
    ("chest pain? no, no, nothing like that, it's just the knee": ``denials_whole_first``) denies
    every sign asked, so it states the no as plainly as the sign's own words would."""
    own = _own_words(words, pending)
    in_own_words = all(_own_form(word, own) for word in echoed.split())  # "breathless" for its "breathlessness"
    if not in_own_words or words.corrections.search(rest) or words.reversal.match(rest):
        return False
    named = any(sign.pending for clause in clauses(words, rest) for sign in signs_in(words, pending, clause, []))
    # "chest pain? no, no, nothing like that": a denial of everything asked said first is as plain as the sign denied
    said = unmarked(rest).split()
    first = next((at for at, word in enumerate(said) if word not in words.leading_no), len(said))
    whole = words.whole_denial.match(f"{' '.join(said[first:])} ") is not None
    return (named or whole) and reread(rest).facts.get(pending.id) == "no"


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
        asked = first and _asked_as_list(words, pending, tokens, at, length)
        listed = asked or (first and _listed_back(words, pending, echoed))
        if length >= _ECHO_WORDS and not listed and not (length == _ECHO_WORDS and forms.inside & set(echoed[1:])):
            # four words only with the person's own "my": "swollen round the back, yeah" is a report; the question's
            # list still going ("chest pain breathless or coughing blood") is tried whole
            if length == _ECHO_WORDS or (first and _listed_back(words, pending, echoed, widened=True)):
                continue
            return None
        after = _past_pauses(words, tokens, at + length)
        cue = _span_at(forms.cues, tokens, after)
        if cue:
            after = _past_pauses(words, tokens, after + cue)
        cue = cue or int(asked)  # "cold pale or blue it's fine": the list asked back is a question, as a cue makes it
        kind, size = _answer_at(words, tokens, after)
        if not cue and tokens[after : after + 1] and tokens[after] in forms.statements:
            # "lock give way or catch it catches": the list said back, then a statement that answers it; never
            # one that goes on with the list's last words ("a lump at the back of the knee": an article, "my")
            goes_on = tokens[after] in forms.articles or tokens[after] in forms.inside
            if listed and not goes_on and _names_pending(words, pending, tokens[after:]):
                return _Echo((after, after), "", False, " ".join(echoed)), after
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


def _names_pending(words: Words, pending: Question, tokens: Sequence[str]) -> bool:
    """Whether the statement after a list said back names a sign or value of the question asked in its own words
    ("lock, give way or catch? it catches": the statement answers the question, and the list was only asked back).
    Why: a statement that names nothing asked leaves the list the only words of the question; to a yes/no question a
    list joined by "or" is taken out all the same (``_asked_as_list``), and what follows it decides."""
    said = " ".join(token for token in tokens if token.isalnum())
    return any(sign.pending for c in clauses(words, said) for sign in signs_in(words, pending, c, []))


def _asked_as_list(words: Words, pending: Question, tokens: Sequence[str], at: int, length: int) -> bool:
    """Whether the words from ``at`` ("cold pale or blue", "hot or red", "chest pain or breathless") are the
    yes/no question's list asked back whole: its choices joined by ``echo.alternatives`` (``_offers_choices``),
    and the next word none of the question's own (the list has ended; "it", "is" end it, as they end an echo).
    Why: said first, such a list offers the question's choices and reports none of them ("cold, pale or blue?
    it's fine" is no cold leg), so it is taken out as a question back and what follows decides: a plain denial
    a no, a sign admitted a yes, anything else asked again. A list joined by "and" ("cold and pale") is a
    report, never an echo, and so is one the sentence goes on to tell of ("peeing or pooing has changed":
    ``echo.told_of_by``)."""
    if pending.answer_type != "yes_no" or not _offers_choices(words, pending, tokens[at : at + length]):
        return False
    following = tokens[at + length : at + length + 1]
    if following and following[0] in words.echo.told_of_by:
        return False  # "peeing or pooing has changed": the list is what the sentence tells of, a report
    return not (following and following[0] not in words.echo.never and following[0] in _own_words(words, pending))


def _offers_choices(words: Words, pending: Question, echoed: Sequence[str]) -> bool:
    """Whether the words are choices of the question asked joined by ``echo.alternatives``, neither first nor last:
    its list said back (``_listed_back``), widened to the joins and other forms of the question's own words
    ("breathless" for its "breathlessness": ``_own_form``). Why: only the question's own signs said back are its
    question; a sign in other words ("red or purple") may be the person's own doubt between two reports, read as
    before."""
    joins = [at for at, word in enumerate(echoed) if word in words.echo.alternatives]
    ends = (0, len(echoed) - 1)
    return bool(joins) and not set(ends) & set(joins) and _listed_back(words, pending, echoed, widened=True)


# "breathless" for "breathlessness": a word of at least this many letters begun as one of the question's own
_FORM_LETTERS = 6


def _own_words(words: Words, pending: Question) -> frozenset[str]:
    """The words of the question asked (its text and its signs) and the articles an echo of them may take."""
    return words.questions[pending.id].asked_words | words.echo.articles


def _own_form(word: str, own: frozenset[str]) -> bool:
    """Whether the word is one of the question's own or another form of one (the same first letters).

    Why a rule and no list in the word data: the words it is checked against are each question's own (its text
    and its signs), which change with the kb and the word data, so a list of their forms would repeat every one
    of them in every form and go stale unseen, and a form left out would turn the question's list asked back into
    a report. The word data's ``word_forms`` (with the endings rule of ``skill.red_flag_qualifiers``) joins the
    forms of sign words said twice; it accepts other forms than this rule ("coughs" for "coughing"), so using it
    here would change what counts as an echo: a change of behaviour to make with test rows, not in passing."""
    return word in own or (
        len(word) >= _FORM_LETTERS and any(other[:_FORM_LETTERS] == word[:_FORM_LETTERS] for other in own)
    )


def _listed_back(words: Words, pending: Question, echoed: Sequence[str], widened: bool = False) -> bool:
    """Whether the words are the question's own list said back ("cold pale or blue", "chest pain sudden
    breathlessness coughing blood"): at least three words, every one the question's own or an article;
    ``widened`` (its choices offered, ``_offers_choices``), also ``echo.alternatives`` and other forms of the
    question's own words (``_own_form``). Why: people repeat a screen's list before answering it, and four words
    of it would otherwise be read as a report, so the answer after the list ("no, my foot's warm as toast") was
    lost and the screen asked again."""
    own = _own_words(words, pending)
    joins = words.echo.alternatives if widened else frozenset()
    return len(echoed) >= 3 and all(word in joins or _own_form(word, own) for word in echoed)


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
    for sign in signs_in(words, pending, text, []):
        if sign.pending and sign.span[0] == 0:
            after = len(text[: sign.span[1]].split())
            _, size = _answer_at(words, rest, after)
            return not size  # "lock no give way yes": the next value has its own answer, an echo chain
    return False


def _echo_start(words: Words, tokens: Sequence[str], at: int) -> int:
    """Where an echo from word ``at`` on would start: past pauses and the question's lead ("hmm, does it give way?
    no"). Why: people ask the question back whole as often as its sign alone, and "does it" alone is no report."""
    start = _past_pauses(words, tokens, at)
    return start + _span_at(words.echo.leads, tokens, start)


def _past_pauses(words: Words, tokens: Sequence[str], at: int) -> int:
    """The first word from ``at`` on that is no pause ("hmm", "oh") nor a punctuation mark."""
    while at < len(tokens) and (tokens[at] in words.echo.pauses or not tokens[at].isalnum()):
        at += 1
    return at


def _echoable(words: Words, pending: Question, echoed: Sequence[str], first: bool, cued: bool) -> bool:
    """Whether these words may be an echo: never another question's red-flag sign, nor words of degree (a sign said
    with how much of it, "slightly worse, not much", is a report: its "not much" is how much, never a no to the sign
    echoed); the first one also words of the question asked or of its sign, unless a cue makes it a question back."""
    clause = " ".join(echoed) + " "
    if words.general["softeners"].spans(clause):
        return False
    signs = signs_in(words, pending, clause, [])
    if any(not sign.pending and red_flag_sign(words, sign) for sign in signs):
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
