"""Every active pair's health at a glance, one row each, those needing attention marked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import Pair
from mentordesk.domain.text import count
from mentordesk.ui.common.id_table_model import IdTableModel


@dataclass(frozen=True)
class TeamRow:
    """A pair and its signals."""

    pair: Pair
    signals: HealthSignals


def _days(value: int | None) -> str:
    return "–" if value is None else count(value, "day", "days")


class TeamHealthModel(IdTableModel[TeamRow]):
    """Active pairs with their health signals, filled with rows read beforehand."""

    headers = (
        "Pair",
        "Last meeting",
        "Missed in a row",
        "Overdue items",
        "Goals behind",
        "Open checklists",
        "Attendance",
        "Attention",
    )

    def cell(self, record: TeamRow, column: int, role: int) -> Any:
        s = record.signals
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            attendance = "–" if s.attendance is None else f"{round(100 * s.attendance)}%"
            return (
                record.pair.title,
                _days(s.days_since_meeting),
                str(s.missed_in_a_row),
                str(s.overdue_items),
                str(s.goals_behind),
                str(s.open_runs),
                attendance,
                "; ".join(s.reasons) or ("New" if s.new else "OK"),
            )[column]
        if role == Qt.ItemDataRole.FontRole and s.needs_attention and column in (0, 7):
            font = QFont()
            font.setBold(True)
            return font
        return None
