"""How long it has hurt and how old the person is, as said in a free answer.

Why a module of its own: numbers in speech follow their own rules (a duration said unasked counts only
beside the words that name it, "for three weeks"; an age only as "I'm seventy two"; to the question asked,
any form, a range taken at its larger end, a date counted back from today, a count said again after a
correction), and they touch the rest of the reading at one point: ``skill.understanding`` asks for the
numbers of a whole answer once it has read its clauses. ``days_are_a_sign`` is the one rule the other way
round: a pain this many days old is the muscle opener's yes, said in words or in the duration slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from kb import FactsError, KnowledgeBase, Question, check_facts
from skill.answer_values import days_since, duration_days
from skill.spoken_numbers import date_to_iso, decade_age, duration_to_iso, words_to_number
from skill.word_data import DECADE_WORDS, NumberForms, Words, dates_itself, words_for


def days_are_a_sign(words: Words, question: Question, numbers: Mapping[str, Any]) -> bool:
    """A pain this many days old is one of the question's signs (``yes_from_days``): "it's been about
    two weeks" answers the muscle opener yes, said in words or in the duration slot."""
    least = words.questions[question.id].yes_from_days if question.id in words.questions else None
    days = numbers.get("duration_days")
    return least is not None and isinstance(days, int) and days >= least


def numbers_said(
    forms: NumberForms,
    kb: KnowledgeBase,
    pending: Question | None,
    plain: str,
    said: Sequence[str],
    today: date,
    starts: Sequence[str] = (),
    dates_a_sign: Callable[[str], bool] = lambda clause: False,
) -> dict[str, int]:
    """How long it has hurt and how old the person is, where said: unasked only in the forms that
    name them ("for three weeks", "I'm seventy two"), to their own question in any form. "Over the last
    month" is one month (``one_unit_after``). ``dates_a_sign``: whether a clause names a sign with a time of
    its own (``_of_the_pain``)."""
    plain = _larger_of_ranges(forms, forms.one_unit.sub(lambda m: m.group() + "a ", plain))
    said = [_larger_of_ranges(forms, forms.one_unit.sub(lambda m: m.group() + "a ", c)) for c in said]
    found: dict[str, int] = {}
    for question in kb.questions.values():
        asked = pending is not None and question.id == pending.id
        if question.answer_type == "duration" and not asked and dates_itself(kb, pending):
            # "I did it two years ago" to the reinjury question dates the earlier injury; only a time
            # said of the pain itself ("but it's been sore for three weeks") is the pain's
            talk = words_for(kb).general["pain_talk"]
            of_the_pain = _of_the_pain(forms, said, dates_a_sign, today)
            values = _pain_durations(forms, [c for c in of_the_pain if talk.spans(c)], today)
        elif question.answer_type == "duration":
            unasked = _of_the_pain(forms, said, dates_a_sign, today, starts)
            values = _durations(forms, plain, today) if asked else _pain_durations(forms, unasked, today, starts)
        elif question.answer_type == "number":
            stated = [
                words_to_number(m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or "")
                for m in forms.stated_age.finditer(plain)
            ]
            stated += [_year_before(m.group("n") or m.group("n2")) for m in forms.next_age.finditer(plain)]
            # "fifty seven fifty eight next month" is no one number: the age now is looked for below
            values = [n for n in stated if n is not None and (asked or n >= forms.least_unasked_age)]
            corrected = [words_to_number(m.group("n")) for m in forms.age_corrected.finditer(plain)]
            values = corrected if asked and corrected else values  # "I'm forty, well forty one now"
            if asked and not values:  # "fifty five years, madam": years said first, no duration word beside
                values = _age_in_years(forms, plain)
            if asked and not values:  # "early seventies, eh": a decade said to the age question
                values = _decade_ages(forms, plain)
            if asked and not values:  # "one" inside a sentence is "the other one", not an age
                bare = [m.group("n") for m in forms.number.finditer(plain)]
                values = [words_to_number(n) for n in bare if n != "one" or plain.strip() == n]
                values = _leading_number(forms, plain) if len(set(values)) > 1 else values
        else:
            continue
        numbers = {v for v in values if v is not None}
        if question.answer_type == "duration" and len(numbers) > 1:
            numbers = _bounds_met(forms, words_for(kb), plain, numbers)
        if len(numbers) == 1:  # two different numbers for one question: which one is meant is unclear
            found.update(_checked(kb, question.id, numbers.pop()))
    return found


