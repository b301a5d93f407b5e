"""Turn a typed sentence into an intent and resolved slots using the interaction model's own
sample utterances and slot synonyms: a literal stand-in for Alexa, not a model of it.

Used by ``python -m skill.devtools.try_it`` (talk to the skill without an Amazon account) and by the
tests that check the model. It is deliberately literal, like Bespoken's virtual-alexa: a
sentence matches a sample when the sample's words match and every slot holds one of that slot
type's values or synonyms (case, punctuation and spacing ignored); among several, the sample
with the most words of its own wins. Alexa's real language understanding is statistical: it
understands many sentences this resolver misses, and may map a sentence to a different sample.
docs/try-it.md lists the differences; tests/test_nlu_coverage.py measures this resolver against
virtual-alexa on the paraphrase corpus and prints where they disagree.

- Custom slot types resolve to the kb value id (``ER_SUCCESS_MATCH``), as Alexa's entity
  resolution does. When no sample matches exactly, a sample whose own words match but whose
  slot text is not a known value gives ``ER_SUCCESS_NO_MATCH`` with the heard text (so "it's
  in my ankle" reaches the skill as a location it cannot place, just as on a device).
- ``AMAZON.NUMBER``: digits or words ("forty two", "42") -> "42".
- ``AMAZON.DURATION``: "three days", "two weeks", "a month", "a couple of weeks" -> ISO-8601
  ``P3D``, ``P2W``, ``P1M``, ``P2W``.
- ``AMAZON.DATE``: a few relative dates ("yesterday", "Tuesday", "last weekend", "last month"),
  future-biased as Alexa sends them (see ``date_to_iso``).
- Built-in intents also understand Alexa's own common phrases (yes, no, help, repeat, stop,
  cancel, start over), listed under ``builtin_phrases`` in ``skill/devtools/model_templates.yaml``.
- The catch-all: a sentence no sample fits with words of its own goes to the bare
  ``{answer_text}`` sample (slot type ``FREE_ANSWER``) with ``ER_SUCCESS_NO_MATCH`` and the words
  as heard, which is what a device does with a custom slot that lists no such value; the skill
  then reads the words itself (``skill/understanding.py``). This assumes Alexa routes the
  sentence to that sample; a device may still send ``AMAZON.FallbackIntent`` for sentences it
  judges out of domain (the FallbackIntent sensitivity setting matters). virtual-alexa matches
  custom slot values literally, so it fills the catch-all only with a listed value.
- A built-in slot takes only words it turns into a value: words of its form that give none ("three
  four days") leave the sample, rather than come as "?" with the words lost. A device may send "?";
  the skill then has no words and asks again.
- Nothing said at all is ``AMAZON.FallbackIntent``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from skill.devtools.interaction_model_gen import MAX_SLOT_WORDS, MODEL_DIR, load_templates
from skill.slot_contract import FREE_TYPE
from skill.spoken import spoken_key as typed_words
from skill.spoken_numbers import DATE, DURATION, NUMBER, date_to_iso, duration_to_iso, words_to_number

FALLBACK = "AMAZON.FallbackIntent"
MATCH = "ER_SUCCESS_MATCH"
NO_MATCH = "ER_SUCCESS_NO_MATCH"

_SLOT_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

_NUMBER_RE = re.compile(NUMBER)
_DURATION_RE = re.compile(DURATION)
_DATE_RE = re.compile(DATE)
# A loose match (slot text not a known value) needs this many letters of the sample's own words,
# so that "{worse_with} and {worse_with_two}" does not swallow any sentence with "and" in it.
_LOOSE_MIN_LETTERS = 5
_FILLERS = ("um", "uh", "er", "erm", "well", "so", "oh", "hmm", "alexa", "okay so", "ok so")


@dataclass(frozen=True)
class SlotValue:
    """One filled slot as Alexa would send it."""

    name: str
    value: str  # the heard text, or Alexa's normal form for built-in types ("42", "P3D")
    slot_type: str
    status: str | None = None  # entity resolution status for custom types, else None
    resolved_id: str | None = None  # the kb value id on ER_SUCCESS_MATCH
    resolved_name: str | None = None  # the value's canonical name on ER_SUCCESS_MATCH


@dataclass(frozen=True)
class Resolution:
    """What Alexa would send for a sentence: an intent, its filled slots, every declared slot."""

    intent: str
    slots: Mapping[str, SlotValue] = field(default_factory=dict)
    declared_slots: tuple[tuple[str, str], ...] = ()  # (name, type) for every slot of the intent
    sample: str | None = None  # the sample utterance that matched (None: built-in phrase or fallback)

    def slot_ids(self) -> dict[str, str]:
        """Slot name -> resolved id (custom types) or value (built-in types), for filled slots."""
        return {name: (s.resolved_id if s.resolved_id is not None else s.value) for name, s in self.slots.items()}

    def describe(self) -> str:
        parts = [self.intent]
        for name, slot in self.slots.items():
            shown = slot.resolved_id if slot.status == MATCH else slot.value
            parts.append(f"{name}={shown}" + (" (no match)" if slot.status == NO_MATCH else ""))
        return " ".join(parts)


@dataclass(frozen=True)
class _Part:
    words: tuple[str, ...] = ()  # literal words, or () for a slot
    slot: str = ""  # slot name
    slot_type: str = ""


@dataclass(frozen=True)
class _Sample:
    intent: str
    text: str
    parts: tuple[_Part, ...]
    loose_ok: bool  # may custom slots hold unknown words (ER_SUCCESS_NO_MATCH)?
    score: int  # letters outside the slots: more literal words is a more specific match
    order: int
    literal: frozenset[str] = frozenset()  # every word outside the slots: a sentence without one cannot match


class UtteranceResolver:
    """Resolves sentences against one locale's interaction model."""

    def __init__(self, model: Mapping[str, Any], builtin_phrases: Mapping[str, Iterable[str]] | None = None):
        language_model = model["interactionModel"]["languageModel"]
        self.invocation_name: str = language_model["invocationName"]
        self._types: dict[str, dict[str, tuple[str, str]]] = {}  # type -> normalized phrase -> (id, name)
        for slot_type in language_model.get("types", []):
            phrases: dict[str, tuple[str, str]] = {}
            for value in slot_type["values"]:
                name = value["name"]["value"]
                for phrase in [name, *value["name"].get("synonyms", [])]:
                    phrases.setdefault(typed_words(phrase), (value.get("id") or name, name))
            self._types[slot_type["name"]] = phrases
        self._intents: dict[str, tuple[tuple[str, str], ...]] = {}
        self._samples: list[_Sample] = []
        for intent in language_model["intents"]:
            slots = tuple((s["name"], s["type"]) for s in intent.get("slots", []))
            self._intents[intent["name"]] = slots
            for sample in intent.get("samples", []):
                self._samples.append(self._compile(intent["name"], sample, dict(slots)))
        self._phrases: dict[str, str] = {}
        for intent_name, intent_phrases in (builtin_phrases or {}).items():
            if intent_name in self._intents:
                for phrase in intent_phrases:
                    self._phrases.setdefault(typed_words(phrase), intent_name)

    @classmethod
    def for_locale(cls, locale: str = "en-US", model_dir: Path = MODEL_DIR) -> UtteranceResolver:
        return _cached_resolver(locale, str(model_dir))

    @property
    def intent_names(self) -> tuple[str, ...]:
        return tuple(self._intents)

    def declared_slots(self, intent: str) -> tuple[tuple[str, str], ...]:
        return self._intents.get(intent, ())

    def _builtin_ok(self, slot_type: str, words: str) -> bool:
        """Words of the built-in type's form that give it a value: "three four days" has the form of a
        duration but no one value, so no sample takes it in ``{duration}`` (it would come as "?", the
        words lost) and the sentence goes on to another sample or the catch-all, whose words the
        skill reads itself (the range's larger count)."""
        pattern = {"AMAZON.NUMBER": _NUMBER_RE, "AMAZON.DURATION": _DURATION_RE, "AMAZON.DATE": _DATE_RE}.get(slot_type)
        fits = bool(pattern and pattern.fullmatch(words))
        return fits and self._slot("", slot_type, words, date.today()).value != "?"

    def _compile(self, intent: str, sample: str, slots: Mapping[str, str]) -> _Sample:
        parts: list[_Part] = []
        position = 0
        for ref in _SLOT_REF.finditer(sample):
            words = typed_words(sample[position : ref.start()])
            if words:
                parts.append(_Part(words=tuple(words.split())))
            parts.append(_Part(slot=ref.group(1), slot_type=slots.get(ref.group(1), "")))
            position = ref.end()
        words = typed_words(sample[position:])
        if words:
            parts.append(_Part(words=tuple(words.split())))
        score = sum(len(w) for p in parts for w in p.words)
        has_custom = any(p.slot and not p.slot_type.startswith("AMAZON.") for p in parts)
        # A sample with no words of its own ("{location}") would match any sentence loosely.
        literal = frozenset(w for p in parts for w in p.words)
        return _Sample(
            intent, sample, tuple(parts), has_custom and score >= _LOOSE_MIN_LETTERS, score, len(self._samples), literal
        )

    def _match(self, sample: _Sample, words: list[str], loose: bool) -> dict[str, str] | None:
        """Slot name -> words, when the sample's literal words and slot values fill the sentence
        exactly. Known values are tried longest first; loosely, a custom slot takes any words."""

        def fill(index: int, at: int) -> dict[str, str] | None:
            if index == len(sample.parts):
                return {} if at == len(words) else None
            part = sample.parts[index]
            if part.words:
                end = at + len(part.words)
                return fill(index + 1, end) if tuple(words[at:end]) == part.words else None
            builtin = part.slot_type.startswith("AMAZON.")
            known = self._types.get(part.slot_type, {})
            ends = range(min(len(words), at + MAX_SLOT_WORDS), at, -1)
            for end in reversed(ends) if loose and not builtin else ends:
                heard = " ".join(words[at:end])
                fits = self._builtin_ok(part.slot_type, heard) if builtin else (loose or heard in known)
                rest = fill(index + 1, end) if fits else None
                if rest is not None:
                    return {part.slot: heard, **rest}
            return None

        return fill(0, 0)

    def _slot(self, name: str, slot_type: str, heard: str, today: date) -> SlotValue:
        if slot_type == "AMAZON.NUMBER":
            number = words_to_number(heard)
            return SlotValue(name, str(number) if number is not None else "?", slot_type)
        if slot_type == "AMAZON.DURATION":
            return SlotValue(name, duration_to_iso(heard) or "?", slot_type)
        if slot_type == "AMAZON.DATE":
            return SlotValue(name, date_to_iso(heard, today) or "?", slot_type)
        found = self._types.get(slot_type, {}).get(typed_words(heard))
        if found:
            return SlotValue(name, heard, slot_type, MATCH, found[0], found[1])
        return SlotValue(name, heard, slot_type, NO_MATCH)

    def _best(self, text: str, loose: bool) -> tuple[_Sample, dict[str, str]] | None:
        best: tuple[_Sample, dict[str, str]] | None = None
        words = text.split()
        heard = frozenset(words)
        for sample in self._samples:
            if (loose and not sample.loose_ok) or not sample.literal <= heard:
                continue
            match = self._match(sample, words, loose)
            if match is None:
                continue
            if best is None or (sample.score, len(match)) > (best[0].score, len(best[1])):
                best = (sample, match)
        return best

    def _resolve_normalized(self, text: str, loose: bool, today: date) -> Resolution | None:
        if not text:
            return None
        # A built-in phrase is the whole sentence, all literal words: nothing outscores it.
        phrase_intent = self._phrases.get(text)
        if phrase_intent and not loose:
            return Resolution(phrase_intent, {}, self.declared_slots(phrase_intent))
        found = self._best(text, loose=loose)
        if not found:
            return None
        sample, match = found
        types = dict(self.declared_slots(sample.intent))
        slots = {name: self._slot(name, types[name], heard, today) for name, heard in match.items()}
        return Resolution(sample.intent, slots, self.declared_slots(sample.intent), sample.text)

    def resolve_one_shot(self, request: str, today: date | None = None) -> Resolution:
        """The request of "ask knee pain guide <request>", tried without its connecting word too
        when the request as heard fits no sample of its own (the fallback or the catch-all)."""
        resolution = self.resolve(request, today)
        for candidate in one_shot_candidates(typed_words(request))[1:]:
            if not _unplaced(resolution):
                break
            shorter = self.resolve(candidate, today)
            resolution = shorter if not _unplaced(shorter) else resolution
        return resolution

    def resolve(self, sentence: str, today: date | None = None) -> Resolution:
        """The intent and slots Alexa would send for ``sentence``; FallbackIntent if none fits.
        ``today`` anchors relative dates ("since Tuesday"); default: today's date."""
        today = today or date.today()
        text = typed_words(sentence)
        candidates = [text]
        stripped = text
        changed = True
        while changed:
            changed = False
            for filler in _FILLERS:
                if stripped.startswith(filler + " "):
                    stripped, changed = stripped[len(filler) + 1 :], True
        for tail in (" please", " thanks", " thank you"):
            if stripped.endswith(tail):
                stripped = stripped[: -len(tail)]
        if stripped != text:
            candidates.append(stripped)
        for candidate in candidates:
            resolution = self._resolve_normalized(candidate, loose=False, today=today)
            if resolution:
                return resolution
        for candidate in candidates:
            resolution = self._resolve_normalized(candidate, loose=True, today=today)
            if resolution:
                return resolution
        return self._catch_all(_as_heard(sentence))

    def _catch_all(self, heard: str) -> Resolution:
        """No sample fits with words of its own: the bare ``{answer_text}`` sample takes the words as
        heard (apostrophes kept, as a device writes "it's"), with ``ER_SUCCESS_NO_MATCH``, as a custom
        slot does on a device (only then does the skill's own reading decide). Without such a sample,
        or with nothing said: the fallback."""
        for sample in self._samples:
            part = sample.parts[0] if len(sample.parts) == 1 else None
            if heard and part is not None and part.slot and part.slot_type == FREE_TYPE:
                slot = SlotValue(part.slot, heard, part.slot_type, NO_MATCH)
                return Resolution(sample.intent, {part.slot: slot}, self.declared_slots(sample.intent), sample.text)
        return Resolution(FALLBACK, {}, self.declared_slots(FALLBACK))


