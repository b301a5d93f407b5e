"""What the two fuzz tests share: any JSON value, and an envelope with one part replaced by one.

The skill fuzz (tests/test_skill_fuzz.py) goes through the real ask-sdk dispatch; the web service
fuzz (tests/test_webservice_fuzz.py) through the hosting edges, whose bodies are JSON text, so NaN
is left out there.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st


def any_json(*, nan: bool, leaves: int) -> st.SearchStrategy[Any]:
    """Any JSON-shaped value: scalars, lists and objects, nested."""
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=nan) | st.text(max_size=20),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
        max_leaves=leaves,
    )


def replace_part(data: dict[str, Any], path: Sequence[str], value: Any) -> None:
    """Put ``value`` at ``path``, replacing whatever was on the way that is not an object."""
    node = data
    for key in path[:-1]:
        if not isinstance(node.get(key), dict):
            node[key] = {}
        node = node[key]
    node[path[-1]] = value
