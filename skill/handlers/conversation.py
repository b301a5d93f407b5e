"""LaunchRequest, every IntentRequest, and Alexa's answer to the skill's permission question
(Connections.Response): one turn of the conversation state machine.

Why one handler: which transition a request takes is decided by ``skill.machine.ROUTES`` from the
conversation mode and the event kind, in one table; this handler only reads the request, runs the
machine, and stores the state it returns (the one place session attributes are written, besides the
exception handler dropping them).
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_locale, is_request_type
from ask_sdk_model import IntentRequest, Response

from kb import KnowledgeBase
from skill import machine, session
from skill.context import Context
from skill.intents import Kind, kind_of_intent
from skill.phrases import Phrases
from skill.reply import respond
from skill.session import State

LOG = logging.getLogger("skill")
REQUEST_TYPES = ("LaunchRequest", "IntentRequest", "Connections.Response")


class ConversationHandler(AbstractRequestHandler):
    def __init__(self, kb: KnowledgeBase, phrases: Phrases) -> None:
        self.kb, self.phrases = kb, phrases

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_request_type(kind)(handler_input) for kind in REQUEST_TYPES)

    def handle(self, handler_input: HandlerInput) -> Response:
        event = _event(handler_input)
        locale = self.kb.locale(str(get_locale(handler_input))).id
        ctx = Context(kb=self.kb, phrases=self.phrases, locale=locale)
        state, ctx.recovered = self._load(handler_input, event)
        step = machine.run(ctx, state, event)
        if handler_input.request_envelope.session is not None:
            ended = step.reply.ends_session
            handler_input.attributes_manager.session_attributes = {} if ended else session.dump(step.state)
        return respond(handler_input, step.reply, step.state.prosody_rate)

    def _load(self, handler_input: HandlerInput, event: machine.Event) -> tuple[State, bool]:
        """The session's state, and whether a record that should be there was unreadable or missing."""
        envelope_session = handler_input.request_envelope.session
        # A permission answer carries what it needs in its token; the record may not survive Alexa's dialog.
        if event.kind in (Kind.LAUNCH, Kind.PERMISSION) or envelope_session is None:
            return session.FRESH, False
        attributes = handler_input.attributes_manager.session_attributes
        state, recovered = session.load(attributes, self.kb)
        # Mid-session with no record at all: the state was lost on the way, say so.
        recovered = recovered or (not attributes and not envelope_session.new)
        if recovered:
            request_id = getattr(handler_input.request_envelope.request, "request_id", None) or "-"
            LOG.warning("session record unreadable; starting fresh request_id=%s", request_id)
        return state, recovered


def _event(handler_input: HandlerInput) -> machine.Event:
    envelope = handler_input.request_envelope
    request = envelope.request
    if isinstance(request, IntentRequest):
        intent = request.intent
        return machine.Event(kind_of_intent(intent.name if intent else None), intent, envelope)
    if is_request_type("Connections.Response")(handler_input):
        return machine.Event(Kind.PERMISSION, envelope=envelope)
    return machine.Event(Kind.LAUNCH, envelope=envelope)
