"""The clock services read the time from, so tests can fix it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    """Tells the current time."""

    def now(self) -> datetime:
        """The current time, time-zone aware."""
        ...


class SystemClock:
    """The machine's clock in its local time zone."""

    def now(self) -> datetime:
        """The current local time."""
        return datetime.now().astimezone()


class FixedClock:
    """A clock that always says the same time (for tests and reproducible runs)."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def now(self) -> datetime:
        """The fixed time."""
        return self.moment


def today(clock: Clock) -> date:
    """The local date on `clock`."""
    return clock.now().date()
