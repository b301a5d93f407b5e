"""The word data the skill reads free answers with: ``skill/understanding.yaml`` loaded, checked
against the kb and compiled, and the text normalised and cut into clauses the same way for every
reader.

Why apart from the reading (``skill.understanding``): the data is built once at start-up and
checked there, so a broken file or a kb question without words stops the skill before its first
request; the reading only looks words up. Which phrase syntax the file takes is in its header.

Normalising spells contractions out, but a person's "'s" says whose ("my husband's stick" is "my
husband stick", never "my husband is stick", which would read as the husband's own sign): only before
a word that follows "is" or "has" ("my husband's been great") is it a contraction (``possessive``).
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from kb import UNKNOWN, FactsError, KnowledgeBase, Question, check_facts
from kb.conditions import All, AnyOf, Condition, Leaf, Not
from kb.index import asked_after, opened_by
from skill import words_stamp
from skill.spoken_numbers import (
    DATE,
    DECADE,
    DURATION,
    NUMBER,
    PAST_DAY,
    SMALL_COUNTS,
    UNIT_WORDS,
)

WORDS_FILE = Path(__file__).resolve().parent / "understanding.yaml"
# Longer than any answer a person gives in one breath; longer text is not read at all.
MAX_CHARS = 400
MAX_CLAUSES = 12
# A pattern's "..." stands for up to this many words in between ("my calf is a bit swollen").
GAP_WORDS = 3
# "I did it playing netball on Thursday": at most this many words between the event and its day.
SINCE_APART_WORDS = 4
_GENERAL = (
    "say_yes",
    "hedges",
    "say_no",
    "weak_no",
    "unsure",
    "doubt",
    "contrast",
    "not_new",
    "not_new_remark",
    "someone_else",
    "someone_helping",
    "lost_since",
    "hypothetical",
    "pain_talk",
    "worsening",
    "turnabout",
    "not_negating",
    "times",
    "not_right",
    "severe",
    "softeners",
    "bettering",
    "mostly",
    "asking",
    "examples",
    "knows_not_why",
    "memory_past_now",
    "named_otherwise",
    "restated",
    "lower_bound",
    "no_change",
    "asks_if_counts",
    "habit_of_now",
    "said_now",
    "started_since",
    "on_exertion",
    "why_untold",
    "knee_the_trouble",
    "hedge_closing",
    "mistaken",
    "mistaken_about",
    "life_as_usual",
    "explaining",
    "cannot_describe",
    "value_doubted",
    "value_doubted_last",
    "someone_else_did",
    "own_again",
    "admitted_before",
    "degree_said",
    "degree_or_none_after_no",
    "same_one",
    "just_the_same",
)


@dataclass(frozen=True)
class PartAsked:
    """One part of a several-sign screen as it is asked back ("could I walk", "swell"), and what a yes and a no to
    it say in words the reading knows; both None when its yes or no could mean either ("could I not take four
    steps? no"): that short answer is taken out, and the words after it decide."""

    asked: re.Pattern[str]
    admitted: str | None
    denied: str | None


def words_of(text: str) -> frozenset[str]:
    """The text's whole words, as a family's ``holds_one_of`` names them (items of ``text.split()``): what its
    prefilter looks in. Made once for a text searched for many families and handed to ``Family.spans``."""
    return frozenset(text.split())


class WordsError(ValueError):
    """The word data does not fit the knowledge base; the message names the entry."""


@dataclass(frozen=True)
class Family:
    """Phrases as one regex over normalised text, matched on word boundaries.

    Compiled on first use: compiling every family is most of the skill's start-up time, and a turn
    needs them only when an answer comes as free words. The source is built at load (brackets
    checked, every word escaped); the tests compile every family (``compiled_all``).

    ``holds_one_of``: words of which every match holds at least one as a whole word (``words_any_match_holds``,
    derived at load from the source); a text with none of them is not searched. Why: every family is looked for
    in every clause, and most clauses hold none of a family's words, so the search found nothing at a far
    higher cost than the word lookup. None: no such words known, always searched."""

    source: str | None
    holds_one_of: frozenset[str] | None = None

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        return None if self.source is None else re.compile(self.source)

    def spans(self, text: str, said: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Where the family's phrases are in the text. ``said``: the text's words (``words_of``), handed down by a
        caller that searches one text for many families (every question's, in ``named_in``), so the text is split
        once, not once a family; None: the text is split here."""
        if self.holds_one_of is not None and self.holds_one_of.isdisjoint(words_of(text) if said is None else said):
            return []
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
    # why they cannot tell, said to this question only ("I'm a bit deaf" to the noise question): a doubt of it, as
    # the general ``unsure`` words are of any question; said to another it may be why they did not hear the question
    unsure: Family = Family(None)
    volunteered: Mapping[str, Family] = field(default_factory=dict)  # choice value id -> words, any time
    answers_too: tuple[str, ...] = ()  # choice questions an answer to this one may answer as well
    parts: frozenset[str] = frozenset()  # the body parts it asks about: a bare yes or no about another is no answer
    red_flag: bool = False  # its sign is an emergency: never hidden by another question's longer phrase
    yes_from_days: int | None = None  # a pain this many days old or more is one of its signs
    opens: frozenset[str] = frozenset()  # the questions the kb asks only unless this one is answered "no"
    dates_itself: bool = False  # a time said in answer to it dates what it asks about, not the pain
    own_time: bool = False  # a time said in a clause naming its sign dates the sign, not the pain (``dates_its_sign``)
    # an opener whose yes an answer to its follow-ups does not say again (``known_before``); never a red-flag screen
    unsaid_by_follow_ups: bool = False
    its_start: bool = False  # its values tell how the pain began: a past day said beside one is when it began
    # its values said with no pain word and no part named ("no, it's worse when I walk") leave a
    # red-flag screen's no unclear: "it" may be the very sign the screen asks about
    vague_beside_a_no: bool = False
    # it asks two things joined by "and" ("a pop, and now a big bruise or trouble walking"): words that deny
    # one whole part ("no bruise and I'm walking okay") are its no, the other part said or not (no red-flag screen)
    part_denied: Family = Family(None)
    # it asks two things joined by "or" (regular sport, or more than usual lately): its no said first and then one
    # of its signs after it ("not regularly, no, but I did a big hike on Tuesday") denies the one and tells the
    # other, a yes (``other_part_after_its_no``; no red-flag screen)
    or_parts: bool = False
    # Words that, said in answer to this question, are another yes/no question's sign ("both legs" to
    # the tingling question is the tingling in both legs the nerve screen asks about)
    implies: Mapping[str, Family] = field(default_factory=dict)
    # Of those, the questions whose implied words count also when this question's sign is told unasked, with one of
    # ``told_by`` in its words ("I heard a pop and there's a big bruise on my calf" to the tight-calf screen is the
    # tear question's sign, as it is said to the muscle opener): ``told_implies`` in ``skill.understanding``
    implies_when_told: frozenset[str] = frozenset()
    told_by: frozenset[str] = frozenset()
    # red-flag screens whose sign the implied words may be (a bruise is a colour): told beside their no, never placed
    told_unclear_to: frozenset[str] = frozenset()
    # An answer's meaning for another question, because that question's words include it ("it gives
    # way" is a yes to "does the knee get stuck or give way"): value said -> facts it entails
    entails: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    asked_after: frozenset[str] = frozenset()  # answered before this one can be asked (kb.index.asked_after)
    asked_words: frozenset[str] = frozenset()  # the words of the question itself: what a person echoes back
    # A choice value that says more than others said beside it ("it bent the wrong way, backwards" over "he ran
    # into me"): value -> the values it refines, dropped when it is said too (``refined``)
    refines: Mapping[str, frozenset[str]] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()  # the words of its sign and value phrases: never everyday beside its no
    # Choice questions whose value phrases hold this question's answer-only words as their own ("it's worse
    # when I'm walking" names what makes it worse, no sport): its ``when_asked`` words inside them say nothing
    within: frozenset[str] = frozenset()
    # Choice questions answered before this one whose value said with its answer is a detail of that answer, not
    # theirs again: "ow, yes, that hurts in the calf" to the toe test is where the stretch pulls, not where the
    # pain is (``known_before``; checked on load to be asked before it)
    its_own_detail: frozenset[str] = frozenset()

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
    # signs of the leg or knee ("it is swollen since two days"): a clause where an unasked amount counts, never a date
    about_amount: re.Pattern[str] = re.compile("(?!)")
    # "my calf is swelling since two days": the calf's amount, maybe a new sign
    not_about_amount: re.Pattern[str] = re.compile("(?!)")
    least_unasked_age: int = 16
    age_said_first: re.Pattern[str] = re.compile("(?!)")  # "fifty, I play five a side": the age, then a new thought
    next_age: re.Pattern[str] = re.compile("(?!)")  # "I'll be forty in March": the age now is 39
    not_about: re.Pattern[str] = re.compile("(?!)")  # "I only started running a month ago": not the pain
    # "no chest pain, only the knee is paining since four days": the words after a not_about phrase denied
    # and a turn to the pain (``pain_after_denied``) are about the pain
    denied_then: re.Pattern[str] = re.compile("(?!)")
    fillers: frozenset[str] = frozenset()  # a clause of a time and these only ("that was four days ago") dates the pain
    # a past day a few words after the event ("did it playing netball on Thursday")
    since_apart: re.Pattern[str] = re.compile("(?!)")
    # the past day said first, then the person's own injury ("yesterday only I hurt it", "on Saturday I twisted it")
    day_then_event: re.Pattern[str] = re.compile("(?!)")
    decade_since: re.Pattern[str] = re.compile("(?!)")  # "since my twenties": when it began, not the age
    # "forty, well forty one now": the number after the correction is the age meant (``age_corrected_by``)
    age_corrected: re.Pattern[str] = re.compile("(?!)")
    # "since the weekend, so four days": a count restating the date before it (``restated_before``)
    restated: re.Pattern[str] = re.compile("(?!)")
    # "since Tuesday, so nearly a week": a count the date's days fall under (``restated_under``)
    restated_under: re.Pattern[str] = re.compile("(?!)")
    # "fifty five years, madam", "my age is fifty five years": to the age question, a number of years said
    # first (``age_in_years_before`` only before it), no duration word beside it
    years_age: re.Pattern[str] = re.compile("(?!)")
    # "over the last month": one of the unit, as if "a month" had been said (``one_unit_after``)
    one_unit: re.Pattern[str] = re.compile("(?!)")
    # "I pulled it once, but that was twenty years ago": a time said of an earlier event (``earlier_event``)
    earlier: re.Pattern[str] = re.compile("(?!)")
    # "since three four days": a range of two small counts before a unit (``range_larger``)
    ranged: re.Pattern[str] = re.compile("(?!)")
    # "yesterday", "on Tuesday", "last Friday": a past day alone, counted only where the clause tells how the pain
    # began (``its_start``)
    past_day: re.Pattern[str] = re.compile("(?!)")


@dataclass(frozen=True)
class EchoForms:
    """How an echoed question is told from a report of the sign (the ``echo`` entry, ``_echoes``)."""

    cues: Family = Family(None)  # "numb where", "hot let me feel": the words before are a question back
    never: frozenset[str] = frozenset()  # an echo is a bare sign: "my calf is swollen no" is a report
    inside: frozenset[str] = frozenset()  # "pulling my toes up? no": allowed inside an echo, never first
    articles: frozenset[str] = frozenset()  # "a lump?", "any numbness?"
    leads: Family = Family(None)  # "does it give way? no": the question asked back before the echoed sign
    statements: frozenset[str] = frozenset()  # "the kneecap, it's sore": no short answer to an echo
    pauses: frozenset[str] = frozenset()  # "a lump? hmm, maybe"
    asked_by: Family = Family(None)  # "not sure what you mean by catch, it clicks": the sign asked about
    asked_after: Family = Family(None)  # "..., if that's what you mean": only asks whether the answer fits
    answer_starts: frozenset[str] = frozenset()  # "what you mean by catch, it clicks": "it" starts the answer
    doubted_after: Family = Family(None)  # "a pop? I don't think so, maybe": a soft no taken into doubt
    later_after: frozenset[str] = frozenset()  # "no lump no does it give way": a clause asking back starts after these
    alternatives: frozenset[str] = frozenset()  # "cold, pale or blue? it's fine": the question's list asked back
    told_of_by: frozenset[str] = frozenset()  # "peeing or pooing has changed": the list is what is told of


_NEVER = re.compile("(?!)")
# "three four days", "two three weeks": counts said as a range are small ones
_RANGE_WORDS = "(?:" + "|".join(SMALL_COUNTS) + ")"
DECADE_WORDS = re.compile(rf"(?<!\S){DECADE}(?!\S)")
_NO_NUMBERS = NumberForms(_NEVER, _NEVER, _NEVER, _NEVER, _NEVER, frozenset(), _NEVER)


@dataclass(frozen=True)
class SlotSubject:
    """The subject the interaction model's samples give a slot's words after another slot's: "it" in
    "{onset} and it {knee_mechanics}"; ``after`` the slots it follows so (None: any slot)."""

    subject: str
    after: frozenset[str] | None = None


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
    # "a bit I walk the dog": a hedge said first before a new subject (``hedges_first``), the hedge and the rest
    hedge_first: re.Pattern[str] = re.compile("(?!)")
    # "I don't really know it was just there one morning": a doubt said first before a new subject (``doubts_first``)
    doubt_first: re.Pattern[str] = re.compile("(?!)")
    # "I'm not sure I've been a bit bunged up": to a yes/no question, a doubt said first before the person tells of
    # themselves (``doubts_before_story``)
    doubt_before_story: re.Pattern[str] = re.compile("(?!)")
    # "I couldn't tell you, I don't know what you mean by catch"; "it comes and goes, I couldn't say exactly": to a
    # choice or number question, a doubt said first or last, the rest read apart (``doubts_of_a_value``)
    doubt_of_a_value: re.Pattern[str] = re.compile("(?!)")
    # "I don't know my calf is all swollen though": to any question a whole doubt said first before a statement begun by
    # a word of now (group 2) or closed by a contrast (``statement_closed``): ``doubts_before_a_statement``
    doubt_before_statement: re.Pattern[str] = re.compile("(?!)")
    statement_closed: re.Pattern[str] = re.compile("(?!)")
    always: Mapping[str, list[tuple[str | None, str, Family]]] = field(default_factory=dict)  # per question
    whole_words: Mapping[str, str] = field(default_factory=dict)  # "dont" -> "do not", "cannot" -> "can not"
    bare: re.Pattern[str] = _NEVER  # any of whole_words, as a whole word: one pass instead of one per word
    # "my husband's stick": a person's "'s" that says whose, never "is" (``possessive``, group 1 the person)
    possessive: re.Pattern[str] = _NEVER
    # "calf is soft only", "toilet also normal": a word said for stress beside how things are (``emphatic``)
    emphatic: re.Pattern[str] = _NEVER
    numbers: NumberForms = _NO_NUMBERS
    body_parts: frozenset[str] = frozenset()
    leading_no: frozenset[str] = frozenset()  # a no said first, before a denial: the answer itself
    joining: frozenset[str] = frozenset()  # "or", "and": a part named after them is still denied
    part_named: re.Pattern[str] = _NEVER  # "the foot", "my other leg": a part named as a new subject (group 1)
    contrast_before: frozenset[str] = frozenset()  # "more red": a sign set against one denied is said
    affirmed_after: frozenset[str] = frozenset()  # "numb yes": a sign affirmed after one denied is said
    new_subject: re.Pattern[str] = _NEVER  # "it's", "my", "there's": a negator before stops at them
    # "{onset} and it {knee_mechanics}": the subject a sample gives a slot's words after another slot
    slot_subjects: Mapping[str, SlotSubject] = field(default_factory=dict)
    negation_stops: re.Pattern[str] = _NEVER  # "nothing, only pain on the stairs": a negator never reaches past them
    # "I pressed it just now": how the person checked, and when (``checked_by``, ``checked_when``): says when of
    # the checking, never of a sign
    checked: re.Pattern[str] = _NEVER
    turn: re.Pattern[str] = _NEVER  # "nothing" before "only pain on the stairs": a clause of its own
    # "nothing like that": a denial of everything asked, said first a whole clause (``denials_whole_first``); it
    # ends a ``turn`` when more follows, and ``skill.echoes`` asks it of the words after an echo's no
    whole_denial: re.Pattern[str] = _NEVER
    # "no coughing nothing my breathing's fine": a bare denial closing a list of denials, before a new subject
    # (``denials_closing``): a clause of its own, so it reaches no denial after it
    closing_denials: frozenset[str] = frozenset()
    closing_before: frozenset[str] = frozenset()
    # "no lump is there" / "i checked with my hand": a statement ended, then how the person knows (``new_thought``)
    new_thought: re.Pattern[str] = _NEVER
    sign_verbs: frozenset[str] = frozenset()  # "fever is not there": a negator after these denies the sign
    # "swollen" beside "my thigh" in another slot: read as "it is swollen" (``subject_of_the_part``)
    subject_of_the_part: str = ""
    corrections: re.Pattern[str] = _NEVER  # "no wait", "I mean": what follows is the answer meant
    # "no, well, I do curling on Thursdays": a correction to any question but a red-flag screen, commas or none
    # (``corrections_unless_red_flag``)
    soft_corrections: re.Pattern[str] = _NEVER
    reversal: re.Pattern[str] = _NEVER  # "yes no ...", said first: the word after the first is meant
    echo: EchoForms = EchoForms()
    everyday: frozenset[str] = frozenset()  # "slippers", "press": beside a clear no, words of no sign
    when_words: frozenset[str] = frozenset()  # "when", "if": a clause that says when, beside a red-flag no
    pointing_back: frozenset[str] = frozenset()  # "it", "that": a clause that may be of a sign said before
    doubt_about: frozenset[str] = frozenset()  # "about", "about a": a doubt of the one sign after it
    guesses: frozenset[str] = frozenset()  # "maybe", "might": a red-flag sign said as a guess, then doubted
    guesses_not_after: frozenset[str] = frozenset()  # "yes", "yeah": a yes said is no guess
    said_at_other_times: frozenset[str] = frozenset()  # "was", "had": a clause of a time gone by
    word_forms: Mapping[str, str] = field(default_factory=dict)  # "swollen" -> "swell": one word in two forms
    gone_by: frozenset[str] = frozenset()  # "gone", "went": a sign said to be over ("but it went down")
    # "a little bit swollen, not hot though": the word groups of each red-flag screen whose signs are told apart
    # (``sign_groups``), and the words that keep an answer from being said plainly (``not_plainly``)
    sign_groups: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    not_plainly: frozenset[str] = frozenset()
    # a screen that asks of a moment gone by ("after it happened, could you not take four steps?"): the words of
    # not_plainly its answers say of that very moment ("I could walk", "it was up like a balloon"), plain for it
    plain_of_then: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # a part of a several-sign screen said back and answered ("could I walk? yes"): per screen its parts, and the
    # words before a later part that make it a statement's (``part_echoes``, read by ``skill.echoes.parts_answered``)
    part_echoes: Mapping[str, tuple[PartAsked, ...]] = field(default_factory=dict)
    part_goes_on: frozenset[str] = frozenset()
    # "no I couldn't, they carried me": the short answer said again after a part's yes or no, per yes and no, and the
    # words that may start a new thought after it
    part_tags: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    part_tag_ends: frozenset[str] = frozenset()
    # "seventy one no I'm seventy two": the words that may stand between a no and the number it says again
    # (``said_again_before_number``)
    again_before_number: frozenset[str] = frozenset()
    # While loading only: family sources from the stamp, and those this load used (load_words)
    built: Mapping[str, str] = field(default_factory=dict)
    made: dict[str, str] = field(default_factory=dict)

    @cached_property
    def vague_beside_a_no(self) -> tuple[Family, ...]:
        """The volunteered families of the questions marked ``vague_beside_a_no``: gathered once, as every
        answer to a red-flag screen looks them up."""
        return tuple(f for q in self.questions.values() if q.vague_beside_a_no for f in q.volunteered.values())

    def every_family(self) -> list[Family]:
        """Every family of words, general and per question: the tests compile them all."""
        found = [self.joined, *self.general.values()]
        for words in self.questions.values():
            found += [family for _, _, family in words.families(asked=True)]
        return found


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

    Why a stamp (``skill.words_stamp``): building the word data is most of a cold start's first
    request, yet the file never changes while the skill runs. A full load writes what it built beside
    the file (best effort; the packager's load puts one in the Lambda bundle); a later load takes it
    only when the stamp certifies this file, the code that builds it and this kb, so an edited file is
    always built afresh and checked in full (the kb's ids and the brackets)."""
    data = path.read_bytes()  # decoded only for a full load: a stamped start just hashes the bytes
    stamp, inputs, kb_print = path.with_name(f".{path.stem}.built"), _inputs_digest(data), _kb_print(kb)
    built, stamped = words_stamp.read(stamp, inputs, kb_print, _STAMPED) if inputs else ({}, None)
    if isinstance(stamped, Words):
        return replace(stamped, always=_always(stamped.questions))
    words = _load_words(kb, path, _text(data), built)
    done = replace(words, built={}, made={})
    if inputs:  # without ``always``: a fifth of the stamp, and rebuilt from the questions in no time
        words_stamp.write(stamp, inputs, kb_print, replace(done, always={}), words.made)
    return done


def _always(questions: Mapping[str, QuestionWords]) -> dict[str, list[tuple[str | None, str, Family]]]:
    return {q: w.families(asked=False) for q, w in questions.items()}


# What a stamp may build back, by name: the word data's own frozen types.
_STAMPED: dict[str, type] = {
    kind.__name__: kind for kind in (Words, QuestionWords, Family, NumberForms, EchoForms, SlotSubject, PartAsked)
}
# The code whose output a stamp holds: an edit of any of it means building afresh.
_BUILDERS = tuple(
    Path(__file__).resolve().parents[1] / name
    for name in (
        "skill/word_data.py",
        "skill/spoken_numbers.py",
        "skill/words_stamp.py",
        "kb/facts.py",
        "kb/index.py",
        "kb/yaml_loader.py",
    )
)


def _text(data: bytes) -> str:
    """The file's text as ``Path.read_text`` gives it (UTF-8, universal newlines): a file that is not
    UTF-8 stops start-up with the same UnicodeDecodeError as before."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _inputs_digest(data: bytes) -> str | None:
    """The file byte for byte, the code that builds it, and the Python and Unicode versions
    (normalising is NFKC); None when that code cannot be read (a bundle of bytecode only): then no
    stamp is trusted. Bytes, not text: decoding some 850 kB only to hash it was a millisecond of
    every cold start."""
    checked = hashlib.sha256(f"{sys.version_info[:2]} {unicodedata.unidata_version}\0".encode())
    try:
        parts = [data, *(builder.read_bytes() for builder in _BUILDERS)]
    except OSError:
        return None
    for part in parts:
        checked.update(f"{len(part)}\0".encode())
        checked.update(part)
    return checked.hexdigest()


def _kb_print(kb: KnowledgeBase) -> str:
    """What the word data reads of the kb: its questions, and which each opens or is asked after.
    Their ``repr`` is the same in every process (frozen dataclasses of text, tuples and dicts); were
    a set ever in it, starts would miss the stamp, never take one built for other questions."""
    index = [(q, opened_by(kb, q), sorted(asked_after(kb, q))) for q in kb.questions]
    return hashlib.sha256(repr((kb.questions, index)).encode()).hexdigest()


def _whole_words(short: str) -> bool:
    """Whether a contraction is whole words ("dont", "did bang"), spelled out wherever it stands, with or without
    an apostrophe in the text; any other ("n't", "'s") is spelled out only where the text has an apostrophe."""
    return short.replace(" ", "").isalpha()


def _load_words(kb: KnowledgeBase, path: Path, text: str, built: Mapping[str, str]) -> Words:
    import yaml  # only for a full load: importing it (its regexes) is a few ms of every cold start

    from kb.yaml_loader import UniqueKeyLoader

    try:
        raw = yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        raise WordsError(f"{path.name}: not valid YAML: {error}") from error
    if not isinstance(raw, dict):
        raise WordsError(f"{path.name}: expected a mapping at the top")
    contractions = tuple(
        (
            re.compile(("" if _is_suffix(short) else r"\b") + re.escape(short) + r"\b"),
            f" {long} " if not _is_suffix(short) else f"{long} ",
        )
        for short, long in sorted(_mapping(raw, "contractions").items(), key=lambda item: -len(item[0]))
        if not _whole_words(short)
    )
    whole_words = {k: v for k, v in _mapping(raw, "contractions").items() if _whole_words(k)}
    bare = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(whole_words, key=len, reverse=True))) + r")\b")
    nothing = re.compile("(?!)")
    owning = _mapping(raw, "possessive")
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
        possessive=_possessive(_strings(owning, "owners"), _strings(owning, "not_before")),
        built=built,
    )
    negators = frozenset(normalise(plain, w) for w in _strings(raw, "negators"))
    base = replace(plain, negators=negators, gap_stop="(?:" + "|".join(map(re.escape, sorted(negators))) + ")")
    splitters = [normalise(base, s) for s in _strings(raw, "splitters")]
    joiners = sorted((normalise(base, s) for s in _strings(raw, "joiners")), key=len, reverse=True)
    before = "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "joiner_followers"))
    joining = "(?:" + "|".join(map(re.escape, joiners)) + rf")(?=\s+(?:{before})\b)"
    splitter = r"(?:" + "|".join([*map(re.escape, splitters), joining]) + r")\b"
    splitting = re.compile(r"\b" + splitter)
    interjections = "|".join(
        re.escape(normalise(base, w)) for w in sorted(_strings(raw, "interjections"), key=len, reverse=True)
    )
    followers = "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "interjection_followers"))
    # "a bit I walk the dog": a hedge said first, before a new subject, is the answer and a clause of its own
    hedges_first = "|".join(
        re.escape(normalise(base, w)) for w in sorted(_strings(raw, "hedges_first"), key=len, reverse=True)
    )
    hedge_followers = "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "hedges_first_followers"))
    hedge_doubted = "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "hedges_first_not_before"))
    within = "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "interjection_followers_within"))
    last = "|".join(f"(?<= {re.escape(normalise(base, w))} )" for w in _strings(raw, "interjection_said_last_after"))
    # "I have not really had a look": after a verb the words are its negation, not an answer; so too with the verb
    # said first ("can't really do it" to the toe test is no "not really")
    verb = "".join(
        f"(?<! {escaped} )(?<!^{escaped} )"
        for escaped in (re.escape(normalise(base, w)) for w in _strings(raw, "interjection_not_after"))
    )
    words = Words(
        contractions,
        re.compile(rf"\s*[,.;!?]\s*(?:\b{splitter}\s+)?|\s+\b{splitter}\s+|^{splitter}\s+"),
        re.compile(
            rf"^((?:{interjections}) )(?=(?:{followers}) )|(?<= ){verb}((?:{interjections}) )(?=(?:{within}) )"
            rf"|(?:{last})((?:{interjections}) )$"
        ),
        family(base, _with_splitter(base, splitting, _all_phrases(raw)), "joined phrases"),
        negators,
        frozenset(normalise(base, str(raw.get("fillers") or "")).split()),
        {name: family(base, _strings(raw, name), name) for name in _GENERAL},
        {},
        base.gap_stop,
        whole_words=whole_words,
        bare=bare,
        possessive=base.possessive,
        emphatic=_emphatic(base, _mapping(raw, "emphatic"), _strings(raw, "checked_by")),
        built=built,
        made=base.made,
    )
    corrections = sorted((normalise(base, w) for w in _strings(raw, "corrections")), key=len, reverse=True)
    whole_denial = rf"^({_alternatives(base, _strings(raw, 'denials_whole_first'))} )"
    words = replace(
        words,
        body_parts=frozenset(_strings(raw, "body_parts")),
        leading_no=frozenset(_strings(raw, "leading_no")),
        joining=frozenset(_strings(raw, "joining")),
        part_named=re.compile(rf"(?<!\S){_alternatives(base, _strings(raw, 'part_determiners'))} (\S+)(?!\S)"),
        contrast_before=frozenset(_strings(raw, "contrast_before")),
        affirmed_after=frozenset(_strings(raw, "affirmed_after")),
        sign_verbs=frozenset(normalise(base, w) for w in _strings(raw, "sign_verbs")),
        slot_subjects=_slot_subjects(raw),
        new_subject=re.compile(
            r"(?<!\S)(?:" + "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "new_subject")) + r")(?!\S)"
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
            rf"|{whole_denial}(?=\S)" + _broken_off(base, raw)
        ),
        negation_stops=re.compile(rf"(?<!\S){_alternatives(base, _strings(raw, 'negation_stops'))}(?!\S)"),
        checked=re.compile(
            rf"(?<!\S){_alternatives(base, _strings(raw, 'checked_by'))}"
            rf"(?: {_alternatives(base, _strings(raw, 'checked_with'))})?"
            rf"(?: {_alternatives(base, _strings(raw, 'checked_when'))})?"
            rf"(?: {_alternatives(base, _strings(raw, 'checked_with'))})?(?!\S)"
        ),
        whole_denial=re.compile(whole_denial),
        closing_denials=frozenset(normalise(base, w) for w in _strings(raw, "denials_closing")),
        closing_before=frozenset(normalise(base, w) for w in _strings(raw, "denials_closing_before")),
        new_thought=re.compile(
            _new_thought(base, raw, "thought_ends", "thought_starts")
            + "|"
            + _new_thought(base, raw, "walking_ends", "walking_starts")
        ),
        hedge_first=re.compile(
            rf"^({hedges_first}) (?=(?:{hedge_followers}) )(?!(?:{hedge_doubted}) )",
        ),
        doubt_first=re.compile(
            rf"^({_alternatives(base, _strings(raw, 'doubts_first'))}) "
            rf"(?={_alternatives(base, _strings(raw, 'doubts_first_followers'))} )"
        ),
        doubt_before_story=re.compile(
            rf"^(?:{_alternatives(base, _strings(raw, 'doubts_before_story_lead'))} )?"
            rf"({_alternatives(base, _strings(raw, 'doubts_before_story'))}) "
            rf"(?={_alternatives(base, _strings(raw, 'doubts_before_story_followers'))} )"
        ),
        doubt_of_a_value=_doubt_of_a_value(base, raw),
        doubt_before_statement=_doubt_before_statement(base, raw),
        statement_closed=re.compile(rf"^{_alternatives(base, _strings(raw, 'statement_closes'))}(?![^\s,.;!?])"),
        corrections=re.compile(
            r"(?<![^\s,.;!?])(?:" + "|".join(map(re.escape, corrections)) + r")(?![^\s,.;!?])"
            rf"(?! {_alternatives(base, _strings(raw, 'corrections_not_before'))}(?![^\s,.;!?]))"
        ),
        soft_corrections=re.compile(
            r"(?<![^\s,.;!?])(?:"
            + "|".join(
                r"[,.;!?]?\s+".join(map(re.escape, normalise(base, w).split()))
                for w in _strings(raw, "corrections_unless_red_flag")
            )
            + r")(?![^\s,.;!?])[,.;!?]?"
        ),
        echo=_echo_forms(base, _mapping(raw, "echo")),
        everyday=frozenset(normalise(base, str(raw.get("everyday") or "")).split()),
        when_words=frozenset(normalise(base, w) for w in _strings(raw, "when_words")),
        pointing_back=frozenset(normalise(base, w) for w in _strings(raw, "pointing_back")),
        doubt_about=frozenset(normalise(base, w) for w in _strings(raw, "doubt_about")),
        guesses=frozenset(normalise(base, w) for w in _strings(raw, "guesses")),
        guesses_not_after=frozenset(normalise(base, w) for w in _strings(raw, "guesses_not_after")),
        said_at_other_times=frozenset(normalise(base, w) for w in _strings(raw, "said_at_other_times")),
        word_forms={str(k): str(v) for k, v in _mapping(raw, "word_forms").items()},
        gone_by=frozenset(normalise(base, w) for w in _strings(raw, "gone_by")),
        again_before_number=frozenset(
            w for phrase in _strings(raw, "said_again_before_number") for w in normalise(base, phrase).split()
        ),
        reversal=_reversal(base, _mapping(raw, "reversals")),
    )
    words = replace(words, subject_of_the_part=_subject_of_the_part(words, raw))
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
            refines=_refines(kb, question, (entry if isinstance(entry, dict) else {}).get("refines"), question.id),
            asked_after=asked_after(kb, question.id),
            its_own_detail=_its_own_detail(kb, question, entry if isinstance(entry, dict) else {}, choices),
            asked_words=frozenset(
                re.sub(r"[,.;:!?]", " ", normalise(base, " ".join([*question.text.values(), *question.signs]))).split()
            ),
        )
    unknown = sorted(set(_mapping(raw, "entails")) - set(kb.questions))
    if unknown:
        raise WordsError(f"{path.name}: entails: questions the kb does not have: {unknown}")
    _check_unclear_to(kb, compiled)
    always = _always(compiled)
    numbers = _number_forms(words, _mapping(raw, "numbers"))
    groups = _sign_groups(kb, words, _mapping(raw, "sign_groups"))
    parts = _mapping(raw, "part_echoes")
    return replace(
        words,
        questions=compiled,
        always=always,
        numbers=numbers,
        sign_groups=groups,
        not_plainly=frozenset(normalise(base, w) for w in _strings(raw, "not_plainly")),
        plain_of_then=_plain_of_then(words, groups, _mapping(raw, "plain_of_then"), _strings(raw, "not_plainly")),
        part_echoes=_part_echoes(kb, words, _mapping(parts, "screens")),
        part_goes_on=frozenset(_strings(parts, "goes_on")),
        part_tags={
            kind: tuple(tuple(tag.split()) for tag in _strings(_mapping(parts, "tags"), said))
            for kind, said in (("yes", "admitted"), ("no", "denied"))
        },
        part_tag_ends=frozenset(_strings(parts, "tag_ends")),
    )


def _part_echoes(kb: KnowledgeBase, words: Words, raw: Mapping[str, Any]) -> dict[str, tuple[PartAsked, ...]]:
    """``part_echoes``: per yes/no screen, its parts as they are asked back, each with what a yes and a no to it
    say. A part with only one of the two would answer one way and drop the other, so that stops the skill, as
    does a screen the kb does not have or one that is no yes/no question (a part's answer is a yes/no's)."""
    found: dict[str, tuple[PartAsked, ...]] = {}
    for qid, parts in raw.items():
        question = kb.questions.get(qid)
        if question is None or question.answer_type != "yes_no":
            raise WordsError(f"understanding.yaml: part_echoes: {qid!r} is no yes/no question of the kb")
        if not isinstance(parts, list) or not parts:
            raise WordsError(f"understanding.yaml: part_echoes.{qid}: a list of parts")
        found[qid] = tuple(_part_asked(words, qid, part) for part in parts)
    return found


def _part_asked(words: Words, qid: str, part: Any) -> PartAsked:
    """One part of ``part_echoes``: its words asked back (a phrase, built as every family's is: brackets checked,
    words spelled out), and both its answers or neither (unclear)."""
    if not isinstance(part, dict) or not isinstance(part.get("asked"), str):
        raise WordsError(f"understanding.yaml: part_echoes.{qid}: each part has words 'asked'")
    admitted, denied = part.get("admitted"), part.get("denied")
    if (admitted is None) != (denied is None) or not all(v is None or isinstance(v, str) for v in (admitted, denied)):
        raise WordsError(f"understanding.yaml: part_echoes.{qid}: {part['asked']!r} needs both answers or neither")
    unknown = set(part) - {"asked", "admitted", "denied"}
    if unknown:
        raise WordsError(f"understanding.yaml: part_echoes.{qid}: unknown keys {sorted(unknown)}")
    return PartAsked(re.compile(_built_source(words, [part["asked"]], f"part_echoes.{qid}")), admitted, denied)


def _check_unclear_to(kb: KnowledgeBase, compiled: Mapping[str, QuestionWords]) -> None:
    """``implies_when_told.unclear_to`` exists to keep a red-flag screen's no unclear beside a sign told for another
    question; an id that is no red-flag screen (misspelt, or an ordinary question) would silently guard nothing."""
    red_flags = {q.id for q in kb.questions.values() if q.phase == "red_flag"}
    for qid, own in compiled.items():
        wrong = sorted(own.told_unclear_to - red_flags)
        if wrong:
            raise WordsError(
                f"understanding.yaml: questions.{qid}.implies_when_told.unclear_to: {wrong} are not red-flag screens"
            )


def _plain_of_then(
    words: Words, groups: Mapping[str, Any], raw: Mapping[str, Any], not_plainly: Sequence[str]
) -> dict[str, frozenset[str]]:
    """``plain_of_then``: per red-flag screen of told-apart signs (``sign_groups``), words of ``not_plainly`` its
    question says of the moment it asks about; a word that is no ``not_plainly`` word would do nothing, so it
    stops the skill, as a screen without groups does."""
    found: dict[str, frozenset[str]] = {}
    for qid, listed in raw.items():
        if qid not in groups:
            raise WordsError(f"understanding.yaml: plain_of_then: {qid!r} is no screen of sign_groups")
        said = frozenset(normalise(words, w) for w in _list(listed, f"plain_of_then.{qid}"))
        extra = sorted(said - {normalise(words, w) for w in not_plainly})
        if extra:
            raise WordsError(f"understanding.yaml: plain_of_then.{qid}: {extra} are not not_plainly words")
        found[qid] = said
    return found


def _sign_groups(kb: KnowledgeBase, words: Words, raw: Mapping[str, Any]) -> dict[str, tuple[frozenset[str], ...]]:
    """``sign_groups``: for a red-flag screen, one list of words per sign it asks about; two groups
    sharing a word could not tell its signs apart, so that stops the skill."""
    groups: dict[str, tuple[frozenset[str], ...]] = {}
    for qid, lists in raw.items():
        question = kb.questions.get(qid)
        if question is None or question.phase != "red_flag" or question.answer_type != "yes_no":
            raise WordsError(f"understanding.yaml: sign_groups: {qid!r} is not a red-flag yes/no question of the kb")
        if not isinstance(lists, list) or len(lists) < 2:
            raise WordsError(f"understanding.yaml: sign_groups.{qid} needs a list of word lists, one per sign")
        found = tuple(frozenset(normalise(words, w) for w in _list(group, f"sign_groups.{qid}")) for group in lists)
        shared = sorted(set().union(*(a & b for a in found for b in found if a is not b)))
        if shared:
            raise WordsError(f"understanding.yaml: sign_groups.{qid}: groups share words {shared}")
        groups[qid] = found
    return groups


def _with_splitter(words: Words, splitting: re.Pattern[str], phrases: Sequence[str]) -> list[str]:
    """The phrases with a word that would split a clause ("black and blue"), to be kept whole.

    Normalised in one pass, the phrases joined by ";" (clause punctuation: normalising keeps it, and
    no contraction or word reaches across it): some two thousand passes were a fifth of the word
    data's start-up."""
    marked = normalise(words, " ; ".join(phrase.replace(";", " ") for phrase in phrases)).split(";")
    return [phrase for phrase, normal in zip(phrases, marked, strict=True) if splitting.search(normal.strip())]


def _alternatives(words: Words, phrases: Sequence[str]) -> str:
    """The phrases, normalised, as one regex group: the longest first, so "nothing else" wins over "nothing"."""
    return "(?:" + "|".join(re.escape(normalise(words, p)) for p in sorted(phrases, key=len, reverse=True)) + ")"


def _broken_off(words: Words, raw: Mapping[str, Any]) -> str:
    """ "I'm not, well, it's a bit numb down there": a denial said first and broken off (``denials_broken_off``),
    then turn words if any (``denials_broken_off_by``) and a new subject (a hedge before it:
    ``denials_broken_off_hedges``), as one more alternative of ``turn``: the denial alone is a clause of its own, so
    its negator reaches no sign after it; the turn words go with the new clause ("I'm not well" alone is no answer).
    A bare "my" only after a turn word or a hedge: "it's not my calf" keeps its object; nor "it is" read from a
    possessive "its" before what it names (``denials_broken_off_its_words``/``_things``): "it's not its usual temp"."""
    heads = _alternatives(words, _strings(raw, "denials_broken_off"))
    turns = _alternatives(words, _strings(raw, "denials_broken_off_by"))
    subjects = _alternatives(words, [w for w in _strings(raw, "new_subject") if " " in w])
    hedges = _alternatives(words, _strings(raw, "denials_broken_off_hedges"))
    its = _alternatives(words, _strings(raw, "denials_broken_off_its_words"))
    things = _alternatives(words, _strings(raw, "denials_broken_off_its_things"))
    possessive = rf"(?!{re.escape(normalise(words, 'its'))} (?:{its} )?{things}(?!\S))"
    return (
        rf"|^({heads} )(?=(?:{turns} )*(?:{hedges} )?{possessive}{subjects} )"
        rf"|^({heads} )(?=(?:{turns} )+(?:{hedges} )?my |{hedges} my )"
    )


def _new_thought(words: Words, raw: Mapping[str, Any], ends: str, starts: str) -> str:
    """Where one of the ``starts`` follows one of the ``ends`` at once: a new clause (a full stop Alexa never sends)."""
    after = "(?:" + "|".join(f"(?<= {re.escape(normalise(words, w))} )" for w in _strings(raw, ends)) + ")"
    return rf"{after}(?={_alternatives(words, _strings(raw, starts))} )"


def _doubt_of_a_value(words: Words, raw: Mapping[str, Any]) -> re.Pattern[str]:
    """A whole doubt said first (after a word of thinking) or last, with the words that may close it ("exactly",
    "really"): group 1 or 2 is the rest of the answer, read apart."""
    doubts = _alternatives(words, [*_strings(raw, "doubts_before_story"), *_strings(raw, "doubts_of_a_value")])
    closing = _alternatives(words, _strings(raw, "doubts_of_a_value_closing"))
    lead = _alternatives(words, _strings(raw, "doubts_before_story_lead"))
    return re.compile(rf"^(?:{lead} )?{doubts}(?: {closing})? (.+)$|^(.+?) {doubts}(?: {closing})?$")


def _doubt_before_statement(words: Words, raw: Mapping[str, Any]) -> re.Pattern[str]:
    """A whole doubt said first (after a word of thinking), before a subject of its own, a word of now before it or
    not: group 1 is the doubt, group 2 the word of now (none: the statement must be closed by a contrast)."""
    lead = _alternatives(words, _strings(raw, "doubts_before_story_lead"))
    doubts = _alternatives(
        words,
        [
            *_strings(raw, "doubts_before_story"),
            *_strings(raw, "doubts_of_a_value"),
            *_strings(raw, "doubts_first"),
            *_strings(raw, "doubts_before_a_statement"),
        ],
    )
    opens = _alternatives(words, _strings(raw, "statement_opens"))
    subjects = _alternatives(words, _strings(raw, "statement_subjects"))
    return re.compile(rf"^(?:{lead} )?({doubts}) (?=({opens} )?{subjects} )")


def _reversal(words: Words, raw: Mapping[str, Any]) -> re.Pattern[str]:
    """ "uh yes no ...": matches up to the word taken back, so what follows it is the answer meant."""

    def either(key: str) -> str:
        return "(?:" + "|".join(re.escape(normalise(words, w)) for w in _list(raw.get(key), f"reversals.{key}")) + ")"

    yes, no = either("yes"), either("no")
    pause = "[,.;!?]* "  # "yes, no, hang on": the corpus's commas, or Alexa's bare space
    return re.compile(rf"^(?:{either('lead')}{pause})*(?:{yes}{pause}(?={no}{pause})|{no}{pause}(?={yes}{pause}))")


def _echo_forms(words: Words, raw: Mapping[str, Any]) -> EchoForms:
    def single(key: str) -> frozenset[str]:
        return frozenset(normalise(words, w) for w in _list(raw.get(key), f"echo.{key}"))

    return EchoForms(
        cues=family(words, _list(raw.get("cues"), "echo.cues"), "echo.cues"),
        never=single("never"),
        inside=single("inside"),
        articles=single("articles"),
        leads=family(words, _list(raw.get("leads"), "echo.leads"), "echo.leads"),
        statements=single("statements"),
        pauses=single("pauses"),
        asked_by=family(words, _list(raw.get("asked_by"), "echo.asked_by"), "echo.asked_by"),
        asked_after=family(words, _list(raw.get("asked_after"), "echo.asked_after"), "echo.asked_after"),
        answer_starts=single("answer_starts"),
        later_after=single("later_after"),
        alternatives=single("alternatives"),
        told_of_by=single("told_of_by"),
        doubted_after=family(words, _list(raw.get("doubted_after"), "echo.doubted_after"), "echo.doubted_after"),
    )


def _number_forms(words: Words, raw: Mapping[str, Any]) -> NumberForms:
    def either(key: str) -> str:
        return "(?:" + "|".join(re.escape(normalise(words, p)) for p in _list(raw.get(key), f"numbers.{key}")) + ")"

    duration = rf"(?P<d>{DURATION})"
    not_age = "(?:" + "|".join([*map(re.escape, sorted(UNIT_WORDS)), either("not_age_before")]) + ")"
    not_number = "(?:" + "|".join([*map(re.escape, sorted(UNIT_WORDS)), *SMALL_COUNTS]) + ")"
    return NumberForms(
        anchored=re.compile(
            rf"(?<!\S)(?:{either('duration_before')} {duration}|(?P<d2>{DURATION}) {either('duration_after')})(?!\S)"
        ),
        since=re.compile(rf"(?<!\S){either('since_date')} (?P<date>{DATE})(?!\S)"),
        decade_since=re.compile(rf"(?<!\S){either('decade_not_age_after')} $"),
        since_apart=re.compile(
            rf"(?<!\S){either('event_before_day')} (?:\S+ ){{1,{SINCE_APART_WORDS}}}(?P<date>{PAST_DAY})(?!\S)"
        ),
        day_then_event=re.compile(
            rf"(?<!\S)(?P<date>{PAST_DAY}) {either('day_then_event_between')} {either('event_before_day')}(?!\S)"
        ),
        duration=re.compile(rf"(?<!\S){duration}(?!\S)"),
        # "I turned seventy eight in March": after a turning now past, a month is when, not an age to come
        stated_age=re.compile(
            rf"(?<!\S)(?:{either('age_before')} (?P<n>{NUMBER})(?! {not_age}\b)"
            rf"|(?P<n2>{NUMBER}) {either('age_after')}"
            rf"|{either('age_turned')} (?P<n3>{NUMBER})(?! {not_number}\b)"
            # "I slipped and twisted, I am forty five years": the years said of the person, ending the answer or
            # before a new thought; never "I am two years into it" (``age_in_years_said_of``)
            rf"|{either('age_in_years_said_of')} (?P<n4>{NUMBER}) (?:years|year|yrs)"
            rf"(?= (?:{either('age_in_years_then')}|{either('age_said_first_then')})(?!\S)| *$))(?!\S)"
        ),
        number=re.compile(rf"(?<!\S)(?P<n>{NUMBER})(?!\S)(?! {not_age}\b)"),
        how_often=frozenset(normalise(words, w) for w in _list(raw.get("how_often"), "numbers.how_often")),
        about=re.compile(rf"(?<!\S){either('duration_about')}(?!\S)"),
        about_amount=re.compile(rf"(?<!\S){either('duration_about_amount')}(?!\S)"),
        not_about_amount=re.compile(rf"(?<!\S){either('duration_about_amount_not')}(?!\S)"),
        past_day=re.compile(rf"(?<!\S)(?P<date>{PAST_DAY})(?!\S)"),
        least_unasked_age=_whole(raw.get("least_unasked_age"), "numbers.least_unasked_age"),
        age_said_first=re.compile(rf"^(?:\S+ )*?(?P<n>{NUMBER}) {either('age_said_first_then')} "),
        # "I'll be forty in March", or the whole answer "sixty eight next month"
        next_age=re.compile(
            rf"(?<!\S){either('age_next_before')} (?P<n>{NUMBER}) {either('age_next_after')}(?!\S)"
            rf"|^(?P<n2>{NUMBER}) {either('age_next_said_alone')}$"
        ),
        not_about=re.compile(rf"(?<!\S){either('not_about')}(?!\S)"),
        # "never hurt it before, it's only been two days": an earlier event denied is none, so the time is the pain's
        earlier=re.compile(
            "".join(rf"(?<!\b{re.escape(negator)} )" for negator in sorted(words.negators))
            + rf"(?<!\S){either('earlier_event')}(?!\S)"
        ),
        ranged=re.compile(
            rf"(?<!\S)(?P<a>{_RANGE_WORDS}) (?P<b>{_RANGE_WORDS}) (?=(?:{'|'.join(sorted(UNIT_WORDS))})(?!\S))"
        ),
        denied_then=re.compile(
            rf"(?<!\S)(?:{'|'.join(map(re.escape, sorted(words.negators)))}) {either('not_about')} (?:\S+ )*?"
            rf"(?P<rest>{either('pain_after_denied')} .*)$"
        ),
        fillers=words.fillers,
        age_corrected=re.compile(
            rf"(?<!\S){NUMBER} {either('age_corrected_by')} (?P<n>{NUMBER}) {either('age_corrected_after')}(?!\S)"
        ),
        restated=re.compile(rf"(?<!\S){either('restated_before')} {duration}(?!\S)"),
        restated_under=re.compile(rf"(?<!\S){either('restated_under')} {duration}(?!\S)"),
        years_age=re.compile(
            rf"^(?:{either('age_before')} )?(?P<n>{NUMBER}) (?:years|year|yrs)"
            rf"(?: (?:{either('age_in_years_then')}|{either('age_said_first_then')})(?!\S)| *$)"
        ),
        one_unit=re.compile(rf"(?<!\S){either('one_unit_after')} (?=(?:day|week|fortnight|month|year)(?!\S))"),
    )


def _possessive(owners: Sequence[str], not_before: Sequence[str]) -> re.Pattern[str]:
    """ "My husband's stick", "back from my daughter's": after a word for a person, "'s" says whose,
    unless a word that follows "is" or "has" comes next ("my husband's been great", "my son's a nurse").
    Read as "is", the possessive would make the stick the husband's own sign (``someone_else``)."""
    if not owners:
        return _NEVER
    people = "|".join(map(re.escape, sorted(owners, key=len, reverse=True)))
    after = "|".join(map(re.escape, sorted(not_before, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"\b({people})'s\b(?!\s+(?:{after})\b)")


def _emphatic(base: Words, raw: Mapping[str, Any], checked_by: Sequence[str]) -> re.Pattern[str]:
    """ "Calf is soft only", "chest is alright only", "toilet also normal": Indian English stresses how things are
    with "only" or "also" (``emphatic`` in the word data). Read as words, the "only" would turn to what is there
    (a negation stop) and the "also" split the phrase, so the answer went unread. Only after a word of how things
    are, and then only before how they checked ("soft only I pressed it"), never before anything else ("fine only
    I have shivers" keeps its turn to the shivers, "normal only in the morning" its when) nor before a stop (the
    skill joins slots cut apart with a comma: "fine only" and "shivers"); or "also" right before such a word
    ("toilet also normal", "pain is also bearable"). Group 1 or 2 is what stays."""
    stressed = "|".join(re.escape(normalise(base, w)) for w in _strings(raw, "words"))
    states = "|".join(re.escape(normalise(base, w)) for w in sorted(_strings(raw, "after"), key=len, reverse=True))
    checks = "|".join(re.escape(normalise(base, w)) for w in sorted(checked_by, key=len, reverse=True)) or "(?!)"
    if not (stressed and states):
        return _NEVER
    return re.compile(rf"\b({states}) (?:{stressed})(?=\s+(?:{checks})\b)")


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
        values = {v: family(words, _list(raw_values[v], f"{where}.values.{v}"), f"{where}.{v}") for v in raw_values}
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
    within = frozenset(_list(entry["within"], f"{where}.within") if "within" in entry else [])
    if within - kb_choices or (within and question.phase == "red_flag"):
        raise WordsError(f"understanding.yaml: {where}.within: other choice questions, never for a red-flag screen")
    told = _implies_when_told(question, entry, where)
    parts = frozenset(_list(entry["parts"], f"{where}.parts") if "parts" in entry else [])
    if not parts <= words.body_parts:
        raise WordsError(f"understanding.yaml: {where}.parts: {sorted(parts - words.body_parts)} are not body_parts")
    return QuestionWords(
        vocabulary=_vocabulary(words, entry),
        yes=family(words, _list(entry.get("sign") or [], where), where),
        when_asked=family(words, _list(entry.get("when_asked") or [], where), where),
        no=family(words, _list(entry.get("denial") or [], where), where),
        elsewhere=family(words, _list(entry.get("elsewhere") or [], where), where),
        unsure=family(words, _list(entry.get("unsure") or [], f"{where}.unsure"), f"{where}.unsure"),
        values=values,
        volunteered={v: family(words, _list(p, f"{where}.volunteered.{v}"), where) for v, p in volunteered.items()},
        answers_too=too,
        parts=parts,
        red_flag=question.phase == "red_flag",
        yes_from_days=_days_sign(question, entry.get("yes_from_days"), where),
        dates_itself=_flag(entry, "dates_itself", where),
        own_time=_flag(entry, "own_time", where),
        unsaid_by_follow_ups=_unsaid_by_follow_ups(question, entry, opens, where),
        its_start=_flag(entry, "its_start", where),
        vague_beside_a_no=_flag(entry, "vague_beside_a_no", where),
        part_denied=_part_denied(words, question, entry, where),
        or_parts=_or_parts(question, entry, where),
        opens=frozenset(opens),
        implies=_implies(words, question, entry, kb_yes_no, where),
        implies_when_told=told[0],
        told_by=told[1],
        told_unclear_to=told[2],
        within=within,
    )


def _implies_when_told(
    question: Question, entry: Mapping[str, Any], where: str
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``implies_when_told``: questions among its ``implies``, and the words of its sign that tell it (``told_by``),
    both or neither; never on a red-flag screen, whose sign told is read by its own rules."""
    raw = entry.get("implies_when_told") or {}
    if not isinstance(raw, dict) or set(raw) - {"questions", "told_by", "unclear_to"}:
        raise WordsError(f"understanding.yaml: {where}.implies_when_told must give 'questions' and 'told_by'")
    named = frozenset(_list(raw.get("questions") or [], f"{where}.implies_when_told.questions"))
    told_by = frozenset(_list(raw.get("told_by") or [], f"{where}.implies_when_told.told_by"))
    if (
        named - set(entry.get("implies") or {})
        or bool(named) != bool(told_by)
        or (named and question.phase == "red_flag")
    ):
        raise WordsError(
            f"understanding.yaml: {where}.implies_when_told: questions it implies and the words that tell its sign"
        )
    unclear_to = frozenset(_list(raw.get("unclear_to") or [], f"{where}.implies_when_told.unclear_to"))
    return named, told_by, unclear_to


def _its_own_detail(
    kb: KnowledgeBase, question: Question, entry: Mapping[str, Any], choices: frozenset[str]
) -> frozenset[str]:
    where = f"questions.{question.id}.its_own_detail"
    named = frozenset(_list(entry["its_own_detail"], where) if "its_own_detail" in entry else [])
    if named - (choices & asked_after(kb, question.id)) or (named and question.phase == "red_flag"):
        raise WordsError(f"understanding.yaml: {where}: choice questions asked before it, never for a red-flag screen")
    return named


def _or_parts(question: Question, entry: Mapping[str, Any], where: str) -> bool:
    flag = _flag(entry, "or_parts", where)
    if flag and (question.phase == "red_flag" or question.answer_type != "yes_no"):
        raise WordsError(f"understanding.yaml: {where}.or_parts: a yes/no question only, never a red-flag screen")
    return flag


def _unsaid_by_follow_ups(question: Question, entry: Mapping[str, Any], opens: Sequence[str], where: str) -> bool:
    flag = _flag(entry, "unsaid_by_follow_ups", where)
    if flag and (question.phase == "red_flag" or question.answer_type != "yes_no" or not opens):
        raise WordsError(f"understanding.yaml: {where}.unsaid_by_follow_ups: a yes/no opener only, no red-flag screen")
    return flag


def _part_denied(words: Words, question: Question, entry: Mapping[str, Any], where: str) -> Family:
    phrases = _list(entry.get("part_denied") or [], f"{where}.part_denied")
    if phrases and (question.phase == "red_flag" or question.answer_type != "yes_no"):
        raise WordsError(
            f"understanding.yaml: {where}.part_denied: only for a yes/no question that is no red-flag screen"
        )
    return family(words, phrases, f"{where}.part_denied")


def _vocabulary(words: Words, entry: Mapping[str, Any]) -> frozenset[str]:
    """Every word the question's phrases of a sign or a value use (not its denials), less the fillers."""
    kinds = ("sign", "when_asked", "elsewhere", "implies", "values", "volunteered")
    phrases = _phrases_in([entry.get(kind) for kind in kinds])
    # one normalising pass over all of them: it is text-wide, and once per phrase cost start-up time
    said = normalise(words, " ".join(re.sub(r"[()|=]|\.\.\.", " ", p) for p in phrases))
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
    return {q: family(words, _list(p, f"{where}.implies.{q}"), f"{where}.implies.{q}") for q, p in raw.items()}


def _refines(kb: KnowledgeBase, question: Question, raw: Any, where: str) -> dict[str, frozenset[str]]:
    """Which values a value refines: only a single choice's own values, never itself, never both ways, and
    never a value that opens a red-flag screen the refining value does not (``_opens_a_screen``): a guess
    between two values said must never skip a screen one of them would have asked."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or question.answer_type != "choice" or question.multiple:
        raise WordsError(
            f"understanding.yaml: questions.{where}.refines: only a single choice maps values to the values they refine"
        )
    known = set(question.value_ids())
    refines = {value: frozenset(_list(others, f"{where}.refines.{value}")) for value, others in raw.items()}
    for value, others in refines.items():
        wrong = sorted(({value} | others) - known)
        both_ways = sorted(other for other in others if other == value or value in refines.get(other, ()))
        screens = sorted(other for other in others if _opens_a_screen(kb, question.id, other, value))
        if wrong or both_ways or screens:
            raise WordsError(
                f"understanding.yaml: questions.{where}.refines.{value}: unknown values {wrong},"
                f" refined both ways {both_ways}, opening a red-flag screen {value} does not {screens}"
            )
    return refines


def _opens_a_screen(kb: KnowledgeBase, fact: str, dropped: str, kept: str) -> bool:
    """Whether some red-flag screen's conditions tell the dropped value from the kept one in a way that could ask
    it for the dropped one only (named for it and not the kept one; under a "not", told apart at all)."""
    for screen in kb.questions.values():
        if screen.phase != "red_flag":
            continue
        for condition in (screen.ask_when, screen.always_ask):
            for values, negated in _value_sets(condition, fact, False):
                if (dropped in values and kept not in values) or (negated and (dropped in values) != (kept in values)):
                    return True
    return False


def _value_sets(condition: Condition | None, fact: str, negated: bool) -> Iterator[tuple[frozenset[Any], bool]]:
    """The values each "is"/"in" test of the fact names, and whether a "not" stands over it."""
    if isinstance(condition, Leaf):
        if condition.fact == fact and condition.op in ("is", "in"):
            value = condition.value
            yield frozenset(value if isinstance(value, list | tuple) else [value]), negated
    elif isinstance(condition, Not):
        yield from _value_sets(condition.part, fact, not negated)
    elif isinstance(condition, All | AnyOf):
        for part in condition.parts:
            yield from _value_sets(part, fact, negated)


def refined(words: Words, question_id: str, values: Sequence[str]) -> list[str]:
    """The values said, less those another value said refines ("he ran into me and my knee bent the wrong way,
    backwards" is the knee bent back: what the knee did, not what did it). Two values neither refines stay two."""
    refines = words.questions[question_id].refines if question_id in words.questions else {}
    return [v for v in values if not any(v in refines.get(other, ()) for other in values if other != v)]


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


def entailed(
    kb: KnowledgeBase, facts: Mapping[str, Any], pending: Question | None, known: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The facts the said ones entail (``entails``), never overriding one said. Not for a question
    the pending one is asked only after: that answer is known, and the words were about this one.
    ``known`` as in ``known_before``: an earlier question still open may be entailed."""
    words = words_for(kb).questions
    earlier = words[pending.id].asked_after if pending is not None and pending.id in words else frozenset()
    answered = {fact for fact in earlier if not _still_open(known, fact)}
    found: dict[str, Any] = {}
    for fact, value in facts.items():
        for said in value if isinstance(value, list) else [value]:
            entails = words[fact].entails.get(said, {}) if fact in words and isinstance(said, str) else {}
            found.update({q: v for q, v in entails.items() if q not in facts and q not in answered})
    return found


def known_before(
    kb: KnowledgeBase, facts: Mapping[str, Any], pending: Question | None, known: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The facts without an opener's yes that an answer to one of its own follow-ups says again
    (``unsaid_by_follow_ups``): "yeah, a squishy ball back there" to the lump question, or "it's the same hard lump"
    to the burst cyst's, answers the question asked; the opener was answered before it could be asked, and the
    writers of every round that met it record the follow-up's fact alone. Never a red-flag screen's fact.
    ``known``: the facts the conversation already holds (None: every question asked before this one was answered).
    A follow-up may be asked while its opener is still open (the lump's condition is "knee signs not no"): then the
    opener's yes is new, and kept, so the opener is not asked after the lump was just told; so is a yes where the
    opener was answered "I don't know". Nor the value of a choice question the pending one names as its own detail
    (``its_own_detail``): the calf where the toe test pulls is no new place of the pain, asked before the test could be
    (unless the place is still open: then it is all the conversation has)."""
    if pending is None:
        return dict(facts)
    words = words_for(kb).questions
    earlier = words[pending.id].asked_after if pending.id in words else frozenset()
    detail = words[pending.id].its_own_detail if pending.id in words else frozenset()
    return {
        fact: value
        for fact, value in facts.items()
        if not (
            value == "yes"
            and fact in earlier
            and not _still_open(known, fact)
            and fact in words
            and words[fact].unsaid_by_follow_ups
        )
        and not (fact in detail and not _still_open(known, fact))
    }


def _still_open(known: Mapping[str, Any] | None, fact: str) -> bool:
    """Whether a question asked before the pending one is still unanswered (or answered "I don't know") in the
    conversation; ``known`` None: the answers are not at hand, and the kb's order says it was answered."""
    return known is not None and known.get(fact, UNKNOWN) == UNKNOWN


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


def dates_its_sign(words: Words, question_id: str) -> bool:
    """Whether a time said in a clause naming this question's sign dates the sign, not the pain: its own time
    (``own_time``: a fever, a numbness, a chest pain may be newer than the pain), or a question that dates itself."""
    said = words.questions.get(question_id)
    return said is not None and (said.own_time or said.dates_itself)


def _days_sign(question: Question, value: Any, where: str) -> int | None:
    if value is None:
        return None
    if question.answer_type != "yes_no":
        raise WordsError(f"understanding.yaml: {where}.yes_from_days: only a yes/no question has a sign of days")
    return _whole(value, f"{where}.yes_from_days")


def _slot_subjects(raw: Mapping[str, Any]) -> dict[str, SlotSubject]:
    """``slot_subjects``: per slot, the subject its samples give it and after which slots (none: any)."""
    found: dict[str, SlotSubject] = {}
    for slot, entry in _mapping(raw, "slot_subjects").items():
        where = f"slot_subjects.{slot}"
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("subject"), str)
            or set(entry) - {"subject", "after"}
        ):
            raise WordsError(f"understanding.yaml: {where} must be {{subject: words, after: [slots]}}")
        after = frozenset(_list(entry["after"], where + ".after")) if "after" in entry else None
        found[str(slot)] = SlotSubject(entry["subject"], after)
    return found


def _subject_of_the_part(words: Words, raw: Mapping[str, Any]) -> str:
    """The words put before bare symptom words said of a part another slot named: a phrase that starts a new
    subject, or the words after it would still have none."""
    value = raw.get("subject_of_the_part")
    if not isinstance(value, str) or not words.new_subject.match(normalise(words, value) + " "):
        raise WordsError("understanding.yaml: 'subject_of_the_part' must be a phrase that starts a new_subject")
    return value.strip()


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


def family(words: Words, phrases: Sequence[str], where: str) -> Family:
    """Phrases as one regex: "(a|b|)" is a choice (empty: optional; choices nest), "..." up to
    GAP_WORDS words, a leading "= " the whole clause."""
    key = "\x1f".join(phrases)
    source = words.built[key] if key in words.built else _source_once(words, phrases, where)
    words.made[key] = source
    return Family(source or None, words_any_match_holds(source) if source else None)


# Sources built in this process, by the words that spell phrases out (``_spelling``) and the phrases.
_BUILT_BEFORE: dict[tuple[tuple[object, ...], str], str] = {}


def _source_once(words: Words, phrases: Sequence[str], where: str) -> str:
    """``_built_source``, built once per process for the same phrases spelled out by the same words.

    Why: a full load with no stamp to take builds some three hundred sources, most of its time; the tests load
    many edited copies of the file (each refused for one entry), and each built every family again. A source is
    a function of its phrases and of the words ``_words_regex`` spells them with, nothing else (``where`` only
    names a failure, and phrases that failed are never kept), so one built before is the very one built again."""
    seen = (_spelling(words), "\x1f".join(phrases))
    if seen not in _BUILT_BEFORE:
        _BUILT_BEFORE[seen] = _built_source(words, phrases, where)
    return _BUILT_BEFORE[seen]


# Every field of the word data that ``_words_regex`` and ``normalise`` read (a test checks their code names no other).
SPELLING_FIELDS = ("gap_stop", "whole_words", "contractions", "bare", "possessive", "emphatic")


def _spelling(words: Words) -> tuple[object, ...]:
    """The ``SPELLING_FIELDS`` of the word data, as values compared whole (a pattern by its source)."""
    return tuple(_plain(getattr(words, name)) for name in SPELLING_FIELDS)


def _plain(value: object) -> object:
    if isinstance(value, re.Pattern):
        return value.pattern
    if isinstance(value, Mapping):
        return tuple((k, _plain(v)) for k, v in value.items())
    if isinstance(value, tuple | list):
        return tuple(_plain(v) for v in value)
    return value


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
            pieces.append("".join(re.escape(w) + " " for w in normalise(words, token).split()))
    return "".join(pieces)


# The phrase compiler's output, piece by piece: a run of escaped words each followed by a space (the one
# piece that names words), the start (the lookbehind every source opens with, or "^"), a group opened, a
# lookahead opened (a gap's "never across a negator"), a group closed once, optionally or {least,most}
# times, a choice, a zero-width anchor, other characters (a gap's word, a lookahead's negators), a space.
_SOURCE_PIECE = re.compile(
    r"(?P<words>(?:(?:\\[^0-9A-Za-z ]|[^\\()|^$?*+{}\[\]. ])+ )+)|(?P<start>\(\?<!\\S\)|\^)|(?P<open>\(\?:)"
    r"|(?P<look>\(\?!)|\)(?:(?P<optional>\?)|\{(?P<least>\d+),\d+\}|(?P<once>))|(?P<bar>\|)|(?P<zero>\$|\\b)"
    r"|(?P<chars>\\S\+|(?:\\[^0-9A-Za-z ]|[^\\()|^$?*+{}\[\]. ])+)|(?P<space> )"
)
_ESCAPED = re.compile(r"\\(.)")
_ENDS = frozenset({"bar", "optional", "least", "once"})
# A set of words any match holds one of, with what makes it the one to look for (``_better``)
_OneOf = tuple[tuple[int, int, list[str]], frozenset[str]]


class _Unforeseen(Exception):
    """A piece the phrase compiler does not write: no words are derived, the family is always searched."""


@cache  # a function of the source alone, and each full load of the word data asks it of every family
def words_any_match_holds(source: str) -> frozenset[str] | None:
    """Words of which every match of a family's source holds at least one as a whole word (an item of
    ``text.split()``), or None when no such words are found: the family's ``holds_one_of``.

    Why it is safe: it reads the phrase compiler's own output (``_built_source``), in which every word of a
    phrase is written escaped and followed by a literal space, and the whole starts with "(?<!\\S)" (or "^"). A
    word written where the text before it is sure to end in whitespace or be the text's start (after that
    lookbehind, "^", a space, or a piece sure to end with one), and followed by its space, is a whole word of
    any text it matches in. The words of a phrase outside any optional group must all be there; a group that
    must be matched holds a word of one of its options. So each phrase gives word sets of which every match of
    it holds a word; one set is kept per phrase (``_better``), and a family's words are those of every phrase
    kept. A gap ("...": any words) names none, a lookahead matches nothing; any piece the compiler does not
    write gives None, as does a phrase with no word sure to be there ("(a|b|)"): that family is always
    searched. The tests check it over every family and the corpus's answers."""
    try:
        best, _, at, end = _required(_SOURCE_PIECE.finditer(source), at_word_start=False, at=0)
    except _Unforeseen:
        return None
    return best[1] if best is not None and end is None and at == len(source) else None


def _better(one: _OneOf | None, other: _OneOf | None) -> _OneOf | None:
    """The set to look for: the one whose shortest word is longest (short words are the common ones, in
    clauses too), then the smaller, then the first in order (the same on every load)."""
    if one is None or (other is not None and other[0] < one[0]):
        return other
    return one


def _one_of(found: frozenset[str]) -> _OneOf:
    return (-min(map(len, found)), len(found), sorted(found)), found


def _required(
    pieces: Iterator[re.Match[str]], at_word_start: bool, at: int
) -> tuple[_OneOf | None, bool, int, re.Match[str] | None]:
    """The best word set every match of the pieces up to a choice, a group's end or the source's end holds a
    word of, whether the text is then sure to be at a word's start, where the pieces stopped, and the choice or
    group end that stopped them (None: the source's end)."""
    best: _OneOf | None = None
    for piece in pieces:
        if piece.start() != at:
            raise _Unforeseen("a piece the compiler does not write")
        at, kind = piece.end(), piece.lastgroup
        if kind in _ENDS:
            return best, at_word_start, at, piece
        if kind == "words":
            text = piece.group(kind)
            names = (_ESCAPED.sub(r"\1", text) if "\\" in text else text).split()
            longest = min(names if at_word_start else names[1:], key=lambda name: (-len(name), name), default=None)
            best = _better(best, None if longest is None else _one_of(frozenset([longest])))
            at_word_start = True
        elif kind in ("start", "space"):
            at_word_start = True
        elif kind == "chars":
            at_word_start = False
        elif kind == "look":
            at = _past_lookahead(pieces, at)
        elif kind == "open":
            group, least, after, at = _group(pieces, at_word_start, at)
            best = _better(best, group if least else None)
            at_word_start = after and (at_word_start or least > 0)
    return best, at_word_start, at, None


def _group(pieces: Iterator[re.Match[str]], at_word_start: bool, at: int) -> tuple[_OneOf | None, int, bool, int]:
    """A group's word set (the union of its options' sets: None when one has none), how many times at least it
    is matched, whether its every option ends at a word's start, and where it ends."""
    options: list[_OneOf | None] = []
    ends_at_word_start = True
    while True:
        best, after, at, end = _required(pieces, at_word_start, at)
        if end is None:
            raise _Unforeseen("an unclosed group")
        options.append(best)
        ends_at_word_start = ends_at_word_start and after
        if end.lastgroup != "bar":
            break
    least = 0 if end.lastgroup == "optional" else int(end.group("least") or 1)
    if any(option is None for option in options):
        return None, least, ends_at_word_start, at
    return _one_of(frozenset().union(*(option[1] for option in options if option))), least, ends_at_word_start, at


def _past_lookahead(pieces: Iterator[re.Match[str]], at: int) -> int:
    """Where a lookahead ends: it matches no text, so its words are none the match holds."""
    depth = 1
    for piece in pieces:
        if piece.start() != at:
            raise _Unforeseen("a piece the compiler does not write")
        at, kind = piece.end(), piece.lastgroup
        depth += (kind in ("open", "look")) - (kind in _ENDS and kind != "bar")
        if not depth:
            return at
    raise _Unforeseen("an unclosed lookahead")


# --- reading --------------------------------------------------------------------------------


def unmarked(text: str) -> str:
    """The text with its commas and full stops blanked, the same length: a span found in it is one in the text.
    Why: a family's words end at a space, never at a punctuation mark, and Alexa sends none of them anyway."""
    return re.sub(r"[,.;!?]", " ", text)


def normalise(words: Words, text: str) -> str:
    """Lower case ASCII words, contractions spelled out, clause punctuation kept, nothing else."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    if "'" in text:
        text = words.possessive.sub(r"\1", text)
        for pattern, long in words.contractions:
            text = pattern.sub(long, text)
    # a hyphen is a space when words are spelled out too ("blue-black" is "blue black")
    text = words.bare.sub(lambda word: f" {words.whole_words[word.group()]} ", text.replace("-", " "))
    text = re.sub(r"[^a-z0-9,.;!? ]+", " ", text)
    text = words.emphatic.sub(lambda said: said.group(1) or said.group(2), text)
    return " ".join(text.split())


def clauses(words: Words, text: str) -> list[str]:
    """The text as normalised clauses, each ending in a space (so every word is followed by one)."""
    return [clause for clause, _ in clauses_cut(words, text)]


def clauses_cut(words: Words, text: str) -> list[tuple[str, str]]:
    """The text's ``clauses``, each with the word the text was cut at right after it ("though" in "my calf is swollen
    though"; "" where it was cut at a comma alone or otherwise, or ends). Why: the cut drops its word, and a reading
    that asks how the clause was closed ("I don't remember my calf is swollen though": ``doubts_before_a_statement``)
    looks at that word, not at the text again."""
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return []
    said = _commas_in_phrases(words, normalise(words, text) + " ")
    # a phrase's match ends with the space after it; a "but" right after it still splits. Read with the
    # clause punctuation blanked (same length, so the spans fit): a phrase ending at a comma or full stop
    # ("I used to run, but I haven't done anything in years, bad back") is still kept whole
    kept = [(start, end - 1) for start, end in words.joined.spans(unmarked(said))]
    parts, start = [], 0
    for cut in words.splitters.finditer(said):
        if not overlaps(cut.span(), kept):
            parts.append((said[start : cut.start()], cut.group().strip(" ,.;!?")))
            start = cut.end()
    parts.append((said[start:], ""))
    found: list[tuple[str, str]] = []
    for part, cut_at in parts:  # the part's last clause is the one its cut closed
        pieces = [" ".join(piece.split()) + " " for piece in _pieces(words, part) if piece and piece.strip()]
        found += [(piece, cut_at if at == len(pieces) - 1 else "") for at, piece in enumerate(pieces)]
        if not pieces and found and not found[-1][1]:  # "swollen... though": cut at the dots, then at the word
            found[-1] = (found[-1][0], cut_at)
    return found[:MAX_CLAUSES]


def _pieces(words: Words, part: str) -> Iterator[str]:
    """One part between splitters cut further, in order: interjections, turns, new thoughts, closed denials."""
    apart = _interjections_apart(words, part)
    turned = (turned for piece in apart for turned in words.turn.split(" ".join(piece.split()) + " "))
    new = (new for piece in turned if piece for new in words.new_thought.split(" " + " ".join(piece.split()) + " "))
    yield from (closed for piece in new if piece for closed in _denials_closed(words, piece.split()))


def _denials_closed(words: Words, tokens: list[str]) -> list[str]:
    """ "No chest pain no coughing nothing my breathing's fine": a bare denial (``denials_closing``)
    closing a list of denials (a negator among the three words before it), right before a new
    subject (``denials_closing_before``), ends the clause, so it never reaches, and undoes, the
    denial said after it. Said first it is a turn already (``turn``); "there's nothing my doctor
    could find" has no denial before it and stays one clause."""
    for at, token in enumerate(tokens):
        if (
            at >= 2
            and token in words.closing_denials
            and at + 1 < len(tokens)
            and tokens[at + 1] in words.closing_before
            and any(word in words.negators for word in tokens[max(0, at - 3) : at])
        ):
            return [" ".join(tokens[: at + 1]) + " ", *_denials_closed(words, tokens[at + 1 :])]
    return [" ".join(tokens) + " "] if tokens else []


def _commas_in_phrases(words: Words, said: str) -> str:
    """ "It's gone down a bit, but there's no swelling in my calf": a comma that a phrase with a
    splitter word inside (``joined``) spans once it is dropped is dropped, so the words read as they do
    without commas, as Alexa sends them (one phrase, the screen's denial). The slot reader joins the
    pieces a sample cut with commas ("{reply} but there's {symptom}" gives "it's gone down a bit" and
    "no swelling in my calf"), so such a phrase may leave its "but" optional. Any other comma stays a cut."""
    for comma in reversed(list(re.finditer(r"\s*,\s*", said))):
        joined = said[: comma.start()] + " " + said[comma.end() :]
        # a phrase's match ends with the space after it: one that ends at the comma does not span it
        spans = words.joined.spans(unmarked(joined))  # a phrase may end at a full stop
        if any(start < comma.start() and comma.start() + 1 < end for start, end in spans):
            said = joined
    return said


def _interjections_apart(words: Words, part: str) -> list[str]:
    """Every interjection before a new thought a clause of its own, one after another: in "no nothing
    like that can't feel my bum" the second denial must not reach the sign said after it."""
    pieces = [piece for piece in words.interjection.split(" ".join(part.split()) + " ") if piece and piece.strip()]
    if len(pieces) < 2:
        return pieces
    return [inner for piece in pieces for inner in _interjections_apart(words, piece)]


def overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)
