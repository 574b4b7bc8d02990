"""The read-only record tables the panels show: one row chosen at a time."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QPersistentModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Select = QItemSelectionModel.SelectionFlag


class ChoosingTable(QTableView):
    """A table whose chosen row can be set before it is first shown, cheaply.

    Making a row current scrolls to it, and scrolling a table that is not shown yet fits
    its columns to every row, in every role (about 2,000 calls for the team's 80 pairs),
    only to fit them again to the rows on screen when it shows. So before the first
    showing, `choose_row` only selects; the row becomes current as the table shows.
    """

    def __init__(self) -> None:
        super().__init__()
        self._current_when_shown: QPersistentModelIndex | None = None

    def choose_row(self, row: int) -> None:
        """Select row `row` and make it current (scrolled into view)."""
        if self.isVisible():
            self.selectRow(row)
            return
        index = self.model().index(row, 0)
        self.selectionModel().select(index, Select.ClearAndSelect | Select.Rows)
        self._current_when_shown = QPersistentModelIndex(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        pending, self._current_when_shown = self._current_when_shown, None
        if pending is not None and pending.isValid():
            index = self.model().index(pending.row(), pending.column())
            self.selectionModel().setCurrentIndex(index, Select.NoUpdate)


def record_table(
    model: QAbstractItemModel, *, stretch: int, fit: Iterable[int] = (), name: str = ""
) -> ChoosingTable:
    """A table of `model` choosing whole rows, one at a time, never editing in place;
    column `stretch` takes the spare width and the `fit` columns fit their contents."""
    table = ChoosingTable()
    if name:
        table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # Fit by the rows on screen, not every row: a long log asked for each cell of each
    # row, in every role, whenever it was filled (2,000 calls for a year of sessions).
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # The stretching column takes what the others leave, but never less than its title
    # needs (a longer language leaves it less): no column is narrower than that.
    header.setMinimumSectionSize(header.sectionSizeHint(stretch))
    return table
