"""Two installs on one database: the later autosave shows both versions and asks."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mentordesk.domain.sessions import MY_VERSION_MARK, SessionStatus
from mentordesk.services import Services
from mentordesk.ui.meetings.conflict_dialog import ConflictDialog
from mentordesk.ui.sessions.session_editor import SessionEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def editing(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> tuple[SessionEditor, int]:
    """The Sessions tab open on a session both installs have open, with some notes."""
    session_id, _ = services.sessions.open_for(pair_id)
    services.sessions.save(session_id, SessionStatus.HELD, ["Goals"], "Agreed: weekly PRs.")
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.workspace.sessions.choose_session(session_id)
    editor = window.workspace.sessions.editor
    assert editor.notes.toPlainText() == "Agreed: weekly PRs."
    return editor, session_id


def type_and_meet_their_save(qtbot: QtBot, editor: SessionEditor) -> ConflictDialog:
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.notes, " Ben leads the demo.")
    qtbot.waitUntil(lambda: editor.conflict is not None, timeout=5000)
    dialog = editor.conflict
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_keep_both_merges_and_loses_nothing(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    second_install: Services,
    pair_id: int,
) -> None:
    editor, session_id = editing(qtbot, make_window, services, pair_id)
    version = second_install.sessions.get(session_id).version
    second_install.sessions.save(
        session_id,
        SessionStatus.HELD,
        ["Goals", "Conference talk"],
        "Agreed: weekly PRs. Ana books the room.",
        expected_version=version,
    )
    dialog = type_and_meet_their_save(qtbot, editor)
    theirs = dialog.findChild(type(editor.notes), "theirs_version")
    mine = dialog.findChild(type(editor.notes), "mine_version")
    assert "Ana books the room." in theirs.toPlainText()
    assert "Ben leads the demo." in mine.toPlainText()
    # Nothing was written while the person reads.
    assert services.sessions.get(session_id).notes == "Agreed: weekly PRs. Ana books the room."

    qtbot.mouseClick(
        dialog.findChild(type(editor.add_item), "keep_both"), Qt.MouseButton.LeftButton
    )
    merged = (
        f"Agreed: weekly PRs. Ana books the room.\n\n{MY_VERSION_MARK}\n"
        "Agreed: weekly PRs. Ben leads the demo."
    )
    saved = services.sessions.get(session_id)
    assert (saved.notes, saved.topics) == (merged, ("Goals", "Conference talk"))
    assert editor.notes.toPlainText() == merged
    # The next keystroke builds on the merged version: no second conflict.
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.notes, "!")
    qtbot.waitUntil(lambda: services.sessions.get(session_id).notes == merged + "!", timeout=5000)
    assert editor.conflict is None


def test_keep_mine_overwrites_knowingly_and_use_theirs_keeps_mine_on_the_clipboard(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    second_install: Services,
    pair_id: int,
) -> None:
    editor, session_id = editing(qtbot, make_window, services, pair_id)
    second_install.sessions.save(session_id, SessionStatus.HELD, ["Goals"], "Theirs, first.")
    dialog = type_and_meet_their_save(qtbot, editor)
    qtbot.mouseClick(
        dialog.findChild(type(editor.add_item), "keep_mine"), Qt.MouseButton.LeftButton
    )
    mine = "Agreed: weekly PRs. Ben leads the demo."
    assert services.sessions.get(session_id).notes == mine

    second_install.sessions.save(session_id, SessionStatus.HELD, ["Goals"], "Theirs, again.")
    dialog = type_and_meet_their_save(qtbot, editor)
    qtbot.mouseClick(
        dialog.findChild(type(editor.add_item), "keep_theirs"), Qt.MouseButton.LeftButton
    )
    assert editor.notes.toPlainText() == "Theirs, again."
    assert services.sessions.get(session_id).notes == "Theirs, again."
    assert QGuiApplication.clipboard().text() == f"{mine} Ben leads the demo."


def test_in_team_mode_the_open_session_follows_another_install(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    second_install: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = property(lambda _self: False)  # as on a shared server
    monkeypatch.setattr(type(services.safety), "is_local", shared)
    editor, session_id = editing(qtbot, make_window, services, pair_id)
    window = editor.window()
    assert isinstance(window, MainWindow)
    assert window.guards.remote is not None
    qtbot.waitUntil(
        lambda: window.guards.remote is not None and not window.guards.remote.busy, timeout=5000
    )
    version = second_install.sessions.get(session_id).version
    second_install.sessions.save(
        session_id,
        SessionStatus.HELD,
        ["Goals"],
        "Agreed: weekly PRs. Ana books.",
        expected_version=version,
    )
    ben = second_install.pairs.get(pair_id).mentee.id
    second_install.sessions.add_action_item(session_id, ben, "Draft the talk")
    window.guards.remote.look()
    qtbot.waitUntil(
        lambda: editor.notes.toPlainText() == "Agreed: weekly PRs. Ana books.", timeout=5000
    )
    assert editor.items.index(0, 2).data() == "Draft the talk"
    # Typing goes on from there without a conflict.
    editor.notes.moveCursor(editor.notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.notes, " Done.")
    qtbot.waitUntil(
        lambda: services.sessions.get(session_id).notes.endswith("Ana books. Done."), timeout=5000
    )
    assert editor.conflict is None

    def unreachable(*_args: object) -> object:
        raise OSError("connection refused\nsecond line")

    monkeypatch.setattr(services.sessions, "changed_since", unreachable)
    window.guards.remote.look()
    qtbot.waitUntil(
        lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=5000
    )
    assert "connection refused" in window.statusBar().currentMessage()
    monkeypatch.undo()
    monkeypatch.setattr(type(services.safety), "is_local", shared)
    window.guards.remote.look()
    qtbot.waitUntil(lambda: "answers again" in window.statusBar().currentMessage(), timeout=5000)


def test_in_team_mode_meeting_mode_follows_another_install(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    second_install: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(type(services.safety), "is_local", property(lambda _self: False))
    window = make_window()
    window.pair_list.choose(pair_id)
    window.companions.open_meeting_mode(pair_id)
    meeting = window.companions.meeting_window
    assert meeting is not None
    assert meeting.editor.session is not None
    session_id = meeting.editor.session.id
    assert window.guards.remote is not None
    qtbot.waitUntil(
        lambda: window.guards.remote is not None and not window.guards.remote.busy, timeout=5000
    )
    version = second_install.sessions.get(session_id).version
    second_install.sessions.save(
        session_id,
        SessionStatus.HELD,
        ["Demo"],
        "Ben typed this on his laptop.",
        expected_version=version,
    )
    window.guards.remote.look()
    qtbot.waitUntil(
        lambda: meeting.editor.notes.toPlainText() == "Ben typed this on his laptop.",
        timeout=5000,
    )


def test_in_team_mode_a_pair_ended_on_another_install_is_seen_at_the_next_tab(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    second_install: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(type(services.safety), "is_local", property(lambda _self: False))
    window = make_window()
    window.pair_list.choose(pair_id)
    assert window.action_map[ActionId.END_PAIR].isEnabled()
    second_install.pairs.end(pair_id, second_install.pairs.today(), "moved teams")
    window.action_map[ActionId.SHOW_MEETINGS].trigger()
    assert window.workspace.view is not None
    assert not window.workspace.view.editable
    assert not window.action_map[ActionId.END_PAIR].isEnabled()
    assert not window.workspace.meetings.plan_button.isEnabled()
