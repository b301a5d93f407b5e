"""Shared helpers for the knowledge-base tests: the real KB, golden cases, and an interview driver."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from kb import KnowledgeBase, Question, load_kb, next_question
from kb.yaml_loader import read_yaml

ROOT = Path(__file__).resolve().parents[1]
CASES_FILE = ROOT / "kb" / "cases.yaml"


@lru_cache(maxsize=1)
def real_kb() -> KnowledgeBase:
    return load_kb()


def golden_cases() -> list[dict[str, Any]]:
    return list(read_yaml(CASES_FILE)["cases"])


def interview(
    kb: KnowledgeBase, answer: Callable[[Question], Any], start: Mapping[str, Any] | None = None, limit: int = 40
) -> tuple[dict[str, Any], list[str]]:
    """Ask questions as the engine chooses them, answering with `answer`; return facts and the ids asked."""
    facts = dict(start or {})
    asked: list[str] = []
    for _ in range(limit):
        q = next_question(kb, facts)
        if q is None:
            return facts, asked
        asked.append(q.id)
        facts[q.id] = answer(q)
    raise AssertionError(f"interview did not end within {limit} questions: {asked}")


def answer_from(facts: Mapping[str, Any]) -> Callable[[Question], Any]:
    """Answer from a case's facts; questions the case does not cover get the calm answer ("no")
    for yes/no and "unknown" otherwise, as a person who wasn't asked would have said nothing."""

    def answer(q: Question) -> Any:
        if q.id in facts:
            return facts[q.id]
        return "no" if q.answer_type == "yes_no" else "unknown"

    return answer
