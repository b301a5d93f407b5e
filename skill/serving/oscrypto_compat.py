"""Lets oscrypto 1.3.0 read OpenSSL version numbers with two-digit parts ("3.0.19").

Why this exists: Alexa request signature verification (ask-sdk-webservice-support) uses
certvalidator, which uses oscrypto. oscrypto 1.3.0, the last release on PyPI, finds the
libcrypto version with the regular expression ``\\b(\\d\\.\\d\\.\\d[a-z]*)\\b``; it does not
match "OpenSSL 3.0.10" or anything later, so importing it raises ``LibraryNotFoundError:
Error detecting the version of libcrypto`` on every current Linux distribution and container
(oscrypto issues 75 and 78). Upstream fixed the expression (``\\d+``) but never released it,
and a git dependency is not something every deployment can install.

What it does, and no more: :func:`install` puts an import finder in front of the normal
ones. When oscrypto imports ``oscrypto._openssl._libcrypto_cffi`` or ``_libcrypto_ctypes``,
the finder reads that module's own installed source; if (and only if) it still contains the
single-digit expression, it compiles the source with that expression widened the way
upstream did, and nothing else changed. If the installed oscrypto is already fixed, or is
not installed, the finder steps aside and the normal import runs. Nothing in site-packages
is edited, and oscrypto's backend is loaded only when oscrypto itself asks for it, so
``oscrypto.use_openssl()`` and ``use_ctypes()`` keep working.

``tests/test_oscrypto_compat.py`` fails once the installed oscrypto no longer needs this,
telling you to delete this module and its one ``install()`` call (``skill/serving/__init__.py``).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from types import ModuleType

#: The oscrypto modules that parse the libcrypto version string.
TARGET_MODULES = (
    "oscrypto._openssl._libcrypto_cffi",
    "oscrypto._openssl._libcrypto_ctypes",
)

# The expressions exactly as they are spelled in oscrypto 1.3.0's source, and their widened
# forms. Matching the source text (not a version number) makes the patch a no-op as soon as
# a fixed oscrypto is installed.
_REPLACEMENTS = (
    (
        r"re.search('\\b(\\d\\.\\d\\.\\d[a-z]*)\\b', version_string)",
        r"re.search('\\b(\\d+\\.\\d+\\.\\d+[a-z]*)\\b', version_string)",
    ),
    (
        r"re.search('(?<=LibreSSL )(\\d\\.\\d(\\.\\d)?)\\b', version_string)",
        r"re.search('(?<=LibreSSL )(\\d+\\.\\d+(\\.\\d+)?)\\b', version_string)",
    ),
)


def patched_source(source: str) -> str | None:
    """Return ``source`` with the single-digit version expressions widened.

    Returns None when the source does not contain oscrypto 1.3.0's OpenSSL expression,
    which means it is already fixed (or is not the code this patch was written for).
    """
    if _REPLACEMENTS[0][0] not in source:
        return None
    for old, new in _REPLACEMENTS:
        source = source.replace(old, new)
    return source


def installed_source_needs_patch() -> bool:
    """True when an installed oscrypto module still has the single-digit expression."""
    for name in TARGET_MODULES:
        origin = _origin_of(name)
        if origin is not None and patched_source(_read(origin)) is not None:
            return True
    return False


class _PatchedSourceLoader(importlib.abc.Loader):
    """Executes a module from already patched source text, keeping its real file name."""

    def __init__(self, source: str, origin: str) -> None:
        self._source = source
        self._origin = origin

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object is fine

    def exec_module(self, module: ModuleType) -> None:
        code = compile(self._source, self._origin, "exec", dont_inherit=True)
        exec(code, module.__dict__)


class OscryptoVersionFinder(importlib.abc.MetaPathFinder):
    """Import finder that serves the two oscrypto version-parsing modules patched."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in TARGET_MODULES:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin or not spec.has_location:
            return None
        fixed = patched_source(_read(spec.origin))
        if fixed is None:
            return None  # this oscrypto is already fixed: import it untouched
        return importlib.util.spec_from_file_location(
            fullname, spec.origin, loader=_PatchedSourceLoader(fixed, spec.origin)
        )


def install() -> None:
    """Make later imports of oscrypto parse multi-digit OpenSSL versions. Idempotent.

    Call before anything imports certvalidator or flask_ask_sdk. Harmless when oscrypto is
    fixed or absent. A module already imported successfully is left as it is.
    """
    if not any(isinstance(finder, OscryptoVersionFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, OscryptoVersionFinder())


def _origin_of(name: str) -> str | None:
    """The source file of an installed module, without importing it."""
    try:
        spec = importlib.util.find_spec(name.rpartition(".")[0])
    except ImportError:
        return None
    if spec is None or spec.submodule_search_locations is None:
        return None
    module_spec = importlib.machinery.PathFinder.find_spec(name, list(spec.submodule_search_locations))
    return module_spec.origin if module_spec is not None else None


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()
