"""Free text read by the skill itself: what a person said in words the interaction model does not list.

Why: Alexa's entity resolution only trusts a slot value listed in the model (``ER_SUCCESS_MATCH``);
any other words reach the skill as raw text (``ER_SUCCESS_NO_MATCH``), and the catch-all sample
``{answer_text}`` hands over whole sentences no sample fits. Without a reading of its own, the skill
would lose every answer that is not word for word in the model. This module reads such text with
word families kept as data (``skill/understanding.yaml``), validated against the kb when loaded, so a
kb question without words fails at start-up, never mid-conversation.

The reading is deliberately cautious, because a misheard answer must never become a fact:

- the text is split into clauses ("no, but my calf is swollen": "no" / "my calf is swollen"); as
  Alexa sends no commas, a yes or no starts a clause wherever it stands before a new thought
  ("my calf no that's fine");
- a person who corrects themselves ("yes, I mean no", "uh yes no hang on", with commas or without)
  means what follows the correction; a red-flag sign taken back (any yes said before the correction)
  is asked again, never a no;
- an echoed sign is a question, not a report ("both legs? no. numb? no"; "numb where, oh no"): found
  by its words alone, as Alexa sends no question mark, it never counts as the sign (nor as another
  question's), and the answer after it answers it; to a question of several signs one yes is a yes,
  a doubt among noes a doubt, all no a no (``_echoes``). A red-flag echo answered a bare no with no
  cue ("chest pain no") is asked again, unless the words after it deny the sign plainly in the
  question's words and read alone as a clear no ("hot? no, it's not hot, it just aches": the no;
  ``_stated_plainly``); another question's red-flag sign is never an echo. A
  sign asked about and answered in one breath ("not sure what you mean by catch, it clicks") is read
  from the answer after it;
- a clause naming a question's sign says "yes" to it, unless a negator outside the sign's own words
  reaches it ("my calf isn't swollen", "no swelling"): then it is evidence of "no", up to a new
  subject after another sign ("no pop I heard a crack": the crack is said; "not red, the calf is
  swollen", but "no redness in the calf or swelling" denies both) or after the answer's
  own no ("no, hmm, my calf is a bit swollen" is a swollen calf; "no swelling in my calf" a
  denial). A negator after
  the sign reaches it only when no other sign follows ("swollen, no", but "a rock-hard calf, no
  chest pain"); a negator never reaches past a turn to what is there ("nothing, only pain when I
  climb the stairs"; "no swelling just redness" denies no redness); which negators reach a sign,
  and what they make of it, is decided in ``_said_of``;
- how bad it is, said inside a phrase, hides nothing the phrase names ("it hurts like crazy when I
  squat" is squatting); to a red-flag screen those words still leave a no unclear (``_bridged``);
- an example said after the value it shows ("when I bend it fully, like sitting on the floor") is
  no second value, in its clause or the next (``_with_examples``); a reminder ("no, like I said, my
  calf is swollen") starts a new thought, so the no before it never denies the sign after it;
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
  diet") or the question is a red-flag screen (then yes and no together are asked again);
- positive and negative evidence for one question, or two values of a single choice: nothing;
- a thing said and asked whether it counts ("I had a tooth out, does that count?") is "I don't
  know" when no sign is named (a sign named stays said);
- a choice value said before a doubt ("maybe a twist I'm not sure") is said, as it would be after a
  comma Alexa does not send, and two values of a single choice with a doubt ("one day the thigh,
  the next the calf, I can't pin it down") are "I don't know" (``_doubts``);
- a sign named in an unsure clause ("I can't tell if my foot is cold") is unsure, never a yes; beside
  other signs of the question denied outright, that doubt is the answer ("I don't know"); a sign
  said beside the answer's own doubt ("it creaks a bit, but I'm not sure") is "I don't know" too,
  except to a red-flag screen, which asks again (``_sign_in_doubt``);
- a red-flag sign said as how things always are, long ago, someone else's or imagined is neither a
  yes nor a no, unless the rest of the answer is a clear no about now ("I had a fever last year, but
  no, not now"), or, after a sign the question's own words qualify ("my feet are always cold"), a
  denial of any change ("but it's no different from normal"); beside a doubt it is a doubt;
- to the age question, two different numbers are no answer, except an adult's age said first and
  then a new thought ("fifty, I play five a side"): the numbers in that thought are about it;
- a "no" needs to be clear: every word of the answer accounted for, or, except to a red-flag
  screen, a plain "no" said first and followed by no "but" ("no, I sit at a desk all day" explains
  the no; in "no lump but it does something odd" the words after "but" may be a sign no family
  knows, so it is no clear no), or said last, after its reason ("I'm retired, I do the garden, so
  no": a ramble that puts the answer last). With no comma after it, a no then the question's own
  denial ("no first time I've ever done anything to it") is such a no said first, and a bare
  denial said first before a new subject ("nothing it feels flat") a clause of its own. To a
  red-flag screen every word must be placed (the unknown words may be the very sign asked about)
  and the denial unambiguous (no doubt words, "I don't think so"). A sign of another question said
  beside a no ("no, but my calf is swollen") is kept as well, as the matched ``{reply} but
  {symptom}`` sample keeps both; to a question that is not a red-flag screen, a clause naming such
  a sign, or only another part of the body, leaves the no clear ("no lump, but it grinds like
  crazy"). Beside a clear no (to a red-flag screen, one that names the sign or is the screen's own
  denial), words of everyday life (``everyday``: the pain, pressing, getting about, home) leave it
  clear ("no, my feet are nice and warm, I've got my slippers on"), never a word of the question's
  own sign phrases, a word no family knows or a negator left over, nor, to a red-flag screen, a
  clause that says when and not of the pain ("no chest pain, only when I climb the stairs")
  (``_denied_beside_everyday``).

Nothing read here is logged. Text that is too long, empty or of no known word gives no fact.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from kb import UNKNOWN, FactsError, KnowledgeBase, Question, check_facts
from kb.index import asked_after, opened_by
from skill.answer_values import days_since, duration_days
from skill.spoken_numbers import (
    DATE,
    DECADE,
    DURATION,
    NUMBER,
    PAST_DAY,
    UNIT_WORDS,
    date_to_iso,
    decade_age,
    duration_to_iso,
    words_to_number,
)

WORDS_FILE = Path(__file__).resolve().parent / "understanding.yaml"
# Longer than any answer a person gives in one breath; longer text is not read at all.
MAX_CHARS = 400
MAX_CLAUSES = 12
# A pattern's "..." stands for up to this many words in between ("my calf is a bit swollen").
GAP_WORDS = 3
# "I did it playing netball on Thursday": at most this many words between the event and its day.
SINCE_APART_WORDS = 4
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_GENERAL = (
    "say_yes",
    "hedges",
    "say_no",
    "weak_no",
    "unsure",
    "doubt",
    "contrast",
    "not_new",
    "someone_else",
    "hypothetical",
    "pain_talk",
    "not_negating",
    "times",
    "not_right",
    "severe",
    "mostly",
    "asking",
    "examples",
    "knows_not_why",
    "no_change",
    "asks_if_counts",
)


class WordsError(ValueError):
    """The word data does not fit the knowledge base; the message names the entry."""


@dataclass(frozen=True)
class Family:
    """Phrases as one regex over normalised text, matched on word boundaries.

    Compiled on first use: compiling every family is most of the skill's start-up time, and a turn
    needs them only when an answer comes as free words. The source is built at load (brackets
    checked, every word escaped); the tests compile every family (``compiled_all``)."""

    source: str | None

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        return None if self.source is None else re.compile(self.source)

    def spans(self, text: str) -> list[tuple[int, int]]:
        pattern = self.pattern
        return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


@dataclass(frozen=True)
class QuestionWords:
    """The words people use for one kb question: its sign, its denial, or its choice values."""

    yes: Family  # names the sign whatever was asked ("my calf is puffy")
    when_asked: Family  # names it only as an answer to this question ("puffy" to the calf question)
    no: Family  # denies it ("I can walk"), as an answer to this question only
    elsewhere: Family  # another part or a qualified sign ("my knee is swollen" to the calf question): unclear
    values: Mapping[str, Family] = field(default_factory=dict)  # choice value id -> words, when asked
    volunteered: Mapping[str, Family] = field(default_factory=dict)  # choice value id -> words, any time
    answers_too: tuple[str, ...] = ()  # choice questions an answer to this one may answer as well
    parts: frozenset[str] = frozenset()  # the body parts it asks about: a bare yes or no about another is no answer
    red_flag: bool = False  # its sign is an emergency: never hidden by another question's longer phrase
    yes_from_days: int | None = None  # a pain this many days old or more is one of its signs
    opens: frozenset[str] = frozenset()  # the questions the kb asks only unless this one is answered "no"
    dates_itself: bool = False  # a time said in answer to it dates what it asks about, not the pain
    # its values said with no pain word and no part named ("no, it's worse when I walk") leave a
    # red-flag screen's no unclear: "it" may be the very sign the screen asks about
    vague_beside_a_no: bool = False
    # Words that, said in answer to this question, are another yes/no question's sign ("both legs" to
    # the tingling question is the tingling in both legs the nerve screen asks about)
    implies: Mapping[str, Family] = field(default_factory=dict)
    # An answer's meaning for another question, because that question's words include it ("it gives
    # way" is a yes to "does the knee get stuck or give way"): value said -> facts it entails
    entails: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    asked_after: frozenset[str] = frozenset()  # answered before this one can be asked (kb.index.asked_after)
    asked_words: frozenset[str] = frozenset()  # the words of the question itself: what a person echoes back
    vocabulary: frozenset[str] = frozenset()  # the words of its sign and value phrases: never everyday beside its no

    def says_too(self, question_id: str) -> bool:
        """Whether an answer to this question may answer that one too: a question it opens in the kb
        ("it gives way" to the knee-signs opener), or one it answers too (``answers_too``)."""
        return question_id in self.opens or question_id in self.answers_too

    def families(self, asked: bool) -> list[tuple[str | None, str, Family]]:
        """(choice value or None, kind, words) to look for: always, or as an answer to this question."""
        # "elsewhere" words always count: said in passing too, "I can't walk on it for long" is not
        # the sign its shorter phrase names ("can't walk on it")
        found: list[tuple[str | None, str, Family]] = [(None, "yes", self.yes), (None, "unclear", self.elsewhere)]
        found += [(value, "value", family) for value, family in self.volunteered.items()]
        if asked:
            found += [(None, "yes", self.when_asked), (None, "no", self.no)]
            found += [(value, "value", family) for value, family in self.values.items()]
        return [entry for entry in found if entry[2].source is not None]


@dataclass(frozen=True)
class NumberForms:
    """Where a number said in a sentence counts (the ``numbers`` entry), compiled once."""

    anchored: re.Pattern[str]  # a duration beside a duration word: "for three weeks", "four days ago"
    since: re.Pattern[str]  # a date after "since" or "it started": "since Tuesday"
    duration: re.Pattern[str]  # any duration: for the how-long question itself
    stated_age: re.Pattern[str]  # "I'm seventy two", "sixty years old"
    number: re.Pattern[str]  # any number: for the age question itself
    how_often: frozenset[str]  # "twice a week" is no duration
    about: re.Pattern[str]  # words of the pain or the injury: a clause where an unasked duration counts
    least_unasked_age: int = 16
    age_said_first: re.Pattern[str] = re.compile("(?!)")  # "fifty, I play five a side": the age, then a new thought
    next_age: re.Pattern[str] = re.compile("(?!)")  # "I'll be forty in March": the age now is 39
    not_about: re.Pattern[str] = re.compile("(?!)")  # "I only started running a month ago": not the pain
    fillers: frozenset[str] = frozenset()  # a clause of a time and these only ("that was four days ago") dates the pain
    # a past day a few words after the event ("did it playing netball on Thursday")
    since_apart: re.Pattern[str] = re.compile("(?!)")
    decade_since: re.Pattern[str] = re.compile("(?!)")  # "since my twenties": when it began, not the age


@dataclass(frozen=True)
class EchoForms:
    """How an echoed question is told from a report of the sign (the ``echo`` entry, ``_echoes``)."""

    cues: Family = Family(None)  # "numb where", "hot let me feel": the words before are a question back
    never: frozenset[str] = frozenset()  # an echo is a bare sign: "my calf is swollen no" is a report
    articles: frozenset[str] = frozenset()  # "a lump?", "any numbness?"
    statements: frozenset[str] = frozenset()  # "the kneecap, it's sore": no short answer to an echo
    pauses: frozenset[str] = frozenset()  # "a lump? hmm, maybe"
    asked_by: Family = Family(None)  # "not sure what you mean by catch, it clicks": the sign asked about
    asked_after: Family = Family(None)  # "..., if that's what you mean": only asks whether the answer fits
    answer_starts: frozenset[str] = frozenset()  # "what you mean by catch, it clicks": "it" starts the answer


_NEVER = re.compile("(?!)")
_UNPLACEABLE = "<unplaceable>"  # a clause left unplaced as a whole (a question asked back): never a word
_DECADE = re.compile(rf"(?<!\S){DECADE}(?!\S)")
_NO_NUMBERS = NumberForms(_NEVER, _NEVER, _NEVER, _NEVER, _NEVER, frozenset(), _NEVER)


@dataclass(frozen=True)
class Words:
    """The whole word data, compiled: general language and every kb question's words."""

    contractions: tuple[tuple[re.Pattern[str], str], ...]  # the forms with an apostrophe ("can't", "'s")
    splitters: re.Pattern[str]
    interjection: re.Pattern[str]  # "no" before "it's the other leg", anywhere: a clause of its own
    joined: Family  # phrases with a splitter inside ("black and blue", "up and down"): never split
    negators: frozenset[str]
    fillers: frozenset[str]
    general: Mapping[str, Family]
    questions: Mapping[str, QuestionWords]
    gap_stop: str = "(?!)"  # a "..." gap never crosses a negator: "calf is not swollen" is no sign
    always: Mapping[str, list[tuple[str | None, str, Family]]] = field(default_factory=dict)  # per question
    whole_words: Mapping[str, str] = field(default_factory=dict)  # "dont" -> "do not", "cannot" -> "can not"
    bare: re.Pattern[str] = _NEVER  # any of whole_words, as a whole word: one pass instead of one per word
    numbers: NumberForms = _NO_NUMBERS
    body_parts: frozenset[str] = frozenset()
    leading_no: frozenset[str] = frozenset()  # a no said first, before a denial: the answer itself
    joining: frozenset[str] = frozenset()  # "or", "and": a part named after them is still denied
    contrast_before: frozenset[str] = frozenset()  # "more red": a sign set against one denied is said
    affirmed_after: frozenset[str] = frozenset()  # "numb yes": a sign affirmed after one denied is said
    new_subject: re.Pattern[str] = _NEVER  # "it's", "my", "there's": a negator before stops at them
    negation_stops: re.Pattern[str] = _NEVER  # "nothing, only pain on the stairs": a negator never reaches past them
    turn: re.Pattern[str] = _NEVER  # "nothing" before "only pain on the stairs": a clause of its own
    sign_verbs: frozenset[str] = frozenset()  # "fever is not there": a negator after these denies the sign
    corrections: re.Pattern[str] = _NEVER  # "no wait", "I mean": what follows is the answer meant
    reversal: re.Pattern[str] = _NEVER  # "yes no ...", said first: the word after the first is meant
    echo: EchoForms = EchoForms()
    everyday: frozenset[str] = frozenset()  # "slippers", "press": beside a clear no, words of no sign
    when_words: frozenset[str] = frozenset()  # "when", "if": a clause that says when, beside a red-flag no
    # While loading only: family sources from the stamp, and those this load used (load_words)
    built: Mapping[str, str] = field(default_factory=dict)
    made: dict[str, str] = field(default_factory=dict)

    def every_family(self) -> list[Family]:
        """Every family of words, general and per question: the tests compile them all."""
        found = [self.joined, *self.general.values()]
        for words in self.questions.values():
            found += [family for _, _, family in words.families(asked=True)]
        return found


