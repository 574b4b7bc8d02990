"""What a pair keeps when a merge writes it anew, though the interchange format does not
carry it: the SEQUENCE last sent of each meeting series, each session's time-zone name,
and which session a check-in or a milestone was noted in. Read before the pair is taken
out, put back once it is written again (by the records' stable ids), in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Column, Connection, Table, select, update

from mentordesk.store import tables

SERIES = tables.meeting_series.c
SESSIONS = tables.sessions.c
GOALS = tables.goals.c
CHECKINS = tables.checkins.c
MILESTONES = tables.milestones.c


@dataclass
class Unwritten:
    """The fields of some pairs that a rebuild would otherwise lose."""

    sent: list[tuple[str, int | None]] = field(default_factory=list)  # series uid, sent
    zones: list[tuple[str, str]] = field(default_factory=list)  # session id, zone name
    checkins: list[tuple[str, date, int, str]] = field(default_factory=list)
    milestones: list[tuple[str, str, date, str]] = field(default_factory=list)

    def read(self, conn: Connection, pair_id: int) -> None:
        """Note pair `pair_id`'s (before it is taken out)."""
        self.sent += [
            (r.uid, r.sent_sequence)
            for r in conn.execute(
                select(SERIES.uid, SERIES.sent_sequence).where(SERIES.pair_id == pair_id)
            )
        ]
        self.zones += [
            (r.external_id, r.timezone)
            for r in conn.execute(
                select(SESSIONS.external_id, SESSIONS.timezone).where(SESSIONS.pair_id == pair_id)
            )
        ]
        self.checkins += _noted(conn, tables.checkins, (CHECKINS.on, CHECKINS.progress), pair_id)
        self.milestones += _noted(
            conn, tables.milestones, (MILESTONES.text, MILESTONES.due), pair_id
        )

    def put_back(self, conn: Connection) -> None:
        """Set them again on the records written anew (those still there)."""
        for uid, sent in self.sent:
            conn.execute(
                update(tables.meeting_series).where(SERIES.uid == uid).values(sent_sequence=sent)
            )
        for ref, zone in self.zones:
            conn.execute(
                update(tables.sessions).where(SESSIONS.external_id == ref).values(timezone=zone)
            )
        for goal, on, progress, session in self.checkins:
            conn.execute(
                update(tables.checkins)
                .where(
                    CHECKINS.goal_id == _goal(goal),
                    CHECKINS.on == on,
                    CHECKINS.progress == progress,
                    CHECKINS.session_id.is_(None),
                )
                .values(session_id=_session(session))
            )
        for goal, text, due, session in self.milestones:
            conn.execute(
                update(tables.milestones)
                .where(
                    MILESTONES.goal_id == _goal(goal),
                    MILESTONES.text == text,
                    MILESTONES.due == due,
                    MILESTONES.session_id.is_(None),
                )
                .values(session_id=_session(session))
            )


def _noted(
    conn: Connection, table: Table, keys: tuple[Column[Any], Column[Any]], pair_id: int
) -> list[Any]:
    """(goal id, *keys, session id) of the rows of `table` (check-ins or milestones) of
    pair `pair_id`'s goals that were noted in a session."""
    noted = tables.sessions.alias("noted")
    query = (
        select(GOALS.external_id, *keys, noted.c.external_id)
        .join(tables.goals, GOALS.id == table.c.goal_id)
        .join(noted, noted.c.id == table.c.session_id)
        .where(GOALS.pair_id == pair_id)
    )
    return [tuple(row) for row in conn.execute(query)]


def _goal(ref: str) -> object:
    return select(GOALS.id).where(GOALS.external_id == ref).scalar_subquery()


def _session(ref: str) -> object:
    return select(SESSIONS.id).where(SESSIONS.external_id == ref).scalar_subquery()
