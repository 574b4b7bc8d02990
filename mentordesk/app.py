"""The composition root: builds paths, settings, store and services, and hands them on.

Nothing here holds the application in a global; the CLI and the GUI each call `open_app`.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import io
import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TextIO

from mentordesk.errors import DamagedDatabaseError, UserFacingError
from mentordesk.files import (
    append_private,
    create_private,
    ensure_private_dir,
    make_private,
    plain_reason,
)
from mentordesk.paths import AppPaths, app_paths, database_url
from mentordesk.services import Services
from mentordesk.services.clock import Clock, SystemClock
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.store.engine import sqlite_path
from mentordesk.store.local_file import local_file_path
from mentordesk.store.opening import check_at_start, open_store
from mentordesk.store.safety import (
    BackupFolder,
    CheckStamp,
    EarlyCheck,
    WriteGate,
    full_check_due,
    restore,
)
from mentordesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
TERMINAL_FORMAT = "%(levelname)s %(name)s: %(message)s"


class Check(Enum):
    """How an embedded database is checked as it opens (see `open_app`)."""

    FULL = "full"
    BEHIND = "behind"
    CHEAP = "cheap"


@dataclass
class App:
    """One open MentorDesk: where it lives, its database and its use cases."""

    paths: AppPaths
    url: str
    store: Store
    services: Services
    settings: SettingsStore
    team: TeamDatabaseService
    # With the full check behind the opening: waits for it, and says what it found
    # (None: sound). The window asks it in the background once it is up.
    integrity: Callable[[], str | None] | None = None

    def close(self) -> None:
        """Release the database."""
        self.store.close()


def open_app(
    db: str | None = None,
    clock: Clock | None = None,
    *,
    early: EarlyCheck | None = None,
    check: Check = Check.FULL,
) -> App:
    """Open MentorDesk on `db` (or the configured default database).

    A SQLite file is checked first (a damaged one is set aside untouched and reported):
    in full before it opens (`Check.FULL`); or, `Check.BEHIND`, in full only when the
    last full check is a day old or the last run did not close, else behind the opening,
    every write waiting for it (`App.integrity` says what it found); or, `Check.CHEAP`
    for a command that only reads, only what costs nothing whatever the file's size.
    A backup is taken before any migration; the GUI takes its start-up copy in the
    background once the window is up, when the data changed since the last one. A data
    folder that cannot be made, kept private (0700) or written in raises
    FileAccessError naming it and why.
    """
    paths = app_paths()
    ensure_private_dir(paths.data_dir, "the data folder")
    url = database_url(db, paths)
    clock = clock or SystemClock()
    backups = BackupFolder(paths.backup_dir)
    now = clock.now().astimezone().replace(tzinfo=None)
    database = sqlite_path(url)
    stamp = CheckStamp(paths.check_stamp)
    if check is Check.BEHIND and full_check_due(stamp, paths.running_marker, now):
        check = Check.FULL
    gate: WriteGate | None = None
    if check is Check.BEHIND and database is not None and database.is_file():
        if early is None or early.path != database:  # runs when first asked, behind
            early = EarlyCheck(database, start=False)
        gate = WriteGate(early, lambda: stamp.record(now))
    check_at_start(url, backups, now, early, thorough=check is Check.FULL)
    if check is Check.FULL and database is not None and database.is_file():
        stamp.record(now)

    def back_up() -> None:
        if database is not None and database.exists() and database.stat().st_size:
            backups.take(database, now)

    team = _team_database(paths, db)
    settings = team.settings
    store = open_store(
        url,
        before_migration=back_up,
        local_file=local_file_path(url, paths.data_dir),
        password=None if database else team.password_for(url),
        before_write=gate,  # refuses a write to a damaged database
    )
    services = Services.over(store, clock, paths.backup_dir)
    return App(paths, url, store, services, settings, team, gate.problem if gate else None)


def _team_database(paths: AppPaths, db: str | None) -> TeamDatabaseService:
    """The team database settings; --db or MENTORDESK_DB, if given, win over them."""
    override = db or os.environ.get("MENTORDESK_DB")
    return TeamDatabaseService(SettingsStore(paths.settings_file), override=override)


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The rotating log, each of its files readable by its owner only whatever the umask."""

    def _open(self) -> io.TextIOWrapper:
        return append_private(Path(self.baseFilename), self.encoding or "utf-8")


class TerminalLog(logging.StreamHandler[TextIO]):
    """Warnings and errors to stderr, for when no log file can be kept."""


