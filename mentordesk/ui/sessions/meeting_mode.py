"""Meeting mode: one calm window for the meeting that is on now.

A timer against the planned duration, counted from the meeting's start; the agenda with
tick boxes; last session's summary; the session editor (notes, topics, my private note,
action items typed with the keyboard); and End Meeting, a recap of what was done with the
next meeting. Everything saves as it is typed; Esc closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from html import escape

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import day_text, long_day_text, time_text, when_text, zone_note
from mentordesk.domain.meetings import ABOUT_TO_START
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.sessions import ActionItem, SessionStatus
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.undo import Step
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.screen_room import fit_to_screen
from mentordesk.ui.common.tones import banner_style
from mentordesk.ui.common.translation import translate
from mentordesk.ui.guidance.guide_view import GuideView
from mentordesk.ui.sessions.agenda_model import AgendaModel, agenda_lines
from mentordesk.ui.sessions.meeting_feedback import offer_feedback, offer_sharing
from mentordesk.ui.sessions.session_editor import SessionEditor


def presentation_note() -> QLabel:
    """The banner meeting mode shows while presentation mode hides private notes."""
    banner = plain_label(translate("MeetingMode", "Presentation mode: private notes are hidden."))
    banner.setObjectName("meeting_presentation_banner")
    banner.setStyleSheet(banner_style())
    banner.hide()
    return banner


def meeting_link(location: str) -> str | None:
    """The place, when it is a web address a click can open (a video call)."""
    place = location.strip()
    url = QUrl(place, QUrl.ParsingMode.StrictMode)
    if url.isValid() and url.scheme() in ("http", "https") and url.host() and " " not in place:
        return place
    return None


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
        *,
        push: Callable[[Step], None] | None = None,
        undo_stack: QUndoStack | None = None,
        questions: dict[int, list[str]] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # conversation starters put on each session's agenda, by session id (the caller
        # keeps them from one opening to the next)
        self._questions = questions if questions is not None else {}
        self._services, self._bridge, self.pair_id = services, bridge, pair_id
        self._ticking = False  # a tick of the agenda is being saved
        pair = services.pairs.get(pair_id)
        self.setWindowTitle(translate("MeetingMode", "Meeting — {pair}").format(pair=pair.title))
        self._owners = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        self.meeting = services.meetings.next_meetings([pair_id])[pair_id]  # on now
        session_id, changes = services.sessions.open_for(pair_id, self.meeting)
        bridge.announce(changes)
        self.planned = timedelta(
            minutes=self.meeting.duration.total_seconds() // 60 if self.meeting else 45
        )
        self._build_header(pair.title)
        self._push = push
        self.agenda = AgendaModel(self._tick, self._discuss, self, on_reached=self._reach)
        self.agenda_table = QTableView()
        self.agenda_table.setModel(self.agenda)
        self.agenda_table.verticalHeader().hide()
        self.agenda_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.agenda_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.last_summary = plain_label(wrap=True)
        self.last_summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._current_user = current_user
        self.editor = SessionEditor(services, bridge, current_user, push=push)
        self.editor.pair = pair  # read once, above
        self.editor.set_session(session_id)
        now = services.sessions.now()
        self._record_if_on(now)
        for box in (self.editor.notes, self.editor.topics):  # notes taken at the meeting
            box.textChanged.connect(lambda: self._record_if_on(services.sessions.now()))
        self.editor.topics.textChanged.connect(self._show_discussed)
        self._elapsed = QElapsedTimer()
        self._elapsed.start()
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.update_timer)
        self._ticker.start()
        QShortcut(QKeySequence("Ctrl+Return"), self, self.editor.new_item.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)  # saved first
        QShortcut(QKeySequence("Ctrl+Shift+Return"), self, self.end_meeting)
        self._ticks = 0  # topic ticks since the last undoable step: Ctrl+Z takes them first
        if undo_stack is not None:  # a text field keeps Ctrl+Z for its own typing
            QShortcut(QKeySequence.StandardKey.Undo, self, lambda: self._undo(undo_stack))
            QShortcut(QKeySequence.StandardKey.Redo, self, undo_stack.redo)
            undo_stack.indexChanged.connect(self._forget_ticks)
        self._build_guidance()
        self._layout()
        bridge.changed.connect(self._on_changed)
        self.reload_agenda()
        self.update_timer()
        self._fit_screen()
        self.editor.notes.setFocus()

    def _build_header(self, title: str) -> None:
        """The pair's name, when and where, the timer, End Meeting and the banner."""
        self.title = plain_label(title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.when = plain_label(self._when_text(), wrap=True)
        self.join = QLabel(self)  # the meeting's link, when its place is one: a click joins
        self.join.setObjectName("meeting_link")
        self.join.setTextFormat(Qt.TextFormat.RichText)
        self.join.setOpenExternalLinks(True)
        self.join.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        link = meeting_link(self.meeting.location if self.meeting else "")
        self.join.setHidden(link is None)
        if link is not None:  # the address as typed, escaped: never markup of its own
            join = translate("MeetingMode", "Join: {link}").format(link=escape(link))
            self.join.setText(f'<a href="{escape(link, quote=True)}">{join}</a>')
        self.banner = presentation_note()
        self.end_button = QPushButton(translate("MeetingMode", "&End Meeting…"))
        self.end_button.setToolTip(
            translate(
                "MeetingMode",
                "A recap of this meeting, then close (Ctrl+Shift+Return)",
            )
        )
        self.end_button.clicked.connect(self.end_meeting)
        self.guidance_button = QPushButton(translate("MeetingMode", "&Guidance"))
        self.guidance_button.setCheckable(True)
        self.guidance_button.setChecked(True)
        self.guidance_button.setToolTip(
            translate(
                "MeetingMode",
                "Show or hide the scripts and questions that suit this meeting (Ctrl+G)",
            )
        )
        self.guidance_button.toggled.connect(self._show_guidance)
        self.timer_label = plain_label("00:00")
        self.timer_label.setObjectName("meeting_timer")
        timer_font = QFont(self.timer_label.font())
        timer_font.setPointSizeF(timer_font.pointSizeF() * 2)
        self.timer_label.setFont(timer_font)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.timer_label)
        header.addWidget(self.guidance_button)
        header.addWidget(self.end_button)
        left = QVBoxLayout()
        guide = plain_label(
            translate(
                "MeetingMode",
                "Agenda — tick what you discussed, and items when done",
            ),
            wrap=True,
        )
        left.addWidget(guide)
        left.addWidget(self.agenda_table, 2)
        left.addWidget(plain_label(translate("MeetingMode", "Last time")))
        left.addWidget(self.last_summary, 1)
        agenda = QWidget()
        agenda.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setObjectName("meeting_body")
        body.setChildrenCollapsible(False)
        for widget, stretch in ((agenda, 2), (self.editor, 3), (self.guidance, 2)):
            body.addWidget(widget)
            body.setStretchFactor(body.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(self.when)
        layout.addWidget(self.join)
        layout.addWidget(body, 1)

    def _when_text(self) -> str:
        if self.meeting is None:
            return translate("MeetingMode", "No planned meeting: an ad-hoc session.")
        start = self.meeting.start
        text = (
            translate(
                "MeetingMode",
                "{day}, {start}–{end}{zone} · {place} · Ctrl+Return adds an action item",
            )
            if self.meeting.location
            else translate(
                "MeetingMode",
                "{day}, {start}–{end}{zone} · no place set · Ctrl+Return adds an action item",
            )
        )
        return text.format(
            day=long_day_text(start.date()),
            start=time_text(start),
            end=time_text(self.meeting.end),
            zone=zone_note(start),
            place=self.meeting.location,
        )

    def _build_guidance(self) -> None:
        """The side panel: what suits this meeting, and starters to put on the agenda."""
        session = self.editor.session
        # the conversation starters put on this session's agenda, kept by the main window
        # (closing meeting mode and opening it again keeps them)
        self._starters = self._questions.setdefault(session.id if session else 0, [])
        self.guidance = GuideView(
            on_add=self.add_to_agenda,
            heading=translate(
                "MeetingMode", "Guidance for this meeting — Enter puts a question on the agenda"
            ),
        )
        self.guidance.setObjectName("meeting_guidance")
        offers = self._services.guidance.for_meeting(self.pair_id, self._moment())
        self.guidance.show_offers(offers)
        QShortcut(QKeySequence("Ctrl+G"), self, self.toggle_guidance)

    def _moment(self) -> datetime:
        return self.meeting.start if self.meeting else self._services.sessions.now()

    def toggle_guidance(self) -> None:
        """Ctrl+G: into the guidance panel (shown again if hidden); from inside it, hide
        it for more room."""
        if self.guidance.isVisible() and not self._in_guidance():
            self.guidance.focus_guides()
        else:
            self.guidance_button.toggle()

    def _show_guidance(self, shown: bool) -> None:
        was_in = self._in_guidance()
        self.guidance.setVisible(shown)
        if shown:
            self.guidance.focus_guides()
        elif was_in:  # the keyboard back where the meeting's words are
            self.editor.notes.setFocus()

    def _in_guidance(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and self.guidance.isAncestorOf(focus)

    def add_to_agenda(self, question: str) -> None:
        """Put a conversation starter on the agenda, to tick once discussed (the tick
        writes it into the session's topics, like a goal's). It stays on this session's
        agenda while MentorDesk runs, also when meeting mode is opened again."""
        if question not in self._starters:
            self._starters.append(question)
            self.reload_agenda()

    def update_timer(self) -> None:
        """Show the time spent against the planned duration: counted from the meeting's
        start (a window opened late shows the time already gone), or from opening for an
        ad-hoc session; before the start, how long until it."""
        planned = int(self.planned.total_seconds())
        if self.meeting is None:
            spent = self._elapsed.elapsed() // 1000
        else:
            spent = int((self._services.sessions.now() - self.meeting.start).total_seconds())
            if spent < 0:
                start = self.meeting.start
                self.timer_label.setText(
                    translate("MeetingMode", "starts in {clock}").format(clock=clock_text(-spent))
                    if -spent < 3600
                    else translate("MeetingMode", "starts {when}").format(
                        when=when_text(start, year=False)
                    )
                )
                return
        timer = (
            translate("MeetingMode", "{spent} / {planned} — over time")
            if spent > planned
            else "{spent} / {planned}"
        )
        self.timer_label.setText(timer.format(spent=clock_text(spent), planned=clock_text(planned)))

    def set_presentation(self, on: bool) -> None:
        """Hide (or show again) the private note; the banner says so while on."""
        self.editor.set_presentation(on)
        self.banner.setVisible(on)

    def end_meeting(self) -> None:
        """Save, show a recap of the meeting with the next one, and close."""
        if not self.editor.autosaver.flush():
            return  # the session says why; closing would ask
        session = self.editor.session
        if session is None:
            self.close()
            return
        fresh = self._services.sessions.get(session.id)
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            translate("MeetingMode", "Meeting Recap"),
            self._services.sharing.recap(session.id).as_text(),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("meeting_recap")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the pair's words as typed
        me = self._current_user()
        offer_feedback(
            box,
            self._services,
            self._bridge,
            fresh,
            (me, self._owners[me]) if me in self._owners else None,
        )
        offer_sharing(box, self._services, fresh, me)
        box.finished.connect(lambda _result: self.close())
        box.open()

    def _fit_screen(self) -> None:
        """1280 × 760 where there is room, else the screen's room (a 1280 × 720 or
        1366 × 768 laptop)."""
        fit_to_screen(self, 1280, 760)

    def reload_agenda(self) -> None:
        """Build the agenda and last time's summary afresh."""
        at = self.meeting.start if self.meeting else None
        agenda = self._services.sessions.agenda(self.pair_id, at=at)
        self.agenda.show(agenda_lines(agenda, self._starters))
        self._show_discussed()
        last = agenda.last_held
        if last is not None:
            when = last.scheduled_for
            day = day_text(when.date(), weekday=True, year=False)
            lines = [
                translate("MeetingMode", "{day}: {topics}").format(
                    day=day, topics=", ".join(last.topics)
                )
                if last.topics
                else translate("MeetingMode", "{day}: no topics").format(day=day)
            ]
            if last.notes.strip():
                lines.append(last.notes.strip().splitlines()[0])
            self.last_summary.setText("\n".join(lines))
        else:
            self.last_summary.setText(
                translate(
                    "MeetingMode",
                    "This is the pair's first recorded session.",
                )
            )

    def _record_if_on(self, now: datetime) -> None:
        """Once the meeting is on (from half an hour before its start), a session still
        marked planned is the record of a meeting held: opened early and written in
        later, it becomes held with the first words taken at the meeting."""
        on_now = self.meeting is None or self.meeting.start - ABOUT_TO_START <= now
        session = self.editor.session
        if on_now and session is not None:
            status = self.editor.status
            if status.currentData() == SessionStatus.PLANNED:
                status.setCurrentIndex(status.findData(SessionStatus.HELD))

    def _on_changed(self, changes: ChangeSet) -> None:
        """A check-in or a ticked item elsewhere changes the agenda: read it again (not for
        this meeting's own notes, which the agenda does not show)."""
        if not self.isVisible() or self._ticking:  # a tick here stays on the agenda, ticked
            return
        own = {self.editor.session.id} if self.editor.session else set()
        if changes.goals or (changes.any_sessions - own):
            self.reload_agenda()
        if changes.goals:
            self.editor.goals_changed()

    def _tick(self, item: ActionItem, done: bool) -> None:
        done_on: date | None = self._services.pairs.today() if done else None
        self._ticking = True
        try:
            self._bridge.run(
                lambda: self._services.sessions.update_action_item(
                    item.id, item.owner_id, item.text, item.due, done_on
                )
            )
        finally:
            self._ticking = False

    def _reach(self, milestone: Milestone, reached: bool) -> None:
        """A milestone ticked in the meeting: reached today, in this meeting (undoable)."""
        session = self.editor.session
        step = self._services.goals.reach_milestone(
            milestone.id, reached, session.id if session else None
        )
        if self._push is not None:
            self._push(step)
        else:
            self._bridge.announce(step.changes)
        self.editor.goals_changed()  # its moments: a line, no fanfare

    def _undo(self, stack: QUndoStack) -> None:
        """Ctrl+Z outside a text field: the last tick of a topic first (it is an edit of
        the topics, which the window's undo steps do not hold), then the window's steps."""
        topics = self.editor.topics
        if self._ticks and topics.document().isUndoAvailable():
            self._ticks -= 1
            topics.undo()
        else:
            stack.undo()

    def _forget_ticks(self, _index: int) -> None:
        self._ticks = 0

    def _topic_lines(self) -> list[str]:
        return [line.strip() for line in self.editor.topics.toPlainText().splitlines()]

    def _show_discussed(self) -> None:
        self.agenda.set_discussed(frozenset(self._topic_lines()) - {""})

    def _discuss(self, topic: str, discussed: bool) -> None:
        """Write `topic` into the session's topics (or take it out again), as if typed:
        it saves with the topics, and Ctrl+Z in the topics field takes it back."""
        box = self.editor.topics
        cursor = QTextCursor(box.document())
        cursor.beginEditBlock()
        if discussed and topic not in self._topic_lines():
            cursor.movePosition(QTextCursor.MoveOperation.End)
            text = box.toPlainText()
            cursor.insertText(("\n" if text and not text.endswith("\n") else "") + topic)
        elif not discussed:
            block = box.document().lastBlock()
            while block.isValid():  # from the end, so earlier blocks keep their places
                previous = block.previous()
                if block.text().strip() == topic:
                    cursor.setPosition(block.position())
                    cursor.movePosition(
                        QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                    )
                    if previous.isValid():  # the line break before it goes too
                        cursor.setPosition(previous.position() + previous.length() - 1)
                        cursor.setPosition(
                            block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor
                        )
                    elif block.next().isValid():  # the first line: the break after it
                        cursor.movePosition(
                            QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
                        )
                    cursor.removeSelectedText()
                block = previous
        cursor.endEditBlock()
        self._ticks += 1

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.autosaver.flush():  # could not be saved yet: ask first
            from mentordesk.ui.data.autosave import lose_unsaved_edits

            if not lose_unsaved_edits(self):
                event.ignore()
                return
        self._ticker.stop()
        super().closeEvent(event)
