"""The skill as a web service: Flask, with flask-ask-sdk's SkillAdapter at ``POST /``, a table of ``GET`` routes.

Why it looks like this:

- Alexa's hosting rules: every request's timestamp (within 150 s) and signature (certificate chain
  from Amazon's bucket) are checked before the skill sees it, and failures get HTTP 400. The checks
  are the SDK's ``TimestampVerifier`` and ``RequestVerifier`` (the latter with a safe fetch and a
  bounded cache, :mod:`skill.serving.certificates`), given to the adapter in order of cost with the
  adapter's built-in ones off (:mod:`skill.serving.verifiers`). They are on unless
  ``ASK_SDK_VERIFY_TIMESTAMP`` / ``ASK_SDK_VERIFY_SIGNATURE`` say ``false``, which is logged as a
  warning at start-up. With ``ALEXA_SKILL_ID`` set, another skill's request is refused too.
- The adapter (:mod:`skill.serving.adapter`) reads the body within ``MAX_REQUEST_BYTES`` (413 however
  it is framed), lets the SDK parse it once, verify it and invoke the skill, and ends every request
  with a clean answer and one log line.
- ``GET`` routes live in one table (:data:`GET_ROUTES`): the health probe today, static pages later.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from ask_sdk_core.skill import CustomSkill
from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException

from skill.serving.adapter import AlexaSkillAdapter, EnvelopeReader, VerificationPassed
from skill.serving.certificates import CertificateCache
from skill.serving.config import ServeConfig
from skill.serving.legal_pages import CONTENT_TYPE, PAGES, legal_page
from skill.serving.verifiers import web_verifiers

LOG = logging.getLogger(__name__)

#: flask-ask-sdk's app settings for its built-in verifiers (``VERIFY_*_APP_CONFIG``): always off here,
#: because :func:`~skill.serving.verifiers.web_verifiers` gives it the same checks in a better order.
_SDK_BUILT_IN_VERIFIERS = ("ASK_SDK_VERIFY_SIGNATURE", "ASK_SDK_VERIFY_TIMESTAMP")


def _healthz() -> tuple[Response, int]:
    """For load balancers: answers without touching the skill."""
    return jsonify(status="ok"), 200


def _legal_view(name: str) -> Callable[[], Response]:
    """The privacy policy or terms of use that skill.json links to (plain HTML from docs/legal)."""

    def view() -> Response:
        return Response(legal_page(name), status=200, content_type=CONTENT_TYPE)

    return view


#: Every GET route: path -> view: the health probe, then the pages the store listing links to.
GET_ROUTES: dict[str, Callable[[], Any]] = {"/healthz": _healthz} | {f"/{page}": _legal_view(page) for page in PAGES}


def create_app(
    skill: CustomSkill | None = None,
    config: ServeConfig | None = None,
    certificate_cache: CertificateCache | None = None,
) -> Flask:
    """Build the Flask app serving ``skill`` (default: ``skill.skill_builder.build_skill()``).

    ``config`` defaults to :meth:`ServeConfig.from_env`, so the environment decides verification,
    the skill id and limits. ``certificate_cache`` defaults to a new one. The skill's serializer
    becomes an :class:`~skill.serving.adapter.EnvelopeReader` (it serialises responses as before).
    """
    cfg = config if config is not None else ServeConfig.from_env()
    if skill is None:
        from skill.skill_builder import build_skill

        skill = build_skill()
    if not isinstance(skill.serializer, EnvelopeReader):
        skill.serializer = EnvelopeReader()

    app = Flask(__name__)
    for setting in _SDK_BUILT_IN_VERIFIERS:
        app.config[setting] = False
    logging.getLogger("skill.serving").setLevel(cfg.logging_level)  # the request line and app.logger
    _warn_if_unverified(app.logger, cfg)
    adapter = AlexaSkillAdapter(
        skill=skill,
        skill_id=cfg.skill_id or "knee-pain-guide",
        verifiers=[*web_verifiers(cfg, certificate_cache), VerificationPassed()],
        app=app,
        max_request_bytes=cfg.max_request_bytes,
    )
    adapter.register(app=app, route="/", endpoint="alexa")
    for path, view in GET_ROUTES.items():
        app.add_url_rule(path, path.strip("/") or "index", view, methods=["GET"])
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def _warn_if_unverified(logger: logging.Logger, cfg: ServeConfig) -> None:
    off = [
        name
        for name, on in (
            ("ASK_SDK_VERIFY_SIGNATURE", cfg.verify_signature),
            ("ASK_SDK_VERIFY_TIMESTAMP", cfg.verify_timestamp),
        )
        if not on
    ]
    if off:
        logger.warning(
            "!!! ALEXA REQUEST VERIFICATION IS OFF (%s=false): anyone who can reach this "
            "server can talk to the skill as if they were Alexa. Use this only for local "
            "testing, never on a public endpoint. !!!",
            "=false, ".join(off),
        )
    if cfg.skill_id is None:
        logger.info("ALEXA_SKILL_ID is not set: requests for any skill id are accepted")


def _http_error(error: HTTPException) -> tuple[Response, int]:
    """Short JSON for 404, 405 and friends, instead of an HTML page."""
    return jsonify(error=(error.name or "error").lower()), error.code or 500


def _unexpected_error(error: Exception) -> tuple[Response, int]:
    """Anything else: logged by type only, answered without detail."""
    LOG.error("unexpected %s outside the Alexa view", type(error).__name__)
    return jsonify(error="internal error"), 500
