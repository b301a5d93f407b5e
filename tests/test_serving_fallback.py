"""The web layer's last-resort answer speaks the skill's error phrase with each locale's emergency number."""

from __future__ import annotations

import pytest

from kb import LOCALES
from skill.serving.fallback import fallback_response, fallback_speech
from tests.kb_helpers import real_kb


@pytest.mark.parametrize("locale", LOCALES)
def test_the_fallback_names_the_knowledge_base_emergency_number(locale: str) -> None:
    number = real_kb().locale(locale).emergency_number
    assert number in fallback_speech(locale), f"{locale}: the fallback must name {number}"


def test_an_unknown_locale_still_hears_an_emergency_line() -> None:
    assert real_kb().locale("en-US").emergency_number in fallback_speech("fr-FR")
    assert real_kb().locale("en-US").emergency_number in fallback_speech(None)


def test_no_speech_where_alexa_allows_none() -> None:
    assert fallback_response("SessionEndedRequest", "en-US") == {"version": "1.0", "response": {}}
    assert fallback_response("LaunchRequest", "en-US")["response"]["shouldEndSession"] is True


def test_the_fallback_is_rendered_by_the_skills_ssml_renderer_so_numbers_are_read_as_digits() -> None:
    speech = fallback_response("IntentRequest", "en-GB")["response"]["outputSpeech"]
    assert speech["type"] == "SSML", f"the safe answer is {speech['type']}, not SSML"
    assert speech["ssml"].startswith("<speak>") and speech["ssml"].endswith("</speak>")
    assert '<say-as interpret-as="digits">999</say-as>' in speech["ssml"], f"999 is not read digit by digit: {speech}"
