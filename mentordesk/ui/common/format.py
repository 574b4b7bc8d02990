"""How dates, statuses and names read on screen."""

from __future__ import annotations

from datetime import date

from mentordesk.domain.goals import GoalStatus, Outcome
from mentordesk.domain.pairs import PairStatus
from mentordesk.domain.quarters import QuarterMode

STATUS_TEXT = {  # a goal's status in words
    GoalStatus.NOT_STARTED: "Not started",
    GoalStatus.IN_PROGRESS: "In progress",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.DROPPED: "Dropped (frees the slot for another goal)",
}

OUTCOME_TEXT = {  # a quarter review's outcome, with the key a radio button uses
    Outcome.ACHIEVED: "&Achieved",
    Outcome.PARTLY: "&Partly achieved",
    Outcome.NOT_ACHIEVED: "&Not achieved",
}


def long_date(day: date | None) -> str:
    """'24 Jun 2026', or an empty string for no date."""
    return f"{day.day} {day:%b %Y}" if day else ""


def date_range(start: date, end: date) -> str:
    """'24 Sep – 23 Dec 2026', or with both years when they differ."""
    first = f"{start.day} {start:%b}" if start.year == end.year else long_date(start)
    return f"{first} – {long_date(end)}"


def status_text(status: PairStatus) -> str:
    """A pair's status in words."""
    return {
        PairStatus.ACTIVE: "Active",
        PairStatus.UPCOMING: "Starts soon",
        PairStatus.ENDED: "Ended",
    }[status]


def quarter_mode_text(mode: QuarterMode) -> str:
    """How a pair's quarters run, in words."""
    return {
        QuarterMode.PARTNERSHIP: "Partnership quarters (from the start date)",
        QuarterMode.CALENDAR: "Calendar quarters (Jan–Mar, Apr–Jun, …)",
    }[mode]
