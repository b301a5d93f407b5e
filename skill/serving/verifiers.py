"""The checks a request from the internet passes before the skill sees it, as the SDK's verifiers.

Why this order: the SDK's ``WebserviceSkillHandler`` runs its verifiers in list order and stops at the
first refusal, so the cheap checks go first (the timestamp, then the application id) and the
signature, whose certificate may need a download, last. The SkillAdapter's own built-in verifiers
are turned off (they would run the signature first, with the SDK's unbounded certificate cache).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_webservice_support.verifier import (
    AbstractVerifier,
    TimestampVerifier,
    VerificationException,
)

from skill.serving.application_id import WrongApplication, check_application_id
from skill.serving.certificates import AlexaRequestVerifier, CertificateCache
from skill.serving.config import ServeConfig


class ApplicationIdVerifier(AbstractVerifier):
    """Refuses a request whose application id is not ours, when ours is configured (``ALEXA_SKILL_ID``).

    Why a verifier and not ask-sdk's own ``skill_id``: that one raises inside ``skill.invoke``, once
    the request has reached the skill; a verifier refuses with the other checks, before dispatch.
    """

    def __init__(self, skill_id: str | None) -> None:
        self._skill_id = skill_id

    def verify(
        self, headers: Mapping[str, Any], serialized_request_env: str, deserialized_request_env: RequestEnvelope
    ) -> None:
        try:
            check_application_id(deserialized_request_env, self._skill_id)
        except WrongApplication as refusal:
            raise VerificationException(str(refusal)) from None


def web_verifiers(cfg: ServeConfig, cache: CertificateCache | None = None) -> list[AbstractVerifier]:
    """The SDK's timestamp check, our application id check, then the SDK's signature check (each if on)."""
    verifiers: list[AbstractVerifier] = []
    if cfg.verify_timestamp:
        verifiers.append(TimestampVerifier())
    verifiers.append(ApplicationIdVerifier(cfg.skill_id))
    if cfg.verify_signature:
        verifiers.append(AlexaRequestVerifier(cache))
    return verifiers
