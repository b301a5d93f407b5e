"""The skill as a web service: a small Flask app, ``POST /`` for Alexa, a table of ``GET`` routes.

Why it looks like this:

- Alexa's hosting rules: every request's timestamp (within 150 s) and signature (certificate chain
  from Amazon's bucket) are checked before the skill sees it, and failures get HTTP 400. The checks
  are on unless ``ASK_SDK_VERIFY_TIMESTAMP`` / ``ASK_SDK_VERIFY_SIGNATURE`` say ``false``, which is
  logged as a warning at start-up. With ``ALEXA_SKILL_ID`` set, another skill's request is refused too.
- The body is read here, with ``MAX_REQUEST_BYTES`` enforced however it is framed (``Content-Length``
  or chunked), then handed to :class:`~skill.serving.edge.Edge`, which parses it once, checks it
  (cheapest first), invokes the skill and logs one line. flask-ask-sdk's ``SkillAdapter`` is not used:
  it parses the body a second time, checks the signature before the timestamp, downloads certificates
  without a timeout into an unbounded cache and answers some bad input with HTTP 500.
- ``GET`` routes live in one table (:data:`GET_ROUTES`): the health probe today, static pages later.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_model.request_envelope import RequestEnvelope
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from skill.serving import certificates
from skill.serving.application_id import application_check
from skill.serving.config import ServeConfig
from skill.serving.edge import Check, Edge, Headers, Refused, refuse
from skill.serving.envelope import UNKNOWN, BadEnvelope, decode_body

LOG = logging.getLogger(__name__)

#: Alexa's limit on a request's age or lead (its hosting rules), in seconds.
TIMESTAMP_TOLERANCE_SECONDS = 150
_READ_CHUNK = 64 * 1024


class BodyTooLarge(Exception):
    """The body is over ``MAX_REQUEST_BYTES``, by its declared length or by what arrived."""


class BodyTimeout(Exception):
    """The client stopped sending in the middle of its body."""


def _healthz() -> tuple[Response, int]:
    """For load balancers: answers without touching the skill."""
    return jsonify(status="ok"), 200


#: Every GET route: path -> view. Static pages (privacy, terms) join this table.
GET_ROUTES: dict[str, Callable[[], Any]] = {"/healthz": _healthz}


def create_app(
    skill: CustomSkill | None = None,
    config: ServeConfig | None = None,
    certificate_cache: certificates.CertificateCache | None = None,
) -> Flask:
    """Build the Flask app serving ``skill`` (default: ``skill.skill_builder.build_skill()``).

    ``config`` defaults to :meth:`ServeConfig.from_env`, so the environment decides verification,
    the skill id and limits. ``certificate_cache`` defaults to a new one with the real download.
    """
    cfg = config if config is not None else ServeConfig.from_env()
    if skill is None:
        from skill.skill_builder import build_skill

        skill = build_skill()

    app = Flask(__name__)
    logging.getLogger("skill.serving").setLevel(cfg.logging_level)  # the request line and app.logger
    _warn_if_unverified(app.logger, cfg)
    edge = Edge(skill, web_checks(cfg, certificate_cache))
    app.add_url_rule("/", "alexa", _alexa_view(edge, cfg.max_request_bytes), methods=["POST"])
    for path, view in GET_ROUTES.items():
        app.add_url_rule(path, path.strip("/") or "index", view, methods=["GET"])
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected_error)
    return app


def web_checks(cfg: ServeConfig, cache: certificates.CertificateCache | None = None) -> list[Check]:
    """The checks a request from the internet passes, cheapest first; the signature (maybe a fetch) last."""
    checks: list[Check] = []
    if cfg.verify_timestamp:
        checks.append(timestamp_check)
    checks.append(application_check(cfg.skill_id))
    if cfg.verify_signature:
        checks.append(signature_check(certificates.SignatureCheck(cache)))
    return checks


def timestamp_check(headers: Headers, raw: bytes, envelope: RequestEnvelope) -> None:
    """Refuse a request more than 150 s old or ahead: a replayed request must not be served."""
    stamp = getattr(envelope.request, "timestamp", None)
    if stamp is None or stamp.tzinfo is None:
        raise Refused("request has no usable timestamp")
    drift = abs(time.time() - stamp.timestamp())
    if drift > TIMESTAMP_TOLERANCE_SECONDS:
        raise Refused(f"timestamp is {drift:.0f} s from now; at most {TIMESTAMP_TOLERANCE_SECONDS} s allowed")


def signature_check(verifier: certificates.SignatureCheck) -> Check:
    """The signature check as one of the edge's checks."""

    def check(headers: Headers, raw: bytes, envelope: RequestEnvelope) -> None:
        try:
            verifier.verify(headers.get("SignatureCertChainUrl"), headers.get("Signature-256"), raw)
        except certificates.SignatureRefused as refusal:
            raise Refused(str(refusal)) from None

    return check


def read_body(environ: Mapping[str, Any], content_length: int | None, limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes whether it has a length or is chunked.

    Reads the WSGI input directly: werkzeug's own limit on a chunked body stops reading at the
    limit without saying so, and the cut body would then be served. A client that stalls mid-body
    (the worker's socket timeout, :mod:`skill.serving.worker`) or goes away raises BodyTimeout.
    """
    try:
        return _read_limited(environ, content_length, limit)
    except OSError as error:
        raise BodyTimeout from error


def _read_limited(environ: Mapping[str, Any], content_length: int | None, limit: int) -> bytes:
    stream = environ["wsgi.input"]
    if content_length is not None:
        if content_length > limit:
            raise BodyTooLarge
        data: bytes = stream.read(content_length) if content_length else b""
        return data
    if not environ.get("wsgi.input_terminated"):
        return b""  # no length and no framing the server vouches for: WSGI says read nothing
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        part = stream.read(min(_READ_CHUNK, limit + 1 - size))
        if not part:
            return b"".join(parts)
        parts.append(part)
        size += len(part)
    raise BodyTooLarge


def _alexa_view(edge: Edge, limit: int) -> Callable[[], tuple[Response, int]]:
    def alexa() -> tuple[Response, int]:
        started = time.perf_counter()
        try:
            raw = read_body(request.environ, request.content_length, limit)
        except BodyTooLarge:
            answer = refuse(UNKNOWN, started, "request too large", f"body over {limit} bytes", status=413)
            return jsonify(answer.body), answer.status
        except BodyTimeout:
            answer = refuse(UNKNOWN, started, "request timeout", "client stopped sending its body", status=408)
            return jsonify(answer.body), answer.status
        try:
            data = decode_body(raw)
        except BadEnvelope as problem:
            answer = refuse(UNKNOWN, started, "malformed request", str(problem))
            return jsonify(answer.body), answer.status
        answer = edge.answer(data, raw, request.headers, started)
        return jsonify(answer.body), answer.status

    return alexa


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