@dataclass
class _Evidence:
    """What an answer's clauses said about one question, gathered before anything is decided."""

    positive: bool = False
    negative: bool = False
    strong_no: bool = False
    unsure: bool = False
    values: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)  # values said with "mostly" ("mostly the calf")
    signed: bool = False  # a sign of it named and not negated (not just a general yes)
    explained: bool = False  # a denial phrase or an unclear one ("I'm on a diet", someone else's): no any-of yes
    denied_sign: bool = False  # one of its signs named and negated ("no lump")
    # a red-flag sign said as not new, someone else's or imagined, or a qualified sign ("my feet are
    # always cold"): no sign of this person's, yet no denial either (``_set_aside``)
    aside: bool = False
    qualified: bool = False  # set aside as the question's own words qualify it (not as not new or not theirs)
    unsure_sign: bool = False  # one of its signs named in doubt ("it might be slightly swollen, hard to tell")
    doubted: bool = False  # the answer doubts the question itself, in a clause naming no sign ("so I'm not sure")


# --- loading --------------------------------------------------------------------------------

_CACHE: dict[int, tuple[KnowledgeBase, Words]] = {}


def words_for(kb: KnowledgeBase) -> Words:
    """The word data for this kb, loaded and validated once (the skill builder calls it at start-up)."""
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = (kb, load_words(kb))
        _CACHE[id(kb)] = cached
    return cached[1]


def load_words(kb: KnowledgeBase, path: Path = WORDS_FILE) -> Words:
    """Read and check the word data: raises WordsError naming what does not fit the kb.

    Why a built-patterns stamp: turning some two thousand phrases into regex sources is most of what
    the word data costs at start-up, yet the file never changes while the skill runs. A load writes
    the sources beside the file (best effort), under the digest of the file, this module and the
    sources themselves; a later load uses them only when that digest matches, so an edited file is
    always built afresh and checked in full (the kb's ids and the brackets)."""
    text = path.read_text(encoding="utf-8")
    stamp = path.with_name(f".{path.stem}.built")
    built = _stamped_sources(stamp, text)
    words = _load_words(kb, path, text, built)
    if words.made != built:
        _write_sources(stamp, text, words.made)
    return replace(words, built={}, made={})


def _sources_digest(text: str, sources: str) -> str:
    checked = hashlib.sha256()
    for part in (text, Path(__file__).read_text(encoding="utf-8"), sources):
        checked.update(f"{len(part)}\0".encode())
        checked.update(part.encode())
    return checked.hexdigest()


