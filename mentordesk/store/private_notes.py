"""Private notes: in the database when it is this computer's own file, in a file on this
computer when the database is a shared server.

On a server anyone who can read the database could read every table, so in team mode a
private note never goes there. It is kept in a small SQLite file in this install's data
folder, keyed by the session's and the author's external ids (which stay the same across
servers, exports and imports), and committed right after the server's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    and_,
    delete,
    insert,
    select,
)

from mentordesk.domain.sessions import PrivateNote
from mentordesk.store import tables
from mentordesk.store.engine import writer
from mentordesk.store.handles import Handle
from mentordesk.store.in_lists import among, chunks
from mentordesk.store.local_file import LocalFile, notes_table

NOTES = tables.private_notes


class PrivateNoteRepository(Protocol):
    """Private notes within one unit of work, wherever they are kept."""

    def of_sessions(self, sessions: Mapping[int, str]) -> dict[int, list[PrivateNote]]:
        """The notes of the sessions given as {session id: external id}."""
        ...

    def put(self, session_id: int, author_id: int, body: str) -> None:
        """Write (or with empty text remove) the author's note for a session."""
        ...

    def add_many(self, notes: Sequence[tuple[int, int, str]]) -> None:
        """Store new notes given as (session id, author id, text)."""
        ...

    def erase_all(self) -> None:
        """Remove the notes of every session in the database."""
        ...

    def commit(self) -> None:
        """Keep what was written (after the database's own commit)."""
        ...

    def close(self) -> None:
        """Drop what was not committed and let go of connections."""
        ...


class SharedPrivateNotes:
    """Private notes in the database itself (the embedded SQLite file)."""

    def __init__(self, session: Handle) -> None:
        self._session = session

    def of_sessions(self, sessions: Mapping[int, str]) -> dict[int, list[PrivateNote]]:
        found: dict[int, list[PrivateNote]] = {}
        notes = NOTES.c
        for ids in chunks(sessions):
            for session_id, author_id, text in self._session.execute(
                select(notes.session_id, notes.author_id, notes.text)
                .where(among(self._session, notes.session_id, ids))
                .order_by(notes.id)
            ):
                found.setdefault(session_id, []).append(PrivateNote(author_id, text))
        return found

    def put(self, session_id: int, author_id: int, body: str) -> None:
        self._session.execute(
            delete(NOTES).where(NOTES.c.session_id == session_id, NOTES.c.author_id == author_id)
        )
        if body:
            self.add_many([(session_id, author_id, body)])

    def add_many(self, notes: Sequence[tuple[int, int, str]]) -> None:
        if notes:
            self._session.execute(
                insert(NOTES),
                [{"session_id": s, "author_id": a, "text": t} for s, a, t in notes],
            )

    def erase_all(self) -> None:
        self._session.execute(delete(NOTES))

    def commit(self) -> None:
        """Nothing of its own: the database's commit keeps these notes."""

    def close(self) -> None:
        """Nothing of its own to let go."""


class LocalPrivateNotes:
    """Private notes in this computer's own file, next to a shared server database."""

    def __init__(self, session: Handle, file: LocalFile, *, writing: bool) -> None:
        self._session = session
        self._file = file
        self._writing = writing
        self._connection: Connection | None = None

    def of_sessions(self, sessions: Mapping[int, str]) -> dict[int, list[PrivateNote]]:
        ids_of = {uid: sid for sid, uid in sessions.items()}
        rows = [
            row
            for uids in chunks(ids_of)
            for row in self._local().execute(
                select(notes_table.c.session_uid, notes_table.c.author_uid, notes_table.c.text)
                .where(among(self._local(), notes_table.c.session_uid, uids))
                .order_by(notes_table.c.session_uid, notes_table.c.author_uid)
            )
        ]
        people = self._people_ids({row.author_uid for row in rows})
        found: dict[int, list[PrivateNote]] = {}
        for row in rows:
            if row.author_uid in people:  # an author no longer here has nobody to show it to
                found.setdefault(ids_of[row.session_uid], []).append(
                    PrivateNote(people[row.author_uid], row.text)
                )
        return found

    def put(self, session_id: int, author_id: int, body: str) -> None:
        session_uid, author_uid = self._uids([session_id], [author_id])
        key = and_(
            notes_table.c.session_uid == session_uid[session_id],
            notes_table.c.author_uid == author_uid[author_id],
        )
        self._local().execute(delete(notes_table).where(key))
        if body:
            self.add_many([(session_id, author_id, body)])

    def add_many(self, notes: Sequence[tuple[int, int, str]]) -> None:
        if not notes:
            return
        sessions, people = self._uids([n[0] for n in notes], [n[1] for n in notes])
        self._local().execute(
            insert(notes_table).prefix_with("OR REPLACE"),
            [
                {"session_uid": sessions[s], "author_uid": people[a], "text": text}
                for s, a, text in notes
            ],
        )

    def erase_all(self) -> None:
        uids = self._session.scalars(select(tables.sessions.c.external_id)).all()
        for batch in chunks(uids):
            self._local().execute(
                delete(notes_table).where(among(self._local(), notes_table.c.session_uid, batch))
            )

    def commit(self) -> None:
        if self._connection is not None:
            self._connection.commit()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()  # rolls back whatever was not committed
            self._connection = None

    def _local(self) -> Connection:
        if self._connection is None:
            engine = writer(self._file.engine) if self._writing else self._file.engine
            self._connection = engine.connect()
        return self._connection

    def _uids(
        self, session_ids: Iterable[int], author_ids: Iterable[int]
    ) -> tuple[dict[int, str], dict[int, str]]:
        """The external ids of sessions and people, by their ids."""
        return (
            self._lookup(tables.sessions.c.id, tables.sessions.c.external_id, session_ids),
            self._lookup(tables.people.c.id, tables.people.c.external_id, author_ids),
        )

    def _people_ids(self, uids: Iterable[str]) -> dict[str, int]:
        return self._lookup(tables.people.c.external_id, tables.people.c.id, uids)

    def _lookup(self, key: Any, value: Any, keys: Iterable[Any]) -> dict[Any, Any]:
        """{key: value} from the database for each of `keys` found, in batches."""
        found: dict[Any, Any] = {}
        for batch in chunks(keys):
            found.update(
                (k, v)
                for k, v in self._session.execute(
                    select(key, value).where(among(self._session, key, batch))
                )
            )
        return found
