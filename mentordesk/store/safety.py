"""Backups, integrity checks and restores of the embedded SQLite database.

Copies are taken with SQLite's online backup API (consistent even while the app writes,
WAL included), verified (the copy opens and `quick_check` passes) before they join the
rotation, and thinned to: the last 10, one a day for 7 days, one a week for 4 weeks.
A damaged database is moved aside byte for byte, never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mentordesk.errors import DatabaseError
from mentordesk.store.faults import (
    DAMAGE,
    MESSAGES,
    DatabaseFault,
    Fault,
    classify,
    fault_error,
)

BACKUP_PREFIX = "mentordesk-"
BACKUP_SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
PARTIAL = ".partial"  # a copy being written; renamed once it verifies
STALE_PARTIAL = timedelta(hours=1)  # older than this: left by a copy that was cut off
KEEP_LAST, KEEP_DAYS, KEEP_WEEKS = 10, 7, 4
# ... and all of them together at most this many times the newest copy's size (never
# fewer than the newest), and never less than KEEP_BYTES_AT_LEAST in all.
KEEP_SIZES, KEEP_BYTES_AT_LEAST = 5, 100 * 1024 * 1024
CHANGED = ".changed"  # in the backup folder: the data changed since the last copy


@dataclass(frozen=True)
class Backup:
    """A verified copy in the backup folder, and when it was taken."""

    path: Path
    taken_at: datetime


def _private(path: Path) -> None:
    if os.name == "posix" and path.exists():
        path.chmod(0o600)


def quick_check(path: Path) -> str | None:
    """None if `path` is a sound SQLite database, else what is wrong with it."""
    return _check(path, "PRAGMA quick_check")


class EarlyCheck:
    """A quick_check started in a thread at launch, so that it overlaps loading the code
    (SQLite lets go of the GIL while it reads): a large database costs no start-up time
    and is still checked before it is opened.

    With `start=False` nothing runs until the result is asked for, and then in the thread
    that asks (WriteGate asks, under its lock): a check behind the window (see
    `full_check_due`) then reads the file once the window is up, in the window's
    integrity watch, not while the start reads its code and libraries from a cold disk."""

    def __init__(self, path: Path, *, start: bool = True) -> None:
        self.path = path
        self._found: list[str | DatabaseError | None] = []
        self._thread: threading.Thread | None = None
        if start:
            self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            self._found.append(quick_check(self.path))
        except DatabaseError as error:  # no damage, but the file cannot be checked
            self._found.append(error)

    def result_for(self, path: Path) -> str | None:
        """The check of `path`: this one's result the first time, a fresh check after
        (a restore may have replaced the file since)."""
        if self._thread is None:  # never started: checked here, now
            return quick_check(path)
        self._thread.join()
        if path != self.path or not self._found:
            return quick_check(path)
        found = self._found.pop()
        if isinstance(found, DatabaseError):
            raise found
        return found


CHECK_EVERY = timedelta(days=1)  # a full check on the start's path at most this often


class CheckStamp:
    """When the database last passed a full check, in a small file beside the settings:
    a start checks in full, before opening, only when none passed in the last day (or
    the last run did not close); otherwise the check runs behind the open window."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def due(self, now: datetime) -> bool:
        """Whether the start must check in full before it opens the database."""
        try:
            last = datetime.fromisoformat(self.path.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return True
        return not (now - CHECK_EVERY < last <= now)

    def record(self, now: datetime) -> None:
        """A full check passed at `now` (not kept when the folder cannot be written:
        the next start then checks in full again)."""
        try:
            self.path.write_text(now.isoformat(timespec="seconds"), encoding="utf-8")
            _private(self.path)
        except OSError:
            pass


def full_check_due(stamp: CheckStamp, running_marker: Path, now: datetime) -> bool:
    """Whether a start checks the whole file before it opens it: no full check passed in
    the last day, or the last run did not close (its `running_marker` is still there).
    Otherwise the check runs behind the open window."""
    return stamp.due(now) or running_marker.exists()


class WriteGate:
    """Nothing is written to the database before the start's check has said it is
    sound: the first write waits for it (it has usually finished by then); a damaged
    database refuses every write, saying so, and stays as it was, until the file is
    replaced (a restore), which is then checked afresh."""

    def __init__(self, check: EarlyCheck, on_sound: Callable[[], object] = lambda: None) -> None:
        self._check = check
        self.path = check.path
        self._on_sound = on_sound
        self._lock = threading.Lock()
        self._problem: str | None = None
        self._done = False
        self._seen: tuple[int, int, int] | None = None  # the file the finding is about

    def __call__(self) -> None:
        with self._lock:
            if self._done and self._problem is not None and self._seen != _identity(self.path):
                self._done = False  # replaced since (a restore): checked afresh
            if not self._done:
                self._seen = _identity(self.path)
                self._problem = self._check.result_for(self.path)
                self._done = True
                if self._problem is None:
                    self._on_sound()
        if self._problem is not None:
            raise DatabaseError(
                f"The database is damaged ({self._problem}); nothing was written to it. "
                "Restore the latest backup (File ▸ Restore from Backup…), or run "
                "'mentordesk check' for details."
            )

    def problem(self) -> str | None:
        """The check's finding (waiting for it): None when the database is sound."""
        with contextlib.suppress(DatabaseError):
            self()
        return self._problem


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Which file is at `path` and whether it changed: inode, size, modification time."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_ino, found.st_size, found.st_mtime_ns


SQLITE_HEADER = b"SQLite format 3\x00"


def unusable(path: Path) -> str | None:
    """Why `path` cannot be a database file at all (a folder, a device, unreadable), or
    None when it is a regular file or does not exist yet."""
    try:
        if not path.exists():
            return None
    except PermissionError:
        return f"MentorDesk has no permission to look into {path.parent}"
    if path.is_dir():
        return f"{path} is a folder, not a database file"
    if not path.is_file():
        return f"{path} is not a regular file (a device or a pipe?)"
    if not os.access(path, os.R_OK):
        return f"MentorDesk has no permission to read {path}"
    return None


def has_sqlite_header(path: Path) -> bool:
    """True when the file starts as every SQLite database does."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _check(path: Path, pragma: str) -> str | None:
    """None when `pragma` finds the database sound, else what it found wrong (damage).

    A failure that is no damage (a full or read-only disk, a missing permission, a file
    that cannot be opened) raises DatabaseFault instead: it says nothing about the file.
    """
    if not path.is_file():
        return "the file does not exist"
    connection = None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        rows = [r[0] for r in connection.execute(pragma)]
    except sqlite3.Error as error:
        fault = classify(error)
        if fault in DAMAGE:
            return str(error)
        fault = disk_fault(path.parent) if fault in (None, Fault.CANNOT_OPEN, Fault.IO) else fault
        fault = fault or Fault.CANNOT_OPEN
        raise DatabaseFault(fault, f"cannot open {path}: {MESSAGES[fault]}") from error
    finally:
        if connection is not None:
            connection.close()
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:5])


FULL_BELOW = 256 * 1024  # bytes free under which a failed open is the disk's fault


def disk_fault(folder: Path) -> Fault | None:
    """READ_ONLY or DISK_FULL when the disk holding `folder` is so; None otherwise. A WAL
    database cannot even be read without room for its shared-memory file, and SQLite
    then says only "disk I/O error" or "unable to open"."""
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return None
    if stats.f_flag & os.ST_RDONLY:
        return Fault.READ_ONLY
    if stats.f_bavail * stats.f_frsize < FULL_BELOW:
        return Fault.DISK_FULL
    return None


def foreign_journal(path: Path) -> bool:
    """True when the journal (-wal) beside `path` belongs to another database: the
    identity row as the journal has it differs from the one in the file itself.

    SQLite applies any journal with the right page size, so a -wal copied in from
    another MentorDesk database would silently show that database's rows. Every write of
    MentorDesk's touches the identity row, so a journal with writes in it carries it."""
    wal = Path(f"{path}-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return False

    def uid(uri: str) -> object:
        connection = sqlite3.connect(uri, uri=True)
        try:
            row = connection.execute("SELECT uid FROM database_identity").fetchone()
            return row[0] if row else None
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):  # an older schema, before the identity row
                return None
            found = fault_error(error, str(path))
            if found is None:
                raise
            raise found from error
        finally:
            connection.close()

    in_file = uid(f"file:{path}?mode=ro&immutable=1")  # the file alone, no journal
    return in_file is not None and uid(f"file:{path}?mode=ro") != in_file


def schema_of(path: Path) -> str | None:
    """The MentorDesk schema revision a sound SQLite file is stamped with; '' for an
    empty database (no tables); None for a database of another program."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if not tables:
            return ""
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        connection.close()


def full_check(path: Path) -> list[str]:
    """Everything wrong with the database: integrity, then broken references."""
    problems = []
    if (found := _check(path, "PRAGMA integrity_check")) is not None:
        problems.append(f"integrity: {found}")
    connection = None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        problems.append(str(error))
    else:
        problems += [
            f"a row in {table} (rowid {rowid}) refers to a missing {parent}"
            for table, rowid, parent, _ in broken[:20]
        ]
    finally:
        if connection is not None:
            connection.close()
    return problems


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` at `target` (which must not exist yet), private."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        # Private from the first byte (SQLite gives its journal the same mode).
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        src, dst = sqlite3.connect(source), sqlite3.connect(partial)
        try:
            src.backup(dst)
        except sqlite3.Error as error:  # a full disk, say: told, not a crash
            found = fault_error(error, str(target))
            if found is None:
                raise
            raise found from error
        finally:
            src.close()
            dst.close()
        if (problem := quick_check(partial)) is not None:
            raise DatabaseError(f"the copy of {source.name} did not verify: {problem}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(partial) + suffix).unlink(missing_ok=True)


class BackupFolder:
    """The rotation of verified copies beside the database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.marker = folder / CHANGED

    def mark_changed(self) -> None:
        """The data is about to change (every write says so: a touch, no more)."""
        with contextlib.suppress(FileNotFoundError):  # no folder: no copy yet, one is due
            self.marker.touch(mode=0o600)

    def changed_since_last(self) -> bool:
        """Whether a copy is due: the data changed since the last one, or there is none."""
        return self.marker.exists() or not self.backups()

    def backups(self) -> list[Backup]:
        """Every backup, newest first."""
        found = []
        for path in self.folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"):
            stamp = path.name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)]
            try:
                found.append(Backup(path, datetime.strptime(stamp[:15], STAMP)))
            except ValueError:
                continue
        return sorted(found, key=lambda b: b.taken_at, reverse=True)

    def take(self, database: Path, now: datetime) -> Backup:
        """Copy `database` into the rotation (verified), then thin the rotation."""
        if not database.exists():
            raise DatabaseError(f"there is no database at {database} to back up")
        name = f"{BACKUP_PREFIX}{now:{STAMP}}{BACKUP_SUFFIX}"
        target = self.folder / name
        n = 1
        while target.exists():
            n += 1
            target = self.folder / f"{BACKUP_PREFIX}{now:{STAMP}}-{n}{BACKUP_SUFFIX}"
        self.sweep(now)
        started = time.time()
        copy_database(database, target)
        with contextlib.suppress(OSError):  # a write during the copy keeps the mark
            if self.marker.stat().st_mtime < started:
                self.marker.unlink()
        self.thin(now)
        return Backup(target, now.replace(microsecond=0))

    def sweep(self, now: datetime) -> list[Path]:
        """Remove what copies cut off by a crash or a kill left behind (a partial file
        and its journal); returns what was removed. A copy still being written by
        another process is younger than STALE_PARTIAL and stays."""
        removed = []
        for path in self.folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}{PARTIAL}*"):
            try:
                written = datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
            if now - written > STALE_PARTIAL:
                path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def thin(self, now: datetime) -> list[Path]:
        """Remove copies no tier keeps; returns what was removed.

        Tiers are calendar days and ISO weeks (stable buckets: the newest copy of a day
        stays the newest once that day is over).
        """
        backups = self.backups()  # newest first
        keep = {b.path for b in backups[:KEEP_LAST]}
        recent_days = {now.date() - timedelta(days=i) for i in range(KEEP_DAYS)}
        recent_weeks = {(now - timedelta(weeks=i)).isocalendar()[:2] for i in range(KEEP_WEEKS)}
        seen_days: set[object] = set()
        seen_weeks: set[object] = set()
        for backup in backups:
            day, week = backup.taken_at.date(), backup.taken_at.isocalendar()[:2]
            if day in recent_days and day not in seen_days:
                seen_days.add(day)
                keep.add(backup.path)
            if week in recent_weeks and week not in seen_weeks:
                seen_weeks.add(week)
                keep.add(backup.path)
        kept = _within_size([b.path for b in backups if b.path in keep])
        removed = [b.path for b in backups if b.path not in kept]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def latest_good(self) -> Backup | None:
        """The newest backup that still verifies and that MentorDesk can restore."""
        return next((b for b in self.backups() if _verifies(b.path)), None)


