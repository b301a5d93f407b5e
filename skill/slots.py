"""Slots of AnswerIntent / DescribePainIntent turned into engine facts.

Resolved ids first: the interaction model's entity resolution maps the words said to a
knowledge-base value id, and an ``ER_SUCCESS_MATCH`` id is trusted as it is. Words that did not
resolve (the catch-all ``answer_text``, or "down in the calf muscle" heard in ``{location}``) are
read by the skill itself (``skill.understanding``, cautious word families); they only fill facts
the matched ids did not set. Anything else the person clearly tried to say (a value no reading
places, a number out of range) sets no fact and is listed in ``Heard.missed``; when nothing usable
was heard, the conversation counts a miss for the pending question, so the skill reprompts once
and then moves on cautiously. Nothing from the envelope is trusted before it is checked: a value
that is not a short string, a number not written in ASCII digits, an absurd duration or a
resolution of another shape is no answer, never a crash (``tests/test_skill_fuzz.py`` sends hostile
envelopes through the real skill).

The slot names and what each one answers are the contract with the interaction model, kept in
``skill.slot_contract``; the values themselves ("P2W", "2026-W47-WE") are parsed by
``skill.answer_values``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ask_sdk_model import Intent, Slot

from kb import UNKNOWN, FactsError, KnowledgeBase, Question, check_facts
from skill import said_numbers, understanding, word_data
from skill.answer_values import days_since, duration_days, whole_number, years_in_duration
from skill.slot_contract import SECOND, SYMPTOM_SLOTS, Role, slots_by_name

# Far longer than anything a person says into one slot; a longer value is no answer.
MAX_SLOT_CHARS = 200

__all__ = ["Heard", "duration_days", "read_slots", "resolved_id", "yes_no_value"]


@dataclass
class Heard:
    """What one intent's slots said: facts to set, and questions whose answer was not understood."""

    facts: dict[str, Any] = field(default_factory=dict)
    missed: set[str] = field(default_factory=set)
    free_text: list[str] = field(default_factory=list)  # words no entity resolution placed: read last


