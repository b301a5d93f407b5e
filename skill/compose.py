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
from dataclasses import replace
from typing import Any

from ask_sdk_model import Directive
from ask_sdk_model.ui import AskForPermissionsConsentCard

from kb import Assessment, Evaluation, Question
from kb.model import AnswerValue, Disposition
from skill.context import Context
from skill.reply import Card, Reply
from skill.session import Echo, State

# "Why" gives at most this many reasons, one sentence each.
MAX_REASONS = 3


def intro(ctx: Context) -> list[str]:
    """The safety sentence and the framing (not a doctor; the clot check comes first)."""
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
    """An answer or request not understood: say so, then the question in its simplest form (a choice
    question as "Which one: ...?", a yes/no question asking for just yes or no; on a red-flag
    screen's last try, why it matters and "yes, no, or I'm not sure")."""
    if echo == Echo.WHICH:
        return Reply(speech=simplest(ctx, asked), reprompt=question_reprompt(ctx, asked, evaluation))
    if echo == Echo.LAST_TRY:
        said = [ctx.phrase("last_try"), ctx.text(asked.text)]
        return Reply(speech=said, reprompt=question_reprompt(ctx, asked, evaluation))
    key = "not_understood" if echo == Echo.NOT_UNDERSTOOD else "no_match"
    return Reply(speech=[ctx.phrase(key), *simplest(ctx, asked)], reprompt=question_reprompt(ctx, asked, evaluation))


def simplest(ctx: Context, asked: Question) -> list[str]:
    """The question in its simplest form: its choices, or the question asking for yes or no."""
    if asked.answer_type == "choice":
        return [ctx.phrase("which_one", choices=_listed(ctx, [ctx.text(v.say) for v in spoken_values(ctx, asked)]))]
    if asked.answer_type == "yes_no":
        return [ctx.phrase("answer_yes_no"), ctx.text(asked.text)]
    return [ctx.text(asked.text)]


def spoken_values(ctx: Context, asked: Question) -> list[AnswerValue]:
    """The values a choice question names aloud (heard in its text: kb decision three_spoken_options);
    all of them when its text names fewer than two. "Which one: ...?" offers these."""
    heard = asked.values_named_in(ctx.text(asked.text), ctx.text)
    return list(heard) if len(heard) >= 2 else list(asked.values)


def pending_question(ctx: Context, asked: Question, evaluation: Evaluation, state: State) -> Reply:
    """The pending prompt again, as it was last said (for "repeat")."""
    if state.echo in (Echo.HELP, Echo.FIRST_HELP):
        return question_help(ctx, asked, evaluation, first=state.echo == Echo.FIRST_HELP)
    if state.echo == Echo.WHY:
        return question_why(ctx, asked, evaluation)
    if state.echo == Echo.ASK:
        return question(ctx, asked, evaluation)
    return not_understood(ctx, asked, evaluation, state.echo)


def answer_forms(ctx: Context, asked: Question) -> str:
    """How to answer a question, said aloud (before the question, which names a choice's options)."""
    return ctx.phrase(f"answer_forms_{asked.answer_type}")


def question_help(ctx: Context, asked: Question, evaluation: Evaluation, first: bool) -> Reply:
    """What the person can say now, for this question, then the question again; the first help of
    a session also says what the skill does and that it can speak slower or faster."""
    said = [ctx.phrase("help")] if first else []
    return Reply(
        speech=[*said, answer_forms(ctx, asked), ctx.text(asked.text)],
        reprompt=question_reprompt(ctx, asked, evaluation),
    )


def question_why(ctx: Context, asked: Question, evaluation: Evaluation) -> Reply:
    """Why this question matters (its help), then the question again."""
    return Reply(
        speech=[ctx.text(asked.help), ctx.text(asked.text)],
        reprompt=question_reprompt(ctx, asked, evaluation),
    )


# --- outcomes -------------------------------------------------------------------------------


def emergency(ctx: Context, evaluation: Evaluation) -> Reply:
    """Emergency-level facts: the kb's emergency advice, action first ("Call 911 now."), then one short
    reason, then the disposition's safety net (what to do until help comes); reached without a red
    flag, the advice with the step first. The session ends."""
    assessment = evaluation.assessment
    if not assessment.red_flags:
        return advice(ctx, evaluation, offer_tips=False)
    lines = [ctx.text(assessment.emergency_advice or assessment.red_flags[0].advice), safety_net(ctx, assessment)]
    return Reply(speech=lines, end=True, card=Card(ctx.text(assessment.disposition.title), lines))


def advice(
    ctx: Context, evaluation: Evaluation, offer_tips: bool, before: Iterable[str] = (), remind_in: int | None = None
) -> Reply:
    """The questions are over: likely cause, disposition, safety net, then the offer of tips, the offer of
    a reminder in ``remind_in`` days, or goodbye.
    Emergency-level advice is the first thing said: nothing said before it in the turn is kept."""
    assessment = evaluation.assessment
    before = () if assessment.emergency else tuple(before)
    lines = advice_lines(ctx, assessment)
    card = Card(ctx.text(assessment.disposition.title), lines)
    if offer_tips:
        return Reply(speech=[*before, *lines, tips_offer(ctx, 0)], reprompt=[tips_offer_reprompt(ctx, 0)], card=card)
    if remind_in is not None and not assessment.emergency:
        return replace(reminder_offer(ctx, remind_in, [*before, *lines]), card=card)
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


