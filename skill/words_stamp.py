"""The word data's stamp: ``skill/understanding.yaml`` as built for one kb, kept beside it as JSON.

Why: building the word data (parsing some four thousand lines of YAML, normalising every phrase,
turning the families into regex sources, checking them against the kb) was about 150 ms of a cold
start's first request, on every cold container, though the file never changes while the skill runs.
A full load writes the stamp when it can (a read-only Lambda bundle gets one from the packager); a
later load uses it only when its digest certifies it: the YAML byte for byte, the code that builds
the data, the Python and Unicode versions, and the stamp's own text. Any mismatch means a full load,
which checks everything again: a stale, missing or edited stamp costs time, never gives other data.

Two tiers, one file: the families' regex sources depend on the file and the code only, so they stay
usable when another kb (a test's) loads the same file; the whole built data is used only for the kb
it was built for (the ``kb`` line: a digest of its questions and of what the kb's index says of
them). The built data is written generically (the frozen dataclasses named in ``types``, frozensets,
tuples, lists, mappings and patterns by their source), so a field added to ``Words`` needs no change
here; reading builds only those types back, never arbitrary objects as pickle would.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any


def _certified(inputs: str, rest: str) -> str:
    checked = hashlib.sha256()
    for part in (inputs, rest):
        checked.update(f"{len(part)}\0".encode())
        checked.update(part.encode())
    return checked.hexdigest()


def read(stamp: Path, inputs: str, kb_print: str, types: Mapping[str, type]) -> tuple[dict[str, str], Any]:
    """The regex sources by phrases, and the built data when it was built for this kb (else None):
    both empty when the stamp is missing or does not certify these inputs."""
    try:
        claimed, rest = stamp.read_text(encoding="utf-8").split("\n", 1)
        if claimed != _certified(inputs, rest):
            return {}, None
        built_for, words, sources = rest.split("\n", 2)
        if built_for == kb_print:
            return {}, json.loads(words, object_hook=_Decoder(types))
        found = json.loads(sources)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return {}, None
    return (found, None) if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()) else ({}, None)


def write(stamp: Path, inputs: str, kb_print: str, words: Any, sources: Mapping[str, str]) -> None:
    """Best effort: a read-only bundle (Lambda) without a stamp just builds the data at each start."""
    try:
        built = json.dumps(encoded(words), separators=(",", ":"))
    except TypeError:  # a value of a type the stamp cannot rebuild: no stamp, rather than a wrong one
        return
    rest = "\n".join([kb_print, built, json.dumps(sources, separators=(",", ":"), sort_keys=True)])
    temporary = stamp.with_name(f"{stamp.name}.{os.getpid()}")
    try:
        temporary.write_text(f"{_certified(inputs, rest)}\n{rest}", encoding="utf-8")
        os.replace(temporary, stamp)  # atomic: concurrent workers never read half a stamp
    except OSError:
        temporary.unlink(missing_ok=True)


def encoded(value: Any) -> Any:
    """The value as JSON that ``read`` rebuilds into an equal value; every JSON object is a tagged node
    (so a mapping's keys never pass for a tag)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {"C": type(value).__name__, "v": [[f.name, encoded(getattr(value, f.name))] for f in fields(value)]}
    if isinstance(value, re.Pattern):
        return {"R": value.pattern, "f": value.flags}
    if isinstance(value, frozenset):
        return {"S": sorted(encoded(item) for item in value)}
    if isinstance(value, tuple):
        return {"T": [encoded(item) for item in value]}
    if isinstance(value, list):
        return [encoded(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {"D": [[key, encoded(item)] for key, item in value.items()]}
    raise TypeError(f"the word data stamp cannot keep a {type(value).__name__}")


class _Decoder:
    """``json.loads``' object hook: each tagged node back into its value. Equal frozen dataclasses are
    built once (a family's compiled pattern is then shared by every place that uses those words)."""

    def __init__(self, types: Mapping[str, type]) -> None:
        self.types = types
        self.made: dict[Any, Any] = {}

    def __call__(self, node: dict[str, Any]) -> Any:
        if "C" in node:
            arguments = dict(node["v"])
            value = self.types[node["C"]](**arguments)
            try:
                return self.made.setdefault((node["C"], *arguments.values()), value)
            except TypeError:  # holds a mapping: not shared
                return value
        if "R" in node:
            return re.compile(node["R"], node["f"])
        if "S" in node:
            return frozenset(node["S"])
        if "T" in node:
            return tuple(node["T"])
        if "D" in node:
            return dict(node["D"])
        raise ValueError(f"not a node of the word data stamp: {sorted(node)}")
