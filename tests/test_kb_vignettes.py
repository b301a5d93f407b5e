"""The independent vignette set (kb/vignettes.yaml) played through the engine: the safety floor only.

Accuracy (safe, exact, cause named first, answers per interview) is a printed figure from
`python -m benchmarks.triage`, measured against its targets; these tests fail only when a true
emergency is missed or anyone is sent somewhere less urgent than the guidelines allow.
"""

from __future__ import annotations

from benchmarks.triage import figures, play_all, vignettes
from tests.kb_helpers import real_kb


def test_every_vignette_answers_only_questions_the_knowledge_base_asks():
    kb = real_kb()
    for v in vignettes():
        unknown = set(v["answers"]) - set(kb.questions)
        assert not unknown, f"{v['id']}: answers to questions the kb does not have: {unknown}"
        assert v["expect"] in kb.dispositions and all(a in kb.dispositions for a in v.get("acceptable", ()))


def test_vignette_set_has_the_planned_mix_and_enough_look_alikes():
    kb = real_kb()
    cases = vignettes()
    assert len(cases) >= 60
    assert sum(bool(v.get("look_alike")) for v in cases) >= 15
    for level in kb.dispositions:
        share = sum(v["expect"] == level for v in cases) / len(cases)
        assert share >= 0.08, f"{level}: only {share:.0%} of the vignettes"


def test_every_emergency_vignette_gets_emergency_care_and_nobody_is_under_triaged():
    kb = real_kb()
    played = play_all(kb)
    result = figures(kb, played)
    missed = [p.id for p in played if kb.dispositions[p.expect].emergency and not kb.dispositions[p.got].emergency]
    assert result["emergency recall"] == 1.0, f"emergencies missed: {missed}"
    under = [f"{p.id}: {p.expect} -> {p.got}" for p in played if p.under_triaged(kb)]
    assert not under, f"sent somewhere less urgent than the guidelines allow: {under}"
