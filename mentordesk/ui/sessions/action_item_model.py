"""A session's action items: done (a check box), owner, what, due date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mentordesk.domain.sessions import ActionItem
from mentordesk.ui.common.format import long_date
from mentordesk.ui.common.id_table_model import IdTableModel


class ActionItemModel(IdTableModel[ActionItem]):
    """Rows are the action items of one session; ticking Done calls `on_done`."""

    headers = ("Done", "Who", "Action", "Due")

    def __init__(self, on_done: Callable[[ActionItem, bool], None], parent: Any = None) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._items: dict[int, ActionItem] = {}
        self.owners: dict[int, str] = {}

    def show(self, items: tuple[ActionItem, ...], owners: dict[int, str]) -> None:
        """Show these items (owner names by person id)."""
        self._items = {item.id: item for item in items}
        self.owners = owners
        self.refresh_all()

    def fetch_ids(self) -> list[int]:
        return list(self._items)

    def fetch_records(self, ids: list[int]) -> dict[int, ActionItem]:
        return {i: self._items[i] for i in ids if i in self._items}

    def cell(self, record: ActionItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Unchecked if record.is_open else Qt.CheckState.Checked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column:
            return (
                None,
                self.owners.get(record.owner_id, "?"),
                record.text,
                long_date(record.due),
            )[column]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        record = self.record_at(index.row())
        if record is None:
            return False
        self._on_done(record, Qt.CheckState(value) == Qt.CheckState.Checked)
        return True
