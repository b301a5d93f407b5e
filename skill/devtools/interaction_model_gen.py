"""Generate the Alexa interaction models (``interaction_model/<locale>.json``) from ``kb/``.

Why generated: the answer slot types must carry exactly the knowledge base's value ids and
synonyms, so they are written from ``kb/`` rather than kept as a second copy. The carrier
phrases ("it's {location}", "I'm {age}") are data in ``skill/devtools/model_templates.yaml``.

    python -m skill.devtools.interaction_model_gen            # write interaction_model/*.json
    python -m skill.devtools.interaction_model_gen --check    # exit 1 if the committed files differ

What comes from where:

- the answer slots (names, types, the question each answers) come from ``skill.slot_contract``,
  the contract the slot reader uses too;
- each choice question's slot type holds its value ids with their synonyms; the custom type
  ``SYMPTOM`` holds one value per yes/no question that has ``volunteer`` phrases: id = the
  question id, synonyms = those phrases;
- every intent listed in ``answer_intents`` declares all of the answer slots.

The same checks Alexa's model build applies to samples are applied here, so a bad template or a
kb synonym Alexa would reject stops generation with a message naming it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from kb import LOCALES, KnowledgeBase, load_kb
from skill.slot_contract import SYMPTOM_TYPE, answer_slots, slot_type_name

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).resolve().parent / "model_templates.yaml"
MODEL_DIR = ROOT / "interaction_model"

MAX_SAMPLE_CHARS = 200
MAX_SLOT_VALUE_CHARS = 140
_SLOT_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_TEXT_OK = re.compile(r"^[A-Za-z' .]*$")
_ABBREVIATION_PERIOD = re.compile(r"(?<![A-Za-z])[A-Za-z]\.")


class ModelError(ValueError):
    """A template or kb phrase that Alexa would reject; the message names it."""


def load_templates(path: Path = TEMPLATES) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        templates: dict[str, Any] = yaml.safe_load(handle)
    return templates


def _by_id(kb: KnowledgeBase) -> list[Any]:
    """Questions sorted by id: reordering the interview in kb/ must not change the model."""
    return sorted(kb.questions.values(), key=lambda q: q.id)


def _text_problem(text: str) -> str | None:
    """Why Alexa would reject this text (outside slot references), or None."""
    bare = _SLOT_REF.sub(" ", text)
    if "{" in bare or "}" in bare:
        return "has a brace that is not a {slot} reference"
    if not _TEXT_OK.match(bare):
        bad = sorted(set(ch for ch in bare if not re.match(r"[A-Za-z' .]", ch)))
        return f"has characters Alexa rejects: {''.join(bad)!r} (letters, spaces, apostrophes only; no digits)"
    if "." in _ABBREVIATION_PERIOD.sub("", bare):
        return "has a period that is not part of a spelled abbreviation like 'd. v. t.'"
    if re.search(r"(^|[^A-Za-z])'", bare):
        return "has an apostrophe that does not follow a letter"
    if text != text.strip() or "  " in text:
        return "has leading, trailing or double spaces"
    return None


def check_sample(sample: str, declared: Iterable[str]) -> list[str]:
    """Every problem Alexa's model build would report for one sample utterance."""
    problems = []
    if not sample.strip():
        return ["is empty"]
    if len(sample) > MAX_SAMPLE_CHARS:
        problems.append(f"is longer than {MAX_SAMPLE_CHARS} characters")
    problem = _text_problem(sample)
    if problem:
        problems.append(problem)
    refs = _SLOT_REF.findall(sample)
    declared = set(declared)
    for ref in refs:
        if ref not in declared:
            problems.append(f"uses slot {{{ref}}} that the intent does not declare")
    if len(refs) != len(set(refs)):
        problems.append("uses the same slot twice")
    if re.search(r"\}\s*\{", sample):
        problems.append("has two slots with no words between them")
    return problems


def alexa_key(text: str) -> str:
    """How Alexa compares samples and slot values: case and spacing ignored."""
    return " ".join(text.lower().split())


def _value_entries(value_id: str, phrases: Sequence[str], where: str) -> dict[str, Any]:
    names: list[str] = []
    seen: set[str] = set()
    for phrase in phrases:
        problem = _text_problem(phrase)
        if problem or "{" in phrase:
            raise ModelError(f"kb {where}: synonym {phrase!r} {problem or 'has a brace'}")
        if len(phrase) > MAX_SLOT_VALUE_CHARS:
            raise ModelError(f"kb {where}: synonym {phrase!r} is longer than {MAX_SLOT_VALUE_CHARS} characters")
        key = alexa_key(phrase)
        if key not in seen:
            seen.add(key)
            names.append(phrase)
    if not names:
        names = [value_id.replace("_", " ")]
    return {"id": value_id, "name": {"value": names[0], "synonyms": names[1:]}}


def _spoken_forms(say: Mapping[str, str]) -> list[str]:
    """A value's own spoken wording ("with an injury or sudden movement"), in every locale, as a
    synonym: when the skill restates the choices, a person who repeats them must be understood."""
    forms = [re.sub(r"[^\w\s']", " ", text) for text in dict.fromkeys(say.values())]
    return [" ".join(form.split()) for form in forms if form.strip()]


