"""A pair's quarters, one row each, the current one highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.domain.date_words import date_range
from mentordesk.domain.goals import GoalStatus
from mentordesk.domain.pairs import Pair
from mentordesk.services.goals import GoalService, QuarterPlan
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate


class QuarterListModel(IdTableModel[QuarterPlan]):
    """Rows are quarter numbers of the pair set with `set_pair` (none without a pair)."""

    headers = (QT_TRANSLATE_NOOP("Columns", "Quarter"),)

    def __init__(self, goals: GoalService, parent: Any = None) -> None:
        super().__init__(parent)
        self._goals = goals
        self.pair_id: int | None = None
        self._given: Pair | None = None  # as just read: not read again for this load
        self._plans: dict[int, QuarterPlan] = {}

    def set_pair(self, pair_id: int | None, pair: Pair | None = None) -> None:
        """Show the quarters of `pair_id` (`pair`: as just read, if the caller has it);
        a refresh reads the pair afresh."""
        self.pair_id = pair_id
        self._given = pair
        self.load()

    def fetch_ids(self) -> list[int]:
        pair, self._given = self._given, None
        plans = self._goals.quarters(self.pair_id, pair) if self.pair_id is not None else []
        self._plans = {p.span.number: p for p in plans}
        return list(self._plans)

    def fetch_records(self, ids: list[int]) -> dict[int, QuarterPlan]:
        return {n: self._plans[n] for n in ids if n in self._plans}

    def plan(self, number: int) -> QuarterPlan | None:
        """The plan of quarter `number`, if the pair has reached it."""
        return self._plans.get(number)

    def current_row(self) -> int | None:
        """The row of today's quarter, if the pair is in one."""
        return next((self.row_of(n) for n, p in self._plans.items() if p.is_current), None)

    def cell(self, record: QuarterPlan, column: int, role: int) -> Any:
        span = record.span
        if role == Qt.ItemDataRole.DisplayRole:
            # Narrow: the goals beside it need the room; the heading gives the dates.
            return (
                translate("QuarterListModel", "Q{number} · now")
                if record.is_current
                else translate("QuarterListModel", "Q{number}")
            ).format(number=span.number)
        if role == Qt.ItemDataRole.ToolTipRole:
            live = [g for g in record.goals if g.status is not GoalStatus.DROPPED]
            goals = "\n".join(f"{record.whose(g)}, {g.skill.value}: {g.title}" for g in live)
            none = translate("QuarterListModel", "No goals")
            return f"{date_range(span.starts_on, span.ends_on)}\n{goals or none}"
        if role == Qt.ItemDataRole.FontRole and record.is_current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and record.is_current:
            return QApplication.palette().color(QPalette.ColorRole.AlternateBase)
        return None