def read_slots(
    intent: Intent | None,
    kb: KnowledgeBase,
    pending: Question | None = None,
    today: date | None = None,
    known: Mapping[str, Any] | None = None,
) -> Heard:
    """Facts from every filled slot of the intent (several at once when the person over-answers).

    Some words belong to two questions ("I twisted it" is both how it started and what you were
    doing). Alexa fills only one slot, so when the words fit the question just asked, and nothing
    else in the utterance answered it, they answer that question: the pending question wins.
    ``today`` counts "since Tuesday" back (default: today in UTC; Alexa resolves the date on the
    person's device, and a duration in days tolerates a day's difference). ``known``: the facts the
    conversation already holds (``word_data.known_before``; None: all asked before the pending one).
    """
    heard = Heard()
    today = today or datetime.now(UTC).date()
    slots: Mapping[str, Slot] = (intent.slots or {}) if intent is not None else {}
    seconds: dict[str, list[str]] = {}
    pending_filled = pending is not None and any(
        slot is not None and _filled(slot) and name in (pending.id, pending.id + SECOND) for name, slot in slots.items()
    )
    contract = slots_by_name(kb)
    pair = _symptom_pair(kb, slots)
    replies: list[tuple[Role, Slot]] = []
    loose: list[str] = []  # symptom words no value matched: read after the rest, as said
    unplaced: list[str] = []  # choice words no value matched, in the model's slot order, not the sentence's
    for name, slot in slots.items():
        spec = contract.get(name)
        if spec is None or slot is None or not _filled(slot):
            continue  # a slot this version of the skill does not know: ignore it, never crash
        question = kb.questions.get(spec.question)
        if spec.role == Role.FREE:
            heard.free_text.append(_text(slot.value) or "")
        elif spec.role == Role.SYMPTOM and name in SYMPTOM_SLOTS and pair is not None:
            if name == SYMPTOM_SLOTS[0]:
                loose.append(pair)
        elif spec.role == Role.SYMPTOM and _begun_before(kb, slots, contract, name) is not None:
            unplaced.append(_text(slot.value) or "")  # read with the words it goes on from, as said
        elif spec.role == Role.SYMPTOM:
            _read_symptom(slot, kb, heard, loose)
        elif spec.role in (Role.REPLY, Role.ASSENT, Role.DENIAL):
            replies.append((spec.role, slot))  # read last: a volunteered symptom for the pending question outranks it
        elif spec.role == Role.DURATION and _years_as_age(slot, pending, slots, contract):
            _store_number(years_in_duration(_text(slot.value)), pending, kb, heard)
        elif spec.role in (Role.DURATION, Role.DATE) and word_data.dates_itself(kb, pending):
            continue  # "two years ago" to the reinjury question is when that was, not the pain's age
        elif spec.role == Role.DURATION:
            _store_number(duration_days(_text(slot.value)), question, kb, heard)
        elif spec.role == Role.DATE:
            _store_number(days_since(_text(slot.value), today), question, kb, heard)
        elif spec.role == Role.NUMBER:
            _store_number(whole_number(_text(slot.value)), question, kb, heard)
        elif spec.role == Role.DECADE and resolved_id(slot) is None:
            # "late sixties and I still play bowls" caught whole: the words, read as said, hold the decade
            heard.free_text.append(_text(slot.value) or "")
        elif spec.role == Role.DECADE:
            _store_number(whole_number(resolved_id(slot)), question, kb, heard)
        elif question is not None:
            alias = None if pending is None or pending_filled else _pending_value(pending, question, slot.value)
            if pending is not None and alias is not None:
                seconds.setdefault(pending.id, []).append(alias)
                continue
            value = resolved_id(slot)
            if pending is not None and question.id != pending.id and understanding.only_no(kb, _text(slot.value) or ""):
                # "nothing in particular" to what makes it worse is no answer of what happened (the
                # mechanism slot's "at rest"): a bare no says nothing of another question. Unresolved
                # ("no no none of that" caught by "{location} and {symptom}"), it is still the answer
                # to the question asked, read with the rest of the words
                if value is None:
                    heard.free_text.append(_text(slot.value) or "")
                continue
            if value is None or value not in question.value_ids():
                heard.missed.add(question.id)
                if value is None:
                    unplaced.append(_with_subject(kb, slots, contract, name, _text(slot.value) or ""))
            else:
                seconds.setdefault(question.id, []).append(value)
    heard.free_text += _rejoined(kb, unplaced, either_way=True)
    for qid, values in seconds.items():
        question = kb.questions[qid]
        heard.facts[qid] = list(dict.fromkeys(values)) if question.multiple else values[0]
        heard.missed.discard(qid)
    if pending is not None and pending.id in heard.facts:
        # Only the words that answered the pending question: "twisting" as what makes it worse is no injury.
        said = [
            slot.value
            for name, slot in slots.items()
            if slot is not None
            and _choice(contract.get(name))
            and (
                contract[name].question == pending.id
                or _pending_value(pending, kb.questions[contract[name].question], slot.value)
            )
        ]
        for words in said:
            for qid, value in _said_too(kb, pending, heard.facts[pending.id], words).items():
                heard.facts.setdefault(qid, value)
    _signs_in_matched_words(kb, pending, slots, contract, heard, today)
    for role, slot in replies:
        _read_reply(role, slot, pending, heard)
    if pending is not None and heard.facts.get(pending.id) == "no" and _its_own_sign_matched(kb, pending, slots, today):
        # "no but it's swollen" to the calf screen: the matched words, read with the question, are its very sign
        del heard.facts[pending.id]
        heard.missed.add(pending.id)
    heard.free_text += _said_of_the_part(kb, slots, contract, heard, loose)
    _read_free_text(kb, pending, heard, today)
    if pending is not None and pending.id not in heard.facts and not pending_filled:
        _answer_from_others(kb, pending, slots, contract, heard, today, paired=pair is not None)
    if pending is not None and pending.id not in heard.facts:
        _days_as_sign(kb, pending, heard)
    heard.facts.update(word_data.entailed(kb, heard.facts, pending, known))
    heard.facts = word_data.known_before(kb, heard.facts, pending, known)
    return heard


