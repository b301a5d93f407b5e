"""Intent names (the contract with the interaction model) and the kinds of event the conversation reacts to.

Why kinds: the conversation's routing table is keyed by what the person did (said yes, asked why,
answered with slots...), not by request or intent names, so several intents that mean the same thing
(stop, cancel, "go home") are one row, and a new request type (a permission result) is one new kind.
"""

from __future__ import annotations

from enum import Enum

YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
DONT_KNOW = "DontKnowIntent"
WHY = "WhyIntent"
ANSWER = "AnswerIntent"
DESCRIBE_PAIN = "DescribePainIntent"  # the one-shot start; carries the same slots as AnswerIntent
HELP = "AMAZON.HelpIntent"
REPEAT = "AMAZON.RepeatIntent"
START_OVER = "AMAZON.StartOverIntent"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
NAVIGATE_HOME = "AMAZON.NavigateHomeIntent"
FALLBACK = "AMAZON.FallbackIntent"
GO_BACK = "GoBackIntent"  # "go back", "undo that": the last answer is taken back and asked again
ALREADY_SAID = "AlreadySaidIntent"  # "I already told you"
SLOWER = "SlowerIntent"  # "speak slower", "slow down"
FASTER = "FasterIntent"  # "speak faster", "speed up"

# Every intent the skill expects; anything else is handled like the fallback intent.
ALL = (
    YES,
    NO,
    DONT_KNOW,
    WHY,
    ANSWER,
    DESCRIBE_PAIN,
    HELP,
    REPEAT,
    START_OVER,
    STOP,
    CANCEL,
    NAVIGATE_HOME,
    FALLBACK,
    GO_BACK,
    ALREADY_SAID,
    SLOWER,
    FASTER,
)


class Kind(Enum):
    """What the person did this turn, as far as the conversation cares."""

    LAUNCH = "launch"
    START_OVER = "start_over"
    YES = "yes"
    NO = "no"
    DONT_KNOW = "dont_know"
    ANSWER = "answer"  # slots that may carry facts (AnswerIntent, DescribePainIntent)
    HELP = "help"
    WHY = "why"
    REPEAT = "repeat"
    STOP = "stop"
    GO_BACK = "go_back"
    ALREADY_SAID = "already_said"
    SLOWER = "slower"
    FASTER = "faster"
    OTHER = "other"  # the fallback intent, or any intent this skill does not know
    PERMISSION = "permission"  # Alexa's answer to the voice permission request (Connections.Response)


_KIND_OF_INTENT = {
    YES: Kind.YES,
    NO: Kind.NO,
    DONT_KNOW: Kind.DONT_KNOW,
    WHY: Kind.WHY,
    ANSWER: Kind.ANSWER,
    DESCRIBE_PAIN: Kind.ANSWER,
    HELP: Kind.HELP,
    REPEAT: Kind.REPEAT,
    START_OVER: Kind.START_OVER,
    STOP: Kind.STOP,
    CANCEL: Kind.STOP,
    NAVIGATE_HOME: Kind.STOP,
    FALLBACK: Kind.OTHER,
    GO_BACK: Kind.GO_BACK,
    ALREADY_SAID: Kind.ALREADY_SAID,
    SLOWER: Kind.SLOWER,
    FASTER: Kind.FASTER,
}


def kind_of_intent(name: str | None) -> Kind:
    """The event kind of an intent name; an unknown or missing name is OTHER."""
    return _KIND_OF_INTENT.get(name or "", Kind.OTHER)
