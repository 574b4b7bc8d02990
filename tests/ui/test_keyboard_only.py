"""Issue 22's walk: from two new people to a printed summary by keyboard alone, no input
lost. Every key goes to whatever has the focus, as a person's keyboard does."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from windows import activate, focused

from mentordesk.services import Services
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def keys(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifiers)


def opened(qtbot: QtBot, window: MainWindow) -> None:
    """The dialog a key opened is on screen and has the keyboard (as a window manager
    gives a new dialog; the offscreen platform activates only the first window)."""
    qtbot.waitUntil(lambda: window.operations.dialog is not None)
    dialog = window.operations.dialog
    assert dialog is not None
    activate(qtbot, dialog)


def closed(qtbot: QtBot, window: MainWindow) -> None:
    """The dialog closed; the window has the keyboard again."""
    qtbot.waitUntil(lambda: window.operations.dialog is None)
    activate(qtbot, window)
    if QApplication.focusWidget() is None:
        window.pair_list.table.setFocus()


def test_two_new_people_to_a_printed_summary_by_keyboard(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    activate(qtbot, window)
    window.pair_list.filter.setFocus()  # where the first click of the day lands
    for name, email in (("Ana Silva", "ana@example.org"), ("Ben Okafor", "ben@example.org")):
        press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # New Person
        opened(qtbot, window)
        keys(qtbot, name)  # the focus starts in the name
        press(qtbot, Qt.Key.Key_Tab)
        keys(qtbot, email)
        press(qtbot, Qt.Key.Key_Return)
        closed(qtbot, window)
    assert sorted(p.name for p in services.people.all()) == ["Ana Silva", "Ben Okafor"]

    press(qtbot, Qt.Key.Key_N, CTRL)  # New Pair
    opened(qtbot, window)
    keys(qtbot, "A")  # the mentor: Ana, by her first letter
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "B")  # the mentee: Ben
    press(qtbot, Qt.Key.Key_Return)
    closed(qtbot, window)
    [pair_id] = services.pairs.ids()
    pair = services.pairs.get(pair_id)
    assert (pair.mentor.name, pair.mentee.name) == ("Ana Silva", "Ben Okafor")
    qtbot.waitUntil(lambda: window.pair_list.chosen_id() == pair_id)

    press(qtbot, Qt.Key.Key_E, CTRL)  # Edit Agreement
    opened(qtbot, window)
    keys(qtbot, "Weekly, Mondays 16:00")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "Both of us prepare one question.")
    press(qtbot, Qt.Key.Key_Return)  # a new line in a notes field, not OK
    keys(qtbot, "Notes go in MentorDesk.")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # OK from a notes field
    closed(qtbot, window)
    agreement = services.pairs.get(pair_id).agreement
    assert agreement is not None
    assert agreement.text.expectations == (
        "Both of us prepare one question.\nNotes go in MentorDesk."
    )
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)  # sign as mentor
    press(qtbot, Qt.Key.Key_E, CTRL | SHIFT)  # and as mentee
    assert services.pairs.get(pair_id).agreement.fully_signed  # type: ignore[union-attr]

    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # Save Summary as PDF
    assert target.exists()
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ana Silva" in text
    assert "Both of us prepare one question." in text or "Ben Okafor" in text
