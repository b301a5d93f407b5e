"""The web layer's last-resort answer names the same emergency numbers as the knowledge base."""

from __future__ import annotations

from pathlib import Path

import yaml

from skill.serving.fallback import EMERGENCY_NUMBERS, fallback_response, fallback_speech

LOCALES_FILE = Path(__file__).resolve().parents[1] / "kb" / "data" / "locales.yaml"


def test_fallback_numbers_match_the_knowledge_base() -> None:
    locales = yaml.safe_load(LOCALES_FILE.read_text(encoding="utf-8"))["locales"]
    kb_numbers = {locale: str(entry["emergency_number"]) for locale, entry in locales.items()}
    assert EMERGENCY_NUMBERS == kb_numbers, (
        "skill/serving/fallback.py and kb/data/locales.yaml disagree on emergency numbers"
    )


def test_an_unknown_locale_still_hears_an_emergency_line() -> None:
    assert "your local emergency number" in fallback_speech("fr-FR")
    assert "your local emergency number" in fallback_speech(None)


def test_no_speech_where_alexa_allows_none() -> None:
    assert fallback_response("SessionEndedRequest", "en-US") == {"version": "1.0", "response": {}}
    assert fallback_response("LaunchRequest", "en-US")["response"]["shouldEndSession"] is True