def _days_as_sign(kb: KnowledgeBase, pending: Question, heard: Heard) -> None:
    """ "It's been hurting for about ten days" comes in the duration slot: it answers the muscle
    opener too (the reading's own rule, ``said_numbers.days_are_a_sign``)."""
    if said_numbers.days_are_a_sign(word_data.words_for(kb), pending, heard.facts):
        heard.facts[pending.id] = "yes"
        heard.missed.discard(pending.id)


def _answer_from_others(
    kb: KnowledgeBase,
    pending: Question,
    slots: Mapping[str, Slot],
    contract: Mapping[str, Any],
    heard: Heard,
    today: date,
    paired: bool,
) -> None:
    """Words the model gave to another question may answer the one just asked: "yeah, it's hot" to
    the hot-knee question lands in the leg-sign slot. The skill reads them against the pending
    question too, and takes from them only a yes or a choice of that question, never a "no" or "I
    don't know" (words about another question deny nothing: "no but my calf is swollen" in the calf
    slot is no answer to the chest screen). A symptom the model heard stays (a sign is never dropped);
    another question's choice taken from the same words gives way, as the pending question wins
    ("it feels weak" to the weak-foot question is not the knee giving way), unless the pending question
    opens that one in the kb ("it gives way" to the knee-signs opener also says what the knee does) or
    answers it too (``answers_too``: "I was running for a bus" to how it started says what happened).
    Symptom words already read with the rest of the answer (``paired``, by ``_symptom_pair``: "it's very tender if I
    press on my calf and it's swollen") are not read again alone: "it's swollen" alone to the lump
    question would be the lump, where the person said the calf, beside "no lump that I can feel"."""
    for name, slot in slots.items():
        spec = contract.get(name)
        if slot is None or spec is None or spec.role not in (Role.SYMPTOM, Role.CHOICE) or resolved_id(slot) is None:
            continue
        if paired and name in SYMPTOM_SLOTS:
            continue
        # the phrase the words go on from read whole: alone, the "blue" of "black and blue" is the cold, blue foot
        said = _begun_before(kb, slots, contract, name) or _text(slot.value) or ""
        answer = understanding.read(said, kb, pending, today=today).get(pending.id)
        if answer is None or answer in ("no", UNKNOWN):
            continue
        heard.facts[pending.id] = answer
        heard.missed.discard(pending.id)
        kept = word_data.words_for(kb).questions[pending.id].says_too(spec.question)
        if spec.role == Role.CHOICE and spec.question != pending.id and not kept:
            heard.facts.pop(spec.question, None)


def _read_free_text(kb: KnowledgeBase, pending: Question | None, heard: Heard, today: date) -> None:
    """Words no entity resolution placed, read by the skill as one answer: they fill only what
    matched ids did not. A "no" to the pending question, matched or read, is dropped when those
    words make it unclear ("no but my calf is enormous": the words may be a sign no family knows), and
    when they say its very sign.
    """
    said = _rejoined(kb, [text for text in heard.free_text if text])
    if not said:
        return
    found = understanding.reading(", ".join(said), kb, pending, today=today)
    read = {fact: value for fact, value in found.facts.items() if fact not in heard.facts}
    heard.facts.update(read)
    heard.missed -= set(read)
    if pending is None or heard.facts.get(pending.id) != "no":
        return
    clear = found.clear_no
    if found.facts.get(pending.id) not in (None, "no"):
        # "no but it is numb between my legs": read alone, the words say the very sign asked about; read as said, with
        # the no before them, the answer is whatever the whole says (here unclear: asked again), never the bare no
        whole = understanding.reading(", ".join(["no", *said]), kb, pending, today=today)
        if whole.facts.get(pending.id) not in (None, "no"):
            heard.facts[pending.id] = whole.facts[pending.id]
            return
        clear = whole.facts.get(pending.id) == "no" and whole.clear_no
    if not clear:
        del heard.facts[pending.id]
        heard.missed.add(pending.id)


