"""Is this request for our skill? Shared by the web service (as a verifier, :mod:`skill.serving.verifiers`)
and the Lambda entry point (as a check of :class:`~skill.serving.edge.Edge`).

Kept free of the certificate machinery (certvalidator, oscrypto), which Lambda does not need.
"""

from __future__ import annotations

from ask_sdk_model.request_envelope import RequestEnvelope

from skill.serving.edge import Check, Refused


class WrongApplication(Refused):
    """The request names another skill's application id, or none at all."""


def application_ids(envelope: RequestEnvelope) -> list[str]:
    """Every application id the envelope names: context.System first, then the session."""
    found = []
    for holder in (getattr(envelope.context, "system", None), envelope.session):
        application_id = getattr(getattr(holder, "application", None), "application_id", None)
        if isinstance(application_id, str) and application_id:
            found.append(application_id)
    return found


def check_application_id(envelope: RequestEnvelope, skill_id: str | None) -> None:
    """Raise WrongApplication unless every application id in the envelope is ``skill_id``.

    A ``skill_id`` of None accepts any application (``ALEXA_SKILL_ID`` not set).
    """
    if skill_id is None:
        return
    ids = application_ids(envelope)
    if not ids:
        raise WrongApplication("Request names no application id")
    if any(found != skill_id for found in ids):
        raise WrongApplication("Request is for another skill")


def application_check(skill_id: str | None) -> Check:
    """:func:`check_application_id` as one of the edge's checks."""

    def check(envelope: RequestEnvelope) -> None:
        check_application_id(envelope, skill_id)

    return check
