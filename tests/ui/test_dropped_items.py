"""Dropping an action item in the session editor (issue 24): Drop Item keeps it, struck
through and 'dropped' in its Due column, no longer carried; Take Up Again undoes it, and
so does Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.sessions.action_item_model import ACTION, DUE
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def test_an_item_is_dropped_and_taken_up_again(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    window = make_window()
    pair = services.pairs.find("ana-ben")
    window.pair_list.choose(pair.id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    panel.table.selectRow(2)
    panel.record_chosen()
    editor = panel.editor
    assert editor.session is not None
    qtbot.keyClicks(editor.new_item, "Rewrite the billing service")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.items.rowCount() > 0)
    row = next(
        r
        for r in range(editor.items.rowCount())
        if editor.items.index(r, ACTION).data() == "Rewrite the billing service"
    )
    editor.item_table.setCurrentIndex(editor.items.index(row, ACTION))
    assert editor.drop_item.text() == "Drop Item"

    qtbot.mouseClick(editor.drop_item, Qt.MouseButton.LeftButton)
    item_id = editor.items.id_at(row)
    session_id = editor.session.id

    def dropped() -> bool:
        item = next(a for a in services.sessions.get(session_id).action_items if a.id == item_id)
        return item.dropped_on is not None

    qtbot.waitUntil(dropped)
    row = editor.items.row_of(item_id) or 0
    assert editor.items.index(row, DUE).data().startswith("dropped ")
    assert editor.items.index(row, ACTION).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert editor.drop_item.text() == "Take Up Again"
    assert "Rewrite the billing service" not in services.sessions.agenda(pair.id).as_text()

    window.undo_stack.undo()  # Edit ▸ Undo
    qtbot.waitUntil(lambda: not dropped())
    assert editor.drop_item.text() == "Drop Item"
