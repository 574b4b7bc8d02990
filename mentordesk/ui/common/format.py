"""How dates, statuses and names read on screen."""

from __future__ import annotations

from mentordesk.domain.goals import GoalStatus, Outcome
from mentordesk.domain.pairs import PairStatus
from mentordesk.domain.quarters import QuarterMode
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

STATUS_TEXT = {  # a goal's status in words
    GoalStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Format", "Not started"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Format", "In progress"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("Format", "Achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("Format", "Dropped (frees the slot for another goal)"),
}

OUTCOME_TEXT = {  # a quarter review's outcome, with the key a radio button uses
    Outcome.ACHIEVED: QT_TRANSLATE_NOOP("Format", "&Achieved"),
    Outcome.PARTLY: QT_TRANSLATE_NOOP("Format", "&Partly achieved"),
    Outcome.NOT_ACHIEVED: QT_TRANSLATE_NOOP("Format", "&Not achieved"),
}


def status_text(status: PairStatus) -> str:
    """A pair's status in words."""
    return {
        PairStatus.ACTIVE: translate("Format", "Active"),
        PairStatus.UPCOMING: translate("Format", "Starts soon"),
        PairStatus.ENDED: translate("Format", "Ended"),
    }[status]


def quarter_mode_text(mode: QuarterMode) -> str:
    """How a pair's quarters run, in words."""
    return {
        QuarterMode.PARTNERSHIP: translate("Format", "Partnership quarters (from the start date)"),
        QuarterMode.CALENDAR: translate("Format", "Calendar quarters (Jan–Mar, Apr–Jun, …)"),
    }[mode]