def _rejoined(kb: KnowledgeBase, said: list[str], either_way: bool = False) -> list[str]:
    """Pieces a sample's "and" cut through one phrase, put back together: "yes a temperature of a
    hundred and one and the knee is red" fills "{reply} and {symptom} and ...", so the reply ends at "a
    hundred" and "one" is a symptom of its own. Read apart, a hundred degrees is no fever and the fever
    said is lost; read as said, it is the fever. Only where a phrase of the word data runs across the cut
    (``understanding.one_phrase``, as for "black and blue" in the two symptom slots).

    The reply is put first and symptoms last, as every sample says them, but two choice slots come in
    the interaction model's slot order, not the sentence's ("{onset} and it {knee_mechanics}" sends the
    knee's words first), and Alexa sends no positions. With ``either_way`` (those pieces) the phrase
    itself finds where each piece stood: a piece joins the one it continues, before or after it."""
    joined: list[str] = []
    for text in said:
        after = next((i for i, before in enumerate(joined) if understanding.one_phrase(kb, before, text)), None)
        ahead = None
        if after is None and either_way:
            ahead = next((i for i, later in enumerate(joined) if understanding.one_phrase(kb, text, later)), None)
        if after is not None:
            joined[after] = f"{joined[after]} and {text}"
        elif ahead is not None:
            joined[ahead] = f"{text} and {joined[ahead]}"
        else:
            joined.append(text)
    return joined


def _read_reply(role: Role, slot: Slot, pending: Question | None, heard: Heard) -> None:
    """ "no, but my calf is swollen" or "nah, it's fine": the no answers the pending yes/no question.

    Words after a yes or no that the model does not know ("nah, my calf is huge") may be a sign
    it failed to catch: they are read as free text with their yes or no in front, and a "no" is
    stored only if the reading places every word (else the question is asked again). So is a no
    with listed words after it: the one list serves {assent} and {denial} (Alexa allows no two slots
    side by side), and a hedge that is neutral after a yes ("yeah, maybe") leaves a no in doubt ("no,
    maybe"), which must never be a no to a red-flag screen."""
    if pending is None:
        return
    matched = resolved_id(slot)
    said = {Role.ASSENT: "yes", Role.DENIAL: "no"}.get(role, matched)
    if pending.answer_type != "yes_no":  # "no, nothing like that" to a choice that has a "none" value
        value = yes_no_value(pending, said) if matched is not None and said in ("yes", "no") else None
        if value is not None:
            heard.facts.setdefault(pending.id, value)
        elif matched is None:  # "behind the knee" caught by "{reply} and there's {symptom}": the answer itself
            heard.free_text.append(_text(slot.value) or "")
        return
    if matched is None or said not in ("yes", "no") or role == Role.DENIAL:
        if pending.id not in heard.facts:
            heard.missed.add(pending.id)
        if matched is None or role == Role.DENIAL:
            # read with the yes or no the sample put before it ("nah, {denial}"), and first, as it was said first
            lead = {Role.ASSENT: "yes, ", Role.DENIAL: "no, "}.get(role, "")
            heard.free_text.insert(0, lead + (_text(slot.value) or ""))
        return
    heard.facts.setdefault(pending.id, said)


def yes_no_value(question: Question, said: str) -> str | None:
    """The pending question's answer for a bare yes or no: itself for a yes/no question, or the value
    of a single choice that lists it as a synonym ("none of those" lists "no"; kb data says where a
    "no" is unambiguous)."""
    if question.answer_type == "yes_no":
        return said
    if question.answer_type == "choice" and not question.multiple:
        value = question.value_for(said)
        return value.id if value is not None else None
    return None


def _years_as_age(slot: Slot, pending: Question | None, slots: Mapping[str, Slot], contract: Mapping[str, Any]) -> bool:
    """ "Twenty five years" to "how old are you" is an age, not how long it has hurt."""
    ages = {name for name, spec in contract.items() if spec.role in (Role.NUMBER, Role.DECADE)}
    age_said = any(s is not None and _filled(s) for n, s in slots.items() if n in ages)
    return (
        pending is not None
        and pending.answer_type == "number"
        and not age_said
        and years_in_duration(_text(slot.value)) is not None
    )


