"""Prints what reading one answer costs: ``skill.understanding.read`` over the corpus's answers.

Why: every free answer the skill hears is read once per turn (and an echo, a correction or a cut reads
parts of it again), so the reading's cost per answer is the figure to watch as word data and reading
rules grow. The answers are the train part and the spent blind rounds (never the hash-chosen held-out
part, whose entries no tuning may see), each read with its own pending question as the skill would.
It also prints a fingerprint of every reading: a change meant to make the reading cheaper must leave
it the same. The time is the process's CPU time, not the wall clock: the machines are shared, and a
busy neighbour would otherwise count as the reading's cost. Figures are printed, not asserted; compare
alternated runs. Run: .venv/bin/python -m benchmarks.bench_reading   (PASSES=n: timed passes, 3 by
default; EVERY=n: every n-th answer, 5 by default, 1 for all of them, about 19,000)
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import time
from collections.abc import Sequence

from kb import KnowledgeBase, load_kb
from skill.devtools.corpus import Corpus, Entry, load_corpus
from skill.understanding import read
from skill.word_data import words_for

LAST_SPENT_ROUND = 69  # rounds after it are sealed: never read here


def answers(corpus: Corpus) -> list[Entry]:
    """The train part and the spent blind rounds: the answers anyone tuning the skill may read."""
    every = int(os.environ.get("EVERY", "5"))
    return (corpus.train() + [e for e in corpus.blind() if e.blind_round <= LAST_SPENT_ROUND])[::every]


def one_pass(kb: KnowledgeBase, corpus: Corpus, entries: Sequence[Entry]) -> tuple[float, str]:
    """Milliseconds per answer over one pass, and the fingerprint of every answer's reading."""
    words = words_for(kb)
    started = time.process_time()
    readings = [
        read(entry.say, kb, kb.questions[entry.question] if entry.question else None, words, corpus.today)
        for entry in entries
    ]
    spent = (time.process_time() - started) * 1000 / len(entries)
    return spent, hashlib.sha256(json.dumps(readings, sort_keys=True, default=str).encode()).hexdigest()[:16]


def main() -> None:
    kb = load_kb()
    corpus = load_corpus(kb)
    entries = answers(corpus)
    _, fingerprint = one_pass(kb, corpus, entries)  # warm: caches and compiled patterns
    timings = [one_pass(kb, corpus, entries)[0] for _ in range(int(os.environ.get("PASSES", "3")))]
    print(f"read(): {len(entries)} answers (train and blind rounds 1-{LAST_SPENT_ROUND}), CPU time")
    if timings:
        print(f"  ms per answer: median {statistics.median(timings):.3f}, best {min(timings):.3f}")
    print(f"  readings fingerprint: {fingerprint}")


if __name__ == "__main__":
    main()
