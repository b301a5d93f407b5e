"""AWS Lambda entry point: ``skill.serving.lambda_function.lambda_handler``.

Why it is not just ``SkillBuilder.lambda_handler()``: that builds a new skill on every call and
gives no way to refuse another skill's requests before dispatch. Here the same ``build_skill()``
the web service uses is built once per Lambda container (the skill is stateless, so reuse is
safe), and the request takes the shared path of :mod:`skill.serving.edge`: ``ALEXA_SKILL_ID``
checked before the skill sees it, the same safe answer if the skill fails and the same one log line
as the web service.

Lambda needs no signature or timestamp check: Alexa invokes the function through AWS itself.
Restrict the function's Alexa Skills Kit trigger to your skill id as well (docs/deploy.md).
Nothing here imports Flask, gunicorn or the certificate machinery, to keep cold starts short.
"""

from __future__ import annotations

import logging
import os
import time
from typing import Any

from skill.serving import logs
from skill.serving.application_id import application_check
from skill.serving.config import ServeConfig
from skill.serving.edge import Edge, Refused

_edge: Edge | None = None


def _state() -> Edge:
    """The skill behind its checks, built on the first call and reused while the container lives."""
    global _edge
    if _edge is None:
        from skill.skill_builder import build_skill

        config = ServeConfig.from_env()
        logging.getLogger("skill.serving").setLevel(config.logging_level)
        logs.protect_root()  # Lambda's own handler: exception text never reaches CloudWatch
        _edge = Edge(build_skill(), [application_check(config.skill_id)])
    return _edge


# Inside Lambda the skill is built here, in the init phase, not on the first request: on-demand, AWS
# runs init with an unthrottled CPU, so for a small-memory function the build (the kb, the phrases,
# the word data) takes less wall time than it would at the first invocation's share of a vCPU, and
# with provisioned concurrency it is done before any request. Both phases are billed alike (since
# August 2025). A broken data file still stops start-up, as a failed init. Elsewhere (tests, tools,
# benchmarks) importing this module builds nothing.
if os.environ.get("AWS_LAMBDA_FUNCTION_NAME"):
    _state()


def lambda_handler(event: Any, context: Any) -> dict[str, Any]:
    """Handle one Alexa request envelope (a dict) and return the response envelope (a dict).

    Raises Refused when the request is not an Alexa envelope for this skill (Lambda reports the
    invocation as failed). If the skill itself fails, answers with the safe fallback instead.
    """
    return serve_event(_state(), event)


def serve_event(edge: Edge, event: Any) -> dict[str, Any]:
    """One Lambda event through ``edge``: the response envelope, or Refused."""
    answer = edge.answer(event, time.perf_counter())
    if answer.status != 200:
        raise Refused(answer.reason)
    return answer.body
