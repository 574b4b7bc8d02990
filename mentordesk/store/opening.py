"""Opening a database: engine, schema check and migrations, with known failures named."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, exc

from mentordesk.domain.date_words import when_text
from mentordesk.errors import DamagedDatabaseError, DatabaseError
from mentordesk.paths import DB_FILE_NAME
from mentordesk.store.engine import create_store_engine, display_url, driver_reason, sqlite_path
from mentordesk.store.faults import DAMAGE, classify
from mentordesk.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    current_revision,
    migration_due,
    upgrade_if_due,
)
from mentordesk.store.safety import (
    BackupFolder,
    EarlyCheck,
    foreign_journal,
    has_sqlite_header,
    quick_check,
    schema_of,
    set_aside,
    unusable,
)
from mentordesk.store.unit_of_work import Store


def check_at_start(
    url: str,
    backups: BackupFolder,
    now: datetime,
    early: EarlyCheck | None = None,
    *,
    thorough: bool = True,
) -> None:
    """Check an existing SQLite file before it is opened (or take the `early` check's
    result). Only proven damage sets the file aside (moved, never changed), and only a
    file by MentorDesk's own name: a damaged file chosen with --db is reported and left.
    A folder, a device, an unreadable file or another program's database is refused and
    left alone; a full or read-only disk is said as such (DatabaseFault), never taken for
    damage. Not `thorough`: only what costs nothing whatever the file's size (what it
    is, its header, its journal, its schema); the full check is then the caller's, off
    the start's path (store/safety.WriteGate)."""
    path = sqlite_path(url)
    if path is None:
        return
    if (reason := unusable(path)) is not None:
        raise DatabaseError(f"{reason}; MentorDesk left it untouched.")
    if not path.exists():
        return
    if path.stat().st_size == 0 and not Path(f"{path}-wal").exists():
        if path.name != DB_FILE_NAME:
            return  # an empty file chosen with --db: it becomes a new database
        problem: str | None = "the file is empty (0 bytes)"
    else:
        problem = _damage(path, early, thorough)
    if problem is None:
        return
    if path.name != DB_FILE_NAME:  # chosen with --db: maybe another program's file
        what = "is damaged" if has_sqlite_header(path) else "is not a MentorDesk database"
        raise DatabaseError(
            f"{path} {what} ({problem}); MentorDesk left it untouched. Restore a backup to "
            "it with 'mentordesk restore', or choose another file."
        )
    aside = set_aside(path, now)
    latest = backups.latest_good()
    offer = (
        f"The latest good backup is from {when_text(latest.taken_at, weekday=False)}: restore it "
        f"with 'mentordesk restore {latest.path}' or from the window."
        if latest
        else "There is no backup to restore; MentorDesk starts with an empty database."
    )
    raise DamagedDatabaseError(
        f"The database was damaged ({problem}). It has been set aside, unchanged, as "
        f"{aside}. {offer}",
        aside,
        latest.path if latest else None,
        latest.taken_at if latest else None,
    )


def _damage(path: Path, early: EarlyCheck | None, thorough: bool) -> str | None:
    """What is wrong with a non-empty database file, or None when it is sound (as far as
    the check looked); another program's database is refused outright."""
    if not thorough:
        problem = None if has_sqlite_header(path) else "the file is not a SQLite database"
    else:
        problem = early.result_for(path) if early is not None else quick_check(path)
    if problem is None and foreign_journal(path):
        problem = "the journal beside it (-wal) belongs to another database"
    if problem is not None:
        return problem
    try:
        schema = schema_of(path)
    except sqlite3.DatabaseError as error:  # the cheap check's one look inside
        if classify(error) not in DAMAGE:
            raise
        return str(error)
    if schema is None:
        raise DatabaseError(
            f"{path} is a database of another program, not MentorDesk's; MentorDesk left "
            "it untouched. Choose another file with --db."
        )
    return None


def open_store(
    url: str,
    before_migration: Callable[[], object] | None = None,
    *,
    local_file: Path | None = None,
    password: str | None = None,
    before_write: Callable[[], None] | None = None,
) -> Store:
    """The store at `url`, its schema brought up to date (only when that is due);
    `before_migration` runs first when a migration is due (a backup, say). Private notes
    go to the `local_file` file when one is given (see store/private_notes.py). Every
    write, a migration's included, first runs `before_write` (see Store)."""
    engine = create_store_engine(url, password)
    try:
        if (before_write or before_migration) and migration_due(engine):
            if before_write is not None:
                before_write()
            if before_migration is not None:
                before_migration()
        upgrade_if_due(engine)
    except exc.DatabaseError as error:
        engine.dispose()
        where = sqlite_path(url) or display_url(url)
        raise DatabaseError(f"cannot open the database {where}: {driver_reason(error)}") from error
    except BaseException:
        engine.dispose()
        raise
    try:
        return Store(engine, local_file, before_write)
    except exc.DatabaseError as error:
        engine.dispose()
        raise DatabaseError(
            f"cannot open this computer's own file {local_file}: {error.orig}"
        ) from error
    except BaseException:
        engine.dispose()
        raise


@dataclass(frozen=True)
class Probe:
    """What a connection test found on a server."""

    server: str  # 'PostgreSQL 15.8'
    schema: str  # 'empty', 'current', 'older' or 'newer' than this MentorDesk
    encryption: str = ""  # the TLS version of the link ('TLSv1.3'), '' when unencrypted


def probe_database(url: str, password: str | None = None) -> Probe:
    """Connect to `url` once and say what is there; changes nothing.

    An unreachable server, a refused login or a missing database raise DatabaseError
    naming the server (never its password) and the driver's reason.
    """
    engine = create_store_engine(url, password)
    try:
        with engine.connect() as connection:
            version = ".".join(str(n) for n in connection.dialect.server_version_info or ())
            encryption = _encryption(connection)
        revision = current_revision(engine)
    except exc.DBAPIError as error:
        where = display_url(url)
        raise DatabaseError(f"cannot connect to {where}: {driver_reason(error)}") from error
    finally:
        engine.dispose()
    if revision is None:
        schema = "empty"
    elif revision == HEAD_REVISION:
        schema = "current"
    else:
        schema = "older" if revision in KNOWN_REVISIONS else "newer"
    name = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(engine.dialect.name, "")
    return Probe(f"{name or engine.dialect.name} {version}".strip(), schema, encryption)


def _encryption(connection: Connection) -> str:
    """The TLS version a server connection is encrypted with, or ''."""
    if connection.dialect.name != "postgresql":
        return ""
    query = "SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl"
    return str(connection.exec_driver_sql(query).scalar() or "")
