"""Alexa's normalised slot values turned into the numbers the knowledge base asks for.

Why a module of its own: the slot reader (which slot answers which question) and the value
parsing (what "P2W" or "2026-W47-WE" means in days) change for different reasons, and both the
skill and the developer tools call the parsing. Every function is pure: text in, number or None
out, never an exception, because the text comes from outside (a device, a test, a typed line).

- ``AMAZON.DURATION`` sends ISO-8601 durations ("P3D", "P2W", "PT5H").
- ``AMAZON.DATE`` sends a day ("2026-11-24"), an ISO week ("2026-W47"), a weekend
  ("2026-W47-WE"), a month ("2026-10"), a year ("2026") or "PRESENT_REF" for "now". Alexa
  biases dates towards the future ("Tuesday" said on a Sunday is the coming Tuesday, "the
  weekend" said midweek the coming one); a person answering "since when" means the past, so a
  future day or week moves back a week (a day up to a week ahead was a weekday) and a future
  day of the year or month moves back a year.
- Ages as decades ("in my fifties") arrive as the id of an ``AGE_DECADE`` value, which is the
  age in years itself ("55"; "early forties" is "42", "late thirties" "38").
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

# Beyond any range the kb accepts; keeps absurd durations ("P9999999999Y") from overflowing.
_MAX_DAYS = 10**7
DAYS_PER_UNIT = {"Y": 365, "M": 30, "W": 7, "D": 1}
_ISO_DURATION = re.compile(
    r"^P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
# A day Alexa put up to a week ahead was a weekday ("since Tuesday"); further ahead, a day of the year.
_WEEKDAY_HORIZON = 7


def duration_days(value: str | None) -> int | None:
    """Days in an AMAZON.DURATION value (``P2W`` -> 14, ``PT5H`` -> 0); None when not a duration."""
    text = (value or "").strip().upper()
    match = _ISO_DURATION.match(text)
    if not match or text in ("P", "PT"):
        return None
    days = sum(float(match.group(unit)) * per for unit, per in DAYS_PER_UNIT.items() if match.group(unit))
    return round(days) if math.isfinite(days) and days < _MAX_DAYS else None


def years_in_duration(value: str | None) -> int | None:
    """Whole years in a duration that is only years (``P25Y`` -> 25): "twenty five years" said as an age."""
    match = re.fullmatch(r"P(\d{1,3})Y", (value or "").strip().upper())
    return int(match.group(1)) if match else None


def date_start(value: str | None, today: date) -> date | None:
    """The first day of the period an AMAZON.DATE value names, moved into the past if Alexa put it ahead."""
    text = (value or "").strip().upper()
    try:
        if text == "PRESENT_REF":
            return today
        if match := _DAY.match(text):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            if day > today:
                ahead = (day - today).days
                day = day - timedelta(days=7) if ahead <= _WEEKDAY_HORIZON else day.replace(year=day.year - 1)
            return day
        if match := _WEEK.match(text):
            start = date.fromisocalendar(int(match[1]), int(match[2]), 1) + timedelta(days=5 if match[3] else 0)
            return start - timedelta(days=7) if start > today else start
        if match := _MONTH.match(text):
            start = date(int(match[1]), int(match[2]), 1)
            return start.replace(year=start.year - 1) if start > today else start
        if match := _YEAR.match(text):
            return date(int(match[1]), 1, 1)
    except (ValueError, OverflowError):  # 2026-02-30, week 60, year 9999 plus a week: no calendar has it
        return None
    return None


def days_since(value: str | None, today: date) -> int | None:
    """Days from an AMAZON.DATE value to today ("since last Tuesday"); None when not a past date."""
    start = date_start(value, today)
    if start is None or start > today:
        return None
    return (today - start).days


def whole_number(value: str | None) -> int | None:
    """An AMAZON.NUMBER value (or an AGE_DECADE id) as an int; None for "?", words or fractions."""
    text = (value or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 6 else None
