"""YAML reading with the two YAML 1.1 surprises removed, and no key given twice.

Plain PyYAML turns `yes`/`no` into booleans and `2026-11-22` into a date. In this knowledge base
`yes` and `no` are answer values and dates are kept as text, so a clinician can write `is: yes`
without quoting and get what they meant.

Plain PyYAML also keeps only the last of two equal keys in a mapping, silently: two people adding
the same entry in different parts of a long file (a question's `when_asked` written twice) would
lose the first list without a word. Every data file of the project is read with ``UniqueKeyLoader``
(or ``KbYamlLoader``, built on it), which refuses that with the key and its line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError

# libyaml's parser when PyYAML has it (the pinned wheels do): it reads the kb several times faster,
# which is most of a Lambda cold start. The resolvers below are Python-side either way.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[valid-type,misc]
    """SafeLoader (libyaml's when present) that refuses a mapping key given twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                repeated = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key: the base constructor says so
                continue
            if repeated:
                raise ConstructorError(None, None, f"the key {key!r} is given twice", key_node.start_mark)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep)
        return mapping


class KbYamlLoader(UniqueKeyLoader):
    """UniqueKeyLoader whose booleans are only true/false and which keeps timestamps as strings."""


KbYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
KbYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path) -> Any:
    """Parse one file; YAML syntax errors propagate with their line numbers."""
    return parse_yaml(path.read_text(encoding="utf-8"))


def parse_yaml(text: str) -> Any:
    """Parse text already read (the loader hashes the same text it parses)."""
    return yaml.load(text, Loader=KbYamlLoader)
