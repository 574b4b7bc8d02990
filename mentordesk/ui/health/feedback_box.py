"""The Health tab's feedback and balance: the last meeting's feedback (side by side once
both answered), its trend over the last meetings, and who owns the action items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import day_text
from mentordesk.domain.feedback import (
    BALANCE_ANSWERS,
    BALANCE_QUESTION,
    LEANING,
    USEFUL_QUESTION,
    Feedback,
    FeedbackTrend,
    trend,
)
from mentordesk.domain.pairs import Pair
from mentordesk.domain.words import one_decimal
from mentordesk.services.feedback import FeedbackService, FeedbackState, ItemShare
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate
from mentordesk.ui.health.feedback_chart import FeedbackChart


def trend_text(pair: Pair, found: FeedbackTrend | None) -> str:
    """What the last meetings' feedback says, in words (the chart says it too)."""
    if found is None:
        return translate("FeedbackBox", "No meeting has feedback from both of you yet.")
    meetings = (
        translate("FeedbackBox", "the last meeting")
        if found.meetings == 1
        else translate("FeedbackBox", "the last {count} meetings").format(count=found.meetings)
    )
    if found.lean >= LEANING:
        balance = translate("FeedbackBox", "{name} did more of the talking and the work").format(
            name=pair.mentor.name
        )
    elif found.lean <= -LEANING:
        balance = translate("FeedbackBox", "{name} did more of the talking and the work").format(
            name=pair.mentee.name
        )
    else:
        balance = translate("FeedbackBox", "the talking and the work were shared about evenly")
    return translate(
        "FeedbackBox", "Over {meetings}: useful {useful} of 5 on average; {balance}."
    ).format(meetings=meetings, useful=one_decimal(found.useful), balance=balance)


def items_text(shares: tuple[ItemShare, ItemShare]) -> str:
    """Who owns the action items, without blame: open and completed, per partner."""
    return translate("FeedbackBox", "Action items — {shares}").format(
        shares=" · ".join(
            translate("FeedbackBox", "{name}: {open} open, {done} completed").format(
                name=s.name, open=s.open, done=s.done
            )
            for s in shares
        )
    )


class FeedbackBox(QGroupBox):
    """Feedback after meetings, and the balance between the two partners."""

    give_requested = Signal(int)  # the session id of the meeting to give feedback on

    def __init__(self, feedback: FeedbackService, parent: QWidget | None = None) -> None:
        super().__init__(translate("FeedbackBox", "Meeting feedback and balance"), parent)
        self._feedback = feedback
        self.session_id: int | None = None
        self.status = plain_label(wrap=True)
        self.status.setObjectName("feedback_status")
        self.give_button = QPushButton(translate("FeedbackBox", "Give Feedback…"))
        self.give_button.setObjectName("give_feedback")
        self.give_button.clicked.connect(self._give)
        self.answers = QTableWidget(0, 3)
        self.answers.setObjectName("feedback_answers")
        self.answers.verticalHeader().hide()
        self.answers.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.answers.setColumnWidth(0, 300)
        self.answers.setAccessibleName(
            translate(
                "FeedbackBox",
                "The last meeting's feedback, side by side",
            )
        )
        self.chart = FeedbackChart()
        self.legend = plain_label(wrap=True)
        self.trend = plain_label(wrap=True)
        self.trend.setObjectName("feedback_trend")
        self.items = plain_label(wrap=True)
        self.items.setObjectName("item_balance")
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.give_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.answers)
        layout.addWidget(self.trend)
        layout.addWidget(self.chart)
        layout.addWidget(self.legend)
        layout.addWidget(self.items)

    def show_pair(self, pair: Pair, active: bool, me: int | None) -> None:
        """Show the pair's feedback and balance; `me`: who is at the keyboard, if known."""
        view = self._feedback.view(pair)
        last = view.last
        self.session_id = last[0] if last else None
        self.give_button.setEnabled(active and last is not None)
        self.answers.hide()
        if last is None:
            self.status.setText(
                translate(
                    "FeedbackBox",
                    "After each held meeting, each of you may say in a few seconds how useful "
                    "it was and who did the talking and the work.",
                )
            )
            self.give_button.setText(translate("FeedbackBox", "Give Feedback…"))
        elif view.state is not None:
            self._show_last(
                pair,
                view.state,
                translate("FeedbackBox", "the meeting of {day}").format(day=day_text(last[1])),
                me,
            )
        history = view.history
        self.chart.set_meetings(history)
        self.chart.setVisible(bool(history))
        self.legend.setVisible(bool(history))
        self.legend.setText(
            translate(
                "FeedbackBox",
                "Solid line, dots: how useful (1–5). Dashed line, squares: the balance — above "
                "the middle line {mentor} did more, below it {mentee}.",
            ).format(mentor=pair.mentor.name, mentee=pair.mentee.name)
        )
        self.trend.setText(trend_text(pair, trend(history)))
        self.items.setText(items_text(view.items))

    def _show_last(self, pair: Pair, state: FeedbackState, meeting: str, me: int | None) -> None:
        names = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        self.give_button.setText(
            translate("FeedbackBox", "Change My Feedback…")
            if me in state.answered_by
            else translate("FeedbackBox", "Give Feedback…")
        )
        if state.revealed is not None:
            self.status.setText(
                translate("FeedbackBox", "Feedback on {meeting}: both of you answered.").format(
                    meeting=meeting
                )
            )
            self._fill(pair, state.revealed.mentor, state.revealed.mentee)
            return
        answered = [n for p, n in names.items() if p in state.answered_by]
        if answered:
            waiting = next(n for p, n in names.items() if p not in state.answered_by)
            self.status.setText(
                translate(
                    "FeedbackBox",
                    "Feedback on {meeting}: {answered} answered; the answers show once "
                    "{waiting} has too.",
                ).format(meeting=meeting, answered=answered[0], waiting=waiting)
            )
        else:
            self.status.setText(
                translate("FeedbackBox", "Feedback on {meeting}: not given yet.").format(
                    meeting=meeting
                )
            )

    def _fill(self, pair: Pair, mentor: Feedback, mentee: Feedback) -> None:
        answers = (mentor, mentee)
        self.answers.setHorizontalHeaderLabels(["", pair.mentor.name, pair.mentee.name])
        rows: tuple[tuple[str, Callable[[Feedback], str]], ...] = (
            (
                translate("Feedback", USEFUL_QUESTION),
                lambda f: translate("FeedbackBox", "{score} of 5").format(score=f.useful),
            ),
            (
                translate("Feedback", BALANCE_QUESTION),
                lambda f: translate("Feedback", BALANCE_ANSWERS[f.balance - 1]),
            ),
            (translate("FeedbackBox", "A word"), lambda f: f.word or "–"),
        )
        self.answers.setRowCount(len(rows))
        for row, (question, value) in enumerate(rows):
            self.answers.setItem(row, 0, QTableWidgetItem(question))
            for column, answer in enumerate(answers, start=1):
                self.answers.setItem(row, column, QTableWidgetItem(value(answer)))
        self.answers.resizeColumnsToContents()
        self.answers.resizeRowsToContents()
        frame = 2 * self.answers.frameWidth()
        rows_height = sum(self.answers.rowHeight(r) for r in range(self.answers.rowCount()))
        self.answers.setFixedHeight(
            rows_height + self.answers.horizontalHeader().sizeHint().height() + frame
        )
        self.answers.show()

    def _give(self) -> None:
        if self.session_id is not None:
            self.give_requested.emit(self.session_id)
