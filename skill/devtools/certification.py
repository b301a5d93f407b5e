"""The Alexa certification rules a machine can check, run on the manifest and the interaction models.

Why here and not only in tests: the packager runs the same checks with ``--certification``, so
what is submitted is what was checked. Each check returns plain sentences naming the locale, the
field and the problem; an empty list means the rule holds. ``docs/certification.md`` lists which
store rules these cover and which still need a person.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kb import KnowledgeBase
from skill.devtools.interaction_model_gen import MAX_SAMPLE_CHARS, MAX_SLOT_VALUE_CHARS
from skill.reminders import SCOPE

Manifest = Mapping[str, Any]  # the "manifest" object of skill.json
Model = Mapping[str, Any]  # one locale's interaction model file
Check = Callable[[Manifest, Mapping[str, Model], KnowledgeBase], list[str]]

# Store limits on the listing (characters or items).
MAX_NAME = 50
MAX_SUMMARY = 160
MAX_DESCRIPTION = 4000
MAX_KEYWORDS = 30
MAX_EXAMPLE_PHRASES = 3
MAX_TESTING_INSTRUCTIONS = 4000
# Interaction model limits: the whole model file, one custom slot type's values plus synonyms,
# one slot value, one sample utterance.
MAX_MODEL_BYTES = 1_500_000
MAX_SLOT_VALUES_AND_SYNONYMS = 50_000
# Words an invocation name may not contain: the wake words, Amazon's brands, launch phrases and
# connecting words that Alexa would take as part of the request.
BRAND_WORDS = frozenset({"alexa", "amazon", "echo", "computer", "ziggy", "skill", "app"})
LAUNCH_WORDS = frozenset({"ask", "tell", "open", "launch", "load", "begin", "enable", "play", "start", "run", "use"})
CONNECTING_WORDS = frozenset(
    {"to", "from", "in", "using", "with", "about", "for", "that", "by", "if", "and", "whether"}
)
DISCLAIMER = "not a substitute for professional medical advice"
PRIVACY_FLAGS = ("allowsPurchases", "usesPersonalInfo", "isChildDirected", "isExportCompliant", "containsAds")
ICON_FIELDS = ("smallIconUri", "largeIconUri")
CATEGORY = "HEALTH_AND_FITNESS"


def _locales(manifest: Manifest) -> Mapping[str, Any]:
    locales: Mapping[str, Any] = manifest.get("publishingInformation", {}).get("locales", {})
    return locales


def _language_model(model: Model) -> Mapping[str, Any]:
    language_model: Mapping[str, Any] = model["interactionModel"]["languageModel"]
    return language_model


def listing(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    """Every locale: name, summary, description with the disclaimer and the local emergency step,
    keywords, example phrases and both icons, within the store's lengths."""
    problems = []
    publishing = manifest.get("publishingInformation", {})
    if publishing.get("category") != CATEGORY:
        problems.append(f"category must be {CATEGORY}, not {publishing.get('category')!r}")
    instructions = publishing.get("testingInstructions") or ""
    if not instructions.strip() or len(instructions) > MAX_TESTING_INSTRUCTIONS:
        problems.append(f"testingInstructions must be 1 to {MAX_TESTING_INSTRUCTIONS} characters")
    if set(_locales(manifest)) != set(models):
        problems.append(f"listing locales {sorted(_locales(manifest))} differ from the models' {sorted(models)}")
    for locale, info in _locales(manifest).items():
        for field, limit in (("name", MAX_NAME), ("summary", MAX_SUMMARY), ("description", MAX_DESCRIPTION)):
            text = info.get(field) or ""
            if not text.strip() or len(text) > limit:
                problems.append(f"{locale}: {field} must be 1 to {limit} characters")
        description = (info.get("description") or "").lower()
        if DISCLAIMER not in description:
            problems.append(f"{locale}: the description must say it is {DISCLAIMER}")
        number = kb.locale(locale).emergency_number
        if f"call {number}" not in description or "emergency" not in description:
            problems.append(f"{locale}: the description must say what to do in an emergency (call {number})")
        keywords = info.get("keywords") or []
        if not 1 <= len(keywords) <= MAX_KEYWORDS or not all(isinstance(k, str) and k.strip() for k in keywords):
            problems.append(f"{locale}: 1 to {MAX_KEYWORDS} non-empty keywords")
        phrases = info.get("examplePhrases") or []
        if not 1 <= len(phrases) <= MAX_EXAMPLE_PHRASES:
            problems.append(f"{locale}: 1 to {MAX_EXAMPLE_PHRASES} example phrases")
        problems += [f"{locale}: {field} is missing" for field in ICON_FIELDS if not info.get(field)]
    return problems