def _symptom_pair(kb: KnowledgeBase, slots: Mapping[str, Slot]) -> str | None:
    """Both symptom slots' words, read as said with their "and", when "{symptom} and {symptom_two}"
    cut one thought in two: no value matched either ("pins and needles"), or the cut went through a
    phrase that is never split, whatever matched ("black and blue" is a bruise, not a blue foot)."""
    filled = [slot for slot in (slots.get(name) for name in SYMPTOM_SLOTS) if slot is not None and _text(slot.value)]
    if len(filled) < len(SYMPTOM_SLOTS):
        return None
    first, second = (_text(slot.value) or "" for slot in filled)
    if all(resolved_id(slot) is None for slot in filled) or understanding.one_phrase(kb, first, second):
        return f"{first} and {second}"
    return None


def _begun_before(kb: KnowledgeBase, slots: Mapping[str, Slot], contract: Mapping[str, Any], name: str) -> str | None:
    """The whole phrase, when a symptom slot's matched words go on from one another slot's unmatched words begin, and
    the whole does not say the sign they matched alone: "black and blue and it's sore" fills "{reply} and {symptom} and
    {symptom_two}", so the reply is "black" and the symptom "blue", which matched alone is the cold, blue foot (an
    emergency); read with the words before it, as said, it is the bruise (``understanding.one_phrase``, as
    ``_symptom_pair`` rejoins the two symptom slots). Only after words no value matched (read as free text anyway, the
    piece joins them there: ``_rejoined``), and only where the matched question's own words say the whole is no sign of
    it (its ``elsewhere``): any other phrase across the cut ("there was a lump and it's gone soft") is read as
    matched."""
    slot = slots[name]
    text, matched = _text(slot.value), kb.questions.get(resolved_id(slot) or "")
    if text is None or matched is None:
        return None
    for other, before_slot in slots.items():
        before = _text(before_slot.value) if before_slot is not None else None
        if (
            other in (name, *SYMPTOM_SLOTS)
            or before is None
            or other not in contract
            or contract[other].role == Role.FREE
            or resolved_id(before_slot) is not None
            or not understanding.not_its_sign_across(kb, matched.id, before, text)
        ):
            continue
        return f"{before} and {text}"
    return None


def _choice(spec: Any) -> bool:
    return spec is not None and spec.role == Role.CHOICE


def _signs_in_matched_words(
    kb: KnowledgeBase,
    pending: Question | None,
    slots: Mapping[str, Slot],
    contract: Mapping[str, Any],
    heard: Heard,
    today: date,
) -> None:
    """A choice or symptom matched from a whole sentence ("I twisted it playing football" is a synonym
    of the injury) still says what its other words say: a yes/no sign named in them ("playing
    football": sport) is kept beside the match. So is a sign the words mean only while this question
    is pending: "no, but it's swollen" to the tight-calf screen matches the leg-signs symptom, and "it"
    is the calf, a swollen calf that must not be dropped. Only a yes of another yes/no question, never
    a choice value ("twisting" as what makes it worse is no twist injury), never the pending
    question's answer nor one it is asked only after (known already). A value of a question the pending one answers
    too (``answers_too``: "I twisted it playing soccer" matched as the injury also says the twist) is kept as the
    clause reader keeps it: the kb's synonyms of that question rarely hold a whole sentence."""
    words = word_data.words_for(kb).questions
    known = words[pending.id].asked_after | {pending.id} if pending is not None and pending.id in words else set()
    too = words[pending.id].answers_too if pending is not None and pending.id in words else ()
    for name, slot in slots.items():
        spec = contract.get(name)
        matched = resolved_id(slot) if slot is not None else None
        if spec is None or matched is None or spec.role not in (Role.CHOICE, Role.SYMPTOM):
            continue
        own = spec.question if spec.role == Role.CHOICE else matched
        said = understanding.read(_words_with_places(slots, contract, name), kb, pending, today=today)
        for qid, value in said.items():
            kind = kb.questions[qid].answer_type
            answered_too = qid in too and kind == "choice" and value != UNKNOWN
            if (answered_too or (value == "yes" and kind == "yes_no")) and qid not in known | {own}:
                heard.facts.setdefault(qid, value)
                heard.missed.discard(qid)


