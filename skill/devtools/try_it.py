"""Talk to the skill from a terminal, without an Amazon account or a device.

    python -m skill.devtools.try_it                      # type what you would say; Ctrl-D or /quit to leave
    python -m skill.devtools.try_it --locale en-GB       # the UK wording (999, A&E, NHS 111)
    python -m skill.devtools.try_it --script visit.txt   # replay typed lines (clinician review, tests)
    python -m skill.devtools.try_it --ask "why does the back of my knee hurt"   # a one-shot start
    python -m skill.devtools.try_it --url http://127.0.0.1:5000/                # a running web service
    python -m skill.devtools.try_it --script visit.txt --record visit.json  # also write an ASK CLI replay file
    python -m skill.devtools.try_it --replay visit.json                      # play an `ask dialog --replay` file

Every turn is a real Alexa request envelope (LaunchRequest, IntentRequest, SessionEndedRequest)
sent through the same skill that production serves (``skill.skill_builder.build_skill()``, in
this process, or over HTTP with ``--url`` to a server started with verification off). Typed
sentences become intents and slots through the interaction model's own sample utterances and
synonyms (``skill/devtools/utterances.py``); the session attributes of each response go into the next
request, as Alexa does. The speech is printed without its SSML, with the reprompt and the card,
and spoken aloud when ``espeak-ng`` is installed (``--speak`` / ``--no-speak``).

In a script, blank lines and lines starting with ``#`` are skipped, and:

    open knee pain guide                          start a session (also: "Alexa, open ...")
    ask knee pain guide <something>               a one-shot start
    /silence                                      say nothing: Alexa speaks the reprompt; twice
                                                  in a row ends the session, as on a device
    /quit                                         leave (also Ctrl-D or the end of the script)

A script whose first line is not an invocation starts with "open knee pain guide".
Nothing typed is stored or logged.

The ASK CLI's ``ask dialog --replay FILE`` plays a JSON file against the deployed skill:
``{"skillId": ..., "locale": ..., "type": "text", "userInput": [lines]}``, the same file its
``.record`` command writes. ``--record FILE`` writes the lines of this session in that format
(opening with the invocation, ending with ``.quit``), and ``--replay FILE`` plays one here, so a
conversation scripted locally runs unchanged on Amazon's simulator (docs/ask-cli.md).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kb import LOCALES
from skill.devtools import envelopes
from skill.devtools.utterances import Resolution, UtteranceResolver, parse_invocation

DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-4000-8000-00000000try1"
USER_ID = "amzn1.ask.account.TRY-IT-LOCALLY"
DEVICE_ID = "amzn1.ask.device.TRY-IT-LOCALLY"
ESPEAK_VOICES = {"en-US": "en-us", "en-CA": "en-us", "en-GB": "en-gb", "en-AU": "en-gb", "en-IN": "en-gb"}

Transport = Callable[[dict[str, Any]], dict[str, Any]]


class SkillFailed(RuntimeError):
    """The skill (or the server in front of it) did not answer a request properly."""


# --- the ASK CLI's replay file -----------------------------------------------------------------

REPLAY_TYPE = "text"
ASK_QUIT = ".quit"


class ReplayError(ValueError):
    """A replay file the ASK CLI would not play, or a line it has no way to say."""


@dataclass(frozen=True)
class ReplayFile:
    skill_id: str
    locale: str
    lines: tuple[str, ...]  # as try_it takes them: ".quit" becomes "/quit"


def read_replay(path: Path) -> ReplayFile:
    """Read an ``ask dialog --replay`` file; raise ReplayError naming what is wrong."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ReplayError(f"cannot read {path}: {error}") from None
    if not isinstance(raw, dict) or raw.get("type") != REPLAY_TYPE:
        raise ReplayError(f'{path}: an ASK CLI replay file has "type": "{REPLAY_TYPE}"')
    user_input = raw.get("userInput")
    if not isinstance(user_input, list) or not user_input or not all(isinstance(u, str) for u in user_input):
        raise ReplayError(f"{path}: userInput must be a non-empty list of sentences")
    locale = raw.get("locale")
    if locale not in LOCALES:
        raise ReplayError(f"{path}: locale must be one of {', '.join(LOCALES)}, not {locale!r}")
    lines = []
    for line in user_input:
        text = line.strip()
        if text == ASK_QUIT:
            lines.append("/quit")
        elif text.startswith("."):
            raise ReplayError(f"{path}: {text!r} is an ASK CLI command try_it does not play")
        else:
            lines.append(text)
    return ReplayFile(str(raw.get("skillId") or ""), locale, tuple(lines))