def _stamped_sources(stamp: Path, text: str) -> dict[str, str]:
    try:
        claimed, sources = stamp.read_text(encoding="utf-8").split("\n", 1)
        found = json.loads(sources) if claimed == _sources_digest(text, sources) else {}
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return found if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()) else {}


def _write_sources(stamp: Path, text: str, made: Mapping[str, str]) -> None:
    """Best effort: a read-only bundle (Lambda) just builds the patterns at each start."""
    sources = json.dumps(made, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    temporary = stamp.with_name(f"{stamp.name}.{os.getpid()}")
    try:
        temporary.write_text(f"{_sources_digest(text, sources)}\n{sources}", encoding="utf-8")
        os.replace(temporary, stamp)  # atomic: concurrent workers never read half a stamp
    except OSError:
        temporary.unlink(missing_ok=True)


def _load_words(kb: KnowledgeBase, path: Path, text: str, built: Mapping[str, str]) -> Words:
    raw = yaml.load(text, Loader=_LOADER)
    if not isinstance(raw, dict):
        raise WordsError(f"{path.name}: expected a mapping at the top")
    contractions = tuple(
        (
            re.compile(("" if _is_suffix(short) else r"\b") + re.escape(short) + r"\b"),
            f" {long} " if not _is_suffix(short) else f"{long} ",
        )
        for short, long in sorted(_mapping(raw, "contractions").items(), key=lambda item: -len(item[0]))
        if not short.isalpha()
    )
    whole_words = {k: v for k, v in _mapping(raw, "contractions").items() if k.isalpha()}
    bare = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(whole_words, key=len, reverse=True))) + r")\b")
    nothing = re.compile("(?!)")
    plain = Words(
        contractions,
        nothing,
        nothing,
        Family(None),
        frozenset(),
        frozenset(),
        {},
        {},
        whole_words=whole_words,
        bare=bare,
        built=built,
    )
    negators = frozenset(_normalise(plain, w) for w in _strings(raw, "negators"))
    base = replace(plain, negators=negators, gap_stop="(?:" + "|".join(map(re.escape, sorted(negators))) + ")")
    splitters = [_normalise(base, s) for s in _strings(raw, "splitters")]
    joiners = sorted((_normalise(base, s) for s in _strings(raw, "joiners")), key=len, reverse=True)
    before = "|".join(re.escape(_normalise(base, w)) for w in _strings(raw, "joiner_followers"))
    joining = "(?:" + "|".join(map(re.escape, joiners)) + rf")(?=\s+(?:{before})\b)"
    splitter = r"(?:" + "|".join([*map(re.escape, splitters), joining]) + r")\b"
    splitting = re.compile(r"\b" + splitter)
    interjections = "|".join(
        re.escape(_normalise(base, w)) for w in sorted(_strings(raw, "interjections"), key=len, reverse=True)
    )
    followers = "|".join(re.escape(_normalise(base, w)) for w in _strings(raw, "interjection_followers"))
    within = "|".join(re.escape(_normalise(base, w)) for w in _strings(raw, "interjection_followers_within"))
    last = "|".join(f"(?<= {re.escape(_normalise(base, w))} )" for w in _strings(raw, "interjection_said_last_after"))
    # "I have not really had a look": after a verb the words are its negation, not an answer
    verb = "".join(f"(?<! {re.escape(_normalise(base, w))} )" for w in _strings(raw, "interjection_not_after"))
    words = Words(
        contractions,
        re.compile(rf"\s*[,.;!?]\s*(?:\b{splitter}\s+)?|\s+\b{splitter}\s+|^{splitter}\s+"),
        re.compile(
            rf"^((?:{interjections}) )(?=(?:{followers}) )|(?<= ){verb}((?:{interjections}) )(?=(?:{within}) )"
            rf"|(?:{last})((?:{interjections}) )$"
        ),
        _family(base, [p for p in _all_phrases(raw) if splitting.search(_normalise(base, p))], "joined phrases"),
        negators,
        frozenset(_normalise(base, str(raw.get("fillers") or "")).split()),
        {name: _family(base, _strings(raw, name), name) for name in _GENERAL},
        {},
        base.gap_stop,
        whole_words=whole_words,
        bare=bare,
        built=built,
        made=base.made,
    )
    corrections = sorted((_normalise(base, w) for w in _strings(raw, "corrections")), key=len, reverse=True)
    words = replace(
        words,
        body_parts=frozenset(_strings(raw, "body_parts")),
        leading_no=frozenset(_strings(raw, "leading_no")),
        joining=frozenset(_strings(raw, "joining")),
        contrast_before=frozenset(_strings(raw, "contrast_before")),
        affirmed_after=frozenset(_strings(raw, "affirmed_after")),
        sign_verbs=frozenset(_normalise(base, w) for w in _strings(raw, "sign_verbs")),
        new_subject=re.compile(
            r"(?<!\S)(?:" + "|".join(re.escape(_normalise(base, w)) for w in _strings(raw, "new_subject")) + r")(?!\S)"
        ),
        # "no, hang on, it's not": a word of its own though a comma touches it
        # "nothing" / "only pain on the stairs", "nothing" / "it feels flat": a bare denial right before a
        # turn or a new subject is a clause of its own, the answer
        # (before a new subject only said first, except "it": "there's nothing there" keeps its "nothing";
        # and only "it", "my" or a subject with its verb: "nothing I can think of" stays one phrase)
        turn=re.compile(
            rf"(?:^|(?<= ))({_alternatives(base, _strings(raw, 'denials_before_turn'))} )"
            rf"(?={_alternatives(base, [*_strings(raw, 'negation_stops'), 'it'])} )"
            rf"|^({_alternatives(base, _strings(raw, 'denials_before_turn'))} )"
            rf"(?={_alternatives(base, [w for w in _strings(raw, 'new_subject') if ' ' in w or w == 'my'])} )"
        ),
        negation_stops=re.compile(rf"(?<!\S){_alternatives(base, _strings(raw, 'negation_stops'))}(?!\S)"),
        corrections=re.compile(r"(?<![^\s,.;!?])(?:" + "|".join(map(re.escape, corrections)) + r")(?![^\s,.;!?])"),
        echo=_echo_forms(base, _mapping(raw, "echo")),
        everyday=frozenset(_normalise(base, str(raw.get("everyday") or "")).split()),
        when_words=frozenset(_normalise(base, w) for w in _strings(raw, "when_words")),
        reversal=_reversal(base, _mapping(raw, "reversals")),
    )
    questions = _mapping(raw, "questions")
    unknown = sorted(set(questions) - set(kb.questions))
    if unknown:
        raise WordsError(f"{path.name}: words for questions the kb does not have: {unknown}")
    compiled = {}
    choices = frozenset(q.id for q in kb.questions.values() if q.answer_type == "choice")
    yes_no = frozenset(q.id for q in kb.questions.values() if q.answer_type == "yes_no")
    for question in kb.questions.values():
        entry = questions.get(question.id) or {}
        compiled[question.id] = replace(
            _question_words(
                words, question, entry if isinstance(entry, dict) else {}, choices, yes_no, opened_by(kb, question.id)
            ),
            entails=_entails(kb, question, _mapping(raw, "entails").get(question.id)),
            asked_after=asked_after(kb, question.id),
            asked_words=frozenset(
                _normalise(base, " ".join([*question.text.values(), *question.signs])).replace(",", " ").split()
            ),
        )
    unknown = sorted(set(_mapping(raw, "entails")) - set(kb.questions))
    if unknown:
        raise WordsError(f"{path.name}: entails: questions the kb does not have: {unknown}")
    always = {q: w.families(asked=False) for q, w in compiled.items()}
    numbers = _number_forms(words, _mapping(raw, "numbers"))
    return replace(words, questions=compiled, always=always, numbers=numbers)


def _alternatives(words: Words, phrases: Sequence[str]) -> str:
    """The phrases, normalised, as one regex group: the longest first, so "nothing else" wins over "nothing"."""
    return "(?:" + "|".join(re.escape(_normalise(words, p)) for p in sorted(phrases, key=len, reverse=True)) + ")"


def _reversal(words: Words, raw: Mapping[str, Any]) -> re.Pattern[str]:
    """ "uh yes no ...": matches up to the word taken back, so what follows it is the answer meant."""

    def either(key: str) -> str:
        return "(?:" + "|".join(re.escape(_normalise(words, w)) for w in _list(raw.get(key), f"reversals.{key}")) + ")"

    yes, no = either("yes"), either("no")
    pause = "[,.;!?]* "  # "yes, no, hang on": the corpus's commas, or Alexa's bare space
    return re.compile(rf"^(?:{either('lead')}{pause})*(?:{yes}{pause}(?={no}{pause})|{no}{pause}(?={yes}{pause}))")


def _echo_forms(words: Words, raw: Mapping[str, Any]) -> EchoForms:
    def single(key: str) -> frozenset[str]:
        return frozenset(_normalise(words, w) for w in _list(raw.get(key), f"echo.{key}"))

    return EchoForms(
        cues=_family(words, _list(raw.get("cues"), "echo.cues"), "echo.cues"),
        never=single("never"),
        articles=single("articles"),
        statements=single("statements"),
        pauses=single("pauses"),
        asked_by=_family(words, _list(raw.get("asked_by"), "echo.asked_by"), "echo.asked_by"),
        asked_after=_family(words, _list(raw.get("asked_after"), "echo.asked_after"), "echo.asked_after"),
        answer_starts=single("answer_starts"),
    )


