"""The skill: handlers, interceptors and the exception handler, in the order that matters.

Why the order: the SDK takes the first handler whose ``can_handle`` passes. Session end first
(no speech allowed there); then the conversation, which takes every launch and intent and routes
it through ``skill.machine.ROUTES``; then a handler acknowledging any other request type.
Requests are logged once, by the hosting edge (``skill.serving``), not here.

The knowledge base, the phrase catalogue and the free-text words are loaded once here (a broken file stops start-up
with a message naming it), never per request. The kb's JSON-Schema pass is skipped when its files
are exactly the ones a full validation already passed (``kb.loader``'s stamp): cold starts are
shorter, and changed data is still validated in full.
"""

from __future__ import annotations

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from kb import KnowledgeBase, load_kb
from skill.handlers.conversation import ConversationHandler
from skill.handlers.exceptions import CatchAllExceptionHandler
from skill.handlers.session_ended import SessionEndedHandler
from skill.handlers.unhandled import UnhandledRequestHandler
from skill.phrases import Phrases, load_phrases
from skill.word_data import words_for


def make_skill_builder(kb: KnowledgeBase | None = None, phrases: Phrases | None = None) -> SkillBuilder:
    """A configured SkillBuilder (for callers that want ``lambda_handler()`` or their own options)."""
    kb = kb if kb is not None else load_kb(trust_stamp=True)
    phrases = phrases if phrases is not None else load_phrases(kb)
    words_for(kb)  # the free-text word families: checked against the kb now, not mid-conversation
    builder = SkillBuilder()
    for handler in (SessionEndedHandler(), ConversationHandler(kb, phrases), UnhandledRequestHandler()):
        builder.add_request_handler(handler)
    builder.add_exception_handler(CatchAllExceptionHandler(phrases))
    return builder


def build_skill(kb: KnowledgeBase | None = None, phrases: Phrases | None = None) -> CustomSkill:
    """The ready skill that the web service and the Lambda handler serve."""
    return make_skill_builder(kb, phrases).create()
