"""One goal slot of a quarter: the goal's SMART fields, progress, chart and actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.assessments import assessment_words
from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import Goal, GoalStatus, Skill, expected_progress, is_behind
from mentordesk.domain.milestones import MILESTONES_MAX, Milestone
from mentordesk.domain.pairs import Role
from mentordesk.domain.quarters import Quarter
from mentordesk.services.goals import GoalService
from mentordesk.ui.common.format import OUTCOME_TEXT, STATUS_TEXT
from mentordesk.ui.common.labels import plain_label, shown_as_typed
from mentordesk.ui.common.tones import ERROR, tint
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.goals.chart_drawing import ChartData
from mentordesk.ui.goals.checkin_model import CheckInModel
from mentordesk.ui.goals.progress_chart import ProgressChart

SKILL_TITLE = {
    Skill.TECHNICAL: QT_TRANSLATE_NOOP("GoalCard", "Technical skill"),
    Skill.SOFT: QT_TRANSLATE_NOOP("GoalCard", "Soft skill"),
}


class GoalCard(QGroupBox):
    """Shows the quarter's goal of one skill, or an invitation to set one."""

    set_requested = Signal(object)  # (owner Role, Skill)
    edit_requested = Signal(int)
    checkin_requested = Signal(int)
    review_requested = Signal(int)
    milestone_add_requested = Signal(int)  # the goal id
    milestone_ticked = Signal(int, bool)  # milestone id, reached
    milestone_remove_requested = Signal(int)  # milestone id
    assess_requested = Signal(int)  # the goal id

    def __init__(
        self,
        skill: Skill,
        goals: GoalService,
        owner: Role = Role.MENTEE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("GoalCard", SKILL_TITLE[skill]), parent)
        self.setObjectName(f"goal_card_{owner.value}_{skill.value}")
        self.skill, self.owner = skill, owner
        self.goal: Goal | None = None
        self.empty = plain_label(wrap=True)
        self.goal_title = plain_label(wrap=True)
        font = self.goal_title.font()
        font.setBold(True)
        self.goal_title.setFont(font)
        self.specific = plain_label(wrap=True)
        self.measure = plain_label(wrap=True)
        self.target = plain_label()
        self.status = plain_label()
        self.review = plain_label(wrap=True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.behind = plain_label(wrap=True)
        self.behind.setObjectName("behind_flag")
        tint(self.behind, ERROR, bold=True)
        self.chart = ProgressChart()
        self.milestone_section = self._milestone_section()
        self.checkins = CheckInModel(goals, self)
        self.checkin_table = self._checkin_table()

        buttons = self._buttons()

        facts = QFormLayout()
        facts.addRow(translate("GoalCard", "Specific:"), self.specific)
        facts.addRow(translate("GoalCard", "Measure:"), self.measure)
        facts.addRow(translate("GoalCard", "Target:"), self.target)
        facts.addRow(translate("GoalCard", "Status:"), self.status)
        facts.addRow(translate("GoalCard", "Self-rating:"), self._rating_line())
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.goal_title)
        details.addLayout(facts)
        details.addWidget(self.progress)
        details.addWidget(self.behind)
        details.addWidget(self.chart)
        details.addWidget(self.milestone_section)
        details.addWidget(self.checkin_table)
        details.addWidget(self.review)
        buttons = QHBoxLayout()
        for button in (self.set_button, self.edit_button, self.checkin_button, self.review_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    def _rating_line(self) -> QHBoxLayout:
        """The self-rating, before and after, with Rate… beside it."""
        self.assessment = plain_label(wrap=True)
        self.assessment.setObjectName("self_assessment")
        self.assess_button = QPushButton(translate("GoalCard", "Rate…"))
        self.assess_button.setToolTip(
            translate(
                "GoalCard",
                "Self-assessment: where the skill stands, 1 to 5, before and after the quarter",
            )
        )
        self.assess_button.clicked.connect(lambda: self._emit(self.assess_requested))
        row = QHBoxLayout()
        row.addWidget(self.assessment, 1)
        row.addWidget(self.assess_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        self.set_button = QPushButton(translate("GoalCard", "Set Goal…"))
        self.edit_button = QPushButton(translate("GoalCard", "Edit…"))
        self.checkin_button = QPushButton(translate("GoalCard", "Check In…"))
        self.review_button = QPushButton(translate("GoalCard", "Review…"))
        self.set_button.clicked.connect(lambda: self.set_requested.emit((self.owner, self.skill)))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.checkin_button.clicked.connect(lambda: self._emit(self.checkin_requested))
        self.review_button.clicked.connect(lambda: self._emit(self.review_requested))
        row = QHBoxLayout()
        for button in (self.set_button, self.edit_button, self.checkin_button, self.review_button):
            row.addWidget(button)
        row.addStretch()
        return row

    def _milestone_section(self) -> QWidget:
        """Where the goal's milestones are ticked, with a button to add one."""
        self.milestones_title = plain_label(translate("GoalCard", "Milestones:"))
        self.milestones = QVBoxLayout()
        self.milestones.setSpacing(2)
        self.milestone_rows: list[tuple[Milestone, QCheckBox]] = []
        self.add_milestone = QPushButton(translate("GoalCard", "Add Milestone…"))
        self.add_milestone.setToolTip(
            translate(
                "GoalCard",
                "A dated step on the way to this goal (a few at most)",
            )
        )
        self.add_milestone.clicked.connect(lambda: self._emit(self.milestone_add_requested))
        section = QWidget()
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.milestones_title)
        layout.addLayout(self.milestones)
        row = QHBoxLayout()
        row.addWidget(self.add_milestone)
        row.addStretch()
        layout.addLayout(row)
        return section

    def _checkin_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.checkins)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setMaximumHeight(110)
        return table

    def _emit(self, signal: SignalInstance) -> None:
        if self.goal is not None:
            signal.emit(self.goal.id)

    def show_goal(self, goal: Goal | None, span: Quarter, today: date, editable: bool) -> None:
        """Show `goal` (None: the empty slot) of quarter `span` as it stands on `today`."""
        self.goal = goal
        self.empty.setVisible(goal is None)
        self.details.setVisible(goal is not None)
        self.set_button.setVisible(goal is None)
        self.set_button.setEnabled(editable)
        for button in (self.edit_button, self.checkin_button, self.review_button):
            button.setVisible(goal is not None)
            button.setEnabled(editable)
        if goal is None:
            self._show_milestones(None, editable=False)
            empty = (
                translate("GoalCard", "No technical skill goal for quarter {number} yet.")
                if self.skill is Skill.TECHNICAL
                else translate("GoalCard", "No soft skill goal for quarter {number} yet.")
            )
            self.empty.setText(empty.format(number=span.number))
            self.checkins.set_goal(None)
            self.chart.set_data(None)
            return
        self.checkin_button.setEnabled(editable and goal.status is not GoalStatus.DROPPED)
        self.assess_button.setEnabled(editable)
        self.assessment.setText(
            assessment_words(goal.assessments) or translate("GoalCard", "not rated yet")
        )
        self.assessment.setToolTip(
            shown_as_typed(
                "\n".join(
                    f"{a.stage.value.title()}: {a.score} — {a.evidence}" for a in goal.assessments
                )
            )
        )
        self.goal_title.setText(goal.title)
        self.specific.setText(goal.specific or "–")
        self.measure.setText(goal.measure or "–")
        self.target.setText(day_text(goal.target_date))
        self.status.setText(translate("Format", STATUS_TEXT[goal.status]).split(" (")[0])
        self.progress.setValue(goal.progress)
        behind = is_behind(goal, span, today) and today <= span.ends_on
        expected = round(expected_progress(span, today))
        self.behind.setText(
            translate(
                "GoalCard", "Behind schedule: {progress}% done, {expected}% of the quarter gone."
            ).format(progress=goal.progress, expected=expected)
            if behind
            else ""
        )
        self.behind.setVisible(behind)
        self.chart.set_data(ChartData(span, goal.target_date, goal.checkins, today, behind))
        self._show_milestones(goal, editable and goal.is_open)
        self.checkins.set_goal(goal)
        review = []
        if goal.carried_from is not None:
            review.append(translate("GoalCard", "Carried over from the quarter before."))
        if goal.outcome is not None:
            outcome = translate("Format", OUTCOME_TEXT[goal.outcome]).replace("&", "")
            review.append(
                translate("GoalCard", "Review: {outcome}.").format(outcome=outcome)
                + (f" {goal.reflection}" if goal.reflection else "")
            )
        self.review.setText("\n".join(review))
        self.review.setVisible(bool(review))

    def _show_milestones(self, goal: Goal | None, editable: bool) -> None:
        """A tick per milestone (ticked once reached, with the day), Remove beside it."""
        while (child := self.milestones.takeAt(0)) is not None:
            if (widget := child.widget()) is not None:
                widget.deleteLater()
        self.milestone_rows = []
        steps = goal.milestones if goal is not None else ()
        self.milestones_title.setVisible(bool(steps))
        self.add_milestone.setVisible(goal is not None)
        self.add_milestone.setEnabled(editable and len(steps) < MILESTONES_MAX)
        for step in steps:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            when = (
                translate("GoalCard", "reached {day}").format(day=day_text(step.reached_on))
                if step.reached_on
                else translate("GoalCard", "due {day}").format(day=day_text(step.due))
            )
            words = f"{step.text} — {when}"
            tick = QCheckBox()  # its words beside it wrap: a long step never widens the card
            tick.setAccessibleName(words)
            tick.setToolTip(
                translate("GoalCard", "Reached")
                if step.reached
                else translate("GoalCard", "Tick when reached")
            )
            tick.setChecked(step.reached)
            tick.setEnabled(editable)
            tick.toggled.connect(
                lambda on, milestone_id=step.id: self.milestone_ticked.emit(milestone_id, on)
            )
            label = plain_label(words, wrap=True)
            label.setObjectName("milestone_text")
            remove = QToolButton()
            remove.setText(translate("GoalCard", "Remove"))
            remove.setAccessibleName(
                translate("GoalCard", "Remove the milestone '{text}'").format(text=step.text)
            )
            remove.setEnabled(editable)
            remove.clicked.connect(
                lambda _checked=False, milestone_id=step.id: self.milestone_remove_requested.emit(
                    milestone_id
                )
            )
            line.addWidget(tick)
            line.addWidget(label, 1)
            line.addWidget(remove)
            self.milestones.addWidget(row)
            self.milestone_rows.append((step, tick))