def slot_types(kb: KnowledgeBase, templates: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Custom slot types: one per choice question, and SYMPTOM from the volunteer phrases."""
    types: list[dict[str, Any]] = []
    for question in _by_id(kb):
        if question.answer_type != "choice":
            continue
        values = [
            _value_entries(v.id, [*v.synonyms, *_spoken_forms(v.say)], f"questions.yaml {question.id}.{v.id}")
            for v in question.values
        ]
        types.append({"name": slot_type_name(question.id), "values": values})
    symptoms = [
        _value_entries(q.id, q.volunteer, f"questions.yaml {q.id}.volunteer")
        for q in _by_id(kb)
        if q.answer_type == "yes_no" and q.volunteer
    ]
    types.append({"name": SYMPTOM_TYPE, "values": symptoms})
    for slot_type in types:
        owner: dict[str, str] = {}
        for value in slot_type["values"]:
            for phrase in [value["name"]["value"], *value["name"]["synonyms"]]:
                key = alexa_key(phrase)
                if key in owner and owner[key] != value["id"]:
                    raise ModelError(
                        f"kb: the phrase {phrase!r} belongs to two values of {slot_type['name']}: "
                        f"{owner[key]} and {value['id']}; Alexa could resolve it to either"
                    )
                owner[key] = value["id"]
    return types


def locale_samples(templates: Mapping[str, Any], locale: str) -> dict[str, list[str]]:
    """Intent name -> sample utterances for one locale (shared samples, then locale extras)."""
    extras = (templates.get("locale_samples") or {}).get(locale) or {}
    unknown = set(extras) - set(templates["intents"])
    if unknown:
        raise ModelError(f"model_templates.yaml: locale_samples.{locale} names unknown intents {sorted(unknown)}")
    return {name: list(samples or []) + list(extras.get(name) or []) for name, samples in templates["intents"].items()}


def build_model(kb: KnowledgeBase, locale: str, templates: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The interaction model for one locale, as the ASK JSON document. Raises ModelError."""
    templates = templates if templates is not None else load_templates()
    slots = answer_slots(kb)
    slot_names = [s.name for s in slots]
    answer_intents = set(templates["answer_intents"])
    problems: list[str] = []
    owners: dict[str, str] = {}
    intents = []
    for name, samples in locale_samples(templates, locale).items():
        declared = slot_names if name in answer_intents else []
        for sample in samples:
            for problem in check_sample(sample, declared):
                problems.append(f"{locale} {name}: sample {sample!r} {problem}")
            key = alexa_key(sample)
            if key in owners:
                problems.append(f"{locale} {name}: sample {sample!r} is already a sample of {owners[key]}")
            owners[key] = name
        if declared:
            used = {ref for sample in samples for ref in _SLOT_REF.findall(sample)}
            for slot in slot_names:
                if slot not in used:
                    problems.append(f"{locale} {name}: slot {{{slot}}} is declared but no sample uses it")
        intent: dict[str, Any] = {"name": name}
        if declared:
            intent["slots"] = [{"name": s.name, "type": s.type} for s in slots]
        intent["samples"] = list(samples)
        intents.append(intent)
    if problems:
        raise ModelError("model_templates.yaml:\n  " + "\n  ".join(problems))
    return {
        "interactionModel": {
            "languageModel": {
                "invocationName": templates["invocation_name"],
                "intents": intents,
                "types": slot_types(kb, templates),
            }
        }
    }


def build_all(kb: KnowledgeBase | None = None, templates: Mapping[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Locale -> model for every locale in the templates."""
    kb = kb if kb is not None else load_kb()
    templates = templates if templates is not None else load_templates()
    return {locale: build_model(kb, locale, templates) for locale in LOCALES}


def model_text(model: Mapping[str, Any]) -> str:
    return json.dumps(model, indent=2, ensure_ascii=False) + "\n"


def model_path(locale: str, model_dir: Path = MODEL_DIR) -> Path:
    return model_dir / f"{locale}.json"


def stale_files(models: Mapping[str, Mapping[str, Any]], model_dir: Path = MODEL_DIR) -> list[Path]:
    """The model files whose content differs from the generator's output (or are missing)."""
    stale = []
    for locale, model in models.items():
        path = model_path(locale, model_dir)
        if not path.is_file() or path.read_text(encoding="utf-8") != model_text(model):
            stale.append(path)
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m skill.devtools.interaction_model_gen", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the committed files differ")
    parser.add_argument(
        "--out", type=Path, default=MODEL_DIR, help="directory for <locale>.json (default: interaction_model/)"
    )
    args = parser.parse_args(argv)
    try:
        models = build_all()
    except ModelError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.check:
        stale = stale_files(models, args.out)
        for path in stale:
            print(f"out of date: {path} (run: python -m skill.devtools.interaction_model_gen)", file=sys.stderr)
        if not stale:
            print(f"interaction models up to date: {', '.join(models)}")
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for locale, model in models.items():
        path = model_path(locale, args.out)
        path.write_text(model_text(model), encoding="utf-8")
        intents = model["interactionModel"]["languageModel"]["intents"]
        print(f"wrote {path} ({len(intents)} intents, {sum(len(i['samples']) for i in intents)} samples)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
