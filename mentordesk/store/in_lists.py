"""IN lists of any length: a caller's collection asked about in chunks, so that no
statement binds more values than the database takes (issue 23).

PostgreSQL's protocol carries at most 65,535 bind parameters in one statement; a stock
SQLite build allows 32,766 (999 before SQLite 3.32). A read that names a caller's values
in `IN (...)` runs once per chunk of at most IN_LIST_SIZE of them and merges the answers:
one statement for any ordinary number of values, a few for a very large team. The other
values such a statement binds are a handful, far below the headroom left.

On PostgreSQL a chunk is bound as one array (`among`): bound a value at a time, a list
of a thousand pairs cost SQLAlchemy and psycopg milliseconds on every execution (the
expanded statement is rendered and parsed afresh: too long for psycopg's cache), and the
team's health runs a dozen such statements.

Bulk inserts need nothing here: SQLAlchemy's "insertmanyvalues" sends at most 1,000 rows
and 32,700 parameters per INSERT (999 on SQLite before 3.32), and an executemany without
RETURNING binds one row per execution.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import ARRAY, ColumnElement, any_, bindparam, select

from mentordesk.store.handles import Handle, dialect_name

T = TypeVar("T", bound=Hashable)

# Values in one IN list: under a third of a stock SQLite's limit and a sixth of
# PostgreSQL's (400 where SQLite takes only 999, before 3.32).
IN_LIST_SIZE = 10_000 if sqlite3.sqlite_version_info >= (3, 32) else 400


def chunks(values: Iterable[T], *, share: int = 1) -> Iterator[list[T]]:
    """`values` without repeats, in their first order, in lists of at most IN_LIST_SIZE
    (divided by `share`, for a statement that binds other lists as long); none at all for
    no values."""
    size = max(1, IN_LIST_SIZE // share)
    distinct = list(dict.fromkeys(values))
    for start in range(0, len(distinct), size):
        yield distinct[start : start + size]


def among(handle: Handle, column: ColumnElement[Any], values: Sequence[Any]) -> ColumnElement[bool]:
    """`column IN values` (integers or strings, a chunk of them): on PostgreSQL as one
    bound array (`= ANY`); on SQLite as a plain IN list, whose length its query planner
    weighs (bound as one JSON array, the planner took a list of 800 pairs for a few and
    chose an index ten times slower)."""
    if dialect_name(handle) == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def existing_values(session: Handle, column: Any, candidates: Iterable[T]) -> set[T]:
    """Which of `candidates` `column` holds, asked a chunk at a time."""
    return {
        value
        for batch in chunks(candidates)
        for value in session.scalars(select(column).where(among(session, column, batch)))
    }
