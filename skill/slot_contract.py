"""The slot contract with the interaction model: slot names, slot types, and which kb question each
slot answers. The model generator (``skill.devtools.interaction_model_gen``), the slot reader
(``skill.slots``) and the tests all read it from here, so it is written once.

The contract, derived from the knowledge base:

- every choice question gives a slot named by its id, of custom type ``<ID>_VALUE`` whose value ids
  are the question's value ids; a ``multiple`` question also gives ``<id>_two`` ("stairs and squatting");
- ``symptom`` and ``symptom_two`` (type ``SYMPTOM``) hold volunteered symptoms, whose value ids are
  yes/no question ids (saying the symptom means "yes");
- ``duration`` (AMAZON.DURATION) and ``since`` (AMAZON.DATE: "since last Tuesday", counted back to
  today) answer the kb's duration question, ``age`` (AMAZON.NUMBER) its number question;
- ``age_decade`` (type ``AGE_DECADE``, "in my fifties": the value id is the age in years) answers the
  number question too, and ``reply`` (type ``REPLY``, value ids ``yes``/``no``: the "no" of "no, but
  my calf is swollen") answers whichever yes/no question is pending; ``assent`` and ``denial``
  (type ``DETAIL``) hold the neutral words people add after a yes or a no ("nah, {denial}" with
  "it's fine", "yeah, {assent}" with "it has"), so such answers are understood from their parts;
  the slot's name says which way it answers, since Alexa allows no two slots side by side. Their values are written in
  ``skill/devtools/model_templates.yaml`` (``template_types``), not in kb/;
- ``answer_text`` (type ``FREE_ANSWER``) is the catch-all: AnswerIntent's bare sample ``{answer_text}``
  takes a sentence no other sample fits, and a device fills it with the heard words even when they
  are no value (``ER_SUCCESS_NO_MATCH``). The skill reads those words itself (``skill.understanding``),
  as it does the raw words of any answer slot that did not resolve.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kb import KnowledgeBase, Question

SECOND = "_two"
SYMPTOM_TYPE = "SYMPTOM"
SYMPTOM_SLOTS = ("symptom", "symptom" + SECOND)


class Role(Enum):
    """How a slot's value becomes a fact."""

    CHOICE = "choice"  # a resolved value id of the slot's question
    SYMPTOM = "symptom"  # a resolved yes/no question id: that question is "yes"
    DURATION = "duration"  # an ISO-8601 duration, in days
    DATE = "date"  # an AMAZON.DATE value: days from it to today
    NUMBER = "number"  # a whole number
    DECADE = "decade"  # a resolved AGE_DECADE id, which is the age in years
    REPLY = "reply"  # a resolved yes/no answering the pending yes/no question
    ASSENT = "assent"  # neutral words after a yes: the pending yes/no question is "yes"
    DENIAL = "denial"  # neutral words after a no: the pending yes/no question is "no"
    FREE = "free"  # any words: read by skill.understanding


# Built-in slots: name -> (Alexa type, role, the kb answer type of the question it answers).
BUILTIN_SLOTS: dict[str, tuple[str, Role, str]] = {
    "duration": ("AMAZON.DURATION", Role.DURATION, "duration"),
    "since": ("AMAZON.DATE", Role.DATE, "duration"),
    "age": ("AMAZON.NUMBER", Role.NUMBER, "number"),
}
DECADE_TYPE = "AGE_DECADE"
REPLY_TYPE = "REPLY"
DETAIL_TYPE = "DETAIL"
FREE_TYPE = "FREE_ANSWER"
# Slots of template-written custom types: name -> (type, role, kb answer type answered; "" = the pending question).
TEMPLATE_SLOTS: dict[str, tuple[str, Role, str]] = {
    "age_decade": (DECADE_TYPE, Role.DECADE, "number"),
    "reply": (REPLY_TYPE, Role.REPLY, ""),
    "assent": (DETAIL_TYPE, Role.ASSENT, ""),
    "denial": (DETAIL_TYPE, Role.DENIAL, ""),
    "answer_text": (FREE_TYPE, Role.FREE, ""),
}


@dataclass(frozen=True)
class AnswerSlot:
    name: str
    type: str
    role: Role
    question: str  # the kb question (fact) this slot answers; "" for symptom and reply slots


def slot_type_name(question_id: str) -> str:
    """The custom slot type of a choice question."""
    return f"{question_id.upper()}_VALUE"


def answer_slots(kb: KnowledgeBase) -> list[AnswerSlot]:
    """The slots every answer intent declares: choice questions by id (so reordering the interview
    does not change the model), then symptoms, then built-ins."""
    slots: list[AnswerSlot] = []
    for question in sorted(kb.questions.values(), key=lambda q: q.id):
        if question.answer_type != "choice":
            continue
        slots.append(AnswerSlot(question.id, slot_type_name(question.id), Role.CHOICE, question.id))
        if question.multiple:
            slots.append(AnswerSlot(question.id + SECOND, slot_type_name(question.id), Role.CHOICE, question.id))
    slots += [AnswerSlot(name, SYMPTOM_TYPE, Role.SYMPTOM, "") for name in SYMPTOM_SLOTS]
    for name, (alexa_type, role, answer_type) in [*BUILTIN_SLOTS.items(), *TEMPLATE_SLOTS.items()]:
        answered = question_of_type(kb, answer_type) if answer_type else None
        if answered is not None or not answer_type:
            slots.append(AnswerSlot(name, alexa_type, role, answered.id if answered is not None else ""))
    return slots


def slots_by_name(kb: KnowledgeBase) -> dict[str, AnswerSlot]:
    return {slot.name: slot for slot in answer_slots(kb)}


def question_of_type(kb: KnowledgeBase, answer_type: str) -> Question | None:
    """The kb question with this answer type. One built-in slot answers it, so a second question of
    the same type would need a new slot: refused here rather than silently never filled."""
    found = [q for q in kb.questions.values() if q.answer_type == answer_type]
    if len(found) > 1:
        raise ValueError(f"the slot contract has one {answer_type} slot, but the kb has {len(found)} such questions")
    return found[0] if found else None
