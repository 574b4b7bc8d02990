"""A goal's check-ins, one row each: date, progress, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import CheckIn, Goal
from mentordesk.services.goals import GoalService
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP


class CheckInModel(IdTableModel[CheckIn]):
    """The check-ins of the goal set with `set_goal`, oldest first."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Progress"),
        QT_TRANSLATE_NOOP("Columns", "Note"),
    )

    def __init__(self, goals: GoalService, parent: Any = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self.goal_id: int | None = None
        self._given: Goal | None = None  # as just read: shown without reading it again
        self._checkins: dict[int, CheckIn] = {}

    def set_goal(self, goal: Goal | None) -> None:
        """Show the check-ins of `goal`, as read (none for None); a refresh reads them
        afresh."""
        self.goal_id = goal.id if goal is not None else None
        self._given = goal
        self.load()

    def fetch_ids(self) -> list[int]:
        goal, self._given = self._given, None
        if goal is None and self.goal_id is not None:
            goal = self._goals.get(self.goal_id)
        self._checkins = {c.id: c for c in goal.checkins} if goal is not None else {}
        return list(self._checkins)

    def fetch_records(self, ids: list[int]) -> dict[int, CheckIn]:
        return {i: self._checkins[i] for i in ids if i in self._checkins}

    def cell(self, record: CheckIn, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (day_text(record.on), f"{record.progress}%", record.note)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
