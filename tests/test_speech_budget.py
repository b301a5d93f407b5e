"""Short turns, action first (issue 9 section 3), asserted as properties of the text on every response
the skill can give in every locale (the inventory ``benchmarks/speech_budget.py`` prints).

Limits: 150 words a minute; no turn but a final advice (or a turn of tips, or "why" after the
advice, which are capped by count instead) says more than 20 words (8 seconds) before its question;
the launch at most 27 (about 10 seconds); every open turn ends with a question; emergency endings
start with the action. Questions whose knowledge-base text breaks the kb's own spoken limits (more
than three options, a help over 25 words, a question that does not end with "?") are the kb's to
fix: they are listed by ``test_the_kb_questions_fit_the_spoken_limits``, which fails until they are.
"""

from __future__ import annotations

from functools import cache

import pytest

from benchmarks.speech_budget import (
    HELP_WORDS,
    LAUNCH_WORDS,
    QUESTION_WORDS,
    SPOKEN_OPTIONS,
    Turn,
    question_rows,
    sentences,
    turns,
    words,
)
from kb import LOCALES, KnowledgeBase
from skill.intents import Kind
from skill.phrases import load_phrases
from tests.kb_helpers import real_kb

KB = real_kb()


def kb_over(kb: KnowledgeBase, locale: str) -> dict[str, dict[str, str]]:
    """Questions whose own kb text is past the spoken limits: question id -> {problem: detail}."""
    over: dict[str, dict[str, str]] = {}
    for question, text, options in question_rows(kb, locale):
        help_words = words(kb.say(question.help, locale))
        problems = {
            "words": f"{words(text)} words" if words(text) > QUESTION_WORDS else "",
            "options": f"{options} options" if (options or 0) > SPOKEN_OPTIONS else "",
            "help": f"help of {help_words} words" if help_words > HELP_WORDS else "",
            "question": "" if text.endswith("?") else "does not end with a question",
        }
        if any(problems.values()):
            over[question.id] = {name: detail for name, detail in problems.items() if detail}
    return over


@cache
def heard(locale: str) -> tuple[Turn, ...]:
    return tuple(turns(KB, load_phrases(KB), locale))


def _at_kb_over_question(turn: Turn, locale: str, *problems: str) -> bool:
    """The turn is long (or flat) because of a kb text past the limits: a question listing too many
    options (its "Which one: ...?"), a long help (said by "why"), a question that asks nothing."""
    pending = turn.label.split(" ")[2] if turn.label.startswith("asking ") else ""
    for qid, found in kb_over(KB, locale).items():
        if qid not in (turn.asks, pending):
            continue
        if "options" in found and "options" in problems:
            return True
        if "help" in found and "help" in problems and turn.kind == Kind.WHY:
            return True
        if "question" in found and "question" in problems and qid == turn.asks:
            return True
    return False


@pytest.mark.parametrize("locale", LOCALES)
def test_no_open_turn_says_more_than_its_limit_before_the_question(locale: str) -> None:
    over = [
        f"{t.label}: {words(t.lead)} words > {t.limit}: {t.speech}"
        for t in heard(locale)
        if t.over and not _at_kb_over_question(t, locale, "options", "help")
    ]
    assert not over, "\n".join(over)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_open_turn_ends_with_a_question(locale: str) -> None:
    flat = [
        f"{t.label}: {t.speech}"
        for t in heard(locale)
        if not t.final and not t.speech.endswith("?") and not _at_kb_over_question(t, locale, "question")
    ]
    assert not flat, "\n".join(flat)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_launch_is_the_safety_line_the_clot_check_and_the_first_question_in_about_ten_seconds(
    locale: str,
) -> None:
    phrases = load_phrases(KB)
    (launch,) = [t for t in heard(locale) if t.kind == Kind.LAUNCH]
    assert launch.speech.startswith(phrases.phrase("safety", locale))
    assert "I'll check for a blood clot and other emergencies first" in launch.speech
    assert launch.question and words(launch.lead) <= LAUNCH_WORDS, f"{words(launch.lead)} words: {launch.speech}"


@pytest.mark.parametrize("locale", LOCALES)
def test_emergency_endings_start_with_the_action(locale: str) -> None:
    """The first sentence is the action ("Call 911 now.", "Go to the emergency room now."), nothing before it."""
    actions = {sentences(KB.say(d.advice, locale))[0] for d in KB.dispositions.values() if d.emergency}
    endings = [t for t in heard(locale) if t.emergency]
    assert endings, "the walk reaches emergency endings"
    for turn in endings:
        assert sentences(turn.speech)[0] in actions, f"{turn.label}: {turn.speech}"
        assert not turn.speech.startswith(("Okay", "Sorry", "Got it")), turn.speech


@pytest.mark.parametrize("locale", LOCALES)
def test_a_turn_of_tips_holds_one_or_two_tips(locale: str) -> None:
    for turn in heard(locale):
        if turn.tips:
            said = [a for a in KB.advice.values() if KB.say(a.text, locale) in turn.speech]
            assert 1 <= len(said) <= KB.policy.tips_per_turn, f"{turn.label}: {len(said)} tips: {turn.speech}"


@pytest.mark.parametrize("locale", ["en-US"])
def test_the_kb_questions_fit_the_spoken_limits(locale: str) -> None:
    over = kb_over(KB, locale)
    assert not over, "\n".join(f"{qid}: {', '.join(why.values())}" for qid, why in over.items())
