"""Record tables: a row chosen before the table shows costs no sizing of every row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from mentordesk.ui.common.id_table_model import ID_ROLE, IdTableModel
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


class Colours(IdTableModel[int]):
    """Record tables' base model: numbers, dimmed, bold and right-aligned by turns."""

    headers = ("Number", "Half")
    roles = frozenset(
        int(r)
        for r in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.TextAlignmentRole,
        )
    )

    def __init__(self) -> None:
        super().__init__()
        self.read = 0  # records fetched

    def fetch_ids(self) -> list[int]:
        return list(range(1, 41))

    def fetch_records(self, ids: list[int]) -> dict[int, int]:
        self.read += len(ids)
        return {i: i * 7 for i in ids}

    def cell(self, record: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{record}" if column == 0 else f"{record / 2:.1f}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#a33") if record % 3 == 0 else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(record % 2 == 0)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def test_a_record_table_paints_every_role_a_cell_gives_as_asked_one_by_one(qtbot: QtBot) -> None:
    """Views ask for all of a cell's roles in one call (multiData): the table paints
    exactly what the same cells, asked role by role (`data`), paint in Qt's own model."""
    model = Colours()
    model.load()
    plain = QStandardItemModel(model.rowCount(), model.columnCount())
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            item = QStandardItem()
            for role in model.roles | {ID_ROLE}:
                if (value := model.index(row, column).data(role)) is not None:
                    item.setData(value, role)
            plain.setItem(row, column, item)
    assert plain.index(5, 0).data(ID_ROLE) == 6
    images = []
    for shown in (model, plain):
        table = QTableView()
        qtbot.addWidget(table)
        table.setModel(shown)
        table.verticalHeader().hide()  # the headers' own words differ; the cells do not
        table.horizontalHeader().hide()
        table.resize(260, 400)
        table.show()
        qtbot.waitExposed(table)
        images.append(table.viewport().grab().toImage())
    assert images[0] == images[1]
    assert model.read == 40  # one fetch for the rows on screen and their neighbours
    index = model.index(3, 1)
    assert [index.data(r) for r in (ID_ROLE, Qt.ItemDataRole.ToolTipRole)] == [4, None]