def _age_in_years(forms: NumberForms, plain: str) -> list[int | None]:
    """ "Fifty five years, madam", "my age is fifty five years": to the age question, a number of years
    said first (after fillers, or "my age is") is the age, as Indian English says it. Never with a
    duration word beside it ("twenty years ago", "for twenty years", "fifty years now": a time, or
    unclear), never said after other words ("I've run twenty years": what was done), never a child's
    count ("two years": more likely how long it has hurt), and never said unasked."""
    said = plain.split()
    lead = next(
        (at for at, word in enumerate(said) if word not in forms.fillers or words_to_number(word) is not None),
        len(said),
    )
    before = " ".join(said[:lead])
    found = forms.years_age.match(" ".join(said[lead:]) + " ")
    at = len(before) + 1 if before else 0  # where the number stands in the whole answer
    if found is None or any(start < at + found.end() and at < end for start, end in _anchored(forms, said)):
        return []
    age = words_to_number(found.group("n"))
    return [age] if age is not None and age >= forms.least_unasked_age else []


def _anchored(forms: NumberForms, said: Sequence[str]) -> list[tuple[int, int]]:
    """Where durations beside a duration word stand in the answer's words ("for twenty years")."""
    return [m.span() for m in forms.anchored.finditer(" ".join(said) + " ")]


