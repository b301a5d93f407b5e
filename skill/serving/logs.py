"""Logging for the served skill that never carries health data.

Why: requests hold a person's answers (slot values, session attributes), and a skill that is
not HIPAA-eligible must not keep them. Our own log lines carry only identifiers
(see ``envelope.summarize``). Library code logs exceptions with ``exc_info``, and an
exception's message can quote the data that caused it, so :class:`NoExceptionText` reduces
every exception on our loggers to its type and where it was raised.
"""

from __future__ import annotations

import logging
import traceback

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


def protect(logger: logging.Logger) -> None:
    """Attach :class:`NoExceptionText` to ``logger`` once."""
    if not any(isinstance(f, NoExceptionText) for f in logger.filters):
        logger.addFilter(NoExceptionText())


def configure_root(level: int) -> None:
    """Send log records to stderr in one line each, for ``python -m skill.serving`` and gunicorn."""
    logging.basicConfig(level=level, format=LOG_FORMAT)
    logging.getLogger().setLevel(level)
