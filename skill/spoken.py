"""How typed or corpus sentences are compared with the interaction model's phrases.

Why a module of its own: the model generator, the paraphrase corpus and the try-it resolver all
compare sentences the same way; the resolver reads the generator and the generator reads the
corpus, so the one rule sits below all three.
"""

from __future__ import annotations

import re


def spoken_key(text: str) -> str:
    """How a typed sentence is compared with the model's phrases: lower case, hyphens made
    spaces, apostrophes and other punctuation dropped, spaces collapsed.

    Apostrophes go entirely so "I dont know" typed without one still matches "I don't know"."""
    text = text.replace("\u2019", "").replace("\u2018", "").replace("'", "").replace("-", " ").lower()
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


def sample_words(say: str) -> str:
    """The words of an utterance as a sample or synonym may hold them: no punctuation but apostrophes."""
    kept = "".join(ch if ch.isalpha() or ch in " '" else " " for ch in say)
    return " ".join(kept.split())
