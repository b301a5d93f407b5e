"""A stand-in for Alexa's signing side: our own certificate authority, signed requests, and a
fake of the one Amazon server the verifier talks to.

Why: the web service's security rests on ask-sdk-webservice-support's real RequestVerifier
(certificate URL rules, chain validation with certvalidator and oscrypto, name and expiry
checks, RSA SHA-256 signature) and TimestampVerifier. To run that code for real without
Amazon, the tests make a root CA, an intermediate and signing certificates with
``cryptography``, sign request bodies the way Alexa does (``Signature-256`` header,
PKCS#1 v1.5 over SHA-256, base64), and point only two things at their own files: the
download of the certificate chain (``urlopen`` in skill/serving/certificates.py, whose subclass of
the verifier fetches with a timeout) and the trusted roots (a certvalidator ``ValidationContext``
holding our root instead of the system's, in the verifier module).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.error import URLError

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from skill.devtools import envelopes

ALEXA_CERT_NAME = "echo-api.amazon.com"
GOOD_CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
OUR_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000c0de"
OTHER_SKILL_ID = "amzn1.ask.skill.11111111-1111-4111-8111-111111111111"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Knee Pain Guide tests"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


@dataclass
class Issued:
    """A certificate with its private key."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def make_ca(common_name: str) -> Issued:
    """A self-signed root certificate authority, valid from yesterday for ten years."""
    key = _new_key()
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(key, cert)


def issue_intermediate(issuer: Issued, common_name: str) -> Issued:
    """An intermediate CA signed by ``issuer``, like the ones in Amazon's chain."""
    key = _new_key()
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1825))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
        .sign(issuer.key, hashes.SHA256())
    )
    return Issued(key, cert)


def issue_signing_cert(
    issuer: Issued,
    key: rsa.RSAPrivateKey,
    dns_names: Sequence[str] = (ALEXA_CERT_NAME,),
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
) -> Issued:
    """An end certificate like Alexa's signing certificate (SAN names, digital signature)."""
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(dns_names[0] if dns_names else "no-name"))
        .issuer_name(issuer.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - dt.timedelta(days=1))
        .not_valid_after(not_after or now + dt.timedelta(days=90))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=False,
        )
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(name) for name in dns_names]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),
            critical=False,
        )
        .sign(issuer.key, hashes.SHA256())
    )
    return Issued(key, cert)


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


@dataclass
class SigningIdentity:
    """A signing key and the PEM chain (end certificate first) served at its URL."""

    key: rsa.RSAPrivateKey
    chain_pem: bytes

    def sign(self, body: bytes) -> str:
        """The ``Signature-256`` header value for ``body``, as Alexa computes it."""
        signature = self.key.sign(body, padding.PKCS1v15(), hashes.SHA256())
        return base64.b64encode(signature).decode("ascii")

    def headers(self, body: bytes, cert_url: str = GOOD_CERT_URL) -> dict[str, str]:
        return {
            "SignatureCertChainUrl": cert_url,
            "Signature-256": self.sign(body),
            "Content-Type": "application/json; charset=utf-8",
        }


@dataclass
class SigningPki:
    """Everything the tests sign with: a trusted root and several signing identities."""

    root: Issued
    good: SigningIdentity
    expired: SigningIdentity
    wrong_name: SigningIdentity
    untrusted: SigningIdentity

    @property
    def trust_roots(self) -> list[bytes]:
        return [self.root.der]


def make_test_pki() -> SigningPki:
    """One trusted root + intermediate, and signing identities good and bad (about 1 s)."""
    root = make_ca("Knee Pain Guide Test Root CA")
    intermediate = issue_intermediate(root, "Knee Pain Guide Test Intermediate CA")
    signing_key = _new_key()
    now = _now()

    def identity(leaf: Issued, chain: Sequence[Issued]) -> SigningIdentity:
        return SigningIdentity(leaf.key, leaf.pem + b"".join(c.pem for c in chain))

    good = issue_signing_cert(intermediate, signing_key)
    expired = issue_signing_cert(
        intermediate,
        signing_key,
        not_before=now - dt.timedelta(days=60),
        not_after=now - dt.timedelta(days=1),
    )
    wrong_name = issue_signing_cert(intermediate, signing_key, dns_names=("echo-api.example.com",))
    rogue_root = make_ca("Rogue Root CA")
    untrusted = issue_signing_cert(rogue_root, signing_key)
    return SigningPki(
        root=root,
        good=identity(good, [intermediate]),
        expired=identity(expired, [intermediate]),
        wrong_name=identity(wrong_name, [intermediate]),
        untrusted=identity(untrusted, [rogue_root]),
    )


@dataclass
class FakeCertHost:
    """Plays S3 serving Amazon's certificate chains: answers only the URLs it was given."""

    chains: dict[str, bytes] = field(default_factory=dict)
    fetched: list[str] = field(default_factory=list)

    def serve(self, url: str, chain_pem: bytes) -> None:
        self.chains[url] = chain_pem

    def urlopen(self, url: Any, *args: Any, **kwargs: Any) -> io.BytesIO:
        url = getattr(url, "full_url", url)
        self.fetched.append(url)
        if url not in self.chains:
            raise URLError(f"test certificate host has nothing at {url}")
        return io.BytesIO(self.chains[url])


def trusted_validator_factory(trust_roots: list[bytes]) -> Callable[..., Any]:
    """certvalidator's CertificateValidator, trusting only ``trust_roots`` (our test root)."""
    from certvalidator import CertificateValidator, ValidationContext

    def make(end_cert: bytes, intermediate_certs: list[bytes] | None = None, validation_context: Any = None) -> Any:
        context = validation_context or ValidationContext(trust_roots=list(trust_roots))
        return CertificateValidator(end_cert, intermediate_certs, validation_context=context)

    return make


def alexa_timestamp(offset_seconds: float = 0.0) -> str:
    """An Alexa request timestamp ``offset_seconds`` from now (negative: in the past)."""
    moment = _now() + dt.timedelta(seconds=offset_seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def envelope(
    request_type: str = "LaunchRequest",
    *,
    application_id: str = OUR_SKILL_ID,
    locale: str = "en-US",
    timestamp: str | None = None,
    intent: dict[str, Any] | None = None,
    with_session: bool = True,
    session_attributes: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A request envelope shaped like the ones Alexa sends to a custom skill (the project's one builder)."""
    request: dict[str, Any] = {"type": request_type}
    if intent is not None:
        request.update(envelopes.intent_request(intent["name"]), intent=intent)
    return envelopes.envelope(
        request,
        skill_id=application_id,
        locale=locale,
        at=timestamp or alexa_timestamp(),
        new=request_type == "LaunchRequest",
        attributes=session_attributes or {},
        with_session=with_session,
    )


def body_of(data: dict[str, Any]) -> bytes:
    """Serialise an envelope the way it travels: compact UTF-8 JSON."""
    return json.dumps(data, separators=(",", ":")).encode("utf-8")


def speech_of(response_json: dict[str, Any]) -> str:
    """The spoken text (SSML or plain) of a response envelope, or ''."""
    speech = (response_json.get("response") or {}).get("outputSpeech") or {}
    return str(speech.get("ssml") or speech.get("text") or "")
