"""Qt fixtures: offscreen, a main window on a real store, and no widget outliving its test."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from windows import MailProgram

from mentordesk.domain import date_words
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.services.team_database import Keyring, TeamDatabaseService
from mentordesk.settings import Settings, SettingsStore
from mentordesk.ui.common.locale_dates import use_locale
from mentordesk.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def british_dates() -> Iterator[None]:
    """Dates in the window read in Qt's en_GB locale (the default words, so the command
    line and the window agree), whatever the machine's; a test may install another."""
    use_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    date_words.use(date_words.DateWords())


@pytest.fixture(autouse=True)
def close_leftover_widgets(qapp: QApplication) -> Iterator[None]:
    """Close what a test left open and flush deferred deletes, so nothing leaks."""
    yield
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    """Settings in the test's folder, past the first run."""
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(first_run_done=True))
    return store


@pytest.fixture
def ui_state(tmp_path: Path) -> QSettings:
    """Window geometry and view state in the test's folder."""
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def team(settings_store: SettingsStore, keyring: Keyring) -> TeamDatabaseService:
    """The team database settings, with passwords in a keyring in memory."""
    return TeamDatabaseService(settings_store, keyring)


@pytest.fixture
def make_window(
    qtbot: QtBot,
    services: Services,
    settings_store: SettingsStore,
    ui_state: QSettings,
    team: TeamDatabaseService,
) -> Callable[[], MainWindow]:
    """Builds, shows and activates a main window over the test's services."""

    def build() -> MainWindow:
        window = MainWindow(services, settings_store, ui_state, team)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return build


@pytest.fixture
def pair_id(services: Services, settings_store: SettingsStore) -> int:
    """Ana mentors Ben since 7 Sep 2026, weekly on Mondays at 16:00 in Berlin from 2 Nov;
    Ana is the current user. (A test module may define its own `pair_id`.)"""
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    created = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    services.meetings.plan(
        created,
        SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 12, 21)),
    )
    settings_store.save(settings_store.load().with_changes(current_user="ana-silva"))
    return created


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes are recorded instead of blocking the test."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    return shown


@pytest.fixture
def mail_program() -> Iterator[MailProgram]:
    program = MailProgram()
    QDesktopServices.setUrlHandler("file", program, "open")
    yield program
    QDesktopServices.unsetUrlHandler("file")
