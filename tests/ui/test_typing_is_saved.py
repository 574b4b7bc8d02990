"""Typing reaches the disk within a second however steadily it goes; every way of leaving
saves first."""

from __future__ import annotations

import os
import signal
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.sessions.session_editor import SessionEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow
from mentordesk.ui.window.quitting import save_on_leaving


def open_session(window: MainWindow, pair_id: int, qtbot: QtBot) -> SessionEditor:
    """The editor of the pair's third meeting (missed so far), recorded as held."""
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor.session is not None
    return editor


@contextmanager
def another_program_writing(db_url: str) -> Iterator[None]:
    """Another program holds the database's write lock meanwhile (longer than SQLite's
    5 s busy timeout, in these tests)."""
    other = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def saved_notes(services: Services, editor: SessionEditor) -> str:
    assert editor.session is not None
    return services.sessions.get(editor.session.id).notes


def test_steady_typing_is_saved_while_it_goes_on(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    """Forty keys, one every 60 ms, never pausing long enough for the quiet-time save:
    what was typed more than a second before the last key is on disk by then."""
    editor = open_session(make_window(), pair_id, qtbot)
    text = "steady typing never pauses for the save!"
    typed_at: list[float] = []
    for key in text:
        qtbot.keyClicks(editor.notes, key)
        typed_at.append(time.monotonic())
        qtbot.wait(60)
    now = time.monotonic()
    older = sum(1 for at in typed_at if now - at > 1.0)
    assert older >= 10
    on_disk = saved_notes(services, editor)
    assert text.startswith(on_disk)
    assert len(on_disk) >= older, f"{len(on_disk)} of {older} keys older than 1 s were saved"


def test_quit_right_after_typing_saves_the_last_keys(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    editor = open_session(window, pair_id, qtbot)
    qtbot.keyClicks(editor.notes, "the last 32 characters before Q")
    session_id = editor.session.id  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    assert not window.isVisible()
    assert services.sessions.get(session_id).notes == "the last 32 characters before Q"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_after_saving(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    signum: int,
) -> None:
    """A log-out's SIGTERM, or Ctrl+C in the terminal that started MentorDesk."""
    window = make_window()
    editor = open_session(window, pair_id, qtbot)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    leaving = save_on_leaving(app, window)
    try:
        qtbot.keyClicks(editor.notes, "typed just before the signal")
        os.kill(os.getpid(), signum)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        leaving.stop()
    session_id = editor.session.id  # type: ignore[union-attr]
    assert services.sessions.get(session_id).notes == "typed just before the signal"


@pytest.mark.sqlite_only
def test_a_database_busy_for_longer_than_its_timeout_is_retried(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    db_url: str,
) -> None:
    """Another program holds the write lock for longer than SQLite's 5 s busy timeout:
    the editor says it is retrying, and saves once the lock is let go."""
    editor = open_session(make_window(), pair_id, qtbot)
    session_id = editor.session.id  # type: ignore[union-attr]
    with another_program_writing(db_url):
        qtbot.keyClicks(editor.notes, "typed while another program wrote")
        qtbot.waitUntil(lambda: "Not saved yet — retrying" in editor.error.text(), timeout=15000)
        assert "busy" in editor.error.text()
    qtbot.waitUntil(
        lambda: services.sessions.get(session_id).notes == "typed while another program wrote",
        timeout=15000,
    )
    qtbot.waitUntil(editor.error.isHidden, timeout=5000)


@pytest.mark.sqlite_only
def test_moving_to_another_session_while_the_database_is_busy_keeps_both(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    db_url: str,
) -> None:
    """The first session's save waits for a busy database while the person moves on and
    types in another: once the database is free, both texts are saved."""
    window = make_window()
    first = open_session(window, pair_id, qtbot)  # the third meeting, recorded
    first_id = first.session.id  # type: ignore[union-attr]
    window.workspace.sessions.table.selectRow(1)  # the second meeting, recorded too
    qtbot.mouseClick(window.workspace.sessions.record_button, Qt.MouseButton.LeftButton)
    second_id = window.workspace.sessions.editor.session.id  # type: ignore[union-attr]
    assert second_id != first_id
    window.workspace.sessions.choose_session(first_id)
    with another_program_writing(db_url):
        qtbot.keyClicks(window.workspace.sessions.editor.notes, "notes of the first session")
        window.workspace.sessions.choose_session(second_id)  # its save waits for the database
        qtbot.keyClicks(window.workspace.sessions.editor.notes, "notes of the second session")
    qtbot.waitUntil(
        lambda: (
            services.sessions.get(first_id).notes == "notes of the first session"
            and services.sessions.get(second_id).notes == "notes of the second session"
        ),
        timeout=20000,
    )


def test_text_that_cannot_be_saved_is_kept_and_closing_asks(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    """A form feed pasted from a PDF breaks a rule of the notes: the save fails for good,
    the editor says why, and Quit asks before losing the text (Keep Open, here)."""
    window = make_window()
    editor = open_session(window, pair_id, qtbot)
    session_id = editor.session.id  # type: ignore[union-attr]
    editor.notes.insertPlainText("page one\fpage two")
    qtbot.waitUntil(lambda: "Not saved" in editor.error.text(), timeout=5000)
    assert editor.save_note.text() == ""  # no "Saving…" left behind

    def keep_open() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == "Keep Open").click()

    QTimer.singleShot(200, keep_open)
    window.close()
    assert window.isVisible()
    assert editor.notes.toPlainText() == "page one\fpage two"
    editor.notes.setPlainText("page one, page two")  # mended: saved, and the window closes
    qtbot.waitUntil(
        lambda: services.sessions.get(session_id).notes == "page one, page two", timeout=5000
    )
    window.close()
    assert not window.isVisible()
