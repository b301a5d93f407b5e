"""Prints how long the web service takes per Alexa request, with the real signature check.

Alexa waits at most 8 seconds for an answer. This drives signed LaunchRequests through the real
Flask app, flask-ask-sdk's verifiers and the real skill, with the test's own certificate
authority standing in for Amazon's (as in tests/test_webservice_security.py), and prints the
first request (certificate chain fetched and validated), warm requests (validated certificate cached) and the
same with verification off, plus the process's peak memory. Figures are printed, not asserted.
Run: .venv/bin/python -m benchmarks.bench_webservice
"""

from __future__ import annotations

import resource
import statistics
import time
from unittest import mock

from flask.testing import FlaskClient

import skill.serving.webservice as webservice
from skill.serving.config import ServeConfig
from skill.skill_builder import build_skill
from tests.alexa_signing import GOOD_CERT_URL, FakeCertHost, body_of, envelope, make_test_pki, trusted_validator_factory

ROUNDS = 200


def _timed(client: FlaskClient, body: bytes, headers: dict[str, str]) -> float:
    started = time.perf_counter()
    response = client.post("/", data=body, headers=headers)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.get_data(as_text=True)
    return elapsed


def _report(label: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    print(
        f"{label}: median {statistics.median(ordered):.1f} ms, p95 {ordered[int(len(ordered) * 0.95)]:.1f} ms, "
        f"max {ordered[-1]:.1f} ms over {len(ordered)} requests"
    )


def main() -> None:
    from ask_sdk_webservice_support import verifier as sdk_verifier

    from skill.serving import certificates

    pki = make_test_pki()
    host = FakeCertHost()
    host.serve(GOOD_CERT_URL, pki.good.chain_pem)
    skill = build_skill()
    with (
        mock.patch.object(certificates, "urlopen", host.urlopen),
        mock.patch.object(sdk_verifier, "CertificateValidator", trusted_validator_factory(pki.trust_roots)),
    ):
        app = webservice.create_app(skill=skill, config=ServeConfig.from_env({"LOG_LEVEL": "WARNING"}))
        client = app.test_client()
        body = body_of(envelope("LaunchRequest"))
        first = _timed(client, body, pki.good.headers(body))
        print(f"first signed request (chain fetched and validated): {first:.1f} ms")
        warm = []
        for _ in range(ROUNDS):
            body = body_of(envelope("LaunchRequest"))  # a fresh timestamp and request id each time
            warm.append(_timed(client, body, pki.good.headers(body)))
        _report("signed requests, chain cached", warm)

    unverified = webservice.create_app(
        skill=skill,
        config=ServeConfig.from_env(
            {"ASK_SDK_VERIFY_SIGNATURE": "false", "ASK_SDK_VERIFY_TIMESTAMP": "false", "LOG_LEVEL": "WARNING"}
        ),
    ).test_client()
    plain = [
        _timed(unverified, body_of(envelope("LaunchRequest")), {"Content-Type": "application/json"})
        for _ in range(ROUNDS)
    ]
    _report("verification off", plain)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory of this process (one worker's worth): {peak_kib / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
