"""The skill as a web service: Flask, with flask-ask-sdk's SkillAdapter at ``POST /``.

Why it looks like this:

- Alexa's hosting rules: every request's signature (certificate chain from Amazon) and
  timestamp (within 150 s) are checked before the skill sees it, and failures get HTTP 400.
  flask-ask-sdk's ``RequestVerifier`` and ``TimestampVerifier`` do the checking; they are on
  unless ``ASK_SDK_VERIFY_SIGNATURE`` / ``ASK_SDK_VERIFY_TIMESTAMP`` say ``false``, which is
  logged as a warning at start-up.
- With ``ALEXA_SKILL_ID`` set, a request for any other skill is refused the same way.
- flask-ask-sdk answers some bad input with HTTP 500 (a body ask-sdk cannot read) or lets
  errors escape (a signature that is not base64, a certificate that cannot be fetched).
  The view below checks the body first and turns every failure before dispatch into a 4xx,
  and a failure of the skill itself on a genuine request into a safe spoken answer.
- Logs name the request (id, type, intent, locale), the outcome and the time taken; never
  the body or slot values, which are health data.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable, Mapping
from typing import Any

from skill.serving import oscrypto_compat

# Must run before flask_ask_sdk imports certvalidator, which imports oscrypto.
oscrypto_compat.install()

from ask_sdk_core.skill import CustomSkill  # noqa: E402
from ask_sdk_model import RequestEnvelope  # noqa: E402
from ask_sdk_runtime.exceptions import AskSdkException  # noqa: E402
from ask_sdk_webservice_support.verifier import (  # noqa: E402
    AbstractVerifier,
    VerificationException,
)
from flask import Flask, Response, g, jsonify, request  # noqa: E402
from flask_ask_sdk.skill_adapter import (  # noqa: E402
    VERIFY_SIGNATURE_APP_CONFIG,
    VERIFY_TIMESTAMP_APP_CONFIG,
    SkillAdapter,
)
from werkzeug.exceptions import HTTPException  # noqa: E402

from skill.legal_pages import CONTENT_TYPE, PAGES, legal_page  # noqa: E402
from skill.serving import logs  # noqa: E402
from skill.serving.config import ServeConfig  # noqa: E402
from skill.serving.envelope import BadEnvelope, RequestSummary, parse_envelope, summarize  # noqa: E402
from skill.serving.fallback import fallback_response  # noqa: E402
from skill.serving.verifiers import ApplicationIdVerifier  # noqa: E402

LOG = logging.getLogger(__name__)

# ask-sdk-webservice-support 1.3.3 reads the certificate's naive validity dates, which
# cryptography deprecates; the check still works (tests prove it) and a deployer cannot act
# on the warning, so keep it out of the logs.
warnings.filterwarnings(
    "ignore",
    message="Properties that return a na",
    module="ask_sdk_webservice_support.verifier",
)

_VERIFIED_FLAG = "alexa_request_verified"


class _MarkVerified(AbstractVerifier):
    """Runs after every other verifier and records that the request passed them all.

    It is how the view tells a failure of verification (answered 400) from a failure of the
    skill itself (answered with safe speech), whatever exception either one raised.
    """

    def verify(
        self,
        headers: Mapping[str, Any],
        serialized_request_env: str,
        deserialized_request_env: RequestEnvelope,
    ) -> None:
        setattr(g, _VERIFIED_FLAG, True)


def create_app(skill: CustomSkill | None = None, config: ServeConfig | None = None) -> Flask:
    """Build the Flask app serving ``skill`` (default: ``skill.skill_builder.build_skill()``).

    ``config`` defaults to :meth:`ServeConfig.from_env`, so the environment decides
    verification, the skill id and limits.
    """
    cfg = config if config is not None else ServeConfig.from_env()
    if skill is None:
        from skill.skill_builder import build_skill

        skill = build_skill()

    app = Flask(__name__)
    app.config[VERIFY_SIGNATURE_APP_CONFIG] = cfg.verify_signature
    app.config[VERIFY_TIMESTAMP_APP_CONFIG] = cfg.verify_timestamp
    app.config["MAX_CONTENT_LENGTH"] = cfg.max_request_bytes
    app.logger.setLevel(cfg.logging_level)
    logs.protect(app.logger)
    _warn_if_unverified(app.logger, cfg)

    adapter = SkillAdapter(
        skill=skill,
        skill_id=cfg.skill_id or "knee-pain-guide",
        verifiers=[ApplicationIdVerifier(cfg.skill_id), _MarkVerified()],
        app=app,
    )
    app.add_url_rule("/", "alexa", _alexa_view(adapter, app.logger), methods=["POST"])
    app.add_url_rule("/healthz", "healthz", _healthz, methods=["GET"])
    for page in PAGES:  # the privacy policy and terms of use that skill.json links to
        app.add_url_rule(f"/{page}", page, _legal_view(page), methods=["GET"])
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def _warn_if_unverified(logger: logging.Logger, cfg: ServeConfig) -> None:
    off = [
        name
        for name, on in (
            (VERIFY_SIGNATURE_APP_CONFIG, cfg.verify_signature),
            (VERIFY_TIMESTAMP_APP_CONFIG, cfg.verify_timestamp),
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


def _healthz() -> tuple[Response, int]:
    """For load balancers: answers without touching the skill."""
    return jsonify(status="ok"), 200


def _legal_view(name: str) -> Callable[[], Response]:
    def view() -> Response:
        return Response(legal_page(name), status=200, content_type=CONTENT_TYPE)

    return view


def _alexa_view(adapter: SkillAdapter, logger: logging.Logger) -> Callable[[], tuple[Response, int]]:
    def alexa() -> tuple[Response, int]:
        started = time.perf_counter()
        summary: RequestSummary | None = None
        try:
            summary = summarize(parse_envelope(request.get_data(cache=True)))
        except BadEnvelope as problem:
            return _refuse(logger, started, None, 400, "malformed request", str(problem))
        try:
            response = adapter.dispatch_request()
        except Exception as error:  # every failure gets a clean answer below
            return _after_failure(logger, started, summary, error)
        _log(logger, logging.INFO, started, summary, 200, "served")
        return response, 200

    return alexa


def _after_failure(
    logger: logging.Logger, started: float, summary: RequestSummary, error: Exception
) -> tuple[Response, int]:
    """400 when the request failed verification or could not be read; else safe speech."""
    # flask-ask-sdk re-raises library errors as werkzeug errors; the original is the context.
    root = error.__context__ if isinstance(error, HTTPException) and error.__context__ else error
    if not getattr(g, _VERIFIED_FLAG, False):
        if isinstance(root, VerificationException):
            reason = str(root.args[0])[:200] if root.args else "verification failed"
            return _refuse(logger, started, summary, 400, "request failed verification", reason)
        if isinstance(root, AskSdkException):
            # e.g. an unknown request type; the message may quote the body, so only the type.
            reason = f"ask-sdk could not read the envelope ({type(root).__name__})"
            return _refuse(logger, started, summary, 400, "malformed request", reason)
        reason = f"{type(root).__name__} while verifying"
        return _refuse(logger, started, summary, 400, "request failed verification", reason)
    _log(
        logger,
        logging.ERROR,
        started,
        summary,
        200,
        f"skill failed ({type(root).__name__}); answered with the safe fallback",
    )
    return jsonify(fallback_response(summary.request_type, summary.locale)), 200


def _refuse(
    logger: logging.Logger,
    started: float,
    summary: RequestSummary | None,
    status: int,
    public: str,
    reason: str,
) -> tuple[Response, int]:
    # Verifier messages can quote header values (a certificate URL); keep them on one line.
    printable = "".join(ch if ch.isprintable() else "?" for ch in reason)
    _log(logger, logging.WARNING, started, summary, status, f"refused: {printable}")
    return jsonify(error=public), status


def _log(
    logger: logging.Logger,
    level: int,
    started: float,
    summary: RequestSummary | None,
    status: int,
    outcome: str,
) -> None:
    elapsed_ms = (time.perf_counter() - started) * 1000
    fields = summary.log_fields() if summary is not None else "request_id=-"
    logger.log(level, "alexa %s status=%d ms=%.1f %s", fields, status, elapsed_ms, outcome)


def _http_error(error: HTTPException) -> tuple[Response, int]:
    """Short JSON for 404, 405, 413 and friends, instead of an HTML page."""
    status = error.code or 500
    body: dict[str, Any] = {"error": (error.name or "error").lower()}
    if status == 413:
        LOG.warning("alexa request_id=- status=413 refused: body too large")
    return jsonify(body), status


def _unexpected_error(error: Exception) -> tuple[Response, int]:
    """Anything else: logged by type only, answered without detail."""
    LOG.error("unexpected %s outside the Alexa view", type(error).__name__)
    return jsonify(error="internal error"), 500
