"""The people of the team, one row each: name, email, department."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentordesk.domain.people import Person
from mentordesk.services.people import PeopleService
from mentordesk.ui.common.id_table_model import SEARCH_ROLE, IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP


class PeopleModel(IdTableModel[Person]):
    """Everyone, ordered by name."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Name"),
        QT_TRANSLATE_NOOP("Columns", "Email"),
        QT_TRANSLATE_NOOP("Columns", "Department"),
    )

    def __init__(self, people: PeopleService, parent: Any = None) -> None:
        super().__init__(parent)
        self._people = people

    def fetch_ids(self) -> list[int]:
        return self._people.ids()

    def fetch_records(self, ids: list[int]) -> dict[int, Person]:
        return self._people.get_many(ids)

    def cell(self, record: Person, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (record.name, record.email, record.department or "")[column]
        if role == SEARCH_ROLE:
            return f"{record.name} {record.email} {record.department or ''}"
        return None
