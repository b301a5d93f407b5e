"""The served service under real gunicorn on 127.0.0.1: body limits for every framing, slow clients, drain.

Each test starts ``python -m skill.serving`` (two threaded workers, as deployed; verification off so
unsigned bodies can be posted) and talks raw HTTP to it, so the framing, the slow sends and the
SIGTERM are exactly what a client or an orchestrator does. Every wait is bounded.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import pytest
from alexa_signing import body_of, envelope, speech_of
from serving_fixtures import chunked, post_head

from tests.server_process import UNVERIFIED, ServerProcess, http_exchange, read_response

LIMIT = 4096


@pytest.fixture(scope="module")
def server() -> Iterator[ServerProcess]:
    with ServerProcess(env={**UNVERIFIED, "MAX_REQUEST_BYTES": str(LIMIT)}) as running:
        yield running.wait_until_ready()


def _oversized() -> bytes:
    data = envelope()
    data["padding"] = "x" * (LIMIT * 2)
    return body_of(data)


def test_a_chunked_body_over_the_limit_gets_413_like_one_with_a_length(server: ServerProcess) -> None:
    body = _oversized()
    with_length = http_exchange(server.port, post_head(len(body)) + body)
    with_chunks = http_exchange(server.port, post_head(None) + chunked(body))
    assert with_length[0] == 413, f"Content-Length body over the limit got {with_length}"
    assert with_chunks[0] == 413, f"chunked body over the limit got {with_chunks[0]} {with_chunks[1][:200]!r}"
    assert json.loads(with_chunks[1]) == json.loads(with_length[1]), "the two refusals differ"


def test_a_chunked_body_within_the_limit_is_served(server: ServerProcess) -> None:
    body = body_of(envelope())
    status, answer = http_exchange(server.port, post_head(None) + chunked(body, size=100))
    assert status == 200, f"chunked request got {status} {answer[:200]!r}"
    assert "911" in speech_of(json.loads(answer)), "the launch answer over chunked transfer lost its speech"


def test_health_probes_are_answered_while_slow_and_idle_connections_are_open(server: ServerProcess) -> None:
    held: list[socket.socket] = []
    try:
        for _ in range(5):  # the five slow clients: a head promising a body that never comes
            slow = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            slow.sendall(post_head(2000) + b'{"version":')
            held.append(slow)
        for _ in range(10):  # half a request head
            partial = socket.create_connection(("127.0.0.1", server.port), timeout=5)
            partial.sendall(b"POST / HTTP/1.1\r\nHost: t\r\n")
            held.append(partial)
        for _ in range(20):  # connected, silent
            held.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
        time.sleep(0.3)
        answered = []
        for _ in range(20):
            started = time.monotonic()
            status, _ = http_exchange(server.port, b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n", timeout=3)
            answered.append((status, time.monotonic() - started))
        body = body_of(envelope())
        alexa = http_exchange(server.port, post_head(len(body)) + body, timeout=3)
    finally:
        for sock in held:
            sock.close()
    assert [status for status, _ in answered] == [200] * 20, f"health probes with slow clients open: {answered}"
    assert alexa[0] == 200, f"an Alexa request with slow clients open got {alexa[0]}"


def test_in_flight_requests_finish_when_the_server_is_told_to_stop() -> None:
    running = ServerProcess(env=UNVERIFIED).wait_until_ready()
    body = body_of(envelope())
    split = len(body) // 2
    in_flight: list[socket.socket] = []
    try:
        for _ in range(24):
            conn = socket.create_connection(("127.0.0.1", running.port), timeout=10)
            conn.sendall(post_head(len(body)) + body[:split])
            in_flight.append(conn)
        time.sleep(0.5)  # accepted and reading their bodies
        running.process.send_signal(15)  # SIGTERM to the master, as an orchestrator does
        time.sleep(0.5)
        results = []
        for conn in in_flight:
            conn.sendall(body[split:])
            try:
                results.append(read_response(conn)[0])
            except OSError as error:
                results.append(type(error).__name__)
        status = running.stop(timeout=30)
    finally:
        for conn in in_flight:
            conn.close()
        running.kill()
    assert results == [200] * 24, f"in-flight requests across SIGTERM: {results}"
    assert status == 0, f"the server exited with {status} after draining:\n{running.log[-2000:]}"
