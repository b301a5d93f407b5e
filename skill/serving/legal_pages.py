"""The privacy policy and terms of use, as the web service serves them at ``/privacy`` and ``/terms``.

Why files: the pages are plain, accessible HTML kept in ``docs/legal/`` where a reviewer reads them,
and the store's certification team opens the same text through the URLs in ``skill.json``. They
are read once and kept in memory: they never change while the service runs.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEGAL_DIR = Path(__file__).resolve().parents[2] / "docs" / "legal"
# URL path -> file; the manifest's privacyPolicyUrl and termsOfUseUrl end in these paths.
PAGES = {"privacy": "privacy.html", "terms": "terms.html"}
CONTENT_TYPE = "text/html; charset=utf-8"


@cache
def legal_page(name: str) -> bytes:
    """The page's HTML; KeyError for a name that is not a legal page."""
    return (LEGAL_DIR / PAGES[name]).read_bytes()
