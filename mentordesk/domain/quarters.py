"""Quarter arithmetic: which quarter of a pair a date falls in, and each quarter's dates.

Partnership quarters are 3-month blocks counted from the pair's start date. Each block
is computed from the start date itself, never chained, with month ends clamped: a pair
started on 31 January has quarters starting 31 January, 30 April, 31 July, 31 October.
Calendar quarters are January-March and so on. Quarter 1 is the one holding the start.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache


class QuarterMode(StrEnum):
    """How a pair's year is cut into quarters."""

    PARTNERSHIP = "partnership"
    CALENDAR = "calendar"


@dataclass(frozen=True)
class Quarter:
    """Quarter `number` of a pair, from `starts_on` to `ends_on`, both inclusive."""

    number: int
    starts_on: date
    ends_on: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.starts_on <= day <= self.ends_on


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def _anchor(started_on: date, mode: QuarterMode) -> date:
    if mode is QuarterMode.CALENDAR:
        return date(started_on.year, (started_on.month - 1) // 3 * 3 + 1, 1)
    return started_on


@lru_cache(maxsize=4096)  # the team's health asks it of every pair, several times
def quarter(started_on: date, mode: QuarterMode, number: int) -> Quarter:
    """Quarter `number` (1 or more) of a pair that started on `started_on`."""
    if number < 1:
        raise ValueError("quarters are numbered from 1")
    anchor = _anchor(started_on, mode)
    start = add_months(anchor, 3 * (number - 1))
    end = add_months(anchor, 3 * number) - timedelta(days=1)
    return Quarter(number, start, end)


def quarter_number(started_on: date, mode: QuarterMode, day: date) -> int | None:
    """The number of the quarter holding `day`, or None before the pair's start."""
    if day < started_on:
        return None
    anchor = _anchor(started_on, mode)
    months = (day.year - anchor.year) * 12 + day.month - anchor.month
    number = max(1, months // 3 + 1)
    # Clamped month ends can put `day` one block off the naive estimate: settle it.
    while day < quarter(started_on, mode, number).starts_on:
        number -= 1
    while day > quarter(started_on, mode, number).ends_on:
        number += 1
    return number
