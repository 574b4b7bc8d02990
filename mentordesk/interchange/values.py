"""Dates, times and date-times as a document writes them, read strictly.

Each reader returns the value or raises ValueError with the problem in plain words,
quoting the value safely. Only ASCII digits count (a regular expression's `\\d` takes
any script's digits), and every date must lie between EARLIEST and LATEST.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from mentordesk.interchange.schema import describe

# Far wider than any mentoring history, and far enough from the calendar's ends
# (0001-01-01, 9999-12-31) that every rule's arithmetic on them (quarters, weekly
# meetings, a series' last day in its zone, an offset turned into UTC) stays inside it.
EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]", re.ASCII)
_WALL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]", re.ASCII)
_MOMENT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})",
    re.ASCII,
)


def day(value: str) -> date:
    """A date written YYYY-MM-DD."""
    if not _DATE.fullmatch(value):
        raise ValueError(f"{describe(value)} is not in the expected form YYYY-MM-DD")
    try:
        found = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{describe(value)} is not a real date") from None
    return _in_range(found)


def moment(value: str) -> datetime:
    """An ISO 8601 date and time with an offset (or Z)."""
    if not _MOMENT.fullmatch(value):
        raise ValueError(f"{describe(value)} is not a date and time with an offset")
    try:
        found = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{describe(value)} is not a real date and time") from None
    _in_range(found.date())
    return found


def wall_clock(value: str) -> datetime:
    """A wall-clock date and time written YYYY-MM-DDTHH:MM (naive)."""
    if not _WALL.fullmatch(value):
        raise ValueError(f"{describe(value)} is not in the form YYYY-MM-DDTHH:MM")
    try:
        found = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{describe(value)} is not a real date and time") from None
    _in_range(found.date())
    return found


def clock_time(value: str) -> time:
    """A 24-hour wall-clock time written HH:MM."""
    if not _TIME.fullmatch(value):
        raise ValueError(f"{describe(value)} is not a time like 16:00")
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _in_range(found: date) -> date:
    if not EARLIEST <= found <= LATEST:
        raise ValueError(f"{found} is outside the dates MentorDesk keeps ({EARLIEST} to {LATEST})")
    return found
