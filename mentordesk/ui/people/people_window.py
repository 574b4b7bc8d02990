"""The team's people: find, add, edit, remove."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.common.empty_state import EmptyState
from mentordesk.ui.common.filter_proxy import FoldingFilterProxy
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import translate
from mentordesk.ui.people.people_model import PeopleModel


class PeopleWindow(QDialog):
    """A window listing everyone, with Add, Edit and Remove (undoable)."""

    def __init__(self, model: PeopleModel, operations: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PeopleWindow", "People"))
        self._operations = operations
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(
            translate("PeopleWindow", "Filter by name, email or department")
        )
        self.filter.setClearButtonEnabled(True)
        self._proxy = FoldingFilterProxy(self)
        self._proxy.setSourceModel(model)
        self.filter.textChanged.connect(self._proxy.set_text)
        self.table = record_table(self._proxy, stretch=0, fit=(1, 2))
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(translate("PeopleWindow", "&Add…"))
        self.edit_button = QPushButton(translate("PeopleWindow", "&Edit…"))
        self.remove_button = QPushButton(translate("PeopleWindow", "&Remove"))
        self.add_button.clicked.connect(lambda: operations.new_person(self))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        operations.created.connect(self._select_created)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QPushButton(translate("PeopleWindow", "Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        self.empty = EmptyState(
            self.table,
            translate(
                "PeopleWindow",
                "No people yet. Add everyone who mentors, is mentored or learns as a peer "
                "(Add… below); then form pairs of them with Pair ▸ New Pair.",
            ),
            [],
            applies=lambda: model.rowCount() == 0,
        )
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected person, if one is selected."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def edit(self) -> None:
        """Edit the selected person."""
        if (person_id := self.selected_id()) is not None:
            self._operations.edit_person(person_id, self)

    def remove(self) -> None:
        """Remove the selected person (undoable)."""
        if (person_id := self.selected_id()) is not None:
            self._operations.remove_person(person_id)

    def _select_created(self, kind: str, record_id: int) -> None:
        if kind != "person":
            return
        model = self._proxy.sourceModel()
        assert isinstance(model, PeopleModel)
        if (row := model.row_of(record_id)) is not None:
            index = self._proxy.mapFromSource(model.index(row, 0))
            if index.isValid():
                self.table.choose_row(index.row())
                self.table.scrollTo(index)

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
