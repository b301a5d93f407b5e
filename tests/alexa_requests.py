"""Alexa request envelopes as Alexa sends them, and a Conversation driver for the real skill.

Why JSON and the SDK's serializer: the skill sees exactly what it would see in production (the
camelCase envelope deserialized by ``DefaultSerializer``), and every response is serialized back
to JSON and checked the way Alexa would refuse it: it must parse as ``ResponseEnvelope``, its SSML
must be well formed with supported tags only, speech under 8,000 characters, the whole response
under 24 KB. The driver carries session attributes from each response into the next request.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model import Intent, RequestEnvelope, ResponseEnvelope

from kb import KnowledgeBase, Question
from skill import slot_contract
from skill.devtools import envelopes

SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-000000000001"
USER_ID = "amzn1.ask.account.TESTUSER"
DEVICE_ID = "amzn1.ask.device.TESTDEVICE"
MAX_SPEECH_CHARS = 8000
MAX_RESPONSE_BYTES = 24 * 1024
# Tags Alexa's SSML supports (developer.amazon.com, "Speech Synthesis Markup Language reference").
SSML_TAGS = {
    "speak",
    "amazon:domain",
    "amazon:effect",
    "amazon:emotion",
    "audio",
    "break",
    "emphasis",
    "lang",
    "p",
    "phoneme",
    "prosody",
    "s",
    "say-as",
    "sub",
    "voice",
    "w",
}

_serializer = DefaultSerializer()


# --- slot values ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Matched:
    """A custom slot value that entity resolution matched to a kb value id (ER_SUCCESS_MATCH)."""

    id: str
    spoken: str | None = None


@dataclass(frozen=True)
class Unmatched:
    """Speech Alexa put in a custom slot but could not resolve (ER_SUCCESS_NO_MATCH)."""

    spoken: str


@dataclass(frozen=True)
class Raw:
    """A built-in slot's value as Alexa fills it (AMAZON.NUMBER "42", AMAZON.DURATION "P2W", "?")."""

    value: str


SlotValue = Matched | Unmatched | Raw | str  # a bare str is a matched id


def answer_slot_names(kb: KnowledgeBase) -> list[str]:
    """AnswerIntent / DescribePainIntent slot names (the contract with the interaction model)."""
    return [slot.name for slot in slot_contract.answer_slots(kb)]


def slot_type(name: str) -> str:
    """The slot type of an answer slot name (any name: a made-up slot gets a made-up type)."""
    if name in slot_contract.SYMPTOM_SLOTS:
        return slot_contract.SYMPTOM_TYPE
    base = name.removesuffix(slot_contract.SECOND)
    return slot_contract.slot_type_name(base)


def slot_json(name: str, value: SlotValue | None) -> dict[str, Any]:
    """The slot as Alexa sends it (Alexa sends every slot of the intent; unfilled ones carry no value)."""
    if value is None:
        return envelopes.slot(name)
    if isinstance(value, str):
        value = Matched(value)
    authority = f"amzn1.er-authority.echo-sdk.{SKILL_ID}.{slot_type(name)}"
    if isinstance(value, Matched):
        spoken = value.spoken or value.id.replace("_", " ")
        return envelopes.slot(name, spoken, status=envelopes.MATCH, resolved_id=value.id, authority=authority)
    if isinstance(value, Unmatched):
        return envelopes.slot(name, value.spoken, status=envelopes.NO_MATCH, authority=authority)
    return envelopes.slot(name, value.value)


# --- envelopes ------------------------------------------------------------------------------


