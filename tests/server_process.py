"""A web service started as a deployer starts it, ``python -m <module>`` on a free loopback port, and
stopped as an orchestrator stops it (SIGTERM to its process group).

Why one module, free of pytest: the gunicorn tests, the serve-command test and the edge benchmark
(``benchmarks/bench_edge.py``) all start and stop real servers; three copies had drifted in which
settings they cleared and how they waited and stopped.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Self

ROOT = Path(__file__).resolve().parents[1]
# The service's own settings, cleared from the inherited environment so a developer's shell cannot
# change what a test or benchmark starts.
SETTINGS = ("ASK_SDK_VERIFY_SIGNATURE", "ASK_SDK_VERIFY_TIMESTAMP", "ALEXA_SKILL_ID", "MAX_REQUEST_BYTES")
# Verification off: for posting unsigned or recorded bodies (the signed path has its own tests).
UNVERIFIED = {"ASK_SDK_VERIFY_SIGNATURE": "false", "ASK_SDK_VERIFY_TIMESTAMP": "false"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serving_env(port: int, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without the service's settings, on 127.0.0.1:``port`` with two
    workers logging at INFO (as deployed), then ``env`` on top."""
    settings = {name: value for name, value in os.environ.items() if name not in SETTINGS}
    settings.update(HOST="127.0.0.1", PORT=str(port), WORKERS="2", LOG_LEVEL="INFO")
    settings.update(env or {})
    return settings


def http_exchange(port: int, request: bytes, timeout: float = 5.0) -> tuple[int, bytes]:
    """Send raw request bytes on a new connection and read the response."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        return read_response(sock)


def read_response(sock: socket.socket) -> tuple[int, bytes]:
    """Status and body of one HTTP response on ``sock``."""
    response = http.client.HTTPResponse(sock)
    response.begin()
    return response.status, response.read()


def healthy(port: int) -> bool:
    """The readiness probe an orchestrator uses: GET /healthz answers 200."""
    try:
        return http_exchange(port, b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n", timeout=2)[0] == 200
    except OSError:
        return False


class ServerProcess:
    """``python -m <module>`` (default: the skill's service) in its own process group.

    Its output goes to the file ``log_path`` when given (it can be measured while the server runs),
    else it is kept in memory; ``log`` reads either. Also a context manager that stops it.
    """

    def __init__(
        self, module: str = "skill.serving", env: Mapping[str, str] | None = None, log_path: Path | None = None
    ) -> None:
        self.port = free_port()
        self.log_path = log_path
        self.output = b""
        self._ended = False  # reaped and its output kept: a second communicate() would repeat or lose it
        self._log_file: IO[bytes] | None = log_path.open("wb") if log_path is not None else None
        self.process = subprocess.Popen(
            [sys.executable, "-m", module],
            cwd=ROOT,
            env=serving_env(self.port, env),
            stdout=self._log_file if self._log_file is not None else subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_until_ready(self, ready: Callable[[int], bool] = healthy, timeout: float = 45.0) -> ServerProcess:
        """Poll ``ready(port)`` until it is true; a server that exits or never gets ready is stopped and
        named in a RuntimeError with its log."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._collect()
                raise RuntimeError(f"server exited during start-up with {self.process.returncode}:\n{self.log}")
            if ready(self.port):
                return self
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"server was not ready within {timeout:.0f} s:\n{self.log}")

    @property
    def log(self) -> str:
        if self.log_path is not None:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        return self.output.decode("utf-8", "replace")

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, as an orchestrator stops it, and its exit status; one that does not stop within
        ``timeout`` is killed and a TimeoutError raised."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self._collect(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise TimeoutError(f"server did not stop within {timeout:.0f} s of SIGTERM:\n{self.log}") from None
        return int(self.process.returncode)

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self._collect()

    def _collect(self, timeout: float | None = None) -> None:
        """Wait for the process to end and keep all its output (raises TimeoutExpired, keeping what came)."""
        if not self._ended:
            self.output = self.process.communicate(timeout=timeout)[0] or b""
            self._ended = True
            if self._log_file is not None:
                self._log_file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()
