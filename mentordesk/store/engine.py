"""Engine set-up: the connection settings every MentorDesk database gets.

SQLite on Python 3.11: the sqlite3 driver's legacy transaction handling emits no BEGIN
before reads and DDL, so the driver's own handling is switched off and BEGIN is emitted
here; writers use BEGIN IMMEDIATE so a read-to-write upgrade never fails with
SQLITE_BUSY instead of waiting. Foreign keys, WAL and a busy timeout are set on every
connection.

Bind parameters per statement stay under a stock SQLite's 32,766 and PostgreSQL's 65,535
with SQLAlchemy's own "insertmanyvalues" limits, left as they are here: a bulk INSERT
sends at most 1,000 rows and 32,700 parameters at a time (999 before SQLite 3.32). IN
lists are split by store/in_lists.py.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError

from mentordesk.errors import DatabaseError

BUSY_TIMEOUT_MS = 5000
# SQLite's page cache per connection, in KiB (its default is 2,000: sized for small
# devices). The team's health at 10x the benchmark team touches some 22 MB of pages:
# with the default each read copied them all again from the system's cache, 5,600
# reads of 4 KiB at every showing. Pages are kept only as they are read, at most this
# much per pooled connection; a commit by another connection empties the cache at the
# next read (WAL), so what it saves is the re-reads with no write between them.
PAGE_CACHE_KIB = 32_768
WRITER_OPTION = "mentordesk_writer"
CONNECT_TIMEOUT_S = 5


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "")


def create_store_engine(url: str, password: str | None = None) -> Engine:
    """An engine for `url` with MentorDesk's connection settings applied; a server's
    `password` (from the keyring) goes to the driver only, never into the URL."""
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        if not path.parent.exists():
            path.parent.mkdir(parents=True, mode=0o700)
    if make_url(url).get_backend_name() == "postgresql":
        # A server can go away: test a pooled connection before use, give up connecting
        # after a few seconds, and name ourselves in the server's activity view.
        connect: dict[str, Any] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "MentorDesk",
        }
        if password:
            connect["password"] = password
        engine = create_engine(url, connect_args=connect)
        _ping_after_idle(engine)
        return engine
    # A file's pooled connection used last is used next (the pool hands them out in
    # turn otherwise): its page cache holds what was just read.
    engine = create_engine(url, **({"pool_use_lifo": True} if path is not None else {}))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


PING_AFTER_S = 10.0  # a pooled server connection idle this long is tested before use


def _ping_after_idle(engine: Engine) -> None:
    """Test a pooled server connection before use only when it has been idle a while: a
    server that went away is noticed on the next use, as with `pool_pre_ping`, without a
    round trip before every unit of work (three for each change of pair)."""

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _test_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < PING_AFTER_S:
            return
        try:  # one round trip: outside a transaction, so no BEGIN and no ROLLBACK
            dbapi_connection.autocommit = True
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_connection.autocommit = False
        except engine.dialect.loaded_dbapi.Error as error:
            raise DisconnectionError(str(error)) from error  # the pool connects anew


def server_url(host: str, port: int, database: str, user: str, ca_file: str = "") -> str:
    """The URL of a PostgreSQL database (never with a password), quoted as needed; with
    a `ca_file`, the connection must be encrypted and the server's certificate, for
    this very host name, signed by that CA (libpq's sslmode=verify-full)."""
    query = {"sslmode": "verify-full", "sslrootcert": ca_file} if ca_file else {}
    return URL.create(
        "postgresql+psycopg",
        username=user or None,
        host=host,
        port=port,
        database=database,
        query=query,
    ).render_as_string(hide_password=False)


def server_parts(url: str) -> tuple[str, int, str, str, str] | None:
    """(host, port, database, user, CA file) of a PostgreSQL URL, or None for another
    database; the CA file is '' unless the URL asks for a verified, encrypted link."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "postgresql":
        return None
    ca = parsed.query.get("sslrootcert", "")
    verified = parsed.query.get("sslmode") == "verify-full"
    return (
        parsed.host or "",
        parsed.port or 5432,
        parsed.database or "",
        parsed.username or "",
        str(ca) if verified and isinstance(ca, str) else "",
    )


def display_url(url: str) -> str:
    """`url` fit to show or log: a password in it appears as ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(not a database URL)"


def driver_reason(error: BaseException) -> str:
    """A database driver's message on one line: libpq's indented hint lines joined up."""
    orig = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    if not lines:
        return type(orig).__name__
    ended = [line if line[-1] in ".?!:" else f"{line}." for line in lines[:-1]]
    return " ".join([*ended, lines[-1]])


def writer(engine: Engine) -> Engine:
    """The same engine, marked so its transactions take the write lock at BEGIN."""
    return engine.execution_options(**{WRITER_OPTION: True})


def _configure_sqlite(engine: Engine) -> None:
    path = sqlite_path(str(engine.url))

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # BEGIN is ours to emit, see below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")  # a committed note survives power loss
        cursor.close()
        if path is not None:
            _make_private(path)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITER_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _make_private(path: Path) -> None:
    """Database files are readable by their owner only."""
    if os.name != "posix":
        return
    for suffix in ("", "-wal", "-shm"):
        file = path.with_name(path.name + suffix)
        if file.exists() and file.stat().st_mode & 0o077:
            file.chmod(0o600)
