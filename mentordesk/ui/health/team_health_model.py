"""Every active pair's health at a glance, one row each, those needing attention marked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import Pair
from mentordesk.domain.words import one_decimal
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, counted, translate


@dataclass(frozen=True)
class TeamRow:
    """A pair and its signals, with what its row shows worked out once (the table asks
    for each cell in several roles at every paint, and a pair's reasons are rules)."""

    pair: Pair
    signals: HealthSignals

    @cached_property
    def needs_attention(self) -> bool:
        """Whether the pair needs attention (its row in bold)."""
        return self.signals.needs_attention

    @cached_property
    def texts(self) -> tuple[str, ...]:
        """What each column shows."""
        s = self.signals
        attendance = "–" if s.attendance is None else f"{round(100 * s.attendance)}%"
        return (
            self.pair.title,
            _days(s.days_since_meeting),
            str(s.missed_in_a_row),
            str(s.overdue_items),
            str(s.goals_behind),
            str(s.open_runs),
            attendance,
            feedback_text(s),
            "; ".join(s.reasons)
            or (
                translate("TeamHealthModel", "New") if s.new else translate("TeamHealthModel", "OK")
            ),
        )


def _days(value: int | None) -> str:
    return (
        "–"
        if value is None
        else counted(
            "TeamHealthModel",
            value,
            QT_TRANSLATE_NOOP("TeamHealthModel", "1 day"),
            QT_TRANSLATE_NOOP("TeamHealthModel", "{count} days"),
        )
    )


def feedback_text(signals: HealthSignals) -> str:
    """The last meetings' feedback in a few words: '3.3 of 5, falling' (or a dash)."""
    trend = signals.feedback
    if trend is None:
        return "–"
    text = translate("TeamHealthModel", "{score} of 5").format(score=one_decimal(trend.useful))
    return f"{text}, {trend.direction}" if trend.meetings > 1 else text


class TeamHealthModel(IdTableModel[TeamRow]):
    """Active pairs with their health signals, filled with rows read beforehand."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Pair"),
        QT_TRANSLATE_NOOP("Columns", "Last meeting"),
        QT_TRANSLATE_NOOP("Columns", "Missed in a row"),
        QT_TRANSLATE_NOOP("Columns", "Overdue items"),
        QT_TRANSLATE_NOOP("Columns", "Goals behind"),
        QT_TRANSLATE_NOOP("Columns", "Open checklists"),
        QT_TRANSLATE_NOOP("Columns", "Attendance"),
        QT_TRANSLATE_NOOP("Columns", "Feedback"),
        QT_TRANSLATE_NOOP("Columns", "Attention"),
    )

    def cell(self, record: TeamRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return record.texts[column]
        if role == Qt.ItemDataRole.FontRole and record.needs_attention and column in (0, 8):
            font = QFont()
            font.setBold(True)
            return font
        return None