def tip_groups(ctx: Context, evaluation: Evaluation) -> list[tuple[int, int]]:
    """The tips in turns, as (first, end) index pairs: at most kb ``policy.tips_per_turn`` tips per
    turn, a second and later only while the turn fits in ``policy.max_tip_turn_words`` (a long tip
    with a long caution is a turn on its own)."""
    tips = evaluation.assessment.tips
    policy = ctx.kb.policy
    sizes = [len(join_words(ctx.text(t.text), ctx.text(t.caution))) for t in tips]
    groups: list[tuple[int, int]] = []
    first = 0
    while first < len(tips):
        end = first + 1
        while (
            end < len(tips)
            and end - first < policy.tips_per_turn
            and sum(sizes[first : end + 1]) <= policy.max_tip_turn_words
        ):
            end += 1
        groups.append((first, end))
        first = end
    return groups


def join_words(*texts: str) -> list[str]:
    return " ".join(texts).split()


def tips_group(ctx: Context, evaluation: Evaluation, said: int, upto: int, remind_in: int | None = None) -> Reply:
    """Tips ``said`` to ``upto`` (each with its caution); "want more?" while some remain, else the offer
    of a reminder in ``remind_in`` days, or goodbye."""
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
    if remind_in is not None:
        return reminder_offer(ctx, remind_in, [*lines, ctx.phrase("tips_done")])
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


def tips_help(ctx: Context, tips_said: int, first: bool) -> Reply:
    said = [ctx.phrase("help")] if first else []
    return Reply(
        speech=[*said, ctx.phrase("help_tips"), tips_offer(ctx, tips_said)],
        reprompt=[tips_offer_reprompt(ctx, tips_said)],
    )


def tips_why(ctx: Context, evaluation: Evaluation, tips_said: int) -> Reply:
    reasons = reason_sentences(ctx, evaluation.assessment)
    said = [ctx.phrase("why"), *reasons] if reasons else [ctx.phrase("no_likely_cause")]
    return Reply(speech=[*said, tips_offer(ctx, tips_said)], reprompt=[tips_offer_reprompt(ctx, tips_said)])


def goodbye(ctx: Context, evaluation: Evaluation, tips_said: int, before: Iterable[str] = ()) -> Reply:
    """End after advice: the safety net again, a goodbye, and the advice card with every tip (the tips
    not read out are there too: details go to the card)."""
    assessment = evaluation.assessment
    lines = advice_lines(ctx, assessment)
    card_lines = lines + [line for tip in assessment.tips for line in (ctx.text(tip.text), ctx.text(tip.caution))]
    return Reply(
        speech=[*before, safety_net(ctx, assessment), ctx.phrase("goodbye")],
        end=True,
        card=Card(ctx.text(assessment.disposition.title), card_lines),
    )


# --- the follow-up reminder ----------------------------------------------------------------


def reminder_words(ctx: Context, key: str, **values: Any) -> str:
    """One of the reminder's phrases (``reminder_<key>`` in ``skill/phrases/en.yaml``), in this locale."""
    return ctx.phrase(f"reminder_{key}", **values)


def reminder_offer(ctx: Context, days: int, before: Iterable[str] = ()) -> Reply:
    """The pending yes/no offer of a reminder, after whatever closes the advice."""
    return Reply(
        speech=[*before, reminder_words(ctx, "offer", days=days)],
        reprompt=[reminder_words(ctx, "offer_reprompt", days=days)],
    )


def reminder_unclear(ctx: Context, days: int) -> Reply:
    """Anything but yes or no to the offer: ask for yes or no, and end with the offer (a question)."""
    return reminder_offer(ctx, days, [ctx.phrase("tips_answer")])


def reminder_help(ctx: Context, days: int) -> Reply:
    """What a yes does (and that the reminder says nothing personal), then the offer again. No general
    preamble: at the last question only what a yes does matters, and the turn stays short."""
    return reminder_offer(ctx, days, [reminder_words(ctx, "offer_help", days=days)])


def reminder_why(ctx: Context, evaluation: Evaluation, days: int) -> Reply:
    """ "Why?" at the offer asks about the advice: its reasons, then the offer again."""
    reasons = reason_sentences(ctx, evaluation.assessment)
    return reminder_offer(ctx, days, [ctx.phrase("why"), *reasons] if reasons else [ctx.phrase("no_likely_cause")])


def permission_ask(ctx: Context, request: Directive) -> Reply:
    """One sentence, then Alexa's own permission question (``request``); its answer is a new request."""
    return Reply(speech=[reminder_words(ctx, "permission_ask")], handover=request)


def reminder_goodbye(
    ctx: Context, disposition: Disposition, days: int, said: str, card: AskForPermissionsConsentCard | None
) -> Reply:
    """The turn after Alexa's permission dialog: what became of the reminder, the advice's safety net, goodbye.
    Only the offer is known here (the token), not the answers, so the card is the consent card or none."""
    net = ctx.text(disposition.safety_net, self_care_days=days)
    return Reply(speech=[said, net, ctx.phrase("goodbye")], end=True, card=card)


def reason_sentences(ctx: Context, assessment: Assessment) -> list[str]:
    """The engine's reasons, at most ``MAX_REASONS``, each its own short sentence."""
    items = list(dict.fromkeys(text for text in (ctx.text(r.text) for r in assessment.reasons) if text))
    return [f"{item[0].upper()}{item[1:].rstrip('.')}." for item in items[:MAX_REASONS]]


def _listed(ctx: Context, items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])}, {ctx.phrase('list_or')} {items[-1]}"
