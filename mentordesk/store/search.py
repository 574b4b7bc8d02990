"""Full-text search over topics, notes and action items, behind one interface.

SQLite uses FTS5 (unicode61, diacritics removed, ranked by bm25). Text is normalised
before indexing and querying so that each CJK character and each emoji is a word of
its own: 'Café 🚀 代码' is found by 'cafe', '🚀' or '代码'. PostgreSQL (team mode) indexes
the same normalised text as a tsvector, so both databases find the same things.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, text

from mentordesk.errors import DatabaseError

KINDS = ("topic", "notes", "action")
ROWS_PER_SESSION = 4096  # index entries a session can have (notes, topics, action items)
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_EMOJI = re.compile(r"([\U0001F000-\U0001FAFF\u2600-\u27BF])")
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(value: str) -> str:
    """`value` folded for matching: lower case, no accents, CJK and emoji as single words."""
    folded = unicodedata.normalize("NFKD", value.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _EMOJI.sub(lambda m: f" emoji{ord(m.group(1)):x} ", folded)
    return _CJK.sub(r" \1 ", folded)


@dataclass(frozen=True)
class Hit:
    """A search result: what was found, in which session, how well it matched."""

    kind: str
    ref_id: int
    session_id: int
    rank: float
    text: str  # the matching text as written


# Only the newest matches are ranked (best first among them): a search for a common word
# in years of notes costs what this many do, however long the history.
RANKED = 1000


class SearchIndex(Protocol):
    """What every database's search offers."""

    def replace_session(
        self, session_id: int, entries: list[tuple[str, int, str]], *, new: bool = False
    ) -> None:
        """Index a session's (kind, ref_id, text) entries, dropping its old ones (a `new`
        session has none)."""
        ...

    def search(self, query: str, limit: int) -> list[Hit]:
        """The best matches for `query`, best first."""
        ...


