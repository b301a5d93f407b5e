"""The last-resort answer when the skill itself failed on a genuine request.

Why: the skill's own exception handler normally speaks a safe message. If an error escapes
it anyway, Alexa would otherwise say only "there was a problem with the requested skill's
response", and a person with a dangerous leg would hear no emergency line. This answer is the
skill's own "error" phrase in the request's locale, naming the local emergency number from the
knowledge base, and ends the session; it says nothing about the person's answers, which it
never sees. It is rendered by the skill's own SSML renderer, like every other answer, so an
emergency number such as "999" is read digit by digit.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from kb import KbError, load_kb
from skill.phrases import Phrases, PhrasesError, load_phrases
from skill.speech import ssml

LOG = logging.getLogger("skill.serving.webservice")

#: Said only if even the phrase catalogue cannot be loaded, so the person still hears where to turn.
LAST_RESORT = "Sorry, something went wrong. If you need help urgently, call your local emergency number."

#: Request types whose response may carry speech.
SPEECH_REQUEST_TYPES = frozenset({"LaunchRequest", "IntentRequest"})


@lru_cache(maxsize=1)
def _phrases() -> Phrases | None:
    """Loaded on first use (a rare path), once per process."""
    try:
        return load_phrases(load_kb())
    except (KbError, PhrasesError) as error:
        LOG.error("fallback cannot load its phrases: %s", error)
        return None


def fallback_speech(locale: str | None) -> str:
    """The skill's error phrase for ``locale`` (unknown locales get the en-US words)."""
    phrases = _phrases()
    return phrases.phrase("error", locale) if phrases is not None else LAST_RESORT


def fallback_response(request_type: str, locale: str | None) -> dict[str, Any]:
    """A response envelope: the safe sentence where speech is allowed, else an empty response."""
    if request_type not in SPEECH_REQUEST_TYPES:
        return {"version": "1.0", "response": {}}
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": _speech(fallback_speech(locale)),
            "shouldEndSession": True,
        },
    }


def _speech(text: str) -> dict[str, str]:
    try:
        return {"type": "SSML", "ssml": ssml(text)}
    except ValueError:  # the renderer refuses over-long speech; the error phrase never is, but be sure
        return {"type": "SSML", "ssml": ssml(LAST_RESORT)}
