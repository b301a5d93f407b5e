"""A small, bounded memo of engine evaluations, keyed by the checked facts.

Why: a turn evaluates the stored facts (the session check) and then the facts with the new
answer; the stored facts are exactly what the previous turn evaluated, so when the same process
served that turn (a warm Lambda container, the same web worker) the first evaluation is a lookup.
The engine is deterministic and free of I/O, so a hit is the same Evaluation a fresh run gives;
the key holds each value's type and the facts' order, so `1` and `1.0`, or `True` and `1`, never
share an entry. Size: ``KB_MEMO_SIZE`` (default 256 entries; 0 turns the memo off, which the
benchmarks use to measure turns that miss).
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Any, Generic, TypeVar

from kb.model import KnowledgeBase

DEFAULT_SIZE = 256
Value = TypeVar("Value")


class Memo(Generic[Value]):
    """Least recently used evaluations per knowledge base, safe to share between threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[int, Hashable], tuple[KnowledgeBase, Value]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, kb: KnowledgeBase, facts: Mapping[str, Any]) -> Value | None:
        if self.size <= 0:
            return None
        key = (id(kb), _frozen(facts))
        with self._lock:
            entry = self._entries.get(key)
            # The entry keeps its kb alive, so an equal id is the same kb, never a new one at a reused address.
            if entry is None or entry[0] is not kb:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry[1]

    def put(self, kb: KnowledgeBase, facts: Mapping[str, Any], evaluation: Value) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._entries[(id(kb), _frozen(facts))] = (kb, evaluation)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.hits = self.misses = 0


def _frozen(facts: Mapping[str, Any]) -> Hashable:
    return tuple(
        (name, type(value), tuple(value) if isinstance(value, list) else value) for name, value in facts.items()
    )


def size_from_environment() -> int:
    raw = os.environ.get("KB_MEMO_SIZE", "")
    try:
        return max(0, int(raw)) if raw.strip() else DEFAULT_SIZE
    except ValueError:
        # A performance knob, never a reason to refuse to serve: said once, at start-up.
        logging.getLogger(__name__).warning("KB_MEMO_SIZE=%r is not a whole number; using %d", raw, DEFAULT_SIZE)
        return DEFAULT_SIZE
