"""Prints how long every response the skill can give takes to hear, in every locale.

Why: a turn is heard, not read. Past about 8 seconds (20 words at 150 words per minute) a listener
loses the question; only the final advice may run longer. The figures come from walking the routing
table (``skill.machine.ROUTES``): every golden case's interview is replayed, and at every state it
passes through every event kind is sent, plus the states a miss or a help leaves behind. Each
question's words and spoken options are listed from the knowledge base. ``tests/test_speech_budget.py``
asserts the limits on the same inventory; this prints it.

Run: .venv/bin/python -m benchmarks.speech_budget [locale ...]
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kb import LOCALES, KnowledgeBase, Question
from skill import compose, machine
from skill.context import Context
from skill.intents import Kind
from skill.phrases import Phrases, load_phrases
from skill.reply import Reply
from skill.session import FRESH, Echo, Mode, State
from skill.speech import join
from tests.kb_helpers import answer_from, golden_cases, real_kb

WORDS_PER_MINUTE = 150
TURN_WORDS = 20  # 8 seconds before the question: no turn but a final advice runs longer
LAUNCH_WORDS = 27  # the safety line and framing before the first question: about 10 seconds
PREFIX_WORDS = 15  # one short sentence before a fresh start ("Okay, let's start again.", the help)
# The kb's own limits, so a change in policy.yaml is what the budget checks.
_POLICY = real_kb().policy
HELP_WORDS = _POLICY.max_help_words  # "why do you ask" says the question's kb help
QUESTION_WORDS = _POLICY.max_question_words
SPOKEN_OPTIONS = _POLICY.max_spoken_options


def words(text: str) -> int:
    return len(text.split())


def seconds(text: str) -> float:
    return words(text) * 60 / WORDS_PER_MINUTE


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


@dataclass(frozen=True)
class Turn:
    """One response as heard: what it was for, its words, and whether the session ends with it."""

    label: str  # "<mode> <kind> <pending question>", e.g. "asking other chest_symptoms"
    mode: Mode
    kind: Kind
    speech: str
    question: str  # the question it ends with ("" when it asks nothing)
    final: bool  # advice (it carries the card), an emergency, goodbye: the only turns allowed to run long
    asks: str  # id of the kb question the turn leaves pending ("" when none)
    tips: bool  # a turn of home-care tips: one or two, each with its caution (skill.compose.tip_groups)
    start: bool  # a fresh start: the safety line and framing, then the first question
    emergency: bool  # an emergency ending (the facts after it hold an emergency)

    @property
    def limit(self) -> int | None:
        """How many words may come before the question; None for advice, tips and "why" after the advice
        (measured, not capped: tips are one or two a turn, reasons at most three, one sentence each)."""
        if self.final or self.tips or (self.kind == Kind.WHY and self.mode != Mode.ASKING):
            return None
        if self.start:
            return LAUNCH_WORDS + (PREFIX_WORDS if self.kind != Kind.LAUNCH else 0)
        return HELP_WORDS if self.kind == Kind.WHY and self.mode == Mode.ASKING else TURN_WORDS

    @property
    def over(self) -> bool:
        return self.limit is not None and words(self.lead) > self.limit

    @property
    def lead(self) -> str:
        """What is said before the question it ends with (all of it, when it asks nothing)."""
        return self.speech[: len(self.speech) - len(self.question)].strip()


def turns(kb: KnowledgeBase, phrases: Phrases, locale: str) -> list[Turn]:
    """Every distinct response met while walking the routing table through the golden cases."""
    found: dict[tuple[str, str], Turn] = {}
    for state in _states(kb, phrases, locale):
        for kind in Kind:
            if kind == Kind.LAUNCH and state != FRESH:
                continue
            ctx = Context(kb=kb, phrases=phrases, locale=locale)
            step = machine.run(ctx, state, machine.Event(kind))
            speech = join(step.reply.speech)
            pending = f" {state.question}" if state.question else ""
            label = f"{state.mode.value} {kind.value}{pending}"
            if state.echo != Echo.ASK or state.misses or state.helped:
                label += f" (after {state.echo.value}, {state.misses} missed{', helped' if state.helped else ''})"
            asked = kb.questions.get(step.state.question or "")
            question = kb.say(asked.text, locale) if asked is not None else ""
            turn = _turn(label, state.mode, kind, speech, question, _final(step.reply))
            tips = any(kb.say(tip.text, locale) in speech for tip in kb.advice.values())
            start = phrases.phrase("safety", locale) in speech
            asks = step.state.question or "" if step.state.mode == Mode.ASKING else ""
            emergency = (
                step.reply.ends_session and ctx.evaluate(step.state.facts, step.state.unasked).assessment.emergency
            )
            found.setdefault((label, speech), replace(turn, asks=asks, tips=tips, start=start, emergency=emergency))
    return list(found.values())


def _final(reply: Reply) -> bool:
    """Advice (it comes with its card, and may end with the offer of tips) or the end of the session."""
    return reply.ends_session or reply.card is not None


def _turn(label: str, mode: Mode, kind: Kind, speech: str, pending: str, final: bool) -> Turn:
    """The question a turn ends with: the pending kb question when it is said last, else a last
    sentence that asks something ("Which one: ...?", "Want more?")."""
    said = sentences(speech)
    if final:
        question = ""
    elif pending and speech.endswith(pending):
        question = pending
    else:
        question = said[-1] if said and said[-1].endswith("?") else ""
    return Turn(label, mode, kind, speech, question, final, asks="", tips=False, start=False, emergency=False)


def _states(kb: KnowledgeBase, phrases: Phrases, locale: str) -> Iterator[State]:
    """The states every golden interview passes through, and those a miss, a last try or a help
    leaves at each question."""
    seen: set[str] = set()
    for case in golden_cases():
        answer = answer_from(case["facts"])
        ctx = Context(kb=kb, phrases=phrases, locale=locale)
        step = machine.run(ctx, FRESH, machine.Event(Kind.LAUNCH))
        yield FRESH
        for _ in range(40):
            state = step.state
            if step.reply.ends_session:
                break
            # responses differ by where the interview is, not by every answer behind it
            key = f"{state.mode} {state.question} {state.tips_said} {len(state.facts) > 8}"
            if key not in seen:
                seen.add(key)
                yield from _variants(kb, state)
            ctx = Context(kb=kb, phrases=phrases, locale=locale)
            if state.mode == Mode.ASKING:
                question = kb.questions[state.question or ""]
                step = machine.answer(ctx, state, {question.id: answer(question)})
            else:
                step = machine.run(ctx, state, machine.Event(Kind.YES))
    yield State(mode=Mode.DONE)


def _variants(kb: KnowledgeBase, state: State) -> Iterator[State]:
    yield state
    if state.mode == Mode.ASKING:
        yield state.but(misses=1, echo=Echo.NO_MATCH)
        if kb.questions[state.question or ""].phase == "red_flag":
            yield state.but(misses=2, echo=Echo.LAST_TRY)
        yield state.but(helped=True, echo=Echo.HELP)
    else:
        yield state.but(helped=True)


def question_rows(kb: KnowledgeBase, locale: str) -> list[tuple[Question, str, int | None]]:
    """Each question's text in the locale and how many options it names aloud: a yes/no question's
    signs, a choice question's values heard in its text (``skill.compose.spoken_values``, the kb's
    own count: decision three_spoken_options); None for number and duration questions."""
    ctx = Context(kb=kb, phrases=load_phrases(kb), locale=locale)
    rows: list[tuple[Question, str, int | None]] = []
    for q in kb.questions.values():
        options = len(q.signs) if q.answer_type == "yes_no" else None
        if q.answer_type == "choice":
            options = len([v for v in compose.spoken_values(ctx, q) if v != q.none_value])
        rows.append((q, kb.say(q.text, locale), options))
    return rows


def main(locales: list[str]) -> None:
    logging.getLogger("skill").setLevel(logging.ERROR)  # the walk's "yes" to a reminder has no Alexa API
    kb = real_kb()
    phrases = load_phrases(kb)
    for locale in locales:
        print(f"\n== {locale}: questions (words, seconds at {WORDS_PER_MINUTE} wpm, spoken options) ==")
        for question, text, options in question_rows(kb, locale):
            flag = "  OVER" if words(text) > QUESTION_WORDS or (options or 0) > SPOKEN_OPTIONS else ""
            print(f"{question.id:20} {words(text):3}w {seconds(text):5.1f}s  options={options or '-'}{flag}")
        heard = turns(kb, phrases, locale)
        print(f"\n== {locale}: {len(heard)} responses (words, seconds, words before the question) ==")
        for turn in sorted(heard, key=lambda t: (t.final, t.tips, -words(t.lead))):
            end = "final" if turn.final else "tips " if turn.tips else "open "
            flag = f"  OVER {turn.limit}" if turn.over else ""
            figures = f"{words(turn.speech):3}w {seconds(turn.speech):5.1f}s lead={words(turn.lead):3}w"
            print(f"{end} {figures}  {turn.label}{flag}")
        for name, group in (
            ("open turn (before its question)", [t for t in heard if t.limit is not None]),
            ("tips turn", [t for t in heard if t.tips and not t.final]),
            ("final advice", [t for t in heard if t.final]),
        ):
            longest = max(group, key=lambda t: words(t.lead))
            figures = f"{words(longest.lead)} words, {seconds(longest.lead):.1f}s"
            print(f"-- {locale}: longest {name}: {figures}: {longest.label}")
        print(f"-- {locale}: {sum(t.over for t in heard)} turns over their limit")


if __name__ == "__main__":
    main(sys.argv[1:] or list(LOCALES))
