"""`python -m kb check | next | assess | report`: the JSON command line for other front ends and reviewers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kb import report
from kb.engine import evaluate
from kb.errors import FactsError, KbError
from kb.facts import check_facts
from kb.loader import load_kb
from kb.model import LOCALES, KnowledgeBase
from kb.render import assessment_json, question_json


def _read_facts(kb: KnowledgeBase, name: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as exc:
        raise FactsError(f"cannot read facts file {name}: {exc.strerror}") from exc
    try:
        raw = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise FactsError(f"facts file {name} is not valid JSON: {exc}") from exc
    return check_facts(kb, raw)


def _unasked(facts: dict[str, Any], names: str) -> frozenset[str]:
    unasked = frozenset(name.strip() for name in names.split(",") if name.strip())
    missing = sorted(unasked - set(facts))
    if missing:
        raise FactsError(f"--unasked names '{missing[0]}', which the facts do not give")
    return unasked


def _summary(kb: KnowledgeBase) -> str:
    narrowing = sum(1 for q in kb.questions.values() if q.phase == "narrowing")
    lines = [
        "Knowledge base OK",
        f"  red flags:     {len(kb.red_flags)}",
        f"  causes:        {len(kb.causes)}",
        f"  questions:     {len(kb.questions)} "
        f"({len(kb.questions) - narrowing} red-flag screens, {narrowing} narrowing)",
        f"  rules:         {len(kb.rules)} (+ {len(kb.red_flags)} red-flag rules)",
        f"  dispositions:  {len(kb.dispositions)}",
        f"  advice tips:   {len(kb.advice)}",
        f"  sources:       {len(kb.sources)}",
        f"  locales:       {len(kb.locales)} ({', '.join(kb.locales)})",
    ]
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m kb", description=__doc__)
    parser.add_argument("--data", type=Path, help="knowledge-base data folder (default: kb/data)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate every file and print a summary")
    for name, text in (("next", "print the next question as JSON"), ("assess", "print the assessment as JSON")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--facts", required=True, help="JSON file of facts, or - for standard input")
        cmd.add_argument("--locale", default="en-US", choices=LOCALES)
        cmd.add_argument(
            "--unasked",
            default="",
            metavar="FACT,...",
            help="facts the person said without being asked: they cost no answer (comma-separated)",
        )
    rep = sub.add_parser("report", help="write a table of every rule, its disposition and its sources")
    rep.add_argument("--out", help="file to write (default: standard output)")
    rep.add_argument("--locale", default="en-US", choices=LOCALES)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        kb = load_kb(args.data)
    except KbError as exc:
        print(f"Knowledge base error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.command == "check":
            print(_summary(kb))
        elif args.command in ("next", "assess"):
            facts = _read_facts(kb, args.facts)
            evaluation = evaluate(kb, facts, _unasked(facts, args.unasked))
            if args.command == "next":
                out = question_json(kb, evaluation.question, args.locale)
            else:
                out = assessment_json(kb, evaluation.assessment, args.locale)
            print(json.dumps(out, indent=2))
        else:
            text = report.render(kb, args.locale)
            if args.out:
                Path(args.out).write_text(text, encoding="utf-8")
            else:
                print(text)
    except FactsError as exc:
        print(f"Bad facts: {exc}", file=sys.stderr)
        return 2
    return 0
