"""A small HTTP/1.1 load driver: N keep-alive connections posting one body for a fixed time.

Why our own: the figures must come from something the project installs itself, and nothing here
needs more than asyncio. Each connection sends a request, reads the whole response (by its
Content-Length), records the latency, and sends the next; a connection the server closes
("Connection: close") is reopened, and one that fails is reopened and the failure counted. The
driver runs on the same machine as the server and uses some of its CPU, so compare figures from one
run (ours against the baseline, interleaved), not across machines.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, fraction: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]

    @property
    def p50(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else float("nan")

    @property
    def p99(self) -> float:
        return self.percentile(0.99)


def request_bytes(path: str, body: bytes, host: str = "127.0.0.1") -> bytes:
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: keep-alive\r\n\r\n"
    )
    return head.encode("ascii") + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Status, and whether the server keeps the connection open."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length, keep = 0, True
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value.strip())
        elif name == b"connection" and value.strip().lower() == b"close":
            keep = False
    await reader.readexactly(length)
    return status, keep


async def _connection(port: int, payload: bytes, stop_at: float, latencies: list[float], errors: list[int]) -> None:
    reader = writer = None
    while time.perf_counter() < stop_at:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            assert reader is not None
            started = time.perf_counter()
            writer.write(payload)
            status, keep = await _read_response(reader)
            latencies.append((time.perf_counter() - started) * 1000)
            if status != 200:
                errors.append(status)
            if not keep:  # e.g. sync workers: a new connection per request, as a client would open
                writer.close()
                reader = writer = None
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors.append(0)
            if writer is not None:
                writer.close()
            reader = writer = None
            await asyncio.sleep(0.01)
    if writer is not None:
        writer.close()


async def _run(port: int, payload: bytes, connections: int, seconds: float) -> LoadResult:
    latencies: list[float] = []
    errors: list[int] = []
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(*(_connection(port, payload, stop_at, latencies, errors) for _ in range(connections)))
    return LoadResult(len(latencies), len(errors), time.perf_counter() - started, latencies)


def drive(port: int, body: bytes, connections: int, seconds: float, path: str = "/") -> LoadResult:
    """Post ``body`` to ``127.0.0.1:port`` over ``connections`` keep-alive connections for ``seconds``."""
    return asyncio.run(_run(port, request_bytes(path, body), connections, seconds))
