"""Every sentence the skill says, composed from the engine's evaluation: the one module that decides wording
and order.

Why one module: the safety rules of speech hold on every path only if they are written once:

- A fired red flag's advice is the first sentence of the response, whatever else happened in the
  turn, followed by the disposition's safety net. Emergency-level advice without a red flag is said
  first too, with nothing before it (kb: ``Disposition.emergency`` and ``policy.advice_order``).
- Advice always ends with the disposition and its safety net.
- Once something worrying is known (``Evaluation.worrying``, kb decision ``what_counts_as_worrying``),
  a question's reprompt and an early stop also say what to do.

All words come from the knowledge base (``Context.text``) or the phrase catalogue (``Context.phrase``).
Nothing here changes the conversation state: ``skill.machine`` decides what happens, this says it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kb import Assessment, Evaluation, Question
from skill.context import Context
from skill.reply import Card, Reply
from skill.session import Echo

TIPS_PER_GROUP = 3


def intro(ctx: Context) -> list[str]:
    """The safety sentence and the not-a-doctor framing that open every interview."""
    return [ctx.phrase("safety"), ctx.phrase("framing")]


# --- questions ------------------------------------------------------------------------------


def question(ctx: Context, asked: Question, evaluation: Evaluation, before: Sequence[str] = ()) -> Reply:
    return Reply(speech=[*before, ctx.text(asked.text)], reprompt=question_reprompt(ctx, asked, evaluation))


def question_reprompt(ctx: Context, asked: Question, evaluation: Evaluation) -> list[str]:
    """The question's reprompt. Once something worrying is known it also says what to do: if the
    person goes quiet, the reprompt is the last thing Alexa says before the session ends."""
    reprompt = [ctx.text(asked.reprompt)]
    if evaluation.worrying:
        reprompt += [ctx.phrase("cut_off"), *disposition_lines(ctx, evaluation.assessment)]
    return reprompt


def not_understood(ctx: Context, asked: Question, evaluation: Evaluation, echo: Echo) -> Reply:
    """The answer (NO_MATCH) or the request (NOT_UNDERSTOOD) was not understood: say so and list the choices."""
    key = "not_understood" if echo == Echo.NOT_UNDERSTOOD else "no_match"
    return Reply(
        speech=[ctx.phrase(key, choices=choices(ctx, asked))], reprompt=question_reprompt(ctx, asked, evaluation)
    )


def pending_question(ctx: Context, asked: Question, evaluation: Evaluation, echo: Echo) -> Reply:
    """The pending prompt again, as it was last said (for "repeat")."""
    if echo == Echo.HELP:
        return question_help(ctx, asked, evaluation)
    if echo == Echo.WHY:
        return question_why(ctx, asked, evaluation)
    if echo == Echo.ASK:
        return question(ctx, asked, evaluation)
    return not_understood(ctx, asked, evaluation, echo)


def choices(ctx: Context, asked: Question) -> str:
    """The ways to answer a question, said aloud."""
    if asked.answer_type != "choice":
        return ctx.text(asked.reprompt)
    said = [ctx.text(v.say) for v in asked.values]
    listed = said[0] if len(said) == 1 else f"{', '.join(said[:-1])}, {ctx.phrase('list_or')} {said[-1]}"
    return ctx.phrase("choices_list", choices=listed)


def question_help(ctx: Context, asked: Question, evaluation: Evaluation) -> Reply:
    """What the skill does and does not do, how to answer this question, then the question again."""
    return Reply(
        speech=[ctx.phrase("help"), ctx.text(asked.help), ctx.text(asked.text)],
        reprompt=question_reprompt(ctx, asked, evaluation),
    )


def question_why(ctx: Context, asked: Question, evaluation: Evaluation) -> Reply:
    """The engine's reasons so far in plain words, why this question is asked, then the question again."""
    reasons = _reasons(ctx, evaluation.assessment)
    said = ctx.phrase("why_so_far", reasons=reasons) if reasons else ctx.phrase("why_nothing_yet")
    return Reply(
        speech=[said, ctx.text(asked.help), ctx.text(asked.text)],
        reprompt=question_reprompt(ctx, asked, evaluation),
    )


# --- outcomes -------------------------------------------------------------------------------


def emergency(ctx: Context, evaluation: Evaluation) -> Reply:
    """Emergency-level facts: a red flag's own advice first (it already says where to go), then the
    disposition's safety net; or, reached without a red flag, the emergency step first. The session ends."""
    assessment = evaluation.assessment
    if not assessment.red_flags:
        return advice(ctx, evaluation, offer_tips=False)
    lines = [ctx.text(assessment.emergency_advice or assessment.red_flags[0].advice), safety_net(ctx, assessment)]
    return Reply(speech=lines, end=True, card=Card(ctx.text(assessment.disposition.title), lines))


def advice(ctx: Context, evaluation: Evaluation, offer_tips: bool, before: Iterable[str] = ()) -> Reply:
    """The questions are over: likely cause, disposition, safety net, then the offer of tips (or goodbye).
    Emergency-level advice is the first thing said: nothing said before it in the turn is kept."""
    assessment = evaluation.assessment
    before = () if assessment.emergency else tuple(before)
    lines = advice_lines(ctx, assessment)
    card = Card(ctx.text(assessment.disposition.title), lines)
    if offer_tips:
        return Reply(speech=[*before, *lines, tips_offer(ctx, 0)], reprompt=[tips_offer_reprompt(ctx, 0)], card=card)
    return Reply(speech=[*before, *lines, ctx.phrase("goodbye")], end=True, card=card)