def _as_heard(sentence: str) -> str:
    """A sentence as a device writes it in a slot value: lower case, apostrophes and digits kept
    ("it's", "72"), other punctuation gone."""
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", sentence.lower().replace("\u2019", "'")).split())


def _unplaced(resolution: Resolution) -> bool:
    """No sample with words of its own took the sentence: the fallback, or only the catch-all."""
    return resolution.intent == FALLBACK or any(s.slot_type == FREE_TYPE for s in resolution.slots.values())


@dataclass(frozen=True)
class Invocation:
    """A sentence that opens the skill: "open knee pain guide" (launch) or "ask knee pain guide
    why the back of my knee hurts" (a one-shot start carrying ``request``)."""

    launch: bool
    request: str | None = None


_CONNECTORS = ("to", "that", "about", "for", "if", "whether", "and")


def parse_invocation(sentence: str, invocation_name: str) -> Invocation | None:
    """How Alexa splits "Alexa, ask <invocation name> <request>"; None if not an invocation."""
    text = typed_words(sentence)
    if text.startswith("alexa "):
        text = text[len("alexa ") :]
    name = typed_words(invocation_name)
    match = re.match(rf"^(open|launch|start|begin|run|load|use|talk to|ask|tell) {re.escape(name)}(?: (.*))?$", text)
    if not match:
        return None
    verb, rest = match.group(1), (match.group(2) or "").strip()
    if verb not in ("ask", "tell") or not rest or rest in ("please",):
        return Invocation(launch=True)
    return Invocation(launch=False, request=rest)


def one_shot_candidates(request: str) -> list[str]:
    """The request as heard, then without a leading connecting word ("ask ... about X")."""
    words = request.split(" ", 1)
    if len(words) == 2 and words[0] in _CONNECTORS:
        return [request, words[1]]
    return [request]


@cache
def _cached_resolver(locale: str, model_dir: str) -> UtteranceResolver:
    path = Path(model_dir) / f"{locale}.json"
    if not path.is_file():
        raise FileNotFoundError(
            f"no interaction model for {locale} at {path} (run: python -m skill.devtools.interaction_model_gen)"
        )
    model = json.loads(path.read_text(encoding="utf-8"))
    return UtteranceResolver(model, load_templates().get("builtin_phrases") or {})
