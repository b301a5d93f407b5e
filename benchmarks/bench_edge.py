"""Prints what serving the skill costs next to ask-sdk-core's hello-world skill, measured in one run.

Why side by side: absolute figures depend on the machine; the ratio to the SDK's own hello-world
(benchmarks/hello_world.py: the SDK's stock Lambda entry and flask-ask-sdk's SkillAdapter, under the
same gunicorn settings) says what the skill and its hosting edge add. Everything is interleaved (ours,
then the baseline, turn after turn) so a noisy neighbour hurts both alike. Figures are printed against
the targets, never asserted:

- per turn (launch, mid-interview yes/no, an answer with a slot, the advice), in-process through the
  Lambda entry and through Flask: at most 1.5 times the baseline;
- cold start (fresh interpreter: import the Lambda entry, answer one launch): at most 1.5 times;
- over loopback HTTP at 16 and 64 connections: requests/s and p50/p99; p99 under 50 ms at 16;
- memory per worker (resident and proportional), log bytes per request, and what loading the
  knowledge base costs a fresh interpreter, validated in full and with known-good (stamped) data,
  and the word data, built in full and taken from its stamp.

Where the cold start's time goes (ours about twice the hello-world's, mostly creating the frozen
dataclasses, about 30 ms of CPU) and what was tried: README, "Benchmarks". The cold start's ratio moves
by up to 0.1 between runs on a shared machine: compare alternated runs, and the CPU-time line.

Verification is off on both sides (the recorded requests carry fixed timestamps); the signed path is
measured by benchmarks/bench_webservice.py. Takes about a minute and a half.
Run: .venv/bin/python -m benchmarks.bench_edge   (QUICK=1: shorter and noisier; SECTIONS=turns,cold,http;
COLD_RUNS=n: cold starts per side)
"""

from __future__ import annotations

import io
import json
import logging
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.server_process import ROOT, UNVERIFIED, ServerProcess

QUICK = os.environ.get("QUICK") == "1"
ROUNDS = 60 if QUICK else 250
COLD_RUNS = int(os.environ.get("COLD_RUNS", 3 if QUICK else 7))
LOAD_SECONDS = 1.0 if QUICK else 2.5
TURN_TARGET = 1.5
COLD_TARGET = 1.5
P99_TARGET_MS = 50.0

Envelope = dict[str, Any]


# --- the requests -----------------------------------------------------------------------------


def recorded_turns() -> dict[str, Envelope]:
    """Envelopes of a real conversation with our skill (a calm golden case), one per kind of turn."""
    from tests.alexa_requests import Conversation, envelope, real_skill
    from tests.kb_helpers import golden_cases, real_kb

    sent: list[tuple[Envelope, Any]] = []

    class Recording(Conversation):
        def send(self, request: dict[str, Any]) -> Any:
            body = envelope(
                request, locale=self.locale, session_id=self.session_id, new=self.new, attributes=self.attributes
            )
            said = super().send(request)
            sent.append((body, said))
            return said

    case = next(c for c in golden_cases() if not c["expect"]["disposition"].startswith("emergency"))
    talk = Recording(real_skill(), real_kb())
    talk.launch()
    talk.play(case["facts"])
    turns = {"launch": sent[0][0], "advice": sent[-1][0]}
    for body, said in sent[1:-1]:
        intent = body["request"].get("intent", {}).get("name", "")
        if said.ended or talk.asked(said) is None:
            continue
        if intent in ("AMAZON.NoIntent", "AMAZON.YesIntent"):
            turns.setdefault("mid-interview", body)
        elif intent == "AnswerIntent":
            turns.setdefault("answer", body)
    return {name: turns[name] for name in ("launch", "mid-interview", "answer", "advice") if name in turns}


def hello_request(kind: str) -> Envelope:
    """The baseline's request for a kind of turn: its launch, or its one intent."""
    from tests.alexa_requests import envelope, intent_request, launch_request

    request = launch_request() if kind == "launch" else intent_request("HelloWorldIntent")
    return envelope(
        request, locale="en-US", session_id="amzn1.echo-api.session.hello", new=kind == "launch", attributes={}
    )


