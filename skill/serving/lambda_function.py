"""AWS Lambda entry point: ``skill.serving.lambda_function.lambda_handler``.

Why it is not just ``SkillBuilder.lambda_handler()``: that builds a new skill on every call
and gives no way to refuse another skill's requests before dispatch. Here the same
``build_skill()`` the web service uses is built once per Lambda container (the skill is
stateless, so reuse is safe), ``ALEXA_SKILL_ID`` is checked before the skill sees the
request, and each call logs the request id, type and time taken, never slot values.

Lambda needs no signature check: Alexa invokes the function through AWS itself. Restrict the
function's Alexa Skills Kit trigger to your skill id as well (docs/deploy.md).
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import RequestEnvelope

from skill.serving import logs
from skill.serving.application_id import WrongApplication, check_application_id
from skill.serving.config import ServeConfig
from skill.serving.envelope import summarize
from skill.serving.fallback import fallback_response

LOG = logging.getLogger(__name__)
logs.protect(LOG)

_skill: CustomSkill | None = None
_config: ServeConfig | None = None


def _state() -> tuple[CustomSkill, ServeConfig]:
    """The skill and settings, built on the first call and reused while the container lives."""
    global _skill, _config
    if _skill is None or _config is None:
        from skill.skill_builder import build_skill

        _config = ServeConfig.from_env()
        LOG.setLevel(_config.logging_level)
        _skill = build_skill()
    return _skill, _config


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    """Handle one Alexa request envelope (a dict) and return the response envelope (a dict).

    Raises when the request is for another skill (Lambda reports the invocation as failed).
    If the skill itself fails, answers with the safe fallback (emergency line) instead.
    """
    started = time.perf_counter()
    skill, cfg = _state()
    summary = summarize(event if isinstance(event, dict) else {})
    envelope = skill.serializer.deserialize(payload=json.dumps(event), obj_type=RequestEnvelope)
    try:
        check_application_id(envelope, cfg.skill_id)
    except WrongApplication as refusal:
        LOG.warning("alexa %s refused: %s", summary.log_fields(), refusal)
        raise
    try:
        response = skill.invoke(request_envelope=envelope, context=context)
    except Exception as error:  # the skill's own handler missed it: still answer safely
        LOG.error(
            "alexa %s skill failed (%s); answered with the safe fallback",
            summary.log_fields(),
            type(error).__name__,
        )
        return fallback_response(summary.request_type, summary.locale)
    LOG.info(
        "alexa %s served ms=%.1f",
        summary.log_fields(),
        (time.perf_counter() - started) * 1000,
    )
    return skill.serializer.serialize(response)  # type: ignore[return-value]
