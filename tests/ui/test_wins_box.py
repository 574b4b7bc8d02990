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
    shown = box.model.rowCount()  # the demo's wins of this quarter
    assert shown == 1
    assert not box.empty.isVisibleTo(window)

    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), WinDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, WinDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
    qtbot.keyClicks(focused(), "Led the platform design review")  # no word lost
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.model.rowCount() == shown + 1)
    row = next(
        r
        for r in range(box.model.rowCount())
        if box.model.index(r, 2).data() == "Led the platform design review"
    )
    assert box.model.index(row, 1).data() == "Both"

    box.table.choose_row(row)
    assert box.remove_button.isEnabled()
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.model.rowCount() == shown)
    assert "Undo brings it back" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: box.model.rowCount() == shown + 1)
    assert "Led the platform design review" in [w.text for w in services.wins.of_pair(pair.id)]
