"""``python -m skill.serving`` really starts gunicorn, answers /healthz, refuses unsigned requests,
and stops when asked."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from alexa_signing import body_of, envelope

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 45.0
STOP_TIMEOUT = 20.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _post(url: str, body: bytes) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _serving_env(port: int) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("ASK_SDK_VERIFY_SIGNATURE", "ASK_SDK_VERIFY_TIMESTAMP", "ALEXA_SKILL_ID"):
        env.pop(name, None)
    env.update(HOST="127.0.0.1", PORT=str(port), WORKERS="2", LOG_LEVEL="INFO")
    return env


def test_python_m_skill_serves_under_gunicorn_and_stops() -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "skill.serving"],
        cwd=ROOT,
        env=_serving_env(port),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    output = b""
    try:
        deadline = time.monotonic() + START_TIMEOUT
        status = None
        while time.monotonic() < deadline:
            if server.poll() is not None:
                break
            try:
                status, body = _get(f"{base}/healthz")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        assert server.poll() is None, "python -m skill.serving exited during start-up"
        assert status == 200, f"/healthz did not answer within {START_TIMEOUT:.0f} s (got {status})"
        assert json.loads(body) == {"status": "ok"}

        unsigned = envelope()
        refused, _ = _post(f"{base}/", body_of(unsigned))
        assert refused == 400, f"an unsigned request got HTTP {refused} from the default server"
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
        try:
            output, _ = server.communicate(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            output, _ = server.communicate()
            pytest.fail(f"python -m skill.serving did not stop within {STOP_TIMEOUT:.0f} s of SIGTERM")
    log = output.decode("utf-8", "replace")
    assert "gunicorn" in log.lower() or "Booting worker" in log, f"not served by gunicorn:\n{log}"
    booted = log.count("Booting worker")
    assert booted >= 2, f"expected 2 workers, saw {booted}:\n{log}"
    assert f"127.0.0.1:{port}" in log, f"not listening where asked:\n{log}"
    assert server.returncode == 0, f"python -m skill.serving exited with {server.returncode}:\n{log}"
    request_id = unsigned["request"]["requestId"]
    lines = [line for line in log.splitlines() if "skill.serving.request" in line]
    assert len(lines) == 1 and f"request_id={request_id} type=LaunchRequest" in lines[0], (
        f"expected one request line naming the refused request:\n{log}"
    )
    assert "status=400" in lines[0] and "refused: Missing Signature/Certificate" in lines[0], lines[0]


def test_a_bad_setting_stops_start_up_with_its_name() -> None:
    env = _serving_env(_free_port())
    env["PORT"] = "not-a-port"
    done = subprocess.run(
        [sys.executable, "-m", "skill.serving"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2, f"exit status {done.returncode}, stderr:\n{done.stderr}"
    assert "PORT" in done.stderr, f"the error does not name PORT:\n{done.stderr}"
