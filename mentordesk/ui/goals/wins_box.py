"""The quarter's wins on the Goals tab: a dated line each, whose it is, and buttons to
note one or remove one (undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mentordesk.domain.date_words import day_text
from mentordesk.domain.pairs import Pair
from mentordesk.domain.wins import Win
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate


def whose(win: Win, pair: Pair) -> str:
    """Whose a win is, in words."""
    names = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
    both = translate("WinsBox", "Both")
    return names.get(win.person_id, both) if win.person_id is not None else both


class WinsModel(IdTableModel[Win]):
    """Wins given with `show`, oldest first."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Date"),
        QT_TRANSLATE_NOOP("Columns", "Whose"),
        QT_TRANSLATE_NOOP("Columns", "Win"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._wins: dict[int, Win] = {}
        self._pair: Pair | None = None

    def show(self, wins: tuple[Win, ...], pair: Pair | None) -> None:
        """Show these wins of `pair`."""
        self._wins, self._pair = {w.id: w for w in wins}, pair
        self.load()

    def fetch_ids(self) -> list[int]:
        return list(self._wins)

    def fetch_records(self, ids: list[int]) -> dict[int, Win]:
        return {i: self._wins[i] for i in ids if i in self._wins}

    def cell(self, record: Win, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            who = whose(record, self._pair) if self._pair else ""
            return (day_text(record.won_on), who, record.text)[column]
        return None


class WinsBox(QGroupBox):
    """The wins of the quarter on screen."""

    add_requested = Signal()
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("WinsBox", "Wins this quarter"), parent)
        self.model = WinsModel(self)
        self.table = record_table(self.model, stretch=2, fit=(0, 1), name="wins_table")
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(200)  # a long log scrolls inside
        self.empty = plain_label(
            translate(
                "WinsBox",
                "Nothing noted yet. A win is anything worth celebrating, from either of you: a "
                "first review led, a course finished, a kind word from a colleague.",
            ),
            wrap=True,
        )
        self.add_button = QPushButton(translate("WinsBox", "Add &Win…"))
        self.remove_button = QPushButton(translate("WinsBox", "Remove Win"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._editable = False

    def show_wins(self, wins: tuple[Win, ...], pair: Pair, editable: bool) -> None:
        """Show the quarter's wins of `pair`; `editable`: the pair may still change."""
        self._editable = editable
        self.model.show(wins, pair)
        self.empty.setVisible(not wins)
        self.table.setVisible(bool(wins))
        self.add_button.setEnabled(editable)
        self._enable()

    def chosen(self) -> int | None:
        """The id of the win chosen in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def _enable(self) -> None:
        self.remove_button.setEnabled(self._editable and self.chosen() is not None)

    def _remove(self) -> None:
        if (win_id := self.chosen()) is not None:
            self.remove_requested.emit(win_id)