def body(data: Envelope) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


# --- in-process turns ---------------------------------------------------------------------------


def _median_us(samples: list[float]) -> float:
    return statistics.median(samples) * 1e6


def in_process(turns: dict[str, Envelope], log_stream: io.StringIO) -> None:
    from benchmarks import hello_world
    from skill.serving import lambda_function
    from skill.serving.application_id import application_check
    from skill.serving.config import ServeConfig
    from skill.serving.edge import Edge
    from skill.serving.lambda_function import serve_event
    from skill.serving.webservice import create_app

    quiet = ServeConfig(verify_signature=False, verify_timestamp=False)
    ours_web = create_app(config=quiet).test_client()
    hello_web = hello_world.create_app(verify=False).test_client()
    headers = {"Content-Type": "application/json"}

    def lam(handler: Callable[[Any, Any], Any], event: Envelope) -> Callable[[], Any]:
        return lambda: handler(event, None)

    def web(client: Any, data: bytes) -> Callable[[], Any]:
        def post() -> Any:
            response = client.post("/", data=data, headers=headers)
            assert response.status_code == 200, response.get_data()[:200]
            return response

        return post

    cases: list[tuple[str, str, Callable[[], Any], Callable[[], Any]]] = []
    for kind, event in turns.items():
        hello = hello_request(kind)
        cases.append(
            ("Lambda", kind, lam(lambda_function.lambda_handler, event), lam(hello_world.lambda_handler, hello))
        )
        cases.append(("Flask", kind, web(ours_web, body(event)), web(hello_web, body(hello))))
    # The edge alone: the hello-world skill through our entry points against the SDK's stock ones.
    hello_skill = hello_world.build()
    hello_edge = Edge(hello_skill, [application_check(None)])
    edge_web = create_app(skill=hello_skill, config=quiet).test_client()
    for kind in ("launch", "intent"):
        hello = hello_request(kind)
        cases.append(
            (
                "Lambda",
                f"edge: {kind}",
                lam(lambda e, c: serve_event(hello_edge, e), hello),
                lam(hello_world.lambda_handler, hello),
            )
        )
        cases.append(("Flask", f"edge: {kind}", web(edge_web, body(hello)), web(hello_web, body(hello))))
    timings: dict[tuple[str, str], tuple[list[float], list[float]]] = {(p, k): ([], []) for p, k, _, _ in cases}
    for _, _, ours, base in cases:  # warm both, and check they answer
        ours(), base()
    for round_no in range(ROUNDS):
        for path, kind, ours, base in cases:
            first, second = (ours, base) if round_no % 2 == 0 else (base, ours)
            for call in (first, second):
                started = time.perf_counter()
                call()
                elapsed = time.perf_counter() - started
                timings[(path, kind)][0 if call is ours else 1].append(elapsed)
    log_before = log_stream.tell()
    for event in turns.values():
        lambda_function.lambda_handler(event, None)
    log_bytes = (log_stream.tell() - log_before) / len(turns)

    print(f"\n== Per turn, in process (median of {ROUNDS}, interleaved; target <= {TURN_TARGET}x) ==")
    print(f"{'path':7} {'turn':14} {'ours µs':>9} {'hello µs':>9} {'ratio':>6}")
    for (path, kind), (ours_t, base_t) in timings.items():
        ratio = _median_us(ours_t) / _median_us(base_t)
        verdict = "ok" if ratio <= TURN_TARGET else "OVER"
        print(f"{path:7} {kind:14} {_median_us(ours_t):9.0f} {_median_us(base_t):9.0f} {ratio:6.2f} {verdict}")
    print("('edge:' rows: the hello-world skill through our Lambda entry and web app, against the SDK's own)")
    print(f"log written at INFO per request of ours (all loggers): {log_bytes:.0f} bytes")


# --- cold start ---------------------------------------------------------------------------------

