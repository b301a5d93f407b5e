"""Whole conversations driven by UTTERANCE, through the interaction model, with Bespoken's
virtual-alexa (npm): the model is tested as Alexa uses it. virtual-alexa matches each typed
utterance against interaction_model/en-US.json's samples and synonyms, builds the request and
POSTs it to the real Flask app (skill.serving.webservice.create_app) on a loopback port, carrying the
session attributes from each response into the next request.

Signature and timestamp verification are off for this app only (virtual-alexa does not sign);
the web-service tests cover verification. node_modules is installed here with ``npm ci`` when
missing (a fresh clone); the test is skipped only when node or npm is not installed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "tests" / "virtual_alexa"
MODEL = ROOT / "interaction_model" / "en-US.json"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason="node and npm are needed to run Bespoken's virtual-alexa (tests/virtual_alexa)",
)


@pytest.fixture(scope="module")
def virtual_alexa():
    if not (PROJECT / "node_modules" / "virtual-alexa").is_dir():
        result = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=PROJECT, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, f"npm ci failed in {PROJECT}:\n{result.stderr[-2000:]}"
    return PROJECT


@pytest.fixture(scope="module")
def skill_url():
    from werkzeug.serving import make_server

    from skill.serving.config import ServeConfig
    from skill.serving.webservice import create_app

    app = create_app(config=ServeConfig(verify_signature=False, verify_timestamp=False))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def converse(virtual_alexa, skill_url, tmp_path, *conversations):
    steps = tmp_path / "steps.json"
    steps.write_text(json.dumps([list(c) for c in conversations]), encoding="utf-8")
    result = subprocess.run(
        ["node", "converse.js", str(MODEL), skill_url, str(steps)],
        cwd=virtual_alexa,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"virtual-alexa failed:\n{result.stderr[-3000:]}"
    return json.loads(result.stdout)


def test_launch_screens_red_flags_first_and_no_moves_on(virtual_alexa, skill_url, tmp_path):
    (turns,) = converse(virtual_alexa, skill_url, tmp_path, ["launch", "no", "nope"])
    launch = turns[0]
    assert "911" in launch["speech"].split(".")[0], f"the safety line with 911 comes first: {launch['speech']}"
    assert launch["speech"].endswith("?") and launch["reprompt"] and launch["shouldEndSession"] is False
    screens = ("chest pain", "leg", "cold", "hot")
    assert any(s in launch["speech"].lower() for s in screens), (
        f"first question is a red-flag screen: {launch['speech']}"
    )
    for turn in turns[1:]:
        assert turn["request"]["intent"] == "AMAZON.NoIntent", turn
        assert turn["speech"].endswith("?") and turn["shouldEndSession"] is False, turn
    assert len({t["speech"] for t in turns}) == len(turns), "each no moves on to a new question"


def test_yes_to_the_leg_signs_asks_each_leg_screen_then_moves_on(virtual_alexa, skill_url, tmp_path):
    (turns,) = converse(virtual_alexa, skill_url, tmp_path, ["launch", "no", "yes", "no", "no", "no"])
    for turn, words in zip(turns[2:5], ("cold", "swollen", "hot"), strict=False):
        assert words in turn["speech"].lower() and not turn["shouldEndSession"], f"expected the {words} screen: {turn}"
    assert "start" in turns[-1]["speech"].lower() and not turns[-1]["shouldEndSession"], (
        f"no to every leg screen moves on to how it started: {turns[-1]['speech']}"
    )


def test_red_flag_yes_gives_emergency_advice_first_and_ends(virtual_alexa, skill_url, tmp_path):
    (turns,) = converse(virtual_alexa, skill_url, tmp_path, ["launch", "yes"])
    emergency = turns[-1]
    assert emergency["request"]["intent"] == "AMAZON.YesIntent"
    first_two = " ".join(emergency["speech"].split(".")[:2])
    assert "911" in first_two, f"emergency advice with 911 comes first: {emergency['speech']}"
    assert emergency["shouldEndSession"] is True


def test_utterances_resolve_to_kb_ids_through_the_model(virtual_alexa, skill_url, tmp_path):
    (turns,) = converse(
        virtual_alexa,
        skill_url,
        tmp_path,
        [
            "I have a lump behind my knee",
            "it's behind the knee",
            "stairs and squatting make it worse",
            "it started suddenly when I twisted it",
            "two weeks",
            "I'm 42",
            "blah blah",
            "help",
            "repeat",
            "stop",
        ],
    )
    sent = {t["said"]: t["request"] for t in turns}
    assert sent["I have a lump behind my knee"] == {
        "type": "IntentRequest",
        "intent": "DescribePainIntent",
        "slots": {"symptom": "lump"},
    }
    assert sent["it's behind the knee"]["slots"] == {"location": "behind_knee"}
    assert sent["stairs and squatting make it worse"]["slots"] == {
        "worse_with": "stairs",
        "worse_with_two": "squatting",
    }
    # (no carrier holds "... and now it {knee_mechanics}": the "now" reaches the skill with the words)
    assert sent["it started suddenly when I twisted it"]["slots"] == {"onset": "sudden", "mechanism": "twist"}
    assert sent["two weeks"]["slots"] == {"duration": "P2W"}
    assert sent["I'm 42"]["slots"] == {"age": "42"}
    assert sent["blah blah"]["intent"] == "AMAZON.FallbackIntent"
    assert sent["help"]["intent"] == "AMAZON.HelpIntent" and sent["repeat"]["intent"] == "AMAZON.RepeatIntent"
    by_said = {t["said"]: t for t in turns}
    assert "911" in by_said["I have a lump behind my knee"]["speech"], "a one-shot start still opens with safety"
    assert by_said["repeat"]["speech"] == by_said["help"]["speech"], "repeat says the last thing again, exactly"
    assert turns[-1]["said"] == "stop" and turns[-1]["shouldEndSession"] is True


def test_requests_that_are_not_answers_through_the_model(virtual_alexa, skill_url, tmp_path):
    """ "what?" twice at the first screen repeats it (never an emergency); "slower", "go back",
    "why does that matter" and "I already told you" reach their intents and keep the interview going.
    ("why do you ask" is in the model too, but virtual-alexa takes any utterance with "ask" in it for
    a launch phrase, "ask <invocation name>", so it is not sent here.)"""
    (turns,) = converse(
        virtual_alexa,
        skill_url,
        tmp_path,
        ["launch", "what", "huh", "no", "slower", "go back", "why does that matter", "I already told you", "no"],
    )
    by_said = {t["said"]: t for t in turns}
    first = turns[0]["speech"].split(". ")[-1]
    for said in ("what", "huh"):
        assert by_said[said]["request"]["intent"] == "AMAZON.RepeatIntent", by_said[said]
        assert by_said[said]["speech"] == first and by_said[said]["shouldEndSession"] is False
    expected = {
        "slower": "SlowerIntent",
        "go back": "GoBackIntent",
        "why does that matter": "WhyIntent",
        "I already told you": "AlreadySaidIntent",
    }
    for said, intent in expected.items():
        assert by_said[said]["request"].get("intent") == intent, by_said[said]
        assert by_said[said]["shouldEndSession"] is False, by_said[said]
    assert by_said["go back"]["speech"].endswith(first), "go back asks the first screen again"
    assert turns[-1]["speech"].endswith("?") and turns[-1]["shouldEndSession"] is False, turns[-1]


def test_an_over_answer_with_a_clot_sign_keeps_it(virtual_alexa, skill_url, tmp_path):
    """'No, but my calf is swollen' to the chest question: the no is not all that was said. The
    swollen calf is kept (the kb then checks the leg and asks no more about the chest), and from
    then on the fallback advice is a doctor today, not home care."""
    (turns,) = converse(virtual_alexa, skill_url, tmp_path, ["launch", "no, but my calf is swollen"])
    said = turns[-1]
    assert said["request"]["intent"] == "AnswerIntent", said
    assert said["request"]["slots"] == {"reply": "no", "symptom": "calf_swollen"}, said["request"]
    assert said["speech"] != turns[0]["speech"] and said["shouldEndSession"] is False, said
    assert "calf" not in said["speech"].lower(), f"the calf is not asked about again: {said['speech']}"
    assert "doctor today" in said["reprompt"].lower(), f"the swollen calf raised the step: {said['reprompt']}"


def test_none_of_those_to_a_yes_no_question_is_a_no(virtual_alexa, skill_url, tmp_path):
    (turns,) = converse(virtual_alexa, skill_url, tmp_path, ["launch", "none of those"])
    said = turns[-1]
    assert said["request"]["intent"] == "AMAZON.NoIntent", said["request"]
    assert said["shouldEndSession"] is False and said["speech"] != turns[0]["speech"], "a no moves on"


def test_a_one_shot_with_a_clot_sign_keeps_it(virtual_alexa, skill_url, tmp_path):
    """'Ask knee pain guide about my swollen calf': the request arrives as the session's first
    intent, the swollen calf counts from the first word, and the chest screen still comes first."""
    (turns,) = converse(virtual_alexa, skill_url, tmp_path, ["about my swollen calf", "yes"])
    said = turns[0]
    assert said["request"]["slots"] == {"symptom": "calf_swollen"}, said["request"]
    assert "911" in said["speech"] and said["shouldEndSession"] is False, said["speech"]
    assert "doctor today" in said["reprompt"].lower(), f"the swollen calf raised the step: {said['reprompt']}"
    assert turns[1]["shouldEndSession"] is True and turns[1]["speech"].startswith("Call 911 now"), turns[1]


def test_a_no_with_neutral_words_moves_on_and_unknown_words_ask_again(virtual_alexa, skill_url, tmp_path):
    """'No no, everything is good' is a no understood from its parts ({denial}). 'Nah, my calf is
    enormous' is not a no: virtual-alexa finds no sample (a device may fill {denial} with words no
    value knows, which the slot reader counts as a miss), and the skill asks again."""
    good, unclear = converse(
        virtual_alexa,
        skill_url,
        tmp_path,
        ["launch", "no no everything is good"],
        ["launch", "nah my calf is enormous"],
    )
    assert good[1]["request"] == {"type": "IntentRequest", "intent": "AnswerIntent", "slots": {"denial": "said"}}
    assert good[1]["speech"] != good[0]["speech"] and "chest" not in good[1]["speech"].lower(), good[1]
    assert unclear[1]["request"]["intent"] != "AMAZON.NoIntent", unclear[1]["request"]
    assert unclear[1]["shouldEndSession"] is False, unclear[1]
    assert unclear[1]["speech"] != good[1]["speech"], "no 'no' was stored: it does not move on to the next question"


def test_the_catch_all_reaches_the_skill_and_words_it_cannot_place_are_asked_again(virtual_alexa, skill_url, tmp_path):
    """AnswerIntent's bare {answer_text} sample: virtual-alexa fills it only with a listed FREE_ANSWER
    value (a device takes any words), the skill reads nothing it can place in them, and the turn is a
    miss re-asked exactly as the fallback is, never a stored answer."""
    caught, fallback = converse(
        virtual_alexa,
        skill_url,
        tmp_path,
        ["launch", "it's hard to describe"],
        ["launch", "what's the weather like in paris"],
    )
    assert caught[1]["request"]["intent"] == "AnswerIntent" and list(caught[1]["request"]["slots"]) == ["answer_text"]
    assert fallback[1]["request"]["intent"] == "AMAZON.FallbackIntent", fallback[1]["request"]
    assert caught[1]["speech"] == fallback[1]["speech"] and not caught[1]["shouldEndSession"], caught[1]
