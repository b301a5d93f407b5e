"""The one place speech becomes SSML.

Why one function: ask-sdk-core's ``speak()`` escapes nothing, and knowledge-base text can hold
``&`` ("A&E") or ``<``, which would break the SSML and make Alexa refuse the whole response.
Every handler passes plain sentences here; nothing else builds markup.

Numbers matter in an emergency: left alone, a speech engine may read "999" as "nine hundred and
ninety-nine" or "112" as "one hundred and twelve". Three-digit numbers (emergency and help-line
numbers) are read digit by digit, and longer phone numbers as telephone numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

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


def ssml(text: str, rate: int = 100) -> str:
    """Plain text as an SSML document: ``&``, ``<`` and ``>`` escaped, numbers marked, in ``<speak>``.
    A ``rate`` other than 100 (percent) wraps it in prosody: a listener asked to be spoken to slower
    or faster, and that holds for every word that follows, the emergency line included."""
    body = _say_numbers(escape(text))
    if rate != 100:
        body = f'<prosody rate="{int(rate)}%">{body}</prosody>'
    rendered = f"<speak>{body}</speak>"
    if len(rendered) > MAX_SPEECH_CHARS:
        raise ValueError(f"speech is {len(rendered)} characters; Alexa allows {MAX_SPEECH_CHARS}")
    return rendered
