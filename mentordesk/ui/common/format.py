"""How dates, statuses and names read on screen."""

from __future__ import annotations

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