def _its_own_sign_matched(kb: KnowledgeBase, pending: Question, slots: Mapping[str, Slot], today: date) -> bool:
    """Whether a matched slot's own words, read with the question asked and without the no the sample put before
    them, say that question's sign and no other: "it's swollen" to the calf screen is the calf. Why theirs alone:
    "no, but my calf is swollen" to the injury screen is the calf's sign, not the swelling asked about. Read only
    when a bare no is about to stand beside them."""
    for slot in slots.values():
        if slot is None or resolved_id(slot) is None:
            continue
        alone = understanding.read(_text(slot.value) or "", kb, pending, today=today)
        if alone.get(pending.id) == "yes" and set(alone) == {pending.id}:
            return True
    return False


def _words_with_places(slots: Mapping[str, Slot], contract: Mapping[str, Any], name: str) -> str:
    """A matched slot's words; a symptom's with the other slots' words before it. "My calf, and it's
    swollen" comes as a place ("calf") and a symptom ("swollen", the general leg sign): read together
    they are the calf's swelling, the more specific red-flag sign, as the sentence said."""
    own = _text(slots[name].value) or ""
    if contract[name].role != Role.SYMPTOM:
        return own
    others = [
        _text(slot.value) or ""
        for other, slot in slots.items()
        if other != name
        and slot is not None
        and _filled(slot)
        and other in contract
        and contract[other].role != Role.SYMPTOM
    ]
    return " ".join([*others, own])


def _said_too(kb: KnowledgeBase, pending: Question, answer: Any, words: str | None) -> dict[str, str]:
    """What the words that answered the pending question say of the questions it answers too
    (``answers_too`` in skill/understanding.yaml: "I twisted it" to how it started says what
    happened): a value whose kb synonyms hold the words, where the kb would ask that question."""
    said = _text(words) or ""
    found: dict[str, str] = {}
    for qid in word_data.words_for(kb).questions[pending.id].answers_too:
        other = kb.questions[qid]
        value = other.value_for(said)
        if value is not None and other.asked_given({pending.id: answer}):
            found[qid] = value.id
    return found


def _pending_value(pending: Question | None, filled: Question, words: str | None) -> str | None:
    """The pending choice question's value for these words, when another question's slot caught them."""
    said = _text(words) or ""
    if pending is None or pending.id == filled.id or pending.answer_type != "choice" or not said:
        return None
    value = pending.value_for(said)
    return value.id if value is not None else None


def resolved_id(slot: Slot) -> str | None:
    """The canonical value id when entity resolution matched, else None (whatever shape it came in).
    The SDK's entity resolution package is imported only here, when a slot is read: a launch never
    needs it, so a cold start does not pay for it."""
    from ask_sdk_model.slu.entityresolution import StatusCode

    per_authority = getattr(slot.resolutions, "resolutions_per_authority", None)
    for authority in per_authority if isinstance(per_authority, list) else []:
        status = getattr(getattr(authority, "status", None), "code", None)
        values = getattr(authority, "values", None)
        if status == StatusCode.ER_SUCCESS_MATCH and isinstance(values, list) and values:
            return _text(getattr(getattr(values[0], "value", None), "id", None))
    return None


def _text(value: object) -> str | None:
    """A slot's text, stripped, if it is a string of plausible length; anything else is no value."""
    if not isinstance(value, str) or len(value) > MAX_SLOT_CHARS:
        return None
    return value.strip() or None


def _filled(slot: Slot) -> bool:
    return _text(slot.value) is not None or bool(slot.resolutions)


