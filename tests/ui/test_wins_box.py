"""The wins on the Goals tab, driven as a person would: Add Win…, type, Return; Remove
Win; Edit ▸ Undo brings it back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from windows import focused

from mentordesk.services import Services
from mentordesk.ui.goals.win_dialog import WinDialog
from mentordesk.ui.window.main_window import MainWindow


def test_a_win_is_added_removed_and_brought_back(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    window = make_window()
    pair = services.pairs.find("ana-ben")
    window.pair_list.choose(pair.id)
    box = window.workspace.goals.wins
    assert box.model.rowCount() == 0
    assert box.empty.isVisibleTo(window)

    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WinDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WinDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
    qtbot.keyClicks(focused(), "Led the platform design review")  # no word lost
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert box.model.index(0, 1).data() == "Both"
    assert box.model.index(0, 2).data() == "Led the platform design review"
    assert not box.empty.isVisibleTo(window)

    box.table.choose_row(0)
    assert box.remove_button.isEnabled()
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == 0)
    assert "Undo brings it back" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: box.model.rowCount() == 1)
    assert [w.text for w in services.wins.of_pair(pair.id)] == ["Led the platform design review"]
