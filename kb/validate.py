"""Cross-reference checks that a JSON Schema cannot express.

Run once at load time: every fact a condition reads is set by a question and tested against
values that question can give; every source exists; every text renders in every locale; every
question can be reached and can matter; and red-flag conditions follow the cautious policy.
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Iterable

from kb.conditions import UNCLEAR, UNKNOWN, Condition, Leaf
from kb.errors import KbError
from kb.model import LOCALES, KnowledgeBase, LocalText, RedFlag, Rule, spoken_words

# Beyond the locale's words: the days a disposition names.
EXTRA_PLACEHOLDERS = {"dispositions.yaml": {"self_care_days"}}
# The parts the engine fills into each policy frame: a frame may use only its own, and must use them
# all (a part left out would silently drop what it carries).
FRAME_PARTS = {"unsure": {"about"}, "unclear": {"about", "if_so"}, "because": {"reasons"}, "and": {"first", "then"}}
YES_NO = ("yes", "no", UNKNOWN, UNCLEAR)


def check(kb: KnowledgeBase) -> None:
    _check_sources(kb)
    _check_conditions(kb)
    _check_texts(kb)
    _check_questions(kb)
    _check_red_flags(kb)
    _check_unknown_stays_cautious(kb)
    _check_spoken_options(kb)
    _check_causes(kb)
    _check_policy(kb)


def _check_policy(kb: KnowledgeBase) -> None:
    """A target above the cap would silently never apply; a frame without one of its parts would
    silently leave out what that part says."""
    if kb.policy.target_answers > kb.policy.max_answers:
        raise KbError(
            "policy.yaml",
            "target_answers",
            f"is {kb.policy.target_answers}, more than "
            f"max_answers ({kb.policy.max_answers}): the target must fit within the cap",
        )
    for name, frame in kb.policy.frames.items():
        for locale in LOCALES:
            missing = FRAME_PARTS[name] - _placeholders(frame.get(locale) or frame["en"])
            if missing:
                raise KbError("policy.yaml", f"frames.{name}", f"text for {locale} leaves out {{{sorted(missing)[0]}}}")


def _allowed_values(kb: KnowledgeBase, fact: str) -> tuple[str, ...]:
    q = kb.questions[fact]
    if q.answer_type == "yes_no":
        return YES_NO
    if q.answer_type == "choice":
        return (*q.value_ids(), UNKNOWN, UNCLEAR)
    return (UNKNOWN, UNCLEAR)


def _entries(kb: KnowledgeBase) -> Iterable[tuple[str, str, object]]:
    for name, table in (
        ("questions.yaml", kb.questions),
        ("red_flags.yaml", kb.red_flags),
        ("rules.yaml", kb.rules),
        ("causes.yaml", kb.causes),
        ("dispositions.yaml", kb.dispositions),
        ("advice.yaml", kb.advice),
        ("locales.yaml", kb.locales),
    ):
        for entry_id, entry in table.items():
            yield name, entry_id, entry


def _check_sources(kb: KnowledgeBase) -> None:
    for file, entry_id, entry in _entries(kb):
        for source in getattr(entry, "sources", ()):
            if source not in kb.sources:
                raise KbError(file, entry_id, f"names source '{source}', which sources.yaml does not list")
    for decision in kb.policy.decisions:
        for source in decision["sources"]:
            if source not in kb.sources:
                raise KbError(
                    "policy.yaml", decision["id"], f"names source '{source}', which sources.yaml does not list"
                )


def _conditions(kb: KnowledgeBase) -> Iterable[tuple[str, str, Condition]]:
    for q in kb.questions.values():
        for cond in (q.ask_when, q.always_ask):
            if cond:
                yield "questions.yaml", q.id, cond
    for r in kb.red_flags.values():
        yield "red_flags.yaml", r.id, r.when
    for rule in kb.rules.values():
        yield "rules.yaml", rule.id, rule.when
    for c in kb.causes.values():
        for f in c.features:
            yield "causes.yaml", c.id, f.when
    for a in kb.advice.values():
        if a.not_when:
            yield "advice.yaml", a.id, a.not_when


def _check_conditions(kb: KnowledgeBase) -> None:
    for file, entry_id, cond in _conditions(kb):
        for leaf in cond.leaves():
            _check_leaf(kb, file, entry_id, leaf)


def _check_leaf(kb: KnowledgeBase, file: str, entry_id: str, leaf: Leaf) -> None:
    if leaf.fact not in kb.questions:
        raise KbError(file, entry_id, f"reads fact '{leaf.fact}', which no question asks")
    q = kb.questions[leaf.fact]
    if leaf.op in ("at_least", "below"):
        if q.answer_type not in ("number", "duration"):
            raise KbError(file, entry_id, f"compares '{leaf.fact}' as a number, but it is a {q.answer_type} answer")
        return
    if leaf.op in ("is", "in"):
        wanted = (leaf.value,) if leaf.op == "is" else leaf.value
        allowed = _allowed_values(kb, leaf.fact)
        for value in wanted:
            if value not in allowed:
                raise KbError(
                    file, entry_id, f"tests '{leaf.fact}' for '{value}', which is not one of {', '.join(allowed)}"
                )


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _texts(kb: KnowledgeBase) -> Iterable[tuple[str, str, str, LocalText | None]]:
    for q in kb.questions.values():
        for part in ("text", "reprompt", "help"):
            yield "questions.yaml", q.id, part, getattr(q, part)
        for v in q.values:
            yield "questions.yaml", f"{q.id}.{v.id}", "say", v.say
        for part in ("unsure_about", "if_so"):
            yield "questions.yaml", q.id, part, getattr(q, part)
    for r in kb.red_flags.values():
        yield "red_flags.yaml", r.id, "advice", r.advice
        yield "red_flags.yaml", r.id, "advice_unsure", r.advice_unsure
        yield "red_flags.yaml", r.id, "reason", r.reason
    for rule in kb.rules.values():
        yield "rules.yaml", rule.id, "reason", rule.reason
    for c in kb.causes.values():
        for part in ("name", "explanation", "see_doctor_when"):
            yield "causes.yaml", c.id, part, getattr(c, part)
        for i, f in enumerate(c.features):
            yield "causes.yaml", f"{c.id}.features[{i}]", "says", f.says
    for d in kb.dispositions.values():
        for part in ("title", "advice", "safety_net"):
            yield "dispositions.yaml", d.id, part, getattr(d, part)
    for a in kb.advice.values():
        yield "advice.yaml", a.id, "text", a.text
        yield "advice.yaml", a.id, "caution", a.caution
    for name, frame in kb.policy.frames.items():
        yield "policy.yaml", f"frames.{name}", "text", frame


def _check_texts(kb: KnowledgeBase) -> None:
    known = set(next(iter(kb.locales.values())).placeholders())
    for file, entry_id, part, text in _texts(kb):
        if text is None:
            continue
        frame = entry_id.removeprefix("frames.") if file == "policy.yaml" else None
        allowed = known | (FRAME_PARTS[frame] if frame else EXTRA_PLACEHOLDERS.get(file, set()))
        for locale in LOCALES:
            raw = text.get(locale) or text.get("en")
            if not raw:
                raise KbError(file, entry_id, f"{part} has no text for {locale} (and no 'en' default)")
            try:
                unknown = _placeholders(raw) - allowed
            except ValueError as exc:
                raise KbError(file, entry_id, f"{part} for {locale} has a broken placeholder: {exc}") from exc
            if unknown:
                raise KbError(file, entry_id, f"{part} for {locale} uses unknown placeholder {{{sorted(unknown)[0]}}}")
            if any(ch in raw for ch in "<>"):
                raise KbError(file, entry_id, f"{part} for {locale} contains < or >, which would break spoken SSML")


def _facts_read(kb: KnowledgeBase) -> set[str]:
    return {leaf.fact for _, _, cond in _conditions(kb) for leaf in cond.leaves()}


def _check_questions(kb: KnowledgeBase) -> None:
    order = list(kb.questions)
    read = _facts_read(kb)
    seen_narrowing = False
    for position, q in enumerate(kb.questions.values()):
        if q.answer_type == "choice" and not q.values:
            raise KbError("questions.yaml", q.id, "a choice question needs values")
        if q.phase == "narrowing":
            seen_narrowing = True
        elif seen_narrowing and q.ask_when is None:
            raise KbError(
                "questions.yaml", q.id, "an unconditional red-flag screen must come before every narrowing question"
            )
        limits = (
            ("text", q.text, kb.policy.max_question_words, "max_question_words"),
            ("reprompt", q.reprompt, kb.policy.max_question_words, "max_question_words"),
            ("help", q.help, kb.policy.max_help_words, "max_help_words"),
        )
        for locale in LOCALES:
            for part, text, limit, name in limits:
                words = len(kb.say(text, locale).split())
                if words > limit:
                    raise KbError(
                        "questions.yaml",
                        q.id,
                        f"{part} for {locale} has {words} words; "
                        f"a spoken {part} may have at most {limit} (policy.{name})",
                    )
        if q.id not in read:
            raise KbError(
                "questions.yaml",
                q.id,
                "unreachable: no red flag, rule, cause or tip reads its answer, so it is never worth asking",
            )
        if q.ask_when is not None:
            for leaf in q.ask_when.leaves():
                if order.index(leaf.fact) >= position:
                    raise KbError(
                        "questions.yaml", q.id, f"unreachable: it depends on '{leaf.fact}', which is asked after it"
                    )
            if not _satisfiable(kb, q.ask_when):
                raise KbError("questions.yaml", q.id, "unreachable: no set of answers makes its ask_when true")


def _satisfiable(kb: KnowledgeBase, cond: Condition) -> bool:
    """Try every combination of answers to the facts the condition reads (they are few)."""
    return any(cond.holds(facts) for facts in _assignments(kb, cond))


def _trial_values(kb: KnowledgeBase, fact: str, cond: Condition) -> list[object]:
    if kb.questions[fact].answer_type in ("number", "duration"):
        bounds = {leaf.value for leaf in cond.leaves() if leaf.fact == fact and leaf.op in ("at_least", "below")}
        return [UNKNOWN, 0, *bounds, *(b - 1 for b in bounds)]
    return list(_allowed_values(kb, fact))


def _check_red_flags(kb: KnowledgeBase) -> None:
    """Each red flag reads a screen, says its action first (its disposition's first sentence), and
    has honest words for an "I don't know" that can fire it."""
    for flag in kb.red_flags.values():
        screens = {leaf.fact for leaf in flag.when.leaves()}
        if not any(kb.questions[f].phase == "red_flag" for f in screens):
            raise KbError("red_flags.yaml", flag.id, "reads no red-flag screen question")
        action = _first_sentence(kb.dispositions[flag.disposition].advice["en"])
        for part, text in (("advice", flag.advice), ("advice_unsure", flag.advice_unsure)):
            if text and not all(t.startswith(action) for t in text.values()):
                raise KbError(
                    "red_flags.yaml",
                    flag.id,
                    f"{part} must start with the action, '{action}' (emergency_advice_action_first)",
                )
        if flag.advice_unsure is None and any(
            leaf.op in ("is", "in") and UNKNOWN in ((leaf.value,) if leaf.op == "is" else leaf.value)
            for leaf in flag.when.leaves()
        ):
            raise KbError(
                "red_flags.yaml", flag.id, "can fire on 'I don't know' but has no advice_unsure that says so honestly"
            )
    for q in kb.questions.values():
        if q.phase == "red_flag" and q.answer_type == "yes_no" and (q.unsure_about is None or q.if_so is None):
            raise KbError(
                "questions.yaml", q.id, "a red-flag screen needs unsure_about and if_so (unclear_is_not_a_fact)"
            )


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "."


def _check_unknown_stays_cautious(kb: KnowledgeBase) -> None:
    """For every way a red flag can fire, turning one of its "yes" screens into "I don't know" must
    still reach policy.unknown_on_a_screen_at_least (decision unsure_is_cautious_but_said)."""
    floor = kb.dispositions[kb.policy.unknown_on_a_screen_at_least].rank
    for flag in kb.red_flags.values():
        for facts in _assignments(kb, flag.when):
            if not flag.when.holds(facts):
                continue
            for fact, value in facts.items():
                if value != "yes" or kb.questions[fact].phase != "red_flag":
                    continue
                unsure = {**facts, fact: UNKNOWN}
                fired: list[RedFlag | Rule] = [*kb.red_flags.values(), *kb.rules.values()]
                reached = max((kb.dispositions[x.disposition].rank for x in fired if x.when.holds(unsure)), default=-1)
                if reached < floor:
                    raise KbError(
                        "red_flags.yaml",
                        flag.id,
                        f"'I don't know' to '{fact}' leads to nothing as cautious as "
                        f"{kb.policy.unknown_on_a_screen_at_least}: add a rule for it",
                    )


def _check_spoken_options(kb: KnowledgeBase) -> None:
    """At most policy.max_spoken_options options per question, counted from a choice question's values
    heard in its text, or a yes/no question's signs (each must be in the text); and a reprompt that
    adds guidance rather than repeating the question's words."""
    limit = kb.policy.max_spoken_options
    for q in kb.questions.values():
        text = q.text["en"].lower()
        if q.answer_type == "yes_no":
            if not q.signs:
                raise KbError("questions.yaml", q.id, "a yes/no question must list the signs its text names")
            missing = [s for s in q.signs if s.lower() not in text]
            if missing:
                raise KbError("questions.yaml", q.id, f"sign '{missing[0]}' is not said in the text")
            count = len(q.signs)
        else:
            count = sum(1 for v in q.values_named_in(q.text["en"], lambda say: say["en"]) if v != q.none_value)
        if count > limit:
            raise KbError("questions.yaml", q.id, f"names {count} options; a spoken question may name at most {limit}")
        added = set(spoken_words(q.reprompt["en"])) - set(spoken_words(q.text["en"]))
        if len(added) < 3:
            raise KbError("questions.yaml", q.id, "the reprompt must add guidance, not repeat the question's words")


def _assignments(kb: KnowledgeBase, cond: Condition) -> Iterable[dict[str, object]]:
    facts = sorted({leaf.fact for leaf in cond.leaves()})
    choices = [_trial_values(kb, fact, cond) for fact in facts]
    for combo in itertools.product(*choices):
        yield dict(zip(facts, combo, strict=True))


def _check_causes(kb: KnowledgeBase) -> None:
    for tip in kb.policy.general_tips:
        if tip not in kb.advice:
            raise KbError("policy.yaml", "general_tips", f"lists tip '{tip}', which advice.yaml does not define")
    for cause in kb.causes.values():
        for tip in cause.tips:
            if tip not in kb.advice:
                raise KbError("causes.yaml", cause.id, f"lists tip '{tip}', which advice.yaml does not define")
        if kb.emergency_level(cause.disposition):
            raise KbError("causes.yaml", cause.id, "only a red flag may lead to an emergency (emergency_dispositions)")
    for rule in kb.rules.values():
        if kb.emergency_level(rule.disposition):
            raise KbError("rules.yaml", rule.id, "only a red flag may lead to an emergency (emergency_dispositions)")
