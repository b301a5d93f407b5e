"""The privacy policy and terms of use pages: plain, accessible HTML that says what is true of this skill."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from skill.serving.legal_pages import PAGES, legal_page


class _Outline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.lang = None
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "html":
            self.lang = dict(attrs).get("lang")

    def handle_data(self, data):
        self.text.append(data)


def _outline(name):
    outline = _Outline()
    outline.feed(legal_page(name).decode("utf-8"))
    outline.words = " ".join(" ".join(outline.text).split())
    return outline


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_are_plain_accessible_html(name):
    outline = _outline(name)
    assert outline.lang == "en"
    assert "title" in outline.tags and "h1" in outline.tags and "main" in outline.tags
    assert outline.tags.count("h1") == 1
    assert "h2" in outline.tags, "sections with headings, so a screen reader can jump between them"
    assert not {"script", "iframe", "img", "form"} & set(outline.tags)


def test_privacy_policy_says_what_is_and_is_not_kept():
    words = _outline("privacy").words
    for promise in (
        "never written to our logs",
        "The skill has no database",
        "the request number, the kind of request, the name of the intent",
        "Check on your knee. If it isn't better, see a doctor.",
        "not a substitute for professional medical advice",
        "developer contact details",
    ):
        assert promise in words, promise


def test_terms_carry_the_disclaimer_and_every_emergency_number():
    words = _outline("terms").words
    assert "not a substitute for professional medical advice" in words
    for number in ("911", "999", "000", "112"):
        assert number in words


def test_an_unknown_page_is_refused():
    with pytest.raises(KeyError):
        legal_page("cookies")
