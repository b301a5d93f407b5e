"""The last-resort answer when the skill itself failed on a genuine request.

Why: the skill's own exception handler normally speaks a safe message. If an error escapes
it anyway, Alexa would otherwise say only "there was a problem with the requested skill's
response", and a person with a dangerous leg would hear no emergency line. This answer names
the local emergency number (safety rule 5) and ends the session; it says nothing about the
person's answers, which it never sees.
"""

from __future__ import annotations

from typing import Any, Dict, Optional

#: Emergency numbers per locale, as in kb/data/locales.yaml (a test keeps the two in step).
EMERGENCY_NUMBERS = {
    "en-US": "911",
    "en-CA": "911",
    "en-GB": "999",
    "en-AU": "000",
    "en-IN": "112",
}

FALLBACK_SPEECH = (
    "Sorry, something went wrong on my side. "
    "If your leg is suddenly swollen, red or warm, or you are short of breath or have chest pain, "
    "call {emergency} now. Otherwise, please see a doctor about your knee."
)

#: Request types whose response may carry speech.
SPEECH_REQUEST_TYPES = frozenset({"LaunchRequest", "IntentRequest"})


def fallback_speech(locale: Optional[str]) -> str:
    """The safe sentence for ``locale``; an unknown locale gets a generic emergency line."""
    number = EMERGENCY_NUMBERS.get(locale or "")
    emergency = number if number else "your local emergency number"
    return FALLBACK_SPEECH.format(emergency=emergency)


def fallback_response(request_type: str, locale: Optional[str]) -> Dict[str, Any]:
    """A response envelope: the safe sentence where speech is allowed, else an empty response."""
    if request_type not in SPEECH_REQUEST_TYPES:
        return {"version": "1.0", "response": {}}
    return {
        "version": "1.0",
        "response": {
            "outputSpeech": {"type": "PlainText", "text": fallback_speech(locale)},
            "shouldEndSession": True,
        },
    }
