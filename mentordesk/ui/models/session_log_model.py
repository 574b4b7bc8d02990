"""A pair's session log: every meeting and session, with held, missed, cancelled, planned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentordesk.domain.sessions import LogRow, SessionStatus
from mentordesk.services.sessions import SessionService
from mentordesk.ui.models.id_table_model import IdTableModel
from mentordesk.ui.models.pair_list_model import dimmed_text

STATUS_WORDS = {
    SessionStatus.HELD: "Held",
    SessionStatus.MISSED: "Missed",
    SessionStatus.CANCELLED: "Cancelled",
    SessionStatus.PLANNED: "Planned",
}


class SessionLogModel(IdTableModel[LogRow]):
    """Rows in time order; ids are positions in the log, re-read on every change."""

    headers = ("When", "Status", "Topics")

    def __init__(self, sessions: SessionService, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.pair_id: int | None = None
        self._rows: dict[int, LogRow] = {}

    def set_pair(self, pair_id: int | None) -> None:
        """Show the log of `pair_id`."""
        self.pair_id = pair_id
        self.load()

    def fetch_ids(self) -> list[int]:
        rows = self._sessions.log(self.pair_id) if self.pair_id is not None else []
        # Stable ids: a session by its id, a meeting without one by its time.
        self._rows = {(r.session.id if r.session else -int(r.when.timestamp())): r for r in rows}
        return list(self._rows)

    def fetch_records(self, ids: list[int]) -> dict[int, LogRow]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def row_for_session(self, session_id: int) -> int | None:
        """The row showing session `session_id`."""
        return self.row_of(session_id)

    def cell(self, record: LogRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            when = record.when
            topics = ", ".join(record.session.topics) if record.session else ""
            return (
                f"{when:%a} {when.day} {when:%b %Y}, {when:%H:%M}",
                STATUS_WORDS[record.status] + ("" if record.occurrence else " (ad hoc)"),
                topics,
            )[column]
        quiet = record.status in (SessionStatus.MISSED, SessionStatus.CANCELLED)
        if role == Qt.ItemDataRole.ForegroundRole and quiet:
            return dimmed_text()
        return None