def configure_logging(paths: AppPaths) -> Path | None:
    """Log to a rotating file in the log folder (never to stdout, which may not exist);
    returns that file.

    When the log folder cannot be made or written (a read-only disk, another user's
    folder), warnings and errors go to stderr instead, with one line saying why, and None
    is returned: a start-up problem is still seen, and nothing points at a log that does
    not exist. Calling it again replaces what an earlier call set up.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, PrivateLogFile | TerminalLog)]:
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        ensure_private_dir(paths.log_dir, "the log folder")
        handler = PrivateLogFile(
            paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        problem = None
    except UserFacingError as error:
        problem = error.message
    except OSError as error:  # the folder is fine, the file is not (another user's, say)
        problem = f"cannot write {paths.log_file}: {plain_reason(error, paths.log_file)}"
    if problem is not None:
        handler = TerminalLog(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(LOG_FORMAT if problem is None else TERMINAL_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if problem is not None:
        log.warning("%s; warnings and errors go to the terminal instead of a log file", problem)
        return None
    return paths.log_file


def _open_crash_log(paths: AppPaths) -> io.TextIOWrapper | None:
    """crash.log in the log folder (private), or None when it cannot be opened."""
    try:
        return append_private(paths.crash_log)
    except OSError as error:
        log.warning("no crash log (%s); a hard crash is told on stderr", error)
        return None


def _prepare_gui_files(paths: AppPaths, lock: Path) -> None:
    """What the window needs before it starts: the lock's folder, and its view state
    file created private.

    The lock is taken before the database is opened, so on a first start its folder (the
    data folder, or a new folder named with --db) is made here; one that cannot be made
    raises FileAccessError. QSettings keeps the mode of the INI file it rewrites, so an
    empty private one made first keeps window positions private; without it they are
    just not kept (a warning in the log).
    """
    if lock.parent == paths.data_dir:
        ensure_private_dir(paths.data_dir, "the data folder")
    elif not lock.parent.exists():
        ensure_private_dir(lock.parent, "the database's folder")
    try:
        ensure_private_dir(paths.config_dir, "the settings folder")
        create_private(paths.ui_state_file)
    except UserFacingError as error:
        log.warning("window positions will not be kept: %s", error.message)


def window_opener(db: str | None, early: EarlyCheck | None, lock: Path) -> Callable[[], App]:
    """`open_app` as the window calls it: once it holds the database's `lock`, which
    QLockFile made with the umask's mode, so the lock is made private first."""

    def open_it() -> App:
        try:
            make_private(lock)
        except UserFacingError as error:
            log.warning("%s", error.message)
        return open_app(db, early=early, check=Check.BEHIND)

    return open_it


def run_gui(
    db: str | None,
    *,
    exit_when_ready: bool = False,
    early: EarlyCheck | None = None,
    in_tray: bool = False,
    language: str | None = None,
) -> int:
    """Open the main window on `db` (`in_tray`: only its tray icon, where there is a
    tray; `language`: instead of the one chosen in View ▸ Language); returns the exit
    status when it closes."""
    paths = app_paths()
    log_file = configure_logging(paths)
    crash_log = _open_crash_log(paths) if log_file is not None else None
    # A hard crash still leaves a trace: in crash.log, else on stderr if there is one.
    with contextlib.suppress(ValueError, OSError, AttributeError, RuntimeError):
        faulthandler.enable(crash_log or sys.stderr)
    try:
        return _start_window(
            paths,
            db,
            exit_when_ready,
            early,
            told_on_stderr=log_file is None,
            in_tray=in_tray,
            language=language,
        )
    finally:
        gc.enable()  # also when the start failed before the window settled it
        faulthandler.disable()
        if crash_log is not None:
            crash_log.close()


def _start_window(
    paths: AppPaths,
    db: str | None,
    exit_when_ready: bool,
    early: EarlyCheck | None,
    *,
    told_on_stderr: bool,
    in_tray: bool = False,
    language: str | None = None,
) -> int:
    """run_gui()'s work once logging is set up.

    A folder that cannot be used before the window can start (the lock goes there) is
    told on stderr, with exit status 2; once the window's machinery runs, problems are
    told in a window.
    """
    from mentordesk.ui.window.application import run

    try:
        url = database_url(db, paths)
        database = sqlite_path(url)
        lock = Path(f"{database}.lock") if database else paths.data_dir / "server-database.lock"
        _prepare_gui_files(paths, lock)
        team = _team_database(paths, db)
    except UserFacingError as error:
        log.error("MentorDesk could not start: %s", error.message)
        if not told_on_stderr:  # the log line above went to the terminal already
            print(f"mentordesk: {error.message}", file=sys.stderr)
        return 2

    def recover(error: DamagedDatabaseError) -> None:
        if error.latest is not None and database is not None:
            restore(error.latest, database)

    return run(
        window_opener(db, early, lock),
        recover,
        lock,
        exit_when_ready=exit_when_ready,
        in_tray=in_tray,
        chosen_server=team if database is None and not team.override else None,
        language=SettingsStore(paths.settings_file).load().language
        if language is None
        else language,
    )
