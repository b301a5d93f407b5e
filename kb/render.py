"""Engine results as plain JSON-ready dicts in one locale: what the command line prints and what
other front ends (a chat window, an in-car assistant) can consume without importing the model."""

from __future__ import annotations

from typing import Any

from kb.engine import Assessment
from kb.model import KnowledgeBase, Question


def question_json(kb: KnowledgeBase, q: Question | None, locale: str) -> dict[str, Any]:
    if q is None:
        return {"done": True, "question": None}
    return {
        "done": False,
        "question": {
            "id": q.id,
            "fact": q.fact,
            "phase": q.phase,
            "answer_type": q.answer_type,
            "multiple": q.multiple,
            "text": kb.say(q.text, locale),
            "reprompt": kb.say(q.reprompt, locale),
            "help": kb.say(q.help, locale),
            "values": [{"id": v.id, "say": kb.say(v.say, locale), "synonyms": list(v.synonyms)} for v in q.values],
            "sources": list(q.sources),
        },
    }


def assessment_json(kb: KnowledgeBase, a: Assessment, locale: str) -> dict[str, Any]:
    days = {"self_care_days": a.self_care_days}
    return {
        "done": a.done,
        "answered": a.answered,
        "disposition": {
            "id": a.disposition.id,
            "emergency": a.disposition.emergency,
            "title": kb.say(a.disposition.title, locale),
            "advice": kb.say(a.disposition.advice, locale, **days),
            "safety_net": kb.say(a.disposition.safety_net, locale, **days),
        },
        "red_flags": [{"id": f.id, "advice": kb.say(f.advice, locale)} for f in a.red_flags],
        # What to say, in order: the emergency advice first (its honest form after "I don't know"),
        # otherwise why, the cause's warning, and the lines for screens unsure or not understood.
        "emergency_advice": kb.say(a.emergency_advice, locale) or None,
        "because": kb.say(a.because, locale) or None,
        "warning": kb.say(a.warning, locale) or None,
        "if_unsure": [kb.say(t, locale) for t in a.if_unsure],
        "unclear": [kb.say(t, locale) for t in a.unclear],
        "reasons": [
            {"id": r.id, "kind": r.kind, "text": kb.say(r.text, locale), "unsure": r.unsure, "sources": list(r.sources)}
            for r in a.reasons
        ],
        "causes": [
            {
                "id": c.cause.id,
                "name": kb.say(c.cause.name, locale),
                "score": c.score,
                "leading": a.leading is not None and c.cause.id == a.leading.cause.id,
                "matched": [kb.say(m, locale) for m in c.matched],
            }
            for c in a.causes
        ],
        "tips": [
            {"id": t.id, "text": kb.say(t.text, locale), "caution": kb.say(t.caution, locale) or None} for t in a.tips
        ],
    }
