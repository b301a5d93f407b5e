"""Alexa request signatures: the certificate URL's form, a bounded cache of checked chains, the signature.

Why not ask-sdk-webservice-support's ``RequestVerifier`` as it is: it downloads the chain named by
any request's ``SignatureCertChainUrl`` with no timeout, keeps every download in a dictionary keyed by
the raw header (one entry per forged URL, for ever), and validates the chain again on every request.
Here, the URL's form is checked first and normalised (so spellings of one URL share one entry and no
fetch goes anywhere but Amazon's bucket), the fetch has a short timeout and a size cap, and only
chains that validated are kept: a few, most recently used first, each until its end certificate's
own expiry. The chain is still validated by certvalidator against the system's trusted roots, as
the SDK does (``CertificateValidator`` and ``urlopen`` are module names here so tests can point them
at their own certificate authority and their own stand-in for S3).

This module is the only one that imports certvalidator, so the oscrypto workaround is installed here.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import posixpath
import threading
from collections import OrderedDict
from collections.abc import Callable
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import urlopen

from skill.serving import oscrypto_compat

oscrypto_compat.install()  # certvalidator imports oscrypto, which needs the fix to load at all

from asn1crypto import pem  # noqa: E402
from certvalidator import CertificateValidator  # noqa: E402
from certvalidator.errors import PathError, ValidationError  # noqa: E402
from cryptography import x509  # noqa: E402
from cryptography.exceptions import InvalidSignature  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import padding, rsa  # noqa: E402
from cryptography.hazmat.primitives.hashes import SHA256  # noqa: E402

#: Amazon's rules for the certificate URL (Alexa docs: "Verify the signature certificate URL").
CERT_HOST = "s3.amazonaws.com"
CERT_PATH_PREFIX = "/echo.api/"
#: The name Alexa's signing certificate must carry.
ALEXA_CERT_NAME = "echo-api.amazon.com"

#: S3 answers in well under a second; Alexa gives up after 8 s, so a slow fetch must not use them all.
FETCH_TIMEOUT_SECONDS = 2.0
#: Amazon's chain is about 5 KB; anything far larger is not a certificate chain.
MAX_CHAIN_BYTES = 64 * 1024
#: Alexa signs with one certificate at a time (two around a rotation); a few entries is plenty.
CACHE_ENTRIES = 4
_MAX_URL_CHARS = 2048

Fetch = Callable[[str], bytes]


class SignatureRefused(Exception):
    """The request's signature or certificate is unacceptable; the message names why, never the body."""


def normalised_cert_url(url: str) -> str:
    """The certificate URL in one canonical spelling, or SignatureRefused if Amazon's rules forbid it.

    Scheme and host compare without case, port 443 may be named, the path is normalised (``..``
    resolved) and must start with ``/echo.api/`` exactly. Query, fragment and user information are
    dropped: the result is what gets fetched, and the cache key.
    """
    if len(url) > _MAX_URL_CHARS or not url.isprintable():
        raise SignatureRefused("certificate URL is too long or not printable")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise SignatureRefused("certificate URL cannot be parsed") from None
    if parts.scheme.lower() != "https":
        raise SignatureRefused("certificate URL is not https")
    if (parts.hostname or "").lower() != CERT_HOST:
        raise SignatureRefused(f"certificate URL host is not {CERT_HOST}")
    if port is not None and port != 443:
        raise SignatureRefused("certificate URL names a port other than 443")
    path = posixpath.normpath(parts.path) if parts.path else ""
    if not path.startswith(CERT_PATH_PREFIX):
        raise SignatureRefused(f"certificate URL path is not under {CERT_PATH_PREFIX}")
    return f"https://{CERT_HOST}{path}"


def fetch_chain(url: str) -> bytes:
    """Download a certificate chain with a short timeout and a size cap."""
    try:
        with urlopen(url, timeout=FETCH_TIMEOUT_SECONDS) as response:
            data: bytes = response.read(MAX_CHAIN_BYTES + 1)
    except (URLError, OSError, ValueError) as error:
        raise SignatureRefused(f"certificate chain could not be fetched ({type(error).__name__})") from None
    if len(data) > MAX_CHAIN_BYTES:
        raise SignatureRefused("certificate chain is too large")
    return data


def validated_end_certificate(chain: bytes) -> x509.Certificate:
    """The signing certificate of a PEM chain that leads to a trusted root, is valid now and names Alexa."""
    try:
        ders = [der for _type, _headers, der in pem.unarmor(chain, multiple=True)]
    except ValueError:
        raise SignatureRefused("certificate chain is not PEM") from None
    if not ders:
        raise SignatureRefused("certificate chain is empty")
    try:
        validator = CertificateValidator(ders[0], ders[1:])
        validator.validate_usage(key_usage={"digital_signature"})
    except (PathError, ValidationError, ValueError, TypeError) as error:
        raise SignatureRefused(f"certificate chain is not valid ({type(error).__name__})") from None
    try:
        end = x509.load_der_x509_certificate(ders[0])
    except ValueError:
        raise SignatureRefused("signing certificate cannot be read") from None
    _check_current(end)
    try:
        names = end.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        raise SignatureRefused("signing certificate names no domain") from None
    if ALEXA_CERT_NAME not in names.get_values_for_type(x509.DNSName):
        raise SignatureRefused(f"signing certificate does not name {ALEXA_CERT_NAME}")
    return end


def _check_current(cert: x509.Certificate) -> None:
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise SignatureRefused("signing certificate is expired or not yet valid")


class CertificateCache:
    """A few validated signing certificates by normalised URL, most recently used kept.

    Thread-safe (gunicorn's threaded workers share it). A fetch happens only on a miss, outside the
    lock, and only a chain that validated is stored; an entry is dropped once its certificate expires.
    """

    def __init__(self, fetch: Fetch = fetch_chain, entries: int = CACHE_ENTRIES) -> None:
        self._fetch = fetch
        self._entries = entries
        self._certs: OrderedDict[str, x509.Certificate] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._certs)

    def certificate(self, url: str) -> x509.Certificate:
        """The validated signing certificate at ``url`` (already normalised)."""
        with self._lock:
            cert = self._certs.get(url)
            if cert is not None:
                if cert.not_valid_after_utc >= dt.datetime.now(dt.UTC):
                    self._certs.move_to_end(url)
                    return cert
                del self._certs[url]
        cert = validated_end_certificate(self._fetch(url))
        with self._lock:
            self._certs[url] = cert
            self._certs.move_to_end(url)
            while len(self._certs) > self._entries:
                self._certs.popitem(last=False)
        return cert


class SignatureCheck:
    """Checks ``Signature-256`` over the raw body with the certificate named by ``SignatureCertChainUrl``."""

    def __init__(self, cache: CertificateCache | None = None) -> None:
        self.cache = cache if cache is not None else CertificateCache()

    def verify(self, cert_url: str | None, signature: str | None, body: bytes) -> None:
        """Return quietly for a genuine Alexa signature; raise SignatureRefused otherwise.

        Everything that needs no network comes first: both headers, the URL's form, the signature's
        encoding. Only then is the certificate looked up (and on a miss, fetched).
        """
        if not cert_url or not signature:
            raise SignatureRefused("missing signature or certificate URL header")
        url = normalised_cert_url(cert_url)
        try:
            decoded = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            raise SignatureRefused("signature is not base64") from None
        key = self.cache.certificate(url).public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            raise SignatureRefused("signing certificate does not hold an RSA key")
        try:
            key.verify(decoded, body, padding.PKCS1v15(), SHA256())
        except InvalidSignature:
            raise SignatureRefused("signature does not match the body") from None
