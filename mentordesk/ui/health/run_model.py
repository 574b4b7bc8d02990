"""A pair's checklist runs, one row each: started, checklist, open or closed, outcome."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentordesk.domain.checklists import ChecklistRun
from mentordesk.domain.date_words import day_text
from mentordesk.services.health import HealthService
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate


class RunModel(IdTableModel[ChecklistRun]):
    """The checklist history of the pair set with `set_pair`."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Started"),
        QT_TRANSLATE_NOOP("Columns", "Checklist"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Outcome"),
        QT_TRANSLATE_NOOP("Columns", "Follow-up"),
    )

    def __init__(self, health: HealthService, parent: Any = None) -> None:
        super().__init__(parent)
        self._health = health
        self.pair_id: int | None = None
        self._runs: dict[int, ChecklistRun] = {}

    def set_pair(self, pair_id: int | None) -> None:
        """Show the runs of `pair_id`."""
        self.pair_id = pair_id
        self.load()

    def fetch_ids(self) -> list[int]:
        runs = self._health.runs(self.pair_id) if self.pair_id is not None else []
        self._runs = {r.id: r for r in runs}
        return list(self._runs)

    def fetch_records(self, ids: list[int]) -> dict[int, ChecklistRun]:
        return {i: self._runs[i] for i in ids if i in self._runs}

    def cell(self, record: ChecklistRun, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            done = sum(1 for s in record.steps if s.done)
            status = (
                translate("RunModel", "Open ({done} of {total} steps)").format(
                    done=done, total=len(record.steps)
                )
                if record.is_open
                else translate("RunModel", "Closed {day}").format(day=day_text(record.completed_on))
            )
            return (
                day_text(record.started_on),
                record.title,
                status,
                record.outcome,
                day_text(record.follow_up_on),
            )[column]
        return None
