"""A pair's goals by quarter: the quarter list on the left, the two goal slots on the right."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import date_range
from mentordesk.domain.goals import Skill
from mentordesk.domain.pairs import PairView
from mentordesk.services import Services
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.goals.goal_card import GoalCard
from mentordesk.ui.goals.goal_operations import GoalOperations
from mentordesk.ui.goals.quarter_list_model import QuarterListModel


class GoalsPanel(QWidget):
    """Quarters of the chosen pair, the current one chosen first, and its two goals."""

    def __init__(
        self, services: Services, operations: GoalOperations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self.pair_id: int | None = None
        self.view: PairView | None = None  # the pair on screen, read once
        self.quarters = QuarterListModel(services.goals, self)
        self.quarter_table = record_table(self.quarters, stretch=0, name="quarter_table")
        self.quarter_table.setMaximumWidth(210)
        self.heading = plain_label(wrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.cards = {skill: GoalCard(skill, services.goals) for skill in Skill}
        for card in self.cards.values():
            card.set_requested.connect(self._set_goal)
            card.edit_requested.connect(
                lambda goal_id: self._with_pair(
                    lambda pair_id: operations.edit_goal(goal_id, pair_id)
                )
            )
            card.checkin_requested.connect(
                lambda goal_id: self._with_pair(
                    lambda pair_id: operations.check_in(goal_id, pair_id)
                )
            )
            card.review_requested.connect(operations.review)
        slots = QWidget()
        slot_layout = QVBoxLayout(slots)
        slot_layout.addWidget(self.heading)
        side_by_side = QHBoxLayout()
        for card in self.cards.values():
            side_by_side.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
        slot_layout.addLayout(side_by_side)
        slot_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(slots)
        layout = QHBoxLayout(self)
        layout.addWidget(self.quarter_table)
        layout.addWidget(scroll, 1)
        self.quarter_table.selectionModel().selectionChanged.connect(self._on_quarter)

    def show_pair(self, view: PairView | None) -> None:
        """Show the quarters of the pair, today's quarter chosen."""
        self.take_view(view)
        self.quarters.set_pair(self.pair_id)
        row = self.quarters.current_row()
        if row is None and self.quarters.rowCount():
            row = self.quarters.rowCount() - 1
        self._choose_row(row)

    def take_view(self, view: PairView | None) -> None:
        """The pair on screen, read afresh after it changed."""
        self.view = view
        self.pair_id = view.id if view else None

    def reread(self) -> None:
        """Re-read the goals of the pair on screen, keeping the chosen quarter."""
        chosen = self.chosen_quarter()
        self.quarters.set_pair(self.pair_id)
        row = self.quarters.row_of(chosen) if chosen is not None else None
        if row is not None:
            self._choose_row(row)
        else:
            self.show_pair(self.view)

    def _choose_row(self, row: int | None) -> None:
        """Choose quarter `row` and show it, once: a change of selection shows it."""
        chosen = self.quarter_table.selectionModel().selectedRows()
        if row is not None and [r.row() for r in chosen] != [row]:
            self.quarter_table.choose_row(row)
        else:
            self._show_quarter()

    def chosen_quarter(self) -> int | None:
        """The number of the quarter on screen."""
        rows = self.quarter_table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def choose_quarter(self, number: int) -> None:
        """Show quarter `number`."""
        if (row := self.quarters.row_of(number)) is not None:
            self.quarter_table.choose_row(row)

    def _with_pair(self, call: object) -> None:
        if self.pair_id is not None and callable(call):
            call(self.pair_id)

    def _set_goal(self, skill: Skill) -> None:
        number = self.chosen_quarter()
        if self.pair_id is not None and number is not None:
            self._operations.set_goal(self.pair_id, number, skill)

    def _on_quarter(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_quarter()

    def _show_quarter(self) -> None:
        number = self.chosen_quarter()
        plan = self.quarters.plan(number) if number is not None else None
        if plan is None or self.pair_id is None:
            self.heading.setText("Choose a pair to see its goals." if self.pair_id is None else "")
            for card in self.cards.values():
                card.hide()
            return
        today = self._services.goals.today()
        editable = self.view is not None and self.view.editable
        span = plan.span
        when = " · now" if plan.is_current else (" · ahead" if span.starts_on > today else "")
        self.heading.setText(
            f"Quarter {span.number}: {date_range(span.starts_on, span.ends_on)}{when}"
        )
        for skill, card in self.cards.items():
            card.show()
            card.show_goal(plan.goal_for(skill), span, today, editable)