def replay_json(skill_id: str, locale: str, lines: Iterable[str], invocation_name: str) -> dict[str, Any]:
    """The typed lines as an ``ask dialog --replay`` file: opened with the invocation, closed with .quit."""
    user_input: list[str] = []
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if text in ("/quit", "/exit"):
            break
        if text.startswith("/"):
            raise ReplayError(f"{text!r} has no equivalent in the ASK CLI's dialog; leave it out of a recording")
        if not user_input and parse_invocation(text, invocation_name) is None:
            user_input.append(f"open {invocation_name}")
        user_input.append(text)
    return {"skillId": skill_id, "locale": locale, "type": REPLAY_TYPE, "userInput": [*user_input, ASK_QUIT]}


def ssml_to_text(ssml: str) -> str:
    """What a listener hears, as plain text: tags dropped, entities decoded, spacing tidied."""
    text = re.sub(r"<break[^>]*/?>", " ", ssml or "")
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,.?!;:])", r"\1", text)


def slot_json(name: str, resolution: Resolution, skill_id: str) -> dict[str, Any]:
    """One slot as Alexa writes it in an IntentRequest (unfilled slots carry only their name)."""
    filled = resolution.slots.get(name)
    if filled is None:
        return envelopes.slot(name)
    return envelopes.slot(
        name,
        filled.value,
        status=filled.status,
        resolved_id=filled.resolved_id,
        resolved_name=filled.resolved_name,
        authority=f"amzn1.er-authority.echo-sdk.{skill_id}.{filled.slot_type}",
    )


@dataclass
class AlexaSession:
    """Builds the request envelopes of one conversation, as Alexa would send them."""

    locale: str = "en-US"
    skill_id: str = DEFAULT_SKILL_ID
    session_id: str = field(default_factory=lambda: f"amzn1.echo-api.session.{uuid.uuid4()}")
    attributes: dict[str, Any] = field(default_factory=dict)
    new: bool = True

    def envelope(self, request: dict[str, Any]) -> dict[str, Any]:
        return envelopes.envelope(
            request,
            skill_id=self.skill_id,
            locale=self.locale,
            session_id=self.session_id,
            new=self.new,
            attributes=self.attributes,
            user_id=USER_ID,
            device_id=DEVICE_ID,
        )

    def launch(self) -> dict[str, Any]:
        return self.envelope(envelopes.launch_request())

    def intent(self, resolution: Resolution) -> dict[str, Any]:
        slots = {name: slot_json(name, resolution, self.skill_id) for name, _type in resolution.declared_slots}
        return self.envelope(envelopes.intent_request(resolution.intent, slots))

    def ended(self, reason: str = "USER_INITIATED") -> dict[str, Any]:
        return self.envelope(envelopes.session_ended_request(reason))

    def absorb(self, response_envelope: dict[str, Any]) -> None:
        """Carry the response's session attributes into the next request, as Alexa does."""
        self.new = False
        self.attributes = dict(response_envelope.get("sessionAttributes") or {})


def in_process_transport(skill: Any = None) -> Transport:
    """Send envelopes through ``build_skill()`` in this process, as JSON both ways."""
    from ask_sdk_core.serialize import DefaultSerializer
    from ask_sdk_model import RequestEnvelope

    if skill is None:
        from skill.skill_builder import build_skill

        skill = build_skill()
    serializer = DefaultSerializer()

    def send(envelope: dict[str, Any]) -> dict[str, Any]:
        request_envelope = serializer.deserialize(json.dumps(envelope), RequestEnvelope)
        response = skill.invoke(request_envelope=request_envelope, context=None)
        payload: dict[str, Any] = json.loads(json.dumps(serializer.serialize(response)))
        return payload

    return send


def http_transport(url: str, timeout: float = 10.0) -> Transport:
    """POST envelopes to a running web service (started with signature checks off)."""

    def send(envelope: dict[str, Any]) -> dict[str, Any]:
        data = json.dumps(envelope).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                payload: dict[str, Any] = json.loads(reply.read().decode("utf-8"))
                return payload
        except urllib.error.HTTPError as error:
            hint = (
                " (start it with ASK_SDK_VERIFY_SIGNATURE=false ASK_SDK_VERIFY_TIMESTAMP=false)"
                if error.code == 400
                else ""
            )
            raise SkillFailed(f"{url} answered HTTP {error.code}{hint}") from None
        except (urllib.error.URLError, OSError) as error:
            raise SkillFailed(f"cannot reach {url}: {error}") from None

    return send


class Speaker:
    """Speaks text with espeak-ng when asked to and when it is installed."""

    def __init__(self, enabled: bool, locale: str, err: TextIO):
        self.program = shutil.which("espeak-ng") if enabled else None
        self.voice = ESPEAK_VOICES.get(locale, "en")
        if enabled and not self.program:
            print("(espeak-ng is not installed: printing only)", file=err)

    def say(self, text: str) -> None:
        if self.program and text:
            subprocess.run(
                [self.program, "-v", self.voice, text],
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )


