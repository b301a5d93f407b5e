"""The corpus yardstick: what a matcher makes of each paraphrase, and whether the skill would
store exactly the facts the person said.

``facts_heard`` reads one resolved utterance for a pending question with the skill's own slot
reader (skill/slots.py) and the conversation's yes/no rule (skill/machine.py), so a hit means the
skill itself would store the facts said, not a copy of its rules.

    python -m skill.devtools.corpus_score [--train|--all|--blind]    # hit rate through the try-it resolver

The resolver includes the catch-all (``{answer_text}``): a sentence no sample fits reaches the skill
as raw words, and the skill's own reading (skill/understanding.py) decides what it says; an
AnswerIntent from which nothing is read counts as the fallback it is in the skill. The blind part
(``tests/paraphrases/blind/``, written by someone who never saw the model or the misses) is scored
on its own with ``--blind``: the held-out part has been seen by the people tuning the model.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.intent import Intent

from kb import UNKNOWN, KnowledgeBase, Question
from skill.devtools import interaction_model_gen as gen
from skill.devtools.corpus import CORPUS_DIR, INTENTS, SAME_AT_START, Entry, load_corpus, per_question
from skill.devtools.try_it import AlexaSession
from skill.devtools.utterances import FALLBACK, NO_MATCH, Resolution, UtteranceResolver, parse_invocation
from skill.slots import read_slots, yes_no_value  # the conversation's own rules, not a copy
from skill.spoken import spoken_key
from skill.word_data import words_for

_SERIALIZER = DefaultSerializer()


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
    # Only the intent is read back from JSON, as the SDK reads it in an envelope: read_slots sees
    # nothing else, and the whole envelope (session, context, timestamp) cost a fifth of the
    # suite's corpus scoring.
    request = AlexaSession(locale=locale).intent(resolution)
    intent = _SERIALIZER.deserialize(json.dumps(request["request"]["intent"]), Intent)
    return dict(read_slots(intent, kb, pending=pending, today=today).facts)


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


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    intent: str
    facts: Mapping[str, Any]
    raw_words: bool = False  # the skill read words no entity resolution placed (the catch-all, an unknown value)

    @property
    def hit(self) -> bool:
        """The skill would store exactly the facts said; with none to store, the intent must match."""
        if not same_facts(self.entry.facts, self.stored):
            return False
        return bool(self.entry.facts) or same_intent(self.entry, self.intent)

    @property
    def stored(self) -> dict[str, Any]:
        """The facts stored, less an opener's yes that a recorded follow-up says in other words
        (``Entry.implied``): storing it or not stores nothing the person did not say."""
        implied = {k: v for k, v in self.entry.implied.items() if k not in self.entry.facts}
        return {k: v for k, v in self.facts.items() if implied.get(k) != v}

    @property
    def by_implied_opener(self) -> bool:
        """A hit that stored an opener the person said only through its follow-up: counted apart in the report."""
        return self.hit and self.stored != dict(self.facts)

    @property
    def kind(self) -> str:
        """Why a miss matters differently: asked again costs the person a turn, a part stored loses
        what they volunteered, a wrong store is a fact they never said."""
        if self.hit:
            return HIT
        if not self.facts:
            return ASKED_AGAIN
        stored = self.stored
        said = {key: self.entry.facts[key] for key in stored if key in self.entry.facts}
        return PART_STORED if same_facts(said, stored) else WRONG_STORE

    def describe(self) -> str:
        got = f"{self.intent} {dict(self.facts)}"
        return f"[{self.kind}] {self.entry.label} [{self.entry.locale}] -> {got}; want {dict(self.entry.facts)}"


HIT, ASKED_AGAIN, PART_STORED, WRONG_STORE = "hit", "asked again", "part stored", "wrong store"


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


def report(title: str, outcomes: Sequence[Outcome], part: str = "held-out") -> str:
    """The hit rate per question and overall, then every miss: printed by the coverage tests."""
    rates = hit_rates(outcomes)
    lines = [f"{title}: {_percent(*rates['overall'])} of {rates['overall'][1]} {part} answers understood"]
    implied = sum(1 for o in outcomes if o.by_implied_opener)
    if implied:
        lines.append(f"  ({implied} of the hits also stored an opener whose yes the follow-up said: implied_openers)")
    lines += [f"  {q:<18} {_percent(*r):>5}  ({r[0]}/{r[1]})" for q, r in sorted(rates.items()) if q != "overall"]
    misses = [o for o in outcomes if not o.hit]
    if misses:
        kinds = Counter(o.kind for o in misses)
        lines.append(
            f"  misses ({len(misses)}): {kinds[ASKED_AGAIN]} asked again with nothing stored,"
            f" {kinds[PART_STORED]} stored part of what was said, {kinds[WRONG_STORE]} stored a fact not said"
        )
    else:
        lines.append("  no misses")
    lines += [f"    {o.describe()}" for o in misses]
    return "\n".join(lines)


def red_flag_reversals(outcomes: Sequence[Outcome], kb: KnowledgeBase) -> list[Outcome]:
    """Answers whose red-flag screen is stored the other way round: a sign said (or not ruled out)
    stored as no, or a no stored as yes. Asking again is safe; this never is."""
    screens = {q.id for q in kb.questions.values() if q.phase == "red_flag"}
    reversed_ = {("yes", "no"), (UNKNOWN, "no"), ("no", "yes")}
    return [o for o in outcomes if any((o.entry.facts.get(key), o.facts.get(key)) in reversed_ for key in screens)]


def _percent(hits: int, total: int) -> str:
    return f"{100 * hits / total:.0f}%" if total else "n/a"


def withheld(kb: KnowledgeBase, entries: Sequence[Entry], locale: str = "en-US") -> list[Entry]:
    """The held-out answers the kb and templates would put into the model word for word (a whole
    sample with no slot, or a whole slot value), had the generator not left them out.

    Why it matters: a literal matcher can only hit a held-out answer by composing it from parts
    (a carrier and a slot value). An answer that is itself one phrase of a family ("sometimes",
    "out of the blue") is in the model only when it is not held out, so these are misses no
    amount of honest tuning can turn into hits; real Alexa's statistical matching may still get them."""
    model = gen.build_model(kb, locale, gen.load_templates(), gen.CorpusPhrases())["interactionModel"]
    phrases = {spoken_key(s) for i in model["languageModel"]["intents"] for s in i["samples"] if "{" not in s}
    for slot_type in model["languageModel"]["types"]:
        for value in slot_type["values"]:
            phrases.update(spoken_key(p) for p in [value["name"]["value"], *value["name"]["synonyms"]])
    return [e for e in entries if spoken_key(e.say) in phrases]


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
    return outcome(entry, resolution, pending, kb, today)


