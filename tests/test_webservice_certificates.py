"""Forged requests cannot make the service fetch from anywhere, fetch for ever, or grow without bound.

Each request goes through the real Flask app and the real signature code path
(the SDK's RequestVerifier as skill/serving/certificates.py subclasses it, certvalidator underneath);
only the download is the test's own stand-in for Amazon's S3 bucket (FakeCertHost), which records
every URL asked for.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from alexa_signing import (
    GOOD_CERT_URL,
    OTHER_SKILL_ID,
    OUR_SKILL_ID,
    FakeCertHost,
    SigningPki,
    alexa_timestamp,
    body_of,
    envelope,
)
from cryptography import x509
from freezegun import freeze_time
from serving_fixtures import *  # noqa: F403  (pki, cert_host, serve)
from serving_fixtures import SDK_VALIDATOR

from skill.serving import certificates
from skill.serving.certificates import (
    CACHE_ENTRIES,
    AlexaRequestVerifier,
    CertificateCache,
    VerificationException,
    fetch_chain,
)
from skill.serving.config import ServeConfig

pytestmark = pytest.mark.filterwarnings("ignore:Properties that return a na")

WRONG_FORMS = [
    "http://s3.amazonaws.com/echo.api/{n}.pem",
    "https://s3.amazonaws.com.evil.example/echo.api/{n}.pem",
    "https://evil.example/echo.api/{n}.pem",
    "https://s3.amazonaws.com:8443/echo.api/{n}.pem",
    "https://s3.amazonaws.com/echo.api/../private/{n}.pem",
    "https://s3.amazonaws.com/Echo.Api/{n}.pem",
    "ftp://s3.amazonaws.com/echo.api/{n}.pem",
    "https://s3.amazonaws.com/echo.api{n}.pem",
]


def _signed(pki: SigningPki, served: Any, url: str, **fields: Any) -> int:
    body = body_of(envelope(**fields))
    response = served.client.post("/", data=body, headers=pki.good.headers(body, url))
    return int(response.status_code)


def test_a_thousand_forged_certificate_urls_cause_no_unbounded_growth_and_no_stray_fetch(
    serve: Any, pki: SigningPki, cert_host: FakeCertHost
) -> None:
    # The worst case for the cache: every right-form URL really serves Amazon's (here: the test's)
    # genuine chain, so each one validates and would be kept if nothing bounded the cache.
    right_form = [f"https://s3.amazonaws.com/echo.api/forged-{n}.pem" for n in range(300)]
    for url in right_form[:150]:
        cert_host.serve(url, pki.good.chain_pem)
    wrong_form = [WRONG_FORMS[n % len(WRONG_FORMS)].format(n=n) for n in range(700)]
    for url in wrong_form:
        cert_host.serve(url, pki.good.chain_pem)  # served, so only the URL rule can keep it unfetched
    cache = CertificateCache()
    served = serve(ServeConfig(skill_id=OUR_SKILL_ID), certificate_cache=cache)
    statuses = [_signed(pki, served, url) for url in wrong_form + right_form]

    assert len(statuses) == 1000
    assert all(status == 400 for status in statuses[:700]), "a request with a certificate URL of the wrong form passed"
    assert not set(cert_host.fetched) & set(wrong_form), "a certificate was fetched from a URL of the wrong form"
    assert len(cert_host.fetched) == 300, f"expected one fetch per right-form URL, saw {len(cert_host.fetched)}"
    assert len(cache) <= CACHE_ENTRIES, f"the certificate cache grew to {len(cache)} entries"
    # Still working afterwards: the genuine URL is fetched once, then served from the cache.
    assert _signed(pki, served, GOOD_CERT_URL) == 200
    assert _signed(pki, served, GOOD_CERT_URL) == 200
    assert cert_host.fetched.count(GOOD_CERT_URL) == 1, "the genuine chain was fetched again instead of cached"


def test_stale_or_foreign_requests_are_refused_before_any_fetch(
    serve: Any, pki: SigningPki, cert_host: FakeCertHost
) -> None:
    served = serve(ServeConfig(skill_id=OUR_SKILL_ID))
    stale = "https://s3.amazonaws.com/echo.api/stale.pem"
    foreign = "https://s3.amazonaws.com/echo.api/foreign.pem"
    for url in (stale, foreign):
        cert_host.serve(url, pki.good.chain_pem)
    assert _signed(pki, served, stale, timestamp=alexa_timestamp(-3600)) == 400
    assert _signed(pki, served, foreign, application_id=OTHER_SKILL_ID) == 400
    assert cert_host.fetched == [], f"a refused request still fetched {cert_host.fetched}"
    assert served.spy.calls == 0


def test_spellings_of_one_url_share_one_cache_entry_and_one_fetch(
    serve: Any, pki: SigningPki, cert_host: FakeCertHost
) -> None:
    cache = CertificateCache()
    served = serve(certificate_cache=cache)
    spellings = [
        GOOD_CERT_URL,
        "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem",
    ]
    assert [_signed(pki, served, url) for url in spellings] == [200] * 4
    assert cert_host.fetched == [GOOD_CERT_URL], f"fetched {cert_host.fetched}"
    assert len(cache) == 1


@pytest.mark.parametrize(
    "url",
    [
        "https://s3.amazonaws.com/echo.api/",
        "https://user@s3.amazonaws.com@evil.example/echo.api/x.pem",
        "https://s3.amazonaws.com:notaport/echo.api/x.pem",
        "https://s3.amazonaws.com/echo.api/x.pem\n",
        "https://s3.amazonaws.com/echo.api/" + "x" * 3000,
        "https://s3.amazonaws.com/echo.api/../../echo.api.evil/x.pem",
    ],
    ids=["prefix-only", "userinfo-host", "bad-port", "newline", "very-long", "dot-dot-escape"],
)
def test_odd_certificate_urls_are_refused_without_a_fetch(url: str, pki: SigningPki) -> None:
    fetched: list[str] = []

    def fetch(asked: str) -> bytes:
        fetched.append(asked)
        return pki.good.chain_pem

    body = body_of(envelope())
    with pytest.raises(VerificationException):
        AlexaRequestVerifier(fetch=fetch).verify(pki.good.headers(body, url), body.decode(), None)
    assert fetched == [], f"{url!r} was fetched as {fetched}"


def test_the_fetch_has_a_short_timeout_and_a_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Any] = []

    def fake_urlopen(url: str, timeout: float | None = None) -> io.BytesIO:
        asked.append(timeout)
        return io.BytesIO(b"x" * (certificates.MAX_CHAIN_BYTES + 10))

    monkeypatch.setattr(certificates, "urlopen", fake_urlopen)
    with pytest.raises(VerificationException, match="too large"):
        fetch_chain(GOOD_CERT_URL)
    assert asked and asked[0] is not None and asked[0] <= 5, f"the fetch timeout was {asked}"


def test_a_cached_certificate_is_dropped_once_it_expires(pki: SigningPki, cert_host: FakeCertHost) -> None:
    fetches: list[str] = []

    def fetch(url: str) -> bytes:
        fetches.append(url)
        return pki.good.chain_pem

    verifier = AlexaRequestVerifier(fetch=fetch)
    body = body_of(envelope())
    headers = pki.good.headers(body)
    verifier.verify(headers, body.decode(), None)
    verifier.verify(headers, body.decode(), None)
    assert fetches == [GOOD_CERT_URL], "a fresh entry was not reused"
    expiry = x509.load_pem_x509_certificate(pki.good.chain_pem).not_valid_after_utc
    with freeze_time(expiry + dt.timedelta(minutes=1)), pytest.raises(VerificationException):
        verifier.verify(headers, body.decode(), None)  # refetched, and now refused as expired
    assert fetches == [GOOD_CERT_URL, GOOD_CERT_URL], "an expired entry was served from the cache"
    assert len(verifier.cache) == 0, "an expired certificate stayed in the cache"


def test_a_check_that_fails_unexpectedly_refuses_the_request_instead_of_erroring(
    serve: Any, pki: SigningPki, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_validator(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a library bug")

    monkeypatch.setattr(SDK_VALIDATOR, broken_validator)
    served = serve()
    assert _signed(pki, served, GOOD_CERT_URL) == 400
    assert served.spy.calls == 0
