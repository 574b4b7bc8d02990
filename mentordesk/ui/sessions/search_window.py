"""Search every pair's topics, notes and action items; open a result in its session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.sessions import SessionService
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import translate
from mentordesk.ui.sessions.search_result_model import SearchResultModel


class SearchWindow(QDialog):
    """A query box and the results; Enter or a double click opens the session."""

    def __init__(
        self,
        sessions: SessionService,
        open_result: Callable[[int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SearchWindow", "Search Notes"))
        self._open_result = open_result
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setPlaceholderText(
            translate(
                "SearchWindow",
                "Search topics, notes and action items of every pair",
            )
        )
        self.query.setClearButtonEnabled(True)
        self.results = SearchResultModel(sessions, self)
        self.table = record_table(self.results, stretch=3, fit=(0, 2))
        self.summary = plain_label()
        self.query.returnPressed.connect(self.run)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.resize(760, 460)

    def run(self) -> None:
        """Search for what the box holds."""
        self.results.search(self.query.text())
        count = self.results.rowCount()
        self.summary.setText(
            ""
            if not self.results.query
            else translate("SearchWindow", "Nothing found.")
            if count == 0
            else translate("SearchWindow", "1 result, best first. Enter opens one.")
            if count == 1
            else translate("SearchWindow", "{count} results, best first. Enter opens one.").format(
                count=count
            )
        )
        if count:
            self.table.choose_row(0)

    def _open(self, index: QModelIndex) -> None:
        found = self.results.record_at(index.row())
        if found is not None:
            self._open_result(found.pair_id, found.session_id)
