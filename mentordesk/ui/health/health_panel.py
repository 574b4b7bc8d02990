"""A pair's health: signals at a glance, checklists run, and the quarter's health check."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.health import HEALTH_QUESTIONS, HealthSignals
from mentordesk.domain.pairs import PairView
from mentordesk.services import Services
from mentordesk.ui.common.empty_state import EmptyState
from mentordesk.ui.common.labels import plain_label, without_mnemonics
from mentordesk.ui.common.page_scroll import PageScroll
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.tones import ERROR, tint
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, counted, translate
from mentordesk.ui.health.feedback_box import FeedbackBox
from mentordesk.ui.health.health_operations import HealthOperations
from mentordesk.ui.health.run_model import RunModel


def signals_text(signals: HealthSignals) -> str:
    """The signals in one readable line."""
    days = (
        translate("HealthPanel", "no meeting yet")
        if signals.days_since_meeting is None
        else translate("HealthPanel", "last meeting {days} ago").format(
            days=counted(
                "HealthPanel",
                signals.days_since_meeting,
                QT_TRANSLATE_NOOP("HealthPanel", "1 day"),
                QT_TRANSLATE_NOOP("HealthPanel", "{count} days"),
            )
        )
    )
    attendance = (
        ""
        if signals.attendance is None
        else translate("HealthPanel", " · attendance {percent}% over 13 weeks").format(
            percent=round(100 * signals.attendance)
        )
    )
    return translate(
        "HealthPanel",
        "{days} · {missed} missed in a row · {overdue} · {behind} behind · {runs}{attendance}",
    ).format(
        days=days,
        missed=signals.missed_in_a_row,
        overdue=counted(
            "HealthPanel",
            signals.overdue_items,
            QT_TRANSLATE_NOOP("HealthPanel", "1 overdue action item"),
            QT_TRANSLATE_NOOP("HealthPanel", "{count} overdue action items"),
        ),
        behind=counted(
            "HealthPanel",
            signals.goals_behind,
            QT_TRANSLATE_NOOP("HealthPanel", "1 goal"),
            QT_TRANSLATE_NOOP("HealthPanel", "{count} goals"),
        ),
        runs=counted(
            "HealthPanel",
            signals.open_runs,
            QT_TRANSLATE_NOOP("HealthPanel", "1 open checklist"),
            QT_TRANSLATE_NOOP("HealthPanel", "{count} open checklists"),
        ),
        attendance=attendance,
    )


class HealthPanel(QWidget):
    """Health of the chosen pair."""

    def __init__(
        self,
        services: Services,
        operations: HealthOperations,
        current_user: Callable[[], int | None],
        ask_who: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._operations = services, operations
        self._current_user, self._ask_who = current_user, ask_who
        self.pair_id: int | None = None
        self.view: PairView | None = None  # the pair on screen, read once
        self.signals: HealthSignals | None = None  # what the glance shows
        self.glance = plain_label(wrap=True)
        self.glance.setObjectName("health_glance")
        self.attention = plain_label(wrap=True)
        self.attention.setObjectName("health_attention")
        tint(self.attention, ERROR, bold=True)
        self.suggested = QPushButton()
        self.suggested.clicked.connect(self._start_suggested)
        self.runs = RunModel(services.health, self)
        self.run_table = record_table(self.runs, stretch=3, fit=(0, 1, 2, 4), name="run_table")
        self.run_table.activated.connect(
            lambda index: operations.open_run(self.runs.id_at(index.row()) or 0)
        )
        self.start_button = QPushButton(translate("HealthPanel", "Run a Checklist…"))
        self.start_button.clicked.connect(self._start)
        self.check_status = plain_label(wrap=True)
        self.answer_button = QPushButton(translate("HealthPanel", "Answer the Health Check…"))
        self.answer_button.clicked.connect(self._answer)
        self.results = QTableWidget(0, 3)
        self.results.setHorizontalHeaderLabels(
            ["", translate("HealthPanel", "Mentor"), translate("HealthPanel", "Mentee")]
        )
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setStretchLastSection(False)
        self.results.setColumnWidth(0, 380)
        self.feedback = FeedbackBox(services.feedback)
        self.feedback.give_requested.connect(self._give_feedback)
        self._layout()

    def _layout(self) -> None:
        glance = QGroupBox(translate("HealthPanel", "At a glance"))
        top = QVBoxLayout(glance)
        top.addWidget(self.glance)
        row = QHBoxLayout()
        row.addWidget(self.attention, 1)
        row.addWidget(self.suggested)
        top.addLayout(row)
        runs = QGroupBox(translate("HealthPanel", "Checklists"))
        middle = QVBoxLayout(runs)
        self.no_runs = EmptyState(
            self.run_table,
            translate(
                "HealthPanel",
                "No checklist run yet. When scheduling, expectations or the balance between you "
                "go wrong, a checklist walks you through it, step by step.",
            ),
            [(translate("HealthPanel", "Run a &Checklist…"), self._start)],
            applies=lambda: self.pair_id is not None,
            closed=translate("HealthPanel", "This pair ran no checklist."),
        )
        middle.addWidget(self.no_runs)
        self.no_runs.currentChanged.connect(
            lambda _page: self.start_button.setVisible(not self.no_runs.showing_empty)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch()
        middle.addLayout(buttons)
        check = QGroupBox(translate("HealthPanel", "Health check this quarter"))
        bottom = QVBoxLayout(check)
        status = QHBoxLayout()
        status.addWidget(self.check_status, 1)
        status.addWidget(self.answer_button)
        bottom.addLayout(status)
        bottom.addWidget(self.results)
        bottom.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(glance)
        layout.addWidget(runs, 1)
        layout.addWidget(check)
        layout.addWidget(self.feedback)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(PageScroll(page))  # a short window scrolls: nothing is squeezed

    def show_pair(self, view: PairView | None) -> None:
        """Show the health of the pair."""
        self.take_view(view)
        self.runs.set_pair(self.pair_id)
        self.no_runs.update_state()
        self.reread()

    def take_view(self, view: PairView | None) -> None:
        """The pair on screen, read afresh after it changed (its health follows)."""
        self.view = view
        self.pair_id = view.id if view else None

    def reread(self) -> None:
        """Re-read the signals, the runs and the health check."""
        self.runs.refresh_all()
        self.signals = None
        if self.pair_id is None:
            self.glance.setText(translate("HealthPanel", "Choose a pair to see its health."))
            for widget in (self.attention, self.suggested, self.start_button, self.answer_button):
                widget.hide()
            self.check_status.setText("")
            self.results.hide()
            self.feedback.hide()
            return
        assert self.view is not None  # a pair on screen comes with its view
        pair, active = self.view.pair, self.view.editable
        signals = self.signals = self._services.health.signals([self.pair_id])[self.pair_id]
        self.glance.setText(signals_text(signals))
        self.attention.setVisible(signals.needs_attention)
        self.attention.setText(
            translate("HealthPanel", "Needs attention: {reasons}.").format(
                reasons="; ".join(signals.reasons)
            )
        )
        key = signals.suggested_checklist if signals.needs_attention and active else None
        self.suggested.setVisible(key is not None)
        self._suggested_key = key
        if key is not None:
            title = self._services.health.template(key).title
            self.suggested.setText(
                translate("HealthPanel", "Run “{title}”…").format(title=without_mnemonics(title))
            )
        for widget in (self.start_button, self.answer_button):
            widget.show()
            widget.setEnabled(active)
        self.no_runs.set_enabled_buttons(active)
        self.start_button.setVisible(not self.no_runs.showing_empty)  # not twice on screen
        self._show_check(pair.mentor.id, pair.mentee.id, pair.mentor.name, pair.mentee.name)
        self.feedback.show()
        self.feedback.show_pair(pair, active, self._current_user())

    def _show_check(self, mentor: int, mentee: int, mentor_name: str, mentee_name: str) -> None:
        assert self.pair_id is not None
        results = self._services.health.results(self.pair_id)
        names = {mentor: mentor_name, mentee: mentee_name}
        answered = [names[p] for p in (mentor, mentee) if p in results.answered_by]
        me = self._current_user()
        if results.revealed:
            self.check_status.setText(
                translate("HealthPanel", "Quarter {number}: both of you answered.").format(
                    number=results.quarter
                )
            )
        elif answered:
            waiting = [n for p, n in names.items() if p not in results.answered_by]
            self.check_status.setText(
                translate(
                    "HealthPanel",
                    "Quarter {number}: {answered} answered; the answers show once "
                    "{waiting} has too.",
                ).format(number=results.quarter, answered=", ".join(answered), waiting=waiting[0])
            )
        else:
            self.check_status.setText(
                translate(
                    "HealthPanel",
                    "Quarter {number}: not answered yet. Once a "
                    "quarter, each of you answers privately.",
                ).format(number=results.quarter)
            )
        self.answer_button.setText(
            translate("HealthPanel", "Change My Answers…")
            if me in results.answered_by
            else translate("HealthPanel", "Answer the Health Check…")
        )
        self.results.setVisible(bool(results.revealed))
        if not results.revealed:
            return
        by_person = {a.person_id: a for a in results.revealed}
        self.results.setHorizontalHeaderLabels(["", mentor_name, mentee_name])
        rows = [
            *(translate("Health", q) for q in HEALTH_QUESTIONS),
            translate("HealthPanel", "Comment"),
        ]
        self.results.setRowCount(len(rows))
        for row, question in enumerate(rows):
            self.results.setItem(row, 0, QTableWidgetItem(question))
            for column, person in ((1, mentor), (2, mentee)):
                answer = by_person[person]
                value = answer.comment if row == len(HEALTH_QUESTIONS) else str(answer.scores[row])
                self.results.setItem(row, column, QTableWidgetItem(value))

    def _start(self) -> None:
        if self.pair_id is not None:
            self._operations.start_checklist(self.pair_id)

    def _start_suggested(self) -> None:
        if self.pair_id is not None and self._suggested_key:
            self._operations.start_checklist(self.pair_id, self._suggested_key)

    def _give_feedback(self, session_id: int) -> None:
        if self.pair_id is not None:
            self._operations.give_feedback(
                self.pair_id, session_id, self._current_user(), self._ask_who
            )

    def _answer(self) -> None:
        if self.pair_id is not None:
            self._operations.answer_health_check(self.pair_id, self._current_user(), self._ask_who)
