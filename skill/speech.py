"""The one place speech becomes SSML.

Why one function: ask-sdk-core's ``speak()`` escapes nothing, and knowledge-base text can hold
``&`` ("A&E") or ``<``, which would break the SSML and make Alexa refuse the whole response.
Every handler passes plain sentences here; nothing else builds markup.
"""
from __future__ import annotations

from typing import Iterable
from xml.sax.saxutils import escape

# Alexa's hard limit on output speech, in characters, SSML included.
MAX_SPEECH_CHARS = 8000


def join(sentences: Iterable[str]) -> str:
    """Plain text of the sentences as spoken, in order, blanks dropped."""
    return " ".join(s.strip() for s in sentences if s and s.strip())


def ssml(text: str) -> str:
    """Plain text as an SSML document: ``&``, ``<`` and ``>`` escaped, wrapped in ``<speak>``."""
    rendered = f"<speak>{escape(text)}</speak>"
    if len(rendered) > MAX_SPEECH_CHARS:
        raise ValueError(f"speech is {len(rendered)} characters; Alexa allows {MAX_SPEECH_CHARS}")
    return rendered
