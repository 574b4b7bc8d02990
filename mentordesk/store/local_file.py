"""This computer's own file in team mode: what must not, or cannot yet, go to the server.

A small SQLite file in the data folder (readable by its owner only) holds the private
notes of this install's author (store/private_notes.py) and the session edits made while
the server could not be reached (store/outbox.py). Its two tables are created when it is
opened; nothing else lives in it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, Text

from mentordesk.store.engine import create_store_engine, sqlite_path, writer

LOCAL_FILE = "this-computer.sqlite3"

_local = MetaData()
notes_table = Table(
    "private_notes",
    _local,
    Column("session_uid", String(200), primary_key=True),
    Column("author_uid", String(200), primary_key=True),
    Column("text", Text, nullable=False),
)
outbox_table = Table(
    "unsent_edits",
    _local,
    Column("server", String(500), primary_key=True),  # the database's URL, no password
    Column("session_id", Integer, primary_key=True),
    Column("base_version", Integer),  # the version the edit was made on
    Column("edit", Text, nullable=False),  # JSON: status, topics, notes, private note
    Column("kept_at", String(40), nullable=False),
)


TABLES = frozenset(_local.tables)  # what a copy of the file must hold


def local_file_path(url: str, data_dir: Path) -> Path | None:
    """Where this install keeps its own file: nowhere apart for its own SQLite database,
    a file in the data folder for a shared server."""
    return None if sqlite_path(url) is not None else data_dir / LOCAL_FILE


class LocalFile:
    """The SQLite file on this computer beside a shared server database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_store_engine(f"sqlite:///{path}")
        _local.create_all(writer(self.engine))

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
