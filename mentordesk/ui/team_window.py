"""Every active pair's health at a glance, for whoever looks after the team."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from mentordesk.services import Services
from mentordesk.ui.dialogs.form_dialog import plain_label
from mentordesk.ui.models.team_health_model import TeamHealthModel
from mentordesk.ui.tables import record_table


class TeamWindow(QDialog):
    """One row per active pair; pairs needing attention in bold; Enter opens one."""

    def __init__(
        self, services: Services, open_pair: Callable[[int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Team Overview")
        self.model = TeamHealthModel(services, self)
        self.table = record_table(self.model, stretch=7, fit=range(7), name="team_table")
        self.table.activated.connect(lambda index: open_pair(self.model.id_at(index.row()) or 0))
        self.summary = plain_label(wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.resize(1000, 420)
        self.refresh()

    def refresh(self) -> None:
        """Re-read every pair's signals."""
        self.model.load()
        rows = [self.model.record_at(r) for r in range(self.model.rowCount())]
        needing = sum(1 for r in rows if r and r.signals.needs_attention)
        self.summary.setText(
            f"{len(rows)} active pairs; {needing} need attention. "
            "Enter or a double click opens a pair's health."
        )
