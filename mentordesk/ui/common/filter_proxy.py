"""Filtering a list by what a person types: case- and accent-insensitive."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from mentordesk.ui.common.id_table_model import SEARCH_ROLE


def fold(text: str) -> str:
    """`text` without case or accents, for matching: 'Żaneta' -> 'zaneta'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FoldingFilterProxy(QSortFilterProxyModel):
    """Keeps the rows whose search text holds every word typed; a hook can hide more."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(0)

    def set_text(self, text: str) -> None:
        """Filter by `text` (blank shows everything)."""
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def accepts(self, source_row: int) -> bool:
        """Subclasses hide more rows here."""
        return True

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.accepts(source_row):
            return False
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = fold(str(model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)))
        return all(word in haystack for word in self._words)
