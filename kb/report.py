"""The clinician's review document: every rule with its condition, disposition, reason and sources.

The "When ..." lines are generated from the same condition objects the engine runs, so the
report cannot say one thing while the engine does another.
"""

from __future__ import annotations

from collections.abc import Iterable

from kb.conditions import All, describe
from kb.model import KnowledgeBase, LocalText


def _sources(kb: KnowledgeBase, ids: Iterable[str]) -> str:
    return "; ".join(f"{kb.sources[i].title} ({kb.sources[i].publisher})" for i in ids)


def _cell(text: str) -> str:
    return text.replace("|", "/").replace("\n", " ")


def render(kb: KnowledgeBase, locale: str = "en-US") -> str:

    def say(text: LocalText | None) -> str:
        return _cell(kb.say(text, locale, self_care_days="N"))

    out = [
        f"# Knee Pain Guide: clinical rule review ({locale})",
        "",
        "Every rule the engine runs, most urgent first. Conditions are generated from the rules themselves.",
        "",
    ]
    out += [
        "## Red flags (end the interview at once)",
        "",
        '| id | when | then | advice (spoken first) | after "I don\'t know" | reason | sources | reviewed |',
        "|---|---|---|---|---|---|---|---|",
    ]
    for f in kb.red_flags.values():
        out.append(
            f"| {f.id} | {_cell(describe(f.when))} | **{f.disposition}** | {say(f.advice)} | "
            f"{say(f.advice_unsure) if f.advice_unsure else ''} | {say(f.reason)} | "
            f"{_cell(_sources(kb, f.sources))} | {f.reviewed} |"
        )
    out += [
        "",
        "## Other disposition rules",
        "",
        "| id | when | then | reason (spoken) | sources | reviewed |",
        "|---|---|---|---|---|---|",
    ]
    for r in kb.rules.values():
        out.append(
            f"| {r.id} | {_cell(describe(r.when))} | **{r.disposition}** | {say(r.reason)} | "
            f"{_cell(_sources(kb, r.sources))} | {r.reviewed} |"
        )
    out += [
        "",
        "## Causes",
        "",
        f"A cause leads when its score is at least {kb.policy.min_cause_score}; "
        f"with no leading cause the disposition is {kb.policy.default_disposition}.",
        "",
    ]
    for c in kb.causes.values():
        out += [
            f"### {c.id}: {say(c.name)}",
            "",
            say(c.explanation),
            "",
            f"Usual disposition: **{c.disposition}**. See a doctor when: {say(c.see_doctor_when)}",
            "",
            "| when | weight | says |",
            "|---|---|---|",
        ]
        out += [f"| {_cell(describe(f.when))} | {f.weight:+d} | {say(f.says)} |" for f in c.features]
        out += [
            "",
            f"Tips: {', '.join(c.tips) or 'none'}. Sources: {_cell(_sources(kb, c.sources))}. Reviewed {c.reviewed}.",
            "",
        ]
    urgency = kb.index.urgency if kb.index else {}
    ranks = {d.rank: d.id for d in kb.dispositions.values()}
    out += [
        "## Questions (file order)",
        "",
        "Open red-flag screens are asked most urgent first (the step a screen can lead to, shown in",
        'the phase column); a screen answered "I don\'t know" or left unclear makes the advice say the',
        '"unsure about" words and the "if so" instruction.',
        "",
        "| id | phase | asked when | text | reprompt | options | unsure about / if so | sources |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for q in kb.questions.values():
        when = (
            describe(q.ask_when)
            if q.ask_when
            else "always"
            if q.phase == "red_flag"
            else "when it can change the advice"
        )
        if q.always_ask is not None:
            core = "always" if isinstance(q.always_ask, All) and not q.always_ask.parts else describe(q.always_ask)
            when += f"; core question when {core}"
        phase = f"{q.phase} (up to {ranks[urgency[q.id]]})" if q.id in urgency else q.phase
        options = ", ".join(q.signs) if q.signs else ", ".join(say(v.say) for v in q.values)
        unsure = (
            f"{say(q.unsure_about)} / {say(q.if_so)}"
            if q.unsure_about and q.if_so
            else say(q.unsure_about)
            if q.unsure_about
            else ""
        )
        out.append(
            f"| {q.id} | {phase} | {_cell(when)} | {say(q.text)} | {say(q.reprompt)} | {_cell(options)} | "
            f"{unsure} | {_cell(_sources(kb, q.sources))} |"
        )
    out += ["", "## Dispositions", "", "| id | advice | safety net | sources |", "|---|---|---|---|"]
    for d in kb.dispositions.values():
        out.append(f"| {d.id} | {say(d.advice)} | {say(d.safety_net)} | {_cell(_sources(kb, d.sources))} |")
    out += ["", "## Home-care tips", "", "| id | text | caution | never when | sources |", "|---|---|---|---|---|"]
    for a in kb.advice.values():
        out.append(
            f"| {a.id} | {say(a.text)} | {say(a.caution) if a.caution else ''} | "
            f"{_cell(describe(a.not_when)) if a.not_when else ''} | {_cell(_sources(kb, a.sources))} |"
        )
    policy = kb.policy
    out += [
        "",
        "## Policy",
        "",
        f"- Interview: target {policy.target_answers} answers, never more than {policy.max_answers}; "
        f"questions at most {policy.max_question_words} words and {policy.max_spoken_options} spoken options; "
        f"at most {policy.tips_per_turn} tips a turn, within {policy.max_tip_turn_words} words.",
        f'- "I don\'t know" on a red-flag screen leads at least to {policy.unknown_on_a_screen_at_least}; '
        f'a screen left unclear (reserved value "unclear") at least to {policy.unclear_screen_at_least}.',
        *(f"- Frame {name}: {_cell(text['en'])}" for name, text in policy.frames.items()),
        "",
        "## Policy decisions",
        "",
    ]
    out += [f"- **{d['id']}**: {_cell(d['text'])} ({_cell(_sources(kb, d['sources']))})" for d in kb.policy.decisions]
    out += ["", "## Sources", "", "| id | title | publisher | strength | url |", "|---|---|---|---|---|"]
    out += [
        f"| {s.id} | {_cell(s.title)} | {_cell(s.publisher)} | {s.strength} | {s.url or ''} |"
        for s in kb.sources.values()
    ]
    return "\n".join(out) + "\n"