def _number_forms(words: Words, raw: Mapping[str, Any]) -> NumberForms:
    def either(key: str) -> str:
        return "(?:" + "|".join(re.escape(_normalise(words, p)) for p in _list(raw.get(key), f"numbers.{key}")) + ")"

    duration = rf"(?P<d>{DURATION})"
    not_age = "(?:" + "|".join([*map(re.escape, sorted(UNIT_WORDS)), either("not_age_before")]) + ")"
    return NumberForms(
        anchored=re.compile(
            rf"(?<!\S)(?:{either('duration_before')} {duration}|(?P<d2>{DURATION}) {either('duration_after')})(?!\S)"
        ),
        since=re.compile(rf"(?<!\S){either('since_date')} (?P<date>{DATE})(?!\S)"),
        decade_since=re.compile(rf"(?<!\S){either('decade_not_age_after')} $"),
        since_apart=re.compile(
            rf"(?<!\S){either('event_before_day')} (?:\S+ ){{1,{SINCE_APART_WORDS}}}(?P<date>{PAST_DAY})(?!\S)"
        ),
        duration=re.compile(rf"(?<!\S){duration}(?!\S)"),
        stated_age=re.compile(
            rf"(?<!\S)(?:{either('age_before')} (?P<n>{NUMBER})(?! {not_age}\b)"
            rf"|(?P<n2>{NUMBER}) {either('age_after')})(?!\S)"
        ),
        number=re.compile(rf"(?<!\S)(?P<n>{NUMBER})(?!\S)(?! {not_age}\b)"),
        how_often=frozenset(_normalise(words, w) for w in _list(raw.get("how_often"), "numbers.how_often")),
        about=re.compile(rf"(?<!\S){either('duration_about')}(?!\S)"),
        least_unasked_age=_whole(raw.get("least_unasked_age"), "numbers.least_unasked_age"),
        age_said_first=re.compile(rf"^(?:\S+ )*?(?P<n>{NUMBER}) {either('age_said_first_then')} "),
        # "I'll be forty in March", or the whole answer "sixty eight next month"
        next_age=re.compile(
            rf"(?<!\S){either('age_next_before')} (?P<n>{NUMBER}) {either('age_next_after')}(?!\S)"
            rf"|^(?P<n2>{NUMBER}) {either('age_next_said_alone')}$"
        ),
        not_about=re.compile(rf"(?<!\S){either('not_about')}(?!\S)"),
        fillers=words.fillers,
    )


