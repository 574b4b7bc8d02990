"""The composition root: builds paths, settings, store and services, and hands them on.

Nothing here holds the application in a global; the CLI and the GUI each call `open_app`.
"""

from __future__ import annotations

import faulthandler
import gc
import logging
import logging.handlers
import os
from dataclasses import dataclass
from pathlib import Path

from mentordesk.errors import DamagedDatabaseError
from mentordesk.paths import AppPaths, app_paths, database_url, ensure_private_dir
from mentordesk.services import Services
from mentordesk.services.clock import Clock, SystemClock
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.store.engine import sqlite_path
from mentordesk.store.local_file import local_file_path
from mentordesk.store.opening import check_at_start, open_store
from mentordesk.store.safety import BackupFolder, EarlyCheck, restore
from mentordesk.store.unit_of_work import Store


@dataclass
class App:
    """One open MentorDesk: where it lives, its database and its use cases."""

    paths: AppPaths
    url: str
    store: Store
    services: Services
    settings: SettingsStore
    team: TeamDatabaseService

    def close(self) -> None:
        """Release the database."""
        self.store.close()


def open_app(
    db: str | None = None,
    clock: Clock | None = None,
    *,
    backup_at_start: bool = False,
    early: EarlyCheck | None = None,
) -> App:
    """Open MentorDesk on `db` (or the configured default database).

    A SQLite file is checked first (a damaged one is set aside untouched and reported);
    a backup is taken before any migration, and at start when asked. (The GUI takes its
    start-up copy in the background once the window is up.)
    """
    paths = app_paths()
    ensure_private_dir(paths.data_dir)
    url = database_url(db, paths)
    clock = clock or SystemClock()
    backups = BackupFolder(paths.backup_dir)
    now = clock.now().astimezone().replace(tzinfo=None)
    check_at_start(url, backups, now, early)
    database = sqlite_path(url)

    def back_up() -> None:
        if database is not None and database.exists() and database.stat().st_size:
            backups.take(database, now)

    if backup_at_start:
        back_up()
    team = _team_database(paths, db)
    settings = team.settings
    store = open_store(
        url,
        before_migration=None if backup_at_start else back_up,
        local_file=local_file_path(url, paths.data_dir),
        password=None if database else team.password_for(url),
    )
    services = Services.over(store, clock, paths.backup_dir)
    return App(paths, url, store, services, settings, team)


def _team_database(paths: AppPaths, db: str | None) -> TeamDatabaseService:
    """The team database settings; --db or MENTORDESK_DB, if given, win over them."""
    override = db or os.environ.get("MENTORDESK_DB")
    return TeamDatabaseService(SettingsStore(paths.settings_file), override=override)


def configure_logging(paths: AppPaths) -> None:
    """Log to a rotating file in the log folder (never to stdout, which may not exist)."""
    ensure_private_dir(paths.log_dir)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "mentordesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(
    db: str | None, *, exit_when_ready: bool = False, early: EarlyCheck | None = None
) -> int:
    """Open the main window on `db`; returns the exit status when it closes."""
    from mentordesk.ui.application import run

    paths = app_paths()
    configure_logging(paths)
    crash_log = (paths.log_dir / "crash.log").open("a", encoding="utf-8")
    faulthandler.enable(crash_log)  # a hard crash still leaves a trace
    url = database_url(db, paths)
    database = sqlite_path(url)
    lock = Path(f"{database}.lock") if database else paths.data_dir / "server-database.lock"

    def recover(error: DamagedDatabaseError) -> None:
        if error.latest is not None and database is not None:
            restore(error.latest, database)

    team = _team_database(paths, db)
    try:
        return run(
            lambda: open_app(db, early=early),
            recover,
            lock,
            exit_when_ready=exit_when_ready,
            chosen_server=team if database is None and not team.override else None,
        )
    finally:
        gc.enable()  # also when the start failed before the window settled it
        faulthandler.disable()
        crash_log.close()
