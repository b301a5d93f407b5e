"""Alexa's normalised values (durations, dates, numbers, decades) turned into days and ages.

These are what "since last Tuesday" or "for a fortnight" become in the engine's facts; a wrong
number here moves the advice, so each form Alexa sends is checked against a calendar."""

from __future__ import annotations

from datetime import date

import pytest

from skill.answer_values import date_start, days_since, duration_days, whole_number, years_in_duration

SUNDAY = date(2026, 11, 29)  # ISO week 48 of 2026
WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "value, days",
    [("P3D", 3), ("P2W", 14), ("P1M", 30), ("P1Y", 365), ("P1Y2M", 425), ("PT5H", 0), ("p10d", 10), ("P1.5W", 10)],
)
def test_duration_days(value, days):
    assert duration_days(value) == days


@pytest.mark.parametrize("value", ["", None, "P", "PT", "3 days", "?", "P3X", "2026-11-24"])
def test_not_a_duration(value):
    assert duration_days(value) is None


@pytest.mark.parametrize(
    "value, today, days",
    [
        ("2026-11-24", SUNDAY, 5),  # "last Tuesday"
        ("2026-12-01", SUNDAY, 5),  # "Tuesday": Alexa's coming Tuesday, meant as the last one
        ("2026-12-05", SUNDAY, 1),  # "Saturday" said on Sunday
        ("2026-11-29", SUNDAY, 0),  # "this morning"
        ("PRESENT_REF", SUNDAY, 0),
        ("2026-W47", SUNDAY, 13),  # "last week": from its Monday
        ("2026-W47-WE", SUNDAY, 8),  # "last weekend": from its Saturday
        ("2026-W48-WE", WEDNESDAY, 4),  # "the weekend" said midweek: the one just gone
        ("2026-10", SUNDAY, 59),  # "last month": from its first day
        ("2026-03", SUNDAY, 273),  # "since March"
        ("2027-03", SUNDAY, 273),  # "since March" biased into next year
        ("2025", SUNDAY, 697),
        ("2026-03-05", SUNDAY, 269),
        ("2027-03-05", SUNDAY, 269),  # "since the fifth of March", future-biased
    ],
)
def test_days_since_a_date(value, today, days):
    assert days_since(value, today) == days, date_start(value, today)


@pytest.mark.parametrize("value", ["", None, "tuesday", "2026-02-30", "2026-W60", "201X", "2026-13", "XXXX-W12"])
def test_not_a_date(value):
    assert days_since(value, SUNDAY) is None


def test_numbers_and_decade_ids():
    assert whole_number("42") == 42 and whole_number(" 55 ") == 55
    assert whole_number("?") is None and whole_number("forty") is None and whole_number(None) is None
    assert whole_number("4.5") is None


def test_years_only_durations_are_ages():
    assert years_in_duration("P25Y") == 25
    assert years_in_duration("P2W") is None and years_in_duration("P1Y2M") is None and years_in_duration("") is None
