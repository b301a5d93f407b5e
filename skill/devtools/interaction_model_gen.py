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
- ``template_types`` in the templates writes the values of the contract's ``AGE_DECADE`` ("in my
  fifties": value ids are ages), ``REPLY`` (the "no" of "no, but my calf is swollen"), ``DETAIL``
  and ``FREE_ANSWER`` types. ``FREE_ANSWER`` is the catch-all's type: a custom slot type is no
  enumeration, so on a device the bare sample ``{answer_text}`` takes any sentence no other sample
  fits, with the heard words; its few values are general answer phrases that teach Alexa's model
  what such sentences look like, never held-out answers;
- every intent listed in ``answer_intents`` declares all of the answer slots, and ``every_choice``
  gives each choice slot the same carriers ("I think {choice}"), so a choice question added to
  kb/ is understood with no template edit; ``phrases`` adds patterned wordings per value;
- the *train* part of the paraphrase corpus (``tests/paraphrases/``, see
  skill/devtools/corpus.py) adds what people said: a yes, no or "I don't know" answer becomes a
  sample of that intent, an answer naming one choice value a synonym of that value, and an
  answer volunteering one symptom (of a question with kb ``volunteer`` phrases) a SYMPTOM
  synonym, when no longer than a slot value (``MAX_SLOT_WORDS``; a rambling answer is read by the
  skill through the catch-all). A phrase that would belong to two intents or two values is left out. The held-out
  and blind parts never reach the model.

