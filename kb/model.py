"""The knowledge base as typed, immutable objects: what the engine reads and front ends render."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kb.conditions import Condition

LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
DEFAULT_LOCALE = "en-US"

# A spoken text: "en" is the default, a locale key overrides it for that locale.
LocalText = Mapping[str, str]


def spoken_words(text: str) -> list[str]:
    """A spoken text's words, lowercased, without punctuation (apostrophes kept)."""
    return "".join(ch if ch.isalnum() or ch in " '" else " " for ch in text.lower()).split()


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    strength: str
    url: str | None = None


@dataclass(frozen=True)
class Locale:
    id: str
    emergency_number: str
    emergency_department: str
    urgent_care: str
    helpline: str
    doctor: str
    sources: tuple[str, ...]

    def placeholders(self) -> dict[str, str]:
        return {
            "emergency_number": self.emergency_number,
            "emergency_department": self.emergency_department,
            "urgent_care": self.urgent_care,
            "helpline": self.helpline,
            "doctor": self.doctor,
        }


@dataclass(frozen=True)
class AnswerValue:
    id: str
    say: LocalText
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One question; it sets the fact named by its id."""

    id: str
    phase: str  # "red_flag" or "narrowing"
    answer_type: str  # yes_no, choice, number, duration
    text: LocalText
    reprompt: LocalText
    help: LocalText
    sources: tuple[str, ...]
    reviewed: str
    values: tuple[AnswerValue, ...] = ()
    multiple: bool = False
    volunteer: tuple[str, ...] = ()
    ask_when: Condition | None = None
    number_range: tuple[int, int] | None = None
    # A core question, asked before any look-ahead whenever this holds (`true` in YAML: always).
    always_ask: Condition | None = None
    signs: tuple[str, ...] = ()  # yes/no: the options the text names aloud
    unsure_about: LocalText | None = None  # completes "you weren't sure whether ..."
    if_so: LocalText | None = None  # what to do if the sign is there after all

    def is_core(self, facts: Mapping[str, Any]) -> bool:
        return self.always_ask is not None and self.always_ask.holds(facts)

    def asked_given(self, facts: Mapping[str, Any]) -> bool:
        """Whether the kb would ask this question after these facts (its ask_when holds, or it has
        none), whether or not it is answered: what reading a volunteered answer checks too."""
        return self.ask_when is None or self.ask_when.holds(facts)

    def is_open(self, facts: Mapping[str, Any]) -> bool:
        """Unanswered, and the kb would ask it now."""
        return self.id not in facts and self.asked_given(facts)

    @property
    def fact(self) -> str:
        return self.id

    def value_ids(self) -> tuple[str, ...]:
        return tuple(v.id for v in self.values)

    def value_for(self, words: str) -> AnswerValue | None:
        """The first value that lists these words among its synonyms, case aside."""
        said = words.lower()
        return next((v for v in self.values if said in (s.lower() for s in v.synonyms)), None)

    @property
    def none_value(self) -> AnswerValue | None:
        """A choice question's "none of those": the value a bare "no" names, so that a "no" answers it
        (kb data lists "no" among its synonyms only where a no is unambiguous)."""
        return self.value_for("no") if self.answer_type == "choice" else None

    def values_named_in(self, text: str, spoken: Callable[[LocalText], str]) -> tuple[AnswerValue, ...]:
        """The answer values a spoken text names, by their spoken form (``spoken`` renders it for the
        locale) or a synonym: one definition for the validator's option count and the front ends'
        "Which one: ...?" (decision three_spoken_options)."""
        heard = f" {' '.join(spoken_words(text))} "
        return tuple(
            v
            for v in self.values
            if any(f" {' '.join(spoken_words(said))} " in heard for said in (spoken(v.say), *v.synonyms))
        )


@dataclass(frozen=True)
class RedFlag:
    id: str
    when: Condition
    disposition: str
    advice: LocalText
    reason: LocalText
    sources: tuple[str, ...]
    reviewed: str
    advice_unsure: LocalText | None = None  # said instead when only an "I don't know" fired it


@dataclass(frozen=True)
class Rule:
    id: str
    when: Condition
    disposition: str
    reason: LocalText
    sources: tuple[str, ...]
    reviewed: str


@dataclass(frozen=True)
class Feature:
    when: Condition
    weight: int
    says: LocalText


@dataclass(frozen=True)
class Cause:
    id: str
    name: LocalText
    explanation: LocalText
    features: tuple[Feature, ...]
    disposition: str
    tips: tuple[str, ...]
    see_doctor_when: LocalText
    sources: tuple[str, ...]
    reviewed: str
    self_care_days: int | None = None


@dataclass(frozen=True)
class Disposition:
    id: str
    rank: int  # higher is more urgent
    title: LocalText
    advice: LocalText
    safety_net: LocalText
    sources: tuple[str, ...]
    reviewed: str
    emergency: bool = False  # an emergency-level step: see policy decision emergency_dispositions
    # When to offer a follow-up reminder: a number of days, or "self_care_days" (the days the advice
    # itself names); None offers none.
    remind_after_days: int | str | None = None


@dataclass(frozen=True)
class Advice:
    id: str
    text: LocalText
    sources: tuple[str, ...]
    reviewed: str
    caution: LocalText | None = None
    not_when: Condition | None = None


@dataclass(frozen=True)
class Policy:
    max_answers: int
    max_question_words: int
    min_cause_score: int
    settled_margin: int
    target_answers: int
    past_target_only_for: str
    default_disposition: str
    default_self_care_days: int
    general_tips: tuple[str, ...]
    misses_before_unknown: int
    worrying_above: str
    advice_order: Mapping[str, tuple[str, ...]]  # "emergency" / "other" -> parts of the advice in order
    decisions: tuple[Mapping[str, Any], ...]
    max_spoken_options: int
    max_help_words: int
    tips_per_turn: int  # at most this many tips a turn, and a second only within max_tip_turn_words
    max_tip_turn_words: int
    unknown_on_a_screen_at_least: str
    unclear_screen_at_least: str
    # Sentence frames for the honest "I don't know" and "I couldn't tell" lines ({about}, {if_so},
    # {reasons}) and for joining two reasons ("and": {first}, {then}).
    frames: Mapping[str, LocalText]


@dataclass(frozen=True)
class Index:
    """What the engine would otherwise work out again on every look-ahead, computed once at load."""

    candidates: Mapping[str, tuple[Any, ...]]  # per question: the answers worth trying in a look-ahead
    opened_by: Mapping[str, tuple[str, ...]]  # per fact: the red-flag screens whose ask_when reads it
    gated_screens: tuple[Question, ...]  # red-flag screens that wait for an earlier answer
    # Per opener question: the questions asked only unless it was answered "no" (their ask_when holds
    # `not: {fact: opener, is: "no"}`); once one of them is answered, the opener has nothing left to do.
    opens: Mapping[str, tuple[str, ...]]
    urgency: Mapping[str, int]  # per red-flag screen: the most urgent step its answer can lead to
    # Per fact: the red flags, rules and causes whose conditions read it, so a look-ahead that changes
    # one answer re-checks only those.
    flags_reading: Mapping[str, frozenset[str]]
    rules_reading: Mapping[str, frozenset[str]]
    features_reading: Mapping[str, tuple[tuple[str, Feature], ...]]  # (cause id, feature)
    causes_reading: Mapping[str, frozenset[str]]  # per fact: the causes with a feature that reads it
    # Per fact: (compiled condition, disposition rank) of every red flag and rule reading it, the most
    # urgent first, so a look-ahead stops checking once nothing left could raise the step.
    checks_reading: Mapping[str, tuple[tuple[Condition, int], ...]]
    flag_rank: Mapping[str, int]  # per red flag, rule and cause: the rank of its disposition
    rule_rank: Mapping[str, int]
    cause_rank: Mapping[str, int]
    cause_position: Mapping[str, int]  # file order, which breaks ties between equal scores
    default_rank: int  # the rank of policy.default_disposition (no leading cause)
    # Per fact: the most urgent rank a red flag or rule reading it, or a cause reading it, leads to
    # (facts nothing reads are absent), for the look-ahead's cheap ceiling.
    check_top: Mapping[str, int]
    affected_top: Mapping[str, int]
    # Cause features as (cause id, weight, condition): those that are one test of one fact (never
    # true while it is unanswered) by that fact, and every other one, for scoring.
    scored_by_fact: Mapping[str, tuple[tuple[str, int, Condition], ...]]
    scored_always: tuple[tuple[str, int, Condition], ...]
    # Per question: the questions answered before it can be asked (its ask_when, at any depth), so an
    # answer to it says nothing new of them.
    asked_after: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything loaded and validated; dicts keep file order, which is asking / ranking order."""

    sources: Mapping[str, Source]
    locales: Mapping[str, Locale]
    questions: Mapping[str, Question]
    red_flags: Mapping[str, RedFlag]
    rules: Mapping[str, Rule]
    causes: Mapping[str, Cause]
    dispositions: Mapping[str, Disposition]
    advice: Mapping[str, Advice]
    policy: Policy
    # Derived from the fields above, so never copied: a kb made with dataclasses.replace gets its own
    # (built by the engine on first use); the loader builds the loaded kb's at start-up.
    index: Index | None = field(default=None, init=False, repr=False, compare=False)

    def locale(self, locale: str | None) -> Locale:
        """Unknown or missing locales fall back to en-US rather than failing mid-conversation."""
        return self.locales.get(locale or DEFAULT_LOCALE) or self.locales[DEFAULT_LOCALE]

    def say(self, text: LocalText | None, locale: str | None, **extra: Any) -> str:
        """Render a spoken text for a locale, with the locale's words filled in."""
        if not text:
            return ""
        loc = self.locale(locale)
        raw = text.get(loc.id) or text["en"]
        return raw.format(**loc.placeholders(), **extra) if "{" in raw else raw

    def emergency_level(self, disposition_id: str) -> bool:
        return self.dispositions[disposition_id].emergency
