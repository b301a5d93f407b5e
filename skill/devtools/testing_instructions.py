"""Write skill.json's testing instructions and example phrases from walk-throughs played through the skill.

    python -m skill.devtools.testing_instructions           # rewrite them in skill.json
    python -m skill.devtools.testing_instructions --check   # exit 1 if skill.json's differ

Why generated: a certification reviewer follows the instructions word for word. Written by hand,
they described a first question the skill had stopped asking. Here each walk-through in
``walkthroughs.yaml`` is played through the real skill (the in-process try-it client, real
request envelopes, the interaction model's own matching); the questions quoted are the ones it
asked, and generation fails when a walk-through no longer reaches the advice it promises.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kb import KnowledgeBase, load_kb
from kb.yaml_loader import UniqueKeyLoader
from skill.devtools.interaction_model_gen import ROOT
from skill.devtools.try_it import Exchange, Transport, TryIt, in_process_transport
from skill.devtools.utterances import UtteranceResolver
from skill.reminders import SCOPE

WALKTHROUGHS = Path(__file__).resolve().parent / "walkthroughs.yaml"
SKILL_JSON = ROOT / "skill.json"
INSTRUCTIONS_LOCALE = "en-US"


class WalkthroughError(ValueError):
    """A walk-through no longer fits the skill; the message says where it went off."""


@dataclass(frozen=True)
class Walkthrough:
    title: str
    says: tuple[str, ...]
    reaches: str
    then: str | None = None
    after: tuple[str, ...] = ()  # lines said after the advice (the offers that follow it), quoted too


@dataclass(frozen=True)
class Played:
    walkthrough: Walkthrough
    turns: tuple[Exchange, ...]  # Alexa's answer to the opening, then to each line said


def load_walkthroughs(path: Path = WALKTHROUGHS) -> tuple[tuple[str, ...], tuple[Walkthrough, ...]]:
    """The example phrases and the walk-throughs, checked for shape."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        raise WalkthroughError(f"{path.name}: not valid YAML: {error}") from error
    phrases = raw.get("example_phrases")
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
        raise WalkthroughError(f"{path.name}: example_phrases must be a list of sentences")
    walkthroughs = []
    for index, entry in enumerate(raw.get("walkthroughs") or []):
        says = entry.get("says")
        after = entry.get("after") or []
        if not isinstance(says, list) or not says or not isinstance(entry.get("reaches"), str):
            raise WalkthroughError(f"{path.name}: walkthroughs[{index}] needs 'says' (lines) and 'reaches'")
        if not isinstance(after, list):
            raise WalkthroughError(f"{path.name}: walkthroughs[{index}]: 'after' must be a list of lines")
        walkthroughs.append(
            Walkthrough(
                entry["title"], tuple(map(str, says)), entry["reaches"], entry.get("then"), tuple(map(str, after))
            )
        )
    return tuple(phrases), tuple(walkthroughs)


def advice_pattern(kb: KnowledgeBase, disposition: str, locale: str) -> re.Pattern[str]:
    """The first sentence of the disposition's spoken advice (the skill may shorten what follows when
    the safety net repeats it), with its number of days left open."""
    if disposition not in kb.dispositions:
        raise WalkthroughError(f"unknown disposition {disposition!r}")
    text = kb.say(kb.dispositions[disposition].advice, locale, self_care_days="\x00")
    first = re.split(r"(?<=[.!?])\s+", text)[0]
    return re.compile(re.escape(first).replace("\x00", r"\d+"))


def play(walkthrough: Walkthrough, locale: str, kb: KnowledgeBase, transport: Transport | None = None) -> Played:
    """Play one walk-through; raise WalkthroughError unless its last answer speaks the promised advice."""
    session = TryIt(
        transport or in_process_transport(),
        UtteranceResolver.for_locale(locale),
        locale,
        io.StringIO(),
        show_intents=False,
    )
    session.launch()
    _say(session, walkthrough.says, f"{walkthrough.title} ({locale})")
    advice = session.turns[-1]
    if not advice_pattern(kb, walkthrough.reaches, locale).search(advice.speech):
        raise WalkthroughError(
            f"{walkthrough.title} ({locale}): after {list(walkthrough.says)} the skill said "
            f"{advice.speech!r}, not the {walkthrough.reaches} advice"
        )
    _say(session, walkthrough.after, f"{walkthrough.title} ({locale})")
    turns = tuple(session.turns)
    session.end()
    return Played(walkthrough, turns)


