"""Refuse requests meant for another skill, as a flask-ask-sdk verifier (web service only).

Why a verifier and not ask-sdk's own ``skill_id`` check: the ask-sdk check raises inside
``skill.invoke``, which flask-ask-sdk answers with HTTP 500, and it runs once the request
has reached the skill. As an ``AbstractVerifier`` the check runs with the signature and
timestamp checks, before anything is dispatched, and flask-ask-sdk answers its failure with
HTTP 400, as Alexa's hosting rules ask.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from skill.serving import oscrypto_compat

oscrypto_compat.install()  # ask_sdk_webservice_support imports certvalidator -> oscrypto

from ask_sdk_model import RequestEnvelope  # noqa: E402
from ask_sdk_webservice_support.verifier import (  # noqa: E402
    AbstractVerifier,
    VerificationException,
)

from skill.serving.application_id import WrongApplication, check_application_id  # noqa: E402


class ApplicationIdVerifier(AbstractVerifier):
    """Refuses a request whose application id is not ours, when ours is configured."""

    def __init__(self, skill_id: str | None) -> None:
        self._skill_id = skill_id

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        try:
            check_application_id(deserialized_request_env, self._skill_id)
        except WrongApplication as refusal:
            raise VerificationException(str(refusal)) from None
