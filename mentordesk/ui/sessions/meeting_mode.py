"""Meeting mode: one calm window for the meeting that is on now.

A timer against the planned duration, the agenda with tick boxes, last session's
summary, and the session editor (notes, topics, my private note, action items typed
with the keyboard). Everything saves as it is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.meetings import ABOUT_TO_START
from mentordesk.domain.sessions import ActionItem, SessionStatus
from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.sessions.agenda_model import AgendaModel, agenda_lines
from mentordesk.ui.sessions.session_editor import SessionEditor


def clock_text(seconds: int) -> str:
    """'12:05' for 725 seconds."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class MeetingModeWindow(QWidget):
    """The meeting of one pair, full attention, saved as it goes."""

    def __init__(
        self,
        services: Services,
        bridge: ChangeBridge,
        pair_id: int,
        current_user: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._services, self._bridge, self.pair_id = services, bridge, pair_id
        pair = services.pairs.get(pair_id)
        self.setWindowTitle(f"Meeting — {pair.title}")
        self.meeting = services.meetings.next_meetings([pair_id])[pair_id]  # on now
        session_id, changes = services.sessions.open_for(pair_id, self.meeting)
        bridge.announce(changes)
        self.planned = timedelta(
            minutes=self.meeting.duration.total_seconds() // 60 if self.meeting else 45
        )
        self.title = plain_label(pair.title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.when = plain_label(self._when_text())
        self.timer_label = plain_label("00:00")
        self.timer_label.setObjectName("meeting_timer")
        timer_font = QFont(self.timer_label.font())
        timer_font.setPointSizeF(timer_font.pointSizeF() * 2)
        self.timer_label.setFont(timer_font)
        self.agenda = AgendaModel(self._tick, self)
        self.agenda_table = QTableView()
        self.agenda_table.setModel(self.agenda)
        self.agenda_table.verticalHeader().hide()
        self.agenda_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.agenda_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.last_summary = plain_label(wrap=True)
        self.last_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.editor = SessionEditor(services, bridge, current_user)
        self.editor.pair = pair  # read once, above
        self.editor.set_session(session_id)
        now = services.sessions.now()
        on_now = self.meeting is None or self.meeting.start - ABOUT_TO_START <= now
        if on_now and self.editor.session and self.editor.session.status is SessionStatus.PLANNED:
            self.editor.status.setCurrentIndex(self.editor.status.findData(SessionStatus.HELD))
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.update_timer)
        self._ticker.start()
        QShortcut(QKeySequence("Ctrl+Return"), self, self.editor.new_item.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # saved first
        self._layout()
        self.reload_agenda()
        self.update_timer()
        self.resize(1100, 760)
        self.editor.notes.setFocus()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.timer_label)
        left = QVBoxLayout()
        left.addWidget(plain_label("Agenda — tick an action item when it is done"))
        left.addWidget(self.agenda_table, 2)
        left.addWidget(plain_label("Last time"))
        left.addWidget(self.last_summary, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.editor, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.when)
        layout.addLayout(body)

    def _when_text(self) -> str:
        if self.meeting is None:
            return "No planned meeting: an ad-hoc session."
        start = self.meeting.start
        return (
            f"{start:%A} {start.day} {start:%B}, {start:%H:%M}–{self.meeting.end:%H:%M}"
            f" · {self.meeting.location or 'no place set'} · Ctrl+Return adds an action item"
        )

    def update_timer(self) -> None:
        """Show the time spent against the planned duration."""
        spent = self._elapsed.elapsed() // 1000
        planned = int(self.planned.total_seconds())
        over = " — over time" if spent > planned else ""
        self.timer_label.setText(f"{clock_text(spent)} / {clock_text(planned)}{over}")

    def reload_agenda(self) -> None:
        """Build the agenda and last time's summary afresh."""
        at = self.meeting.start if self.meeting else None
        agenda = self._services.sessions.agenda(self.pair_id, at=at)
        self.agenda.show(agenda_lines(agenda))
        last = agenda.last_held
        if last is not None:
            when = last.scheduled_for
            lines = [f"{when:%a} {when.day} {when:%b}: " + (", ".join(last.topics) or "no topics")]
            if last.notes.strip():
                lines.append(last.notes.strip().splitlines()[0])
            self.last_summary.setText("\n".join(lines))
        else:
            self.last_summary.setText("This is the pair's first recorded session.")

    def _tick(self, item: ActionItem, done: bool) -> None:
        done_on: date | None = self._services.pairs.today() if done else None
        self._bridge.run(
            lambda: self._services.sessions.update_action_item(
                item.id, item.owner_id, item.text, item.due, done_on
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.autosaver.flush():  # could not be saved yet: ask first
            from mentordesk.ui.data.autosave import lose_unsaved_edits

            if not lose_unsaved_edits(self):
                event.ignore()
                return
        self._ticker.stop()
        super().closeEvent(event)