def _say(session: TryIt, lines: Sequence[str], where: str) -> None:
    for line in lines:
        if session.session is None:
            raise WalkthroughError(f"{where}: the session ended before {line!r}")
        session.handle(line)


def _question(speech: str) -> str:
    """The question the tester answers: the sentences ending in a question mark at the end of a turn."""
    sentences = re.split(r"(?<=[.!?])\s+", speech.strip())
    start = len(sentences) - 1
    while start > 0 and sentences[start - 1].endswith("?"):
        start -= 1
    return " ".join(sentences[start:])


def instructions_text(played: Sequence[Played], kb: KnowledgeBase, locale: str = INSTRUCTIONS_LOCALE) -> str:
    parts = [
        "No account linking or devices are needed. The only permission is Reminders "
        f"({SCOPE}), asked for by voice (or with a card in the Alexa app) only when the tester says yes "
        "to the offer of a follow-up reminder that ends home-care and see-a-doctor advice. Answer each "
        'question with yes, no, "I don\'t know", or a word or two. These walk-throughs are played through '
        f"the skill by its tests, so the questions are the ones it asks today ({locale} wording; the other "
        "locales name their own emergency number and services)."
    ]
    invocation = UtteranceResolver.for_locale(locale).invocation_name  # the model's own, not a copy
    for number, run in enumerate(played, start=1):
        steps = [f'{number}. {run.walkthrough.title}. Say "Alexa, open {invocation}".']
        for turn, line in zip(run.turns, run.walkthrough.says, strict=False):
            steps.append(f'Alexa asks "{_question(turn.speech)}" Say "{line}".')
        advice = kb.say(kb.dispositions[run.walkthrough.reaches].title, locale)
        steps.append(f"Alexa gives its advice: {advice}.")
        offers = run.turns[len(run.walkthrough.says) :]
        for turn, line in zip(offers, run.walkthrough.after, strict=False):
            steps.append(f'Alexa asks "{_question(turn.speech)}" Say "{line}".')
        if not run.turns[-1].session_open:
            steps.append("The session ends.")
        if run.walkthrough.then:
            steps.append(run.walkthrough.then)
        parts.append(" ".join(steps))
    parts.append(
        'At any time, say "help", "repeat", "start over" or "stop". Answers are kept only in the session '
        "and never stored or logged."
    )
    return "\n\n".join(parts)


def generate(kb: KnowledgeBase | None = None, path: Path = WALKTHROUGHS) -> tuple[str, tuple[str, ...]]:
    """The testing instructions and the example phrases, after playing every walk-through."""
    kb = kb or load_kb()
    phrases, walkthroughs = load_walkthroughs(path)
    transport = in_process_transport()
    played = [play(w, INSTRUCTIONS_LOCALE, kb, transport) for w in walkthroughs]
    return instructions_text(played, kb), phrases


def with_instructions(manifest: dict[str, Any], instructions: str, phrases: Sequence[str]) -> dict[str, Any]:
    updated = json.loads(json.dumps(manifest))
    publishing = updated["manifest"]["publishingInformation"]
    publishing["testingInstructions"] = instructions
    for info in publishing["locales"].values():
        info["examplePhrases"] = list(phrases)
    return updated  # type: ignore[no-any-return]


def _dump(manifest: dict[str, Any]) -> str:
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.devtools.testing_instructions", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if skill.json is not up to date")
    args = parser.parse_args(argv)
    try:
        instructions, phrases = generate()
    except WalkthroughError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    current = SKILL_JSON.read_text(encoding="utf-8")
    fresh = _dump(with_instructions(json.loads(current), instructions, phrases))
    if args.check:
        if fresh != current:
            print(
                "skill.json's testing instructions are stale: run python -m skill.devtools.testing_instructions",
                file=sys.stderr,
            )
            return 1
        return 0
    SKILL_JSON.write_text(fresh, encoding="utf-8")
    print(f"wrote testing instructions and example phrases into {SKILL_JSON}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