_Heard = tuple[str, Mapping[str, Any], bool]  # what ``through_resolver`` makes of an answer: intent, facts, raw words
_Said = tuple[str, str | None, str]  # an answer as the resolver and the skill see it: locale, question, words
_FORKED: tuple[KnowledgeBase, date, list[Entry]] | None = None  # a forked worker's job, inherited from its parent
FORK_FROM = 400  # distinct answers from which scoring is shared among forked workers: fewer start up slower


def scored(entries: Sequence[Entry], kb: KnowledgeBase, today: date) -> list[Outcome]:
    """``through_resolver`` of every entry, in order, the same outcomes as one by one, at a fraction of the time.

    Why: the tests and ``main`` score the whole corpus (some 25,000 answers, more every session), most of the
    suite's time. What the resolver and the skill make of an answer depends only on its locale, its question
    and its words, and a sixth of the entries repeat another's: each is scored once. Where the system forks,
    the distinct answers are shared among a worker per core, which inherit the loaded kb, models and word
    data (built and compiled here first, so no worker builds them or writes the word data's stamp)."""
    first: dict[_Said, Entry] = {}
    for entry in entries:
        first.setdefault(_said(entry), entry)
    distinct = list(first.values())
    workers = _workers() if len(distinct) >= FORK_FROM else 1
    if workers > 1:
        heard = _forked(distinct, kb, today, workers)
    else:
        heard = [_heard(through_resolver(entry, kb, today)) for entry in distinct]
    by_said = dict(zip(first, heard, strict=True))
    return [Outcome(entry, *_copied(by_said[_said(entry)])) for entry in entries]


