"""A pair's goals by quarter: the quarter list on the left, the two goal slots on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import date_range
from mentordesk.domain.goals import Skill
from mentordesk.domain.pairs import PairView
from mentordesk.services import Services
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.page_scroll import PageScroll
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.goals.goal_card import GoalCard
from mentordesk.ui.goals.goal_operations import GoalOperations
from mentordesk.ui.goals.quarter_list_model import QuarterListModel
from mentordesk.ui.goals.wins_box import WinsBox


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
        self.quarter_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.quarters.modelReset.connect(self._fit_quarter_list)
        self.quarters.rowsInserted.connect(self._fit_quarter_list)
        self._fit_quarter_list()
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
        self._slot_layout = QVBoxLayout(slots)
        self._slot_layout.addWidget(self.heading)
        self.card_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for card in self.cards.values():
            self.card_row.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
        self._slot_layout.addLayout(self.card_row)
        self.wins = WinsBox()
        self.wins.add_requested.connect(self._add_win)
        self.wins.remove_requested.connect(operations.remove_win)
        self._slot_layout.addWidget(self.wins)
        self._slot_layout.addStretch()
        self.page = PageScroll(slots)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.viewport().installEventFilter(self)  # its width arranges the cards
        layout = QHBoxLayout(self)
        layout.addWidget(self.quarter_table)
        layout.addWidget(self.page, 1)
        self.quarter_table.selectionModel().selectionChanged.connect(self._on_quarter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page.viewport() and isinstance(event, QResizeEvent):
            self._arrange_cards(event.size().width())
        return super().eventFilter(watched, event)

    def _arrange_cards(self, width: int) -> None:
        """The two goals side by side where they fit, else one above the other (never cut
        at the right edge, never scrolled sideways)."""
        margins = self._slot_layout.contentsMargins()
        needed = (
            sum(card.minimumSizeHint().width() for card in self.cards.values())
            + self.card_row.spacing()
            + margins.left()
            + margins.right()
        )
        direction = (
            QBoxLayout.Direction.LeftToRight
            if width >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.card_row.direction() != direction:
            self.card_row.setDirection(direction)

    def _fit_quarter_list(self) -> None:
        """As wide as its heading and its quarters' names in bold, no wider: the pair list
        and the goal cards need the room."""
        table = self.quarter_table
        bold = QFont(table.font())
        bold.setBold(True)
        texts = [str(self.quarters.index(r, 0).data()) for r in range(self.quarters.rowCount())]
        widest = max([QFontMetrics(bold).horizontalAdvance(t) + 16 for t in texts], default=0)
        heading = table.horizontalHeader().sectionSizeHint(0)
        table.setFixedWidth(max(widest, heading) + 2 * table.frameWidth())

    def show_pair(self, view: PairView | None) -> None:
        """Show the quarters of the pair, today's quarter chosen."""
        self.take_view(view)
        self.quarters.set_pair(self.pair_id, view.pair if view else None)
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
        self.quarters.set_pair(self.pair_id, self.view.pair if self.view else None)
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

    def _add_win(self) -> None:
        """Note a win, dated today or (in a past quarter) its last day."""
        number = self.chosen_quarter()
        plan = self.quarters.plan(number) if number is not None else None
        if self.view is not None and plan is not None:
            today = self._services.goals.today()
            self._operations.add_win(self.view.pair, min(today, plan.span.ends_on))

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
            self.wins.hide()
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
        if self.view is not None:
            self.wins.show()
            self.wins.show_wins(plan.wins, self.view.pair, editable and span.starts_on <= today)
        self._arrange_cards(self.page.viewport().width())  # a card's needs follow its goal
