"""Keys reach what the person means: Tab leaves a table, Ctrl+E from the pair filter
edits the agreement."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.window.main_window import MainWindow


def test_tab_leaves_the_pair_table(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    window = make_window()
    table = window.pair_list.table
    assert not table.tabKeyNavigation()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_ctrl_e_in_the_pair_filter_opens_the_agreement(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    window = make_window()
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.pair_list.focus_filter()
    qtbot.keyClick(window.pair_list.filter, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.operations.dialog
    assert dialog is not None  # the agreement editor opened
    assert dialog.isVisible()
    dialog.reject()
