"""What a repository works through: a Core `Connection` in a unit of work that only
reads, the ORM `Session` in one that writes.

Reads are Core statements, which both run alike; so a read-only command, and the first
window, never import the ORM (about a tenth of a second of every start). Writes change
mapped rows (`store/models.py`) and ask for the session with `for_writing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Handle: TypeAlias = "Session | Connection"


def for_writing(handle: Handle) -> Session:
    """`handle` as the ORM session a write needs; a write in a unit of work that only
    reads is a bug, said as one."""
    if isinstance(handle, Connection):
        raise TypeError("a write was attempted in a unit of work that only reads")
    return handle


def dialect_name(handle: Handle) -> str:
    """The name of the database's dialect ('sqlite', 'postgresql')."""
    if isinstance(handle, Connection):
        return handle.dialect.name
    return handle.get_bind().dialect.name


def connection_of(handle: Handle) -> Connection:
    """The Core connection under `handle`, in its transaction."""
    return handle if isinstance(handle, Connection) else handle.connection()


class Repository:
    """A repository over one unit of work's handle: reads on `_session` (either kind),
    writes of mapped rows on `_writes`."""

    def __init__(self, session: Handle) -> None:
        self._session = session

    @property
    def _writes(self) -> Session:
        """The ORM session, for a write."""
        return for_writing(self._session)
