"""python -m skill.devtools.try_it reads and writes the ASK CLI's ``ask dialog --replay`` file, so a
conversation scripted locally replays unchanged against the deployed skill."""

from __future__ import annotations

import io
import json

import pytest

from skill.devtools.try_it import ReplayError, main, read_replay, replay_json

SKILL_ID = "amzn1.ask.skill.12345678-1234-1234-1234-123456789012"


def test_a_script_is_recorded_in_the_ask_cli_format(tmp_path):
    script = tmp_path / "visit.txt"
    script.write_text("# a home-care visit\nno\nno\nit came on gradually\n", encoding="utf-8")
    record = tmp_path / "visit.json"
    out, err = io.StringIO(), io.StringIO()
    code = main(["--script", str(script), "--record", str(record), "--skill-id", SKILL_ID, "--no-speak"], out, err)
    assert code == 0, err.getvalue()
    assert json.loads(record.read_text(encoding="utf-8")) == {
        "skillId": SKILL_ID,
        "locale": "en-US",
        "type": "text",
        "userInput": ["open knee pain guide", "no", "no", "it came on gradually", ".quit"],
    }


def test_a_recording_replays_to_the_same_conversation(tmp_path):
    script = tmp_path / "visit.txt"
    script.write_text("no\nno\nit came on gradually\nbehind the knee\n", encoding="utf-8")
    record = tmp_path / "visit.json"
    scripted = io.StringIO()
    assert main(["--script", str(script), "--record", str(record), "--locale", "en-GB", "--no-speak"], scripted) == 0
    replayed = io.StringIO()
    assert main(["--replay", str(record), "--no-speak"], replayed) == 0
    assert replayed.getvalue().removesuffix("you> /quit\n") == scripted.getvalue(), "the same turns, word for word"
    assert "999" in replayed.getvalue(), "the replay file's locale (en-GB) is used"


def test_an_ask_cli_recording_is_played(tmp_path):
    recorded = tmp_path / "from-ask.json"
    recorded.write_text(
        json.dumps(
            {
                "skillId": SKILL_ID,
                "locale": "en-AU",
                "type": "text",
                "userInput": ["open knee pain guide", "yes", ".quit"],
            }
        ),
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["--replay", str(recorded), "--no-speak", "--hide-intents"], out) == 0
    assert "Call 000 now" in out.getvalue()
    assert read_replay(recorded).lines == ("open knee pain guide", "yes", "/quit")


@pytest.mark.parametrize(
    "content, problem",
    [
        ("not json", "cannot read"),
        ({"skillId": SKILL_ID, "locale": "en-US", "type": "voice", "userInput": ["hi"]}, '"type": "text"'),
        ({"skillId": SKILL_ID, "locale": "en-US", "type": "text", "userInput": []}, "non-empty list"),
        ({"skillId": SKILL_ID, "locale": "de-DE", "type": "text", "userInput": ["hallo"]}, "locale must be one of"),
        ({"skillId": SKILL_ID, "locale": "en-US", "type": "text", "userInput": [".record x.json"]}, "does not play"),
    ],
)
def test_a_file_the_ask_cli_would_not_play_is_refused_clearly(tmp_path, content, problem):
    path = tmp_path / "bad.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    with pytest.raises(ReplayError, match=problem):
        read_replay(path)
    err = io.StringIO()
    assert main(["--replay", str(path), "--no-speak"], io.StringIO(), err) == 2
    assert problem.split('"')[0] in err.getvalue()


def test_a_line_the_ask_cli_cannot_say_is_not_recorded():
    with pytest.raises(ReplayError, match="/silence"):
        replay_json(SKILL_ID, "en-US", ["no", "/silence"], "knee pain guide")
    assert replay_json(
        SKILL_ID, "en-US", ["ask knee pain guide why my knee hurts", "/quit", "ignored"], "knee pain guide"
    )["userInput"] == ["ask knee pain guide why my knee hurts", ".quit"]


def test_recording_with_the_placeholder_skill_id_says_so(tmp_path, monkeypatch):
    monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    script = tmp_path / "s.txt"
    script.write_text("no\n", encoding="utf-8")
    err = io.StringIO()
    assert main(["--script", str(script), "--record", str(tmp_path / "r.json"), "--no-speak"], io.StringIO(), err) == 0
    assert "--skill-id" in err.getvalue()
