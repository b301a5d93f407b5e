"""Session records the skill never wrote, for property and fuzz tests: the current record's shape
(``session.VERSION`` and every key of ``session.FRESH``) claiming anything, so a record passes the
first checks and reaches the ones that matter (facts, mode, pending question), beside records of
an old version or with junk in any field."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from kb import UNKNOWN, KnowledgeBase
from skill import session
from skill.session import Echo, Mode
from tests.kb_helpers import real_kb

KB = real_kb()


def _any_value(kb: KnowledgeBase) -> st.SearchStrategy[Any]:
    valid = ["yes", "no", UNKNOWN] + [v for q in kb.questions.values() for v in q.value_ids()]
    junk = st.one_of(st.none(), st.booleans(), st.integers(-10, 10**6), st.floats(), st.text(max_size=5))
    return st.one_of(st.sampled_from(valid), st.lists(st.sampled_from(valid), max_size=2), junk)


RECORDS = st.fixed_dictionaries(
    {
        "v": st.sampled_from([session.VERSION, session.VERSION, 1, "2"]),
        "facts": st.dictionaries(st.sampled_from([*KB.questions, "favourite_colour"]), _any_value(KB), max_size=6),
        "mode": st.sampled_from([m.value for m in Mode] + ["party", None]),
        "question": st.sampled_from([*KB.questions, None, "what_is_your_name"]),
        "misses": st.integers(-1, 1001),
        "tips_said": st.integers(-1, 30),
        "echo": st.sampled_from([e.value for e in Echo] + ["speech"]),
        "rate": st.integers(-1, len(session.RATES)),
        "helped": st.sampled_from([True, False, None]),
        "answered": st.lists(st.lists(st.sampled_from([*KB.questions, "nonsense"]), max_size=2), max_size=3),
        "unasked": st.one_of(st.lists(st.sampled_from([*KB.questions, "nonsense"]), max_size=4), st.none()),
    }
)
