"""``python -m skill.serving`` really starts gunicorn, answers /healthz, refuses unsigned requests,
and stops when asked."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request

from alexa_signing import body_of, envelope

from skill.serving.__main__ import GRACEFUL_SECONDS
from tests.server_process import ROOT, ServerProcess, free_port, serving_env

# Gunicorn may use its whole grace period before the master exits; a loaded machine (the suite runs
# beside other work on two cores) adds to that. Stopping later than this is a hang, not a slow stop.
STOP_TIMEOUT = GRACEFUL_SECONDS + 15.0


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


def test_python_m_skill_serves_under_gunicorn_and_stops() -> None:
    server = ServerProcess()  # the deployer's defaults: verification on
    base = f"http://127.0.0.1:{server.port}"
    try:
        server.wait_until_ready()
        status, body = _get(f"{base}/healthz")
        assert status == 200 and json.loads(body) == {"status": "ok"}

        unsigned = envelope()
        refused, _ = _post(f"{base}/", body_of(unsigned))
        assert refused == 400, f"an unsigned request got HTTP {refused} from the default server"
    finally:
        returncode = server.stop(timeout=STOP_TIMEOUT)
    log = server.log
    assert "gunicorn" in log.lower() or "Booting worker" in log, f"not served by gunicorn:\n{log}"
    booted = log.count("Booting worker")
    assert booted >= 2, f"expected 2 workers, saw {booted}:\n{log}"
    assert f"127.0.0.1:{server.port}" in log, f"not listening where asked:\n{log}"
    assert returncode == 0, f"python -m skill.serving exited with {returncode}:\n{log}"
    request_id = unsigned["request"]["requestId"]
    lines = [line for line in log.splitlines() if "skill.serving.request" in line]
    assert len(lines) == 1 and f"request_id={request_id} type=LaunchRequest" in lines[0], (
        f"expected one request line naming the refused request:\n{log}"
    )
    assert "status=400" in lines[0] and "refused: Missing Signature/Certificate" in lines[0], lines[0]


def test_a_bad_setting_stops_start_up_with_its_name() -> None:
    env = serving_env(free_port(), {"PORT": "not-a-port"})
    done = subprocess.run(
        [sys.executable, "-m", "skill.serving"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2, f"exit status {done.returncode}, stderr:\n{done.stderr}"
    assert "PORT" in done.stderr, f"the error does not name PORT:\n{done.stderr}"
