"""The session editor's action items: their table, and the row that adds, drops and
deletes them. Each change is one undoable step on the window's undo stack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.sessions import ActionItem, Session
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.undo import Step
from mentordesk.ui.common.translation import translate
from mentordesk.ui.sessions.action_item_model import (
    ACTION,
    ActionItemModel,
    ActionItemTable,
    following,
)


class ActionItemBar(QWidget):
    """The action items of the session `session()` returns: `items` and `item_table`
    show them, the entry row (`owner`, `new_item`, `add_item`, `drop_item`,
    `delete_item`) changes them. `keep` takes each change's step (for Undo), `said`
    shows a reason a change did not happen (None: all is well again), `reread` gives
    the session as it is now once it changed."""

    def __init__(  # noqa: PLR0917 (what the editor lends it)
        self,
        services: Services,
        session: Callable[[], Session | None],
        keep: Callable[[Step], None],
        said: Callable[[str | None], None],
        reread: Callable[[], Session | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._session, self._keep = services, session, keep
        self._said, self._reread = said, reread
        self.items = ActionItemModel(self._toggle_done, self, on_edit=self._edit_item)
        self.item_table = ActionItemTable(self.items)
        self.owner = QComboBox()
        self.new_item = QLineEdit()
        self.new_item.setObjectName("new_action_item")
        self.new_item.setPlaceholderText(translate("SessionEditor", "New action item, then Enter"))
        self.add_item = QPushButton(translate("SessionEditor", "Add"))
        self.delete_item = QPushButton(translate("SessionEditor", "Delete Item"))
        self.delete_item.setToolTip(
            translate(
                "SessionEditor",
                "Delete the chosen action item (Delete); Undo brings it back",
            )
        )
        self.drop_item = QPushButton(translate("SessionEditor", "Drop Item"))
        self.drop_item.setToolTip(
            translate(
                "SessionEditor",
                "The pair agreed the chosen item will not be done: it stops being carried and "
                "counts as dropped on the quarterly summary (again to take it up)",
            )
        )
        self.drop_item.clicked.connect(self.drop_chosen_item)
        self.new_item.returnPressed.connect(self.add_action_item)
        self.add_item.clicked.connect(self.add_action_item)
        self.delete_item.clicked.connect(self.delete_chosen_item)
        self.item_table.delete_requested.connect(self.delete_action_item)
        items = self.items
        for signal in (items.modelReset, items.rowsRemoved, items.rowsInserted, items.dataChanged):
            signal.connect(self._update_delete)  # Drop Item says what it will do
        self.item_table.selectionModel().currentChanged.connect(self._update_delete)
        entry = QHBoxLayout(self)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.owner)
        entry.addWidget(self.new_item, 1)
        entry.addWidget(self.add_item)
        entry.addWidget(self.drop_item)
        entry.addWidget(self.delete_item)

    def set_owners(self, owners: dict[int, str]) -> None:
        """Who can own an item: the pair's two partners, by person id."""
        self.owner.clear()
        for person_id, name in owners.items():
            self.owner.addItem(name, person_id)
        self.items.owners = owners

    def add_action_item(self) -> None:
        """Add the typed action item for the chosen owner (keyboard: type, Enter); it is
        due at the next meeting."""
        text = self.new_item.text().strip()
        session = self._session()
        if session is None or not text:
            return
        owner = self.owner.currentData()
        sessions = self._services.sessions
        if self._item_step(lambda: sessions.agree_action_item(session.id, owner, text)):
            self.new_item.clear()

    def drop_chosen_item(self) -> None:
        """Drop the chosen item (agreed not to be done), or take a dropped one up again."""
        item_id = self.item_table.chosen_id()
        item = self.items.record_at(self.items.row_of(item_id) or 0) if item_id else None
        if item is None:
            return
        day = None if item.dropped_on else self._services.pairs.today()
        self._item_step(lambda: self._services.sessions.edit_action_item(item.id, dropped_on=day))
        self._update_delete()

    def delete_chosen_item(self) -> None:
        """Delete the action item in the table's current row; Undo brings it back."""
        if (item_id := self.item_table.chosen_id()) is not None:
            self.delete_action_item(item_id)

    def delete_action_item(self, item_id: int) -> None:
        """Delete action item `item_id`; Undo brings it back. The row below is chosen."""
        row, sessions = self.items.row_of(item_id) or 0, self._services.sessions
        if self._item_step(lambda: sessions.remove_action_item(item_id)):
            near = self.items.index(min(row, self.items.rowCount() - 1), ACTION)
            self.item_table.setCurrentIndex(near)  # none when it was the last

    def reload(self) -> None:
        """Show the items as the database has them now."""
        if (fresh := self._reread()) is not None:
            self.show_items(fresh)

    def show_items(self, session: Session, meetings: Sequence[Occurrence] | None = None) -> None:
        """Show `session`'s items, the overdue ones marked (`meetings`: the pair's, if
        just read)."""
        try:
            overdue = self._services.sessions.overdue_items(session, meetings)
        except UserFacingError:  # the meetings could not be read: shown as they were
            overdue = self.items.overdue
        today = self._services.pairs.today()
        self.items.show(session.action_items, self.items.owners, overdue=overdue, today=today)

    def _edit_item(self, item: ActionItem, field: str, value: Any) -> None:
        self._item_step(lambda: self._services.sessions.edit_action_item(item.id, **{field: value}))

    def _toggle_done(self, item: ActionItem, done: bool) -> None:
        done_on: date | None = self._services.pairs.today() if done else None
        self._item_step(lambda: self._services.sessions.edit_action_item(item.id, done_on=done_on))

    def _item_step(self, act: Callable[[], Step]) -> bool:
        """Carry out an action on the action items, keep its step for Undo and show the
        items as they are now; False (with the reason shown) if it did not happen."""
        try:
            step = act()
        except UserFacingError as error:  # the server is away, say: the table goes back
            self._said(error.message)
            if (session := self._session()) is not None:
                self.show_items(session)
            return False
        self._said(None)
        self._keep(following(step, self, self.reload))
        self.reload()
        return True

    def _update_delete(self, *_args: object) -> None:
        item_id = self.item_table.chosen_id()
        self.delete_item.setEnabled(item_id is not None)
        item = self.items.record_at(self.items.row_of(item_id) or 0) if item_id else None
        done = item is not None and item.done_on is not None
        self.drop_item.setEnabled(item is not None and not done)
        self.drop_item.setText(
            translate("SessionEditor", "Take Up Again")
            if item and item.dropped_on
            else translate("SessionEditor", "Drop Item")
        )
