"""Every active pair's health at a glance, for whoever looks after the team."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import Pair
from mentordesk.domain.text import count
from mentordesk.services import Services
from mentordesk.ui.common.background import Background, Known, plain
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.health.team_health_model import TeamHealthModel, TeamRow


class TeamWindow(QDialog):
    """One row per active pair; pairs needing attention in bold; Enter opens one.

    The signals are read off the GUI thread: with a large team that takes a while."""

    def __init__(
        self,
        services: Services,
        open_pair: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Team Overview")
        self._services = services
        self.lane = Background(self)  # its own: never queued behind an import
        self.model = TeamHealthModel(self)
        self.table = record_table(self.model, stretch=7, fit=range(7), name="team_table")
        self.table.activated.connect(lambda index: open_pair(self.model.id_at(index.row()) or 0))
        self.summary = plain_label(wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.resize(1000, 420)

    def refresh(self) -> None:
        """Read every active pair's signals afresh; the rows follow when they are read."""
        if not self.model.rowCount():
            self.summary.setText("Reading every pair's health signals…")
        self.lane.run(self._services.health.team, self._show, self._failed)

    def _show(self, team: list[tuple[Pair, HealthSignals]]) -> None:
        self.model.fill({pair.id: TeamRow(pair, signals) for pair, signals in team})
        needing = sum(1 for _, signals in team if signals.needs_attention)
        self.summary.setText(
            f"{count(team, 'active pair', 'active pairs')}; {needing} "
            f"{'needs' if needing == 1 else 'need'} attention. "
            "Enter or a double click opens a pair's health."
        )

    def _failed(self, error: Known) -> None:
        self.summary.setText(f"The team's health signals could not be read: {plain(error)}")
