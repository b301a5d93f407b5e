"""Emergency and help-line numbers are spoken so nobody mishears them."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kb import LOCALES
from skill.speech import ssml
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