def _within_size(newest_first: list[Path]) -> set[Path]:
    """The copies kept once their sizes are added up: the newest always; older ones while
    all of them stay within KEEP_SIZES times the newest's size (or KEEP_BYTES_AT_LEAST)."""
    sizes = []
    for path in newest_first:
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)
    if not sizes:
        return set()
    budget = max(KEEP_SIZES * sizes[0], KEEP_BYTES_AT_LEAST)
    kept: set[Path] = set()
    total = 0
    for path, size in zip(newest_first, sizes, strict=True):
        if kept and total + size > budget:
            break
        kept.add(path)
        total += size
    return kept


def _verifies(path: Path) -> bool:
    """A backup worth offering: a MentorDesk database of a known schema, sound."""
    try:
        usable_backup(path)
    except DatabaseError:  # damaged, foreign, newer, or not even readable
        return False
    return True


def set_aside(database: Path, now: datetime) -> Path:
    """Move a damaged database (and its WAL) aside, untouched; returns where it went."""
    aside = database.with_name(f"{database.name}.damaged-{now:{STAMP}}")
    os.replace(database, aside)
    for suffix in ("-wal", "-shm"):
        companion = Path(str(database) + suffix)
        if companion.exists():
            os.replace(companion, Path(str(aside) + suffix))
    return aside


