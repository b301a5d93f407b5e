"""The spoken flow over the engine: what to say after each turn, as a Reply.

Why separate from the handlers: the handlers decide *which* step a request is (an answer, a
miss, help, stop...); this module decides *what is said*, once, so the safety rules hold on
every path:

- A fired red flag's advice is the first sentence of the response, whatever else happened in
  the turn, and the session ends there with the disposition's safety net and a card. Answers
  that add up to an emergency without a red flag end the same way, the emergency step first.
- Advice always ends with the disposition and its safety net.
- A second miss counts as "I don't know", which the knowledge base treats cautiously.
- Stopping early still says where to get help when anything worrying was learned.

All words come from the knowledge base (``turn.say``) or the phrase catalogue (``turn.phrase``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kb import UNCLEAR, UNKNOWN, Assessment, Question, assess, check_facts, next_question
from skill.reply import Card, Reply
from skill.session import DONE, INTERVIEW, TIPS
from skill.turn import Turn

TIPS_PER_GROUP = 3
MISSES_BEFORE_UNKNOWN = 2


# --- starting -------------------------------------------------------------------------------


def start(turn: Turn, facts: Mapping[str, Any] | None = None, opening: Iterable[str] = ()) -> Reply:
    """A fresh interview: safety sentence, framing, then the first question (or a red flag at once)."""
    before = list(opening)
    if turn.recovered:
        before.insert(0, turn.phrase("lost_track"))
    turn.state.reset()
    turn.state.facts = check_facts(turn.kb, facts or {})
    return advance(turn, before + intro(turn))


def intro(turn: Turn) -> list[str]:
    return [turn.phrase("safety"), turn.phrase("framing")]


# --- answering ------------------------------------------------------------------------------


def answer(turn: Turn, facts: Mapping[str, Any]) -> Reply:
    """Take new facts (one answer or several volunteered at once) and move on.

    Facts already known teach nothing: if they are all the person said and the question is still
    open, it counts as a miss, so the same question can never be asked for ever."""
    asked = turn.state.question
    news = {name: value for name, value in facts.items() if turn.state.facts.get(name) != value}
    if not news and asked is not None and asked not in facts and turn.state.phase == INTERVIEW:
        return miss(turn)
    turn.state.facts = check_facts(turn.kb, {**turn.state.facts, **facts})
    turn.state.phase = INTERVIEW
    turn.state.tip_offset = 0
    still_open = asked is not None and asked not in facts
    return advance(turn, [turn.phrase("noted")] if still_open else [])


def miss(turn: Turn, kind: str = "no_match") -> Reply:
    """The answer to the current question was not understood: restate the choices once, then
    count it as "I don't know" and move on (cautious for red flags, per the knowledge base)."""
    question = turn.question
    if question is None:
        return start(turn)
    turn.state.misses += 1
    if turn.state.misses >= MISSES_BEFORE_UNKNOWN:
        # A misheard red-flag screen is "unclear", never a fact (kb policy unclear_is_not_a_fact).
        value = UNCLEAR if question.phase == "red_flag" else UNKNOWN
        turn.state.facts = check_facts(turn.kb, {**turn.state.facts, question.id: value})
        return advance(turn, [turn.phrase("move_on")])
    return Reply(
        speech=[turn.phrase(kind, choices=choices(turn, question))], reprompt=question_reprompt(turn, question)
    )


def choices(turn: Turn, question: Question) -> str:
    """The ways to answer a question, said aloud."""
    if question.answer_type != "choice":
        return turn.say(question.reprompt)
    said = [turn.say(v.say) for v in question.values]
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])}, {turn.phrase('list_or')} {said[-1]}"
    return turn.phrase("choices_list", choices=listed)


def advance(turn: Turn, before: list[str]) -> Reply:
    """After the facts changed: a red flag, the next question, or the advice (which is also where an
    emergency reached without a red flag ends up: the engine asks nothing more then)."""
    assessment = assess(turn.kb, turn.state.facts)
    if assessment.red_flags:
        return emergency(turn, assessment)
    question = next_question(turn.kb, turn.state.facts)
    if question is not None:
        return ask(turn, question, before, assessment)
    return advice(turn, assessment, before)


def ask(turn: Turn, question: Question, before: list[str], assessment: Assessment) -> Reply:
    if turn.state.question != question.id:
        turn.state.misses = 0
    turn.state.phase, turn.state.question = INTERVIEW, question.id
    return Reply(speech=[*before, turn.say(question.text)], reprompt=question_reprompt(turn, question, assessment))


def question_reprompt(turn: Turn, question: Question, assessment: Assessment | None = None) -> list[str]:
    """The question's reprompt. Once something worrying is known it also says what to do: if the
    person goes quiet, the reprompt is the last thing Alexa says before the session ends."""
    if assessment is None:
        assessment = assess(turn.kb, turn.state.facts)
    reprompt = [turn.say(question.reprompt)]
    if worrying(turn, assessment):
        reprompt += [turn.phrase("cut_off"), *disposition_lines(turn, assessment)]
    return reprompt


# --- outcomes -------------------------------------------------------------------------------


def emergency(turn: Turn, assessment: Assessment) -> Reply:
    """A red flag fired: its advice first, nothing before it; then the disposition's safety net; the
    session ends."""
    flag = assessment.red_flags[0]
    # The red flag's own advice already says where to go; the disposition adds only its safety net.
    lines = [turn.say(assessment.emergency_advice or flag.advice), safety_net(turn, assessment)]
    _finish(turn)
    return Reply(speech=lines, end=True, card=Card(turn.say(assessment.disposition.title), lines))


def advice(turn: Turn, assessment: Assessment, before: Iterable[str] = ()) -> Reply:
    """The questions are over: likely cause, disposition, safety net, then the offer of tips.
    Emergency-level advice is the first thing said: nothing said before it in the turn is kept."""
    if assessment.emergency:
        before = ()
    lines = advice_lines(turn, assessment)
    card = Card(turn.say(assessment.disposition.title), lines)
    if assessment.tips and not assessment.emergency:
        turn.state.phase, turn.state.question, turn.state.tip_offset = TIPS, None, 0
        return Reply(
            speech=[*before, *lines, turn.phrase("offer_tips")],
            reprompt=[turn.phrase("offer_tips_reprompt")],
            card=card,
        )
    _finish(turn)
    return Reply(speech=[*before, *lines, turn.phrase("goodbye")], end=True, card=card)


def advice_lines(turn: Turn, assessment: Assessment) -> list[str]:
    """Likely cause, then the disposition and safety net; emergency-level advice goes first."""
    if assessment.leading is not None:
        cause = assessment.leading.cause
        about = [
            turn.phrase("likely_cause", cause=turn.say(cause.name)),
            turn.say(cause.explanation),
            turn.phrase("confirm"),
        ]
    else:
        about = [turn.phrase("no_likely_cause")]
    steps = disposition_lines(turn, assessment)
    # Said with the step, not only on the card: why ("because you weren't sure ..."), the cause's
    # own warning, and what to do for a screen answered "I don't know" or not understood.
    extra = [turn.say(t) for t in (assessment.because, assessment.warning, *assessment.if_unsure, *assessment.unclear)]
    if assessment.emergency:
        return steps[:1] + about + steps[1:]
    return about + steps[:1] + [line for line in extra if line] + steps[1:]


def disposition_lines(turn: Turn, assessment: Assessment) -> list[str]:
    days = assessment.self_care_days
    return [turn.say(assessment.disposition.advice, self_care_days=days), safety_net(turn, assessment)]


def safety_net(turn: Turn, assessment: Assessment) -> str:
    """What would make it urgent: the line every ending closes with."""
    return turn.say(assessment.disposition.safety_net, self_care_days=assessment.self_care_days)


def tips(turn: Turn) -> Reply:
    """The next group of home-care tips, each with its caution; "want more?" while some remain."""
    assessment = assess(turn.kb, turn.state.facts)
    offset = turn.state.tip_offset
    group = assessment.tips[offset : offset + TIPS_PER_GROUP]
    if not group:
        return goodbye(turn, [turn.phrase("tips_done")])
    first = offset == 0
    if len(group) == 1:
        lines = [turn.phrase("tips_intro_one" if first else "tips_more_intro_one")]
    else:
        lines = [turn.phrase("tips_intro" if first else "tips_more_intro", count=len(group))]
    for tip in group:
        lines += [turn.say(tip.text), turn.say(tip.caution)]
    turn.state.tip_offset = offset + len(group)
    if turn.state.tip_offset < len(assessment.tips):
        return Reply(speech=[*lines, turn.phrase("more_tips")], reprompt=[turn.phrase("more_tips_reprompt")])
    return goodbye(turn, [*lines, turn.phrase("tips_done")])


def tips_prompt(turn: Turn) -> str:
    """The pending yes/no offer, said again after help, why or an unclear answer."""
    return turn.phrase("offer_tips" if turn.state.tip_offset == 0 else "more_tips")


def tips_reprompt(turn: Turn) -> str:
    return turn.phrase("offer_tips_reprompt" if turn.state.tip_offset == 0 else "more_tips_reprompt")


def tips_unclear(turn: Turn) -> Reply:
    """Anything but yes or no to the offer of tips: ask for yes or no."""
    return Reply(speech=[turn.phrase("tips_answer"), tips_prompt(turn)], reprompt=[tips_reprompt(turn)])


def goodbye(turn: Turn, before: Iterable[str] = ()) -> Reply:
    """End after advice: the safety net again, a goodbye, and the advice card."""
    assessment = assess(turn.kb, turn.state.facts)
    lines = advice_lines(turn, assessment)
    said_tips = assessment.tips[: turn.state.tip_offset]
    card_lines = lines + [line for tip in said_tips for line in (turn.say(tip.text), turn.say(tip.caution))]
    _finish(turn)
    return Reply(
        speech=[*before, safety_net(turn, assessment), turn.phrase("goodbye")],
        end=True,
        card=Card(turn.say(assessment.disposition.title), card_lines),
    )


def stop(turn: Turn) -> Reply:
    """Stop, cancel or "home" at any moment: goodbye, with where to get help when it matters."""
    if turn.state.phase == TIPS:
        return goodbye(turn)
    assessment = assess(turn.kb, turn.state.facts)
    _finish(turn)
    if worrying(turn, assessment):
        lines = disposition_lines(turn, assessment)
        return Reply(
            speech=[turn.phrase("stop_worrying"), *lines, turn.phrase("goodbye")],
            end=True,
            card=Card(turn.say(assessment.disposition.title), lines),
        )
    return Reply(speech=[turn.phrase("stop_plain")], end=True)


def worrying(turn: Turn, assessment: Assessment) -> bool:
    """Whether something learned so far raises the advice above looking after it at home.

    Only what the answers did counts (a red flag, a rule, a leading cause's usual step); the
    knowledge base's default for "no clear cause yet" is not, by itself, something learned.
    """
    lowest = min(d.rank for d in turn.kb.dispositions.values())
    if any(reason.kind in ("red_flag", "rule") for reason in assessment.reasons):
        return True
    leading = assessment.leading
    return leading is not None and turn.kb.dispositions[leading.cause.disposition].rank > lowest


def _finish(turn: Turn) -> None:
    turn.state.phase, turn.state.question = DONE, None


# --- help, why, repeat ----------------------------------------------------------------------


def help_reply(turn: Turn) -> Reply:
    """What the skill does and does not do, how to answer what is pending, then ask it again."""
    if turn.state.phase == TIPS:
        return Reply(
            speech=[turn.phrase("help"), turn.phrase("help_tips"), tips_prompt(turn)], reprompt=[tips_reprompt(turn)]
        )
    question = turn.question
    if question is None:
        return start(turn, opening=[turn.phrase("help")])
    return Reply(
        speech=[turn.phrase("help"), turn.say(question.help), turn.say(question.text)],
        reprompt=question_reprompt(turn, question),
    )


def why_reply(turn: Turn) -> Reply:
    """The engine's reasons in plain words; mid-interview, also why this question is asked."""
    assessment = assess(turn.kb, turn.state.facts)
    reasons = _and_list(turn, [turn.say(r.text) for r in assessment.reasons])
    if turn.state.phase == TIPS:
        said = turn.phrase("why", reasons=reasons) if reasons else turn.phrase("no_likely_cause")
        return Reply(speech=[said, tips_prompt(turn)], reprompt=[tips_reprompt(turn)])
    question = turn.question
    if question is None:
        return start(turn)
    said = turn.phrase("why_so_far", reasons=reasons) if reasons else turn.phrase("why_nothing_yet")
    return Reply(
        speech=[said, turn.say(question.help), turn.say(question.text)],
        reprompt=question_reprompt(turn, question, assessment),
    )


def repeat_reply(turn: Turn) -> Reply:
    """Exactly what was said last, with the same reprompt."""
    if not turn.state.speech or not turn.state.started:
        return start(turn)
    return Reply(speech=[turn.state.speech], reprompt=[turn.state.reprompt])


def _and_list(turn: Turn, items: list[str]) -> str:
    items = list(dict.fromkeys(i for i in items if i))
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])}, {turn.phrase('list_and')} {items[-1]}"