_COLD = """
import json, sys, time
started, cpu_started = time.perf_counter(), time.process_time()
import {module} as entry
imported = time.perf_counter()
event = json.loads(sys.stdin.read())
result = entry.lambda_handler(event, None)
done, cpu_done = time.perf_counter(), time.process_time()
assert result["version"] == "1.0"
print(json.dumps({{"import": imported - started, "first": done - imported, "cpu": cpu_done - cpu_started}}))
"""


def fresh_env(cache: Path, ours_compiled: bool = True) -> dict[str, str]:
    """A fresh interpreter's environment that reads bytecode from ``cache`` only, once a first run of each
    side has written it there: every module from ``.pyc``, as the Lambda bundle ships (the packager
    compiles skill/ and kb/, pip compiles the packages it installs); or, not ``ours_compiled``, the
    skill's and the kb's own modules compiled from source at every start (their ``.pyc`` removed and not
    written again), as a bundle without them would. Before, the benchmark mixed the two: the SDK's
    modules came from the virtualenv's ``.pyc`` files while ours were compiled at every start
    (``PYTHONDONTWRITEBYTECODE``), which made the ratio look about a fifth worse than a bundle's."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    if not ours_compiled:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _in_a_fresh_interpreter(
    script: str, args: list[str], env: dict[str, str], stdin: str | None = None
) -> dict[str, Any]:
    """The JSON line a measuring script prints last, run in its own interpreter so nothing is imported yet."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def _cold(module: str, event: Envelope, env: dict[str, str]) -> tuple[float, float, float, float]:
    started = time.perf_counter()
    inner = _in_a_fresh_interpreter(_COLD.format(module=module), [], env, stdin=json.dumps(event))
    wall = time.perf_counter() - started
    return inner["import"] * 1000, inner["first"] * 1000, wall * 1000, inner["cpu"] * 1000


_KB_COST = """
import json, sys, time
import kb.loader as loader
t1 = time.perf_counter()
spent = [0.0]
check = loader._check_schema
def timed(*args):
    began = time.perf_counter()
    check(*args)
    spent[0] += time.perf_counter() - began
loader._check_schema = timed
loader.load_kb(trust_stamp=sys.argv[1] == "stamped")
t2 = time.perf_counter()
print(json.dumps({"load_kb": t2 - t1, "schema_checks": spent[0], "jsonschema": "jsonschema" in sys.modules}))
"""


def _kb_cost(mode: str, env: dict[str, str]) -> dict[str, Any]:
    """What loading the kb costs a fresh interpreter: validating in full, or trusting the stamp."""
    return _in_a_fresh_interpreter(_KB_COST, [mode], env)


_WORDS_COST = """
import json, shutil, sys, tempfile, time
from pathlib import Path
from kb import load_kb
from skill.word_data import WORDS_FILE, load_words
kb = load_kb(trust_stamp=True)
path = WORDS_FILE
if sys.argv[1] == "full":  # a copy with no stamp beside it: what a bundle without one pays
    path = Path(tempfile.mkdtemp()) / WORDS_FILE.name
    shutil.copyfile(WORDS_FILE, path)
began = time.perf_counter()
load_words(kb, path)
print(json.dumps({"load_words": time.perf_counter() - began}))
if sys.argv[1] == "full":
    shutil.rmtree(path.parent)
"""


def _words_cost(mode: str, env: dict[str, str]) -> float:
    """What loading the word data costs a fresh interpreter, in ms: built in full, or from its stamp."""
    return float(_in_a_fresh_interpreter(_WORDS_COST, [mode], env)["load_words"]) * 1000


