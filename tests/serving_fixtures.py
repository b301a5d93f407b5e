"""Fixtures for the web service tests: the test PKI, the fake certificate host, and an app
serving the real skill with a spy that counts what reaches it.

Import the fixtures into a test module with ``from serving_fixtures import *``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from alexa_signing import (
    GOOD_CERT_URL,
    FakeCertHost,
    SigningPki,
    make_test_pki,
    trusted_validator_factory,
)
from flask.testing import FlaskClient

import skill.serving.webservice as webservice
from skill.serving import certificates
from skill.serving.certificates import CertificateCache
from skill.serving.config import ServeConfig

#: Where the SDK's RequestVerifier finds certvalidator (a name, resolved once skill.serving installed the oscrypto fix).
SDK_VALIDATOR = "ask_sdk_webservice_support.verifier.CertificateValidator"

__all__ = ["DispatchSpy", "Served", "cert_host", "pki", "real_skill", "serve", "shared_skill"]  # fixtures


@pytest.fixture(scope="session")
def pki() -> SigningPki:
    return make_test_pki()


@pytest.fixture
def cert_host(monkeypatch: pytest.MonkeyPatch, pki: SigningPki) -> FakeCertHost:
    """Amazon's certificate host and the trusted roots, pointed at the test's own PKI."""
    host = FakeCertHost()
    host.serve(GOOD_CERT_URL, pki.good.chain_pem)
    monkeypatch.setattr(certificates, "urlopen", host.urlopen)
    monkeypatch.setattr(SDK_VALIDATOR, trusted_validator_factory(pki.trust_roots))
    return host


class DispatchSpy:
    """Counts the requests that reach the skill, then lets them through unchanged.

    ``restore()`` puts the skill back as it was (the real skill is shared between tests).
    """

    def __init__(self, skill: Any) -> None:
        self.calls = 0
        self._skill = skill
        self._user_agent = skill.custom_user_agent  # flask-ask-sdk appends to it per app
        original = skill.invoke

        def invoke(request_envelope: Any, context: Any) -> Any:
            self.calls += 1
            return original(request_envelope=request_envelope, context=context)

        skill.invoke = invoke

    def restore(self) -> None:
        self._skill.__dict__.pop("invoke", None)
        self._skill.custom_user_agent = self._user_agent


def real_skill() -> Any:
    """The project's skill, exactly as the service builds it."""
    from skill.skill_builder import build_skill

    return build_skill()


@pytest.fixture(scope="session")
def shared_skill() -> Any:
    """The real skill, built once: it is stateless, and building it loads the knowledge base."""
    return real_skill()


@dataclass
class Served:
    client: FlaskClient
    spy: DispatchSpy


@pytest.fixture
def serve(cert_host: FakeCertHost, shared_skill: Any) -> Iterator[Callable[..., Served]]:
    """Build the real app around a skill (default: the real one) and spy on dispatch."""
    spies: list[DispatchSpy] = []

    def build(
        config: ServeConfig | None = None, skill: Any = None, certificate_cache: CertificateCache | None = None
    ) -> Served:
        skill = skill if skill is not None else shared_skill
        spy = DispatchSpy(skill)
        spies.append(spy)
        app = webservice.create_app(skill=skill, config=config or ServeConfig(), certificate_cache=certificate_cache)
        return Served(app.test_client(), spy)

    yield build
    for spy in reversed(spies):
        spy.restore()


def post_head(body_length: int | None, extra: str = "") -> bytes:
    """The head of ``POST /``: with a Content-Length, or chunked when ``body_length`` is None."""
    framing = "Transfer-Encoding: chunked" if body_length is None else f"Content-Length: {body_length}"
    return f"POST / HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n{framing}\r\n{extra}\r\n".encode()


def chunked(body: bytes, size: int = 1000) -> bytes:
    """``body`` in HTTP/1.1 chunked transfer coding."""
    pieces = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
