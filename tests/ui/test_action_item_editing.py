"""Action items in the session editor, driven by keys as a person would: edit in place
(Enter or F2), reassign, re-date, link to a goal, delete with Delete or the button, and
Ctrl+Z through the main window's undo. The action's text keeps the free width."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.sessions import ActionItem
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.ui.sessions.action_item_model import (
    ACTION,
    DONE,
    DUE,
    GOAL,
    WHO,
    ActionItemModel,
    ActionItemTable,
)
from mentordesk.ui.sessions.session_editor import SessionEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
MEETING_ON = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)  # Mon 23 Nov, 16:10 in Berlin


@dataclass
class Shown:
    """The main window with the session of Mon 16 Nov in the editor: Ben's item "Read the
    guide", due Mon 23 Nov, and the goal "Write production-grade SQL"."""

    window: MainWindow
    services: Services
    session_id: int
    goal_id: int
    ana: int
    ben: int

    @property
    def editor(self) -> SessionEditor:
        return self.window.workspace.sessions.editor

    @property
    def table(self) -> ActionItemTable:
        return self.editor.item_table

    def items(self) -> tuple[ActionItem, ...]:
        return self.services.sessions.get(self.session_id).action_items

    def cell(self, column: int, row: int = 0) -> str:
        return str(self.editor.items.index(row, column).data())

    def focus(self, column: int, row: int = 0) -> None:
        """The table has the keyboard, on this cell."""
        self.table.setFocus()
        self.table.setCurrentIndex(self.editor.items.index(row, column))

    def enter(self, qtbot: QtBot, widget: QWidget) -> None:
        """Enter in a cell's editor: the edit is saved as the editor closes."""
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: self.table.state() == QAbstractItemView.State.NoState)