def usable_backup(backup: Path, known: tuple[str, ...] | None = None) -> str:
    """The schema revision of `backup` when it is a MentorDesk database of a revision in
    `known` that passes the integrity check; else DatabaseError saying what it is."""
    if (reason := unusable(backup)) is not None:
        raise DatabaseError(reason)
    if not backup.is_file():
        raise DatabaseError(f"there is no file {backup}")
    if backup.stat().st_size == 0:
        raise DatabaseError(f"{backup} is empty (0 bytes): it is no MentorDesk backup")
    if not has_sqlite_header(backup):
        raise DatabaseError(f"{backup} is not a MentorDesk backup: it is no database at all")
    if (problem := _check(backup, "PRAGMA integrity_check")) is not None:
        raise DatabaseError(f"{backup} is damaged and cannot be restored: {problem}")
    if known is None:
        from mentordesk.store.migrate import KNOWN_REVISIONS  # SQLAlchemy: not at start

        known = KNOWN_REVISIONS
    revision = schema_of(backup)
    if revision is None or revision == "":
        raise DatabaseError(
            f"{backup} is a database, but not one of MentorDesk's: nothing was restored"
        )
    if revision not in known:
        raise DatabaseError(
            f"{backup} was written by a newer MentorDesk (schema {revision}): update "
            "MentorDesk to restore it; nothing was restored"
        )
    return revision


