"""The paraphrase corpus (``tests/paraphrases/``): answers people give, what they mean, and its split.

Why in devtools: the model generator feeds the corpus's *train* part into samples and synonyms,
and the coverage tests score the *held-out* part; both must agree on the split, so it lives in
one place. The format is described in ``tests/paraphrases/README.md``; a bad entry stops loading
with a message naming file, entry and problem.

``facts_heard`` is the yardstick: the facts one resolved utterance gives the skill for a pending
question, read by the skill's own slot reader (skill/slots.py) and answer handler rules, so a hit
means the skill would store exactly the facts the person said.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope

from kb import UNKNOWN, KnowledgeBase, Question
from skill.devtools.interaction_model_gen import spoken_key as normalize
from skill.devtools.try_it import AlexaSession
from skill.devtools.utterances import FALLBACK, Resolution, UtteranceResolver, parse_invocation
from skill.handlers.answers import _yes_no_value as yes_no_value  # the handler's own rule, not a copy
from skill.slots import read_slots

ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = ROOT / "tests" / "paraphrases"
SETTINGS_FILE = "_corpus.yaml"
ONE_SHOT_FILE = "_one_shot.yaml"
LOCALES = ("en-US", "en-GB", "en-CA", "en-AU", "en-IN")
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
        return [e for e in self.entries if e.held_out]


def is_held_out(question: str | None, say: str, seeds: frozenset[str] = frozenset()) -> bool:
    """Chosen by hash, not by hand: stable when entries are added, and no one picks the easy ones.
    A seed phrase (in the model before the corpus existed) is always train: it tests nothing new."""
    if normalize(say) in seeds:
        return False
    digest = hashlib.sha256(f"{question or ''}|{normalize(say)}".encode()).hexdigest()
    return int(digest[0], 16) < HELD_OUT_BELOW


def load_corpus(kb: KnowledgeBase, directory: Path = CORPUS_DIR) -> Corpus:
    settings = _read(directory / SETTINGS_FILE)
    today = settings.get("today")
    if not isinstance(today, date):
        raise CorpusError(f"{SETTINGS_FILE}: 'today' must be a date like 2026-11-29")
    seeds = frozenset(normalize(p) for p in settings.get("seed_phrases") or [])
    entries: list[Entry] = []
    for path in sorted(directory.glob("*.yaml")):
        if path.name == SETTINGS_FILE:
            continue
        entries.extend(_entries(path, _read(path), kb, seeds))
    return Corpus(today, tuple(entries))


def _read(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
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


def facts_heard(
    resolution: Resolution, pending: Question | None, kb: KnowledgeBase, locale: str, today: date
) -> dict[str, Any]:
    """The facts the skill stores from this resolution with ``pending`` asked: yes, no and "I
    don't know" answer the pending question (a choice takes "no" only where a value means it,
    like "none of those"); slots go through skill/slots.py's reader."""
    if pending is not None and resolution.intent == INTENTS["unknown"]:
        return {pending.id: UNKNOWN}
    if resolution.intent in (INTENTS["yes"], INTENTS["no"]):
        said = "yes" if resolution.intent == INTENTS["yes"] else "no"
        value = yes_no_value(pending, said) if pending is not None else None
        return {pending.id: value} if pending is not None and value is not None else {}
    if not resolution.slots:
        return {}
    request = AlexaSession(locale=locale).intent(resolution)
    envelope = DefaultSerializer().deserialize(json.dumps(request), RequestEnvelope)
    return dict(read_slots(envelope.request.intent, kb, pending=pending, today=today).facts)


def same_facts(expected: Mapping[str, Any], heard: Mapping[str, Any]) -> bool:
    """Equal, with a multiple choice compared as a set ("stairs and walking" = "walking and stairs")."""
    if set(expected) != set(heard):
        return False
    for key, value in expected.items():
        got = heard[key]
        if isinstance(value, list) and isinstance(got, list):
            if set(value) != set(got):
                return False
        elif value != got:
            return False
    return True


def model_text(say: str) -> str:
    """The words of an utterance as a sample or synonym may hold them: no punctuation but apostrophes."""
    kept = "".join(ch if ch.isalpha() or ch in " '" else " " for ch in say)
    return " ".join(kept.split())


def per_question(entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(entry.question or "one-shot", []).append(entry)
    return grouped


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    intent: str
    facts: Mapping[str, Any]

    @property
    def hit(self) -> bool:
        """The skill would store exactly the facts said; with none to store, the intent must match."""
        if not same_facts(self.entry.facts, self.facts):
            return False
        return bool(self.entry.facts) or same_intent(self.entry, self.intent)

    def describe(self) -> str:
        got = f"{self.intent} {dict(self.facts)}"
        return f"{self.entry.label} [{self.entry.locale}] -> {got}; want {dict(self.entry.facts)}"


def same_intent(entry: Entry, intent: str) -> bool:
    return intent == entry.intent or (entry.question is None and {intent, entry.intent} <= SAME_AT_START)


def hit_rates(outcomes: Sequence[Outcome]) -> dict[str, tuple[int, int]]:
    """Question (or "one-shot") -> (hits, entries), and "overall"."""
    rates: dict[str, tuple[int, int]] = {}
    for question, group in per_question([o.entry for o in outcomes]).items():
        hits = sum(1 for o in outcomes if (o.entry.question or "one-shot") == question and o.hit)
        rates[question] = (hits, len(group))
    rates["overall"] = (sum(1 for o in outcomes if o.hit), len(outcomes))
    return rates


def report(title: str, outcomes: Sequence[Outcome]) -> str:
    """The hit rate per question and overall, then every miss: printed by the coverage tests."""
    rates = hit_rates(outcomes)
    lines = [f"{title}: {_percent(*rates['overall'])} of {rates['overall'][1]} held-out answers understood"]
    lines += [f"  {q:<18} {_percent(*r):>5}  ({r[0]}/{r[1]})" for q, r in sorted(rates.items()) if q != "overall"]
    misses = [o for o in outcomes if not o.hit]
    lines.append(f"  misses ({len(misses)}):" if misses else "  no misses")
    lines += [f"    {o.describe()}" for o in misses]
    return "\n".join(lines)


def _percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.0f}%" if total else "n/a"


def through_resolver(entry: Entry, kb: KnowledgeBase, today: date) -> Outcome:
    """What the project's try-it resolver makes of one entry, and the facts the skill would store."""
    resolver = UtteranceResolver.for_locale(entry.locale)
    if entry.question is None:
        invocation = parse_invocation(entry.say, resolver.invocation_name)
        if invocation is not None and invocation.launch:
            return Outcome(entry, INTENTS["launch"], {})
        if invocation is None:
            return Outcome(entry, FALLBACK, {})
        resolution = resolver.resolve_one_shot(invocation.request or "", today)
    else:
        resolution = resolver.resolve(entry.say, today)
    pending = kb.questions.get(entry.question or "")
    return Outcome(entry, resolution.intent, facts_heard(resolution, pending, kb, entry.locale, today))


def main() -> int:
    """Print the held-out hit rate through the resolver: ``python -m skill.devtools.corpus [--train|--all]``."""
    import sys

    from kb import load_kb

    kb = load_kb()
    corpus = load_corpus(kb)
    flags = sys.argv[1:]
    entries = corpus.entries if "--all" in flags else corpus.train() if "--train" in flags else corpus.held_out()
    outcomes = [through_resolver(e, kb, corpus.today) for e in entries]
    print(report("try-it resolver", outcomes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
