"""A pair's goals by quarter: the quarter list on the left, on the right each growing
partner's two goal slots (a mentee's; in a peer pair both partners'; a mentor's growth
goals when they set some)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import date_range
from mentordesk.domain.goals import Skill
from mentordesk.domain.pairs import Pair, PairView, Role
from mentordesk.services import Services
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.common.labels import plain_label, without_mnemonics
from mentordesk.ui.common.page_scroll import PageScroll
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import translate
from mentordesk.ui.goals.goal_card import GoalCard
from mentordesk.ui.goals.goal_operations import GoalOperations
from mentordesk.ui.goals.quarter_list_model import QuarterListModel
from mentordesk.ui.goals.wins_box import WinsBox


class OwnerSection(QWidget):
    """One partner's goals of the quarter: a heading ("Ben's goals") and two slots."""

    def __init__(self, owner: Role, services: Services) -> None:
        super().__init__()
        self.setObjectName(f"goals_of_{owner.value}")
        self.owner = owner
        self.heading = plain_label(wrap=True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.cards = {skill: GoalCard(skill, services.goals, owner) for skill in Skill}
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for card in self.cards.values():
            self.row.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.row)


class GoalsPanel(QWidget):
    """Quarters of the chosen pair, the current one chosen first, and its goals."""

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
        self.sections = {role: OwnerSection(role, services) for role in Role}
        self.cards = {
            (role, skill): card
            for role, section in self.sections.items()
            for skill, card in section.cards.items()
        }
        self._growth_opened = False  # a mentor's empty slots, shown once asked for
        self.growth_button = QPushButton()
        self.growth_button.setObjectName("growth_goal_button")
        self.growth_button.clicked.connect(self._open_growth)
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
            card.milestone_add_requested.connect(
                lambda goal_id: self._with_pair(
                    lambda pair_id: operations.add_milestone(goal_id, pair_id)
                )
            )
            card.milestone_ticked.connect(operations.reach_milestone)
            card.assess_requested.connect(operations.assess)
            card.milestone_remove_requested.connect(operations.remove_milestone)
        slots = QWidget()
        self._slot_layout = QVBoxLayout(slots)
        self._slot_layout.addWidget(self.heading)
        for section in self.sections.values():
            self._slot_layout.addWidget(section)
        growth_row = QHBoxLayout()
        growth_row.addWidget(self.growth_button)
        growth_row.addStretch()
        self._slot_layout.addLayout(growth_row)
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
        for section in self.sections.values():
            needed = (
                sum(card.minimumSizeHint().width() for card in section.cards.values())
                + section.row.spacing()
                + margins.left()
                + margins.right()
            )
            direction = (
                QBoxLayout.Direction.LeftToRight
                if width >= needed
                else QBoxLayout.Direction.TopToBottom
            )
            if section.row.direction() != direction:
                section.row.setDirection(direction)

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
        if view is None or self.view is None or view.id != self.view.id:
            self._growth_opened = False
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

    def _set_goal(self, slot: tuple[Role, Skill]) -> None:
        number = self.chosen_quarter()
        if self.view is not None and number is not None:
            owner, skill = slot
            self._operations.set_goal(self.view.pair, number, skill, owner)

    def _open_growth(self) -> None:
        """Show the mentor's two empty slots, the first one's Set Goal button focused."""
        self._growth_opened = True
        self._show_quarter()
        self.cards[Role.MENTOR, Skill.TECHNICAL].set_button.setFocus()

    def _on_quarter(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_quarter()

    def _show_quarter(self) -> None:
        number = self.chosen_quarter()
        plan = self.quarters.plan(number) if number is not None else None
        if plan is None or self.view is None:
            self.heading.setText(
                translate("GoalsPanel", "Choose a pair to see its goals.")
                if self.view is None
                else ""
            )
            for section in self.sections.values():
                section.hide()
            self.growth_button.hide()
            self.wins.hide()
            return
        today = self._services.goals.today()
        editable = self.view is not None and self.view.editable
        span = plan.span
        if plan.is_current:
            heading = translate("GoalsPanel", "Quarter {number}: {dates} · now")
        elif span.starts_on > today:
            heading = translate("GoalsPanel", "Quarter {number}: {dates} · ahead")
        else:
            heading = translate("GoalsPanel", "Quarter {number}: {dates}")
        self.heading.setText(
            heading.format(number=span.number, dates=date_range(span.starts_on, span.ends_on))
        )
        pair = self.view.pair
        self._order_sections(pair)
        for (owner, skill), card in self.cards.items():
            card.show_goal(plan.goal_for(skill, owner), span, today, editable)
        mentor_has_goals = any(plan.goal_for(skill, Role.MENTOR) for skill in Skill)
        for owner, section in self.sections.items():
            shown = owner in pair.growing or mentor_has_goals or self._growth_opened
            section.heading.setText(pair.goal_owner_words(owner))
            section.setVisible(shown)
        self.growth_button.setText(
            translate("GoalsPanel", "Add a Growth Goal for {name} Too…").format(
                name=without_mnemonics(pair.mentor.name)
            )
        )
        self.growth_button.setToolTip(
            translate(
                "GoalsPanel",
                "What the mentor learns by teaching: a technical or soft-skill goal of their own",
            )
        )
        self.growth_button.setVisible(editable and not self.sections[Role.MENTOR].isVisibleTo(self))
        self.wins.show()
        self.wins.show_wins(plan.wins, pair, editable and span.starts_on <= today)
        self._arrange_cards(self.page.viewport().width())  # a card's needs follow its goal

    def _order_sections(self, pair: Pair) -> None:
        """Peers: the one named first comes first; else the mentee's goals lead."""
        first = Role.MENTOR if pair.peers else Role.MENTEE
        ordered = [self.sections[first], *(s for r, s in self.sections.items() if r is not first)]
        for place, section in enumerate(ordered, start=1):  # after the heading
            if self._slot_layout.indexOf(section) != place:
                self._slot_layout.removeWidget(section)
                self._slot_layout.insertWidget(place, section)
