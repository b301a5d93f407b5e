"""The paraphrase corpus (``tests/paraphrases/``): answers people give, what they mean, and its split.

Why in devtools: the model generator feeds the corpus's *train* part into samples and synonyms,
and the coverage tests score the *held-out* part; both must agree on the split, so it lives in
one place. The format is described in ``tests/paraphrases/README.md``; a bad entry stops loading
with a message naming file, entry and problem. Scoring lives in ``skill.devtools.corpus_score``,
which reads the generated models (this module is read by the generator, so it must not).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kb import LOCALES, UNKNOWN, KnowledgeBase
from kb.yaml_loader import UniqueKeyLoader
from skill.spoken import spoken_key as normalize

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "tests" / "paraphrases"
SETTINGS_FILE = "_corpus.yaml"
BLIND_DIR = "blind"  # answers written by someone who never saw the model: always held out
ONE_SHOT_FILE = "_one_shot.yaml"
HELD_OUT_BELOW = 6  # first hex digit of the entry's hash: 6 of 16, about 37% held out

INTENTS = {
    "yes": "AMAZON.YesIntent",
    "no": "AMAZON.NoIntent",
    "unknown": "DontKnowIntent",
    "answer": "AnswerIntent",
    "describe": "DescribePainIntent",
    "fallback": "AMAZON.FallbackIntent",
    "launch": "LaunchRequest",
}
# Both carry every answer slot and both start the interview with their facts.
SAME_AT_START = {"AnswerIntent", "DescribePainIntent"}


class CorpusError(ValueError):
    """A corpus entry that cannot be scored; the message names file and entry."""


@dataclass(frozen=True)
class Entry:
    file: str
    question: str | None  # the pending kb question; None for a one-shot launch
    say: str
    intent: str  # full intent name, or "LaunchRequest"
    facts: Mapping[str, Any] = field(default_factory=dict)
    locale: str = "en-US"
    held_out: bool = False
    blind: bool = False  # from tests/paraphrases/blind/: held out, and scored on its own
    blind_round: int = 0  # 1 for blind/*.yaml, N for blind/roundN/*.yaml: each round is scored apart
    # openers whose yes the recorded facts say in other words (``implied_openers`` in _corpus.yaml):
    # the skill may store them or not, and neither is a miss
    implied: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.question or 'one-shot'}: {self.say!r}"


@dataclass(frozen=True)
class Corpus:
    today: date
    entries: tuple[Entry, ...]

    def train(self) -> list[Entry]:
        return [e for e in self.entries if not e.held_out]

    def held_out(self) -> list[Entry]:
        """The hash-chosen held-out part: the generator keeps it out of the model. The blind part is
        scored on its own (``blind()``) and kept out of the model by construction (never train);
        where a blind answer is word for word a phrase the kb or templates already had, it is a fair
        hit, not a leak: its writer never saw them (tests/paraphrases/README.md)."""
        return [e for e in self.entries if e.held_out and not e.blind]

    def blind(self, round_number: int | None = None) -> list[Entry]:
        """The blind part, or one round of it. Why rounds: once a round's misses have been read by
        whoever tunes the skill, it no longer predicts what new people say; a new round, written
        blind again, does."""
        return [e for e in self.entries if e.blind and round_number in (None, e.blind_round)]

    def blind_rounds(self) -> list[int]:
        return sorted({e.blind_round for e in self.entries if e.blind})


def is_held_out(question: str | None, say: str, seeds: frozenset[str] = frozenset()) -> bool:
    """Chosen by hash, not by hand: stable when entries are added, and no one picks the easy ones.
    A seed phrase (in the model before the corpus existed) is always train: it tests nothing new."""
    if normalize(say) in seeds:
        return False
    digest = hashlib.sha256(f"{question or ''}|{normalize(say)}".encode()).hexdigest()
    return int(digest[0], 16) < HELD_OUT_BELOW


def load_corpus(kb: KnowledgeBase, directory: Path = CORPUS_DIR) -> Corpus:
    """The corpus in ``directory``, with ``directory/blind/*.yaml`` (round 1) and
    ``directory/blind/roundN/*.yaml`` (same format) as blind entries: always held out, never train,
    whatever their hash and even when they are seed phrases."""
    settings = _read(directory / SETTINGS_FILE)
    today = settings.get("today")
    if not isinstance(today, date):
        raise CorpusError(f"{SETTINGS_FILE}: 'today' must be a date like 2026-11-29")
    seeds = frozenset(normalize(p) for p in settings.get("seed_phrases") or [])
    openers = _implied_openers(kb, settings.get("implied_openers") or {})
    entries: list[Entry] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == SETTINGS_FILE:
            continue
        entries.extend(_entries(path, _read(path), kb, seeds))
    for path in sorted((directory / BLIND_DIR).glob("*.yaml")) + sorted((directory / BLIND_DIR).glob("round*/*.yaml")):
        found = _entries(path, _read(path), kb, seeds)
        entries.extend(replace(e, held_out=True, blind=True, blind_round=_round(directory, path)) for e in found)
    return Corpus(today, tuple(replace(e, implied=_implied(openers, e.facts)) for e in entries))


