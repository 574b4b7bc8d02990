"""The feedback repository: each partner's answers after a held meeting (Core: no model)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row, select, update

from mentordesk.domain.feedback import Feedback
from mentordesk.store import tables
from mentordesk.store.handles import Handle
from mentordesk.store.in_lists import among, chunks
from mentordesk.store.session_rows import zone_of

FEEDBACK, SESSIONS = tables.meeting_feedback.c, tables.sessions.c
# Feedback counts while its meeting is recorded as held: a meeting later marked missed
# or cancelled keeps the answers (marked held again, they count again) but they are
# neither shown, counted nor exported meanwhile.
HELD = "held"
COLUMNS = (
    FEEDBACK.session_id,
    FEEDBACK.person_id,
    FEEDBACK.useful,
    FEEDBACK.balance,
    FEEDBACK.word,
    FEEDBACK.answered_on,
)


def _feedback(row: Row[*tuple[Any, ...]]) -> Feedback:
    return Feedback(*row[: len(COLUMNS)])


class FeedbackRepository:
    """Reads and writes meeting feedback within one unit of work."""

    def __init__(self, session: Handle) -> None:
        self._session = session

    def of_session(self, session_id: int) -> list[Feedback]:
        """The answers given about one meeting while it is held, by person id."""
        query = (
            select(*COLUMNS).where(FEEDBACK.session_id == session_id).order_by(FEEDBACK.person_id)
        )
        return [_feedback(row) for row in self._session.execute(query)]

    def of_pairs(
        self, pair_ids: Iterable[int], since: datetime | None = None
    ) -> dict[int, list[tuple[datetime, Feedback]]]:
        """Several pairs' answers about held meetings (from `since` on, if given), each
        with when its meeting was, oldest meeting first, by pair id."""
        wanted = list(pair_ids)
        found: dict[int, list[tuple[datetime, Feedback]]] = {p: [] for p in wanted}
        for batch in chunks(wanted):
            query = (
                select(*COLUMNS, SESSIONS.pair_id, SESSIONS.scheduled_for)
                .join(tables.sessions, SESSIONS.id == FEEDBACK.session_id)
                .where(among(self._session, SESSIONS.pair_id, batch), SESSIONS.status == HELD)
                .order_by(SESSIONS.scheduled_for, FEEDBACK.session_id, FEEDBACK.person_id)
            )
            if since is not None:  # sessions keep UTC, without its zone
                start = since.astimezone(UTC).replace(tzinfo=None)
                query = query.where(SESSIONS.scheduled_for >= start)
            for row in self._session.execute(query):
                found[row.pair_id].append((row.scheduled_for, _feedback(row)))
        return found

    def last_held(self, pair_id: int) -> tuple[int, datetime] | None:
        """The pair's latest held meeting: its session id and when it was (in its zone)."""
        row = self._session.execute(
            select(SESSIONS.id, SESSIONS.scheduled_for, SESSIONS.timezone)
            .where(SESSIONS.pair_id == pair_id, SESSIONS.status == HELD)
            .order_by(SESSIONS.scheduled_for.desc(), SESSIONS.id.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return row.id, row.scheduled_for.replace(tzinfo=UTC).astimezone(zone_of(row.timezone))

    def put(self, feedback: Feedback) -> None:
        """Store (or replace) one partner's answers about one meeting."""
        values = {
            "useful": feedback.useful,
            "balance": feedback.balance,
            "word": feedback.word,
            "answered_on": feedback.answered_on,
        }
        changed = self._session.execute(
            update(tables.meeting_feedback)
            .where(
                FEEDBACK.session_id == feedback.session_id,
                FEEDBACK.person_id == feedback.person_id,
            )
            .values(values)
        )
        if not changed.rowcount:  # type: ignore[attr-defined]
            self._session.execute(
                tables.meeting_feedback.insert().values(
                    session_id=feedback.session_id, person_id=feedback.person_id, **values
                )
            )