def _read_symptom(slot: Slot, kb: KnowledgeBase, heard: Heard, loose: list[str]) -> None:
    qid = resolved_id(slot)
    question = kb.questions.get(qid or "")
    if question is not None and question.answer_type == "yes_no":
        heard.facts[question.id] = "yes"
        if _tells_implied(kb, question, _text(slot.value) or ""):
            loose.append(_text(slot.value) or "")  # "I felt a pop" matched: read with the bruise said beside it
    elif qid is None:  # an unmatched symptom names no question: the skill reads its words
        loose.append(_text(slot.value) or "")


def _tells_implied(kb: KnowledgeBase, question: Question, text: str) -> bool:
    """A sign matched whole that makes words beside it another question's sign (``implies_when_told``: "I felt a
    pop" in one symptom slot, "it's bruised right down to my ankle" in the other is the tear asked after), so its
    words are read with the words no value matched, as said."""
    own = word_data.words_for(kb).questions.get(question.id)
    return own is not None and bool(own.told_by & set(text.lower().split()))


def _said_of_the_part(
    kb: KnowledgeBase, slots: Mapping[str, Slot], contract: Mapping[str, Any], heard: Heard, loose: list[str]
) -> list[str]:
    """Symptom words no value matched, as the free text to read after every other slot's words: every
    sample puts the symptom last ("{reply} and {symptom}", "{location} and it's {symptom}"), with its
    subject (``_with_subject``): read alone, "swollen" or "in both legs now" is no sign of anything, and
    the sign the person volunteered would be lost. Beside a part of the body named in another slot ("my
    thigh and it's swollen": "my thigh", "swollen"), the part's words go in front when a value matched
    them (else they are in the free text already), so "it" is that part."""
    words = word_data.words_for(kb)
    said = [text for text in loose if text]
    places = [
        text
        for name, slot in slots.items()
        if slot is not None
        and (spec := contract.get(name)) is not None
        and spec.role not in (Role.SYMPTOM, Role.FREE)
        and (text := _text(slot.value))
        and any(word in words.body_parts for word in word_data.normalise(words, text).split())
    ]
    if places:
        front = [place for place in places if place not in heard.free_text] if said else []
        return front + [_of_it(words, text, words.subject_of_the_part) for text in said]
    return [_with_subject(kb, slots, contract, SYMPTOM_SLOTS[0], text) for text in said]


def _with_subject(
    kb: KnowledgeBase, slots: Mapping[str, Slot], contract: Mapping[str, Any], name: str, text: str
) -> str:
    """A slot's raw words read with the subject the sentence gave them. A sample that joins two slots
    may give the second its subject in the carrier ("{onset} and it {knee_mechanics}", "{location} and
    it's {symptom}"), and only the slot's words reach the skill: "no" and "turned blue", where the person
    said "no and it turned blue". Words with no subject of their own after the slots those samples join
    them to get the subject they give (``slot_subjects`` in skill/understanding.yaml); words alone, after
    a slot that gives them none ("{reply} and {symptom}"), or with a subject or a negator first ("my
    foot is cold", "no swelling"), are read as they are."""
    words = word_data.words_for(kb)
    given = words.slot_subjects.get(name)
    if given is None or not any(
        other not in (name, *SYMPTOM_SLOTS)
        and slot is not None
        and _filled(slot)
        and other in contract
        and contract[other].role != Role.FREE
        and (given.after is None or other in given.after)
        for other, slot in slots.items()
    ):
        return text
    return _of_it(words, text, given.subject)


def _of_it(words: word_data.Words, text: str, subject: str) -> str:
    """ "swollen" -> "it is swollen" (``subject_of_the_part`` or ``slot_subjects`` in the word data); "my
    foot is cold" and "no swelling" stay as said."""
    said = word_data.normalise(words, text)
    first = said.split()[0] if said.split() else ""
    if first in words.negators or words.new_subject.match(said):
        return text
    return f"{subject} {text}"


def _store_number(number: int | None, question: Question | None, kb: KnowledgeBase, heard: Heard) -> None:
    """A number the knowledge base accepts for the question (its own range check), else a miss."""
    if question is None:
        return
    try:
        heard.facts.update(check_facts(kb, {question.id: number}) if number is not None else {})
    except FactsError:
        number = None
    if number is None:
        heard.missed.add(question.id)
