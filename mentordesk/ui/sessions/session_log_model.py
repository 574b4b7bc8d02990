"""A pair's session log: every meeting and session, with held, missed, cancelled, planned."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from mentordesk.domain.date_words import when_text
from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.sessions import LogRow, Session, SessionStatus
from mentordesk.services.sessions import SessionService
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.pairs.pair_list_model import dimmed_text

STATUS_WORDS = {
    SessionStatus.HELD: QT_TRANSLATE_NOOP("SessionLogModel", "Held"),
    SessionStatus.MISSED: QT_TRANSLATE_NOOP("SessionLogModel", "Missed"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("SessionLogModel", "Cancelled"),
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("SessionLogModel", "Planned"),
}
QUIET = (SessionStatus.MISSED, SessionStatus.CANCELLED)  # shown dimmed


class SessionLogModel(IdTableModel[LogRow]):
    """Rows in time order; ids are positions in the log, re-read on every change."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Status"),
        QT_TRANSLATE_NOOP("Columns", "Topics"),
    )

    def __init__(self, sessions: SessionService, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.pair_id: int | None = None
        self._rows: dict[int, LogRow] = {}
        # The texts of a row, made once: the view asks for every cell and role as it
        # sizes and paints, and formatting dates each time cost more than reading them.
        self._texts: dict[int, tuple[str, str, str]] = {}
        self._dim: QColor | None = None

    def set_pair(self, pair_id: int | None) -> None:
        """Show the log of `pair_id`."""
        self.pair_id = pair_id
        self.load()

    def fetch_ids(self) -> list[int]:
        rows = self._sessions.log(self.pair_id) if self.pair_id is not None else []
        self._rows = {_key(r): r for r in rows}
        self._texts = {}
        return list(self._rows)

    def fetch_records(self, ids: list[int]) -> dict[int, LogRow]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def patch_sessions(self, session_ids: Iterable[int], read: Callable[[int], Session]) -> bool:
        """Bring the rows of these sessions up to date, reading only them (`read`);
        False when one is not in the log (a new or deleted session: read it all)."""
        rows = {i: self.row_of(i) for i in session_ids}
        if any(row is None for row in rows.values()):
            return False
        last = self.columnCount() - 1
        for session_id, row in rows.items():
            assert row is not None
            old = self._rows[session_id]
            fresh = read(session_id)
            self._rows[session_id] = replace(old, status=fresh.status, session=fresh)
            self._records.pop(session_id, None)
            self._texts.pop(session_id, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def meetings(self) -> list[Occurrence]:
        """Every meeting of the pair's series the log shows (as read with it)."""
        return [row.occurrence for row in self._rows.values() if row.occurrence is not None]

    def row_for_session(self, session_id: int) -> int | None:
        """The row showing session `session_id`."""
        return self.row_of(session_id)

    def cell(self, record: LogRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = _key(record)
            if (texts := self._texts.get(key)) is None:
                texts = self._texts[key] = _texts(record)
            return texts[column]
        if role == Qt.ItemDataRole.ForegroundRole and record.status in QUIET:
            if self._dim is None:
                self._dim = dimmed_text()
            return self._dim
        return None


def _key(row: LogRow) -> int:
    """A row's stable id: a session by its id, a meeting without one by its time."""
    return row.session.id if row.session else -int(row.when.timestamp())


def _texts(row: LogRow) -> tuple[str, str, str]:
    when = row.when
    return (
        when_text(when),
        (
            translate("SessionLogModel", STATUS_WORDS[row.status])
            if row.occurrence
            else translate("SessionLogModel", "{status} (ad hoc)").format(
                status=translate("SessionLogModel", STATUS_WORDS[row.status])
            )
        ),
        ", ".join(row.session.topics) if row.session else "",
    )