@pytest.fixture
def shown(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> Shown:
    ana, ben = services.people.find("ana-silva"), services.people.find("ben-okafor")
    assert ana is not None
    assert ben is not None
    goal = GoalDraft(1, Skill.TECHNICAL, "Write production-grade SQL", date(2026, 11, 30))
    goal_id = services.goals.create(pair_id, goal).created or 0
    occurrence = services.sessions.log(pair_id)[2].occurrence  # Mon 16 Nov
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.add_action_item(session_id, ben.id, "Read the guide")
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    window.workspace.sessions.choose_session(session_id)
    found = Shown(window, services, session_id, goal_id, ana.id, ben.id)
    assert found.cell(ACTION) == "Read the guide"
    assert found.cell(DUE) == "23 Nov"  # the next meeting, in this year: no year shown
    return found


def test_the_action_column_takes_the_free_width_at_1280_by_720(qtbot: QtBot, shown: Shown) -> None:
    shown.services.sessions.edit_action_item(shown.items()[0].id, goal_id=shown.goal_id)
    shown.window.resize(1280, 720)
    shown.editor.set_session(shown.session_id)
    header = shown.table.horizontalHeader()
    qtbot.waitUntil(lambda: shown.table.viewport().width() < 600)
    QApplication.processEvents()
    widths = {c: header.sectionSize(c) for c in (DONE, WHO, ACTION, DUE, GOAL)}
    action = widths.pop(ACTION)
    text_width = header.fontMetrics().horizontalAdvance("Action")
    assert action >= header.sectionSizeHint(ACTION) > text_width  # never '.ctio'
    assert all(action > other for other in widths.values()), widths
    assert sum(header.sectionSize(c) for c in range(5)) <= shown.table.viewport().width()
    assert shown.cell(GOAL) == "Write production-grade SQL"  # shown, elided if need be


def test_the_text_is_edited_in_place_with_f2_not_the_pair(qtbot: QtBot, shown: Shown) -> None:
    shown.focus(ACTION)
    qtbot.keyClick(shown.table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    assert shown.window.operations.dialog is None  # F2 did not open Edit Pair
    qtbot.keyClicks(line, "Read the whole style guide")  # the text was selected: replaced
    shown.enter(qtbot, line)
    assert shown.items()[0].text == "Read the whole style guide"
    assert shown.cell(ACTION) == "Read the whole style guide"
    assert shown.table.hasFocus()

    shown.focus(ACTION)
    qtbot.keyClick(shown.table, Qt.Key.Key_Return)  # Enter edits too; Escape keeps it
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Forget it")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: shown.table.state() == QAbstractItemView.State.NoState)
    assert shown.items()[0].text == "Read the whole style guide"


def test_reassign_redate_and_link_to_a_goal_with_the_keyboard(qtbot: QtBot, shown: Shown) -> None:
    shown.focus(WHO)
    qtbot.keyClick(shown.table, Qt.Key.Key_Return)
    owner = QApplication.focusWidget()
    assert isinstance(owner, QComboBox)
    assert [owner.itemText(i) for i in range(owner.count())] == ["Ana Silva", "Ben Okafor"]
    assert owner.currentText() == "Ben Okafor"
    qtbot.keyClick(owner, Qt.Key.Key_Up)
    shown.enter(qtbot, owner)
    assert shown.items()[0].owner_id == shown.ana
    assert shown.cell(WHO) == "Ana Silva"

    shown.focus(DUE)
    qtbot.keyClick(shown.table, Qt.Key.Key_F2)
    due = QApplication.focusWidget()
    assert isinstance(due, QDateEdit)
    qtbot.keyClick(due, Qt.Key.Key_Home)  # the day
    for _ in range(7):
        qtbot.keyClick(due, Qt.Key.Key_Up)
    shown.enter(qtbot, due)
    assert shown.items()[0].due == date(2026, 11, 30)
    assert shown.cell(DUE) == "30 Nov"

    assert shown.cell(GOAL) == "—"
    shown.focus(GOAL)
    qtbot.keyClick(shown.table, Qt.Key.Key_Return)
    goal = QApplication.focusWidget()
    assert isinstance(goal, QComboBox)
    assert [goal.itemText(i) for i in range(goal.count())] == [
        "No goal",
        "Write production-grade SQL",
    ]
    qtbot.keyClick(goal, Qt.Key.Key_Down)
    shown.enter(qtbot, goal)
    assert shown.items()[0].goal_id == shown.goal_id
    assert shown.cell(GOAL) == "Write production-grade SQL"

    qtbot.keyClick(shown.table, Qt.Key.Key_Z, CTRL)  # the link is taken back first
    assert shown.items()[0].goal_id is None
    assert shown.cell(GOAL) == "—"
    qtbot.keyClick(shown.table, Qt.Key.Key_Z, CTRL)
    assert shown.items()[0].due == date(2026, 11, 23)
    qtbot.keyClick(shown.table, Qt.Key.Key_Z, CTRL)
    assert shown.cell(WHO) == "Ben Okafor"


def test_delete_key_and_button_delete_and_ctrl_z_brings_the_item_back(
    qtbot: QtBot, shown: Shown
) -> None:
    services, editor = shown.services, shown.editor
    services.sessions.add_action_item(shown.session_id, shown.ana, "Book the room")
    editor.set_session(shown.session_id)
    assert editor.items.rowCount() == 2
    shown.focus(ACTION, row=0)
    assert editor.delete_item.isEnabled()

    qtbot.keyClick(shown.table, Qt.Key.Key_Delete)
    assert [i.text for i in shown.items()] == ["Book the room"]
    assert [shown.cell(ACTION, r) for r in range(editor.items.rowCount())] == ["Book the room"]
    assert shown.window.action_map[ActionId.UNDO].text() == "&Undo Delete Action Item"

    qtbot.keyClick(shown.table, Qt.Key.Key_Z, CTRL)  # Edit ▸ Undo, from the table
    assert sorted(i.text for i in shown.items()) == ["Book the room", "Read the guide"]
    assert editor.items.rowCount() == 2
    back = next(i for i in shown.items() if i.text == "Read the guide")
    assert (back.owner_id, back.due) == (shown.ben, date(2026, 11, 23))

    shown.window.action_map[ActionId.REDO].trigger()
    assert [i.text for i in shown.items()] == ["Book the room"]
    assert editor.items.rowCount() == 1

    shown.focus(ACTION, row=0)
    qtbot.mouseClick(editor.delete_item, Qt.MouseButton.LeftButton)
    assert shown.items() == ()
    assert editor.items.rowCount() == 0
    assert not editor.delete_item.isEnabled()


def test_space_ticks_done_and_ctrl_z_opens_it_again(qtbot: QtBot, shown: Shown) -> None:
    shown.focus(DONE)
    qtbot.keyClick(shown.table, Qt.Key.Key_Space)
    assert shown.items()[0].done_on == date(2026, 11, 21)
    qtbot.keyClick(shown.table, Qt.Key.Key_Z, CTRL)
    assert shown.items()[0].done_on is None
    assert shown.editor.items.index(0, DONE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )


def test_a_refused_edit_is_said_and_the_table_shows_what_is_stored(
    qtbot: QtBot, shown: Shown
) -> None:
    shown.focus(ACTION)
    qtbot.keyClick(shown.table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClick(line, Qt.Key.Key_Delete)  # the selected text goes: nothing left
    shown.enter(qtbot, line)
    assert shown.editor.error.isVisibleTo(shown.window)
    assert "action item" in shown.editor.error.text()
    assert shown.items()[0].text == "Read the guide"
    assert shown.cell(ACTION) == "Read the guide"


def test_overdue_shows_only_after_the_due_meeting_is_over(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    clock.moment = MEETING_ON  # Monday's meeting is under way
    ben = services.people.find("ben-okafor")
    assert ben is not None
    occurrence = services.sessions.log(pair_id)[2].occurrence  # Mon 16 Nov
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.add_action_item(session_id, ben.id, "Due at this meeting", date(2026, 11, 23))
    services.sessions.add_action_item(session_id, ben.id, "Due last Friday", date(2026, 11, 20))
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    window.workspace.sessions.choose_session(session_id)
    items = window.workspace.sessions.editor.items
    assert [items.index(r, DUE).data() for r in range(2)] == ["23 Nov", "20 Nov (overdue)"]
    assert items.index(0, DUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_meeting_mode_items_are_due_at_the_next_meeting(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    clock.moment = MEETING_ON
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_M, CTRL)
    meeting = window.companions.meeting_window
    assert meeting is not None
    editor = meeting.editor
    qtbot.keyClicks(editor.new_item, "Send the slides")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert editor.session is not None
    [item] = services.sessions.get(editor.session.id).action_items
    assert item.due == date(2026, 11, 30)  # not today's meeting, which is under way
    assert editor.items.index(0, DUE).data() == "30 Nov"
    assert window.action_map[ActionId.UNDO].text() == "&Undo Add Action Item"
    window.action_map[ActionId.UNDO].trigger()
    assert services.sessions.get(editor.session.id).action_items == ()
    assert editor.items.rowCount() == 0


def test_action_item_model_with_goals_and_edits(
    qtmodeltester: ModelTester, services: Services, pair_id: int
) -> None:
    edits: list[tuple[str, object]] = []
    model = ActionItemModel(
        lambda _item, _done: None, on_edit=lambda _item, field, value: edits.append((field, value))
    )
    qtmodeltester.check(model, force_py=True)
    ben = services.people.find("ben-okafor")
    assert ben is not None
    session_id, _ = services.sessions.open_for(pair_id)
    services.sessions.add_action_item(session_id, ben.id, "<b>Read</b> the guide")
    [item] = services.sessions.get(session_id).action_items
    model.show((item,), {ben.id: "Ben Okafor"}, goals={7: "SQL"}, today=date(2026, 11, 21))
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Done",
        "Who",
        "Action",
        "Due",
        "Goal",
    ]
    assert model.index(0, ACTION).data() == "<b>Read</b> the guide"
    assert model.flags(model.index(0, DUE)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, DONE)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, WHO), 99)
    assert model.setData(model.index(0, GOAL), 7)
    assert edits == [("owner_id", 99), ("goal_id", 7)]
    model.show((), {})  # the tester checks each change as it comes
    assert model.rowCount() == 0


def test_another_sessions_items_replace_the_rows_at_once_the_same_sessions_keep_them(
    qtbot: QtBot,
) -> None:
    """A view fits its columns on every row removed or added: another session's items come
    as one reset; the same session's shown again keep their rows and the chosen one."""
    model = ActionItemModel(lambda _item, _done: None)
    view = ActionItemTable(model)
    qtbot.addWidget(view)
    first = tuple(ActionItem(i, f"a{i}", 1, 5, f"Item {i}") for i in (1, 2, 3))
    other = tuple(ActionItem(i, f"a{i}", 2, 5, f"Other {i}") for i in (4, 5))
    model.show(first, {5: "Ana"})
    view.selectRow(1)
    changes: list[str] = []
    for name in ("modelReset", "rowsInserted", "rowsRemoved"):
        getattr(model, name).connect(lambda *_, name=name: changes.append(name))
    model.show((first[0], replace(first[1], text="Item 2, reworded"), first[2]), {5: "Ana"})
    assert changes == []
    assert view.chosen_id() == 2
    assert model.index(1, ACTION).data() == "Item 2, reworded"
    model.show(other, {5: "Ana"})
    assert changes == ["modelReset"]
    assert [model.index(r, ACTION).data() for r in range(model.rowCount())] == [
        "Other 4",
        "Other 5",
    ]
    assert view.chosen_id() is None
    model.show((), {5: "Ana"})
    model.show((), {5: "Ana"})  # a session without items after another: nothing to redo
    assert changes == ["modelReset", "modelReset"]


def test_the_first_item_added_widens_who_and_due_to_their_text(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    clock: FixedClock,
) -> None:
    """Seen in the real window: the first item typed into an empty list showed 'A…' and
    '3…' because the header never fitted the columns again."""
    clock.moment = MEETING_ON
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_M, CTRL)
    meeting = window.companions.meeting_window
    assert meeting is not None
    editor = meeting.editor
    meeting.grab()  # painted once with no items, as it is when the meeting starts
    qtbot.keyClicks(editor.new_item, "Send the slides")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    meeting.grab()
    header = editor.item_table.horizontalHeader()
    metrics = editor.item_table.fontMetrics()
    for column in (WHO, DUE):
        text = str(editor.items.index(0, column).data())
        assert header.sectionSize(column) > metrics.horizontalAdvance(text), (column, text)