def _said(entry: Entry) -> _Said:
    return entry.locale, entry.question, entry.say


def _heard(found: Outcome) -> _Heard:
    return found.intent, found.facts, found.raw_words


def _copied(heard: _Heard) -> _Heard:
    """Each outcome its own facts: two entries saying the same words never share a mapping."""
    return heard[0], dict(heard[1]), heard[2]


def _workers() -> int:
    """The cores this process may use, where it can fork (never on a system without ``fork``)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _forked(distinct: list[Entry], kb: KnowledgeBase, today: date, workers: int) -> list[_Heard]:
    """The distinct answers scored by forked workers, in order. The parent first scores one answer per locale
    and compiles every family of the word data, so the workers share what those build instead of each
    building it again. Many small interleaved slices keep the workers evenly busy."""
    global _FORKED
    for locale in sorted({e.locale for e in distinct}):
        through_resolver(next(e for e in distinct if e.locale == locale), kb, today)
    for family in words_for(kb).every_family():
        _ = family.pattern
    slices = workers * 8
    _FORKED = (kb, today, distinct)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_score_slice, [(start, slices) for start in range(slices)])
    finally:
        _FORKED = None
    heard: list[_Heard | None] = [None] * len(distinct)
    for start, part in enumerate(parts):
        heard[start::slices] = part
    return [h for h in heard if h is not None]


def _score_slice(where: tuple[int, int]) -> list[_Heard]:
    """In a forked worker: every ``step``-th distinct answer from ``start``."""
    assert _FORKED is not None, "only a worker forked by _forked scores a slice"
    kb, today, distinct = _FORKED
    start, step = where
    return [_heard(through_resolver(entry, kb, today)) for entry in distinct[start::step]]


def outcome(entry: Entry, resolution: Resolution, pending: Question | None, kb: KnowledgeBase, today: date) -> Outcome:
    """The facts the skill stores, and the intent as the skill treats it: an AnswerIntent from which
    the skill reads nothing is a miss, re-asked exactly as ``AMAZON.FallbackIntent`` is, so it
    counts as the fallback it is."""
    facts = facts_heard(resolution, pending, kb, entry.locale, today)
    intent = FALLBACK if resolution.intent == INTENTS["answer"] and not facts else resolution.intent
    raw = any(slot.status == NO_MATCH for slot in resolution.slots.values())
    return Outcome(entry, intent, facts, raw)


PARTS = ("train", "all", "blind")


def main(argv: Sequence[str] | None = None, directory: Path = CORPUS_DIR) -> int:
    """Print a hit rate through the resolver:
    ``python -m skill.devtools.corpus_score [--train|--all|--blind]`` (default: the held-out part).

    An unknown flag (even ``--help``) is refused before anything is scored: printing the held-out
    misses to someone who asked for something else would spend the figure they measure."""
    from kb import load_kb

    parser = argparse.ArgumentParser(
        prog="python -m skill.devtools.corpus_score",
        description="Hit rate of the paraphrase corpus through the try-it resolver (default: the held-out part).",
    )
    chosen = parser.add_mutually_exclusive_group()
    for name in PARTS:
        chosen.add_argument(f"--{name}", dest="part", action="store_const", const=name)
    part = parser.parse_args(argv).part or "held-out"
    kb = load_kb()
    corpus = load_corpus(kb, directory)
    parts: dict[str, list[Entry]] = {
        "train": corpus.train(),
        "all": list(corpus.entries),
        "blind": corpus.blind(),
        "held-out": corpus.held_out(),
    }
    entries = parts[part]
    if not entries:
        print(f"try-it resolver: no {part} answers in the corpus")
        return 0
    if part == "blind":
        every = scored(entries, kb, corpus.today)
        for number in corpus.blind_rounds():
            outcomes = [o for o in every if o.entry.blind_round == number]
            print(report("try-it resolver", outcomes, f"blind round {number}"))
        return 0
    outcomes = scored(entries, kb, corpus.today)
    print(report("try-it resolver", outcomes, part))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
