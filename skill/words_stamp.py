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
them). Each tier has its own digest on the first line, so a start-up reads the file once and checks
only the tier it takes. The built data is written generically (the frozen dataclasses named in
``types``, frozensets, tuples, lists, mappings and patterns), so a field added to ``Words`` needs no
change here; reading builds only those types back, never arbitrary objects as pickle would.

A pattern is kept with its compiled program as well as its source (``_program``): compiling the
patterns the word data builds at load (the numbers, the clause splitters) was about 20 ms of every
cold start, and handing the regex engine the program it compiled before takes well under one. The
program is plain integers in CPython's regex engine format, tied to its version (``_ENGINE``, in every
digest, beside the Python version the word data's inputs name) and checked again by the engine when
given; any other engine, or a program it refuses, compiles the source instead. The tests check that
every pattern so rebuilt equals the one compiling its source gives.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import sys
from array import array
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

_sre: Any = None  # CPython's regex engine and its compiler (private modules: imported by name)
try:
    _sre, _compiler, _parser = (import_module(name) for name in ("_sre", "re._compiler", "re._parser"))
    if array("I").itemsize != _sre.CODESIZE:  # the program is kept as an array of the engine's words
        raise ImportError
    _ENGINE = f"sre {_sre.MAGIC} {_sre.CODESIZE} {sys.byteorder}"
except (ImportError, AttributeError):  # another Python: patterns compile from their source
    _sre, _ENGINE = None, "source only"


def _certified(inputs: str, *parts: bytes) -> str:
    checked = hashlib.sha256()
    for part in (_ENGINE.encode(), inputs.encode(), *parts):
        checked.update(f"{len(part)}\0".encode())
        checked.update(part)
    return checked.hexdigest()


def read(stamp: Path, inputs: str, kb_print: str, types: Mapping[str, type]) -> tuple[dict[str, str], Any]:
    """The regex sources by phrases, and the built data when it was built for this kb (else None):
    both empty when the stamp is missing or does not certify these inputs."""
    try:
        with stamp.open("rb") as file:
            built_claim, sources_claim, size = file.readline().decode("ascii").split()
            built_for = file.readline().rstrip(b"\n")
            if built_for.decode("ascii") == kb_print:
                words = file.read(int(size))
                if built_claim != _certified(inputs, built_for, words):
                    return {}, None
                return {}, json.loads(words, object_hook=_Decoder(types))
            file.seek(int(size) + 1, os.SEEK_CUR)  # the other tier is not even read
            sources = file.read()
        if sources_claim != _certified(inputs, sources):
            return {}, None
        found = json.loads(sources)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError):
        return {}, None
    return (found, None) if isinstance(found, dict) and all(isinstance(v, str) for v in found.values()) else ({}, None)


def write(stamp: Path, inputs: str, kb_print: str, words: Any, sources: Mapping[str, str]) -> None:
    """Best effort: a read-only bundle (Lambda) without a stamp just builds the data at each start.
    The first line holds each tier's digest and the built data's length, the second the kb line."""
    try:
        built = json.dumps(encoded(words), separators=(",", ":")).encode("ascii")
    except TypeError:  # a value of a type the stamp cannot rebuild: no stamp, rather than a wrong one
        return
    built_for = kb_print.encode("ascii")
    phrases = json.dumps(sources, separators=(",", ":"), sort_keys=True).encode("ascii")
    head = f"{_certified(inputs, built_for, built)} {_certified(inputs, phrases)} {len(built)}".encode("ascii")
    temporary = stamp.with_name(f"{stamp.name}.{os.getpid()}")
    try:
        temporary.write_bytes(b"\n".join([head, built_for, built, phrases]))
        os.replace(temporary, stamp)  # atomic: concurrent workers never read half a stamp
    except OSError:
        temporary.unlink(missing_ok=True)


def _program(pattern: re.Pattern[str]) -> str | None:
    """The regex engine's program for the pattern (what ``re.compile`` hands to ``_sre.compile``) as
    base64 of its words (JSON's integers parse several times slower), or None where the engine's
    compiler is not at hand."""
    if _sre is None:
        return None
    try:
        program = array("I", _compiler._code(_parser.parse(pattern.pattern, pattern.flags), pattern.flags))
    except Exception:  # an internal that changed: the source alone still rebuilds the pattern
        return None
    return base64.b64encode(program.tobytes()).decode("ascii")


def _compiled(node: dict[str, Any]) -> re.Pattern[str]:
    """A pattern from its stamp node: from its program when the engine takes it, else from its source."""
    source, flags, program = node["R"], node["f"], node.get("c")
    if _sre is not None and isinstance(program, str):
        names = dict(node["n"])
        by_index: list[str | None] = [None] * (node["g"] + 1)
        for name, index in names.items():
            by_index[index] = name
        try:
            words = array("I", base64.b64decode(program, validate=True)).tolist()
            pattern: re.Pattern[str] = _sre.compile(source, flags, words, node["g"], names, tuple(by_index))
            return pattern
        except (RuntimeError, TypeError, ValueError, IndexError, OverflowError):  # a program it refuses
            pass
    return re.compile(source, flags)


def encoded(value: Any) -> Any:
    """The value as JSON that ``read`` rebuilds into an equal value; every JSON object is a tagged node
    (so a mapping's keys never pass for a tag)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {"C": type(value).__name__, "v": [[f.name, encoded(getattr(value, f.name))] for f in fields(value)]}
    if isinstance(value, re.Pattern):
        node = {"R": value.pattern, "f": value.flags, "g": value.groups, "n": sorted(value.groupindex.items())}
        program = _program(value)
        return node if program is None else {**node, "c": program}
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
            return _compiled(node)
        if "S" in node:
            return frozenset(node["S"])
        if "T" in node:
            return tuple(node["T"])
        if "D" in node:
            return dict(node["D"])
        raise ValueError(f"not a node of the word data stamp: {sorted(node)}")