def _whole(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise WordsError(f"understanding.yaml: '{where}' must be a whole number")
    return value


def _is_suffix(short: str) -> bool:
    """ "n't", "'s": the end of a word ("isn't"), not a word of its own."""
    return short.startswith("'") or short.startswith("n'")


def _all_phrases(raw: Any) -> list[str]:
    """Every phrase of the general families and of every question, for the joined phrases (word lists
    such as the fillers or the negators are single words, and the clause words are about clauses)."""
    phrases = [*(raw.get(name) or [] for name in _GENERAL if name != "contrast"), raw.get("questions") or {}]
    return _phrases_in(phrases)


def _phrases_in(raw: Any) -> list[str]:
    if isinstance(raw, str):
        return [raw]
    if isinstance(raw, list):
        return [p for item in raw for p in _phrases_in(item)]
    if isinstance(raw, dict):
        return [p for item in raw.values() for p in _phrases_in(item)]
    return []


def _question_words(
    words: Words,
    question: Question,
    entry: Mapping[str, Any],
    kb_choices: frozenset[str],
    kb_yes_no: frozenset[str],
    opens: Sequence[str] = (),
) -> QuestionWords:
    where = f"questions.{question.id}"
    if question.answer_type == "yes_no" and not (entry.get("sign") or entry.get("when_asked")):
        raise WordsError(f"understanding.yaml: {where} needs 'sign' or 'when_asked' words (a yes/no question)")
    values: dict[str, Family] = {}
    raw_values = entry.get("values") or {}
    if question.answer_type == "choice":
        wrong = sorted(set(raw_values) - set(question.value_ids()))
        missing = [v for v in question.value_ids() if not raw_values.get(v)]
        if wrong or missing:
            raise WordsError(f"understanding.yaml: {where}: unknown values {wrong}, values without words {missing}")
        values = {v: _family(words, _list(raw_values[v], f"{where}.values.{v}"), f"{where}.{v}") for v in raw_values}
    elif raw_values:
        raise WordsError(f"understanding.yaml: {where} has values, but the kb question is {question.answer_type}")
    volunteered = entry.get("volunteered") or {}
    wrong = sorted(set(volunteered) - set(values))
    if wrong:
        raise WordsError(f"understanding.yaml: {where}: volunteered words for unknown values {wrong}")
    too = tuple(_list(entry["answers_too"], f"{where}.answers_too") if "answers_too" in entry else [])
    wrong = [q for q in too if q not in kb_choices or q == question.id]
    if wrong:
        raise WordsError(f"understanding.yaml: {where}.answers_too: {wrong} are not other choice questions of the kb")
    parts = frozenset(_list(entry["parts"], f"{where}.parts") if "parts" in entry else [])
    if not parts <= words.body_parts:
        raise WordsError(f"understanding.yaml: {where}.parts: {sorted(parts - words.body_parts)} are not body_parts")
    return QuestionWords(
        vocabulary=_vocabulary(words, entry),
        yes=_family(words, _list(entry.get("sign") or [], where), where),
        when_asked=_family(words, _list(entry.get("when_asked") or [], where), where),
        no=_family(words, _list(entry.get("denial") or [], where), where),
        elsewhere=_family(words, _list(entry.get("elsewhere") or [], where), where),
        values=values,
        volunteered={v: _family(words, _list(p, f"{where}.volunteered.{v}"), where) for v, p in volunteered.items()},
        answers_too=too,
        parts=parts,
        red_flag=question.phase == "red_flag",
        yes_from_days=_days_sign(question, entry.get("yes_from_days"), where),
        dates_itself=_flag(entry, "dates_itself", where),
        vague_beside_a_no=_flag(entry, "vague_beside_a_no", where),
        opens=frozenset(opens),
        implies=_implies(words, question, entry, kb_yes_no, where),
    )


def _vocabulary(words: Words, entry: Mapping[str, Any]) -> frozenset[str]:
    """Every word the question's phrases of a sign or a value use (not its denials), less the fillers."""
    kinds = ("sign", "when_asked", "elsewhere", "implies", "values", "volunteered")
    phrases = _phrases_in([entry.get(kind) for kind in kinds])
    said = " ".join(_normalise(words, re.sub(r"[()|=]|\.\.\.", " ", p)) for p in phrases)
    return frozenset(said.split()) - words.fillers


def _implies(
    words: Words, question: Question, entry: Mapping[str, Any], kb_yes_no: frozenset[str], where: str
) -> dict[str, Family]:
    raw = entry.get("implies") or {}
    if not isinstance(raw, dict):
        raise WordsError(f"understanding.yaml: {where}.implies must map question ids to phrases")
    wrong = sorted(q for q in raw if q not in kb_yes_no or q == question.id)
    if wrong:
        raise WordsError(f"understanding.yaml: {where}.implies: {wrong} are not other yes/no questions of the kb")
    return {q: _family(words, _list(p, f"{where}.implies.{q}"), f"{where}.implies.{q}") for q, p in raw.items()}


def _entails(kb: KnowledgeBase, question: Question, raw: Any) -> dict[str, dict[str, Any]]:
    where = f"understanding.yaml: entails.{question.id}"
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise WordsError(f"{where} must map an answer of the question to the facts it entails")
    said = set(question.value_ids()) if question.answer_type == "choice" else {"yes", "no"}
    wrong = sorted(set(raw) - said)
    if wrong:
        raise WordsError(f"{where}: {wrong} are not answers of {question.id}")
    entailed: dict[str, dict[str, Any]] = {}
    for answer, facts in raw.items():
        try:
            entailed[answer] = dict(check_facts(kb, facts))
        except FactsError as error:
            raise WordsError(f"{where}.{answer}: {error}") from error
        if question.id in entailed[answer]:
            raise WordsError(f"{where}.{answer}: an answer entails facts of other questions only")
    return entailed


def entailed(kb: KnowledgeBase, facts: Mapping[str, Any], pending: Question | None) -> dict[str, Any]:
    """The facts the said ones entail (``entails``), never overriding one said. Not for a question
    the pending one is asked only after: that answer is known, and the words were about this one."""
    words = words_for(kb).questions
    known = words[pending.id].asked_after if pending is not None and pending.id in words else frozenset()
    found: dict[str, Any] = {}
    for fact, value in facts.items():
        for said in value if isinstance(value, list) else [value]:
            entails = words[fact].entails.get(said, {}) if fact in words and isinstance(said, str) else {}
            found.update({q: v for q, v in entails.items() if q not in facts and q not in known})
    return found


def _flag(entry: Mapping[str, Any], key: str, where: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise WordsError(f"understanding.yaml: {where}.{key} must be true or false, not {value!r}")
    return value


def dates_itself(kb: KnowledgeBase, pending: Question | None) -> bool:
    """Whether a time said in answer to the pending question dates what it asks about ("I did it two
    years ago" to the reinjury question), so it is never how long the pain has lasted."""
    words = words_for(kb)
    return pending is not None and pending.id in words.questions and words.questions[pending.id].dates_itself


def _days_sign(question: Question, value: Any, where: str) -> int | None:
    if value is None:
        return None
    if question.answer_type != "yes_no":
        raise WordsError(f"understanding.yaml: {where}.yes_from_days: only a yes/no question has a sign of days")
    return _whole(value, f"{where}.yes_from_days")


def _mapping(raw: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = raw.get(key)
    if not isinstance(value, dict):
        raise WordsError(f"understanding.yaml: '{key}' must be a mapping")
    return value


def _strings(raw: Mapping[str, Any], key: str) -> list[str]:
    return _list(raw.get(key), key)


def _list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WordsError(f"understanding.yaml: '{where}' must be a list of phrases")
    return value


def _family(words: Words, phrases: Sequence[str], where: str) -> Family:
    """Phrases as one regex: "(a|b|)" is a choice (empty: optional; choices nest), "..." up to
    GAP_WORDS words, a leading "= " the whole clause."""
    key = "\x1f".join(phrases)
    source = words.built[key] if key in words.built else _built_source(words, phrases, where)
    words.made[key] = source
    return Family(source or None)


def _built_source(words: Words, phrases: Sequence[str], where: str) -> str:
    parts = []
    for phrase in phrases:
        whole = phrase.startswith("= ")
        try:
            body, end = _sequence(words, phrase.removeprefix("= "), 0)
        except IndexError:
            body, end = "", -1
        if end != len(phrase.removeprefix("= ")):
            raise WordsError(f"understanding.yaml: {where}: unbalanced brackets in {phrase!r}")
        parts.append(("^" + body + "$") if whole else body)
    return r"(?<!\S)(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")" if parts else ""


def _sequence(words: Words, text: str, at: int) -> tuple[str, int]:
    """The regex of the words from ``at`` up to a closing bracket or "|" at this depth, and where it stopped."""
    pieces: list[str] = []
    start = at
    while at < len(text) and text[at] not in ")|":
        if text[at] == "(":
            pieces.append(_words_regex(words, text[start:at]))
            options: list[str] = []
            while text[at] != ")":
                option, at = _sequence(words, text, at + 1)
                options.append(option)
            # Longest first: the regex takes the first option that fits, and "none of these" must not
            # stop at "none".
            longest = sorted((o for o in options if o), key=len, reverse=True)
            pieces.append("(?:" + "|".join(longest) + ")" + ("?" if "" in options else ""))
            start = at = at + 1
        else:
            at += 1
    pieces.append(_words_regex(words, text[start:at]))
    return "".join(pieces), at


def _words_regex(words: Words, text: str) -> str:
    pieces = []
    for token in text.split():
        if token == "...":
            pieces.append(rf"(?:(?!{words.gap_stop}\b)\S+ ){{0,{GAP_WORDS}}}")
        elif token.isalpha() and token.isascii() and token.islower():  # most words: nothing to spell out
            pieces.append("".join(re.escape(w) + " " for w in words.whole_words.get(token, token).split()))
        else:
            pieces.append("".join(re.escape(w) + " " for w in _normalise(words, token).split()))
    return "".join(pieces)


# --- reading --------------------------------------------------------------------------------


def _normalise(words: Words, text: str) -> str:
    """Lower case ASCII words, contractions spelled out, clause punctuation kept, nothing else."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    if "'" in text:
        for pattern, long in words.contractions:
            text = pattern.sub(long, text)
    text = words.bare.sub(lambda word: f" {words.whole_words[word.group()]} ", text)
    text = re.sub(r"[^a-z0-9,.;!? ]+", " ", text)
    return " ".join(text.split())


def clauses(words: Words, text: str) -> list[str]:
    """The text as normalised clauses, each ending in a space (so every word is followed by one)."""
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return []
    said = _normalise(words, text) + " "
    # a phrase's match ends with the space after it; a "but" right after it still splits
    kept = [(start, end - 1) for start, end in words.joined.spans(said)]
    parts, start = [], 0
    for cut in words.splitters.finditer(said):
        if not _overlaps(cut.span(), kept):
            parts.append(said[start : cut.start()])
            start = cut.end()
    parts.append(said[start:])
    split = (piece for part in parts for piece in _interjections_apart(words, part))
    split = (turned for piece in split for turned in words.turn.split(" ".join(piece.split()) + " "))
    return [" ".join(p.split()) + " " for p in split if p and p.strip()][:MAX_CLAUSES]


def _interjections_apart(words: Words, part: str) -> list[str]:
    """Every interjection before a new thought a clause of its own, one after another: in "no nothing
    like that can't feel my bum" the second denial must not reach the sign said after it."""
    pieces = [piece for piece in words.interjection.split(" ".join(part.split()) + " ") if piece and piece.strip()]
    if len(pieces) < 2:
        return pieces
    return [inner for piece in pieces for inner in _interjections_apart(words, piece)]


def one_phrase(kb: KnowledgeBase, first: str, second: str) -> bool:
    """Whether "first and second" is one phrase that must never be cut at its "and" ("black and
    blue" is a bruise; cut in two, "blue" would be a cold, blue foot)."""
    words = words_for(kb)
    head = _normalise(words, first)
    said = f"{head} and {_normalise(words, second)} "
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
    words = words or words_for(kb)
    normal = _normalise(words, text) + " " if isinstance(text, str) and len(text) <= MAX_CHARS else ""
    answered = _asked_back(words, normal) or _echoes(kb, words, pending, normal)
    return _reading(text if answered is None else answered, kb, pending, words, today)


def _reading(text: str, kb: KnowledgeBase, pending: Question | None, words: Words, today: date | None) -> Reading:
    """``reading`` once echoes and questions asked back are taken out (they are looked for once)."""
    normal = _normalise(words, text) + " " if isinstance(text, str) and len(text) <= MAX_CHARS else ""
    corrected = _corrected(words, normal)
    if corrected is not None:
        return _read_corrected(kb, pending, words, today, *corrected)
    evidence: dict[str, _Evidence] = {}
    said = _with_examples(words, pending, _with_remarks(words, _it_named(words, clauses(words, text))))
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
    _set_aside(words, pending, evidence, normal)
    if pending is not None and pending.id in evidence and words.general["doubt"].spans(normal):
        # doubt anywhere in the answer ("I don't think so, it's only a bit sore") softens its no
        evidence[pending.id].strong_no = False
    clear_no = clear_no or _denied_beside_everyday(words, pending, evidence, [(c, w) for c, w in left if c in unplaced])
    clear_no = clear_no and not (red_flag and _it_may_be_the_sign(words, pending, said))
    facts = _facts(kb, pending, evidence, clear_no)
    facts = _where_asked(kb, words, pending, facts)
    if said:
        plain = " ".join(re.sub(r"[,.;!?]", " ", normal).split())
        numbers = _numbers(words.numbers, kb, pending, plain, said, today or datetime.now(UTC).date())
        facts = {**numbers, **facts}
        if pending is not None and facts.get(pending.id) != UNKNOWN and days_are_a_sign(words, pending, numbers):
            facts[pending.id] = "yes"  # "no pop, but it's been about two weeks": a sign of a list is enough
    return Reading(facts, clear_no)


def _it_may_be_the_sign(words: Words, pending: Question | None, said: Sequence[str]) -> bool:
    """Whether a clause says when "it" is worse with no pain word and no part of the body named:
    beside a no to a red-flag screen, "no, it's worse when I walk" may be the breathlessness asked
    about, as "no, but I feel it when I walk" may (``vague_beside_a_no`` in the word data); "no, my
    knee is worse when I walk" and "no, it hurts when I walk" say what is worse."""
    vague = [family for q in words.questions.values() if q.vague_beside_a_no for family in q.volunteered.values()]
    for clause in said:
        named = words.general["pain_talk"].spans(clause) or any(_parts_named(words, pending, clause))
        if not named and any(family.spans(clause) for family in vague):
            return True
    return False


def _set_aside(words: Words, pending: Question | None, evidence: Mapping[str, _Evidence], normal: str) -> None:
    """A sign set aside (a red-flag sign said as how things always are, someone else's or imagined;
    or one the question's own words call unclear: another part, a qualified sign) is neither a yes
    nor a no, so the question is asked again; but when the rest of the answer to the question asked
    is a clear no ("I had a fever last year, but no, not now"; after a qualified sign, a denial of
    any change: "my feet are always cold, but it's no different from normal") or cannot tell ("I
    can't really tell, my legs are always a bit swollen by the evening"), that is the answer, and
    the sign set aside adds nothing to it."""
    for qid, found in evidence.items():
        if not found.aside:
            continue
        said = pending is not None and qid == pending.id and not found.positive
        changed = found.qualified and not words.general["no_change"].spans(normal)
        unchanged = found.negative and found.strong_no and not changed
        if not (said and (unchanged or found.unsure)):
            found.positive = found.negative = found.explained = True


def _sign_denied_beside_others(
    words: Words, pending: Question | None, evidence: Mapping[str, _Evidence], unplaced: Sequence[str]
) -> bool:
    """ "No fever, but I did fly back from Sydney on Friday": the sign asked about was named and denied
    outright, and the words no family places are in clauses about another question's sign, so they
    are about that sign, not this one: the no is clear, even to a red-flag screen."""
    found = evidence.get(pending.id) if pending is not None else None
    if found is None or not (found.denied_sign and found.strong_no) or found.positive or found.unsure:
        return False
    return all(any(not sign.pending for sign in _signs(words, pending, clause, [])) for clause in unplaced)


def _denied_beside_everyday(
    words: Words, pending: Question | None, evidence: Mapping[str, _Evidence], left: Sequence[tuple[str, list[str]]]
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
    itself: "no chest pain, only when I climb the stairs" may be the breathlessness asked about."""
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
        if any(w not in words.everyday or w in own for w in words_left):
            return False
        if red_flag and _says_when(words, clause) and not _about_the_pain(words, pending, clause):
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
    return any(not _overlaps(span, signs) for span in words.general["pain_talk"].spans(clause))


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


def _with_remarks(words: Words, said: list[str]) -> list[str]:
    """A clause that only says the one before is not new ("I get breathless on hills, but that's been
    for years") belongs to it: it is read as part of that clause."""
    joined: list[str] = []
    for clause in said:
        remark = words.general["not_new"].spans(clause) + words.general["someone_else"].spans(clause)
        bare = remark and not _signs(words, None, clause, remark)  # "my wife has chest pain" is no remark
        if joined and bare and all(w in words.fillers for w in _outside(clause, remark)):
            joined[-1] += clause
        else:
            joined.append(clause)
    return joined


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


_ANSWERS = (("say_no", "no"), ("weak_no", "no"), ("say_yes", "yes"), ("hedges", "hedge"), ("unsure", "unsure"))


def _echoes(kb: KnowledgeBase, words: Words, pending: Question | None, said: str) -> str | None:
    """The answer with its echoed signs taken out ("both legs no numb no bathroom no all normal" is
    "no, no, no, all normal"), or None when it starts with no echo (see ``echo`` in the word data).

    Why: an echoed sign is a question, not a report, so it must not count as the sign (nor fire
    another question's: "numb where, oh no" to the nerve screen is no numbness), and the answer
    after it answers it. To a question that lists several signs, each echo takes its own answer: one
    yes (or a hedge) is a yes, so the noes to the other signs are dropped; all no is a no; a doubt
    is read as one. To a choice question the same holds of its values ("behind the knee? no. the
    calf? yes" is the calf): a value answered no is never chosen. A first echo must be words of the
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
    if bare_no and not _stated_plainly(kb, words, pending, echoes[0].echoed, rest):
        return None
    for deciding in ("yes", "unsure"):  # one sign admitted is a yes; one in doubt, with the rest denied, a doubt
        if any(echo.kind == deciding for echo in echoes):
            echoes = [echo for echo in echoes if echo.kind in (deciding, "")]
            break
    answers = [echo.said(tokens, alone) for echo in echoes]
    # What follows a hedge or a doubt goes on with it ("maybe a little fullness, I'm not sure"); after a
    # yes or a no it is a new thought (after a no, joined, it would be denied: "hot? no, chest pain yes").
    going_on = echoes[-1].hedged or echoes[-1].kind == "unsure"
    joined = [*answers[:-1], f"{answers[-1]} {rest}"] if going_on else [*answers, rest]
    return ", ".join(answer.strip() for answer in joined if answer.strip())


def _stated_plainly(kb: KnowledgeBase, words: Words, pending: Question, echoed: str, rest: str) -> bool:
    """ "Hot? no, it's not hot, it just aches"; "chest pain? no, no, my chest is fine, it's just the
    back of my knee": after a red-flag echo in the question's own words and its no, the words that
    follow deny the sign in the question's words and read, on their own, as a clear no. Then the
    echo was a question, the no its answer, and the statement says so plainly: the answer is that no.
    A bare no, words after it that name no sign of the question ("chest pain no, I'm fine"), an echo
    in other words ("swollen yesterday, no") or a correction after it ("no, actually...": a sign
    taken back is asked again) are asked again as before."""
    own = words.questions[pending.id].asked_words | words.echo.articles
    if not set(echoed.split()) <= own or words.corrections.search(rest) or words.reversal.match(rest):
        return False
    named = any(sign.pending for clause in clauses(words, rest) for sign in _signs(words, pending, clause, []))
    return named and _reading(rest, kb, pending, words, None).facts.get(pending.id) == "no"


def _echo_at(words: Words, pending: Question, tokens: Sequence[str], at: int, first: bool) -> tuple[_Echo, int] | None:
    """The echo starting at word ``at`` (one to three words of a sign, then a cue or a short answer),
    and where it ends."""
    forms = words.echo
    for length in range(1, 4):
        echoed = tokens[at : at + length]
        if len(echoed) < length or any(w in forms.never or w in words.negators or not w.isalnum() for w in echoed):
            return None
        after = _past_pauses(words, tokens, at + length)
        cue = _span_at(forms.cues, tokens, after)
        if cue:
            after = _past_pauses(words, tokens, after + cue)
        kind, size = _answer_at(words, tokens, after)
        if not cue and tokens[after : after + 1] and tokens[after] in forms.statements:
            kind, size = "", 0  # "the kneecap, it's sore": a statement, not "kneecap? no"
        if (
            not cue
            and kind == "no"
            and pending.answer_type == "choice"
            and _denies_next(words, pending, tokens, after + size)
        ):
            kind, size = "", 0  # "suddenly, no injury": the no denies the value after it, no echo's answer
        if (cue or size) and _echoable(words, pending, echoed, first, bool(cue)):
            said = "yes" if kind == "hedge" else kind
            return _Echo((after, after + size), said, bool(cue), " ".join(echoed), kind == "hedge"), after + size
    return None


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
    """The short answer (yes, no, hedge or unsure form) starting at word ``at``: its kind and length."""
    best = ("", 0)
    for family, kind in _ANSWERS:
        size = _span_at(words.general[family], tokens, at)
        if size > best[1]:
            best = (kind, size)
    return best


def _corrected(words: Words, said: str) -> tuple[str, str] | None:
    """The (normalised) words before and after the last correction ("yes, no wait, it isn't"), if
    something follows it."""
    cuts = [(match.end(), match.end()) for match in [words.reversal.match(said)] if match is not None]
    cuts += [match.span() for match in words.corrections.finditer(said)]
    if not cuts or not said[cuts[-1][1] :].strip(" ,.;!?"):
        return None
    return said[: cuts[-1][0]], said[cuts[-1][1] :]


def _read_corrected(
    kb: KnowledgeBase, pending: Question | None, words: Words, today: date | None, before: str, after: str
) -> Reading:
    """A person who corrects themselves means what they said last: the answer to the question asked
    comes only from the words after the correction (none there: asked again); signs of other
    questions said before stay. A red-flag sign taken back ("yes... no wait, it's not") is asked
    again, never a no."""
    first = reading(before, kb, pending, words, today)
    last = reading(after, kb, pending, words, today)
    kept = {fact: value for fact, value in first.facts.items() if pending is None or fact != pending.id}
    facts = {**kept, **last.facts}
    # a yes said before counts even where the words before were no answer ("uh yes no, hang on, no")
    said_yes = first.facts.get(pending.id) == "yes" if pending is not None else False
    # (looked for clause by clause: a family's words end at a space, never at the comma of "yes, no")
    said_yes = said_yes or any(words.general["say_yes"].spans(clause) for clause in clauses(words, before))
    taken_back = pending is not None and said_yes and last.facts.get(pending.id) == "no"
    if taken_back and pending is not None and pending.phase == "red_flag":
        del facts[pending.id]
    return Reading(facts, last.clear_no)


def days_are_a_sign(words: Words, question: Question, numbers: Mapping[str, Any]) -> bool:
    """A pain this many days old is one of the question's signs (``yes_from_days``): "it's been about
    two weeks" answers the muscle opener yes, said in words or in the duration slot."""
    least = words.questions[question.id].yes_from_days if question.id in words.questions else None
    days = numbers.get("duration_days")
    return least is not None and isinstance(days, int) and days >= least


def _numbers(
    forms: NumberForms, kb: KnowledgeBase, pending: Question | None, plain: str, said: Sequence[str], today: date
) -> dict[str, int]:
    """How long it has hurt and how old the person is, where said: unasked only in the forms that
    name them ("for three weeks", "I'm seventy two"), to their own question in any form."""
    found: dict[str, int] = {}
    for question in kb.questions.values():
        asked = pending is not None and question.id == pending.id
        if question.answer_type == "duration" and not asked and dates_itself(kb, pending):
            # "I did it two years ago" to the reinjury question dates the earlier injury; only a time
            # said of the pain itself ("but it's been sore for three weeks") is the pain's
            values = _pain_durations(forms, [c for c in said if words_for(kb).general["pain_talk"].spans(c)], today)
        elif question.answer_type == "duration":
            values = _durations(forms, plain, today) if asked else _pain_durations(forms, said, today)
        elif question.answer_type == "number":
            stated = [words_to_number(m.group("n") or m.group("n2") or "") for m in forms.stated_age.finditer(plain)]
            stated += [_year_before(m.group("n") or m.group("n2")) for m in forms.next_age.finditer(plain)]
            values = [n for n in stated if asked or (n is not None and n >= forms.least_unasked_age)]
            if asked and not values:  # "early seventies, eh": a decade said to the age question
                values = [
                    decade_age(m.group())
                    for m in _DECADE.finditer(plain)
                    if not forms.decade_since.search(plain[: m.start()])
                ]
            if asked and not values:  # "one" inside a sentence is "the other one", not an age
                bare = [m.group("n") for m in forms.number.finditer(plain)]
                values = [words_to_number(n) for n in bare if n != "one" or plain.strip() == n]
                values = _leading_number(forms, plain) if len(set(values)) > 1 else values
        else:
            continue
        numbers = {v for v in values if v is not None}
        if len(numbers) == 1:  # two different numbers for one question: which one is meant is unclear
            found.update(_checked(kb, question.id, numbers.pop()))
    return found


def _leading_number(forms: NumberForms, plain: str) -> list[int | None]:
    """ "Fifty, I play five a side": to the age question, a number said first (after fillers only),
    an adult's age, then a new thought (``age_said_first_then``) is the answer; the numbers inside what
    follows ("five a side", "thirty k a week") are about something else. Two numbers in a row ("forty
    two, forty three") or a child's number said first ("five a side, fifty") stay unclear."""
    every = [words_to_number(m.group("n")) for m in forms.number.finditer(plain)]
    first = forms.age_said_first.match(plain + " ")
    if first is None or any(w not in forms.fillers for w in plain[: first.start("n")].split()):
        return every
    age = words_to_number(first.group("n"))
    return [age] if age is not None and age >= forms.least_unasked_age else every


def _year_before(said: str) -> int | None:
    """The age now of someone who will be this age soon."""
    number = words_to_number(said)
    return number - 1 if number else None


def _durations(forms: NumberForms, plain: str, today: date) -> list[int | None]:
    """Days from the durations and dates said to the how-long question: next to a duration word,
    else any."""
    days = _named_durations(forms, plain, today)
    return days or [duration_days(duration_to_iso(d)) for d in _bare_durations(forms, plain)]


def _pain_durations(forms: NumberForms, said: Sequence[str], today: date) -> list[int | None]:
    """Days said unasked: next to a duration word, in a clause about the pain, a day or more."""
    about = [c for c in said if (forms.about.search(c) or _only_a_time(forms, c)) and not forms.not_about.search(c)]
    days = [d for clause in about for d in _named_durations(forms, " ".join(clause.split()), today)]
    return [d for d in days if d is not None and d >= 1]


def _only_a_time(forms: NumberForms, clause: str) -> bool:
    """ "That was four days ago", "for about a week now": a clause that says only when, about the pain
    or the injury the answer is about."""
    rest = forms.anchored.sub(" ", " ".join(clause.split()))  # an amount: "since last week" alone stays vague
    return rest != " ".join(clause.split()) and all(w in forms.fillers for w in rest.split())


def _named_durations(forms: NumberForms, plain: str, today: date) -> list[int | None]:
    named = [m.group("d") or m.group("d2") for m in forms.anchored.finditer(plain)]
    days = [duration_days(duration_to_iso(d)) for d in named if len(d.split()) > 1]
    dates = [*forms.since.finditer(plain), *forms.since_apart.finditer(plain)]
    return days + [days_since(date_to_iso(m.group("date"), today), today) for m in dates]


def _bare_durations(forms: NumberForms, plain: str) -> Iterator[str]:
    """Durations with an amount ("a month", not "weeks"), not after a word of how often ("twice a week")."""
    for match in forms.duration.finditer(plain):
        before = plain[: match.start()].split()[-1:]
        if len(match.group("d").split()) > 1 and not (before and before[0] in forms.how_often):
            yield match.group("d")


def _checked(kb: KnowledgeBase, question_id: str, value: int) -> dict[str, int]:
    """The number as a fact, if the kb accepts it for the question (its own range check)."""
    try:
        return dict(check_facts(kb, {question_id: value}))
    except FactsError:
        return {}


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
    """A value said right after a word that picks it out among others ("mostly the calf")."""
    between = [
        clause[end : sign.span[0]].split() for _, end in words.general["mostly"].spans(clause) if end <= sign.span[0]
    ]
    return any(len(gap) <= 2 and all(w in words.fillers for w in gap) for gap in between)


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
    before it, it is not another one."""
    return any(
        other.question == sign.question
        and other.value not in (None, sign.value)
        and other.span[1] <= at <= sign.span[0]
        for at, _ in words.general["examples"].spans(clause)
        for other in signs
    )


def _plain_no(words: Words, clause: str) -> bool:
    """The clause is a no and nothing else ("no", "nope, nothing like that", "not really"): said
    first, the rest of the answer explains it."""
    spans = words.general["say_no"].spans(clause) or words.general["weak_no"].spans(clause)
    return bool(spans) and all(w in words.fillers for w in _outside(clause, spans))


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
    words: Words, kb: KnowledgeBase, pending: Question | None, clause: str, evidence: dict[str, _Evidence]
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
    counts = [span for span in words.general["asks_if_counts"].spans(clause) if not _overlaps(span, covered)]
    covered += counts
    if pending is not None and counts and not signs:  # "I walk the dog, does that count?": in doubt
        evidence.setdefault(pending.id, _Evidence()).unsure = True
    covered += _add_sign_evidence(words, kb, pending, clause, signs, covered, unsure, evidence)
    # unsure about a sign named is not about the question; a doubt after a choice value is
    if pending is not None and unsure and not any(_doubts(unsure, sign) for sign in signs):
        evidence.setdefault(pending.id, _Evidence()).unsure = True
        evidence[pending.id].doubted = True
    wrong = [s for s in words.general["not_right"].spans(clause) if not _overlaps(s, covered)]
    if pending is not None and wrong and not signs:  # "no, it's not normal": something may be wrong, unsure
        evidence.setdefault(pending.id, _Evidence()).unsure = True
        return [_UNPLACEABLE]
    kinds, spans = _general(words, clause, covered)
    covered += spans  # with a sign named, general words go with it ("nope, my breathing is fine")
    other, own = _parts_named(words, pending, clause)
    if pending is not None and not other:
        _add_general_evidence(words, pending, clause, signs, kinds, bool(own), covered, evidence)
    return _left_over(words, pending, clause, signs, covered, bool(other and not own))


def _unsure(words: Words, pending: Question | None, clause: str) -> list[tuple[int, int]]:
    """Where the clause says it cannot tell, except inside a longer red-flag sign whose own words say
    so ("I can't tell when I need to go" is the nerve screen's sign) and "I don't know why" (no doubt
    about the sign said)."""
    why = words.general["knows_not_why"].spans(clause)  # "I don't know why": no doubt about the sign
    unsure = [span for span in words.general["unsure"].spans(clause) if not _overlaps(span, why)]
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
    evidence: dict[str, _Evidence],
) -> list[tuple[int, int]]:
    """What the clause says of each sign it names. Returns the words that said whose sign it is, or
    that it is not new: placed, though no sign."""
    negators = _negators_at(words, clause, covered)
    leftover = _outside(clause, covered)
    # "no warm and pink like normal": a no said first is the answer, not a negation of the denial after it
    answer_first = bool(leftover) and leftover[0] in words.leading_no and clause.startswith(leftover[0] + " ")
    not_new = words.general["not_new"].spans(clause)
    not_theirs = words.general["hypothetical"].spans(clause) + words.general["someone_else"].spans(clause)
    for sign in signs:
        found = evidence.setdefault(sign.question, _Evidence())
        said = _said_of(words, pending, clause, _Negators(negators, answer_first), sign, signs)
        if _doubts(unsure, sign):  # "I can't tell if my foot is cold": unsure about the sign, never a yes
            found.unsure = found.unsure_sign = True
        elif sign.kind == "yes" and (not_theirs or (not_new and kb.questions[sign.question].phase == "red_flag")):
            # A red-flag sign is something new happening to this person; "my feet are always cold",
            # "my wife has chest pain" are not, and no sign is "what if it's a clot": neither a yes
            # nor a no (asked again if asked), unless the rest of the answer says more (``_set_aside``).
            found.aside = True
        elif sign.value is not None:
            if said == "yes" and not _an_example(words, clause, sign, signs):
                found.values.append(sign.value)
                if _preferred(words, clause, sign):
                    found.preferred.append(sign.value)
        elif said == "unclear" and sign.kind == "unclear":  # "my feet are always cold": a qualified sign
            found.aside = found.qualified = True
        elif said == "unclear":
            found.positive = found.negative = found.explained = True
        elif said == "no":
            found.negative = True
            found.explained = found.explained or sign.kind == "no"
            found.denied_sign = found.denied_sign or sign.kind == "yes"
            found.strong_no = found.strong_no or not words.general["doubt"].spans(clause)
        else:
            found.positive = found.signed = True
    return [*not_new, *not_theirs]


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
    evidence: dict[str, _Evidence],
) -> None:
    """The general words (yes, no, hedges, unsure forms) as the answer to the question asked.

    A place or an activity said with them ("a little bit, in the calf when I do that") does not take
    them away from the question asked, except from a red-flag screen ("sometimes when I walk" to the
    chest screen is asked again); a yes/no sign does ("nope, breathing's fine"). ``own``: the clause
    names a part the question asks about."""
    blocking = [sign for sign in signs if (sign.value is None and not sign.implied) or pending.phase == "red_flag"]
    if blocking:
        return
    doubted = bool(words.general["doubt"].spans(clause))
    found = evidence.setdefault(pending.id, _Evidence())
    pain = words.general["pain_talk"].spans(clause)
    leftover = _outside(clause, [*covered, *words.general["times"].spans(clause)])
    if kinds == {"hedges"} and pending.phase == "red_flag" and pain and not own:
        # "it aches now and then" to the chest screen is the pain they called about, not a yes
        # ("my chest has been a bit sore" names the chest: that is the sign)
        found.positive = found.negative = True
    elif pending.phase != "red_flag" and "say_yes" not in kinds and _unplaced(words, leftover):
        # "mostly at a desk" to the sport question: the hedge is about the words beside it, no yes
        # (to a red-flag screen "a bit blotchy" still admits the sign)
        _add_general(found, kinds - {"hedges"}, leftover, words, doubted)
    else:
        _add_general(found, kinds, leftover, words, doubted)


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
    bridged = [sign.span for sign in signs if sign.bridged]
    severe = [
        s
        for s in words.general["severe"].spans(clause)
        if not _overlaps(s, placed_spans) or _overlaps(s, bridged)  # a phrase found over them leaves them unplaced
    ]
    if severe and pending is not None and pending.phase == "red_flag" and not only_another_part:
        return [_UNPLACEABLE]  # "no, but it hurts like hell" may be the very sign asked about: asked again
    # The negators left over are returned too, though they alone leave the clause placed: beside a
    # denial, "I can't move it" may deny what no family knows (``_denied_beside_everyday``).
    return [w for w in _outside(clause, placed_spans) if w not in words.fillers and w not in words.leading_no]


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
    the pending question's own."""
    found = _named(words, pending, clause, covered)
    found += _bridged(words, pending, clause, covered)
    implied = words.questions[pending.id].implies if pending is not None and pending.id in words.questions else {}
    for qid, family in implied.items():  # "both legs" to the tingling question: the nerve screen's sign
        found += [
            _Sign(qid, None, "yes", s, False, implied=True) for s in family.spans(clause) if not _overlaps(s, covered)
        ]
    found.sort(key=lambda sign: (not sign.pending, -_length(sign.span)))
    kept: list[_Sign] = []
    for sign in found:
        rivals = [k for k in kept if _overlaps(sign.span, [k.span])]
        if any(r.question == sign.question for r in rivals):
            continue  # a longer phrase of the same question already covers these words
        # "it hurts behind my knee which is hot": a longer phrase of a place or an activity must not
        # swallow a red-flag sign said in the same breath; only a denial of the question asked, or a
        # longer red-flag sign ("my calf is swollen" over the general leg sign), may.
        unhidden = _red_flag_sign(words, sign) and not any(
            (r.pending and r.kind == "no") or _red_flag_sign(words, r) for r in rivals
        )
        kin = pending is not None and sign.question in words.questions[pending.id].opens
        if unhidden or sign.companion or all(_wins(sign, r, kin) for r in rivals):
            kept.append(sign)
    # A companion value counts only in the words that answered the pending question ("I twisted it"),
    # never elsewhere in the answer ("came on suddenly, worse at night" says nothing of an injury).
    # Another question's "elsewhere" words have done their work once they hid its shorter sign.
    kept = [k for k in kept if k.pending or k.kind != "unclear"]
    kept = [k for k in kept if not _known_already(words, pending, k, kept)]
    return [k for k in kept if not k.companion or any(p.pending and _overlaps(k.span, [p.span]) for p in kept)]


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
                if not _overlaps(s, covered)
            ]
    return found


def _bridged(words: Words, pending: Question | None, clause: str, covered: Sequence[tuple[int, int]]) -> list[_Sign]:
    """ "It hurts like crazy when I squat", "the stairs are murder when I go down": how bad it is,
    said inside a phrase, hides no sign or value the phrase names. The phrases found only with the
    severity words left out, with their spans in the whole clause (over those words). They are
    marked, so that to a red-flag screen the severity words still count as unplaced ("no, but it
    hurts like hell when I squat" may be the very sign asked about: asked again)."""
    severe = [span for span in words.general["severe"].spans(clause) if not _overlaps(span, covered)]
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
    return [sign for sign in inside if _overlaps(sign.span, severe) and not _overlaps(sign.span, covered)]


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
        and any(p.pending and p.value is not None and _overlaps(sign.span, [p.span]) for p in kept)
    )


def _negators_at(words: Words, clause: str, covered: Sequence[tuple[int, int]]) -> list[int]:
    """Where the clause's negators outside the placed words start."""
    return [
        m.start()
        for m in re.finditer(r"\S+", clause)
        if m.group() in words.negators and not _overlaps(m.span(), covered)
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
    - a negator before a denial undoes it ("not normal": unclear), one after it agrees ("not stiff,
      no"), and the answer's own "no" said first is no negator of it;
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
        undone = any(at < sign.span[0] and not (negators.answer_first and at == 0) for at in negators.at)
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

    def taken(at: int) -> bool:
        """ "It's gone completely now, no weakness": a negator after the sign with another sign after
        it is that sign's."""
        return any(other is not sign and other.span[0] > at for other in signs)

    return [at for at in negators if (not taken(at) if at > sign.span[0] else not stopped(at))]


_PART_NAMED = re.compile(r"(?<!\S)(?:the|that|this|the other|my other|one) (\S+)(?!\S)")


def _part_named(words: Words, clause: str, end: int, sign: _Sign) -> bool:
    """ "Not cold, the foot has gone blue": a part of the body named as a new subject after another
    sign, with no "or" or "and" joining it to the denial ("no redness in the calf or swelling" still
    denies the swelling)."""
    return _a_part_in(words, clause[end - 1 : sign.span[1]]) and not words.joining & set(
        clause[end - 1 : sign.span[0]].split()
    )


def _a_part_in(words: Words, text: str) -> bool:
    return any(found.group(1) in words.body_parts for found in _PART_NAMED.finditer(text))


def _contrasted(words: Words, clause: str, sign: _Sign) -> bool:
    """ "Not really hot, more red than anything", "no pins and needles, numb yes": after another sign
    denied, a sign set against it or affirmed is said, not denied ("no more swelling" stays a
    denial: no other sign stands between)."""
    before = set(clause[: sign.span[0]].split()[-1:])
    return bool(words.contrast_before & before or words.affirmed_after & set(clause[sign.span[1] :].split()[:1]))


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
    for kind in ("say_no", "weak_no", "say_yes", "hedges"):
        for span in words.general[kind].spans(clause):
            if not _overlaps(span, [*covered, *spans]):
                kinds.add(kind)
                spans.append(span)
    return kinds, spans


def _add_general(found: _Evidence, kinds: set[str], leftover: list[str], words: Words, doubted: bool) -> None:
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
    kb: KnowledgeBase, pending: Question | None, evidence: Mapping[str, _Evidence], clear_no: bool
) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    for qid, found in evidence.items():
        question = kb.questions[qid]
        if question.answer_type == "choice":
            values = list(dict.fromkeys(found.values))
            preferred = list(dict.fromkeys(found.preferred))
            if len(values) > 1 and len(preferred) == 1 and not question.multiple:
                values = preferred  # "behind the knee, then down into the calf, mostly the calf"
            if values and (question.multiple or len(values) == 1):
                facts[qid] = values if question.multiple else values[0]
            elif len(values) > 1 and pending is not None and qid == pending.id and found.unsure:
                facts[qid] = UNKNOWN  # "one day it's the thigh, the next the calf, I can't pin it down"
        elif question.answer_type == "yes_no" and found.positive and not found.negative and not found.unsure:
            facts[qid] = "yes"
    if pending is None or pending.id in facts:
        return facts
    found = evidence.get(pending.id, _Evidence())
    several = found.signed and found.denied_sign and not (found.unsure or found.explained)
    if pending.answer_type == "yes_no" and pending.phase != "red_flag" and several:
        # A question of several signs: "no lump, but it does catch now and then" denies one and names
        # another (a general "no" beside a sign stays unclear; to a red-flag screen both are asked again)
        facts[pending.id] = "yes"
    elif pending.answer_type == "yes_no" and found.negative and not (found.positive or found.unsure):
        if clear_no and (pending.phase != "red_flag" or found.strong_no):
            facts[pending.id] = "no"
    elif found.unsure and not (found.positive or found.values) and (not found.strong_no or _doubt_of_one(found)):
        # "I don't know, I didn't notice": a soft no beside the doubt is the doubt (a clear "no, not
        # sure" is asked again)
        facts[pending.id] = UNKNOWN
    elif _sign_in_doubt(pending, found):
        facts[pending.id] = UNKNOWN
    return facts


def _sign_in_doubt(pending: Question, found: _Evidence) -> bool:
    """ "I get cramps now and then, but I don't know if it's the same pain"; "it's a bit puffy, but the
    other knee is too, so I don't know": a sign said, and the answer's own doubt whether it is the
    one asked (a clause naming no sign), is "I don't know", the cautious branch, as the recording
    convention has it ("maybe, I'm not sure"). Never to a red-flag screen, where a sign named with a
    doubt is asked again: the person may well have it, and asking again costs only a turn."""
    return pending.answer_type == "yes_no" and pending.phase != "red_flag" and found.doubted and found.positive


def _doubt_of_one(found: _Evidence) -> bool:
    """ "It's not red, no, and not warm, but it might be slightly swollen, it's hard to tell": to a
    question of several signs, some denied outright and one named in doubt, the doubt is the answer
    (as "stuck? no. a lump? maybe" is): one sign not ruled out leaves the question open."""
    return found.unsure_sign and found.denied_sign and not found.explained


def _outside(clause: str, spans: Sequence[tuple[int, int]]) -> list[str]:
    """The words of the clause not inside any span."""
    chars = list(clause)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars).split()


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _length(span: tuple[int, int]) -> int:
    return span[1] - span[0]
