"""Fixtures shared by the test modules: the real knowledge base, the real skill, the phrase catalogue.

Why fixtures over module globals: each is built once per run (the kb load and the skill build are
the slow parts) and a test names what it uses in its signature.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.skill import CustomSkill

from kb import LOCALES, KnowledgeBase
from skill.devtools import interaction_model_gen as gen
from skill.phrases import Phrases, load_phrases
from tests.alexa_requests import Conversation, real_skill
from tests.kb_helpers import real_kb

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def manifest() -> dict[str, Any]:
    """The committed skill.json's manifest."""
    return dict(json.loads((ROOT / "skill.json").read_text(encoding="utf-8"))["manifest"])


@pytest.fixture(scope="session")
def models() -> dict[str, Any]:
    """The committed interaction model of every locale."""
    return {
        loc: json.loads((ROOT / "interaction_model" / f"{loc}.json").read_text(encoding="utf-8")) for loc in LOCALES
    }


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return real_kb()


@pytest.fixture(scope="session")
def generated_models(kb: KnowledgeBase) -> dict[str, dict[str, Any]]:
    """The interaction models the generator builds from the kb, the templates and the corpus: built
    once, as the build (the corpus read above all) takes seconds and depends on nothing a test changes."""
    return gen.build_all(kb)


@pytest.fixture(scope="session")
def skill() -> CustomSkill:
    return real_skill()


@pytest.fixture(scope="session")
def phrases(kb: KnowledgeBase) -> Phrases:
    return load_phrases(kb)


@pytest.fixture(scope="session")
def phrase(phrases: Phrases) -> Callable[..., str]:
    """One of the skill's phrases: ``phrase(key, locale="en-US", **placeholders)``."""

    def say(key: str, locale: str = "en-US", **values: Any) -> str:
        return phrases.phrase(key, locale, **values)

    return say


@pytest.fixture
def convo(skill: CustomSkill, kb: KnowledgeBase) -> Conversation:
    """A fresh en-US conversation with the real skill."""
    return Conversation(skill, kb, "en-US")