def advice_lines(ctx: Context, assessment: Assessment) -> list[str]:
    """The likely cause, the step and the safety net, in the order kb policy ``advice_order`` gives
    (emergency-level advice leads with the step: kb decision emergency_step_first)."""
    if assessment.leading is not None:
        cause = assessment.leading.cause
        about = [
            ctx.phrase("likely_cause", cause=ctx.text(cause.name)),
            ctx.text(cause.explanation),
            ctx.phrase("confirm"),
        ]
    else:
        about = [ctx.phrase("no_likely_cause")]
    step, net = disposition_lines(ctx, assessment)
    # Said with the step, not only on the card: why the step is above the likeliest cause's usual one
    # ("because you weren't sure ..."), the cause's own warning, and what to do for a screen answered
    # "I don't know" or not understood.
    notes = [ctx.text(t) for t in (assessment.because, assessment.warning, *assessment.if_unsure, *assessment.unclear)]
    parts = {"cause": about, "step": [step], "notes": [line for line in notes if line], "safety_net": [net]}
    order = ctx.kb.policy.advice_order["emergency" if assessment.emergency else "other"]
    return [line for part in order for line in parts[part]]


def disposition_lines(ctx: Context, assessment: Assessment) -> list[str]:
    days = assessment.self_care_days
    return [ctx.text(assessment.disposition.advice, self_care_days=days), safety_net(ctx, assessment)]


def safety_net(ctx: Context, assessment: Assessment) -> str:
    """What would make it urgent: the line every ending closes with."""
    return ctx.text(assessment.disposition.safety_net, self_care_days=assessment.self_care_days)


def stop(ctx: Context, evaluation: Evaluation) -> Reply:
    """Stopping mid-interview: goodbye, with where to get help when anything worrying was learned."""
    if not evaluation.worrying:
        return Reply(speech=[ctx.phrase("stop_plain")], end=True)
    lines = disposition_lines(ctx, evaluation.assessment)
    return Reply(
        speech=[ctx.phrase("stop_worrying"), *lines, ctx.phrase("goodbye")],
        end=True,
        card=Card(ctx.text(evaluation.assessment.disposition.title), lines),
    )


# --- tips -----------------------------------------------------------------------------------


def tips_group(ctx: Context, evaluation: Evaluation, said: int, upto: int) -> Reply:
    """Tips ``said`` to ``upto`` (each with its caution); "want more?" while some remain, else goodbye."""
    assessment = evaluation.assessment
    group = assessment.tips[said:upto]
    if len(group) == 1:
        lines = [ctx.phrase("tips_intro_one" if said == 0 else "tips_more_intro_one")]
    else:
        lines = [ctx.phrase("tips_intro" if said == 0 else "tips_more_intro", count=len(group))]
    for tip in group:
        lines += [ctx.text(tip.text), ctx.text(tip.caution)]
    if upto < len(assessment.tips):
        return Reply(speech=[*lines, tips_offer(ctx, upto)], reprompt=[tips_offer_reprompt(ctx, upto)])
    return goodbye(ctx, evaluation, upto, [*lines, ctx.phrase("tips_done")])


def tips_offer(ctx: Context, tips_said: int) -> str:
    """The pending yes/no offer of (more) tips."""
    return ctx.phrase("offer_tips" if tips_said == 0 else "more_tips")


def tips_offer_reprompt(ctx: Context, tips_said: int) -> str:
    return ctx.phrase("offer_tips_reprompt" if tips_said == 0 else "more_tips_reprompt")


def tips_unclear(ctx: Context, tips_said: int) -> Reply:
    """Anything but yes or no to the offer of tips: ask for yes or no."""
    return Reply(
        speech=[ctx.phrase("tips_answer"), tips_offer(ctx, tips_said)], reprompt=[tips_offer_reprompt(ctx, tips_said)]
    )


def tips_help(ctx: Context, tips_said: int) -> Reply:
    return Reply(
        speech=[ctx.phrase("help"), ctx.phrase("help_tips"), tips_offer(ctx, tips_said)],
        reprompt=[tips_offer_reprompt(ctx, tips_said)],
    )


def tips_why(ctx: Context, evaluation: Evaluation, tips_said: int) -> Reply:
    reasons = _reasons(ctx, evaluation.assessment)
    said = ctx.phrase("why", reasons=reasons) if reasons else ctx.phrase("no_likely_cause")
    return Reply(speech=[said, tips_offer(ctx, tips_said)], reprompt=[tips_offer_reprompt(ctx, tips_said)])


def goodbye(ctx: Context, evaluation: Evaluation, tips_said: int, before: Iterable[str] = ()) -> Reply:
    """End after advice: the safety net again, a goodbye, and the advice card with the tips said."""
    assessment = evaluation.assessment
    lines = advice_lines(ctx, assessment)
    said_tips = assessment.tips[:tips_said]
    card_lines = lines + [line for tip in said_tips for line in (ctx.text(tip.text), ctx.text(tip.caution))]
    return Reply(
        speech=[*before, safety_net(ctx, assessment), ctx.phrase("goodbye")],
        end=True,
        card=Card(ctx.text(assessment.disposition.title), card_lines),
    )


def _reasons(ctx: Context, assessment: Assessment) -> str:
    items = list(dict.fromkeys(text for text in (ctx.text(r.text) for r in assessment.reasons) if text))
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])}, {ctx.phrase('list_and')} {items[-1]}"
