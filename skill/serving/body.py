"""The request body, read within ``MAX_REQUEST_BYTES`` however it is framed, before anything parses it.

Why here and not werkzeug's ``MAX_CONTENT_LENGTH``: werkzeug's limit on a chunked body stops reading at
the limit without saying so, and the cut body would then be served (or, signed, refused for the
wrong reason). This reads the WSGI input directly and says which limit was hit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_READ_CHUNK = 64 * 1024


class BodyTooLarge(Exception):
    """The body is over ``MAX_REQUEST_BYTES``, by its declared length or by what arrived."""


class BodyTimeout(Exception):
    """The client stopped sending in the middle of its body."""


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
