"""The one place speech becomes SSML.

Why one function: ask-sdk-core's ``speak()`` escapes nothing, and knowledge-base text can hold
``&`` ("A&E") or ``<``, which would break the SSML and make Alexa refuse the whole response.
Every handler passes plain sentences here; nothing else builds markup.

Numbers matter in an emergency: left alone, a speech engine may read "999" as "nine hundred and
ninety-nine" or "112" as "one hundred and twelve". Three-digit numbers (emergency and help-line
numbers) are read digit by digit, and longer phone numbers as telephone numbers.

It never raises on text: characters XML cannot carry (control characters, lone surrogates) are
dropped, markup characters escaped, and speech over Alexa's limit loses whole sentences from its end
(the emergency advice always comes first), since Alexa would refuse the whole response otherwise.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# Alexa's hard limit on output speech, in characters, SSML included.
MAX_SPEECH_CHARS = 8000


def join(sentences: Iterable[str]) -> str:
    """Plain text of the sentences as spoken, in order, blanks dropped."""
    return " ".join(s.strip() for s in sentences if s and s.strip())


# A phone number of three or more groups ("1800 022 222", "13 43 25 84"), or a lone three-digit number.
_NUMBERS = re.compile(r"(?<![\w.])(?:(?P<phone>\d{2,4}(?: \d{2,4}){2,})|(?P<short>\d{3}))(?![\w])")


def _say_numbers(escaped: str) -> str:
    def mark(match: re.Match[str]) -> str:
        if match.group("phone"):
            return f'<say-as interpret-as="telephone">{match.group("phone")}</say-as>'
        return f'<say-as interpret-as="digits">{match.group("short")}</say-as>'

    return _NUMBERS.sub(mark, escaped)


# What XML 1.0 cannot carry: C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
LOG = logging.getLogger("skill")


def ssml(text: str, rate: int = 100) -> str:
    """Plain text as an SSML document: ``&``, ``<`` and ``>`` escaped, numbers marked, in ``<speak>``.
    A ``rate`` other than 100 (percent) wraps it in prosody: a listener asked to be spoken to slower
    or faster, and that holds for every word that follows, the emergency line included.

    Always a well-formed document of at most ``MAX_SPEECH_CHARS`` characters, whatever the text."""
    clean = _NOT_XML.sub("", str(text))
    rendered = _render(clean, rate)
    if len(rendered) <= MAX_SPEECH_CHARS:
        return rendered
    LOG.warning("speech of %d characters cut to Alexa's limit of %d", len(rendered), MAX_SPEECH_CHARS)
    return _render(_longest_fitting(clean, rate), rate)


def _render(text: str, rate: int = 100) -> str:
    body = _say_numbers(text.translate(_MARKUP))
    if rate != 100:
        body = f'<prosody rate="{int(rate)}%">{body}</prosody>'
    return f"<speak>{body}</speak>"


def _longest_fitting(text: str, rate: int) -> str:
    """The most whole sentences from the start that fit (words, when even the first is too long)."""
    pieces = _SENTENCE_END.split(text)
    if len(_render(pieces[0], rate)) > MAX_SPEECH_CHARS:
        pieces = pieces[0].split()
    low, high = 0, len(pieces)  # invariant: pieces[:low] fits, pieces[:high + 1] does not (or high is all)
    while low < high:
        middle = (low + high + 1) // 2
        if len(_render(" ".join(pieces[:middle]), rate)) <= MAX_SPEECH_CHARS:
            low = middle
        else:
            high = middle - 1
    return " ".join(pieces[:low])
