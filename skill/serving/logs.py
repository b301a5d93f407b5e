"""Logging for the served skill: one line per request, never health data.

Why: requests hold a person's answers (slot values, session attributes), and a skill that is
not HIPAA-eligible must not keep them. Our own log lines carry only identifiers
(see ``envelope.summarize``). Library code logs exceptions with ``exc_info``, and an
exception's message can quote the data that caused it, so :class:`NoExceptionText` reduces
every exception on our loggers to its type and where it was raised.
"""

from __future__ import annotations

import logging
import time
import traceback

from skill.serving.envelope import RequestSummary

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"


class NoExceptionText(logging.Filter):
    """Replaces a record's exception (message and traceback) with its type and location."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc_type, _exc, tb = record.exc_info
            where = ""
            frames = traceback.extract_tb(tb) if tb is not None else []
            if frames:
                last = frames[-1]
                where = f" at {last.filename}:{last.lineno}"
            record.msg = f"{record.getMessage()} ({exc_type.__name__}{where})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


#: The one logger (and format) for the per-request line, web and Lambda alike.
REQUEST_LOG = logging.getLogger("skill.serving.request")


def log_request(summary: RequestSummary, status: int, started: float, outcome: str, level: int = logging.INFO) -> None:
    """The request's one line: identifiers, HTTP status (or its Lambda equivalent), time taken, outcome.

    ``outcome`` is ours (``served``, ``refused: <reason>``, ``fallback: <error type>``); a reason that
    quotes a header is reduced to printable characters so it cannot split the line.
    """
    if not REQUEST_LOG.isEnabledFor(level):
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    printable = "".join(ch if ch.isprintable() else "?" for ch in outcome)[:200]
    REQUEST_LOG.log(level, "alexa %s status=%d ms=%.1f %s", summary.log_fields(), status, elapsed_ms, printable)


def protect_root() -> None:
    """Attach :class:`NoExceptionText` once to every handler of the root logger.

    On the handlers, not on our loggers: a logger's filter sees only records made on that very logger,
    while every record, a library's included, reaches a root handler (gunicorn's, or Lambda's own)."""
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, NoExceptionText) for f in handler.filters):
            handler.addFilter(NoExceptionText())


def configure_root(level: int) -> None:
    """Send log records to stderr in one line each, for ``python -m skill.serving`` and gunicorn."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    logging.getLogger().setLevel(level)
    protect_root()
