"""The conversation state machine: every row of the routing table, and session records the skill
never wrote (whatever they claim) still give a safe, valid turn.

Walks ``skill.machine.ROUTES`` directly (every mode x every event kind) and through the real skill
(ask-sdk dispatch, the real kb), checking each response as Alexa would and that the state it leaves
is one the next turn accepts as is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from ask_sdk_core.skill import CustomSkill
from fake_reminders_api import FakeAlexaApi
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb import KnowledgeBase, evaluate
from skill import compose, machine, session
from skill.context import Context
from skill.devtools import envelopes
from skill.intents import Kind
from skill.phrases import Phrases
from skill.reply import Reply
from skill.session import Mode, State
from skill.slots import read_slots
from skill.speech import join, ssml
from tests.alexa_requests import (
    Conversation,
    Matched,
    Raw,
    Said,
    Unmatched,
    answer_intent,
    answer_slot_names,
    envelope,
    intent_request,
    invoke,
    launch_request,
)
from tests.kb_helpers import answer_from, golden_cases, interview, real_kb
from tests.session_records import RECORDS

KB = real_kb()
FIRST = evaluate(KB, {}).question
assert FIRST is not None
CHOICE = next(q for q in KB.questions.values() if q.answer_type == "choice")
SELF_CARE = next(c for c in golden_cases() if c["expect"]["disposition"] == "self_care")
ADVISED, _ = interview(KB, answer_from(SELF_CARE["facts"]))
EMERGENCY_FACTS = {FIRST.id: "yes"}  # the first screen is a red flag: "yes" fires it

INTENT_OF_KIND = {
    Kind.YES: "AMAZON.YesIntent",
    Kind.NO: "AMAZON.NoIntent",
    Kind.DONT_KNOW: "DontKnowIntent",
    Kind.ANSWER: "AnswerIntent",
    Kind.HELP: "AMAZON.HelpIntent",
    Kind.WHY: "WhyIntent",
    Kind.REPEAT: "AMAZON.RepeatIntent",
    Kind.START_OVER: "AMAZON.StartOverIntent",
    Kind.STOP: "AMAZON.StopIntent",
    Kind.OTHER: "AMAZON.FallbackIntent",
    Kind.GO_BACK: "GoBackIntent",
    Kind.ALREADY_SAID: "AlreadySaidIntent",
    Kind.SLOWER: "SlowerIntent",
    Kind.FASTER: "FasterIntent",
}
# Kind.PERMISSION is no intent: Alexa's answer to the skill's permission question, for its offer after ADVISED.
PERMISSION_TOKEN = f"knee-reminder/{evaluate(KB, ADVISED).assessment.disposition.id}/7"


def request_of(kind: Kind, slots: dict[str, Any] | None = None) -> dict[str, Any]:
    """The request Alexa sends for an event kind."""
    if kind == Kind.LAUNCH:
        return launch_request()
    if kind == Kind.PERMISSION:
        return envelopes.permission_response("ACCEPTED", PERMISSION_TOKEN)
    return intent_request(INTENT_OF_KIND[kind], slots)


@pytest.fixture(scope="module")
def alexa_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeAlexaApi]:
    """The Alexa APIs a yes to the reminder calls, faked on 127.0.0.1 (no request leaves the machine)."""
    fake = FakeAlexaApi(tmp_path_factory.mktemp("alexa-api"))
    with pytest.MonkeyPatch.context() as patch:
        fake.trust(patch)
        yield fake
    fake.close()


def state_in(mode: Mode) -> State:
    """A state the skill itself could be in, for each mode."""
    return {
        Mode.STARTING: State(),
        Mode.ASKING: State(mode=Mode.ASKING, question=FIRST.id),
        Mode.OFFERING_TIPS: State(facts=ADVISED, mode=Mode.OFFERING_TIPS),
        Mode.GIVING_TIPS: State(facts=ADVISED, mode=Mode.GIVING_TIPS, tips_said=1),
        Mode.OFFERING_REMINDER: State(facts=ADVISED, mode=Mode.OFFERING_REMINDER, tips_said=1),
        Mode.DONE: State(mode=Mode.DONE),
        Mode.EMERGENCY: State(facts=EMERGENCY_FACTS, mode=Mode.EMERGENCY),
    }[mode]


def answer_slots() -> dict[str, Any]:
    return {CHOICE.id: Matched(CHOICE.value_ids()[0])}


def _is_emergency(facts: dict[str, Any]) -> bool:
    return evaluate(KB, facts).assessment.emergency


def event_of(kind: Kind, slots: dict[str, Any] | None = None) -> machine.Event:
    """The event without its request envelope: no Alexa API can be called (a yes to the reminder
    fails cleanly) and a permission answer has no token (a plain goodbye)."""
    if kind != Kind.ANSWER:
        return machine.Event(kind)
    return machine.Event(kind, answer_intent(KB, **(answer_slots() if slots is None else slots)))


def assert_next_state_is_valid(step: machine.Step) -> None:
    """Either the session ends, or the state survives the trip to the device and back unchanged."""
    if step.reply.end:
        return
    loaded, recovered = session.load(json.loads(json.dumps(session.dump(step.state))), KB)
    assert not recovered and loaded == step.state, f"the next turn would not accept {step.state}"
    assert session.reconcile(loaded, evaluate(KB, loaded.facts)) == loaded, f"{step.state} disagrees with its facts"


def test_the_example_states_are_ones_the_skill_accepts_as_they_are() -> None:
    for mode in Mode:
        state = state_in(mode)
        assert session.reconcile(state, evaluate(KB, state.facts)) == state, mode


def test_every_mode_and_event_kind_has_a_row() -> None:
    missing = [(m.value, k.value) for m in Mode for k in Kind if (m, k) not in machine.ROUTES]
    assert not missing, f"no transition for {missing}"


@pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
@pytest.mark.parametrize("mode", list(Mode), ids=lambda m: m.value)
def test_every_row_of_the_table_gives_a_speakable_reply_and_a_valid_next_state(
    mode: Mode, kind: Kind, phrases: Phrases
) -> None:
    ctx = Context(kb=KB, phrases=phrases, locale="en-US")
    step = machine.ROUTES[mode, kind](ctx, state_in(mode), event_of(kind))
    assert isinstance(step.reply, Reply) and join(step.reply.speech), f"{mode} x {kind}: nothing said"
    ssml(join(step.reply.speech))  # renders within Alexa's limits
    assert step.reply.end or step.reply.reprompt, f"{mode} x {kind}: an open session needs a reprompt"
    assert_next_state_is_valid(step)
    if mode == Mode.EMERGENCY:
        assert step.reply.end, "emergency facts end the session with their advice"


@pytest.mark.parametrize("kind", [k for k in Kind if k != Kind.LAUNCH], ids=lambda k: k.value)
@pytest.mark.parametrize("mode", [m for m in Mode if m != Mode.EMERGENCY], ids=lambda m: m.value)
def test_every_row_through_the_real_skill(mode: Mode, kind: Kind, skill: CustomSkill, alexa_api: FakeAlexaApi) -> None:
    attributes = session.dump(state_in(mode))
    slots = answer_slots() if kind == Kind.ANSWER else None
    body = envelope(
        request_of(kind, slots),
        locale="en-US",
        session_id="s",
        new=False,
        attributes=attributes,
        api_endpoint=alexa_api.endpoint,
    )
    said = invoke(skill, body)  # checks the response as Alexa would
    assert said.speech, f"{mode} x {kind}: no speech"
    if not said.ended:
        loaded, recovered = session.load(said.attributes, KB)
        assert not recovered and session.reconcile(loaded, evaluate(KB, loaded.facts)) == loaded


def test_no_while_a_question_is_pending_answers_it(convo: Conversation) -> None:
    assert machine.ROUTES[Mode.ASKING, Kind.NO] is machine.yes_or_no
    convo.launch()
    said = convo.no()
    assert said.attributes["knee"]["facts"] == {FIRST.id: "no"}


# --- session records the skill never wrote ---------------------------------------------------


_IDS = sorted({v for q in KB.questions.values() for v in q.value_ids()} | set(KB.questions) | {"nonsense"})
SLOTS = st.dictionaries(
    st.sampled_from([*answer_slot_names(KB), "made_up"]),
    st.one_of(
        st.builds(Matched, st.sampled_from(_IDS)),
        st.builds(Unmatched, st.text(max_size=12)),
        st.builds(Raw, st.one_of(st.text(max_size=12), st.sampled_from(["P9999999999Y", "PT", "1e400", "-3", "NaN"]))),
    ),
    max_size=4,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=RECORDS, kind=st.sampled_from(list(Kind)), slots=SLOTS)
def test_any_session_record_gives_a_safe_valid_turn(
    record: dict[str, Any],
    kind: Kind,
    slots: dict[str, Any],
    skill: CustomSkill,
    phrase: Callable[..., str],
    alexa_api: FakeAlexaApi,
) -> None:
    request = request_of(kind, slots if kind == Kind.ANSWER else None)
    body = envelope(
        request, locale="en-US", session_id="s", new=False, attributes={"knee": record}, api_endpoint=alexa_api.endpoint
    )
    said: Said = invoke(skill, body)  # valid JSON, SSML, sizes: as Alexa checks them
    assert said.speech, "every turn says something"
    state, recovered = session.load({"knee": record}, KB)
    if kind == Kind.LAUNCH:
        assert said.speech.startswith(phrase("safety")), "a launch always starts clean"
    elif kind == Kind.PERMISSION:
        assert said.ended, "a permission answer is the last turn, whatever the record says"
    elif recovered and kind == Kind.STOP:
        assert said.ended and said.speech == phrase("stop_plain"), "stop still stops, with the emergency line"
    elif recovered:
        heard = read_slots(event_of(kind, slots).intent, KB).facts  # a one-shot start keeps what it said
        kept = (said.attributes.get("knee") or {}).get("facts", {})
        assert set(kept) <= set(heard), "nothing from an unreadable record is kept"
        if not _is_emergency(heard):
            opening = phrase("start_over" if kind == Kind.START_OVER else "lost_track")
            # "slower" first says it will slow down; the rest is the fresh start
            assert opening in said.speech.split(phrase("safety"))[0], "an unreadable record is never acted on"
    else:
        assessment = evaluate(KB, state.facts).assessment
        if assessment.emergency:
            # the fired red flag's own advice, in its honest "unsure" form after an "I don't know"
            first = assessment.emergency_advice or assessment.disposition.advice
            assert said.ended, "emergency facts allow one turn: their advice"
            assert said.speech.startswith(KB.say(first, "en-US", self_care_days=assessment.self_care_days))
    if not said.ended:
        loaded, lost = session.load(said.attributes, KB)
        assert not lost and session.reconcile(loaded, evaluate(KB, loaded.facts)) == loaded


def test_the_order_of_the_advice_comes_from_kb_policy(phrases: Phrases) -> None:
    """Emergency-first ordering is kb data (policy.advice_order), not a rule in the skill."""
    evaluation = evaluate(KB, ADVISED)
    assessment = evaluation.assessment
    assert not assessment.emergency
    step = KB.say(assessment.disposition.advice, "en-US", self_care_days=assessment.self_care_days)
    default = compose.advice_lines(Context(kb=KB, phrases=phrases, locale="en-US"), assessment)
    assert default[0] != step and step in default, "by default the likely cause leads for non-emergency advice"
    step_first = {**KB.policy.advice_order, "other": ("step", "cause", "notes", "safety_net")}
    reordered_kb = replace(KB, policy=replace(KB.policy, advice_order=step_first))
    reordered = compose.advice_lines(Context(kb=reordered_kb, phrases=phrases, locale="en-US"), assessment)
    assert reordered[0] == step and sorted(reordered) == sorted(default)


def _turn(skill: CustomSkill, record: State, intent: str) -> Said:
    body = envelope(intent_request(intent), locale="en-US", session_id="s", new=False, attributes=session.dump(record))
    return invoke(skill, body)


def test_a_pending_question_that_skips_the_red_flag_screens_is_rebuilt_from_the_facts(skill: CustomSkill) -> None:
    late = next(q for q in KB.questions.values() if q.phase == "narrowing" and q.ask_when is None)
    said = _turn(skill, State(mode=Mode.ASKING, question=late.id), "AMAZON.RepeatIntent")
    assert said.speech == KB.say(FIRST.text, "en-US"), "the engine's first screen, not the claimed question"
    assert said.attributes["knee"]["question"] == FIRST.id


def test_tips_claimed_mid_interview_give_way_to_the_next_question(skill: CustomSkill) -> None:
    facts = {FIRST.id: "no"}
    second = evaluate(KB, facts).question
    assert second is not None
    said = _turn(skill, State(facts=facts, mode=Mode.OFFERING_TIPS), "AMAZON.NoIntent")
    assert said.attributes["knee"]["facts"] == {FIRST.id: "no", second.id: "no"}, "no answers the pending screen"
    assert said.attributes["knee"]["mode"] == Mode.ASKING.value and not said.ended


def test_more_tips_than_there_are_is_rebuilt_to_the_offer(skill: CustomSkill) -> None:
    tips = evaluate(KB, ADVISED).assessment.tips
    said = _turn(skill, State(facts=ADVISED, mode=Mode.GIVING_TIPS, tips_said=len(tips)), "AMAZON.YesIntent")
    assert " 0 " not in said.speech and KB.say(tips[0].text, "en-US") in said.speech, said.speech


def test_emergency_facts_allow_only_their_advice_whatever_the_record_claims(skill: CustomSkill) -> None:
    flag = evaluate(KB, EMERGENCY_FACTS).assessment.red_flags[0]
    for mode in (Mode.OFFERING_TIPS, Mode.DONE, Mode.ASKING):
        for intent in ("AMAZON.StopIntent", "AMAZON.HelpIntent", "AMAZON.NoIntent"):
            said = _turn(skill, State(facts=EMERGENCY_FACTS, mode=mode, question=FIRST.id), intent)
            assert said.ended and said.speech.startswith(KB.say(flag.advice, "en-US")), (mode, intent, said.speech)


def test_an_answer_turn_asks_the_engine_once(skill: CustomSkill, monkeypatch: pytest.MonkeyPatch) -> None:
    """One engine evaluation per turn (issue 10): the stored record's pending question is checked with
    kb.may_answer, not by re-deriving it with a second look-ahead before the answer's own."""
    import skill.context as context

    calls: list[dict[str, Any]] = []

    def counting(kb: KnowledgeBase, facts: Any, unasked: Any = frozenset()) -> Any:
        calls.append(dict(facts))
        return evaluate(kb, facts, unasked)

    monkeypatch.setattr(context, "evaluate", counting)
    record = State(facts={FIRST.id: "no"}, mode=Mode.ASKING, question=evaluate(KB, {FIRST.id: "no"}).question.id)
    said = _turn(skill, record, "AMAZON.NoIntent")
    assert not said.ended and said.attributes["knee"]["mode"] == Mode.ASKING.value
    assert len(calls) == 1, f"the engine was asked {len(calls)} times: {calls}"


def test_an_answer_to_a_claimed_question_that_skips_an_open_screen_is_not_stored(skill: CustomSkill) -> None:
    """A record naming a later question while a red-flag screen is still open is rebuilt before the
    answer is taken: the "no" is not stored for a question the skill never asked."""
    late = next(q for q in KB.questions.values() if q.phase == "narrowing" and q.ask_when is None)
    said = _turn(skill, State(mode=Mode.ASKING, question=late.id), "AMAZON.NoIntent")
    assert late.id not in said.attributes["knee"]["facts"], said.attributes
    assert said.attributes["knee"]["facts"] == {FIRST.id: "no"}, "the no answers the first screen"