@dataclass
class Exchange:
    speech: str
    reprompt: str
    card: str | None
    session_open: bool
    envelope: dict[str, Any]


def read_response(envelope: dict[str, Any]) -> Exchange:
    response = envelope.get("response") or {}
    speech = ssml_to_text(
        ((response.get("outputSpeech") or {}).get("ssml")) or (response.get("outputSpeech") or {}).get("text") or ""
    )
    reprompt_speech = (response.get("reprompt") or {}).get("outputSpeech") or {}
    reprompt = ssml_to_text(reprompt_speech.get("ssml") or reprompt_speech.get("text") or "")
    card_json = response.get("card")
    card = None
    if card_json:
        body = card_json.get("content") or card_json.get("text") or ""
        card = f"{card_json.get('title', '')}: {body}".strip(": ")
    end = response.get("shouldEndSession")
    session_open = end is False or (end is None and bool(reprompt))
    return Exchange(speech, reprompt, card, session_open, envelope)


class TryIt:
    """One person talking to the skill: typed lines in, Alexa's answers out."""

    def __init__(
        self,
        transport: Transport,
        resolver: UtteranceResolver,
        locale: str,
        out: TextIO,
        speaker: Speaker | None = None,
        show_intents: bool = True,
        skill_id: str = DEFAULT_SKILL_ID,
    ):
        self.transport = transport
        self.resolver = resolver
        self.locale = locale
        self.out = out
        self.speaker = speaker
        self.show_intents = show_intents
        self.skill_id = skill_id
        self.session: AlexaSession | None = None
        self.last: Exchange | None = None
        self.silences = 0
        self.turns: list[Exchange] = []
        self.started = False

    # --- sending -------------------------------------------------------------------------------

    def _send(self, envelope: dict[str, Any]) -> Exchange | None:
        response = self.transport(envelope)
        if envelope["request"]["type"] == "SessionEndedRequest":
            self.session = None
            return None
        turn = read_response(response)
        self.turns.append(turn)
        self.last = turn
        self._show(turn)
        if turn.session_open and self.session is not None:
            self.session.absorb(response)
        else:
            self.session = None
        return turn

    def _show(self, turn: Exchange) -> None:
        print(f"Alexa: {turn.speech}", file=self.out)
        if turn.reprompt and turn.session_open:
            print(f"       (reprompt) {turn.reprompt}", file=self.out)
        if turn.card:
            card = turn.card.replace("\n", "\n              ")
            print(f"       [card] {card}", file=self.out)
        if not turn.session_open:
            print("       (session ended)", file=self.out)
        self.out.flush()
        if self.speaker:
            self.speaker.say(turn.speech)

    def _note(self, text: str) -> None:
        print(f"       [{text}]", file=self.out)

    def _new_session(self) -> AlexaSession:
        self.started = True
        self.silences = 0
        self.session = AlexaSession(locale=self.locale, skill_id=self.skill_id)
        return self.session

    def launch(self) -> None:
        session = self._new_session()
        self._send(session.launch())

    def one_shot(self, request: str) -> None:
        resolution = self.resolver.resolve_one_shot(request)
        if self.show_intents:
            self._note(f"one-shot: {resolution.describe()}")
        session = self._new_session()
        self._send(session.intent(resolution))

    def end(self, reason: str = "USER_INITIATED") -> None:
        if self.session is not None:
            self._send(self.session.ended(reason))

    # --- one typed line ------------------------------------------------------------------------

    def handle(self, line: str) -> bool:
        """Act on one typed line; False when the person wants to leave."""
        line = line.strip()
        if not line or line.startswith("#"):
            return True
        if line in ("/quit", "/exit"):
            self.end()
            return False
        invocation = parse_invocation(line, self.resolver.invocation_name)
        if invocation is not None:
            self.end()
            if invocation.launch:
                self.launch()
            else:
                self.one_shot(invocation.request or "")
            return True
        if self.session is None:
            if self.started:
                self._note(
                    f'the session has ended; say "open {self.resolver.invocation_name}" to start again, or /quit'
                )
                return True
            self.launch()
            if self.session is None:
                return True
        if line == "/silence":
            self.silences += 1
            if self.silences >= 2 or not (self.last and self.last.reprompt):
                self._note("no answer again: Alexa ends the session")
                self.end("EXCEEDED_MAX_REPROMPTS")
            else:
                print(f"Alexa: {self.last.reprompt}", file=self.out)
                if self.speaker:
                    self.speaker.say(self.last.reprompt)
            return True
        self.silences = 0
        resolution = self.resolver.resolve(line)
        if self.show_intents:
            self._note(resolution.describe())
        assert self.session is not None
        self._send(self.session.intent(resolution))
        return True

    def run(self, lines: Iterable[str], echo: bool) -> None:
        for line in lines:
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if not self.started and parse_invocation(text, self.resolver.invocation_name) is None:
                if echo:
                    print(f"you> open {self.resolver.invocation_name}", file=self.out)
                self.launch()
            if echo:
                print(f"you> {text}", file=self.out)
            if not self.handle(line):
                return
        self.end()


