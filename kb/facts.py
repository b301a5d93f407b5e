"""Checking facts that arrive from a front end (session attributes, a JSON file) before use.

Session attributes travel through the device and back, so the engine never trusts them blindly:
an unknown fact or an impossible value is refused with a message saying which and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kb.conditions import UNCLEAR, UNKNOWN
from kb.errors import FactsError
from kb.model import KnowledgeBase, Question

Facts = dict[str, Any]


def check_facts(kb: KnowledgeBase, facts: Mapping[str, Any]) -> Facts:
    """Return a clean copy of the facts, or raise FactsError naming the first bad one."""
    if not isinstance(facts, Mapping):
        raise FactsError("facts must be a JSON object mapping fact names to answers")
    clean: Facts = {}
    for name, value in facts.items():
        question = kb.questions.get(name)
        if question is None:
            raise FactsError(f"unknown fact '{name}'; known facts: {', '.join(kb.questions)}")
        clean[name] = _check_value(question, value)
    return clean


def _check_value(q: Question, value: Any) -> Any:
    if value in (UNKNOWN, UNCLEAR):
        return value
    if q.answer_type == "yes_no":
        if value in ("yes", "no"):
            return value
        raise FactsError(f'\'{q.id}\' takes "yes", "no" or "unknown", not {value!r}')
    if q.answer_type == "choice":
        values = value if isinstance(value, list) else [value]
        bad = [v for v in values if v not in q.value_ids()]
        if bad or not values or (isinstance(value, list) and not q.multiple):
            raise FactsError(f"'{q.id}' takes one of {', '.join(q.value_ids())} or \"unknown\", not {value!r}")
        return list(dict.fromkeys(values)) if q.multiple else value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise FactsError(f"'{q.id}' takes a number or \"unknown\", not {value!r}")
    low, high = q.number_range or (0, 36500)
    if not low <= value <= high:
        raise FactsError(f"'{q.id}' must be between {low} and {high}, not {value!r}")
    return value
