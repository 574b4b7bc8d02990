"""Helpers for tests that drive real windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QObject, Qt, QUrl, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow
from mentordesk.ui.window.main_window import MainWindow


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


def open_meeting(window: MainWindow, pair_id: int) -> MeetingModeWindow:
    window.pair_list.choose(pair_id)
    window.companions.open_meeting_mode(pair_id)
    meeting = window.companions.meeting_window
    assert meeting is not None
    return meeting


def tick(qtbot: QtBot, meeting: MeetingModeWindow, starting: str) -> QModelIndex:
    """Space on the agenda line that starts with `starting`, as a person ticks it."""
    row = next(
        r
        for r in range(meeting.agenda.rowCount())
        if meeting.agenda.index(r, 0).data().startswith(starting)
    )
    line = meeting.agenda.index(row, 0)
    meeting.agenda_table.setFocus()
    meeting.agenda_table.setCurrentIndex(line)
    qtbot.keyClick(meeting.agenda_table, Qt.Key.Key_Space)
    return line


class MailProgram(QObject):
    """Stands in for the desktop's handler of file URLs: records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(Path(url.toLocalFile()))