Openers = Mapping[str, Mapping[str, frozenset[str]]]  # opener -> follow-up -> its values that say the opener


def _implied_openers(kb: KnowledgeBase, raw: Any) -> Openers:
    """The settings' ``implied_openers``, checked against the kb: each follow-up's ``ask_when`` must
    read its opener itself (a fever is asked after a hot knee, not after the leg screen), so the pair is
    the kb's own, not a scorer's wish."""
    if not isinstance(raw, dict):
        raise CorpusError(f"{SETTINGS_FILE}: implied_openers maps an opener to its follow-ups and their values")
    openers: dict[str, dict[str, frozenset[str]]] = {}
    for opener, follow_ups in raw.items():
        if opener not in kb.questions or not isinstance(follow_ups, dict):
            raise CorpusError(f"{SETTINGS_FILE}: implied_openers.{opener}: not a kb question with its follow-ups")
        for follow_up, values in follow_ups.items():
            where = f"{SETTINGS_FILE}: implied_openers.{opener}.{follow_up}"
            question = kb.questions.get(follow_up)
            reads = {leaf.fact for leaf in question.ask_when.leaves()} if question and question.ask_when else set()
            if question is None or opener not in reads:
                raise CorpusError(f"{where}: not a kb question asked after {opener}")
            said = frozenset(values if isinstance(values, list) else [values])
            if any(_fact_problem(kb, follow_up, value) for value in said):
                raise CorpusError(f"{where}: {sorted(said)} are not all values of {follow_up}")
            openers.setdefault(opener, {})[follow_up] = said
    return openers


def _implied(openers: Openers, facts: Mapping[str, Any]) -> dict[str, str]:
    """The openers a recorded follow-up answer says yes to, where the entry records no answer of its own."""
    return {
        opener: "yes"
        for opener, follow_ups in openers.items()
        if opener not in facts and any(facts.get(f) in values for f, values in follow_ups.items())
    }


def _round(directory: Path, path: Path) -> int:
    """1 for a file directly in blind/, N for blind/roundN/ (a folder name without a number is refused)."""
    if path.parent == directory / BLIND_DIR:
        return 1
    number = path.parent.name.removeprefix("round")
    if not number.isdigit():
        raise CorpusError(f"{BLIND_DIR}/{path.parent.name}: a blind round's folder is named roundN, like round2")
    return int(number)


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        raise CorpusError(f"{path.name}: not valid YAML: {error}") from error
    if not isinstance(data, dict):
        raise CorpusError(f"{path.name}: expected a mapping at the top")
    return data


def _entries(path: Path, data: Mapping[str, Any], kb: KnowledgeBase, seeds: frozenset[str]) -> list[Entry]:
    question = data.get("question")
    if path.name == ONE_SHOT_FILE:
        question = None
    elif question != path.stem or question not in kb.questions:
        raise CorpusError(f"{path.name}: 'question' must be the kb question id {path.stem!r}")
    entries = []
    for number, raw in enumerate(data.get("answers") or [], start=1):
        where = f"{path.name} entry {number}"
        if not isinstance(raw, dict) or not isinstance(raw.get("say"), str) or not raw["say"].strip():
            raise CorpusError(f"{where}: needs 'say', the words as heard")
        said = raw.get("intent")
        if isinstance(said, bool):  # YAML 1.1 reads an unquoted no as False
            said = "yes" if said else "no"
        intent = INTENTS.get(str(said))
        if intent is None:
            raise CorpusError(f"{where} ({raw['say']!r}): intent must be one of {sorted(INTENTS)}")
        locale = raw.get("locale", "en-US")
        if locale not in LOCALES:
            raise CorpusError(f"{where} ({raw['say']!r}): unknown locale {locale!r}")
        facts = raw.get("facts") or {}
        for fact, value in facts.items():
            problem = _fact_problem(kb, fact, value)
            if problem:
                raise CorpusError(f"{where} ({raw['say']!r}): fact {fact}={value!r} {problem}")
        held_out = is_held_out(question, raw["say"], seeds)
        entries.append(Entry(path.name, question, raw["say"], intent, dict(facts), locale, held_out))
    return entries


def _fact_problem(kb: KnowledgeBase, fact: str, value: Any) -> str | None:
    question = kb.questions.get(fact)
    if question is None:
        return "is not a kb question"
    if value == UNKNOWN:
        return None
    if question.answer_type == "yes_no":
        return None if value in ("yes", "no") else "must be 'yes', 'no' or 'unknown' (quote them in YAML)"
    if question.answer_type == "choice":
        values = value if question.multiple and isinstance(value, list) else [value]
        unknown = [v for v in values if v not in question.value_ids()]
        return f"names values the question does not have: {unknown}" if unknown else None
    return None if isinstance(value, int) and not isinstance(value, bool) else "must be a whole number"


def per_question(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.question or "one-shot", []).append(entry)
    return grouped
