"""The read-only record tables the panels show: one row chosen at a time."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def record_table(
    model: QAbstractItemModel, *, stretch: int, fit: Iterable[int] = (), name: str = ""
) -> QTableView:
    """A table of `model` choosing whole rows, one at a time, never editing in place;
    column `stretch` takes the spare width and the `fit` columns fit their contents."""
    table = QTableView()
    if name:
        table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    for column in fit:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    # Fit by the rows on screen, not every row: a long log asked for each cell of each
    # row, in every role, whenever it was filled (2,000 calls for a year of sessions).
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
