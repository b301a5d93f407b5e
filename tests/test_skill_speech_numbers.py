"""Emergency and help-line numbers are spoken so nobody mishears them; any text is speech Alexa accepts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb import LOCALES
from skill.speech import MAX_SPEECH_CHARS, ssml
from tests.kb_helpers import real_kb


@pytest.mark.parametrize("locale", LOCALES)
def test_each_locale_emergency_number_is_read_digit_by_digit(locale: str) -> None:
    number = real_kb().locale(locale).emergency_number
    doc = ET.fromstring(ssml(f"Call {number} now."))
    marked = [(el.get("interpret-as"), el.text) for el in doc.iter("say-as")]
    assert marked == [("digits", number)], f"{number} must be read as digits, not as a quantity: {marked}"


def test_a_help_line_is_read_as_a_telephone_number_and_other_numbers_are_left_alone() -> None:
    doc = ET.fromstring(ssml("Call healthdirect on 1800 022 222. Ice for 15 minutes, 2 to 3 times a day."))
    marked = [(el.get("interpret-as"), el.text) for el in doc.iter("say-as")]
    assert marked == [("telephone", "1800 022 222")], marked
    assert "15 minutes, 2 to 3 times" in "".join(doc.itertext())


@settings(max_examples=300, deadline=None)
@given(text=st.text() | st.text(st.sampled_from("&<>\"' .9\x00\x1b\ud800\ufffe"), max_size=50))
def test_any_text_becomes_well_formed_speech_alexa_accepts(text: str) -> None:
    """The renderer never raises: markup is escaped, what XML cannot carry is dropped."""
    rendered = ssml(text)
    doc = ET.fromstring(rendered)
    assert doc.tag == "speak" and len(rendered) <= MAX_SPEECH_CHARS
    kept = "".join(ch for ch in text if ch in "\t\n\r" or (ch >= " " and not _not_xml(ch)))
    kept = kept.replace("\r\n", "\n").replace("\r", "\n")  # as every XML parser reads line ends
    assert "".join(doc.itertext()) == kept, "every character XML can carry is spoken as written"


def _not_xml(ch: str) -> bool:
    return "\ud800" <= ch <= "\udfff" or ch in "\ufffe\uffff"


def test_speech_over_alexas_limit_keeps_whole_sentences_from_the_start() -> None:
    first = "Call 999 now: this could be a blood clot."
    text = first + " " + " ".join(f"Tip {n} of many, at 112 minutes & more." for n in range(400))
    rendered = ssml(text)
    spoken = "".join(ET.fromstring(rendered).itertext())
    assert len(rendered) <= MAX_SPEECH_CHARS, len(rendered)
    assert spoken.startswith(first) and spoken.endswith("& more."), "whole sentences, the first one kept"
    assert len(rendered) > MAX_SPEECH_CHARS - 200, "only what does not fit is dropped"


def test_one_word_longer_than_the_limit_is_dropped_not_raised() -> None:
    assert ET.fromstring(ssml("x" * (MAX_SPEECH_CHARS + 1))).tag == "speak"
