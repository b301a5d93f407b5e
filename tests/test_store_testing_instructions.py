"""skill.json's testing instructions and example phrases come from walk-throughs played through the
real skill, so a certification reviewer never follows steps the skill no longer fits."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from kb import LOCALES
from skill.devtools.testing_instructions import (
    WalkthroughError,
    generate,
    load_walkthroughs,
    main,
    play,
    with_instructions,
)
from skill.devtools.try_it import TryIt, in_process_transport
from skill.devtools.utterances import FALLBACK, UtteranceResolver, one_shot_candidates, parse_invocation

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def transport():
    return in_process_transport()


@pytest.fixture(scope="module")
def skill_json():
    return json.loads((ROOT / "skill.json").read_text(encoding="utf-8"))


def test_skill_json_holds_what_the_walkthroughs_generate(kb, skill_json):
    instructions, phrases = generate(kb)
    assert skill_json == with_instructions(skill_json, instructions, phrases), (
        "stale: run python -m skill.devtools.testing_instructions and commit skill.json"
    )
    assert main(["--check"]) == 0


@pytest.mark.parametrize("locale", LOCALES)
def test_every_walkthrough_reaches_its_advice_in_every_locale(kb, transport, locale):
    _phrases, walkthroughs = load_walkthroughs()
    reached = set()
    for walkthrough in walkthroughs:
        played = play(walkthrough, locale, kb, transport)
        assert len(played.turns) == len(walkthrough.says) + len(walkthrough.after) + 1, "one answer per line"
        reached.add(walkthrough.reaches)
    assert {"emergency_call", "self_care", "see_doctor"} <= reached, "the reviewer hears each kind of ending"


def test_the_instructions_quote_the_questions_the_skill_asks(kb, transport, skill_json):
    text = skill_json["manifest"]["publishingInformation"]["testingInstructions"]
    _phrases, walkthroughs = load_walkthroughs()
    home_care = next(w for w in walkthroughs if w.reaches == "self_care")
    for turn in play(home_care, "en-US", kb, transport).turns[:-1]:
        last_sentence = re.split(r"(?<=[.?!]) ", turn.speech)[-1]
        assert f'{last_sentence}" Say' in text, last_sentence
    assert "call 911" in text.lower()


def test_the_instructions_walk_to_the_reminder_offer_and_name_its_permission(kb, transport, skill_json):
    text = skill_json["manifest"]["publishingInformation"]["testingInstructions"]
    scope = "alexa::alerts:reminders:skill:readwrite"
    assert scope in {p["name"] for p in skill_json["manifest"]["permissions"]} and scope in text
    _phrases, walkthroughs = load_walkthroughs()
    for walkthrough in (w for w in walkthroughs if w.reaches in ("self_care", "see_doctor")):
        offer = play(walkthrough, "en-US", kb, transport).turns[-2]
        assert offer.speech.startswith("Would you like me to remind you in"), offer.speech
        assert f'Alexa asks "{offer.speech}" Say "no". The session ends.' in text


def test_a_walkthrough_that_no_longer_fits_is_refused(kb, transport):
    _phrases, walkthroughs = load_walkthroughs()
    home_care = next(w for w in walkthroughs if w.reaches == "self_care")
    with pytest.raises(WalkthroughError, match="not the see_doctor advice"):
        play(replace(home_care, reaches="see_doctor"), "en-US", kb, transport)
    with pytest.raises(WalkthroughError, match="session ended before"):
        play(replace(home_care, says=("yes", "no")), "en-US", kb, transport)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_example_phrase_is_understood_and_answered_with_a_question(skill_json, transport, locale):
    resolver = UtteranceResolver.for_locale(locale)
    phrases = skill_json["manifest"]["publishingInformation"]["locales"][locale]["examplePhrases"]
    for phrase in phrases:
        invocation = parse_invocation(phrase, resolver.invocation_name)
        assert invocation is not None, f"{locale}: {phrase!r} does not name the invocation"
        if not invocation.launch:
            intents = {resolver.resolve(c).intent for c in one_shot_candidates(invocation.request)}
            assert intents - {FALLBACK}, f"{locale}: {phrase!r} matches no sample of the model"
        session = TryIt(transport, resolver, locale, io.StringIO(), show_intents=False)
        session.handle(phrase)
        assert session.last is not None and session.last.session_open and session.last.speech.endswith("?"), (
            f"{locale}: {phrase!r} should start the interview"
        )
