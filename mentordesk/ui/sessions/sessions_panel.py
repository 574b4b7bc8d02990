"""The session log of a pair: every meeting and session, and the editor for one of them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import when_text
from mentordesk.domain.pairs import PairView
from mentordesk.domain.sessions import LogRow, SessionStatus
from mentordesk.errors import NotFoundError
from mentordesk.services import Services
from mentordesk.services.undo import Step
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.empty_state import EmptyState
from mentordesk.ui.common.page_scroll import PageScroll
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import translate
from mentordesk.ui.sessions.session_editor import SessionEditor
from mentordesk.ui.sessions.session_log_model import SessionLogModel


class SessionsPanel(QSplitter):
    """The log on the left, the chosen session on the right."""

    def __init__(
        self,
        services: Services,
        bridge: ChangeBridge,
        current_user: Callable[[], int | None],
        parent: QWidget | None = None,
        *,
        push: Callable[[Step], None] | None = None,
        plan: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._services, self._bridge = services, bridge
        self.pair_id: int | None = None
        self.view: PairView | None = None  # the pair on screen, read once
        self.log = SessionLogModel(services.sessions, self)
        self.table = record_table(self.log, stretch=2, fit=(0, 1), name="session_log")
        self.record_button = QPushButton(translate("SessionsPanel", "Record This Meeting"))
        self.record_button.setToolTip(
            translate("SessionsPanel", "Start the session record of the chosen meeting")
        )
        self.ad_hoc_button = QPushButton(translate("SessionsPanel", "New Ad-hoc Session"))
        self.record_button.clicked.connect(self.record_chosen)
        self.ad_hoc_button.clicked.connect(self.record_ad_hoc)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.ad_hoc_button)
        buttons.addStretch()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState(
            self.table,
            translate(
                "SessionsPanel",
                "No meetings yet. Plan the weekly meeting (same time, same place), or write up "
                "a session you just had.",
            ),
            [
                (
                    translate("SessionsPanel", "Plan the &Weekly Meeting…"),
                    lambda: plan and self.pair_id and plan(self.pair_id),
                ),
                (translate("SessionsPanel", "New Ad-hoc &Session"), self.record_ad_hoc),
            ],
            applies=lambda: self.pair_id is not None,
            closed=translate(
                "SessionsPanel", "No meetings or sessions were recorded for this pair."
            ),
        )
        column.addWidget(self.empty)
        self.empty.currentChanged.connect(self._show_row_buttons)
        column.addLayout(buttons)
        self.editor = SessionEditor(services, bridge, current_user, push=push)
        self._log_just_read = False  # while the log, read a moment ago, chooses its row
        # A small window scrolls the editor downwards; the log gives way to its width.
        scroll = PageScroll(self.editor, keep_width=True)
        self.addWidget(left)
        self.addWidget(scroll)
        self.setStretchFactor(1, 1)
        self.setSizes([440, 560])
        self.table.selectionModel().selectionChanged.connect(self._on_row)
        self._update_buttons()

    def _show_row_buttons(self, _page: int) -> None:
        """The buttons under the log, unless the empty log offers its own."""
        for button in (self.record_button, self.ad_hoc_button):
            button.setHidden(self.empty.showing_empty)

    def show_pair(self, view: PairView | None) -> None:
        """Show the pair's log, the latest recorded or next meeting chosen (which fills
        the editor: it is emptied only when there is none, not filled twice)."""
        self.editor.autosaver.flush()  # what is being typed is saved to its own session
        self.take_view(view)
        self.log.set_pair(self.pair_id)
        self.empty.update_state()
        rows = [self.log.record_at(r) for r in range(self.log.rowCount())]
        now = self._services.sessions.now()
        upcoming = next((i for i, r in enumerate(rows) if r and r.when >= now), len(rows))
        if rows:
            self._log_just_read = True  # its session is not read again for the editor
            try:
                self.table.choose_row(max(upcoming - 1, 0))  # showing it updates the buttons
            finally:
                self._log_just_read = False
        else:
            self.editor.set_session(None)
            self._update_buttons()

    def take_view(self, view: PairView | None) -> None:
        """The pair on screen, read afresh after it changed."""
        self.view = view
        self.pair_id = view.id if view else None
        self.editor.pair = view.pair if view else None
        self._update_buttons()

    def reread(self) -> None:
        """Re-read the log (the editor keeps what is being typed)."""
        self.log.refresh_all()
        self._update_buttons()

    def patch(self, session_ids: frozenset[int]) -> None:
        """Sessions changed (a save from the editor, say): update their rows, reading
        only them; the whole log when one is new to it."""
        try:
            patched = self.log.patch_sessions(session_ids, self._services.sessions.get)
        except NotFoundError:  # one was deleted (an undo, say)
            patched = False
        if not patched:
            self.reread()
            return
        self._update_buttons()

    def chosen(self) -> LogRow | None:
        """The log row chosen."""
        rows = self.table.selectionModel().selectedRows()
        return self.log.record_at(rows[0].row()) if rows else None

    def choose_session(self, session_id: int) -> None:
        """Show session `session_id` in the editor."""
        if (row := self.log.row_for_session(session_id)) is not None:
            self.table.choose_row(row)

    def record_chosen(self) -> None:
        """Start the record of the chosen meeting (only on this explicit request)."""
        row = self.chosen()
        if self.pair_id is None or row is None or row.session is not None:
            return
        session_id, changes = self._services.sessions.open_for(self.pair_id, row.occurrence)
        self._bridge.announce(changes)  # the log reads the new session: it is in front
        self.choose_session(session_id)
        self.editor.notes.setFocus()

    def record_ad_hoc(self) -> None:
        """Start a session that is not one of the planned meetings."""
        if self.pair_id is None:
            return
        session_id, changes = self._services.sessions.open_for(self.pair_id)
        self._bridge.announce(changes)  # the log reads the new session: it is in front
        self.choose_session(session_id)
        self.editor.notes.setFocus()

    def _on_row(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.chosen()
        session = row.session if row else None
        if self._log_just_read:
            self.editor.set_session(session.id if session else None, session, self.log.meetings())
        else:
            self.editor.set_session(session.id if session else None)
        if row is not None and row.session is None:  # say what this meeting is, not "choose"
            self.editor.heading.setText(unrecorded_text(row))
        self._update_buttons()

    def _update_buttons(self) -> None:
        open_pair = self.view is not None and self.view.editable
        self.empty.set_enabled_buttons(open_pair)
        row = self.chosen()
        self.record_button.setEnabled(
            open_pair and row is not None and row.session is None and row.occurrence is not None
        )
        self.ad_hoc_button.setEnabled(open_pair)


def unrecorded_text(row: LogRow) -> str:
    """What the editor says of a meeting with no record yet."""
    when = row.when
    day = when_text(when, year=False)
    if row.status is SessionStatus.MISSED:
        return translate(
            "SessionsPanel",
            "{day} was missed: nothing was recorded. Record This Meeting to write it up.",
        ).format(day=day)
    if row.status is SessionStatus.CANCELLED:
        return translate("SessionsPanel", "{day} was cancelled (skipped).").format(day=day)
    return translate(
        "SessionsPanel", "{day} is planned. Record This Meeting to prepare it or take notes."
    ).format(day=day)