def _decade_ages(forms: NumberForms, plain: str) -> list[int | None]:
    """The ages a decade says ("early seventies" is 72), except "since my twenties". A number said
    beside it within that decade is exact and wins ("mid forties, forty six" is 46); two such numbers
    leave the decade."""
    decades = [m for m in DECADE_WORDS.finditer(plain) if not forms.decade_since.search(plain[: m.start()])]
    ages = _narrowed([decade_age(m.group()) for m in decades], [len(m.group().split()) > 1 for m in decades])
    rest = DECADE_WORDS.sub(" ", plain)
    exact = {
        n
        for n in (words_to_number(m.group("n")) for m in forms.number.finditer(rest))
        if n is not None and any(age is not None and n // 10 == age // 10 for age in ages)
    }
    return [exact.pop()] if len(exact) == 1 else list(ages)


def _narrowed(ages: list[int | None], narrow: list[bool]) -> list[int | None]:
    """ "In my sixties, early sixties": a decade said again with its part ("early", "mid", "late") narrows
    the bare decade said beside it, one age, not two; a bare decade alone, or two parts ("late fifties,
    early sixties") or two decades, are left as said (two ages: unclear)."""
    decades = {age // 10 for age in ages if age is not None}
    parts = {age for age, part in zip(ages, narrow, strict=True) if part}
    return list(parts) if len(decades) == 1 and len(parts) == 1 else ages


def _larger_of_ranges(forms: NumberForms, plain: str) -> str:
    """ "Since three four days", "two three weeks": two small counts in a row before a unit are a range,
    and the larger, up to two apart, is kept (a longer time is the cautious one for the kb's time rules;
    "three four days" is no number at all otherwise)."""

    def larger(match: re.Match[str]) -> str:
        low, high = words_to_number(match.group("a")), words_to_number(match.group("b"))
        near = low is not None and high is not None and 0 < high - low <= 2
        return f"{match.group('b')} " if near else match.group()

    return forms.ranged.sub(larger, plain)


def _leading_number(forms: NumberForms, plain: str) -> list[int | None]:
    """ "Fifty, I play five a side": to the age question, a number said first (after fillers only),
    an adult's age, then a new thought (``age_said_first_then``) is the answer; the numbers inside what
    follows ("five a side", "thirty k a week") are about something else. Two numbers in a row ("forty
    two, forty three") or a child's number said first ("five a side, fifty") stay unclear."""
    every = [words_to_number(m.group("n")) for m in forms.number.finditer(plain)]
    first = forms.age_said_first.match(plain + " ")
    if first is None or any(w not in forms.fillers for w in plain[: first.start("n")].split()):
        return every
    age = words_to_number(first.group("n"))
    return [age] if age is not None and age >= forms.least_unasked_age else every


def _year_before(said: str) -> int | None:
    """The age now of someone who will be this age soon."""
    number = words_to_number(said)
    return number - 1 if number else None


def _bounds_met(forms: NumberForms, words: Words, plain: str, numbers: set[int]) -> set[int]:
    """ "It's been about ten days now, so yeah, over a week": an amount said as a lower bound
    (``lower_bound`` before it) that the other amount said meets is no second amount; the exact one
    is kept. A bound the other does not meet ("three days, over a week") leaves both: unclear."""
    bounds: set[int] = set()
    for _, end in words.general["lower_bound"].spans(plain):
        said = forms.duration.match(plain, end)
        days = duration_days(duration_to_iso(said.group())) if said is not None else None
        if days is not None:
            bounds.add(days)
    exact = numbers - bounds
    if bounds and len(exact) == 1 and all(next(iter(exact)) >= bound for bound in bounds):
        return exact
    return numbers


def _durations(forms: NumberForms, plain: str, today: date) -> list[int | None]:
    """Days from the durations and dates said to the how-long question: next to a duration word,
    else any."""
    days = _named_durations(forms, plain, today)
    return days or [duration_days(duration_to_iso(d)) for d in _bare_durations(forms, plain)]


def _pain_durations(
    forms: NumberForms, said: Sequence[str], today: date, starts: Sequence[str] = ()
) -> list[int | None]:
    """Days said unasked: next to a duration word, in a clause about the pain, a day or more. In a clause that
    tells how the pain began (``starts``: ``_tells_its_start``) a day said is the day it began, a past day alone
    or an amount ago too ("it came on out of nowhere yesterday", "I twisted it getting out of the car on Tuesday",
    "doing lunges about ten days ago"), but never an amount it came on over ("it swelled up like a balloon over a
    few days" is how it came on)."""
    starting = {" ".join(clause.split()) for clause in starts}
    said = [_after_denied(forms, " ".join(clause.split()) + " ") for clause in said]
    said = [c for at, c in enumerate(said) if not _dates_an_earlier_event(forms, said[at - 1] if at else "", c)]
    days: list[int | None] = []
    for clause in said:
        whole = " ".join(clause.split())
        if forms.not_about.search(clause):
            continue
        about = bool(forms.about.search(clause) or _only_a_time(forms, clause))
        named = _named_durations(forms, whole, today) if about else []
        amount = forms.about_amount.search(clause) and not forms.not_about_amount.search(clause)
        if not about and amount and whole not in starting:
            # "it is swollen since two days": an amount, no date, never another part's, nor how it came on ("it swelled
            # up like a balloon over a few days")
            named = _amounts(forms, whole)
        if not named and whole in starting:  # when, never how: "over a few days" is how it came on
            named = _dated(forms, whole + " ", today) or _ago(forms, whole + " ")
            named = named or [
                days_since(date_to_iso(m.group("date"), today), today) for m in forms.past_day.finditer(clause)
            ]
        days += named
    return [d for d in days if d is not None and d >= 1]


def _of_the_pain(
    forms: NumberForms,
    said: Sequence[str],
    dates_a_sign: Callable[[str], bool],
    today: date,
    starts: Sequence[str] = (),
) -> list[str]:
    """The clauses a time said unasked may date the pain in: never one that names a sign with a time of its own
    (``dates_a_sign``: "I have fever also since two days", "it's been numb down my foot since Wednesday", "since last
    night some chest pain is there"), nor a clause that only says when right after one ("I have fever, since two
    days"). The fever, the numbness or the chest pain may be newer than the pain behind the knee: no time is better
    than its time (the how-long question is asked). Whether a clause names such a sign is asked only when some
    clause says a time: it reads the clause's signs again, a fifth of a reading's cost, and most answers say none
    (leaving clauses out never adds a time)."""
    if not _pain_durations(forms, said, today, starts):
        return list(said)
    own = [dates_a_sign(clause) for clause in said]
    return [
        clause
        for at, clause in enumerate(said)
        if not (own[at] or (at and own[at - 1] and _only_a_time(forms, clause)))
    ]


def _dates_an_earlier_event(forms: NumberForms, before: str, clause: str) -> bool:
    """ "I pulled it once, but that was twenty years ago": a time said in a clause of an earlier event
    (``earlier_event``: "once", "before", "the last time"), or in a clause that only says when right after
    one, dates that event, never how long the pain has lasted. Only said unasked: no fact is better than
    twenty years of pain for a strain two decades old (the how-long question is asked)."""
    return bool(forms.earlier.search(clause) or (_only_a_time(forms, clause) and forms.earlier.search(before)))


def _after_denied(forms: NumberForms, clause: str) -> str:
    """ "No chest pain, only the knee is paining since four days" (one run without commas): past the
    chest denied and a turn to the pain, the rest of the clause is about the pain. Without the turn
    the clause stays about the chest ("no chest pain for the last week" dates no knee pain)."""
    turned = forms.denied_then.search(clause)
    return clause[turned.start("rest") :] if turned else clause


def _only_a_time(forms: NumberForms, clause: str) -> bool:
    """ "That was four days ago", "for about a week now": a clause that says only when, about the pain
    or the injury the answer is about."""
    rest = forms.anchored.sub(" ", " ".join(clause.split()))  # an amount: "since last week" alone stays vague
    return rest != " ".join(clause.split()) and all(w in forms.fillers for w in rest.split())


def _named_durations(forms: NumberForms, plain: str, today: date) -> list[int | None]:
    """Days next to a duration word or from a date; a count restating a date ("since the weekend, so
    four days") is the one kept, in the person's own days, unless it is a bound the date's days fall
    just under ("since Tuesday, so nearly a week": five): "nearly" says the count is more than it was.
    A date far under the bound was read wrong ("since last Tuesday, so nearly a fortnight"): the count."""
    dates = _dates(forms, plain)
    dated = [days_since(date_to_iso(m.group("date"), today), today) for m in dates]
    under = [duration_days(duration_to_iso(m.group("d"))) for m in forms.restated_under.finditer(plain)]
    if dated and len(set(under)) == 1:  # "since Tuesday, so nearly a week": five days, not seven
        bound = under[0]
        return dated if bound is not None and all(d is not None and bound / 2 <= d < bound for d in dated) else under
    restated = [duration_days(duration_to_iso(m.group("d"))) for m in forms.restated.finditer(plain)]
    if dates and restated and len(set(restated)) == 1:
        return restated
    return _amounts(forms, plain) + dated


def _amounts(forms: NumberForms, plain: str) -> list[int | None]:
    """Days of the amounts said beside a duration word ("since two days", "for a month"), no date."""
    named = [m.group("d") or m.group("d2") for m in forms.anchored.finditer(plain)]
    return [duration_days(duration_to_iso(d)) for d in named if len(d.split()) > 1]


def _dates(forms: NumberForms, plain: str) -> list[re.Match[str]]:
    """The dates said of the pain's start: after "since" or an event ("I twisted it on Friday"), or right before one."""
    return [*forms.since.finditer(plain), *forms.since_apart.finditer(plain), *forms.day_then_event.finditer(plain)]


def _dated(forms: NumberForms, plain: str, today: date) -> list[int | None]:
    """Days since the dates said of the pain's start (``_dates``)."""
    return [days_since(date_to_iso(m.group("date"), today), today) for m in _dates(forms, plain)]


def _ago(forms: NumberForms, plain: str) -> list[int | None]:
    """Days of the amounts said with a word after them ("about ten days ago"): when, not over how long."""
    said = [m.group("d2") for m in forms.anchored.finditer(plain) if m.group("d2")]
    return [duration_days(duration_to_iso(d)) for d in said if len(d.split()) > 1]


def _bare_durations(forms: NumberForms, plain: str) -> Iterator[str]:
    """Durations with an amount ("a month", not "weeks"), not after a word of how often ("twice a week")."""
    for match in forms.duration.finditer(plain):
        before = plain[: match.start()].split()[-1:]
        if len(match.group("d").split()) > 1 and not (before and before[0] in forms.how_often):
            yield match.group("d")


def _checked(kb: KnowledgeBase, question_id: str, value: int) -> dict[str, int]:
    """The number as a fact, if the kb accepts it for the question (its own range check)."""
    try:
        return dict(check_facts(kb, {question_id: value}))
    except FactsError:
        return {}
