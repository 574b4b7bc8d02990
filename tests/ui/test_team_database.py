"""File ▸ Shared Team Database…: choose the server, test it, restart on it; and what a
start does when the chosen server cannot be reached."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.errors import DatabaseError
from mentordesk.services.team_database import ServerAddress, TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.ui.data.team_database_dialog import TeamDatabaseDialog
from mentordesk.ui.window import application
from mentordesk.ui.window.actions import MENUS, TOOLBAR
from mentordesk.ui.window.main_window import MainWindow


def open_dialog(make_window: Callable[[], MainWindow]) -> tuple[MainWindow, TeamDatabaseDialog]:
    window = make_window()
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    entry = next(a for a in file_menu.actions() if a.text() == "Shared &Team Database…")
    entry.trigger()
    dialog = window.operations.dialog
    assert isinstance(dialog, TeamDatabaseDialog)
    assert dialog.isVisible()
    return window, dialog


def fill(qtbot: QtBot, dialog: TeamDatabaseDialog, host: str, port: int, password: str) -> None:
    dialog.host.clear()
    qtbot.keyClicks(dialog.host, host)
    dialog.port.setValue(port)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_every_action_with_no_shortcut_is_in_a_menu_or_the_toolbar(
    make_window: Callable[[], MainWindow],
) -> None:
    window = make_window()
    placed = {a for ids in MENUS.values() for a in ids} | set(TOOLBAR)
    lost = [
        action_id
        for action_id, action in window.action_map.items()
        if action_id not in placed and action.shortcut().isEmpty()
    ]
    assert lost == []


def test_a_failed_connection_test_says_why_and_keeps_the_choice_unmade(
    qtbot: QtBot, make_window: Callable[[], MainWindow], team: TeamDatabaseService
) -> None:
    window, dialog = open_dialog(make_window)
    assert "Open now: this computer's own database" in dialog.intro.text()
    fill(qtbot, dialog, "127.0.0.1", closed_port(), "hunter2")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=10000)
    assert dialog.test_result.text().startswith("✗ Could not connect: ")
    assert "refused" in dialog.test_result.text()
    assert "hunter2" not in dialog.test_result.text()
    assert team.configured() is None
    dialog.reject()
    assert not window.restart_requested


def test_a_good_test_then_use_saves_the_choice_and_offers_a_restart(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    team: TeamDatabaseService,
    keyring: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tested: list[tuple[ServerAddress, str]] = []

    def answer(address: ServerAddress, password: str = "") -> str:
        tested.append((address, password))
        return "Connected to PostgreSQL 15.8. The team's data is there and ready."

    monkeypatch.setattr(team, "test", answer)
    window, dialog = open_dialog(make_window)
    fill(qtbot, dialog, "db.example.org", 5433, "hunter2")
    dialog.remember.setChecked(True)
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.testing(), timeout=5000)
    assert dialog.test_result.text() == (
        "✓ Connected to PostgreSQL 15.8. The team's data is there and ready."
    )
    chosen = ServerAddress("db.example.org", 5433, "mentordesk", dialog.user.text())
    assert tested == [(chosen, "hunter2")]

    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert team.configured() == chosen
    assert keyring.kept == {chosen.account: "hunter2"}
    question = window.findChild(QMessageBox, "restart_question")
    assert question is not None
    assert "the team database mentordesk on db.example.org" in question.text()
    next(b for b in question.buttons() if b.text() == "&Later").click()
    assert not window.restart_requested
    assert window.isVisible()

    window.companions.choose_team_database()  # again, and this time restart
    dialog = window.operations.dialog
    assert isinstance(dialog, TeamDatabaseDialog)
    assert dialog.host.text() == "db.example.org"
    assert dialog.password.placeholderText() == "kept in the system keyring"
    assert dialog.remember.isChecked()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    question = window.findChildren(QMessageBox, "restart_question")[-1]
    next(b for b in question.buttons() if b.text() == "&Restart Now").click()
    assert window.restart_requested
    assert not window.isVisible()


def test_an_empty_server_name_is_shown_next_to_the_field(
    qtbot: QtBot, make_window: Callable[[], MainWindow], team: TeamDatabaseService
) -> None:
    _, dialog = open_dialog(make_window)
    dialog.host.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error_text("host") == "Enter the server's name or address."
    assert team.configured() is None
    dialog.test_connection()  # the test checks the form first, too
    assert not dialog.testing()
    assert dialog.error_text("host") == "Enter the server's name or address."


def test_without_a_keyring_the_dialog_points_to_pgpass(
    make_window: Callable[[], MainWindow], keyring: Any
) -> None:
    keyring.works = False
    _, dialog = open_dialog(make_window)
    assert not dialog.remember.isEnabled()
    hints = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "~/.pgpass" in hints


def test_going_back_to_this_computers_database(
    make_window: Callable[[], MainWindow], team: TeamDatabaseService
) -> None:
    team.use(ServerAddress("db.example.org", 5432, "mentordesk", "ana"), remember=False)
    window, dialog = open_dialog(make_window)
    assert dialog.local_button is not None
    dialog.local_button.click()
    assert team.configured() is None
    question = window.findChild(QMessageBox, "restart_question")
    assert question is not None
    assert "opens this computer's own database from its next start" in question.text()


def test_an_unreachable_chosen_server_at_start_offers_this_computers_database(
    settings_store: SettingsStore, keyring: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = TeamDatabaseService(settings_store, keyring)
    team.use(ServerAddress("db.example.org", 5432, "mentordesk", "ana"), remember=False)
    attempts: list[int] = []

    def open_app() -> Any:
        attempts.append(1)
        raise DatabaseError("cannot open the database postgresql+psycopg://…: timeout expired")

    answers = iter(["retry", "local"])
    monkeypatch.setattr(application, "ask_about_server", lambda _error: next(answers))
    opened, again = application._open_chosen(open_app, lambda _e: None, team)
    assert (opened, again) == (None, True)
    assert len(attempts) == 2  # tried again once, then chose this computer's database
    assert team.configured() is None

    monkeypatch.setattr(application, "ask_about_server", lambda _error: "quit")
    assert application._open_chosen(open_app, lambda _e: None, team) == (None, False)


def test_the_servers_ca_certificate_is_chosen_checked_and_kept(
    qtbot: QtBot, make_window: Callable[[], MainWindow], team: TeamDatabaseService, tmp_path: Any
) -> None:
    window, dialog = open_dialog(make_window)
    fill(qtbot, dialog, "db.example.org", 5432, "")
    qtbot.keyClicks(dialog.ca_file, str(tmp_path / "missing-ca.crt"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text("ca_file").startswith("There is no file ")
    assert not dialog.testing()  # nothing was tried
    ca = tmp_path / "team-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    dialog.ca_file.clear()
    qtbot.keyClicks(dialog.ca_file, str(ca))
    dialog.submit()
    chosen = team.configured()
    assert chosen is not None
    assert chosen.ca_file == str(ca)
    assert "sslmode=verify-full" in chosen.url
    dialog.reject()
    window.close()
