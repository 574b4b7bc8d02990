"""Record tables: a row chosen before the table shows costs no sizing of every row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from mentordesk.ui.common.tables import ChoosingTable, record_table

ROWS = 200


class CountingModel(QAbstractTableModel):
    """Two columns of text; remembers which rows the views asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.rows_asked: set[int] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.rows_asked.add(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()}" if index.column() == 0 else "fits"
        return None


def shown_table(qtbot: QtBot, model: CountingModel, row: int) -> ChoosingTable:
    table = record_table(model, stretch=0, fit=(1,))
    table.resize(300, 200)
    qtbot.addWidget(table)
    table.choose_row(row)
    assert model.rows_asked == set()  # nothing sized or read before it shows
    assert [i.row() for i in table.selectionModel().selectedRows()] == [row]
    table.show()
    qtbot.waitExposed(table)
    return table


def test_a_row_chosen_before_showing_is_current_and_on_screen_once_shown(qtbot: QtBot) -> None:
    model = CountingModel()
    table = shown_table(qtbot, model, 150)
    assert table.currentIndex().row() == 150
    assert table.viewport().rect().intersects(table.visualRect(model.index(150, 0)))
    assert len(model.rows_asked) < ROWS // 4  # the rows on screen, not all of them
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [151]


def test_a_row_chosen_while_shown_is_current_at_once(qtbot: QtBot) -> None:
    model = CountingModel()
    table = shown_table(qtbot, model, 0)
    table.choose_row(120)
    assert table.currentIndex().row() == 120
    assert [i.row() for i in table.selectionModel().selectedRows()] == [120]
    assert table.viewport().rect().intersects(table.visualRect(model.index(120, 0)))
