"""Plays every vignette in kb/vignettes.yaml through the engine and prints how well it triages.

Why a separate vignette set: kb/cases.yaml was written alongside the rules, so passing it proves
little about accuracy. The vignettes were written from the guidelines first; this benchmark says how
often the engine agrees with them. Tests hold only the safety floor (every emergency caught, nothing
under-triaged); accuracy is a printed figure measured against the targets below.
Run: .venv/bin/python -m benchmarks.triage
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb import KnowledgeBase, assess, load_kb
from kb.yaml_loader import read_yaml
from tests.kb_helpers import answer_from, interview

VIGNETTES_FILE = Path(__file__).resolve().parents[1] / "kb" / "vignettes.yaml"
TARGETS = {"emergency recall": 1.0, "safe": 0.95, "exact": 0.85, "cause named first": 0.80}
TARGET_UNDER_TRIAGE = 0
TARGET_MEDIAN_ANSWERS = 7


@dataclass(frozen=True)
class Played:
    id: str
    expect: str
    acceptable: tuple[str, ...]
    got: str
    cause: str | None
    named: str | None
    asked: tuple[str, ...]
    why: tuple[str, ...]  # per answer: why the engine asked it (see _why)

    @property
    def answers(self) -> int:
        return len(self.asked)

    def safe(self) -> bool:
        return self.got == self.expect or self.got in self.acceptable

    def under_triaged(self, kb: KnowledgeBase) -> bool:
        return not self.safe() and kb.dispositions[self.got].rank < kb.dispositions[self.expect].rank


def vignettes() -> list[dict[str, Any]]:
    return list(read_yaml(VIGNETTES_FILE)["vignettes"])


def play(kb: KnowledgeBase, vignette: dict[str, Any]) -> Played:
    """Interview as the engine chooses, answering from the vignette; name what the advice names first:
    the red flag for an emergency, otherwise the leading cause."""
    facts, asked = interview(kb, answer_from(vignette["answers"]))
    result = assess(kb, facts)
    named = result.red_flags[0].id if result.red_flags else (result.leading.cause.id if result.leading else None)
    return Played(
        id=vignette["id"],
        expect=vignette["expect"],
        acceptable=tuple(vignette.get("acceptable", ())),
        got=result.disposition.id,
        cause=vignette.get("cause"),
        named=named,
        asked=tuple(asked),
        why=tuple(_why(kb, q, {a: facts[a] for a in asked[:i]}) for i, q in enumerate(asked)),
    )


def _why(kb: KnowledgeBase, question_id: str, before: dict[str, Any]) -> str:
    q = kb.questions[question_id]
    if q.phase == "red_flag":
        return "red-flag screens"
    return "core questions" if q.is_core(before) else "look-ahead questions"


def play_all(kb: KnowledgeBase) -> list[Played]:
    return [play(kb, v) for v in vignettes()]


def figures(kb: KnowledgeBase, played: list[Played]) -> dict[str, float]:
    emergencies = [p for p in played if kb.dispositions[p.expect].emergency]
    with_cause = [p for p in played if p.cause]
    return {
        "emergency recall": sum(kb.dispositions[p.got].emergency for p in emergencies) / len(emergencies),
        "safe": sum(p.safe() for p in played) / len(played),
        "exact": sum(p.got == p.expect for p in played) / len(played),
        "cause named first": sum(p.named == p.cause for p in with_cause) / len(with_cause),
        "under-triage": float(sum(p.under_triaged(kb) for p in played)),
        "median answers": float(statistics.median(p.answers for p in played)),
        "max answers": float(max(p.answers for p in played)),
    }


def _confusion(kb: KnowledgeBase, played: list[Played]) -> list[str]:
    levels = list(kb.dispositions)
    short = {d: d[:10] for d in levels}
    counts = Counter((p.expect, p.got) for p in played)
    lines = ["expected \\ got  " + " ".join(f"{short[d]:>10}" for d in levels)]
    for row in levels:
        lines.append(f"{short[row]:<16}" + " ".join(f"{counts[(row, col)]:>10}" for col in levels))
    return lines


def _lengths(played: list[Played]) -> list[str]:
    """Where the answers go: how long the interviews are, how many must shorten for the median target,
    and which questions are asked most. Why: the median is the one target a tuning change can miss
    while every accuracy figure improves, and these lines show which questions to fold or cut."""
    counts = Counter(p.answers for p in played)
    histogram = "  ".join(f"{n}:{counts[n]}" for n in sorted(counts))
    within = sum(p.answers <= TARGET_MEDIAN_ANSWERS for p in played)
    needed = max(0, len(played) // 2 + 1 - within)
    asked = Counter(q for p in played for q in p.asked)
    kinds = Counter(why for p in played for why in p.why)
    return [
        f"answers per interview (answers:interviews)  {histogram}",
        f"interviews within {TARGET_MEDIAN_ANSWERS} answers: {within} of {len(played)}; "
        f"{needed} more needed for the median target",
        "answers spent on: " + ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()),
        "asked in how many interviews: " + ", ".join(f"{q} {n}" for q, n in asked.most_common()),
    ]


def main() -> None:
    kb = load_kb()
    played = play_all(kb)
    print(f"{len(played)} vignettes from {VIGNETTES_FILE.name}\n")
    print("\n".join(_confusion(kb, played)))
    result = figures(kb, played)
    print()
    for name, target in TARGETS.items():
        print(f"{name:<20} {result[name]:6.1%}   target >= {target:.0%}")
    print(f"{'under-triage':<20} {result['under-triage']:6.0f}   target {TARGET_UNDER_TRIAGE}")
    print(f"{'median answers':<20} {result['median answers']:6.1f}   target <= {TARGET_MEDIAN_ANSWERS}")
    print(f"{'max answers':<20} {result['max answers']:6.0f}   limit {kb.policy.max_answers}")
    print()
    print("\n".join(_lengths(played)))
    wrong = [p for p in played if not p.safe() or p.got != p.expect or (p.cause and p.named != p.cause)]
    if wrong:
        print("\nnot exact, or another cause named first:")
        for p in wrong:
            flag = "UNDER-TRIAGE " if p.under_triaged(kb) else ("over " if not p.safe() else "")
            print(f"  {flag}{p.id}: expected {p.expect}, got {p.got}; cause {p.cause}, named {p.named}")


if __name__ == "__main__":
    main()