def _interactive_lines(out: TextIO) -> Iterator[str]:
    while True:
        try:
            yield input("you> ")
        except EOFError:
            print(file=out)
            return


def main(argv: list[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m skill.devtools.try_it", description="Talk to the skill from a terminal."
    )
    parser.add_argument("--locale", default="en-US", choices=LOCALES)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--script", type=Path, help="replay the typed lines of this file, then stop")
    source.add_argument("--replay", type=Path, help="play an ASK CLI replay file (ask dialog --replay format)")
    parser.add_argument("--record", type=Path, help="also write the lines said as an ASK CLI replay file")
    parser.add_argument("--ask", metavar="TEXT", help="start with a one-shot request instead of opening the skill")
    parser.add_argument("--url", help="send the requests to this running web service instead of in-process")
    parser.add_argument(
        "--skill-id",
        default=os.environ.get("ALEXA_SKILL_ID") or DEFAULT_SKILL_ID,
        help="application id in the requests (default: $ALEXA_SKILL_ID or a local placeholder)",
    )
    speak = parser.add_mutually_exclusive_group()
    speak.add_argument("--speak", dest="speak", action="store_true", default=None, help="speak with espeak-ng")
    speak.add_argument("--no-speak", dest="speak", action="store_false", help="print only")
    parser.add_argument("--hide-intents", action="store_true", help="do not show how each sentence was understood")
    args = parser.parse_args(argv)

    replay: ReplayFile | None = None
    if args.replay:
        try:
            replay = read_replay(args.replay)
        except ReplayError as error:
            print(f"error: {error}", file=err)
            return 2
        args.locale = replay.locale
    interactive = args.script is None and replay is None
    if args.speak is None:
        args.speak = interactive and sys.stdin.isatty() and shutil.which("espeak-ng") is not None
    try:
        resolver = UtteranceResolver.for_locale(args.locale)
        transport = http_transport(args.url) if args.url else in_process_transport()
    except FileNotFoundError as error:
        print(f"error: {error}", file=err)
        return 2
    speaker = Speaker(bool(args.speak), args.locale, err)
    session = TryIt(
        transport, resolver, args.locale, out, speaker, show_intents=not args.hide_intents, skill_id=args.skill_id
    )
    try:
        if args.ask:
            invocation = parse_invocation(args.ask, resolver.invocation_name)
            if invocation is not None and invocation.launch:
                session.launch()
            else:
                session.one_shot((invocation.request if invocation else None) or str(args.ask))
        elif interactive:
            print(f"Talking to Knee Pain Guide ({args.locale}). Type what you would say; /silence, /quit.", file=out)
            session.launch()
        said: list[str] = []
        if interactive:
            session.run(_recorded(_interactive_lines(out), said), echo=False)
        else:
            if replay is not None:
                lines: list[str] = list(replay.lines)
            else:
                try:
                    lines = args.script.read_text(encoding="utf-8").splitlines()
                except OSError as error:
                    print(f"error: cannot read {args.script}: {error}", file=err)
                    return 2
            session.run(_recorded(lines, said), echo=True)
    except SkillFailed as error:
        print(f"error: {error}", file=err)
        return 1
    except KeyboardInterrupt:
        session.end()
        print(file=out)
    if args.record:
        return _write_recording(args.record, args.skill_id, args.locale, said, resolver.invocation_name, err)
    return 0


def _recorded(lines: Iterable[str], said: list[str]) -> Iterator[str]:
    for line in lines:
        said.append(line)
        yield line


def _write_recording(path: Path, skill_id: str, locale: str, said: list[str], invocation: str, err: TextIO) -> int:
    try:
        content = replay_json(skill_id, locale, said, invocation)
        path.write_text(json.dumps(content, indent=2) + "\n", encoding="utf-8")
    except (ReplayError, OSError) as error:
        print(f"error: cannot record {path}: {error}", file=err)
        return 2
    if skill_id == DEFAULT_SKILL_ID:
        print(
            f"note: {path} names the local placeholder skill id; give --skill-id (or $ALEXA_SKILL_ID) "
            "so ask dialog --replay reaches your skill",
            file=err,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
