"""The skill: handlers, interceptors and the exception handler, in the order that matters.

Why the order: the SDK takes the first handler whose ``can_handle`` passes. Session end and
launch first; the commands that work at any moment (start over, stop, help, repeat, why) next;
then the tips phase, before the interview's answers, so "yes" after the advice means "tips";
then the answers; then the fallback for any intent left; the catch-all for other requests last.

The knowledge base and the phrase catalogue are loaded once here (a broken file stops start-up
with a message naming it), never per request.
"""

from __future__ import annotations

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from kb import KnowledgeBase, load_kb
from skill.handlers.answers import AnswerHandler, DontKnowHandler, YesNoHandler
from skill.handlers.exceptions import CatchAllExceptionHandler
from skill.handlers.fallback import FallbackHandler
from skill.handlers.help import HelpHandler
from skill.handlers.launch import LaunchHandler
from skill.handlers.one_shot import DescribePainHandler
from skill.handlers.repeat import RepeatHandler
from skill.handlers.session_ended import SessionEndedHandler
from skill.handlers.start_over import StartOverHandler
from skill.handlers.stop import StopHandler
from skill.handlers.tips import TipsNoHandler, TipsYesHandler
from skill.handlers.unhandled import UnhandledRequestHandler
from skill.handlers.why import WhyHandler
from skill.interceptors import RequestLogInterceptor, ResponseLogInterceptor, SaveStateInterceptor, TurnInterceptor
from skill.phrases import Phrases, load_phrases


def make_skill_builder(kb: KnowledgeBase | None = None, phrases: Phrases | None = None) -> SkillBuilder:
    """A configured SkillBuilder (for callers that want ``lambda_handler()`` or their own options)."""
    kb = kb if kb is not None else load_kb()
    phrases = phrases if phrases is not None else load_phrases(kb)
    builder = SkillBuilder()
    for handler in (
        SessionEndedHandler(),
        LaunchHandler(),
        StartOverHandler(),
        StopHandler(),
        HelpHandler(),
        RepeatHandler(),
        WhyHandler(),
        DescribePainHandler(),
        TipsYesHandler(),
        TipsNoHandler(),
        YesNoHandler(),
        DontKnowHandler(),
        AnswerHandler(),
        FallbackHandler(),
        UnhandledRequestHandler(),
    ):
        builder.add_request_handler(handler)
    builder.add_exception_handler(CatchAllExceptionHandler(phrases))
    builder.add_global_request_interceptor(RequestLogInterceptor())
    builder.add_global_request_interceptor(TurnInterceptor(kb, phrases))
    builder.add_global_response_interceptor(SaveStateInterceptor())
    builder.add_global_response_interceptor(ResponseLogInterceptor())
    return builder


def build_skill(kb: KnowledgeBase | None = None, phrases: Phrases | None = None) -> CustomSkill:
    """The ready skill that the web service and the Lambda handler serve."""
    return make_skill_builder(kb, phrases).create()