def privacy(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    """The compliance answers are all given, and every locale has a privacy policy and terms URL."""
    compliance = manifest.get("privacyAndCompliance", {})
    problems = [
        f"privacyAndCompliance.{flag} must be true or false"
        for flag in PRIVACY_FLAGS
        if not isinstance(compliance.get(flag), bool)
    ]
    for locale in _locales(manifest):
        urls = compliance.get("locales", {}).get(locale, {})
        for field in ("privacyPolicyUrl", "termsOfUseUrl"):
            if not str(urls.get(field, "")).startswith("https://"):
                problems.append(f"{locale}: privacyAndCompliance {field} must be an https:// URL")
    return problems


def invocation_name_problems(name: str) -> list[str]:
    """What is wrong with one invocation name under Alexa's rules (empty when it is fine)."""
    problems = []
    words = name.split()
    if name != name.lower():
        problems.append("must be lower case")
    if not re.fullmatch(r"[a-z' .]+", name.lower()):
        problems.append("may hold only letters, spaces, apostrophes and periods")
    if len(words) < 2:
        problems.append("needs two or more words")
    if BRAND_WORDS & set(words):
        problems.append(f"may not contain {sorted(BRAND_WORDS & set(words))}")
    if words and (words[0] in LAUNCH_WORDS or words[0] in CONNECTING_WORDS or words[-1] in CONNECTING_WORDS):
        problems.append("may not start with a launch phrase or start or end with a connecting word")
    return problems


def invocation(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    return [
        f"{locale}: invocation name {_language_model(model)['invocationName']!r} {problem}"
        for locale, model in models.items()
        for problem in invocation_name_problems(_language_model(model)["invocationName"])
    ]


def samples(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    """Every custom intent has samples; no sample belongs to two intents; samples within length."""
    problems = []
    for locale, model in models.items():
        owner: dict[str, str] = {}
        for intent in _language_model(model)["intents"]:
            name = intent["name"]
            if not name.startswith("AMAZON.") and not intent.get("samples"):
                problems.append(f"{locale}: intent {name} has no sample utterances")
            for sample in intent.get("samples", []):
                key = " ".join(sample.lower().split())
                if key in owner and owner[key] != name:
                    problems.append(f"{locale}: sample {sample!r} belongs to both {owner[key]} and {name}")
                owner[key] = name
                if len(sample) > MAX_SAMPLE_CHARS:
                    problems.append(f"{locale}: {name}: sample longer than {MAX_SAMPLE_CHARS} characters")
    return problems


def slot_types(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    """Every custom slot value has an id, and each type stays under the value and length limits."""
    problems = []
    for locale, model in models.items():
        for slot_type in _language_model(model).get("types", []):
            type_name = slot_type["name"]
            count = 0
            for value in slot_type.get("values", []):
                spoken = value.get("name", {})
                if not str(value.get("id", "")).strip():
                    problems.append(f"{locale}: {type_name}: value {spoken.get('value')!r} has no id")
                texts = [spoken.get("value", ""), *spoken.get("synonyms", [])]
                count += len(texts)
                problems += [
                    f"{locale}: {type_name}: {text!r} is longer than {MAX_SLOT_VALUE_CHARS} characters"
                    for text in texts
                    if len(text) > MAX_SLOT_VALUE_CHARS
                ]
            if count > MAX_SLOT_VALUES_AND_SYNONYMS:
                problems.append(
                    f"{locale}: {type_name}: {count} values and synonyms (limit {MAX_SLOT_VALUES_AND_SYNONYMS})"
                )
    return problems


def model_size(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    problems = []
    for locale, model in models.items():
        size = len(json.dumps(model, ensure_ascii=False).encode("utf-8"))
        if size > MAX_MODEL_BYTES:
            problems.append(f"{locale}: the interaction model is {size} bytes (limit {MAX_MODEL_BYTES})")
    return problems


def permissions(manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase) -> list[str]:
    """The skill declares the reminders permission it asks the user for, and nothing more."""
    declared = {p.get("name") for p in manifest.get("permissions", [])}
    wanted = {SCOPE}
    return (
        [f"permissions must be exactly {sorted(wanted)}, not {sorted(map(str, declared))}"]
        if declared != wanted
        else []
    )


CHECKS: tuple[Check, ...] = (listing, privacy, invocation, samples, slot_types, model_size, permissions)


def problems(
    manifest: Manifest, models: Mapping[str, Model], kb: KnowledgeBase, checks: Iterable[Check] = CHECKS
) -> list[str]:
    """Every problem every check finds, in check order."""
    return [problem for check in checks for problem in check(manifest, models, kb)]