def copy_files(database: Path, target: Path) -> list[Path]:
    """Copy the database file and its -wal (and -shm) byte for byte, as they are: the one
    safe copy of a file that may itself be faulty. Returns the copies made."""
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    made = []
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(database) + suffix)
        if not source.exists():
            continue
        copy = Path(str(target) + suffix)
        fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out, source.open("rb") as inp:
            shutil.copyfileobj(inp, out)
            out.flush()
            os.fsync(out.fileno())
        made.append(copy)
    return made


def restore(backup: Path, database: Path, known: tuple[str, ...] | None = None) -> None:
    """Put a verified MentorDesk backup (see `usable_backup`) in place of `database`."""
    usable_backup(backup, known)
    _put_in_place(backup, database)


def usable_local_copy(backup: Path, tables: frozenset[str]) -> None:
    """Refuse, with DatabaseError saying why, what is not a sound copy of this computer's
    own file (a SQLite file holding `tables`) beside a server."""
    if (reason := unusable(backup)) is not None:
        raise DatabaseError(reason)
    if not backup.is_file() or backup.stat().st_size == 0 or not has_sqlite_header(backup):
        raise DatabaseError(f"{backup} is no copy of this computer's own file")
    if (problem := _check(backup, "PRAGMA integrity_check")) is not None:
        raise DatabaseError(f"{backup} is damaged and cannot be restored: {problem}")
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        found = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    if not tables <= found:
        raise DatabaseError(
            f"{backup} is a database, but no copy of this computer's own file: nothing was restored"
        )


def restore_local_copy(backup: Path, path: Path, tables: frozenset[str]) -> None:
    """Put a verified copy of this computer's own file (see `usable_local_copy`) in
    place of `path`."""
    usable_local_copy(backup, tables)
    _put_in_place(backup, path)


def _put_in_place(backup: Path, database: Path) -> None:
    """Copy a checked `backup` over `database`, whole or not at all."""
    staged = database.with_name(database.name + ".restoring")
    staged.unlink(missing_ok=True)
    copy_database(backup, staged)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    os.replace(staged, database)
    _private(database)
