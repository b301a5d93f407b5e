"""Slots of AnswerIntent / DescribePainIntent turned into engine facts.

Why only resolved ids: the raw slot text is whatever the person said ("I did it playing
football"); the interaction model's entity resolution maps it to a knowledge-base value id
(``injury``), and only an ``ER_SUCCESS_MATCH`` id is trusted. Anything else the person clearly
tried to say (a value with no match, a number out of range) sets no fact and is listed in
``Heard.missed``; when nothing usable was heard, the conversation counts a miss for the
pending question, so the skill reprompts once and then moves on cautiously. Nothing from the
envelope is trusted before it is checked: a value that is not a short string, a number not written
in ASCII digits, an absurd duration or a resolution of another shape is no answer, never a crash
(``tests/test_skill_fuzz.py`` sends hostile envelopes through the real skill).

The slot names and what each one answers are the contract with the interaction model, kept in
``skill.slot_contract``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ask_sdk_model import Intent, Slot
from ask_sdk_model.slu.entityresolution import StatusCode

from kb import FactsError, KnowledgeBase, Question, check_facts
from skill.slot_contract import SECOND, Role, slots_by_name

# Beyond any range the kb accepts; keeps absurd durations ("P9999999999Y") from overflowing.
_MAX_DAYS = 10**7
# Far longer than anything a person says into one slot; a longer value is no answer.
MAX_SLOT_CHARS = 200
_DAYS_PER = {"Y": 365, "M": 30, "W": 7, "D": 1}
_ISO_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)


@dataclass
class Heard:
    """What one intent's slots said: facts to set, and questions whose answer was not understood."""

    facts: dict[str, Any] = field(default_factory=dict)
    missed: set[str] = field(default_factory=set)


def read_slots(intent: Intent | None, kb: KnowledgeBase, pending: Question | None = None) -> Heard:
    """Facts from every filled slot of the intent (several at once when the person over-answers).

    Some words belong to two questions ("I twisted it" is both how it started and what you were
    doing). Alexa fills only one slot, so when the words fit the question just asked, and nothing
    else in the utterance answered it, they answer that question: the pending question wins.
    """
    heard = Heard()
    slots: Mapping[str, Slot] = (intent.slots or {}) if intent is not None else {}
    seconds: dict[str, list[str]] = {}
    pending_filled = pending is not None and any(
        slot is not None and _filled(slot) and name in (pending.id, pending.id + SECOND) for name, slot in slots.items()
    )
    contract = slots_by_name(kb)
    for name, slot in slots.items():
        spec = contract.get(name)
        if spec is None or slot is None or not _filled(slot):
            continue  # a slot this version of the skill does not know: ignore it, never crash
        question = kb.questions.get(spec.question)
        if spec.role == Role.SYMPTOM:
            _read_symptom(slot, kb, heard)
        elif spec.role == Role.DURATION:
            _read_number(slot, question, duration_days, kb, heard)
        elif spec.role == Role.NUMBER:
            _read_number(slot, question, _whole_number, kb, heard)
        elif question is not None:
            alias = None if pending is None or pending_filled else _pending_value(pending, question, slot.value)
            if pending is not None and alias is not None:
                seconds.setdefault(pending.id, []).append(alias)
                continue
            value = resolved_id(slot)
            if value is None or value not in question.value_ids():
                heard.missed.add(question.id)
            else:
                seconds.setdefault(question.id, []).append(value)
    for qid, values in seconds.items():
        question = kb.questions[qid]
        heard.facts[qid] = list(dict.fromkeys(values)) if question.multiple else values[0]
        heard.missed.discard(qid)
    return heard


def _pending_value(pending: Question | None, filled: Question, words: str | None) -> str | None:
    """The pending choice question's value for these words, when another question's slot caught them."""
    said = (_text(words) or "").lower()
    if pending is None or pending.id == filled.id or pending.answer_type != "choice" or not said:
        return None
    return next((v.id for v in pending.values if said in (s.lower() for s in v.synonyms)), None)


def resolved_id(slot: Slot) -> str | None:
    """The canonical value id when entity resolution matched, else None (whatever shape it came in)."""
    per_authority = getattr(slot.resolutions, "resolutions_per_authority", None)
    for authority in per_authority if isinstance(per_authority, list) else []:
        status = getattr(getattr(authority, "status", None), "code", None)
        values = getattr(authority, "values", None)
        if status == StatusCode.ER_SUCCESS_MATCH and isinstance(values, list) and values:
            return _text(getattr(getattr(values[0], "value", None), "id", None))
    return None


def duration_days(value: str) -> int | None:
    """Days in an AMAZON.DURATION value (ISO-8601, e.g. ``P2W`` -> 14); None when not a duration."""
    text = (_text(value) or "").upper()
    match = _ISO_DURATION.match(text)
    if not match or text in ("P", "PT"):
        return None
    days = sum(float(match.group(unit)) * per for unit, per in _DAYS_PER.items() if match.group(unit))
    return round(days) if math.isfinite(days) and days < _MAX_DAYS else None


def _whole_number(value: str) -> int | None:
    """ASCII digits only: ``int()`` would also take "٣٤", "1_000" or " -3", and Python refuses huge ones."""
    digits = _text(value) or ""
    return int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 6 else None


def _text(value: object) -> str | None:
    """A slot's text, stripped, if it is a string of plausible length; anything else is no value."""
    if not isinstance(value, str) or len(value) > MAX_SLOT_CHARS:
        return None
    return value.strip() or None


def _filled(slot: Slot) -> bool:
    return _text(slot.value) is not None or bool(slot.resolutions)


def _read_symptom(slot: Slot, kb: KnowledgeBase, heard: Heard) -> None:
    qid = resolved_id(slot)
    question = kb.questions.get(qid or "")
    if question is not None and question.answer_type == "yes_no":
        heard.facts[question.id] = "yes"
    # an unmatched symptom names no question, so there is nothing to reprompt for


def _read_number(
    slot: Slot, question: Question | None, parse: Callable[[str], int | None], kb: KnowledgeBase, heard: Heard
) -> None:
    """A number the knowledge base accepts for the question (its own range check), else a miss."""
    if question is None:
        return
    number = parse(slot.value or "")
    try:
        heard.facts.update(check_facts(kb, {question.id: number}) if number is not None else {})
    except FactsError:
        number = None
    if number is None:
        heard.missed.add(question.id)
