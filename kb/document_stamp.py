"""Parsed YAML documents kept beside their files as JSON, under a digest of everything they came from.

Why: parsing YAML (and importing a YAML parser at all) is a real part of a cold start, yet the files a
server or a Lambda bundle ships never change while it runs. A stamp holds the documents as JSON, which
parses several times faster, under a digest of the inputs given (the files' text and the code whose
verdict the stamp records) and of the documents themselves, so they cannot be edited apart from the
files they came from. Any edit changes the digest and the files are parsed afresh: a stale stamp costs
time, never gives other data. The kb's validation stamp (``kb.loader``) and the phrases' stamp
(``skill.phrases``) are both this.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

_DOCUMENTS = "documents"  # the label the stamp's own documents are certified under


def certify(inputs: Mapping[str, str], documents: str) -> str:
    """The digest a stamp holding ``documents`` claims for these inputs (label -> text)."""
    checked = hashlib.sha256()
    for label, text in [*sorted(inputs.items()), (_DOCUMENTS, documents)]:
        checked.update(f"{label}\0{len(text)}\0".encode())
        checked.update(text.encode())
    return checked.hexdigest()


def read(stamp: Path, inputs: Mapping[str, str]) -> dict[str, Any] | None:
    """The stamped documents, when the stamp certifies exactly these inputs; else None."""
    try:
        claimed, documents = stamp.read_text(encoding="utf-8").split("\n", 1)
        if claimed != certify(inputs, documents):
            return None
        parsed: dict[str, Any] = json.loads(documents)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return parsed


def write(stamp: Path, inputs: Mapping[str, str], documents: Mapping[str, Any]) -> None:
    """Best effort: a read-only bundle or directory just parses the files at each start."""
    temporary = stamp.with_name(f"{stamp.name}.{os.getpid()}")
    try:
        text = json.dumps(documents, ensure_ascii=False, separators=(",", ":"))
        if json.loads(text) != documents:
            return  # YAML that JSON cannot carry as it is (a number as a key): no shortcut for it
        temporary.write_text(f"{certify(inputs, text)}\n{text}", encoding="utf-8")
        os.replace(temporary, stamp)  # atomic: concurrent workers never read half a stamp
    except (OSError, TypeError, ValueError):  # TypeError: a value JSON has no form for (a date)
        temporary.unlink(missing_ok=True)
