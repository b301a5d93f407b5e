"""A reply as data (sentences, reprompt, card, end of session) and the one way it becomes a response.

Why: the conversation deals in plain sentences; turning them into SSML and a card happens here, the
same way every time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Directive, Response
from ask_sdk_model.ui import AskForPermissionsConsentCard, SimpleCard

from skill.speech import join, ssml

# Alexa's limit on card text.
MAX_CARD_CHARS = 8000


@dataclass
class Card:
    title: str
    lines: list[str] = field(default_factory=list)

    def content(self) -> str:
        return "\n".join(line for line in self.lines if line)[:MAX_CARD_CHARS]


@dataclass
class Reply:
    speech: list[str]
    reprompt: list[str] = field(default_factory=list)
    end: bool = False
    card: Card | AskForPermissionsConsentCard | None = None
    # A directive that hands the turn to Alexa (the voice permission request): Alexa's dialog comes next.
    handover: Directive | None = None

    @property
    def ends_session(self) -> bool:
        """A reply with nothing to wait for (no reprompt) ends the session too."""
        return self.end or not self.reprompt


def respond(handler_input: HandlerInput, reply: Reply, rate: int = 100) -> Response:
    """The response for a reply, spoken at ``rate`` percent; a reply without a reprompt ends the session."""
    speech, reprompt = join(reply.speech), join(reply.reprompt)
    builder = handler_input.response_builder.speak(ssml(speech, rate))
    if reprompt and not reply.end:
        builder.ask(ssml(reprompt, rate))
    if isinstance(reply.card, Card):
        builder.set_card(SimpleCard(title=reply.card.title, content=reply.card.content()))
    elif reply.card is not None:
        builder.set_card(reply.card)
    if reply.handover is not None:
        # Alexa runs its own dialog next and answers with a new request, so shouldEndSession is left
        # out, as in Amazon's examples of Connections.SendRequest.
        return builder.add_directive(reply.handover).response
    builder.set_should_end_session(reply.ends_session or not reprompt)
    return builder.response
