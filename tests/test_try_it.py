"""python -m skill.devtools.try_it: real request envelopes through the skill, session attributes carried
from each response to the next request, typed lines resolved by the interaction model."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_core.skill_builder import SkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.devtools.try_it import AlexaSession, TryIt, in_process_transport, read_response, ssml_to_text
from skill.devtools.utterances import UtteranceResolver

ROOT = Path(__file__).resolve().parent.parent


class _Echo(AbstractRequestHandler):
    """Says what it received and counts turns in a session attribute."""

    def can_handle(self, handler_input):
        return True

    def handle(self, handler_input):
        request = handler_input.request_envelope.request
        attributes = handler_input.attributes_manager.session_attributes
        attributes["turns"] = attributes.get("turns", 0) + 1
        said = request.object_type
        if request.object_type == "IntentRequest":
            slots = {
                n: s.resolutions.resolutions_per_authority[0].values[0].value.id
                for n, s in (request.intent.slots or {}).items()
                if s.resolutions and s.resolutions.resolutions_per_authority[0].values
            }
            said = f"{request.intent.name} {json.dumps(slots, sort_keys=True)}"
        end = request.object_type == "IntentRequest" and request.intent.name == "AMAZON.StopIntent"
        builder = handler_input.response_builder.speak(f"turn {attributes['turns']}: {said} &amp; more")
        if not end:
            builder.ask("Say something.")
        return builder.set_should_end_session(end).response


def _echo_skill():
    builder = SkillBuilder()
    builder.add_request_handler(_Echo())
    return builder.create()


def test_envelopes_are_valid_alexa_requests_with_every_declared_slot():
    resolution = UtteranceResolver.for_locale("en-US").resolve("it's behind the knee")
    envelope = AlexaSession(locale="en-GB").intent(resolution)
    parsed = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    assert parsed.request.locale == "en-GB"
    slots = parsed.request.intent.slots
    assert set(slots) == {name for name, _ in resolution.declared_slots}, "Alexa sends every slot of the intent"
    location = slots["location"].resolutions.resolutions_per_authority[0]
    assert location.status.code.value == "ER_SUCCESS_MATCH" and location.values[0].value.id == "behind_knee"
    assert slots["onset"].value is None, "unfilled slots carry no value"


def test_session_attributes_are_carried_into_the_next_request():
    out = io.StringIO()
    session = TryIt(in_process_transport(_echo_skill()), UtteranceResolver.for_locale("en-US"), "en-US", out)
    session.run(["gradually", "it's in the calf", "stop", "yes"], echo=True)
    text = out.getvalue()
    assert "turn 1: LaunchRequest" in text, "a script that does not open the skill starts with a launch"
    assert 'turn 2: AnswerIntent {"onset": "gradual"}' in text
    assert 'turn 3: AnswerIntent {"location": "calf"}' in text, "the turn counter came back in the attributes"
    assert "turn 4: IntentRequest" not in text and "(session ended)" in text
    assert "the session has ended" in text, "lines after the end are not sent"
    assert "&amp;" not in text and "& more" in text, "SSML entities are decoded for printing"


def test_invocation_lines_start_a_new_session():
    out = io.StringIO()
    session = TryIt(in_process_transport(_echo_skill()), UtteranceResolver.for_locale("en-US"), "en-US", out)
    session.run(["Alexa, tell knee pain guide I have a lump behind my knee", "stop", "open knee pain guide"], echo=True)
    text = out.getvalue()
    assert 'turn 1: DescribePainIntent {"symptom": "lump"}' in text
    assert text.count("turn 1:") == 2, "the second invocation starts a fresh session"


def test_silence_plays_the_reprompt_then_ends_the_session():
    out = io.StringIO()
    seen = []

    def transport(envelope):
        seen.append(envelope["request"])
        return in_process_transport(_echo_skill())(envelope)

    session = TryIt(transport, UtteranceResolver.for_locale("en-US"), "en-US", out)
    session.run(["/silence", "/silence"], echo=True)
    assert "Alexa: Say something." in out.getvalue()
    assert seen[-1]["type"] == "SessionEndedRequest" and seen[-1]["reason"] == "EXCEEDED_MAX_REPROMPTS"


def test_ssml_to_text():
    assert (
        ssml_to_text('<speak>Call 911 now.<break time="300ms"/>Is it <emphasis>worse</emphasis>?</speak>')
        == "Call 911 now. Is it worse?"
    )
    assert ssml_to_text("<speak>A&amp;E</speak>") == "A&E"


def test_read_response_session_state():
    turn = read_response(
        {"response": {"outputSpeech": {"type": "SSML", "ssml": "<speak>Bye</speak>"}, "shouldEndSession": True}}
    )
    assert (turn.speech, turn.session_open) == ("Bye", False)


def _run_script(tmp_path, lines, *args):
    script = tmp_path / "visit.txt"
    script.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "skill.devtools.try_it", "--script", str(script), "--no-speak", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_script_red_flag_yes_gives_emergency_advice_and_ends(tmp_path):
    out = _run_script(tmp_path, ["# first question is a red-flag screen", "yes"])
    replies = [line for line in out.splitlines() if line.startswith("Alexa:")]
    assert "911" in replies[0], f"the launch gives the safety line with 911: {replies[0]}"
    assert replies[1].startswith("Alexa: ") and "911" in replies[1], f"emergency advice first: {replies[1]}"
    assert "(session ended)" in out


def test_script_in_en_gb_uses_999_and_one_shot_start(tmp_path):
    out = _run_script(
        tmp_path,
        ["Alexa, ask knee pain guide why the back of my knee hurts", "no", "help", "stop"],
        "--locale",
        "en-GB",
    )
    assert "[one-shot: DescribePainIntent]" in out
    assert "999" in out and "911" not in out
    assert "[AMAZON.HelpIntent]" in out and "(session ended)" in out
