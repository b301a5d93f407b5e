"""Gunicorn's threaded worker, made patient with slow clients without handing them a thread.

Why: with gunicorn 27's ``gthread`` worker, a new connection goes straight to a thread, which waits up
to 5 s for its first byte; twenty silent connections hold sixteen threads for those 5 s. And a
thread reading a request head or body blocks for as long as the client keeps the socket open.
This worker changes two things and nothing else:

- a new connection waits in the worker's poller (as gunicorn already does for kept-alive and
  deferred ones) until it has sent something, and is closed after ``keepalive`` seconds of silence;
- every client socket gets kernel send and receive timeouts (``CLIENT_IDLE_SECONDS``), so a thread
  reading a stalled head or body, or writing to a client that stopped reading, is freed.

The timed-out read surfaces inside gunicorn as a socket error that it logs with a traceback; the
filter below turns exactly those into one line without one.
"""

from __future__ import annotations

import errno
import logging
import selectors
import socket
import struct
import time
from functools import partial
from typing import Any

from gunicorn.workers.gthread import TConn, ThreadWorker

#: A client may pause this long between two packets of its request, or while reading our answer.
CLIENT_IDLE_SECONDS = 5


class SkillWorker(ThreadWorker):  # type: ignore[misc]  # gunicorn ships no types
    """``gthread`` with new connections parked in the poller and idle timeouts on client sockets."""

    def init_process(self) -> None:
        self.log.error_log.addFilter(_StalledClientFilter())
        super().init_process()

    def accept(self, listener: socket.socket) -> None:
        try:
            client_sock, client_addr = listener.accept()
        except OSError as error:
            if error.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        idle = struct.pack("ll", CLIENT_IDLE_SECONDS, 0)
        client_sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, idle)
        client_sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, idle)
        conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())  # non-blocking
        conn.timeout = time.monotonic() + self.cfg.keepalive
        self.pending_conns.append(conn)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self.on_pending_socket_readable, conn))


class _StalledClientFilter(logging.Filter):
    """Reduces gunicorn's traceback for a client socket that timed out to one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        error: Any = record.exc_info[1] if record.exc_info else None
        if isinstance(error, BlockingIOError | TimeoutError):
            record.msg = "client stalled for %ss; connection closed"
            record.args = (CLIENT_IDLE_SECONDS,)
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.exc_info = None
            record.exc_text = None
        return True
