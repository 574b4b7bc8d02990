"""A session's action items, edited in place: done (a check box), who, what, when it is
due and the goal it serves; with the table that shows them and its editors.

The table is used like any other: Enter or F2 edits the cell (the owner and the goal in
a list of choices, the due date in a date editor), Escape leaves it unchanged, Space
ticks Done, Delete asks for the item to go. The action's text takes the width the
other columns leave.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import Goal
from mentordesk.domain.sessions import ActionItem
from mentordesk.services.undo import Step
from mentordesk.ui.common import locale_dates
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.tones import ERROR
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex

DONE, WHO, ACTION, DUE, GOAL = range(5)
# The field of `ActionItem` each column edits.
FIELDS = {WHO: "owner_id", ACTION: "text", DUE: "due", GOAL: "goal_id"}
NO_GOAL = "—"
SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def short_date(day: date | None, today: date) -> str:
    """'23 Nov' in this year, '23 Nov 2025' in another; empty for no date."""
    if day is None:
        return ""
    return day_text(day, year=day.year != today.year)


class ActionItemModel(IdTableModel[ActionItem]):
    """Rows are the action items of one session. Ticking Done calls `on_done`; an edit
    in place calls `on_edit` with the item, the field it changes and the new value."""

    headers = (
        QT_TRANSLATE_NOOP("Columns", "Done"),
        QT_TRANSLATE_NOOP("Columns", "Who"),
        QT_TRANSLATE_NOOP("Columns", "Action"),
        QT_TRANSLATE_NOOP("Columns", "Due"),
        QT_TRANSLATE_NOOP("Columns", "Goal"),
    )

    def __init__(
        self,
        on_done: Callable[[ActionItem, bool], None],
        parent: Any = None,
        *,
        on_edit: Callable[[ActionItem, str, Any], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_edit = on_edit
        self._items: dict[int, ActionItem] = {}
        self.owners: dict[int, str] = {}
        self.goals: dict[int, str] = {}  # goal id -> title: the goals an item may serve
        self.overdue: frozenset[int] = frozenset()
        self.today = date.today()

    def show(
        self,
        items: tuple[ActionItem, ...],
        owners: dict[int, str],
        *,
        goals: dict[int, str] | None = None,
        overdue: frozenset[int] = frozenset(),
        today: date | None = None,
    ) -> None:
        """Show these items (owner names by person id; goal titles by goal id; the ids
        of the items that are overdue; today's date, for short dates). Another session's
        items replace the rows in one go (the view fits its columns once, not once per row
        removed and added); the same session's keep their rows, and the one chosen."""
        fresh = {item.id: item for item in items}
        anew = bool(fresh or self._items) and fresh.keys().isdisjoint(self._items)
        self._items = fresh
        self.owners = owners
        self.goals = goals if goals is not None else self.goals
        self.overdue = overdue
        self.today = today or self.today
        if anew:
            self.fill(fresh)
        else:
            self.refresh_all()

    def fetch_ids(self) -> list[int]:
        return list(self._items)

    def fetch_records(self, ids: list[int]) -> dict[int, ActionItem]:
        return {i: self._items[i] for i in ids if i in self._items}

    def cell(self, record: ActionItem, column: int, role: int) -> Any:
        if column == DONE:
            if role == Qt.ItemDataRole.CheckStateRole:
                done = record.done_on is not None
                return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.FontRole and record.dropped_on is not None:
            struck = QFont()
            struck.setStrikeOut(True)  # dropped: kept, but not to be done
            return struck
        if role == Qt.ItemDataRole.EditRole:
            return getattr(record, FIELDS[column])
        late = record.id in self.overdue and column == DUE
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(ERROR.colour())
        return (
            self._text(record, column, role == Qt.ItemDataRole.ToolTipRole, late)
            if (role in SHOWN)
            else None
        )

    def _due_text(self, record: ActionItem, tip: bool, late: bool) -> str:
        due = day_text(record.due) if tip else short_date(record.due, self.today)
        if not late:
            return due
        if tip:
            return translate("ActionItemModel", "{day} — overdue: its meeting is over").format(
                day=due
            )
        return translate("ActionItemModel", "{day} (overdue)").format(day=due)

    def _text(self, record: ActionItem, column: int, tip: bool, late: bool) -> str:
        """What a cell of the Who, Action, Due or Goal column says (`tip`: at length)."""
        if column == DUE and record.dropped_on is not None:
            day = record.dropped_on
            return translate("ActionItemModel", "dropped {day}").format(
                day=day_text(day) if tip else short_date(day, self.today)
            )
        if column == DUE:
            return self._due_text(record, tip, late)
        if column == GOAL:
            if record.goal_id is None:
                return translate("ActionItemModel", "Serves no goal") if tip else NO_GOAL
            return self.goals.get(
                record.goal_id, translate("ActionItemModel", "(a goal no longer planned)")
            )
        return self.owners.get(record.owner_id, "?") if column == WHO else record.text

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if self._on_edit is not None else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == DONE:
            self._on_done(record, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole or self._on_edit is None or index.column() == DONE:
            return False
        if isinstance(value, QDate):
            value = value.toPython()
        self._on_edit(record, FIELDS[index.column()], value)
        return True


def _items_model(index: Index) -> ActionItemModel:
    model = index.model()
    assert isinstance(model, ActionItemModel)
    return model


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell by choosing from a list: the owner (one of the two partners), or the
    goal the item serves (or none)."""

    def __init__(self, choices: Callable[[ActionItemModel], list[tuple[str, Any]]]) -> None:
        super().__init__()
        self._choices = choices

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for text, value in self._choices(_items_model(index)):
            box.addItem(text, value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def owner_choices(model: ActionItemModel) -> list[tuple[str, Any]]:
    """The two partners."""
    return [(name, person_id) for person_id, name in model.owners.items()]


def goal_choices(model: ActionItemModel) -> list[tuple[str, Any]]:
    """No goal, then the goals an item may serve."""
    choices: list[tuple[str, Any]] = [(translate("ActionItemModel", "No goal"), None)]
    return choices + [(title, goal_id) for goal_id, title in model.goals.items()]


class DueDelegate(QStyledItemDelegate):
    """Edits a due date with a date editor and its calendar."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(locale_dates.current().date_format())
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = index.data(Qt.ItemDataRole.EditRole) or _items_model(index).today
        editor.setDate(QDate(day.year, day.month, day.day))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toPython(), Qt.ItemDataRole.EditRole)


EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


class ActionItemTable(QTableView):
    """The action items of a session: edited in place, deleted with the Delete key."""

    delete_requested = Signal(int)  # the id of the item chosen for deleting

    def __init__(self, model: ActionItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_items")
        self.setModel(model)
        self._delegates = (  # kept: a view does not own its delegates
            ChoiceDelegate(owner_choices),
            DueDelegate(),
            ChoiceDelegate(goal_choices),
        )
        for column, delegate in zip((WHO, DUE, GOAL), self._delegates, strict=True):
            self.setItemDelegateForColumn(column, delegate)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.horizontalHeader()
        for column in (DONE, WHO, DUE, GOAL):  # sized by _fit_columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self._fit_columns)

    def chosen_id(self) -> int | None:
        """The id of the item in the current row, if any."""
        model = self.model()
        assert isinstance(model, ActionItemModel)
        index = self.currentIndex()
        return model.id_at(index.row()) if index.isValid() else None

    # -- keys ------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # The table's own keys come before the window's shortcuts (F2 edits the pair there).
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and self._own_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._own_key(event) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit(self.currentIndex())  # Enter edits as F2 does; Done is ticked by Space
            return
        if self._own_key(event) and event.key() == Qt.Key.Key_Delete:
            if (item_id := self.chosen_id()) is not None:
                self.delete_requested.emit(item_id)
            return
        super().keyPressEvent(event)

    def _own_key(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        wanted = event.key() in (*EDIT_KEYS, Qt.Key.Key_Delete) and self.currentIndex().isValid()
        return plain and wanted and self.state() != QAbstractItemView.State.EditingState

    # -- widths ----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self, *_args: object) -> None:
        """Done, Who and Due fit their contents (asked again whenever a row comes, goes or
        changes: a header left to fit them itself missed the first item added, and showed
        'A…'); the goal column fits its titles, but takes at most two fifths of the width
        those leave: the action's text always keeps the most."""
        header = self.horizontalHeader()
        for column in (DONE, WHO, DUE):
            wanted = max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            if header.sectionSize(column) != wanted:
                header.resizeSection(column, wanted)
        left = self.viewport().width() - sum(header.sectionSize(c) for c in (DONE, WHO, DUE))
        least = header.sectionSizeHint(GOAL)
        wanted = max(least, self.sizeHintForColumn(GOAL))
        header.resizeSection(GOAL, max(least, min(wanted, left * 2 // 5)))


def goal_labels(goals: list[Goal]) -> dict[int, str]:
    """Goal id -> how a goal is named in the table: its title, with its quarter when
    another goal has the same title (a goal carried over keeps its title)."""
    titles = [g.title for g in goals]
    return {
        g.id: g.title if titles.count(g.title) == 1 else f"{g.title} (Q{g.quarter})" for g in goals
    }


def following(step: Step, view: QWidget, refresh: Callable[[], None]) -> Step:
    """`step`, whose undo and redo also call `refresh` while `view` is there: the views
    learn of a change from the bridge, but an editor's table of items is its own."""

    def inverse() -> Step:
        back = step.inverse()
        if shiboken6.isValid(view):  # not closed meanwhile
            refresh()
        return following(back, view, refresh)

    return Step(step.text, step.changes, inverse)