The same checks Alexa's model build applies to samples are applied here, so a bad template or a
kb synonym Alexa would reject stops generation with a message naming it. So does a carrier whose
fixed words change what an answer means ("mostly in {location}", "{symptom} I think"): those words
never reach the skill, so the answer must reach it whole through the catch-all (``carrier_words`` in
the templates, ``carrier_problems``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kb import LOCALES, KnowledgeBase, Question, load_kb
from kb.yaml_loader import UniqueKeyLoader
from skill import word_data
from skill.devtools.corpus import CORPUS_DIR, INTENTS, load_corpus
from skill.slot_contract import DECADE_TYPE, SYMPTOM_TYPE, AnswerSlot, Role, answer_slots, slot_type_name
from skill.spoken import sample_words, spoken_key
from skill.spoken_numbers import DECADE_PARTS, DECADE_YEARS

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = Path(__file__).resolve().parent / "model_templates.yaml"
MODEL_DIR = ROOT / "interaction_model"

MAX_SAMPLE_CHARS = 200
MAX_SLOT_VALUE_CHARS = 140
# The longest slot value, in words, the try-it resolver tries. A train answer longer than this is no
# synonym: it would match only itself, word for word, and the catch-all hands it to the skill whole.
MAX_SLOT_WORDS = 14
_SLOT_REF = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_TEXT_OK = re.compile(r"^[A-Za-z' .]*$")
_ABBREVIATION_PERIOD = re.compile(r"(?<![A-Za-z])[A-Za-z]\.")


class ModelError(ValueError):
    """A template or kb phrase that Alexa would reject; the message names it."""


SYMPTOM_KEY = "<symptom>"
_REPLY_PREFIX = re.compile(r"^(?:yes|yeah|yep|yup)(?: and also| and| but)? (?=\S)", re.IGNORECASE)


@dataclass
class CorpusPhrases:
    """What the corpus's train part adds: (intent, sample) pairs, and synonyms by (question, value)
    (``(SYMPTOM_KEY, question)`` for a volunteered symptom)."""

    samples: list[tuple[str, str]] = field(default_factory=list)
    synonyms: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    held_out: frozenset[str] = frozenset()  # spoken_key of every held-out answer: never in the model

    def allowed(self, phrases: Iterable[str]) -> list[str]:
        return [p for p in phrases if spoken_key(p) not in self.held_out]


def corpus_phrases(kb: KnowledgeBase, directory: Path = CORPUS_DIR) -> CorpusPhrases:
    """The train part of tests/paraphrases turned into samples and synonyms (see the module doc)."""
    if not directory.is_dir():  # an installed package without the tests: templates and kb only
        return CorpusPhrases()
    corpus = load_corpus(kb, directory)
    heard = CorpusPhrases(held_out=frozenset(spoken_key(e.say) for e in corpus.held_out()))
    simple = {INTENTS["yes"], INTENTS["no"], INTENTS["unknown"]}
    for entry in corpus.train():
        said = sample_words(entry.say)
        if not said:
            continue
        if entry.intent in simple:
            heard.samples.append((entry.intent, said))
        elif entry.intent == INTENTS["answer"] and len(entry.facts) == 1:
            ((fact, value),) = entry.facts.items()
            key = _synonym_key(kb.questions[fact], value)
            if key is not None:
                if key[0] == SYMPTOM_KEY:  # "yes, and it's hot": the symptom is what follows
                    said = _REPLY_PREFIX.sub("", said)
                if len(said.split()) <= MAX_SLOT_WORDS:
                    heard.synonyms.setdefault(key, []).append(said)
    return heard


def _synonym_key(question: Question, value: Any) -> tuple[str, str] | None:
    if question.answer_type == "choice":
        values = value if isinstance(value, list) else [value]
        return (question.id, values[0]) if len(values) == 1 and values[0] in question.value_ids() else None
    if question.answer_type == "yes_no" and value == "yes" and question.volunteer:
        return (SYMPTOM_KEY, question.id)
    return None


def load_templates(path: Path = TEMPLATES) -> dict[str, Any]:
    """The model templates; a key given twice (two helpers adding ``phrases.foot_weak`` in separate
    sections) is refused rather than the second list silently kept."""
    try:
        with open(path, encoding="utf-8") as handle:
            templates: dict[str, Any] = yaml.load(handle, Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        raise ModelError(f"{path.name}: {error}") from error
    return templates


def _by_id(kb: KnowledgeBase) -> list[Any]:
    """Questions sorted by id: reordering the interview in kb/ must not change the model."""
    return sorted(kb.questions.values(), key=lambda q: q.id)


_CHOICES = re.compile(r"\(([^()]*)\)")


def expand(pattern: str) -> list[str]:
    """Every sentence a template pattern stands for: "(a|b)" is a or b, "(a|)" makes a optional.

    Why patterns: people combine a few openings with a few ways of naming a thing ("my calf is
    swollen", "the calf's puffed up"); writing the combinations out by hand misses some.
    """
    match = _CHOICES.search(pattern)
    if match is None:
        return [" ".join(pattern.split())]
    head, tail = pattern[: match.start()], pattern[match.end() :]
    return [text for option in match.group(1).split("|") for text in expand(head + option + tail) if text]


def expand_all(patterns: Iterable[str]) -> list[str]:
    """The sentences of several patterns, in order, each once."""
    return list(dict.fromkeys(text for pattern in patterns for text in expand(pattern)))


def template_types(
    templates: Mapping[str, Any], slots: Sequence[AnswerSlot], heard: CorpusPhrases
) -> list[dict[str, Any]]:
    """The contract's custom types whose values are written in the templates: REPLY's and DETAIL's
    values as listed (patterns allowed, held-out answers left out), AGE_DECADE built from the decade
    words the skill itself reads (``skill.spoken_numbers``: "fifties" -> 55, "early fifties" -> 52)."""
    written: Mapping[str, Any] = templates.get("template_types") or {}
    types = []
    written_roles = (Role.DECADE, Role.REPLY, Role.ASSENT, Role.DENIAL, Role.FREE)
    for type_name in dict.fromkeys(s.type for s in slots if s.role in written_roles):
        if type_name == DECADE_TYPE:
            types.append({"name": type_name, "values": _decade_values()})
            continue
        spec = written.get(type_name)
        if spec is None:
            raise ModelError(f"model_templates.yaml: template_types has no values for the contract's type {type_name}")
        values = [
            _value_entries(v, heard.allowed(expand_all(phrases)), f"template type {type_name}")
            for v, phrases in spec.items()
        ]
        types.append({"name": type_name, "values": values})
    return types


def _decade_values() -> list[dict[str, Any]]:
    """ "fifties" and "mid fifties" -> 55, "early fifties" -> 52: one value per age."""
    values: list[dict[str, Any]] = []
    for word, base in DECADE_YEARS.items():
        ages: dict[int, list[str]] = {}
        for part, offset in DECADE_PARTS.items():
            ages.setdefault(base + offset, []).append(f"{part} {word}".strip())
        values += [_value_entries(str(age), phrases, f"template type {DECADE_TYPE}") for age, phrases in ages.items()]
    return values


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


def slot_types(
    kb: KnowledgeBase, templates: Mapping[str, Any], heard: CorpusPhrases | None = None
) -> list[dict[str, Any]]:
    """Custom slot types: one per choice question, SYMPTOM from the volunteer phrases, the
    template types; each value also takes the corpus's train phrases no other value claims."""
    heard = heard or CorpusPhrases()
    phrases: Mapping[str, list[str]] = templates.get("phrases") or {}
    unknown = [key for key in phrases if key.split(".")[0] not in kb.questions]
    if unknown:
        raise ModelError(f"model_templates.yaml: phrases for unknown kb questions: {unknown}")
    types: list[dict[str, Any]] = []
    for question in _by_id(kb):
        if question.answer_type != "choice":
            continue
        own = {v.id: [*v.synonyms, *_spoken_forms(v.say)] for v in question.values}
        _refuse_held_out(own, heard, f"questions.yaml {question.id}")
        extra = {
            v.id: heard.allowed(
                [*expand_all(phrases.get(f"{question.id}.{v.id}") or []), *heard.synonyms.get((question.id, v.id), [])]
            )
            for v in question.values
        }
        values = [
            _value_entries(v.id, phrases, f"questions.yaml {question.id}.{v.id}")
            for v, phrases in zip(question.values, _claim(own, extra).values(), strict=True)
        ]
        types.append({"name": slot_type_name(question.id), "values": values})
    volunteering = [q for q in _by_id(kb) if q.answer_type == "yes_no" and q.volunteer]
    own = {q.id: list(q.volunteer) for q in volunteering}
    _refuse_held_out(own, heard, "questions.yaml volunteer")
    extra = {
        q.id: heard.allowed([*expand_all(phrases.get(q.id) or []), *heard.synonyms.get((SYMPTOM_KEY, q.id), [])])
        for q in volunteering
    }
    symptoms = [
        _value_entries(qid, phrases, f"questions.yaml {qid}.volunteer") for qid, phrases in _claim(own, extra).items()
    ]
    types.append({"name": SYMPTOM_TYPE, "values": symptoms})
    types.extend(template_types(templates, answer_slots(kb), heard))
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


def _refuse_held_out(own: Mapping[str, list[str]], heard: CorpusPhrases, where: str) -> None:
    """A kb phrase that is a held-out corpus answer would put the test into the model."""
    leaked = [p for phrases in own.values() for p in phrases if spoken_key(p) in heard.held_out]
    if leaked:
        raise ModelError(
            f"kb {where}: {leaked} are held-out answers of tests/paraphrases; a held-out answer must not be "
            "a synonym (remove it from kb, or accept that the corpus entry tests nothing)"
        )


def _claim(own: Mapping[str, list[str]], extra: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """Each value's own phrases, then the extra ones no other value has already claimed."""
    owner = {alexa_key(p): value for value, phrases in own.items() for p in phrases}
    claimed = {value: list(phrases) for value, phrases in own.items()}
    for value, phrases in extra.items():
        for phrase in phrases:
            if owner.setdefault(alexa_key(phrase), value) == value:
                claimed[value].append(phrase)
    return claimed


# Number slots: a number's meaning is its value ("{duration} or so", "I'm in my {age_decade} now")
_EXEMPT_ROLES = (Role.DURATION, Role.DATE, Role.NUMBER, Role.DECADE)


def carrier_problems(templates: Mapping[str, Any], samples: Iterable[str], slots: Sequence[AnswerSlot]) -> list[str]:
    """The carriers whose fixed words change what an answer means (``carrier_words`` in the templates).

    Why: on a device only the slot values reach the skill, and Alexa may fill a custom slot with any
    words; a "mostly" or "I think" in the carrier around them is lost, so the reading
    (``skill.understanding``) decides without it. Such an answer must reach the skill whole, through
    the catch-all. The refused words are the reading's own families (``skill/understanding.yaml``),
    named in the templates, plus the few words no family holds on its own."""
    rule: Mapping[str, Any] = templates.get("carrier_words") or {}
    words = _general_words()
    unknown = [name for name in rule.get("refused_families") or [] if name not in words.general]
    if unknown:
        raise ModelError(f"model_templates.yaml: carrier_words names no family of skill/understanding.yaml: {unknown}")
    families = {name: words.general[name] for name in rule.get("refused_families") or []}
    phrases = [word_data.normalise(words, p) for p in rule.get("refused_phrases") or []]
    refused = re.compile(rf"\b(?:{'|'.join(map(re.escape, phrases))})\b") if phrases else None
    harmless = [word_data.normalise(words, p) for p in rule.get("harmless") or []]
    exempt = {s.name for s in slots if s.role in _EXEMPT_ROLES}
    problems = []
    for sample in samples:
        refs = _SLOT_REF.findall(sample)
        if not refs or all(ref in exempt for ref in refs):
            continue
        for piece in _SLOT_REF.split(sample)[::2]:
            said = f" {word_data.normalise(words, piece)} "
            for phrase in harmless:
                said = said.replace(f" {phrase} ", " , ")
            found = [name for name, family in families.items() if family.spans(said.strip() + " ")]
            found += [m.group() for m in refused.finditer(said)] if refused is not None else []
            if found:
                problems.append(
                    f"carrier {sample!r} holds {found[0]!r}, a word the reading needs (carrier_words): Alexa would "
                    "hand the skill the slot's words without it"
                )
                break
    return problems


@cache
def _general_words() -> word_data.Words:
    """The project's word data: the families a carrier may not hold are general language, no kb
    question's, so they serve any kb the generator is given (one in the making, whose new question has
    no words yet, too)."""
    return word_data.words_for(load_kb())


def every_choice_samples(templates: Mapping[str, Any], intent: str, slots: Sequence[AnswerSlot]) -> list[str]:
    """``every_choice`` carriers of one intent ("I think {choice}") for each choice question's
    slot: a new choice question in kb/ is understood in these forms with no template edit."""
    names = [s.name for s in slots if s.role == Role.CHOICE and s.name == s.question]
    carriers = (templates.get("every_choice") or {}).get(intent) or []
    return [c.replace("{choice}", f"{{{name}}}") for name in names for c in carriers]


def locale_samples(
    templates: Mapping[str, Any], locale: str, heard: CorpusPhrases | None = None, slots: Sequence[AnswerSlot] = ()
) -> dict[str, list[str]]:
    """Intent name -> sample utterances for one locale (shared samples, locale extras, then the
    corpus's train answers that no template already says)."""
    extras = (templates.get("locale_samples") or {}).get(locale) or {}
    unknown = set(extras) - set(templates["intents"])
    if unknown:
        raise ModelError(f"model_templates.yaml: locale_samples.{locale} names unknown intents {sorted(unknown)}")
    heard = heard or CorpusPhrases()
    samples = {
        name: heard.allowed(
            expand_all([*(samples or []), *(extras.get(name) or []), *every_choice_samples(templates, name, slots)])
        )
        for name, samples in templates["intents"].items()
    }
    taken = {alexa_key(sample) for intent_samples in samples.values() for sample in intent_samples}
    for intent, said in heard.samples:
        if intent in samples and alexa_key(said) not in taken and heard.allowed([said]):
            samples[intent].append(said)
            taken.add(alexa_key(said))
    return samples


def build_model(
    kb: KnowledgeBase, locale: str, templates: Mapping[str, Any] | None = None, heard: CorpusPhrases | None = None
) -> dict[str, Any]:
    """The interaction model for one locale, as the ASK JSON document. Raises ModelError."""
    templates = templates if templates is not None else load_templates()
    slots = answer_slots(kb)
    slot_names = [s.name for s in slots]
    answer_intents = set(templates["answer_intents"])
    problems: list[str] = []
    owners: dict[str, str] = {}
    intents = []
    for name, samples in locale_samples(templates, locale, heard, slots).items():
        declared = slot_names if name in answer_intents else []
        for sample in samples:
            for problem in check_sample(sample, declared):
                problems.append(f"{locale} {name}: sample {sample!r} {problem}")
            key = alexa_key(sample)
            if key in owners:
                problems.append(f"{locale} {name}: sample {sample!r} is already a sample of {owners[key]}")
            owners[key] = name
        if declared:
            problems += [f"{locale} {name}: {problem}" for problem in carrier_problems(templates, samples, slots)]
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
                "types": slot_types(kb, templates, heard),
            }
        }
    }


def build_all(
    kb: KnowledgeBase | None = None, templates: Mapping[str, Any] | None = None, heard: CorpusPhrases | None = None
) -> dict[str, dict[str, Any]]:
    """Locale -> model for every locale in the templates; ``heard`` defaults to the corpus's train part."""
    kb = kb if kb is not None else load_kb()
    templates = templates if templates is not None else load_templates()
    heard = heard if heard is not None else corpus_phrases(kb)
    return {locale: build_model(kb, locale, templates, heard) for locale in LOCALES}


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
