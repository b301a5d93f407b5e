"""Is this request for our skill? Shared by the web service and the Lambda entry point.

Kept free of ask-sdk-webservice-support (and so of certvalidator and oscrypto), which
Lambda does not need.
"""

from __future__ import annotations

from ask_sdk_model import RequestEnvelope


class WrongApplication(Exception):
    """The request names another skill's application id, or none at all."""


def application_ids(envelope: RequestEnvelope) -> list[str]:
    """Every application id the envelope names: context.System first, then the session."""
    found = []
    system = getattr(envelope.context, "system", None)
    for application in (getattr(system, "application", None), getattr(envelope.session, "application", None)):
        application_id = getattr(application, "application_id", None)
        if application_id:
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
