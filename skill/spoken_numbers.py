"""Numbers, durations and dates as people say them ("forty two", "a couple of weeks", "since last
Tuesday"), in the forms Alexa's built-in slot types send them (a number, ISO-8601 "P2W", "2026-W47").

Why in the skill core: the try-it resolver (skill.devtools.utterances) uses them to stand in for
AMAZON.NUMBER, AMAZON.DURATION and AMAZON.DATE, and the skill's own reading of free text
(skill.understanding) uses them for a number or a duration said in a sentence no sample fits, so
the one rule sits below both. skill.answer_values turns these forms into days and years.
"""

from __future__ import annotations

from datetime import date, timedelta

from skill.spoken import spoken_key

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORD = "(?:" + "|".join(sorted([*_UNITS, *_TENS, "hundred"], key=len, reverse=True)) + ")"
NUMBER = rf"(?:\d+|(?:a )?{_NUMBER_WORD}(?: (?:and )?{_NUMBER_WORD})*)"
_DURATION_UNITS = {
    "minute": ("T", "M"),
    "minutes": ("T", "M"),
    "hour": ("T", "H"),
    "hours": ("T", "H"),
    "day": ("", "D"),
    "days": ("", "D"),
    "night": ("", "D"),
    "nights": ("", "D"),
    "week": ("", "W"),
    "weeks": ("", "W"),
    "fortnight": ("", "2W"),
    "fortnights": ("", "2W"),
    "month": ("", "M"),
    "months": ("", "M"),
    "year": ("", "Y"),
    "years": ("", "Y"),
}
UNIT_WORDS = frozenset(_DURATION_UNITS)
# "three four days": the counts a range of days or weeks is said in
SMALL_COUNTS = tuple(word for word, number in _UNITS.items() if 1 <= number <= 12)
_DURATION_UNIT = "|".join(sorted(_DURATION_UNITS, key=len, reverse=True))
_HEDGE = r"(?:about |around |roughly |nearly |almost |over |just over )?"
# "couple of days", "a couple days", "few weeks": the article and the "of" are often not said.
_COUPLE = ("a couple of", "couple of", "a couple", "a good few", "a few", "few", "several")
DURATION = rf"(?:{_HEDGE}(?:{'|'.join(_COUPLE)}|an|a|{NUMBER}) )?(?:{_DURATION_UNIT})"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_TODAY_WORDS = ("today", "this morning", "this afternoon", "this evening", "tonight", "now")
_YESTERDAY_WORDS = ("yesterday", "last night", "yesterday morning", "yesterday evening")
DATE = (
    "(?:"
    + "|".join(
        [
            *_TODAY_WORDS,
            *_YESTERDAY_WORDS,
            "the day before yesterday",
            "(?:the |last |this )?(?:week|weekend|month|year)",
            rf"(?:last |this |on )?(?:{'|'.join(_WEEKDAYS)})",
            rf"(?:last )?(?:{'|'.join(_MONTHS)})",
        ]
    )
    + ")"
)

