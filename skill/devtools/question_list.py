"""The question list a blind round's writer is given (tests/paraphrases/README.md, "The blind part").

A writer must know what each question asks, how it is answered and which ids to record, and must
not see how the skill understands answers: so the list holds each question's words as the person
hears them, its answer type, the questions whose answers open it, and for a choice its value ids
with the words the skill says for them; never a synonym, a volunteer phrase or a word family.
Generated from the kb, so every session's writers get the same list for the same kb.

    python -m skill.devtools.question_list [--locale en-GB] > question_list.md
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from kb import KnowledgeBase, Question


def question_list(kb: KnowledgeBase, locale: str = "en-US") -> str:
    """Markdown, one section per question in the kb's order."""
    lines = [
        f"# The questions the skill asks, as the person hears them ({locale})",
        "",
        'Yes/no questions take "yes", "no" or "unknown"; a choice takes one of its value ids (a list where',
        'several are allowed) or "unknown"; a number is recorded as a number.',
        "",
    ]
    for question in kb.questions.values():
        lines += [*_section(kb, question, locale), ""]
    return "\n".join(lines)


def _section(kb: KnowledgeBase, question: Question, locale: str) -> list[str]:
    kind = question.answer_type + (", several values allowed" if question.multiple else "")
    unit = _unit(question)
    lines = [f"## {question.id} ({kind}{'; ' + unit if unit else ''}; {question.phase.replace('_', '-')})"]
    if question.ask_when is not None:
        lines.append(f"- asked only after answers to: {', '.join(sorted(question.ask_when.reads))}")
    lines.append(f'- says: "{kb.say(question.text, locale)}"')
    lines += [f"  - `{value.id}`: {kb.say(value.say, locale)}" for value in question.values]
    return lines


def _unit(question: Question) -> str:
    """How a number is recorded, from the kb's own answer type: a duration is kept in days; a number in
    the range the kb accepts."""
    if question.answer_type == "duration":
        return "in days"
    if question.number_range is not None:
        low, high = question.number_range
        return f"a whole number from {low} to {high}"
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    from kb import load_kb

    parser = argparse.ArgumentParser(prog="python -m skill.devtools.question_list", description=__doc__)
    parser.add_argument("--locale", default="en-US")
    print(question_list(load_kb(), parser.parse_args(argv).locale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
