"""Session records claim things the skill never wrote; the facts decide, not the claims.

Through the real skill (ask-sdk dispatch, the real kb): a pending question the facts already answer
gives way to the engine's next question, and facts holding any red flag allow only that emergency's
advice, whatever mode, pending question or counters the record claims.
"""

from __future__ import annotations

import pytest
from ask_sdk_core.skill import CustomSkill

from kb import evaluate
from skill import session
from skill.session import Echo, Mode, State
from tests.alexa_requests import Said, envelope, intent_request, invoke
from tests.kb_helpers import real_kb

KB = real_kb()
FIRST = evaluate(KB, {}).question
assert FIRST is not None
# Every yes/no question whose "yes" alone is a red flag, with the advice that flag gives.
RED_FLAGS = {
    qid: evaluate(KB, {qid: "yes"}).assessment.red_flags[0]
    for qid, q in KB.questions.items()
    if q.answer_type == "yes_no" and evaluate(KB, {qid: "yes"}).assessment.red_flags
}


def _turn(skill: CustomSkill, record: State, intent: str) -> Said:
    body = envelope(intent_request(intent), locale="en-US", session_id="s", new=False, attributes=session.dump(record))
    return invoke(skill, body)


def test_a_pending_question_the_facts_already_answer_gives_way_to_the_next_one(skill: CustomSkill) -> None:
    settled = {FIRST.id: "no"}
    following = evaluate(KB, settled).question
    assert following is not None and following.id != FIRST.id
    claim = State(facts=settled, mode=Mode.ASKING, question=FIRST.id, misses=1, echo=Echo.HELP)

    repeated = _turn(skill, claim, "AMAZON.RepeatIntent")
    assert repeated.speech == KB.say(following.text, "en-US"), "repeat says the question still open, not the claim"
    assert repeated.attributes["knee"]["question"] == following.id and repeated.attributes["knee"]["misses"] == 0

    answered = _turn(skill, claim, "AMAZON.YesIntent")
    facts = answered.attributes.get("knee", {}).get("facts", {})
    assert facts.get(FIRST.id) == "no", "a claimed question never overwrites an answer already given"
    assert facts.get(following.id) == "yes" or answered.ended, "the yes answers the question actually open"


@pytest.mark.parametrize("fact", sorted(RED_FLAGS))
@pytest.mark.parametrize("mode", [Mode.STARTING, Mode.ASKING, Mode.OFFERING_TIPS, Mode.GIVING_TIPS, Mode.DONE])
def test_a_red_flag_in_the_facts_allows_only_its_emergency_advice(skill: CustomSkill, fact: str, mode: Mode) -> None:
    claim = State(facts={fact: "yes"}, mode=mode, question=FIRST.id if mode == Mode.ASKING else None, tips_said=1)
    for intent in ("AMAZON.NoIntent", "AMAZON.RepeatIntent", "AMAZON.StopIntent", "AnswerIntent"):
        said = _turn(skill, claim, intent)
        assert said.ended, f"{mode.value} + {intent}: an emergency turn ends the session"
        advice = KB.say(RED_FLAGS[fact].advice, "en-US")
        assert said.speech.startswith(advice), f"{mode.value} + {intent}: {said.speech}"
