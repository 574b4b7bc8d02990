"""Session edits kept on this computer while the team database could not be reached.

Each session has at most one kept edit per server: the newest text, made on the version
the first unsent edit started from (so sending it later still notices what others saved
meanwhile). Every call is its own short transaction on this computer's file: it must
work exactly when the server does not.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, func, insert, select

from mentordesk.store.engine import writer
from mentordesk.store.local_file import LocalFile, outbox_table

_t = outbox_table


@dataclass(frozen=True)
class KeptEdit:
    """One session's unsent edit."""

    session_id: int
    base_version: int | None
    status: str
    topics: tuple[str, ...]
    notes: str
    author_id: int | None = None  # whose private note goes with it, if any
    private_note: str = ""
    kept_at: str = ""  # ISO time; set by `keep`


class Outbox:
    """The kept edits for one server, in this computer's file."""

    def __init__(self, file: LocalFile, server: str) -> None:
        self._engine = writer(file.engine)
        self._server = server

    def keep(self, edit: KeptEdit, now: str) -> None:
        """Keep `edit` (replacing the session's earlier one, but not its base version)."""
        key = self._key(edit.session_id)
        with self._engine.begin() as connection:
            earlier = connection.execute(select(_t.c.base_version).where(key)).first()
            connection.execute(delete(_t).where(key))
            connection.execute(
                insert(_t).values(
                    server=self._server,
                    session_id=edit.session_id,
                    base_version=edit.base_version if earlier is None else earlier[0],
                    edit=json.dumps(
                        {
                            "status": edit.status,
                            "topics": list(edit.topics),
                            "notes": edit.notes,
                            "author_id": edit.author_id,
                            "private_note": edit.private_note,
                        }
                    ),
                    kept_at=now,
                )
            )

    def entries(self) -> list[KeptEdit]:
        """Every kept edit, oldest first."""
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(_t.c.session_id, _t.c.base_version, _t.c.edit, _t.c.kept_at)
                .where(_t.c.server == self._server)
                .order_by(_t.c.kept_at, _t.c.session_id)
            ).all()
        found = []
        for session_id, base, text, kept_at in rows:
            edit = json.loads(text)
            found.append(
                KeptEdit(
                    session_id,
                    base,
                    edit["status"],
                    tuple(edit["topics"]),
                    edit["notes"],
                    edit["author_id"],
                    edit["private_note"],
                    kept_at,
                )
            )
        return found

    def count(self) -> int:
        """How many sessions have an unsent edit."""
        with self._engine.connect() as connection:
            return int(
                connection.execute(
                    select(func.count()).select_from(_t).where(_t.c.server == self._server)
                ).scalar_one()
            )

    def remove(self, session_id: int, kept_at: str | None = None) -> None:
        """Forget a session's kept edit (only the one kept at `kept_at`, when given: a
        newer one kept meanwhile stays)."""
        key = self._key(session_id)
        if kept_at is not None:
            key = and_(key, _t.c.kept_at == kept_at)
        with self._engine.begin() as connection:
            connection.execute(delete(_t).where(key))

    def _key(self, session_id: int) -> ColumnElement[bool]:
        return and_(_t.c.server == self._server, _t.c.session_id == session_id)
