"""Helpers for tests that drive real windows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active window, as a click on it would on a desktop: shortcuts
    answer in the active window only (the offscreen platform activates just the first)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def focused() -> QWidget:
    """Where the keys a person types go."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def question() -> QMessageBox:
    """The question on screen."""
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def answer(qtbot: QtBot, key: Qt.Key) -> None:
    """Press `key` in the question on screen (its default button has the keyboard)."""
    box = question()
    assert box.focusWidget() is box.defaultButton()
    qtbot.keyClick(box.focusWidget(), key)
    qtbot.waitUntil(lambda: not box.isVisible())


def click(qtbot: QtBot, parent: QWidget, text: str) -> None:
    """Click the button of `parent` that reads `text`."""
    [button] = [b for b in parent.findChildren(QPushButton) if b.isVisible() and b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
