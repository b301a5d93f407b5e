"""Mishearing, requests that are not answers, and over-answers, in whole conversations with the real
skill (issue 9 sections 1 and 2): "what?", "go back", "I already told you", "slower", "Which one?",
volunteered red flags, and screens the skill never understood.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kb import evaluate, next_question
from tests.alexa_requests import Conversation, Matched, Raw, Said, talk
from tests.kb_helpers import golden_cases, real_kb

KB = real_kb()
CASES = {c["id"]: c for c in golden_cases()}
CALM = CASES["gradual_pain_on_stairs_and_squats_sounds_like_tendinitis"]["facts"]
INJURY = CASES["twist_with_catching_sounds_like_meniscus_tear"]["facts"]
FIRST = next_question(KB, {})
assert FIRST is not None


def facts_of(said: Said) -> dict[str, Any]:
    return dict(said.attributes["knee"]["facts"])


def ssml(said: Said, part: str = "outputSpeech") -> str:
    response = said.raw["response"]
    speech = response[part] if part == "outputSpeech" else response[part]["outputSpeech"]
    return str(speech["ssml"])


def emergency_actions(convo: Conversation) -> list[str]:
    return [convo.say(d.advice) for d in KB.dispositions.values() if d.emergency]


# --- "what?" is a request, not an answer ------------------------------------------------------


def test_saying_what_twice_at_the_first_question_repeats_it_and_never_ends_with_an_emergency() -> None:
    convo = talk()
    convo.launch()
    for _ in range(2):
        said = convo.intent("AMAZON.RepeatIntent")  # "what?", "huh", "pardon"
        assert not said.ended and said.speech == convo.say(FIRST.text), "the question again, nothing else"
        assert said.attributes["knee"]["facts"] == {} and said.attributes["knee"]["misses"] == 0


def test_what_heard_as_fallback_three_times_at_the_first_question_never_says_call_now(
    phrase: Callable[..., str],
) -> None:
    convo = talk()
    convo.launch()
    for _ in range(3):
        said = convo.intent("AMAZON.FallbackIntent")
    assert not said.ended and said.speech.startswith(phrase("unclear_moving_on")), said.speech
    for action in emergency_actions(convo):
        assert not said.speech.startswith(action), f"no emergency the person never described: {said.speech}"
    assert facts_of(said)[FIRST.id] == "unclear", "the screen is left unclear: not yes, not no"


def test_an_unclear_gate_screen_still_asks_each_screen_behind_it() -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "leg_signs")
    for _ in range(3):
        said = convo.intent("AMAZON.FallbackIntent")
    asked = convo.asked(said)
    assert asked is not None and asked.phase == "red_flag" and asked.id != "leg_signs", (
        f"a leg-signs answer never understood opens each leg screen, cautiously: {said.speech}"
    )
    assert facts_of(said)["leg_signs"] == "unclear"


def test_a_choice_question_missed_twice_is_taken_as_dont_know_and_its_choices_are_offered_first(
    phrase: Callable[..., str],
) -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "onset")
    onset = KB.questions["onset"]
    first = convo.intent("AMAZON.FallbackIntent")
    assert first.speech.startswith(phrase("not_understood")) and first.speech.endswith("?"), first.speech
    assert first.speech.split(". ", 1)[1].startswith("Which one:"), "the simplest form: its choices"
    second = convo.intent("AMAZON.FallbackIntent")
    assert facts_of(second)["onset"] == "unknown" and second.speech.startswith(phrase("move_on"))
    assert facts_of(second)[onset.id] != "unclear", "only red-flag screens are left unclear"


# --- go back, already told you ----------------------------------------------------------------


def test_go_back_takes_back_the_last_answer_and_asks_that_question_again(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    second = convo.no()
    asked = convo.asked(second)
    assert asked is not None and asked != FIRST
    back = convo.intent("GoBackIntent")
    assert back.speech.startswith(phrase("going_back")) and convo.asked(back) == FIRST, back.speech
    assert facts_of(back) == {}, "the answer is taken back"
    again = convo.yes()
    assert again.ended, "the corrected answer counts: yes to the first screen is its emergency"


def test_go_back_undoes_a_whole_over_answer_at_once() -> None:
    convo = talk()
    convo.launch()
    said = convo.answer(onset=Matched("gradual"), location=Matched("behind_knee"))
    assert said.attributes["knee"]["unasked"] == ["location", "onset"], "said to the chest screen, unasked"
    back = convo.intent("GoBackIntent")
    assert facts_of(back) == {} and back.attributes["knee"]["unasked"] == [], back.attributes["knee"]


def test_go_back_at_the_first_question_says_there_is_nothing_to_undo(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    said = convo.intent("GoBackIntent")
    assert said.speech.startswith(phrase("nothing_to_undo")) and convo.asked(said) == FIRST, said.speech


def test_go_back_after_the_advice_reopens_the_last_question() -> None:
    convo = talk()
    convo.launch()
    advice = convo.play(CALM)
    assert not advice.ended
    back = convo.intent("GoBackIntent")
    assert convo.asked(back) is not None and not back.ended, back.speech
    assert len(facts_of(back)) == len(facts_of(advice)) - 1


def test_i_already_told_you_apologises_asks_again_simply_and_is_not_a_miss(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    said = convo.intent("AlreadySaidIntent")
    assert said.speech.startswith(phrase("already_said")) and convo.asked(said) == FIRST, said.speech
    assert said.attributes["knee"]["misses"] == 0 and facts_of(said) == {}


# --- speech rate --------------------------------------------------------------------------------


def test_slower_slows_every_following_turn_including_reprompts_and_faster_undoes_it(
    phrase: Callable[..., str],
) -> None:
    convo = talk()
    launch = convo.launch()
    assert "prosody" not in ssml(launch), "normal rate by default"
    slow = convo.intent("SlowerIntent")
    assert slow.speech.startswith(phrase("slower")) and convo.asked(slow) == FIRST, slow.speech
    assert '<prosody rate="85%">' in ssml(slow) and '<prosody rate="85%">' in ssml(slow, "reprompt")
    later = convo.no()
    assert '<prosody rate="85%">' in ssml(later), "the rate holds for what follows"
    convo.intent("SlowerIntent")
    slowest = convo.intent("SlowerIntent")
    assert slowest.speech.startswith(phrase("slowest")) and '<prosody rate="70%">' in ssml(slowest)
    for _ in range(2):
        back = convo.intent("FasterIntent")
    assert back.speech.startswith(phrase("faster")) and "prosody" not in ssml(back), ssml(back)


def test_the_speech_rate_holds_for_the_emergency_ending_too() -> None:
    convo = talk()
    convo.launch()
    convo.intent("SlowerIntent")
    said = convo.yes()
    assert said.ended and '<prosody rate="85%">' in ssml(said), ssml(said)


def test_help_mentions_slower_and_faster_once(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    first = convo.intent("AMAZON.HelpIntent")
    assert "slower or faster" in first.speech and first.speech.startswith(phrase("help"))
    assert convo.intent("AMAZON.RepeatIntent").speech == first.speech, "repeat says the same help again"
    second = convo.intent("AMAZON.HelpIntent")
    assert "slower or faster" not in second.speech, second.speech
    assert second.speech.startswith(phrase("answer_forms_yes_no")), "then only what can be said now"


# --- over-answers and yes or no to a choice -----------------------------------------------------


def test_a_volunteered_clot_sign_counts_at_once_exactly_as_if_its_screen_were_answered_yes() -> None:
    convo = talk()
    convo.launch()
    said = convo.answer(symptom=Matched("calf_swollen", "no but my calf is swollen"))
    assert facts_of(said)["calf_swollen"] == "yes", "the volunteered sign is kept"
    expected = evaluate(KB, {"calf_swollen": "yes"})
    assert not expected.assessment.emergency and expected.question is not None
    assert convo.asked(said) == expected.question, "the interview goes on exactly as after a yes to its screen"


def test_a_volunteered_emergency_sign_at_another_screen_fires_at_once() -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "leg_signs")
    said = convo.answer(symptom=Matched("chest_symptoms", "no but I have chest pain"))
    expected = evaluate(KB, {**facts_of(convo.history[-2]), "chest_symptoms": "yes"}).assessment
    assert said.ended and expected.emergency_advice is not None, said.speech
    assert said.speech.startswith(convo.say(expected.emergency_advice)), f"the emergency first: {said.speech}"


def test_yes_to_a_choice_question_asks_which_one(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "onset")
    said = convo.yes()
    onset = KB.questions["onset"]
    listed = ", ".join(convo.say(v.say) for v in onset.values[:-1])
    assert said.speech == phrase("which_one", choices=f"{listed}, or {convo.say(onset.values[-1].say)}"), said.speech
    assert "onset" not in facts_of(said), "yes is not a choice"
    answered = convo.answer(onset=Matched("gradual"))
    assert facts_of(answered)["onset"] == "gradual"


def test_no_to_a_choice_without_a_none_value_asks_which_one_rather_than_guessing(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "worse_with")
    said = convo.no()
    assert "worse_with" not in facts_of(said) and said.speech.startswith("Which one:"), said.speech


def test_none_of_those_to_a_yes_no_screen_is_not_stored_as_any_answer(phrase: Callable[..., str]) -> None:
    convo = talk()
    convo.launch()
    said = convo.answer(knee_mechanics=Matched("none", "none of those"))
    assert facts_of(said) == {}, f"'none of those' answers nothing here: {facts_of(said)}"
    assert said.speech.startswith(phrase("no_match")) and convo.asked(said) == FIRST


def test_none_of_those_still_answers_its_own_question() -> None:
    convo = talk()
    convo.launch()
    convo.until(INJURY, "knee_mechanics")
    said = convo.answer(knee_mechanics=Matched("none", "none of those"))
    assert facts_of(said)["knee_mechanics"] == "none"


def test_a_one_shot_launch_keeps_its_facts_and_is_not_asked_them_again() -> None:
    convo = talk()
    said = convo.intent("DescribePainIntent", location=Matched("behind_knee"), onset=Matched("gradual"))
    assert facts_of(said) == {"location": "behind_knee", "onset": "gradual"}
    convo.play(CALM)
    asked = [q.id for q in (convo.asked(s) for s in convo.history) if q is not None]
    assert "location" not in asked and "onset" not in asked, asked


def test_which_one_costs_no_miss_so_one_unclear_answer_after_it_is_not_yet_i_dont_know(
    phrase: Callable[..., str],
) -> None:
    convo = talk()
    convo.launch()
    convo.until(CALM, "onset")
    convo.yes()
    said = convo.intent("AMAZON.FallbackIntent")
    assert "onset" not in facts_of(said) and said.attributes["knee"]["misses"] == 1, said.speech
    again = convo.yes()
    assert facts_of(again).get("onset") == "unknown", "only the first Which one is free: no question for ever"


def test_a_corrected_earlier_answer_is_not_counted_as_said_unasked() -> None:
    """Correcting an answer the skill asked for ("oh, and it's ten days, not five") keeps it
    counted as an answer, so the interview's cap still holds."""
    convo = talk()
    convo.launch()
    facts = CASES["gradual_pain_on_stairs_and_squats_sounds_like_tendinitis"]["facts"]
    said = convo.until(facts, "serious_signs")
    assert facts_of(said)["duration_days"] == facts["duration_days"]
    said = convo.answer(duration=Raw("P10D"))
    assert facts_of(said)["duration_days"] == 10
    assert "duration_days" not in said.attributes["knee"]["unasked"], said.attributes["knee"]
