"""Alexa request signatures: the SDK's ``RequestVerifier``, with a safe fetch and a bounded cache.

Why a subclass: ask-sdk-webservice-support's ``RequestVerifier`` checks the certificate URL's rules,
validates the chain with certvalidator against the system's trusted roots, checks the signing
certificate's dates and name and verifies the RSA SHA-256 signature; all of that is kept. What it does
not do safely is fetch: it downloads whatever the raw ``SignatureCertChainUrl`` names with no timeout,
keeps every download in a dictionary keyed by that raw text (one entry per forged URL, for ever) and
validates the chain again on every request. :class:`AlexaRequestVerifier` changes only that:

- the URL is first put in one canonical spelling, and the SDK's own URL rules run on that spelling
  before anything is fetched (so spellings of one URL share one entry, and no fetch leaves Amazon's
  bucket);
- the fetch has a short timeout and a size cap;
- only a certificate that passed the SDK's chain and end-certificate checks is kept: a few, most
  recently used first, each until its own expiry.

This module (with :mod:`skill.serving.verifiers`) is where certvalidator is imported, so the oscrypto
workaround is installed here. ``urlopen`` is a module name so tests can stand in for S3.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import threading
import warnings
from collections import OrderedDict
from collections.abc import Callable
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import urlopen

from ask_sdk_webservice_support.verifier import RequestVerifier, VerificationException
from cryptography import x509

# The SDK's end-certificate check reads the naive validity dates, which cryptography deprecates; the
# check still works (the tests prove it, expired certificates included) and a deployer cannot act on
# the warning, so keep it out of the logs.
warnings.filterwarnings("ignore", message="Properties that return a na", module="ask_sdk_webservice_support.verifier")

#: S3 answers in well under a second; Alexa gives up after 8 s, so a slow fetch must not use them all.
FETCH_TIMEOUT_SECONDS = 2.0
#: Amazon's chain is about 5 KB; anything far larger is not a certificate chain.
MAX_CHAIN_BYTES = 64 * 1024
#: Alexa signs with one certificate at a time (two around a rotation); a few entries is plenty.
CACHE_ENTRIES = 4
_MAX_URL_CHARS = 2048

Fetch = Callable[[str], bytes]


def normalised_cert_url(url: str) -> str:
    """``url`` in one canonical spelling, for the SDK's URL rules, the fetch and the cache key.

    Scheme and host lose their case, port 443 is dropped (any other port is kept, for the rules to
    refuse), the path is normalised (``..`` resolved) and query, fragment and user information are
    dropped. Raises VerificationException for a URL that is too long, not printable or not parseable.
    Normalising never makes a URL acceptable: the SDK's ``_validate_certificate_url`` judges the result.
    """
    if len(url) > _MAX_URL_CHARS or not url.isprintable():
        raise VerificationException("certificate URL is too long or not printable")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise VerificationException("certificate URL cannot be parsed") from None
    host = (parts.hostname or "").lower()
    netloc = host if port in (None, 443) else f"{host}:{port}"
    path = posixpath.normpath(parts.path) if parts.path else ""
    return f"{parts.scheme.lower()}://{netloc}{path}"


def fetch_chain(url: str) -> bytes:
    """Download a certificate chain with a short timeout and a size cap."""
    try:
        with urlopen(url, timeout=FETCH_TIMEOUT_SECONDS) as response:
            data: bytes = response.read(MAX_CHAIN_BYTES + 1)
    except (URLError, OSError, ValueError) as error:
        raise VerificationException(f"certificate chain could not be fetched ({type(error).__name__})") from None
    if len(data) > MAX_CHAIN_BYTES:
        raise VerificationException("certificate chain is too large")
    return data


class CertificateCache:
    """A few validated signing certificates by normalised URL, the most recently used kept.

    Thread-safe (gunicorn's threaded workers share it). An entry is dropped once its certificate
    expires; the caller stores only certificates that passed every check.
    """

    def __init__(self, entries: int = CACHE_ENTRIES) -> None:
        self._entries = entries
        self._certs: OrderedDict[str, x509.Certificate] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._certs)

    def get(self, url: str) -> x509.Certificate | None:
        """The certificate stored for ``url`` while it is still valid, else None."""
        with self._lock:
            cert = self._certs.get(url)
            if cert is None:
                return None
            if cert.not_valid_after_utc < dt.datetime.now(dt.UTC):
                del self._certs[url]
                return None
            self._certs.move_to_end(url)
            return cert

    def put(self, url: str, cert: x509.Certificate) -> None:
        """Keep ``cert`` for ``url``, forgetting the least recently used beyond the bound."""
        with self._lock:
            self._certs[url] = cert
            self._certs.move_to_end(url)
            while len(self._certs) > self._entries:
                self._certs.popitem(last=False)


class AlexaRequestVerifier(RequestVerifier):
    """The SDK's signature check, fetching safely and caching validated certificates (see the module)."""

    def __init__(self, cache: CertificateCache | None = None, fetch: Fetch | None = None) -> None:
        super().__init__()
        self.cache = cache if cache is not None else CertificateCache()
        self._fetch = fetch

    def _retrieve_and_validate_certificate_chain(self, cert_url: str, x509_backend: object = None) -> x509.Certificate:
        url = normalised_cert_url(cert_url)
        self._validate_certificate_url(url)  # the SDK's rules, before any fetch or cache lookup
        cert = self.cache.get(url)
        if cert is None:
            cert = super()._retrieve_and_validate_certificate_chain(url)  # fetch, chain, dates and name
            self.cache.put(url, cert)
        return cert

    def _load_cert_chain(self, cert_url: str) -> bytes:
        fetch = self._fetch if self._fetch is not None else fetch_chain
        return fetch(cert_url)
