"""Prints a fingerprint of ``skill.understanding.read`` over every answer anyone tuning the skill may
read: the whole train part and every spent blind round, each read with its own pending question.

Why: a change meant to make the reading cheaper (not to change it) must leave every reading the same,
byte for byte, not only the facts the corpus scores. Run it before and after such a change and compare
the lines; one line per part, so a difference points at where to look. ``bench_reading`` times a sample
of these answers; this reads all of them once, untimed. The hash-chosen held-out part is never read.
Run: .venv/bin/python -m benchmarks.reading_fingerprint
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from kb import KnowledgeBase, load_kb
from skill.devtools.corpus import Corpus, Entry, load_corpus
from skill.understanding import read
from skill.word_data import words_for

LAST_SPENT_ROUND = 75  # rounds after it are sealed: never read here


def fingerprint(kb: KnowledgeBase, corpus: Corpus, entries: Sequence[Entry]) -> str:
    """The digest of every answer's reading, in the order given."""
    words = words_for(kb)
    readings = [
        read(entry.say, kb, kb.questions[entry.question] if entry.question else None, words, corpus.today)
        for entry in entries
    ]
    return hashlib.sha256(json.dumps(readings, sort_keys=True, default=str).encode()).hexdigest()[:16]


def main() -> None:
    kb = load_kb()
    corpus = load_corpus(kb)
    parts = [("train", corpus.train())]
    parts += [(f"round {n}", corpus.blind(n)) for n in corpus.blind_rounds() if n <= LAST_SPENT_ROUND]
    digests = [fingerprint(kb, corpus, entries) for _, entries in parts]
    for (name, entries), digest in zip(parts, digests, strict=True):
        print(f"{name}: {len(entries)} answers, readings {digest}")
    every = hashlib.sha256(" ".join(digests).encode()).hexdigest()[:16]
    print(f"all: {sum(len(entries) for _, entries in parts)} answers, readings {every}")


if __name__ == "__main__":
    main()
