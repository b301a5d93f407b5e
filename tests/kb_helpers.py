"""Shared helpers for the knowledge-base tests: the real KB, golden cases, and an interview driver."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from kb import KnowledgeBase, Question, load_kb, next_question
from kb.yaml_loader import read_yaml

ROOT = Path(__file__).resolve().parents[1]
CASES_FILE = ROOT / "kb" / "cases.yaml"


def named_rows(tables: Mapping[str, Iterable[Sequence[Any]]], *shown: int) -> list[Any]:
    """One test case per row of named tables (rule name -> rows), its id the rule's name and the row's
    ``shown`` columns (by default column 1, the words said): a failing row then says which rule and
    which sentence, and the reading tests' tables stay data."""
    columns = shown or (1,)
    return [
        pytest.param(*row, id=": ".join([name, *(str(row[i]) for i in columns)]))
        for name, rows in tables.items()
        for row in rows
    ]


def never_read(tables: Mapping[str, Iterable[Sequence[Any]]]) -> Callable[..., None]:
    """The test that every row (pending question, words, question) of ``tables`` says nothing of its
    question: shared by the reading tests, whose tables of words that must set nothing differ."""

    @pytest.mark.parametrize("pending, words, question", named_rows(tables, 0, 1))
    def test(pending: str, words: str, question: str) -> None:
        got = read_after(pending, words)
        assert question not in got, got

    return test


def kept_as_yes(tables: Mapping[str, Iterable[Sequence[Any]]]) -> Callable[..., None]:
    """The test that every row (pending question, words, question) of ``tables`` keeps a sign said
    unasked as that question's yes, whatever else the words answer."""

    @pytest.mark.parametrize("pending, words, question", named_rows(tables, 0, 1))
    def test(pending: str, words: str, question: str) -> None:
        got = read_after(pending, words)
        assert got.get(question) == "yes", got

    return test


@lru_cache(maxsize=1)
def real_kb() -> KnowledgeBase:
    return load_kb()


def golden_cases() -> list[dict[str, Any]]:
    return list(read_yaml(CASES_FILE)["cases"])


def interview(
    kb: KnowledgeBase,
    answer: Callable[[Question], Any],
    start: Mapping[str, Any] | None = None,
    limit: int = 40,
    also_said: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Ask questions as the engine chooses them, answering with `answer`; return facts and the ids asked.

    ``also_said`` is what a person adds unasked when answering a question ("I twisted it" to how it
    started also says what they were doing): question id -> the extra facts that answer carries."""
    facts = dict(start or {})
    asked: list[str] = []
    for _ in range(limit):
        q = next_question(kb, facts)
        if q is None:
            return facts, asked
        asked.append(q.id)
        facts[q.id] = answer(q)
        facts.update({k: v for k, v in (also_said or {}).get(q.id, {}).items() if k not in facts})
    raise AssertionError(f"interview did not end within {limit} questions: {asked}")


def play_case(kb: KnowledgeBase, case: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A golden case's interview: answered from its facts, with what its person adds unasked."""
    return interview(kb, answer_from(case["facts"]), also_said=case.get("also_said"))


def answer_from(facts: Mapping[str, Any]) -> Callable[[Question], Any]:
    """Answer from a case's facts; questions the case does not cover get the calm answer ("no")
    for yes/no and "unknown" otherwise, as a person who wasn't asked would have said nothing.

    An opener the case does not cover (a question that only decides whether others are asked, such
    as knee_signs) is answered as the person would from the questions it opens: yes when one of
    their answers in the case moves the advice (fires a rule or red flag, or opens a screen),
    "unknown" when one is "unknown", otherwise no. So cases written before an opener existed keep
    meaning what they said."""
    kb = real_kb()

    def answer(q: Question) -> Any:
        if q.id in facts:
            return facts[q.id]
        opened = _opened_by(kb, q.id)
        if opened:
            return _opener_answer(kb, facts, opened)
        return "no" if q.answer_type == "yes_no" else "unknown"

    return answer


def _opened_by(kb: KnowledgeBase, opener: str) -> list[str]:
    """The narrowing questions whose ask_when reads `opener` (empty for any other question)."""
    if kb.questions[opener].phase != "narrowing" or kb.questions[opener].answer_type != "yes_no":
        return []
    return [
        q.id
        for q in kb.questions.values()
        if q.ask_when is not None and any(leaf.fact == opener for leaf in q.ask_when.leaves())
    ]


def _opener_answer(kb: KnowledgeBase, facts: Mapping[str, Any], opened: list[str]) -> str:
    given = {q: facts[q] for q in opened if q in facts}
    if any(_moves_the_advice(kb, facts, q, a) for q, a in given.items()):
        return "yes"
    return "unknown" if "unknown" in given.values() else "no"


def _moves_the_advice(kb: KnowledgeBase, facts: Mapping[str, Any], fact: str, value: Any) -> bool:
    alone = {**facts, fact: value}
    conditions = [r.when for r in kb.rules.values()] + [f.when for f in kb.red_flags.values()]
    conditions += [s.ask_when for s in kb.questions.values() if s.phase == "red_flag" and s.ask_when is not None]
    return any(c.holds(alone) and not c.holds({k: v for k, v in alone.items() if k != fact}) for c in conditions)


# The day the paraphrase corpus counts dates from (tests/paraphrases/_corpus.yaml): a Sunday.
READING_DAY = date(2026, 11, 29)


def reading_row(rule: str, pending: str, words: str, **facts: object) -> Any:
    """One row of a reading table: after ``pending`` is asked, ``words`` give each fact named (None: not
    stored); the test id names the rule and the words, so a failing row says which."""
    return pytest.param(pending, words, facts, id=f"{rule}: {words}")


def assert_reads(pending: str, words: str, facts: Mapping[str, object]) -> None:
    """The facts named are read as given (the others the words set are not this row's business)."""
    heard = read_after(pending, words)
    assert {fact: heard.get(fact) for fact in facts} == facts, heard


def read_after(pending: str, words: str) -> dict[str, Any]:
    """The facts the skill's free-text reading takes from ``words`` said after ``pending`` was asked."""
    from skill.understanding import read

    kb = real_kb()
    return read(words, kb, kb.questions[pending], today=READING_DAY)
