"""Data safety in the GUI: one instance per database, automatic backups, restore, check,
and recovery from a damaged database at start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.domain.people import PersonDraft
from mentordesk.errors import DamagedDatabaseError
from mentordesk.services import Services
from mentordesk.ui.data.auto_backup import START_DELAY_MS, AutoBackup
from mentordesk.ui.data.restore_dialog import RestoreDialog
from mentordesk.ui.window import application, instance
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.instance import SingleInstance
from mentordesk.ui.window.main_window import MainWindow


def test_a_second_start_asks_the_first_window_forward(qtbot: QtBot, tmp_path: Path) -> None:
    lock = tmp_path / "mentordesk.sqlite3.lock"
    first, second = SingleInstance(lock), SingleInstance(lock)
    assert first.acquire()
    first.listen()
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_a_second_start_waits_for_the_first_to_listen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first listens only once its window is up; a second start in between keeps asking.
    lock = tmp_path / "mentordesk.sqlite3.lock"
    first, second = SingleInstance(lock), SingleInstance(lock)
    assert first.acquire()
    pauses: list[int] = []

    def pause(ms: int) -> None:  # the first's window comes up while the second waits
        pauses.append(ms)
        if len(pauses) == 2:
            first.listen()

    monkeypatch.setattr(instance.QThread, "msleep", pause)
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert not second.acquire()
    assert len(pauses) == 2
    first.release()


def test_a_second_start_gives_up_asking_when_nobody_answers(tmp_path: Path) -> None:
    lock = tmp_path / "mentordesk.sqlite3.lock"
    first, second = SingleInstance(lock), SingleInstance(lock)
    assert first.acquire()  # and never listens
    assert not second.acquire(ask_for_ms=0)
    first.release()


def test_automatic_backups_only_after_changes(qtbot: QtBot, services: Services) -> None:
    backups = AutoBackup(services.safety)
    backups.back_up_if_changed()
    backups.on_close()
    assert services.safety.backups() == []
    changes = services.people.create(PersonDraft("Ana", "ana@example.org"))
    backups.note(changes)
    backups.back_up_if_changed()
    qtbot.waitUntil(lambda: len(services.safety.backups()) == 1, timeout=5000)
    assert not backups.changed_since_backup
    assert backups.timer.interval() == 30 * 60 * 1000


def test_closing_the_window_backs_up_what_changed_since_the_last_copy(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    window.close()  # nothing changed: no copy, and the start-up one is not due yet
    assert services.safety.backups() == []
    window = make_window()
    window.bridge.run(lambda: services.people.create(PersonDraft("Ana", "ana@example.org")))
    window.close()
    assert len(services.safety.backups()) == 1


def test_restore_from_backup_brings_the_data_back(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.demo.load()
    mine = services.safety.backup().path
    services.demo.load(force=True)
    services.people.create(PersonDraft("Added Later", "later@example.org"))
    window = make_window()
    assert window.people_model.rowCount() == 13
    # The window takes its start-up copy in the background, once it is up.
    assert window.guards.auto_backup is not None
    assert window.guards.auto_backup.first_copy.isActive()
    assert window.guards.auto_backup.first_copy.interval() == START_DELAY_MS
    window.guards.auto_backup.first_copy.stop()
    window.guards.auto_backup.at_start()
    qtbot.waitUntil(lambda: len(services.safety.backups()) == 2, timeout=5000)
    dialog = RestoreDialog(services.safety, window.reload_everything, window)
    qtbot.addWidget(dialog)
    rows = {dialog.backups.record_at(r)[0]: r for r in range(dialog.backups.rowCount())}  # type: ignore[index]
    dialog.table.selectRow(rows[mine])
    dialog.restore_button.click()
    question = dialog.findChild(QMessageBox)  # asked once more, Cancel the default
    next(b for b in question.buttons() if b.text() == "Restore Backup").click()
    assert window.people_model.rowCount() == 12
    assert window.statusBar().currentMessage().startswith("Restored.")
    assert len(services.safety.backups()) == 2  # the rotation is as it was, and
    [kept] = (services.safety.folder.folder / "replaced").glob("*before-restore*.sqlite3")
    assert kept.stat().st_size > 0  # the replaced data was copied first, beside it


def test_check_database_says_it_is_sound(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window = make_window()
    window.action_map[ActionId.CHECK_DATABASE].trigger()
    assert said == ["The database is sound: integrity and references checked."]


def test_a_damaged_database_at_start_restores_the_backup_when_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    damage = DamagedDatabaseError("damaged", tmp_path / "aside", tmp_path / "backup.sqlite3")
    attempts: list[str] = []
    recovered: list[Any] = []

    def opener() -> Any:
        attempts.append("open")
        if len(attempts) == 1:
            raise damage
        return "opened"

    monkeypatch.setattr(application, "ask_recovery", lambda _error: "restore")
    assert application._open(opener, recovered.append) == "opened"
    assert recovered == [damage]
    monkeypatch.setattr(application, "ask_recovery", lambda _error: "quit")
    attempts.clear()
    assert application._open(opener, recovered.append) is None


def test_damage_found_behind_the_window_is_told_with_the_way_out(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    from mentordesk.ui.data.integrity_watch import IntegrityWatch

    window = make_window()
    restores: list[bool] = []
    watch = IntegrityWatch(
        lambda: "database disk image is malformed", window, lambda: restores.append(True)
    )

    def box() -> QMessageBox | None:
        found = window.findChild(QMessageBox, "integrity_damage")
        return found if isinstance(found, QMessageBox) and found.isVisible() else None

    qtbot.waitUntil(lambda: box() is not None, timeout=3000)
    shown = box()
    assert shown is not None
    assert "malformed" in shown.text()
    assert watch.found == "database disk image is malformed"
    restore = next(b for b in shown.buttons() if b.text() == "Restore from Backup…")
    restore.click()
    assert restores == [True]


def test_a_sound_check_behind_the_window_says_nothing(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    from mentordesk.ui.data.integrity_watch import IntegrityWatch

    window = make_window()
    watch = IntegrityWatch(lambda: None, window, lambda: None)
    watch.wait(deliver=True)
    assert window.findChild(QMessageBox, "integrity_damage") is None