def cold_start(launch: Envelope) -> None:
    import shutil
    import tempfile

    from kb import load_kb

    load_kb()  # validates in full and stamps kb/data, as `python -m kb check` does before a deploy
    hello = hello_request("launch")
    sides = (("skill.serving.lambda_function", launch), ("benchmarks.hello_world", hello))
    print(f"\n== Cold start: fresh interpreter, import the Lambda entry + first launch (median of {COLD_RUNS}) ==")
    with tempfile.TemporaryDirectory() as compiled_dir, tempfile.TemporaryDirectory() as source_dir:
        compiled = fresh_env(Path(compiled_dir))
        ours_from_source = fresh_env(Path(source_dir), ours_compiled=False)
        for module, event in sides:  # writes the bytecode of everything either side imports
            _cold(module, event, compiled)
            _cold(module, event, fresh_env(Path(source_dir)))
        for own in ("skill", "kb"):  # the prefix mirrors absolute paths
            shutil.rmtree(Path(source_dir + str(ROOT)) / own, ignore_errors=True)
        runs = (
            ("every module from .pyc, as the Lambda bundle ships (the ratio the target is about)", compiled),
            ("skill/ and kb/ compiled from source at each start, every other module from .pyc", ours_from_source),
        )
        for label, env in runs:
            ours: list[tuple[float, ...]] = []
            base: list[tuple[float, ...]] = []
            for _ in range(COLD_RUNS):
                ours.append(_cold(sides[0][0], sides[0][1], env))
                base.append(_cold(sides[1][0], sides[1][1], env))
            _print_cold(label, ours, base)
        _print_loading(compiled)


def _print_cold(label: str, ours: list[tuple[float, ...]], base: list[tuple[float, ...]]) -> None:
    def med(runs: list[tuple[float, ...]], index: int) -> float:
        return statistics.median(run[index] for run in runs)

    total_ours = med(ours, 0) + med(ours, 1)
    total_base = med(base, 0) + med(base, 1)
    ratio = total_ours / total_base
    verdict = "ok" if ratio <= COLD_TARGET else "OVER"
    print(f"{label}:")
    print(f"  ours:  import {med(ours, 0):6.0f} ms + first request {med(ours, 1):5.0f} ms = {total_ours:6.0f} ms")
    print(f"  hello: import {med(base, 0):6.0f} ms + first request {med(base, 1):5.0f} ms = {total_base:6.0f} ms")
    print(f"  ratio {ratio:.2f} (target <= {COLD_TARGET}) {verdict}; process wall incl. interpreter start:")
    print(f"    ours {med(ours, 2):.0f} ms, hello {med(base, 2):.0f} ms, ratio {med(ours, 2) / med(base, 2):.2f}")
    # CPU time of import + first request: what a busy machine's neighbours disturb least
    print(
        f"  CPU time: ours {med(ours, 3):.0f} ms, hello {med(base, 3):.0f} ms, ratio {med(ours, 3) / med(base, 3):.2f}"
    )


def _print_loading(env: dict[str, str]) -> None:
    full = [_kb_cost("full", env) for _ in range(COLD_RUNS)]
    stamped = [_kb_cost("stamped", env) for _ in range(COLD_RUNS)]

    def ms(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(run[key] for run in runs)) * 1000

    print(
        f"kb at start-up, validated in full: load_kb {ms(full, 'load_kb'):.0f} ms, of it the schema pass "
        f"{ms(full, 'schema_checks'):.0f} ms plus importing jsonschema for it"
    )
    print(
        f"kb at start-up, known-good data (stamp): load_kb {ms(stamped, 'load_kb'):.0f} ms, schema pass "
        f"{ms(stamped, 'schema_checks'):.0f} ms, jsonschema imported: {any(run['jsonschema'] for run in stamped)}"
    )
    built = statistics.median(_words_cost("full", env) for _ in range(COLD_RUNS))
    taken = statistics.median(_words_cost("stamped", env) for _ in range(COLD_RUNS))
    print(f"word data at start-up, built in full: load_words {built:.0f} ms; from its stamp: {taken:.0f} ms")


# --- over HTTP ----------------------------------------------------------------------------------


