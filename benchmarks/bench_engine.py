"""Prints how fast the engine answers and how long interviews are.

Alexa allows the skill 8 seconds per answer, and each turn asks the engine once per set of facts
(``kb.evaluate``: next question, assessment and whether it is worrying in one look), so the figures
to watch are the per-call latency (milliseconds) and the knowledge-base load time
(paid once per worker or Lambda cold start). Interview length is the other budget: 6 to 8
answers typically (the golden-case median), never more than 12. Run: .venv/bin/python -m benchmarks.bench_engine
"""

from __future__ import annotations

import random
import statistics
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from typing import Any

from kb import UNKNOWN, KnowledgeBase, Question, assess, evaluate, load_kb, next_question
from tests.alexa_requests import Said, talk
from tests.kb_helpers import answer_from, golden_cases, interview


def _random_answer(rng: random.Random) -> Callable[[Question], Any]:
    def answer(q: Question) -> Any:
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


def _timed(call: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    call(*args)
    return (time.perf_counter() - started) * 1000


def _two_calls(kb: KnowledgeBase, facts: dict[str, object]) -> None:
    next_question(kb, facts)
    assess(kb, facts)


def _spread(timings: list[float]) -> str:
    return f"median {statistics.median(timings):.2f} ms, p95 {sorted(timings)[int(len(timings) * 0.95)]:.2f} ms"


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
    lengths: list[int] = []
    timings: list[float] = []
    every_turn: list[float] = []
    separate: list[float] = []
    outcomes: Counter[str] = Counter()
    for _ in range(300):
        facts, asked = interview(kb, _random_answer(rng))
        lengths.append(len(asked))
        for end in range(len(asked)):  # every turn before the last: the facts after each answer
            so_far = {qid: facts[qid] for qid in asked[:end]}
            every_turn.append(_timed(evaluate, kb, so_far))
        timings.append(_timed(evaluate, kb, facts))
        separate.append(_timed(_two_calls, kb, facts))
        outcomes[evaluate(kb, facts).assessment.disposition.id] += 1
    print(f"random interviews: {len(lengths)}; answers median {statistics.median(lengths)}, max {max(lengths)}")
    print(f"engine, the advice turn's facts (evaluate): {_spread(timings)}")
    print(f"engine, every earlier turn's facts: {_spread(every_turn)}")
    print(f"the advice turn's facts as two calls (next_question + assess, the old way): {_spread(separate)}")
    print("dispositions reached:", dict(outcomes))

    calm = [c for c in golden_cases() if not c["expect"]["disposition"].startswith("emergency")]
    calm_lengths = [len(interview(kb, answer_from(c["facts"]))[1]) for c in calm]
    print(
        f"golden cases without a red flag: {len(calm)}; answers median {statistics.median(calm_lengths)}, "
        f"min {min(calm_lengths)}, max {max(calm_lengths)}"
    )
    _skill_turns()


def _skill_turns() -> None:
    """Whole turns through the real skill in process (ask-sdk dispatch, session record, speech): the
    engine's share of a turn, by turn type. Envelopes come from the project's one builder."""
    case = next(c for c in golden_cases() if c["expect"]["disposition"] == "self_care")
    answer = answer_from(case["facts"])
    names = ("launch", "repeat", "first answer", "mid answer", "help", "advice (last answer)")
    costs: dict[str, list[float]] = {name: [] for name in names}

    def timed(name: str, turn: Callable[..., Said], *args: object) -> Said:
        started = time.perf_counter()
        said = turn(*args)
        costs[name].append((time.perf_counter() - started) * 1000)
        return said

    for _ in range(40):
        convo = talk()

        said = timed("launch", convo.launch)
        timed("repeat", convo.intent, "AMAZON.RepeatIntent")
        kind = "first answer"
        while (question := convo.asked(said)) is not None:
            if question.phase == "narrowing":
                timed("help", convo.intent, "AMAZON.HelpIntent")
            said = timed(kind, convo.reply_with, question, answer(question))
            kind = "mid answer"
        costs["advice (last answer)"].append(costs["mid answer"].pop())  # the last answer is the advice turn
    table = "; ".join(f"{k} {statistics.median(v):.2f} ms" for k, v in costs.items() if v)
    print(f"skill turns in process, median: {table}")


if __name__ == "__main__":
    main()
