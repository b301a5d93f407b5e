"""YAML reading with the two YAML 1.1 surprises removed.

Plain PyYAML turns `yes`/`no` into booleans and `2026-11-22` into a date. In this knowledge base
`yes` and `no` are answer values and dates are kept as text, so a clinician can write `is: yes`
without quoting and get what they meant.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML has it (the pinned wheels do): it reads the kb several times faster,
# which is most of a Lambda cold start. The resolvers below are Python-side either way.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KbYamlLoader(_SAFE_LOADER):  # type: ignore[valid-type,misc]
    """SafeLoader whose booleans are only true/false and which keeps timestamps as strings."""


KbYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
KbYamlLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_yaml(path: Path) -> Any:
    """Parse one file; YAML syntax errors propagate with their line numbers."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=KbYamlLoader)