# An age said as a decade ("in my fifties" is 55, "early forties" 42, "late sixties" 68): the middle
# of the decade, or its early or late part. The interaction model's AGE_DECADE values are built from it.
DECADE_YEARS = {
    "teens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
DECADE_PARTS = {"": 5, "mid": 5, "early": 2, "late": 8}
DECADE = rf"(?:(?:early|mid|late) )?(?:{'|'.join(DECADE_YEARS)})"


def decade_age(said: str) -> int | None:
    """ "early fifties" -> 52, "fifties" -> 55; None if not a decade."""
    words = said.split()
    if not words or words[-1] not in DECADE_YEARS or len(words) > 2:
        return None
    part = words[0] if len(words) == 2 else ""
    return DECADE_YEARS[words[-1]] + DECADE_PARTS[part] if part in DECADE_PARTS else None


# A past day named on its own ("on Thursday", "yesterday"), without "since" before it
PAST_DAY = rf"(?:(?:last |on )(?:{'|'.join(_WEEKDAYS)})|{'|'.join(_YESTERDAY_WORDS)}|the day before yesterday)"


def words_to_number(text: str) -> int | None:
    """ "forty two" -> 42, "one hundred and five" -> 105, "42" -> 42; None if not a number.

    Words are read as one number only in the order numbers are said: "nineteen fifty two" (a year,
    or two numbers) is None, not 71."""
    text = spoken_key(text)
    if text.isdigit():
        return int(text)
    current, last = 0, ""
    for word in text.replace(" and ", " ").split():
        kind = _kind(word)
        if kind is None or kind not in _MAY_FOLLOW[last]:
            return None
        current = max(current, 1) * 100 if kind == "hundred" else current + _VALUE.get(word, 1)
        last = kind
    return current if last else None


def _kind(word: str) -> str | None:
    if word in _TENS:
        return "tens"
    if word == "hundred":
        return "hundred"
    if word == "a" or (word in _UNITS and _UNITS[word] < 10):
        return "unit"
    return "teen" if word in _UNITS else None


_VALUE = {**_UNITS, **_TENS}
# Which kind of number word may come after which ("" = the first word).
_MAY_FOLLOW = {
    "": {"unit", "teen", "tens", "hundred"},
    "unit": {"hundred"},
    "teen": {"hundred"},
    "tens": {"unit"},
    "hundred": {"unit", "teen", "tens"},
}


def duration_to_iso(text: str) -> str | None:
    """ "three days" -> "P3D", "a month" -> "P1M", "two hours" -> "PT2H"; None if not a duration.

    "a couple of" counts as 2 and "a few" or "several" as 3 (with or without the "a" and the
    "of"), an approximation of Alexa's
    AMAZON.DURATION (which sends ISO-8601 and the skill converts it to days).
    """
    words = spoken_key(text).split()
    while words and words[0] in {"about", "around", "roughly", "nearly", "almost", "over", "just"}:
        words = words[1:]
    if not words or words[-1] not in _DURATION_UNITS:
        return None
    time_part, unit = _DURATION_UNITS[words[-1]]
    amount_words = " ".join(words[:-1])
    if amount_words in ("", "a", "an", "one"):
        amount: int | None = 1
    elif amount_words in _COUPLE[:3]:
        amount = 2
    elif amount_words in _COUPLE[3:]:
        amount = 3
    else:
        amount = words_to_number(amount_words)
    if amount is None:
        return None
    if unit == "2W":
        amount, unit = amount * 2, "W"
    return f"P{time_part}{amount}{unit}"


def date_to_iso(text: str, today: date) -> str | None:
    """What AMAZON.DATE sends for a few common phrases, future-biased as Alexa is: "tuesday" ->
    the coming Tuesday, "last tuesday" -> the one before today, "last week" -> "2026-W47",
    "last weekend" -> "2026-W47-WE", "last month" -> "2026-10"; None if not one of them.
    (The skill turns these into days with skill/answer_values.py.)"""
    words = spoken_key(text)
    if words in _TODAY_WORDS:
        return today.isoformat()
    if words in _YESTERDAY_WORDS:
        return (today - timedelta(days=1)).isoformat()
    if words == "the day before yesterday":
        return (today - timedelta(days=2)).isoformat()
    last, _, rest = words.partition(" ")
    if last not in ("last", "this", "the", "on"):
        last, rest = "", words
    if rest in _WEEKDAYS:
        if last == "last":
            back = (today.weekday() - _WEEKDAYS.index(rest)) % 7 or 7
            return (today - timedelta(days=back)).isoformat()
        return (today + timedelta(days=(_WEEKDAYS.index(rest) - today.weekday()) % 7)).isoformat()
    if rest in ("week", "weekend"):
        year, week, _ = (today - timedelta(days=7 if last == "last" else 0)).isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if rest == "weekend" else "")
    if rest == "month":
        first = today.replace(day=1)
        month = (first - timedelta(days=1)).replace(day=1) if last == "last" else first
        return f"{month.year}-{month.month:02d}"
    if rest == "year":
        return str(today.year - 1 if last == "last" else today.year)
    if rest in _MONTHS:
        month_number = _MONTHS.index(rest) + 1
        year = today.year if month_number >= today.month or last != "" else today.year + 1
        if last == "last" and month_number >= today.month:
            year = today.year - 1
        return f"{year}-{month_number:02d}"
    return None