class Fts5SearchIndex:
    """SQLite FTS5."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection

    def replace_session(
        self, session_id: int, entries: list[tuple[str, int, str]], *, new: bool = False
    ) -> None:
        # Each session owns a range of rowids, so its entries are found without a scan
        # (FTS5 can look up rowids, not its unindexed columns).
        first = session_id * ROWS_PER_SESSION
        if not new:
            self._conn.execute(
                text("DELETE FROM search_index WHERE rowid BETWEEN :lo AND :hi"),
                {"lo": first, "hi": first + ROWS_PER_SESSION - 1},
            )
        rows = [
            {
                "id": first + n,
                "k": kind,
                "r": ref_id,
                "s": session_id,
                "t": body,
                "b": normalise(body),
            }
            for n, (kind, ref_id, body) in enumerate(entries[:ROWS_PER_SESSION])
            if body.strip()
        ]
        if rows:  # one statement for all of them
            self._conn.execute(
                text(
                    "INSERT INTO search_index (rowid, kind, ref_id, session_id, shown, body) "
                    "VALUES (:id, :k, :r, :s, :t, :b)"
                ),
                rows,
            )

    def search(self, query: str, limit: int) -> list[Hit]:
        words = _WORD.findall(normalise(query))
        if not words:
            return []
        match = " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)
        # Rowids grow with the session ids: the newest matches are found in rowid order
        # without looking at the rest, and only they are ranked.
        rows = self._conn.execute(
            text(
                "SELECT kind, ref_id, session_id, shown, rank FROM ("
                " SELECT kind, ref_id, session_id, shown, bm25(search_index) AS rank"
                " FROM search_index WHERE search_index MATCH :q"
                " ORDER BY rowid DESC LIMIT :w"
                ") ORDER BY rank LIMIT :n"
            ),
            {"q": match, "n": limit, "w": max(limit, RANKED)},
        )
        return [Hit(r.kind, int(r.ref_id), int(r.session_id), float(r.rank), r.shown) for r in rows]


class PostgresSearchIndex:
    """PostgreSQL full-text search: the normalised text as a 'simple' tsvector (no
    stemming, so it matches as FTS5 does), prefix matching, ranked by ts_rank."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection

    def replace_session(
        self, session_id: int, entries: list[tuple[str, int, str]], *, new: bool = False
    ) -> None:
        if not new:
            self._conn.execute(
                text("DELETE FROM search_index WHERE session_id = :s"), {"s": session_id}
            )
        rows = [
            {"k": kind, "r": ref_id, "s": session_id, "t": body, "b": normalise(body)}
            for kind, ref_id, body in entries[:ROWS_PER_SESSION]
            if body.strip()
        ]
        if rows:
            self._conn.execute(
                text(
                    "INSERT INTO search_index (kind, ref_id, session_id, shown, body) "
                    "VALUES (:k, :r, :s, :t, to_tsvector('simple', :b))"
                ),
                rows,
            )

    def search(self, query: str, limit: int) -> list[Hit]:
        words = _WORD.findall(normalise(query))
        if not words:
            return []
        # Words are letters and digits only, so they need no quoting inside the tsquery.
        match = " & ".join(f"{w}:*" if len(w) > 1 else w for w in words)
        # The matches come from the full-text (GIN) index, as ids and sessions only (no
        # text read); only the newest are ranked. Left to itself, the planner guesses
        # how many rows a prefix matches, and for a rare word walked the whole index of
        # sessions backwards (317 ms at 10x the benchmark team, 8 ms this way).
        # A common word has its newest matches among the newest sessions: they are
        # looked for there first, reading the rows of those sessions (its 21,720 matches
        # at 10x lie on 15,600 pages of the table; the newest thousand among 4,000
        # sessions). Whether a word is that common is the planner's own estimate of
        # its matches; too few there after all, and every match is looked at.
        wanted = max(limit, RANKED)
        newest = self._conn.execute(text("SELECT max(session_id) FROM search_index")).scalar()
        if newest is None:
            return []
        recent = None
        if (window := self._recent_window(match, wanted, newest)) is not None:
            recent = self._ranked(match, limit, wanted, newest - window)
        rows = recent if recent is not None else self._ranked(match, limit, wanted) or []
        # Best first with the lowest number, as bm25 gives it.
        return [
            Hit(r.kind, int(r.ref_id), int(r.session_id), -float(r.rank), r.shown) for r in rows
        ]

    def _recent_window(self, match: str, wanted: int, newest: int) -> int | None:
        """How many of the newest sessions should hold `wanted` matches, when the word is
        common enough for reading their rows to cost less than visiting every match
        (the planner's estimate of the matches; None when it is not)."""
        plan = self._conn.execute(
            text(
                "EXPLAIN (FORMAT JSON) SELECT id FROM search_index"
                " WHERE body @@ to_tsquery('simple', :q)"
            ),
            {"q": match},
        ).scalar()
        try:
            plan = json.loads(plan) if isinstance(plan, str) else plan  # as a driver gives it
            matches = float(plan[0]["Plan"]["Plan Rows"]) if plan else 0.0
        except (TypeError, KeyError, IndexError, ValueError):
            return None
        if matches <= 0:
            return None
        window = int(wanted * newest / matches * 1.5)  # half again, for uneven use
        return window if window < matches / 2 and window < newest else None

    def _ranked(
        self, match: str, limit: int, wanted: int, floor: int | None = None
    ) -> list[Any] | None:
        """The best `limit` of the newest `wanted` matches, ranked. With `floor`, only
        sessions from `floor` on are looked at, and None comes back when fewer than
        `wanted` matches are there (the newest may then be older). The floor is written
        into the statement, not bound: the planner then knows how few sessions it
        spans (a bound floor let it walk the index of sessions for every search: 15 ->
        45 ms at 1x)."""
        recent = "" if floor is None else f" AND session_id >= {int(floor)}"
        statement = text(
            "WITH hits AS MATERIALIZED ("
            " SELECT id, session_id FROM search_index"
            f" WHERE body @@ to_tsquery('simple', :q){recent}"
            "), newest AS ("
            " SELECT id FROM hits ORDER BY session_id DESC, id DESC LIMIT :w"
            ") SELECT s.kind, s.ref_id, s.session_id, s.shown,"
            " ts_rank(s.body, to_tsquery('simple', :q)) AS rank,"
            " (SELECT count(*) FROM newest) AS found"
            " FROM search_index AS s JOIN newest USING (id)"
            " ORDER BY rank DESC, s.id LIMIT :n"
        )
        values = {"q": match, "n": limit, "w": wanted}
        if floor is None:
            with _matches_from_the_index(self._conn):
                return list(self._conn.execute(statement, values).all())
        rows = self._conn.execute(statement, values).all()
        if not rows or rows[0].found < wanted:
            return None
        return list(rows)


@contextmanager
def _matches_from_the_index(conn: Connection) -> Iterator[None]:
    """Every match taken from the full-text index, never by testing each row: the
    planner rates a test of a prefix against a row's words as cheap as comparing two
    numbers, and with fresh statistics chose to test all 47,700 rows at 1x for a word
    in one row of twenty (47 ms against 5). Set for the one statement, then reset."""
    conn.exec_driver_sql("SET enable_seqscan = off")
    try:
        yield
    finally:
        conn.exec_driver_sql("RESET enable_seqscan")


def search_index_for(connection: Connection) -> SearchIndex:
    """The search index of the database behind `connection`."""
    if connection.dialect.name == "sqlite":
        return Fts5SearchIndex(connection)
    if connection.dialect.name == "postgresql":
        return PostgresSearchIndex(connection)
    raise DatabaseError(f"MentorDesk runs on SQLite or PostgreSQL, not {connection.dialect.name}")