def envelope(
    request: dict[str, Any],
    *,
    locale: str,
    session_id: str,
    new: bool,
    attributes: Mapping[str, Any] | None,
    with_session: bool = True,
    api_endpoint: str = envelopes.API_ENDPOINT,
    scopes: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A request envelope from the project's one builder; attributes travel only on a session under way."""
    return envelopes.envelope(
        request,
        skill_id=SKILL_ID,
        locale=locale,
        at="2026-11-22T10:00:00Z",
        session_id=session_id,
        new=new,
        attributes=None if new else attributes,
        user_id=USER_ID,
        device_id=DEVICE_ID,
        with_session=with_session,
        api_endpoint=api_endpoint,
        scopes=scopes,
    )


def launch_request() -> dict[str, Any]:
    return envelopes.launch_request()


def intent_request(
    name: str, slots: Mapping[str, SlotValue | None] | None = None, all_slots: list[str] | None = None
) -> dict[str, Any]:
    names = list(all_slots or []) + [n for n in (slots or {}) if n not in (all_slots or [])]
    return envelopes.intent_request(name, {n: slot_json(n, (slots or {}).get(n)) for n in names})


def answer_intent(kb: KnowledgeBase, **slots: SlotValue | None) -> Intent:
    """The AnswerIntent the skill's handlers receive, every answer slot present as Alexa sends it:
    the one way a test builds an intent to read without a whole request envelope."""
    payload = intent_request("AnswerIntent", slots, answer_slot_names(kb))["intent"]
    intent = _serializer.deserialize(json.dumps(payload), Intent)
    assert isinstance(intent, Intent)
    return intent


def session_ended_request(reason: str = "USER_INITIATED") -> dict[str, Any]:
    return envelopes.session_ended_request(reason)


# --- responses ------------------------------------------------------------------------------


@dataclass
class Said:
    """One response, read back as a listener would hear it."""

    raw: dict[str, Any]
    speech: str = ""
    reprompt: str = ""
    ended: bool = True
    card_title: str = ""
    card_text: str = ""
    attributes: dict[str, Any] = field(default_factory=dict)

    @property
    def sentences(self) -> list[str]:
        return sentences(self.speech)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def check_response(payload: dict[str, Any]) -> Said:
    """Every check Alexa applies to a response; returns it read back as plain text."""
    body = json.dumps(payload)
    assert len(body.encode("utf-8")) < MAX_RESPONSE_BYTES, f"response is {len(body)} bytes; Alexa allows 24 KB"
    parsed = _serializer.deserialize(body, ResponseEnvelope)
    assert isinstance(parsed, ResponseEnvelope), "response does not parse as a ResponseEnvelope"
    response = payload.get("response") or {}
    said = Said(
        raw=payload,
        ended=response.get("shouldEndSession") is not False,
        attributes=payload.get("sessionAttributes") or {},
    )
    if "outputSpeech" in response:
        said.speech = _ssml_text(response["outputSpeech"])
    if "reprompt" in response:
        said.reprompt = _ssml_text(response["reprompt"]["outputSpeech"])
        assert not said.ended, "a reprompt only makes sense when the session stays open"
    elif not said.ended:
        raise AssertionError(f"the session stays open, so the question needs a reprompt: {said.speech}")
    card = response.get("card")
    if card and card["type"] == "AskForPermissionsConsent":
        assert card.get("permissions"), "a consent card names the permissions it asks for"
        said.card_title = card["type"]
    elif card:
        assert card["type"] in ("Simple", "Standard"), f"unexpected card type {card['type']}"
        said.card_title = card["title"]
        said.card_text = card.get("content") or card.get("text") or ""
        assert said.card_title and said.card_text, "a card needs a title and text"
        assert len(said.card_text) <= 8000, "card text over 8,000 characters"
    return said


def _ssml_text(speech: dict[str, Any]) -> str:
    assert speech["type"] == "SSML", "the skill always answers in SSML"
    ssml = speech["ssml"]
    assert len(ssml) <= MAX_SPEECH_CHARS, f"speech is {len(ssml)} characters; Alexa allows {MAX_SPEECH_CHARS}"
    try:
        root = ET.fromstring(ssml)
    except ET.ParseError as error:
        raise AssertionError(f"SSML does not parse ({error}): {ssml}") from error
    assert root.tag == "speak", f"SSML must be wrapped in <speak>, not <{root.tag}>"
    tags = {element.tag for element in root.iter()}
    assert tags <= SSML_TAGS, f"unsupported SSML tags {tags - SSML_TAGS}"
    text = " ".join("".join(root.itertext()).split())
    assert text, "speech must not be empty"
    return text


# --- the driver -----------------------------------------------------------------------------


class Conversation:
    """One Alexa session with the real skill: each request carries the last response's attributes."""

    def __init__(
        self, skill: CustomSkill, kb: KnowledgeBase, locale: str = "en-US", api_endpoint: str = envelopes.API_ENDPOINT
    ) -> None:
        self.skill, self.kb, self.locale, self.api_endpoint = skill, kb, locale, api_endpoint
        self.scopes: dict[str, str] | None = None  # permission scopes Alexa reports (GRANTED / DENIED)
        self.session_id = envelopes.new_id("session")
        self.new = True
        self.attributes: dict[str, Any] | None = None
        self.history: list[Said] = []

    # requests
    def send(self, request: dict[str, Any]) -> Said:
        body = envelope(
            request,
            locale=self.locale,
            session_id=self.session_id,
            new=self.new,
            attributes=self.attributes,
            api_endpoint=self.api_endpoint,
            scopes=self.scopes,
        )
        said = invoke(self.skill, body)
        self.new = False
        self.attributes = said.attributes
        self.history.append(said)
        return said

    def launch(self) -> Said:
        return self.send(launch_request())

    def intent(self, name: str, **slots: SlotValue | None) -> Said:
        all_slots = answer_slot_names(self.kb) if name in ("AnswerIntent", "DescribePainIntent") else None
        return self.send(intent_request(name, slots, all_slots))

    def answer(self, **slots: SlotValue | None) -> Said:
        return self.intent("AnswerIntent", **slots)

    def yes(self) -> Said:
        return self.intent("AMAZON.YesIntent")

    def no(self) -> Said:
        return self.intent("AMAZON.NoIntent")

    def dont_know(self) -> Said:
        return self.intent("DontKnowIntent")

    def end(self, reason: str = "USER_INITIATED") -> Said:
        return self.send(session_ended_request(reason))

    # reading the conversation
    @property
    def last(self) -> Said:
        return self.history[-1]

    def say(self, text: Any, **extra: Any) -> str:
        """A kb text in this conversation's locale, as the skill would say it."""
        return self.kb.say(text, self.locale, **extra)

    def asked(self, said: Said | None = None) -> Question | None:
        """The kb question the response ends with, if it asks one."""
        said = said or self.last
        for q in self.kb.questions.values():
            if said.speech.endswith(self.say(q.text)):
                return q
        return None

    def reply_with(self, question: Question, value: Any, also: Mapping[str, str] | None = None) -> Said:
        """Answer a question by voice the way a person would give this fact; ``also`` holds choices
        said in the same breath ("I twisted it" is how it started and what they were doing)."""
        if value == "unknown":
            return self.dont_know()
        if question.answer_type == "yes_no":
            return self.yes() if value == "yes" else self.no()
        if question.answer_type == "choice":
            values = value if isinstance(value, list) else [value]
            slots: dict[str, SlotValue] = {question.id: Matched(values[0])}
            if len(values) > 1:
                slots[f"{question.id}_two"] = Matched(values[1])
            slots.update({fact: Matched(extra) for fact, extra in (also or {}).items()})
            return self.answer(**slots)
        if question.answer_type == "duration":
            days = int(value)
            iso = f"P{days // 7}W" if days and days % 7 == 0 else f"P{days}D"
            return self.answer(duration=Raw(iso))
        return self.answer(age=Raw(str(value)))

    def until(self, facts: Mapping[str, Any], question_id: str, max_turns: int = 30) -> Said:
        """Answer from the facts (as ``play`` does) until the skill asks ``question_id``."""
        from tests.kb_helpers import answer_from

        answer = answer_from(facts)
        said = self.last
        for _ in range(max_turns):
            asked = self.asked(said)
            assert asked is not None, f"expected a question, heard: {said.speech}"
            if asked.id == question_id:
                return said
            said = self.reply_with(asked, answer(asked))
        raise AssertionError(f"never asked {question_id}")

    def play(
        self, facts: Mapping[str, Any], max_turns: int = 30, also_said: Mapping[str, Mapping[str, str]] | None = None
    ) -> Said:
        """Answer every question the skill asks from the facts, until it stops asking.

        A question the facts don't cover gets the golden cases' calm answer (tests/kb_helpers.py
        ``answer_from``): "no" to yes/no, "I don't know" otherwise. ``also_said`` as in
        ``tests.kb_helpers.interview``: choices said along with the answer to a question.
        """
        from tests.kb_helpers import answer_from

        answer = answer_from(facts)
        said = self.last
        for _ in range(max_turns):
            question = self.asked(said)
            if question is None or said.ended:
                return said
            said = self.reply_with(question, answer(question), (also_said or {}).get(question.id))
        raise AssertionError(f"no advice after {max_turns} answers")


def invoke(skill: CustomSkill, body: dict[str, Any]) -> Said:
    """Send one envelope through JSON and the SDK serializer, as Alexa's HTTPS call would."""
    request = skill.serializer.deserialize(json.dumps(body), RequestEnvelope)
    response = skill.invoke(request_envelope=request, context=None)
    payload = skill.serializer.serialize(response)
    assert isinstance(payload, dict), payload
    return check_response(payload)


# --- the real skill, built once -------------------------------------------------------------

_skill: CustomSkill | None = None


def real_skill() -> CustomSkill:
    """The skill as served (real kb, real phrases), built once for the whole test run."""
    global _skill
    if _skill is None:
        from skill.skill_builder import build_skill
        from tests.kb_helpers import real_kb

        _skill = build_skill(real_kb())
    return _skill


def talk(locale: str = "en-US") -> Conversation:
    """A new conversation with the real skill."""
    from tests.kb_helpers import real_kb

    return Conversation(real_skill(), real_kb(), locale)
