"""A family's words looked up before its regex is searched (``Family.holds_one_of``, derived from the phrase
compiler's output by ``words_any_match_holds``): it only saves time, so a text it skips must be one the regex
finds nothing in. Checked over every family of the real word data and the answers anyone tuning may read
(the train part and the spent blind rounds, never the held-out part), and on phrases of each form the
compiler takes."""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from collections.abc import Iterator
from dataclasses import fields, is_dataclass, replace
from typing import Any

import pytest

from skill import word_data
from skill.devtools.corpus import load_corpus
from skill.word_data import Family, Words, clauses, family, normalise, words_any_match_holds, words_for, words_of
from tests.kb_helpers import real_kb

KB = real_kb()
WORDS = words_for(KB)
LAST_SPENT_ROUND = 75  # rounds after it are sealed: never read here
EVERY = 5  # every fifth answer: some 4,000, each clause and the whole answer searched by every family


def _families(found: Any) -> Iterator[Family]:
    """Every family the word data holds, however deep (questions, echoes, parts asked back)."""
    if isinstance(found, Family):
        yield found
    elif is_dataclass(found) and not isinstance(found, type):
        for each in fields(found):
            yield from _families(getattr(found, each.name))
    elif isinstance(found, dict | tuple | list) or hasattr(found, "values"):
        for value in found.values() if hasattr(found, "values") else found:
            yield from _families(value)


@functools.cache
def _texts() -> list[str]:
    """The clauses of the answers anyone tuning may read, and each answer whole, as the reading searches them
    (made once for the tests that search them: cutting and normalising them all takes seconds)."""
    corpus = load_corpus(KB)
    entries = corpus.train() + [e for e in corpus.blind() if e.blind_round <= LAST_SPENT_ROUND]
    texts = set()
    for entry in entries[::EVERY]:
        texts.update(clauses(WORDS, entry.say))
        texts.add(normalise(WORDS, entry.say) + " ")
    return sorted(texts)


def test_every_family_of_the_real_word_data_has_its_words():
    """The derivation reads every source the compiler writes: a family without words is searched in every
    clause, the cost this lookup saves."""
    found = {f.source: f for f in _families(WORDS) if f.source is not None}
    assert len(found) > 150
    assert [f.source[:80] for f in found.values() if f.holds_one_of is None] == []


def test_a_family_skips_no_text_its_regex_matches():
    skipping = {f.source: f for f in _families(WORDS) if f.source is not None and f.holds_one_of is not None}
    texts = _texts()
    assert len(texts) > 5000
    said = [(text, frozenset(text.split())) for text in texts]  # each text split once, not once a family
    for one in skipping.values():
        assert one.pattern is not None and one.holds_one_of is not None
        for text, its_words in said:
            if one.holds_one_of.isdisjoint(its_words):
                assert one.pattern.search(text) is None, (sorted(one.holds_one_of)[:20], text)


def test_a_word_set_handed_down_finds_what_the_text_alone_finds():
    """``Family.spans`` with the text's words made once by the caller (``words_of``, as ``named_in`` hands them to
    every question's families) finds the very spans it finds splitting the text itself."""
    texts = _texts()[::25]
    families = [f for f in _families(WORDS) if f.source is not None]
    for text in texts:
        said = words_of(text)
        assert [f.spans(text, said) for f in families] == [f.spans(text) for f in families], text


def _built(*phrases: str) -> Family:
    return family(replace(WORDS, built={}, made={}), phrases, "test")


@pytest.mark.parametrize(
    ("phrases", "holds_one_of"),
    [
        (["my calf is swollen"], {"swollen"}),  # the longest word of a phrase: short words are the common ones
        (["(very|really|) swollen"], {"swollen"}),  # an optional group names no word any match holds
        (["(swollen|puffy) calf"], {"swollen", "puffy"}),  # a group that must match: one of its options' words
        (["calf ... swollen", "= no"], {"swollen", "no"}),  # a gap names none; every phrase gives its word
        (["can't walk"], {"walk"}),  # spelled out as the compiler writes it ("can not walk")
        (["(a|b|) (c|)"], None),  # no word sure to be there: always searched
    ],
)
def test_the_words_of_each_phrase_form(phrases: list[str], holds_one_of: set[str] | None):
    built = _built(*phrases)
    assert built.holds_one_of == (None if holds_one_of is None else frozenset(holds_one_of))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("my calf is a bit swollen ", True),
        ("it is really swollen now ", True),
        ("my calf is not a bit swollen ", False),  # the gap never crosses a negator: no match, as before
        ("nothing like that ", False),
        ("swollenness ", False),  # a whole word only, in the lookup as in the regex
    ],
)
def test_a_family_finds_what_its_regex_finds(text: str, found: bool):
    built = _built("calf ... swollen", "(really|) swollen now")
    assert built.pattern is not None
    assert bool(built.spans(text)) == found == bool(built.pattern.search(text))


def test_a_source_the_compiler_does_not_write_gives_no_words():
    """Any other regex (a repeat, a class, a dot) is not read: its family is always searched."""
    for source in [r"(?<!\S)(?:calf+ )", r"(?<!\S)(?:[a-z]+ swollen )", r"(?<!\S)(?:.swollen )", r"calf |swollen "]:
        assert words_any_match_holds(source) is None, source
    assert words_any_match_holds(r"(?<!\S)(?:calf swollen )") == frozenset({"swollen"})


def test_every_family_has_the_words_its_source_gives() -> None:
    """Built data taken from the stamp (as here) or built afresh: each family has the words its source gives."""
    assert isinstance(WORDS, Words)
    assert all(f.holds_one_of == words_any_match_holds(f.source) for f in _families(WORDS) if f.source)


def test_a_source_built_before_is_taken_only_for_the_words_that_spell_it() -> None:
    """``family`` takes a source built before in the process only for the same phrases and ``SPELLING_FIELDS``:
    every field of the word data that spelling phrases out reads must be one of them."""
    read = set()
    for function in (word_data.normalise, word_data._words_regex):
        tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        read |= {
            n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute) and getattr(n.value, "id", "") == "words"
        }
    assert read and read <= set(word_data.SPELLING_FIELDS), sorted(read - set(word_data.SPELLING_FIELDS))
