"""Keys a person presses: none collides with what text fields do, Esc does what it
says, and the Help menu lists every key as the README does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTableView, QTextBrowser
from pytestqt.qtbot import QtBot
from windows import activate

from mentordesk.services import Services
from mentordesk.ui.window.actions import ACTIONS, keyboard_markdown
from mentordesk.ui.window.main_window import MainWindow

README = Path(__file__).resolve().parents[2] / "README.md"
# What people press in a text field out of habit; no action of ours may take them.
TEXT_KEYS = [
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Bold,
    QKeySequence.StandardKey.Italic,
    QKeySequence.StandardKey.Underline,
]


def test_no_shortcut_takes_the_keys_of_text_fields(qapp: QApplication) -> None:
    taken = {
        QKeySequence(spec.shortcut).toString()
        for spec in ACTIONS.values()
        if spec.shortcut is not None
    }
    habits = {QKeySequence(k).toString() for k in TEXT_KEYS} | {"Ctrl+Shift+V", "Ctrl+Shift+Z"}
    assert taken & habits == set()


def test_the_readme_lists_every_key_the_action_table_has(qapp: QApplication) -> None:
    assert keyboard_markdown() in README.read_text(encoding="utf-8")


def test_esc_clears_the_pair_filter_then_goes_back_to_the_list(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    window = make_window()
    panel = window.pair_list
    panel.focus_filter()
    qtbot.keyClicks(panel.filter, "chen")
    assert panel.proxy.rowCount() == 1
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.filter.text() == ""
    assert panel.proxy.rowCount() == panel.model.rowCount()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Escape)
    assert panel.table.hasFocus() or QApplication.focusWidget() is panel.table


def test_esc_closes_meeting_mode_and_what_was_typed_is_saved(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.companions.open_meeting_mode(pair_id)
    meeting = window.companions.meeting_window
    assert meeting is not None
    activate(qtbot, meeting)  # its keys answer in the active window
    editor = meeting.editor
    assert editor.session is not None
    session_id = editor.session.id
    qtbot.keyClicks(editor.notes, "Estimates went well")
    qtbot.keyClick(editor.notes, Qt.Key.Key_Escape)
    assert not meeting.isVisible()
    assert services.sessions.get(session_id).notes == "Estimates went well"


@pytest.mark.parametrize(
    ("action", "name", "inside"),
    [
        ("KEYBOARD_SHORTCUTS", "keyboard_shortcuts", QTableView),
        ("GUIDANCE", "guidance_library", QTextBrowser),
    ],
)
def test_the_help_menu_opens_its_windows(
    qtbot: QtBot, make_window: Callable[[], MainWindow], action: str, name: str, inside: type
) -> None:
    from mentordesk.ui.window.actions import ActionId

    window = make_window()
    window.action_map[ActionId[action]].trigger()
    shown = [w for w in QApplication.topLevelWidgets() if w.objectName() == name]
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.waitExposed(dialog)
    body = dialog.findChild(inside)
    assert body is not None
    if isinstance(body, QTableView):
        assert body.model().rowCount() >= 25
        keys = {body.model().index(r, 0).data() for r in range(body.model().rowCount())}
        assert {"Ctrl+M", "Ctrl+/", "Esc"} <= keys
    else:
        assert "first meeting" in body.toPlainText().lower()  # the script is chosen first
    dialog.close()