class Server(ServerProcess):
    """A gunicorn server with verification off, its log in a file (to count log bytes per request)."""

    def __init__(self, module: str, log_path: Path) -> None:
        super().__init__(module, env=UNVERIFIED, log_path=log_path)

    def wait(self, probe: bytes) -> None:
        """Ready once it answers ``probe`` (the baseline has no /healthz)."""
        from benchmarks.load import drive

        self.wait_until_ready(lambda port: drive(port, probe, 1, 0.05).requests > 0, timeout=60)

    def log_size(self) -> int:
        assert self.log_path is not None
        return self.log_path.stat().st_size

    def worker_memory_kib(self) -> list[tuple[int, int]]:
        """(resident, proportional) KiB of each worker: PSS counts pages shared with the preloaded master once."""
        found = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) != self.process.pid:
                    continue
                rollup = (stat.parent / "smaps_rollup").read_text().splitlines()
            except (OSError, IndexError, ValueError):
                continue
            values = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:] if line.split()[1].isdigit()}
            found.append((values.get("Rss", 0), values.get("Pss", 0)))
        return found


def over_http(turns: dict[str, Envelope]) -> None:
    import tempfile

    from benchmarks.load import drive

    with (
        tempfile.TemporaryDirectory() as tmp,
        Server("skill.serving", Path(tmp) / "ours.log") as ours,
        Server("benchmarks.hello_world", Path(tmp) / "hello.log") as hello,
    ):
        ours.wait(body(turns["launch"]))
        hello.wait(body(hello_request("launch")))
        for kind in turns:  # warm every path in every worker
            drive(ours.port, body(turns[kind]), 4, 0.3)
            drive(hello.port, body(hello_request(kind)), 4, 0.3)
        print(f"\n== Over loopback HTTP ({LOAD_SECONDS:.1f} s per run, interleaved; 2 gthread workers each) ==")
        print(
            f"{'conns':>5} {'turn':14} {'ours req/s':>10} {'p50':>6} {'p99':>6} | {'hello req/s':>11} "
            f"{'p50':>6} {'p99':>6} | {'req/s ratio':>11} {'p99 ratio':>9}"
        )
        log_bytes = served = 0
        for connections in (16, 64):
            for kind, event in turns.items():
                size = ours.log_size()
                mine = drive(ours.port, body(event), connections, LOAD_SECONDS)
                log_bytes += ours.log_size() - size
                served += mine.requests
                base = drive(hello.port, body(hello_request(kind)), connections, LOAD_SECONDS)
                flag = ""
                if connections == 16:
                    flag = "ok" if mine.p99 < P99_TARGET_MS else "OVER p99 target"
                errors = f" errors {mine.errors}/{base.errors}" if mine.errors or base.errors else ""
                print(
                    f"{connections:5d} {kind:14} {mine.per_second:10.0f} {mine.p50:6.1f} {mine.p99:6.1f} | "
                    f"{base.per_second:11.0f} {base.p50:6.1f} {base.p99:6.1f} | "
                    f"{mine.per_second / base.per_second:11.2f} {mine.p99 / base.p99:9.2f} {flag}{errors}"
                )
        print(f"(p99 target at 16 connections: < {P99_TARGET_MS:.0f} ms)")
        print(f"log written per request over HTTP at LOG_LEVEL=INFO: {log_bytes / max(served, 1):.0f} bytes")
        for name, server in (("ours", ours), ("hello", hello)):
            workers = server.worker_memory_kib()
            text = ", ".join(f"RSS {rss / 1024:.0f} MiB / PSS {pss / 1024:.0f} MiB" for rss, pss in workers)
            print(f"memory per worker, {name}: {text}")


def main() -> None:
    log_stream = io.StringIO()
    logging.basicConfig(level=logging.INFO, stream=log_stream, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    turns = recorded_turns()
    print("turns recorded from a calm golden case:", ", ".join(turns))
    sections = os.environ.get("SECTIONS", "turns,cold,http").split(",")
    if "turns" in sections:
        in_process(turns, log_stream)
    if "cold" in sections:
        cold_start(turns["launch"])
    if "http" in sections:
        over_http(turns)


if __name__ == "__main__":
    main()
