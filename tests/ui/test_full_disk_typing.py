"""The database's disk fills up while the person types: the editor says it is retrying,
keeps every character, and saves them once there is room. Nothing is set aside.

The database lives on a real 4 MB tmpfs (mounting one needs root, as CI has)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from disks import fill, tmpfs
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "disk", size="4m") as mount:
        yield mount


@pytest.fixture
def db_url(small_disk: Path) -> str:
    """This module's database: on the small disk."""
    return f"sqlite:///{small_disk / 'mentordesk.sqlite3'}"


def test_a_full_disk_is_retried_said_and_nothing_is_lost(
    qtbot: QtBot,
    small_disk: Path,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    window.workspace.sessions.table.selectRow(2)
    qtbot.mouseClick(window.workspace.sessions.record_button, Qt.MouseButton.LeftButton)
    editor = window.workspace.sessions.editor
    assert editor.session is not None
    session_id = editor.session.id
    ballast = fill(small_disk)
    text = "written while the disk was full. " * 60
    qtbot.keyClicks(editor.notes, text)
    qtbot.waitUntil(lambda: "Not saved yet — retrying" in editor.error.text(), timeout=15000)
    assert "disk is full" in editor.error.text()
    assert editor.notes.toPlainText() == text
    ballast.unlink()
    qtbot.waitUntil(lambda: services.sessions.get(session_id).notes == text, timeout=15000)
    qtbot.waitUntil(editor.error.isHidden, timeout=5000)
    assert not list(small_disk.glob("*.damaged-*"))
