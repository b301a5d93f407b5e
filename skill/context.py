"""What every part of one turn shares: the knowledge base, the phrases, the locale, and the turn's
engine evaluations.

Why evaluations live here: a turn asks the engine about a set of facts once (``evaluate``); the
session check, the transition and the speech all reuse that one answer, so they cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from kb import Evaluation, KnowledgeBase, LocalText, evaluate
from skill.phrases import Phrases


@dataclass
class Context:
    kb: KnowledgeBase
    phrases: Phrases
    locale: str  # a locale the knowledge base knows (unknown ones become en-US)
    recovered: bool = False  # the session record was unreadable and was replaced by a fresh one
    _evaluations: dict[str, Evaluation] = field(default_factory=dict, repr=False)

    def phrase(self, key: str, **values: Any) -> str:
        """One of the skill's own phrases, in this locale."""
        return self.phrases.phrase(key, self.locale, **values)

    def text(self, text: LocalText | None, **values: Any) -> str:
        """A knowledge-base text, in this locale."""
        return self.kb.say(text, self.locale, **values)

    def evaluate(self, facts: Mapping[str, Any], unasked: AbstractSet[str] = frozenset()) -> Evaluation:
        """The engine's view of these facts (``unasked``: those said without being asked, see
        ``kb.evaluate``), computed at most once per turn. Raises FactsError when the facts do not fit
        the knowledge base."""
        said = sorted(unasked)
        key = json.dumps([facts, said], sort_keys=True)
        found = self._evaluations.get(key)
        if found is None:
            found = self._evaluations[key] = evaluate(self.kb, facts, unasked)
            if found.facts != facts:  # checked facts spelled differently (duplicates dropped): the same view
                self._evaluations[json.dumps([found.facts, said], sort_keys=True)] = found
        return found
