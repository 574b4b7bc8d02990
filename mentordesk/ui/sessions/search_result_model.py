"""Search results, one row each: date, pair, where it was found, the matching line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentordesk.domain.date_words import day_text
from mentordesk.services.sessions import SearchResult, SessionService
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

KIND_WORDS = {
    "topic": QT_TRANSLATE_NOOP("SearchResultModel", "Topic"),
    "notes": QT_TRANSLATE_NOOP("SearchResultModel", "Notes"),
    "action": QT_TRANSLATE_NOOP("SearchResultModel", "Action item"),
}


class SearchResultModel(IdTableModel[SearchResult]):
    """The results of the last query, best match first."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Pair"),
        QT_TRANSLATE_NOOP("Columns", "Found in"),
        QT_TRANSLATE_NOOP("Columns", "Text"),
    )

    def __init__(self, sessions: SessionService, parent: Any = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.query = ""
        self._results: dict[int, SearchResult] = {}

    def search(self, query: str) -> None:
        """Run `query` and show its results."""
        self.query = query.strip()
        self.load()

    def fetch_ids(self) -> list[int]:
        found = self._sessions.search(self.query) if self.query else []
        self._results = dict(enumerate(found))
        return list(self._results)

    def fetch_records(self, ids: list[int]) -> dict[int, SearchResult]:
        return {i: self._results[i] for i in ids if i in self._results}

    def cell(self, record: SearchResult, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            when = record.when
            return (
                day_text(when.date()),
                record.pair_title,
                translate("SearchResultModel", KIND_WORDS.get(record.kind, record.kind)),
                record.text,
            )[column]
        return None
