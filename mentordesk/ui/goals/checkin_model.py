"""A goal's check-ins, one row each: date, progress, note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import CheckIn
from mentordesk.services.goals import GoalService
from mentordesk.ui.common.id_table_model import IdTableModel


class CheckInModel(IdTableModel[CheckIn]):
    """The check-ins of the goal set with `set_goal`, oldest first."""

    headers = ("Date", "Progress", "Note")

    def __init__(self, goals: GoalService, parent: Any = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self.goal_id: int | None = None
        self._checkins: dict[int, CheckIn] = {}

    def set_goal(self, goal_id: int | None) -> None:
        """Show the check-ins of `goal_id` (none for None)."""
        self.goal_id = goal_id
        self.load()

    def fetch_ids(self) -> list[int]:
        checkins = self._goals.get(self.goal_id).checkins if self.goal_id is not None else ()
        self._checkins = {c.id: c for c in checkins}
        return list(self._checkins)

    def fetch_records(self, ids: list[int]) -> dict[int, CheckIn]:
        return {i: self._checkins[i] for i in ids if i in self._checkins}

    def cell(self, record: CheckIn, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (day_text(record.on), f"{record.progress}%", record.note)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
