"""The skill's own spoken words, one YAML file per locale, loaded and checked once at start-up.

Why a catalogue: speech is data, not literals in handlers, so a reviewer reads every sentence the
skill can say in one place, and a locale changes words without touching code. ``en.yaml`` holds
every phrase; ``en-GB.yaml`` and the others override single entries. The knowledge base's texts
(questions, advice, causes) are not here: they come from ``kb``.

Checked on load, so a typo stops start-up rather than a conversation: every phrase exists in the
base file, overrides name only known phrases, and each phrase uses only the placeholders it may
(and all the ones it must).

Why a stamp (``.phrases.built``): the files parse in under a millisecond, but importing PyYAML for
them (it compiles its regexes) cost a cold start about 8 ms once the kb and the word data came from
their own stamps. A parse writes the documents beside the files as JSON (``kb.document_stamp``, as the
kb's own stamp), under a digest of every file's text and of the YAML loader's code; a start-up takes
them only while that digest matches, so an edited file is parsed again. The checks run on the
documents either way.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb import LOCALES, KnowledgeBase, document_stamp

PHRASES_DIR = Path(__file__).resolve().parent
BASE = "en"
STAMP = ".phrases.built"  # first line the digest, then every file's document as JSON
# What parsing depends on besides the files: the YAML loader's code.
_PARSER = Path(__file__).resolve().parents[2] / "kb" / "yaml_loader.py"

# Filled from kb/data/locales.yaml in any phrase.
LOCALE_WORDS = frozenset({"emergency_number", "emergency_department", "urgent_care", "helpline", "doctor"})

# Every phrase the skill says, with the placeholders it must carry (besides the locale words).
REQUIRED: Mapping[str, frozenset[str]] = {
    "safety": frozenset({"emergency_number"}),
    "framing": frozenset(),
    "lost_track": frozenset(),
    "start_over": frozenset(),
    "noted": frozenset(),
    "move_on": frozenset(),
    "no_match": frozenset(),
    "not_understood": frozenset(),
    "answer_yes_no": frozenset(),
    "last_try": frozenset(),
    "unclear_moving_on": frozenset(),
    "which_one": frozenset({"choices"}),
    "answer_forms_yes_no": frozenset(),
    "answer_forms_choice": frozenset(),
    "answer_forms_number": frozenset(),
    "answer_forms_duration": frozenset(),
    "list_or": frozenset(),
    "going_back": frozenset(),
    "nothing_to_undo": frozenset(),
    "already_said": frozenset(),
    "slower": frozenset(),
    "faster": frozenset(),
    "slowest": frozenset(),
    "fastest": frozenset(),
    "likely_cause": frozenset({"cause"}),
    "no_likely_cause": frozenset(),
    "confirm": frozenset(),
    "offer_tips": frozenset(),
    "offer_tips_reprompt": frozenset(),
    "tips_intro": frozenset({"count"}),
    "tips_intro_one": frozenset(),
    "tips_more_intro": frozenset({"count"}),
    "tips_more_intro_one": frozenset(),
    "more_tips": frozenset(),
    "more_tips_reprompt": frozenset(),
    "tips_done": frozenset(),
    "tips_answer": frozenset(),
    "goodbye": frozenset(),
    "stop_plain": frozenset({"emergency_number"}),
    "stop_worrying": frozenset(),
    "cut_off": frozenset(),
    "why": frozenset(),
    "help": frozenset(),
    "help_tips": frozenset(),
    "error": frozenset({"emergency_number"}),
    "reminder_text": frozenset(),
    "reminder_offer": frozenset({"days"}),
    "reminder_offer_reprompt": frozenset({"days"}),
    "reminder_offer_help": frozenset({"days"}),
    "reminder_permission_ask": frozenset(),
    "reminder_created": frozenset({"days"}),
    "reminder_declined": frozenset(),
    "reminder_no_permission": frozenset({"days"}),
    "reminder_permission_denied": frozenset({"days"}),
    "reminder_too_many": frozenset({"days"}),
    "reminder_device_not_supported": frozenset({"days"}),
    "reminder_failed": frozenset({"days"}),
}


class PhrasesError(Exception):
    """A phrase file is broken; the message names the file, the phrase and the problem."""


@dataclass(frozen=True)
class Phrases:
    """Phrase text per locale (``en`` base merged with the locale's overrides)."""

    by_locale: Mapping[str, Mapping[str, str]]
    kb: KnowledgeBase

    def phrase(self, key: str, locale: str | None, **values: Any) -> str:
        """The phrase in the locale (unknown locales speak en-US), placeholders filled."""
        loc = self.kb.locale(locale)
        text = self.by_locale[loc.id][key]
        return text.format(**loc.placeholders(), **values)


def load_phrases(kb: KnowledgeBase, directory: Path = PHRASES_DIR) -> Phrases:
    """Read and check every locale's phrases; raise PhrasesError naming the first problem."""
    documents = _documents(directory, [BASE, *LOCALES])
    base = _phrases(f"{BASE}.yaml", documents[f"{BASE}.yaml"])
    missing = sorted(set(REQUIRED) - set(base))
    if missing:
        raise PhrasesError(f"{BASE}.yaml: missing phrases: {', '.join(missing)}")
    by_locale: dict[str, dict[str, str]] = {}
    for locale in LOCALES:
        name = f"{locale}.yaml"
        overrides = _phrases(name, documents[name]) if name in documents else {}
        merged = {**base, **overrides}
        for key, text in merged.items():
            _check(name if key in overrides else f"{BASE}.yaml", key, text)
        by_locale[locale] = merged
    return Phrases(by_locale=by_locale, kb=kb)


def _documents(directory: Path, stems: Sequence[str]) -> dict[str, Any]:
    """Each file's YAML document by file name, from the stamp when it certifies these files; a
    locale's file may be missing (no overrides), the base file may not."""
    texts: dict[str, str] = {}
    for stem in stems:
        path = directory / f"{stem}.yaml"
        try:
            texts[path.name] = path.read_text(encoding="utf-8")
        except FileNotFoundError as error:
            if stem == BASE:
                raise PhrasesError(f"{path.name}: cannot read: {error}") from error
        except (OSError, UnicodeDecodeError) as error:
            raise PhrasesError(f"{path.name}: cannot read: {error}") from error
    inputs = {**texts, _PARSER.name: _PARSER.read_text(encoding="utf-8")}
    stamped = document_stamp.read(directory / STAMP, inputs)
    if stamped is not None:
        return stamped
    documents = {name: _parse(name, text) for name, text in texts.items()}
    document_stamp.write(directory / STAMP, inputs, documents)
    return documents


def _parse(name: str, text: str) -> Any:
    import yaml  # only when the stamp does not hold the files as they are

    from kb.yaml_loader import UniqueKeyLoader

    try:
        return yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        raise PhrasesError(f"{name}: cannot read: {error}") from error


def _phrases(name: str, document: Any) -> dict[str, str]:
    if not isinstance(document, dict) or not isinstance(document.get("phrases"), dict):
        raise PhrasesError(f"{name}: expected a mapping named 'phrases'")
    phrases: dict[str, str] = document["phrases"]
    return phrases


def _check(file: str, key: str, text: Any) -> None:
    if key not in REQUIRED:
        raise PhrasesError(f"{file}: {key}: unknown phrase; known: {', '.join(REQUIRED)}")
    if not isinstance(text, str) or not text.strip():
        raise PhrasesError(f"{file}: {key}: must be a non-empty string")
    try:
        used = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        raise PhrasesError(f"{file}: {key}: bad placeholder: {error}") from error
    allowed = REQUIRED[key] | LOCALE_WORDS
    if used - allowed:
        raise PhrasesError(
            f"{file}: {key}: unknown placeholder(s) {sorted(used - allowed)}; allowed: {sorted(allowed)}"
        )
    if REQUIRED[key] - used:
        raise PhrasesError(f"{file}: {key}: missing placeholder(s) {sorted(REQUIRED[key] - used)}")
