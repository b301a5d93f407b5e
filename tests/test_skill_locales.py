"""The words follow the locale: each English locale hears its own emergency number and services.

The expectations are written out here (not read from kb/data/locales.yaml), so a wrong number in
the data fails a test instead of being copied into it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kb import LOCALES, evaluate
from skill.phrases import REQUIRED, PhrasesError, load_phrases
from tests.alexa_requests import talk
from tests.kb_helpers import answer_from, golden_cases, play_case, real_kb

KB = real_kb()
NUMBERS = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "000", "en-IN": "112"}
EMERGENCY_DEPARTMENT = {
    "en-US": "emergency room",
    "en-GB": "A&E",
    "en-AU": "emergency department",
    "en-CA": "emergency department",
    "en-IN": "emergency department",
}
HELPLINE = {"en-GB": "NHS 111", "en-AU": "healthdirect"}
CALM = next(c for c in golden_cases() if c["expect"]["disposition"] == "self_care")["facts"]


def _dvt_response(locale: str) -> Any:
    convo = talk(locale)
    said = convo.launch()
    # The leg looks different, one calf is swollen and there is a clot risk: the emergency department.
    answer = answer_from({**CALM, "leg_signs": "yes", "calf_swollen": "yes", "clot_risk": "yes"})
    while not said.ended:
        said = convo.reply_with(convo.asked(said), answer(convo.asked(said)))
    return said


def test_every_kb_locale_has_expected_words() -> None:
    assert set(LOCALES) == set(NUMBERS), "a new locale needs its expected emergency words here"


@pytest.mark.parametrize("locale", LOCALES)
def test_launch_says_the_local_emergency_number_and_no_other(locale: str) -> None:
    said = talk(locale).launch()
    assert NUMBERS[locale] in said.sentences[0], f"{locale}: the safety sentence names {NUMBERS[locale]}: {said.speech}"
    others = set(NUMBERS.values()) - {NUMBERS[locale]}
    assert not any(n in said.speech for n in others), f"{locale}: another country's number in {said.speech}"


@pytest.mark.parametrize("locale", LOCALES)
def test_emergency_advice_names_the_local_emergency_department_and_number(locale: str) -> None:
    said = _dvt_response(locale)
    assert EMERGENCY_DEPARTMENT[locale] in said.speech, f"{locale}: {said.speech}"
    assert NUMBERS[locale] in said.speech, f"{locale}: {said.speech}"
    assert EMERGENCY_DEPARTMENT[locale] in said.card_text, f"{locale}: the card says it too"


@pytest.mark.parametrize("locale", list(HELPLINE))
def test_stopping_early_names_the_local_help_line(locale: str) -> None:
    convo = talk(locale)
    convo.launch()
    said = convo.intent("AMAZON.StopIntent")
    assert HELPLINE[locale] in said.speech and NUMBERS[locale] in said.speech, f"{locale}: {said.speech}"


@pytest.mark.parametrize("locale", LOCALES)
def test_error_message_names_the_local_emergency_number(locale: str) -> None:
    phrases = load_phrases(KB)
    assert NUMBERS[locale] in phrases.phrase("error", locale), locale


@pytest.mark.parametrize("locale", LOCALES)
def test_every_phrase_renders_in_every_locale(locale: str) -> None:
    phrases = load_phrases(KB)
    values = {
        "choices": "x",
        "cause": "x",
        "count": 3,
        "reasons": "x",
        "question": "x",
        "action": "x",
        "reason": "x",
        "days": 3,
    }
    for key in REQUIRED:
        text = phrases.phrase(key, locale, **values)
        assert text and "{" not in text, f"{locale}: {key} renders as {text!r}"


# --- the catalogue is checked when it loads -------------------------------------------------


def _catalogue(tmp_path: Path, base: str, **overrides: str) -> Path:
    (tmp_path / "en.yaml").write_text(base, encoding="utf-8")
    for locale, text in overrides.items():
        (tmp_path / f"{locale.replace('_', '-')}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def _base_yaml(**changes: str) -> str:
    import yaml

    from skill.phrases import PHRASES_DIR

    phrases = yaml.safe_load((PHRASES_DIR / "en.yaml").read_text(encoding="utf-8"))["phrases"]
    phrases.update(changes)
    phrases = {k: v for k, v in phrases.items() if v != "DROP"}
    return yaml.safe_dump({"phrases": phrases})


@pytest.mark.parametrize(
    "base,overrides,problem",
    [
        (_base_yaml(safety="DROP"), {}, "missing phrases: safety"),
        (_base_yaml(safety="Call for help now."), {}, "safety: missing placeholder(s) ['emergency_number']"),
        (_base_yaml(goodbye="Bye {name}."), {}, "goodbye: unknown placeholder(s) ['name']"),
        (_base_yaml(goodbye="Bye {."), {}, "goodbye: bad placeholder"),
        (_base_yaml(), {"en_GB": "phrases: {farewell: 'Cheerio'}"}, "en-GB.yaml: farewell: unknown phrase"),
        (_base_yaml(), {"en_GB": "phrases: {goodbye: ''}"}, "en-GB.yaml: goodbye: must be a non-empty string"),
        (_base_yaml(), {"en_AU": "goodbye: Cheers"}, "en-AU.yaml: expected a mapping named 'phrases'"),
        (
            _base_yaml(),
            {"en_GB": "phrases:\n  goodbye: Cheerio\n  goodbye: Ta-ra\n"},
            "en-GB.yaml: cannot read: the key 'goodbye' is given twice",
        ),
    ],
)
def test_a_broken_phrase_file_stops_start_up_naming_file_phrase_and_problem(
    tmp_path: Path, base: str, overrides: dict[str, str], problem: str
) -> None:
    with pytest.raises(PhrasesError) as error:
        load_phrases(KB, _catalogue(tmp_path, base, **overrides))
    assert problem in str(error.value), str(error.value)


def _screens_reached() -> list[tuple[str, dict[str, Any]]]:
    """Each red-flag screen with a golden case's answers that lead to it (the screen's own left out)."""
    screens = []
    for question in (q for q in KB.questions.values() if q.phase == "red_flag"):
        case = next((c for c in golden_cases() if question.id in play_case(KB, c)[1]), None)
        if case is not None:
            screens.append((question.id, {k: v for k, v in case["facts"].items() if k != question.id}))
    return screens


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("answer, emergencies", [("yes", 7), ("unknown", 1)])
def test_a_red_flag_yes_or_dont_know_takes_the_engines_cautious_branch(
    locale: str, answer: str, emergencies: int
) -> None:
    """In every locale, a yes to a red-flag screen, or "I don't know", goes exactly where the engine
    sends it: an emergency ends the conversation with the emergency advice said first (its unsure form
    for "I don't know"); otherwise the skill asks the engine's next question, never a calmer ending."""
    ended = 0
    for screen, path in _screens_reached():
        convo = talk(locale)
        convo.launch()
        before = convo.until(path, screen)
        said = convo.yes() if answer == "yes" else convo.dont_know()
        result = evaluate(KB, {**before.attributes["knee"]["facts"], screen: answer})
        advice = result.assessment.emergency_advice
        if advice is None:
            assert convo.asked(said) == result.question, f"{screen} {answer}: {said.speech}"
            continue
        assert said.ended and said.speech.startswith(convo.say(advice)), f"{screen} {answer}: {said.speech}"
        ended += 1
    assert ended >= emergencies, f"red-flag screens ending in an emergency on {answer}: {ended}"
