"""Loading: read every YAML file, check it against its JSON Schema, build the typed model, then
check the cross-references. Any problem raises KbError naming the file, the entry and the problem.

Why a validation stamp: the JSON-Schema pass (and importing jsonschema for it) is most of a cold
start, yet the data a server or a Lambda bundle ships never changes while it runs. Every full
validation that passes writes a stamp beside the data, when it can (``kb.document_stamp``): the
documents it validated, as JSON (which parses several times faster than YAML), under the digest of
those documents, the data files, the schemas and the code that builds and checks the model
(``CHECKERS``). Serving start-up
(``trust_stamp=True``) uses the stamp's documents, skipping the YAML parse, the schema pass and the
cross-reference checks (``kb.validate``, about 4 ms: the stamp certifies they passed on exactly these
documents with exactly this code), only when that digest matches; any edit changes it, so changed
data is always validated in full and a broken file still stops start-up naming file, entry and
problem. Everything else (``python -m kb check``, the tests, the tools) always validates in full.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb import document_stamp, validate
from kb.conditions import All, Condition, parse_condition
from kb.errors import KbError
from kb.index import with_index
from kb.model import (
    Advice,
    AnswerValue,
    Cause,
    Disposition,
    Feature,
    KnowledgeBase,
    Locale,
    LocalText,
    Policy,
    Question,
    RedFlag,
    Rule,
    Source,
)

if TYPE_CHECKING:
    from referencing import Registry

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SCHEMA_DIR = PACKAGE_DIR / "schema"
FILES = ("sources", "locales", "questions", "red_flags", "rules", "causes", "dispositions", "advice", "policy")
STAMP = ".validated"  # first line the digest, then the validated documents as JSON
# The code whose verdict a stamp records: this loader, the model it builds and the checks run on it.
CHECKERS = tuple(PACKAGE_DIR / f"{name}.py" for name in ("loader", "model", "conditions", "validate", "errors"))


@lru_cache(maxsize=1)
def _schemas() -> dict[str, Any]:
    """Every JSON Schema by file name, read once per process."""
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in SCHEMA_DIR.glob("*.json")}


@lru_cache(maxsize=1)
def _registry() -> Registry:
    """Lets each schema refer to the shared definitions in common.json."""
    from referencing import Registry, Resource  # with jsonschema: only when a schema pass runs
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT202012))
        for schema in _schemas().values()
    )


def _entry_name(document: Any, path: list[Any]) -> str:
    """Name the entry an error sits in by its id where it has one ("questions[3] (lump)")."""
    if not path:
        return "(whole file)"
    node, label = document, []
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(step, int) and isinstance(node, dict) and "id" in node:
            label.append(f"[{step}] ({node['id']})")
        else:
            label.append(f"[{step}]" if isinstance(step, int) else f".{step}")
    return "".join(label).lstrip(".")


def _check_schema(name: str, document: Any) -> None:
    import jsonschema  # about as costly as the pass itself: not imported when the stamp spares it

    validator = jsonschema.Draft202012Validator(_schemas()[name], registry=_registry())
    errors = list(validator.iter_errors(document))
    if errors:
        worst = jsonschema.exceptions.best_match(errors)
        raise KbError(f"{name}.yaml", _entry_name(document, list(worst.absolute_path)), worst.message)


def _text(raw: Any) -> LocalText:
    return {"en": raw} if isinstance(raw, str) else dict(raw)


def _source(data_dir: Path, name: str) -> str:
    path = data_dir / f"{name}.yaml"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KbError(f"{name}.yaml", "(whole file)", f"missing: expected it at {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise KbError(f"{name}.yaml", "(whole file)", f"cannot be read: {exc}") from exc


def _parse(name: str, text: str) -> Any:
    import yaml  # not needed when the stamp's JSON documents are used

    from kb.yaml_loader import parse_yaml

    try:
        return parse_yaml(text)
    except yaml.YAMLError as exc:
        raise KbError(f"{name}.yaml", "(whole file)", f"not valid YAML: {exc}") from exc


def digest(sources: Mapping[str, str], documents: str) -> str:
    """What a stamp certifies: the data files' text, every schema, the code that builds and checks the
    model, and the documents the stamp carries (``kb.document_stamp``)."""
    return document_stamp.certify(_inputs(sources), documents)


def _inputs(sources: Mapping[str, str]) -> dict[str, str]:
    checkers = [*SCHEMA_DIR.glob("*.json"), *CHECKERS]
    return {**sources, **{path.name: path.read_text(encoding="utf-8") for path in checkers}}


def _question(raw: Mapping[str, Any]) -> Question:
    answer = raw["answer"]
    values = tuple(
        AnswerValue(id=v["id"], say=_text(v["say"]), synonyms=tuple(v["synonyms"])) for v in answer.get("values", ())
    )
    number_range = (answer["min"], answer["max"]) if "min" in answer and "max" in answer else None
    return Question(
        id=raw["id"],
        phase=raw["phase"],
        answer_type=answer["type"],
        text=_text(raw["text"]),
        reprompt=_text(raw["reprompt"]),
        help=_text(raw["help"]),
        sources=tuple(raw["sources"]),
        reviewed=raw["reviewed"],
        values=values,
        multiple=bool(answer.get("multiple", False)),
        volunteer=tuple(raw.get("volunteer", ())),
        ask_when=parse_condition(raw["ask_when"]) if "ask_when" in raw else None,
        number_range=number_range,
        always_ask=_always_ask(raw.get("always_ask", False)),
        signs=tuple(raw.get("signs", ())),
        unsure_about=_text(raw["unsure_about"]) if "unsure_about" in raw else None,
        if_so=_text(raw["if_so"]) if "if_so" in raw else None,
    )


def _always_ask(raw: Any) -> Condition | None:
    if raw is True:
        return All(())  # holds for any facts
    return parse_condition(raw) if raw else None


def _cause(raw: Mapping[str, Any]) -> Cause:
    features = tuple(
        Feature(when=parse_condition(f["when"]), weight=f["weight"], says=_text(f["says"])) for f in raw["features"]
    )
    return Cause(
        id=raw["id"],
        name=_text(raw["name"]),
        explanation=_text(raw["explanation"]),
        features=features,
        disposition=raw["disposition"],
        tips=tuple(raw["tips"]),
        see_doctor_when=_text(raw["see_doctor_when"]),
        sources=tuple(raw["sources"]),
        reviewed=raw["reviewed"],
        self_care_days=raw.get("self_care_days"),
    )


def _by_id(items: list[Any], file: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        if item.id in out:
            raise KbError(file, item.id, "the same id is used twice")
        out[item.id] = item
    return out


def load_kb(data_dir: Path | None = None, *, trust_stamp: bool = False) -> KnowledgeBase:
    """Load and validate the whole knowledge base into an immutable object.

    ``trust_stamp`` (serving start-up only) skips the JSON-Schema pass and the cross-reference checks
    when the files are exactly the ones a full validation already passed (see the module docstring);
    a passing full validation records that in the stamp.
    """
    data_dir = Path(data_dir) if data_dir else DATA_DIR
    sources = {name: _source(data_dir, name) for name in FILES}
    inputs = _inputs(sources)
    stamped = document_stamp.read(data_dir / STAMP, inputs)
    if trust_stamp and stamped is not None:
        return with_index(_build(stamped))  # passed validate.check with this code when it was stamped
    raw = {name: _parse(name, text) for name, text in sources.items()}
    for name, document in raw.items():
        _check_schema(name, document)
    kb = _build(raw)
    validate.check(kb)
    if stamped != raw:
        document_stamp.write(data_dir / STAMP, inputs, raw)
    return with_index(kb)


def _build(raw: dict[str, Any]) -> KnowledgeBase:
    """The typed model of documents that passed (or were stamped as passing) their schemas."""
    ranks = {d["id"]: i for i, d in enumerate(reversed(raw["dispositions"]["dispositions"]))}
    policy = raw["policy"]["policy"]
    return KnowledgeBase(
        sources={
            k: Source(id=k, url=v.get("url"), title=v["title"], publisher=v["publisher"], strength=v["strength"])
            for k, v in raw["sources"]["sources"].items()
        },
        locales={
            k: Locale(id=k, sources=tuple(v["sources"]), **{f: x for f, x in v.items() if f != "sources"})
            for k, v in raw["locales"]["locales"].items()
        },
        questions=_by_id([_question(q) for q in raw["questions"]["questions"]], "questions.yaml"),
        red_flags=_by_id(
            [
                RedFlag(
                    id=r["id"],
                    when=parse_condition(r["when"]),
                    disposition=r["disposition"],
                    advice=_text(r["advice"]),
                    advice_unsure=_text(r["advice_unsure"]) if "advice_unsure" in r else None,
                    reason=_text(r["reason"]),
                    sources=tuple(r["sources"]),
                    reviewed=r["reviewed"],
                )
                for r in raw["red_flags"]["red_flags"]
            ],
            "red_flags.yaml",
        ),
        rules=_by_id(
            [
                Rule(
                    id=r["id"],
                    when=parse_condition(r["when"]),
                    disposition=r["disposition"],
                    reason=_text(r["reason"]),
                    sources=tuple(r["sources"]),
                    reviewed=r["reviewed"],
                )
                for r in raw["rules"]["rules"]
            ],
            "rules.yaml",
        ),
        causes=_by_id([_cause(c) for c in raw["causes"]["causes"]], "causes.yaml"),
        dispositions=_by_id(
            [
                Disposition(
                    id=d["id"],
                    rank=ranks[d["id"]],
                    title=_text(d["title"]),
                    advice=_text(d["advice"]),
                    safety_net=_text(d["safety_net"]),
                    sources=tuple(d["sources"]),
                    reviewed=d["reviewed"],
                    emergency=d.get("emergency", False),
                    remind_after_days=d.get("remind_after_days"),
                )
                for d in raw["dispositions"]["dispositions"]
            ],
            "dispositions.yaml",
        ),
        advice=_by_id(
            [
                Advice(
                    id=a["id"],
                    text=_text(a["text"]),
                    sources=tuple(a["sources"]),
                    reviewed=a["reviewed"],
                    caution=_text(a["caution"]) if "caution" in a else None,
                    not_when=parse_condition(a["not_when"]) if "not_when" in a else None,
                )
                for a in raw["advice"]["advice"]
            ],
            "advice.yaml",
        ),
        policy=Policy(
            max_answers=policy["max_answers"],
            max_question_words=policy["max_question_words"],
            min_cause_score=policy["min_cause_score"],
            settled_margin=policy["settled_margin"],
            target_answers=policy["target_answers"],
            past_target_only_for=policy["past_target_only_for"],
            default_disposition=policy["default_disposition"],
            default_self_care_days=policy["default_self_care_days"],
            general_tips=tuple(policy["general_tips"]),
            misses_before_unknown=policy["misses_before_unknown"],
            worrying_above=policy["worrying_above"],
            advice_order={kind: tuple(parts) for kind, parts in policy["advice_order"].items()},
            decisions=tuple(policy["decisions"]),
            max_spoken_options=policy["max_spoken_options"],
            max_help_words=policy["max_help_words"],
            tips_per_turn=policy["tips_per_turn"],
            max_tip_turn_words=policy["max_tip_turn_words"],
            unknown_on_a_screen_at_least=policy["unknown_on_a_screen_at_least"],
            unclear_screen_at_least=policy["unclear_screen_at_least"],
            frames={k: _text(v) for k, v in policy["frames"].items()},
        ),
    )
