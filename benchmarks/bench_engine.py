"""Prints how fast the engine answers and how long interviews are.

Alexa allows the skill 8 seconds per answer, and each turn calls the engine once or twice, so
the figures to watch are the per-call latency (milliseconds) and the knowledge-base load time
(paid once per worker or Lambda cold start). Interview length is the other budget: 6 to 8
answers typically (the golden-case median), never more than 12. Run: .venv/bin/python -m benchmarks.bench_engine
"""

from __future__ import annotations

import random
import statistics
import time
import tracemalloc
from collections import Counter

from kb import UNKNOWN, assess, load_kb, next_question
from tests.kb_helpers import answer_from, golden_cases, interview


def _random_answer(rng: random.Random):
    def answer(q):
        if q.answer_type == "yes_no":
            return (
                rng.choice(["no"] * 8 + ["yes", UNKNOWN])
                if q.phase == "red_flag"
                else rng.choice(["yes", "no", UNKNOWN])
            )
        if q.answer_type == "choice":
            return rng.choice([*list(q.value_ids()), UNKNOWN]) if not q.multiple else [rng.choice(q.value_ids())]
        low, high = q.number_range or (0, 60)
        return rng.randint(low, high)

    return answer


def main() -> None:
    started = time.perf_counter()
    kb = load_kb()
    load_ms = (time.perf_counter() - started) * 1000
    tracemalloc.start()  # measured on a second load: tracing slows the clock too much to time both at once
    load_kb()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"load_kb: {load_ms:.1f} ms, peak allocated while loading {peak / 1024:.0f} KiB")

    rng = random.Random(7)
    lengths, timings, outcomes = [], [], Counter()
    for _ in range(300):
        facts, asked = interview(kb, _random_answer(rng))
        lengths.append(len(asked))
        t0 = time.perf_counter()
        next_question(kb, facts)
        result = assess(kb, facts)
        timings.append((time.perf_counter() - t0) * 1000)
        outcomes[result.disposition.id] += 1
    print(f"random interviews: {len(lengths)}; answers median {statistics.median(lengths)}, max {max(lengths)}")
    print(
        f"engine turn (next_question + assess): median {statistics.median(timings):.2f} ms, "
        f"p95 {sorted(timings)[int(len(timings) * 0.95)]:.2f} ms"
    )
    print("dispositions reached:", dict(outcomes))

    calm = [c for c in golden_cases() if not c["expect"]["disposition"].startswith("emergency")]
    calm_lengths = [len(interview(kb, answer_from(c["facts"]))[1]) for c in calm]
    print(
        f"golden cases without a red flag: {len(calm)}; answers median {statistics.median(calm_lengths)}, "
        f"min {min(calm_lengths)}, max {max(calm_lengths)}"
    )


if __name__ == "__main__":
    main()
