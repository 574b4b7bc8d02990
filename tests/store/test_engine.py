"""Engine set-up on a real SQLite file: PRAGMAs, BEGIN IMMEDIATE for writers, private files."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from mentordesk.errors import DatabaseError
from mentordesk.store.engine import create_store_engine
from mentordesk.store.opening import open_store
from mentordesk.store.unit_of_work import Store

pytestmark = pytest.mark.sqlite_only  # the embedded file itself


def test_every_connection_gets_the_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_writers_begin_immediate_and_readers_plain(store: Store) -> None:
    statements: list[str] = []

    @event.listens_for(store.engine, "before_cursor_execute")
    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    with store.writing() as uow:
        uow.people.count()
    with store.reading() as uow:
        uow.people.count()
    begins = [s for s in statements if s.startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE", "BEGIN"]


def test_reads_happen_inside_a_transaction(store: Store) -> None:
    """The driver's legacy handling would leave reads outside any transaction."""
    with store.engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM people"))
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        assert dbapi.in_transaction


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_database_files_are_private(tmp_path: Path) -> None:
    opened = open_store(f"sqlite:///{tmp_path / 'private.sqlite3'}")
    with opened.writing() as uow:
        uow.people.count()
        uow.commit()
    mode = stat.S_IMODE((tmp_path / "private.sqlite3").stat().st_mode)
    opened.close()
    assert mode == 0o600


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        create_store_engine(f"sqlite:///{tmp_path}")


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database, just text" * 100)
    with pytest.raises(DatabaseError, match="cannot open the database"):
        open_store(f"sqlite:///{junk}")
    assert junk.read_bytes() == b"this is not a database, just text" * 100


def test_a_writer_that_cannot_get_the_lock_is_told_why(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.domain.people import PersonDraft
    from mentordesk.store import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)  # wait briefly in the test
    opened = open_store(db_url)
    holder = sqlite3_connect(db_url)
    holder.execute("BEGIN IMMEDIATE")  # another MentorDesk is mid-save

    def add_ana() -> None:
        with opened.writing() as uow:
            uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
            uow.commit()

    try:
        with pytest.raises(DatabaseError, match="The database is busy"):
            add_ana()
    finally:
        holder.rollback()
        holder.close()
        opened.close()


def sqlite3_connect(db_url: str) -> Any:
    import sqlite3

    return sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
