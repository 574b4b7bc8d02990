"""One session: status, topics, shared notes, my private note and the action items.

Everything typed is saved within a second by the autosaver, on a worker thread. User
text is plain text everywhere: nothing typed is ever read as HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import long_day_text, time_text, zone_note
from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.pairs import Pair
from mentordesk.domain.sessions import (
    Session,
    SessionContent,
    SessionStatus,
    goals_to_serve,
    keep_both,
)
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.session_edits import SessionEdit
from mentordesk.services.sessions import ChangedElsewhereError
from mentordesk.services.undo import Step
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tones import CAUTION, ERROR, tint
from mentordesk.ui.common.translation import translate
from mentordesk.ui.data.autosave import FAILED, RETRYING, SAVING, Autosaver
from mentordesk.ui.meetings.conflict_dialog import Choice, ConflictDialog
from mentordesk.ui.sessions.action_item_bar import ActionItemBar
from mentordesk.ui.sessions.action_item_model import goal_labels
from mentordesk.ui.sessions.session_goals import SessionGoals
from mentordesk.ui.sessions.session_log_model import STATUS_WORDS


@dataclass(frozen=True)
class SessionForm:
    """A snapshot of the editor, as the autosaver saves it."""

    session_id: int
    status: SessionStatus
    topics: tuple[str, ...]
    notes: str
    author_id: int | None
    private_note: str


SLOW_SAVE_MS = 300  # a save that takes longer says "Saving…"


class SessionEditor(QWidget):
    """Edits one session; `current_user` says whose private note is shown; `push` keeps
    an undoable step on the window's undo stack (`Operations.push`)."""

    def __init__(
        self,
        services: Services,
        bridge: ChangeBridge,
        current_user: Callable[[], int | None],
        parent: QWidget | None = None,
        *,
        push: Callable[[Step], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._bridge, self._current_user = services, bridge, current_user
        self._push = push
        self.session: Session | None = None
        self.pair: Pair | None = None  # the pair on screen, as read by whoever shows it
        self.presentation = False
        self.autosaver = self._build_autosaver(bridge)
        self.save_note, self._slow_save = self._build_save_note()
        self._versions: dict[int, int] = {}  # the version each session's saves build on
        # What this editor last saved of each session, and the version that save left.
        self._stored: dict[int, tuple[int | None, SessionForm]] = {}
        self._kept_note_shown = self._retrying_shown = False
        self.conflict: ConflictDialog | None = None
        self.heading = plain_label(wrap=True)
        self.status = QComboBox()
        for status, words in STATUS_WORDS.items():
            self.status.addItem(translate("SessionLogModel", words), status)
        self.topics = QPlainTextEdit()
        self.topics.setPlaceholderText(translate("SessionEditor", "One topic per line"))
        self.topics.setTabChangesFocus(True)
        self.topics.setFixedHeight(72)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("shared_notes")
        self.notes.setPlaceholderText(
            translate(
                "SessionEditor",
                "Shared notes: both of you see these",
            )
        )
        self.notes.setTabChangesFocus(True)
        self.private_label = plain_label(wrap=True)
        self.private_note = QPlainTextEdit()
        self.private_note.setObjectName("private_note")
        self.private_note.setPlaceholderText(translate("SessionEditor", "Only you see this note"))
        self.private_note.setTabChangesFocus(True)
        self.private_note.setFixedHeight(80)
        self._build_item_rows()
        self._build_goal_row()
        self.error = plain_label(wrap=True)
        tint(self.error, ERROR)
        self.error.hide()
        self._build_layout()
        for signal in (
            self.topics.textChanged,
            self.notes.textChanged,
            self.private_note.textChanged,
            self.status.currentIndexChanged,
        ):
            signal.connect(self._changed)
        self.set_session(None)

    def _build_item_rows(self) -> None:
        self.item_bar = ActionItemBar(
            self._services, lambda: self.session, self._keep, self._said, self._reread
        )
        bar = self.item_bar  # its parts, by the names the editor has always had
        self.items, self.item_table, self.owner = bar.items, bar.item_table, bar.owner
        self.new_item, self.add_item = bar.new_item, bar.add_item
        self.drop_item, self.delete_item = bar.drop_item, bar.delete_item
        self.add_action_item, self.drop_chosen_item = bar.add_action_item, bar.drop_chosen_item
        self.delete_chosen_item = bar.delete_chosen_item
        self.delete_action_item = bar.delete_action_item

    def _build_goal_row(self) -> None:
        self.goals_row = SessionGoals(self._check_in)
        row = self.goals_row  # its parts, by the names the editor has always had
        self.goal, self.progress, self.check_in = row.goal, row.progress, row.check_in
        self.checkins_done = row.checkins_done

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.addRow(translate("SessionEditor", "Status:"), self.status)
        form.addRow(translate("SessionEditor", "Topics:"), self.topics)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.notes, 3)
        layout.addWidget(self.private_label)
        layout.addWidget(self.private_note)
        layout.addWidget(plain_label(translate("SessionEditor", "Action items")))
        layout.addWidget(self.item_table, 2)
        layout.addWidget(self.item_bar)
        layout.addWidget(self.goals_row)
        layout.addWidget(self.error)
        layout.addWidget(self.save_note)

    # -- showing -------------------------------------------------------------------
    def set_session(
        self,
        session_id: int | None,
        just_read: Session | None = None,
        meetings: Sequence[Occurrence] | None = None,
    ) -> None:
        """Edit session `session_id` (None: nothing); saves the previous one first.
        `just_read`: that session as the caller read it a moment ago (the log it was
        chosen in), not read again; `meetings`: the pair's, read with it."""
        self.autosaver.flush()
        if just_read is not None and just_read.id == session_id:
            self.session = just_read
        else:
            self.session = self._services.sessions.get(session_id) if session_id else None
        session = self.session
        if session is not None:
            self._versions[session.id] = session.version
        widgets = (
            self.status,
            self.topics,
            self.notes,
            self.private_note,
            self.owner,
            self.new_item,
            self.add_item,
            self.item_table,
        )
        for widget in widgets:
            widget.setEnabled(session is not None)
            widget.blockSignals(True)
        try:
            self._fill(session, meetings)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.set_presentation(self.presentation)

    def _fill(self, session: Session | None, meetings: Sequence[Occurrence] | None = None) -> None:
        self.error.hide()
        if session is None:
            self.heading.setText(
                translate(
                    "SessionEditor",
                    "Choose a meeting in the log, or record a new session.",
                )
            )
            for box in (self.topics, self.notes, self.private_note):
                box.setPlainText("")
            self.items.show((), {})
            self.goals_row.clear()  # not the goals of the pair shown before
            return
        pair = self.pair
        if pair is None or pair.id != session.pair_id:
            pair = self.pair = self._services.pairs.get(session.pair_id)
        when = session.scheduled_for
        self.heading.setText(
            translate("SessionEditor", "{pair} — {day}, {time}").format(
                pair=pair.title, day=long_day_text(when.date()), time=time_text(when)
            )
            + zone_note(when)
        )
        self.status.setCurrentIndex(self.status.findData(session.status))
        self.topics.setPlainText("\n".join(session.topics))
        self.notes.setPlainText(session.notes)
        owners = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        self.item_bar.set_owners(owners)
        self._fill_goals(session)
        self.item_bar.show_items(session, meetings)
        author = self._current_user()
        if author in owners:
            note = session.private_note_of(author)
            self.private_note.setPlainText(note.text if note else "")
            label = (
                translate("SessionEditor", "My private notes ({name}; only you see them)")
                if self._services.safety.is_local
                else translate(
                    "SessionEditor",
                    "My private notes ({name}; only you see them, kept on this computer and "
                    "never on the shared database)",
                )
            )
            self.private_label.setText(label.format(name=owners[author]))
            self.private_note.setEnabled(True)
        else:
            self.private_note.setPlainText("")
            self.private_note.setEnabled(False)
            self.private_label.setText(
                translate(
                    "SessionEditor",
                    "Private notes: choose who you are (People ▸ I Am…) to keep notes only you "
                    "see.",
                )
            )

    def _fill_goals(self, session: Session) -> None:
        plans = self._services.goals.quarters(session.pair_id, self.pair)  # as just read
        day = min(session.scheduled_for.date(), self._services.pairs.today())
        plan = next((p for p in plans if day in p.span), None)
        self.items.goals = goal_labels(
            goals_to_serve(
                [g for p in plans for g in p.goals],
                plan.span.number if plan else 1,
                session.action_items,
            )
        )
        every = [g for p in plans for g in p.goals]
        open_goals = [g for g in plan.goals if g.is_open] if plan else []
        self.goals_row.show_goals(self.pair, open_goals, every, session.id)

    def record_checkin(self) -> None:
        """Record the chosen goal's progress, dated the session's day, linked to it."""
        self.goals_row.record_checkin()

    def _check_in(self, goal_id: int, progress: int) -> None:
        if self.session is None:
            return
        day = min(self.session.scheduled_for.date(), self._services.pairs.today())
        session_id = self.session.id
        try:
            self._bridge.run(
                lambda: self._services.goals.add_checkin(
                    goal_id, day, progress, "", session_id=session_id
                )
            )
        except UserFacingError as error:
            self._show_error(error.message)
            return
        self._fill_goals(self._services.sessions.get(session_id))

    def goals_changed(self) -> None:
        """The pair's goals changed (a milestone ticked, a check-in elsewhere): show the
        session's check-ins and moments afresh."""
        if self.session is not None:
            self._fill_goals(self.session)

    def set_presentation(self, on: bool) -> None:
        """Hide (or show again) the private note, for screen sharing."""
        self.presentation = on
        self.private_note.setVisible(not on)
        self.private_label.setVisible(not on)

    # -- saving ----------------------------------------------------------------------
    def _form(self) -> SessionForm | None:
        if self.session is None:
            return None
        return SessionForm(
            self.session.id,
            SessionStatus(self.status.currentData()),
            tuple(self.topics.toPlainText().splitlines()),
            self.notes.toPlainText(),
            self._current_user() if self.private_note.isEnabled() else None,
            self.private_note.toPlainText(),
        )

    def _changed(self, *_args: object) -> None:
        if (form := self._form()) is not None:
            self.error.hide()
            self.autosaver.changed(form)

    def _save(self, form: SessionForm) -> ChangeSet:
        # On the autosaver's thread, one save at a time: each builds on the version the
        # previous one left, so a change made elsewhere meanwhile is noticed, not overwritten.
        # The private note is written only when it changed since this editor's last save
        # that reached the database on the same version: typing in the shared notes is one
        # write. The shared part always goes, so that a change made elsewhere is noticed,
        # and everything goes through the edits service, which keeps it during an outage.
        session_id = form.session_id
        version = self._versions.get(session_id)
        last = self._stored.get(session_id)
        private_same = (
            last is not None
            and version is not None
            and last[0] == version
            and _private(last[1]) == _private(form)
        )
        try:
            changes = self._services.edits.save(
                SessionEdit(
                    session_id,
                    form.status,
                    form.topics,
                    form.notes,
                    version,
                    None if private_same else form.author_id,
                    form.private_note,
                )
            )
        except UserFacingError:  # kept for later, or not saved: the next save sends all
            self._stored.pop(session_id, None)
            raise
        if version is not None:
            version = self._versions[session_id] = version + 1
        self._stored[session_id] = (version, form)
        return changes

    def _resolve_conflict(self, conflict: ChangedElsewhereError, met: SessionForm) -> None:
        """Show both versions and do what the person chooses; save nothing until then.

        A conflict of a session no longer on screen (its save waited for the database
        while the person moved on) keeps both versions, as a save after an outage does.
        A conflict met while the editor is being left (a switch, closing) is asked now,
        before leaving, so that the answer lands in the right session."""
        theirs = conflict.theirs
        if self.session is None or self.session.id != theirs.id:
            both = keep_both(
                SessionContent(met.status, met.topics, met.notes), SessionContent.of(theirs)
            )
            self._versions[theirs.id] = theirs.version
            self.autosaver.changed(
                replace(met, status=both.status, topics=both.topics, notes=both.notes)
            )
            return
        if self.conflict is not None:
            return  # already asking; the answer saves the newest text anyway
        form = self._form()
        assert form is not None
        mine = SessionContent(form.status, form.topics, form.notes)
        if mine == SessionContent.of(theirs):  # the same text (say, sent after an outage)
            self.autosaver.settle(form)
            self._versions[theirs.id] = theirs.version
            self._changed()  # the private note, and anything typed since, still to save
            return
        self.conflict = ConflictDialog(mine, SessionContent.of(theirs), self)
        self.conflict.finished.connect(lambda _: self._conflict_answered(mine, theirs))
        if self.autosaver.in_flush:
            self.conflict.exec()  # leaving: the answer first
        else:
            self.conflict.open()

    def _conflict_answered(self, mine: SessionContent, theirs: Session) -> None:
        assert self.conflict is not None
        choice, self.conflict = self.conflict.choice, None
        self.autosaver.settle(self._form())  # saves in flight were made on the old version
        self._versions[theirs.id] = theirs.version
        content = SessionContent.of(theirs) if choice is Choice.THEIRS else mine
        if choice is Choice.THEIRS:
            QGuiApplication.clipboard().setText(mine.notes)
        elif choice is Choice.BOTH:
            content = keep_both(mine, SessionContent.of(theirs))
        self._show_content(content)
        if choice is not Choice.THEIRS:
            self._changed()
            self.autosaver.flush()

    def take_changes_from_elsewhere(self, session_ids: frozenset[int]) -> None:
        """Another install saved these sessions: show theirs if this one is among them and
        nothing typed here waits to be saved (if something does, saving it will ask)."""
        session = self.session
        if session is None or session.id not in session_ids:
            return
        if self._kept_note_shown:  # what waited on this computer has reached the server
            self._kept_note_shown = False
            self.error.hide()
        if self.autosaver.busy or self.conflict is not None:
            return
        fresh = self._services.sessions.get(session.id)
        if fresh.version != self._versions.get(session.id):
            self._versions[session.id] = fresh.version
            self._show_content(SessionContent.of(fresh))
        self.session = fresh
        self.item_bar.show_items(fresh)

    def _show_content(self, content: SessionContent) -> None:
        for widget in (self.status, self.topics, self.notes):
            widget.blockSignals(True)
        try:
            self.status.setCurrentIndex(self.status.findData(content.status))
            if self.topics.toPlainText().splitlines() != list(content.topics):
                self.topics.setPlainText("\n".join(content.topics))
            if self.notes.toPlainText() != content.notes:
                at = self.notes.textCursor().position()
                self.notes.setPlainText(content.notes)
                cursor = self.notes.textCursor()
                cursor.setPosition(min(at, len(content.notes)))
                self.notes.setTextCursor(cursor)
        finally:
            for widget in (self.status, self.topics, self.notes):
                widget.blockSignals(False)

    def _build_autosaver(self, bridge: ChangeBridge) -> Autosaver:
        autosaver = Autosaver(self._save, self, key=lambda form: form.session_id)
        autosaver.saved.connect(bridge.announce)
        autosaver.failed.connect(self._show_error)
        autosaver.kept.connect(self._show_kept)
        autosaver.conflicted.connect(self._resolve_conflict)
        return autosaver

    def _build_save_note(self) -> tuple[QLabel, QTimer]:
        """The quiet 'Saving…' line, shown only when a save takes a while."""
        self.autosaver.state.connect(self._show_save_state)
        note = plain_label()
        note.setObjectName("save_note")
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        slow = QTimer(self)
        slow.setSingleShot(True)
        slow.setInterval(SLOW_SAVE_MS)
        slow.timeout.connect(lambda: note.setText(translate("SessionEditor", "Saving…")))
        return note, slow

    def _show_save_state(self, state: str, why: str) -> None:
        if state == SAVING:
            if not self._slow_save.isActive():
                self._slow_save.start()
            return
        self._slow_save.stop()
        if state == FAILED:
            self.save_note.setText("")
            return  # the message is shown by _show_error
        if state == RETRYING:
            self.save_note.setText("")
            tint(self.error, CAUTION)  # not lost: waiting here
            self.error.setText(
                translate("SessionEditor", "Not saved yet — retrying: {why}").format(why=why)
            )
            self.error.show()
            self._retrying_shown = True
            return
        self.save_note.setText("")
        if self._retrying_shown:  # saved at last
            self._retrying_shown = False
            self.error.hide()

    def _show_error(self, message: str) -> None:
        tint(self.error, ERROR)
        self.error.setText(
            translate("SessionEditor", "Not saved: {message}").format(message=message)
        )
        self.error.show()

    def _show_kept(self, message: str) -> None:
        tint(self.error, CAUTION)  # not lost: waiting here
        self.error.setText(message)
        self.error.show()
        self._kept_note_shown = True

    # -- action items ------------------------------------------------------------------
    def _keep(self, step: Step) -> None:
        """A change of the action items, on the window's undo stack (an editor made on
        its own only tells the views)."""
        push = self._push or (lambda s: self._bridge.announce(s.changes))
        push(step)

    def _said(self, message: str | None) -> None:
        if message is None:
            self.error.hide()
        else:
            self._show_error(message)

    def _reread(self) -> Session | None:
        """The session as stored now (None, with the reason shown, if it cannot be read)."""
        if self.session is None:
            return None
        try:
            self.session = self._services.sessions.get(self.session.id)
        except UserFacingError as error:
            self._show_error(error.message)
            return None
        return self.session


def _private(form: SessionForm) -> tuple[object, ...]:
    """The part of a form only its author sees (this computer's private notes)."""
    return (form.author_id, form.private_note)
