"""The sessions repository: sessions with topics, action items and private notes.

Every change re-indexes the session for search (topics, shared notes, action items;
never private notes, so a search can never show one).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, case, func, select, update

from mentordesk.domain.date_words import zone_name
from mentordesk.domain.sessions import ActionItem, Session, SessionMark, SessionStatus
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Handle, Repository, connection_of
from mentordesk.store.in_lists import among, chunks, existing_values
from mentordesk.store.private_notes import PrivateNoteRepository
from mentordesk.store.session_rows import (
    ACTION_ITEM,
    ITEMS,
    OUTLINE,
    SESSIONS,
    STATUSES,
    Zones,
)

if TYPE_CHECKING:
    from mentordesk.store.models import SessionRow
    from mentordesk.store.search import Hit, SearchIndex

TOPICS = tables.session_topics.c
GOALS = tables.goals.c


# Above this many pairs, the open action items are counted for every pair and those not
# asked for passed over: from the open items (a partial index) rather than from every
# session of every pair asked for, a third of the time for the whole team at ten times
# the benchmark's size on SQLite, and without PostgreSQL testing each item's pair
# against the list.
EVERY_PAIR_ABOVE = 20


def _entries(row: SessionRow) -> list[tuple[str, int, str]]:
    """What search indexes of a session: shared notes, topics, action items (never a
    private note)."""
    entries = [("notes", row.id, row.notes)]
    entries += [("topic", t.id, t.text) for t in row.topics]
    entries += [("action", a.id, a.text) for a in row.action_items]
    return entries


Fingerprints = dict[int, tuple[int, ...]]


class StaleSessionError(Exception):
    """A save was made against a version of the session that is no longer the latest."""

    def __init__(self, session_id: int) -> None:
        super().__init__(f"session {session_id} was changed since it was read")
        self.session_id = session_id


@dataclass(frozen=True)
class SessionContent:
    """Everything a session holds, for storing it in one go."""

    series_id: int | None = None
    occurrence_date: date | None = None
    topics: Sequence[str] = ()
    notes: str = ""
    action_items: Sequence[tuple[str, int, str, date | None, date | None]] = ()
    private_notes: Sequence[tuple[int, str]] = ()
    # Action item external id -> the external id of the pair's goal it serves.
    goal_links: Mapping[str, str] = field(default_factory=dict)


class SessionRepository(Repository):
    """Reads and writes sessions within one unit of work."""

    def __init__(self, session: Handle, private_notes: PrivateNoteRepository) -> None:
        super().__init__(session)
        self._private = private_notes

    def of_pair(self, pair_id: int) -> list[Session]:
        """A pair's sessions, oldest first."""
        return self._records(SESSIONS.pair_id == pair_id)

    def of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[Session]]:
        """Several pairs' whole sessions, oldest first, by pair id: the same few queries
        (per chunk of a very large team) whatever the number of pairs."""
        wanted = list(pair_ids)
        found: dict[int, list[Session]] = {pair_id: [] for pair_id in wanted}
        for batch in chunks(wanted):
            for session in self._records(among(self._session, SESSIONS.pair_id, batch)):
                found[session.pair_id].append(session)
        return found

    def get(self, session_id: int) -> Session:
        """One session."""
        found = self._records(SESSIONS.id == session_id)
        if not found:
            raise NotFoundError(f"there is no session with id {session_id}")
        return found[0]

    def get_many(self, ids: Iterable[int]) -> dict[int, Session]:
        """Several sessions by id, oldest first."""
        batches = list(chunks(ids))
        found = [
            s for batch in batches for s in self._records(among(self._session, SESSIONS.id, batch))
        ]
        if len(batches) > 1:  # each chunk is in order; so must all of them be
            found.sort(key=lambda s: (s.scheduled_for, s.id))  # aware: compared in UTC
        return {s.id: s for s in found}

    def places(self, ids: Iterable[int]) -> dict[int, tuple[int, datetime]]:
        """Several sessions' pair id and time (in the session's zone), by id: where a
        match shows, without the session's topics, notes and action items (one plain
        statement, one per chunk of a very large list)."""
        zones = Zones()
        found: dict[int, tuple[int, datetime]] = {}
        for batch in chunks(ids):
            for row in self._session.execute(
                select(*OUTLINE).where(among(self._session, SESSIONS.id, batch))
            ).all():
                id_, _, pair_id, when, *_ = zones.outline(row)
                found[id_] = (pair_id, when)
        return found

    def _records(self, which: ColumnElement[bool]) -> list[Session]:
        """The sessions `which` picks, oldest first, read as plain columns in four queries
        (no ORM objects: a pair with hundreds of sessions stays quick to show)."""
        run = self._session.execute
        sessions = run(
            select(*OUTLINE, SESSIONS.notes, SESSIONS.version)
            .where(which)
            .order_by(SESSIONS.scheduled_for, SESSIONS.id)
        ).all()
        topics: dict[int, list[str]] = defaultdict(list)
        for session_id, text in run(
            select(TOPICS.session_id, TOPICS.text)
            .join(tables.sessions, SESSIONS.id == TOPICS.session_id)
            .where(which)
            .order_by(TOPICS.position, TOPICS.id)
        ):
            topics[session_id].append(text)
        items: dict[int, list[ActionItem]] = defaultdict(list)
        for row in run(
            select(*ACTION_ITEM)
            .join(tables.sessions, SESSIONS.id == ITEMS.session_id)
            .where(which)
            .order_by(ITEMS.id)
        ):
            items[row.session_id].append(ActionItem(*row))
        notes = self._private.of_sessions({s.id: s.external_id for s in sessions})
        zones = Zones()
        return [
            Session(
                *zones.outline(s[: len(OUTLINE)]),
                topics=tuple(topics.get(s.id, ())),
                notes=s.notes,
                action_items=tuple(items.get(s.id, ())),
                private_notes=tuple(notes.get(s.id, ())),
                version=s.version,
            )
            for s in sessions
        ]

    def recorded(self, pair_ids: Iterable[int], since: datetime) -> dict[int, list[SessionMark]]:
        """Several pairs' sessions from `since` on that were recorded (held, missed or
        cancelled: not planned), oldest first, by pair id, as marks: time (in UTC),
        status and meeting. One query (one per chunk of a very large team) of four plain
        columns, for what is counted over many pairs' recent history."""
        wanted = list(pair_ids)
        found: dict[int, list[SessionMark]] = {pair_id: [] for pair_id in wanted}
        for batch in chunks(wanted):  # a pair's sessions all come in its own chunk
            rows = self._session.execute(
                select(
                    SESSIONS.pair_id,
                    SESSIONS.scheduled_for,
                    SESSIONS.status,
                    SESSIONS.series_id,
                    SESSIONS.occurrence_date,
                )
                .where(
                    among(self._session, SESSIONS.pair_id, batch),
                    SESSIONS.scheduled_for >= _utc(since),
                    SESSIONS.status != SessionStatus.PLANNED.value,
                )
                .order_by(SESSIONS.pair_id, SESSIONS.scheduled_for, SESSIONS.id)  # by index
            )
            for pair_id, when, status, series_id, day in rows.all():  # all: one call
                found[pair_id].append(SessionMark(when, STATUSES[status], series_id, day))
        return found

    def last_held(self, pair_ids: Iterable[int], before: datetime) -> dict[int, datetime]:
        """When each pair last held a session up to `before` (in UTC), by pair id; pairs
        that never did are left out. One index lookup a pair, however long its history
        (a correlated `max`; grouping the held sessions read them all)."""
        table, pairs = tables.sessions, tables.pairs
        last = (
            select(func.max(table.c.scheduled_for))
            .where(
                table.c.pair_id == pairs.c.id,
                table.c.status == SessionStatus.HELD.value,
                table.c.scheduled_for <= _utc(before),
            )
            .scalar_subquery()
        )
        found: dict[int, datetime] = {}
        for batch in chunks(pair_ids):
            rows = self._session.execute(
                select(pairs.c.id, last).where(among(self._session, pairs.c.id, batch))
            ).all()
            found.update({pair_id: when.replace(tzinfo=UTC) for pair_id, when in rows if when})
        return found

    def open_items(
        self, pair_ids: Iterable[int], today: date
    ) -> dict[int, tuple[int, dict[int, int]]]:
        """Per pair id, its open action items: how many were due before `today`, and how
        many each owner (by person id) holds. One query, counts only; every pair asked
        for is there."""
        wanted = list(pair_ids)
        found: dict[int, tuple[int, dict[int, int]]] = {p: (0, {}) for p in wanted}
        late = case((ITEMS.due < today, 1), else_=0)
        every = len(wanted) > EVERY_PAIR_ABOVE
        for batch in [None] if every else chunks(wanted):  # None: every pair's
            rows = self._session.execute(
                select(
                    SESSIONS.pair_id,
                    ITEMS.owner_id,
                    func.count(ITEMS.id),
                    func.sum(late),
                )
                .join(tables.action_items, ITEMS.session_id == SESSIONS.id)
                .where(
                    *([] if batch is None else [among(self._session, SESSIONS.pair_id, batch)]),
                    ITEMS.done_on.is_(None),
                    ITEMS.dropped_on.is_(None),
                )
                .group_by(SESSIONS.pair_id, ITEMS.owner_id)
            )
            for pair_id, owner_id, held, overdue in rows.all():
                if pair_id in found:
                    before, owners = found[pair_id]
                    owners[owner_id] = int(held)
                    found[pair_id] = (before + int(overdue or 0), owners)
        return found

    def item_owners(self, pair_ids: Iterable[int]) -> dict[int, dict[int, tuple[int, int]]]:
        """Who owns the action items: per pair id, per owner's person id, (open, done)
        counts (dropped items are neither). One query, counts only."""
        wanted = list(pair_ids)
        found: dict[int, dict[int, tuple[int, int]]] = {pair_id: {} for pair_id in wanted}
        done = case((ITEMS.done_on.is_not(None), 1), else_=0)
        for batch in chunks(wanted):
            query = (
                select(
                    SESSIONS.pair_id,
                    ITEMS.owner_id,
                    func.count(ITEMS.id),
                    func.sum(done),
                )
                .join(tables.action_items, ITEMS.session_id == SESSIONS.id)
                .where(among(self._session, SESSIONS.pair_id, batch), ITEMS.dropped_on.is_(None))
                .group_by(SESSIONS.pair_id, ITEMS.owner_id)
            )
            rows = self._session.execute(query)
            for pair_id, owner_id, total, completed in rows:
                found[pair_id][owner_id] = (int(total) - int(completed or 0), int(completed or 0))
        return found

    def open_items_due(
        self, pair_ids: Iterable[int], first: date, last: date
    ) -> dict[int, dict[date, int]]:
        """How many open action items are due on each day from `first` to `last` (both
        included), by pair id and then day: one query, counts only. Every pair asked for
        is there; days with no such item are left out."""
        wanted = list(pair_ids)
        found: dict[int, dict[date, int]] = {pair_id: {} for pair_id in wanted}
        for batch in chunks(wanted):
            rows = self._session.execute(
                select(SESSIONS.pair_id, ITEMS.due, func.count(ITEMS.id))
                .join(tables.action_items, ITEMS.session_id == SESSIONS.id)
                .where(
                    among(self._session, SESSIONS.pair_id, batch),
                    ITEMS.done_on.is_(None),
                    ITEMS.dropped_on.is_(None),
                    ITEMS.due.between(first, last),
                )
                .group_by(SESSIONS.pair_id, ITEMS.due)
            )
            for pair_id, due, n in rows:
                if due is not None:  # never, by the condition; but the column may be empty
                    found[pair_id][due] = int(n)
        return found

    def fingerprints(self, pair_id: int) -> Fingerprints:
        """Per session of the pair, what changes when anyone saves it or its action items:
        (version, items, items done, newest item id, characters of item text, sum of owner
        ids, items with a due date, sum of linked goal ids) — one small query, for polling.
        (A re-worded item of the same length, or a due date moved, goes unnoticed until
        the next change.)"""
        rows = self._session.execute(
            select(
                SESSIONS.id,
                SESSIONS.version,
                func.count(ITEMS.id),
                func.count(ITEMS.done_on) + 2 * func.count(ITEMS.dropped_on),
                func.coalesce(func.max(ITEMS.id), 0),
                func.coalesce(func.sum(func.length(ITEMS.text)), 0),
                func.coalesce(func.sum(ITEMS.owner_id), 0),
                func.count(ITEMS.due),
                func.coalesce(func.sum(ITEMS.goal_id), 0),
            )
            .outerjoin(tables.action_items, ITEMS.session_id == SESSIONS.id)
            .where(SESSIONS.pair_id == pair_id)
            .group_by(SESSIONS.id, SESSIONS.version)
        )
        return {r[0]: tuple(int(n) for n in r[1:]) for r in rows}

    def for_occurrence(self, series_id: int, day: date) -> Session | None:
        """The session recorded for a series' meeting originally on `day`."""
        found = self._records((SESSIONS.series_id == series_id) & (SESSIONS.occurrence_date == day))
        return found[0] if found else None

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a session's or an action item's external id."""
        wanted = list(candidates)
        sessions = existing_values(self._session, SESSIONS.external_id, wanted)
        return sessions | existing_values(self._session, ITEMS.external_id, wanted)

    def add(
        self,
        pair_id: int,
        external_id: str,
        when: datetime,
        status: SessionStatus,
        *,
        series_id: int | None = None,
        occurrence_date: date | None = None,
    ) -> int:
        """Store a new session; returns its id."""
        from mentordesk.store.models import SessionRow

        zone = zone_name(when)
        row = SessionRow(
            pair_id=pair_id,
            external_id=external_id,
            series_id=series_id,
            occurrence_date=occurrence_date,
            timezone=zone,
            status=status.value,
            scheduled_for=when.astimezone(UTC).replace(tzinfo=None),
            notes="",
        )
        self._writes.add(row)
        self._writes.flush()
        return row.id

    def add_complete(
        self, pair_id: int, sessions: Sequence[tuple[str, datetime, SessionStatus, SessionContent]]
    ) -> list[int]:
        """Store whole sessions at once (an import): one flush, one index statement.
        An item's goal link names a goal of the same pair, stored before its sessions."""
        from mentordesk.store.models import ActionItemRow, SessionRow, TopicRow

        goals = self._goal_ids(pair_id, {x for *_, c in sessions for x in c.goal_links.values()})
        rows = [
            SessionRow(
                pair_id=pair_id,
                external_id=external_id,
                series_id=content.series_id,
                occurrence_date=content.occurrence_date,
                timezone=zone_name(when),
                status=status.value,
                scheduled_for=when.astimezone(UTC).replace(tzinfo=None),
                notes=content.notes,
                topics=[TopicRow(position=i, text=t) for i, t in enumerate(content.topics)],
                action_items=[
                    ActionItemRow(
                        external_id=xid,
                        owner_id=owner,
                        text=body,
                        due=due,
                        done_on=done,
                        goal_id=goals.get(content.goal_links.get(xid, "")),
                    )
                    for xid, owner, body, due, done in content.action_items
                ],
            )
            for external_id, when, status, content in sessions
        ]
        self._writes.add_all(rows)
        self._writes.flush()
        index = self._index()
        for row in rows:
            index.replace_session(row.id, _entries(row), new=True)
        self._private.add_many(
            [
                (row.id, author, body)
                for row, (*_, content) in zip(rows, sessions, strict=True)
                for author, body in content.private_notes
            ]
        )
        return [row.id for row in rows]

    def set_content(
        self,
        session_id: int,
        status: SessionStatus,
        topics: Sequence[str],
        notes: str,
        expected_version: int | None = None,
    ) -> SessionStatus:
        """Replace a session's status, topics and shared notes, raising its version;
        returns the status it had.

        With `expected_version`, only if the session is still at that version: the check
        and the raise are one UPDATE, so of two concurrent saves made against the same
        version exactly one succeeds; the other raises StaleSessionError.
        """
        from mentordesk.store.models import TopicRow

        bump = (
            update(tables.sessions)
            .where(SESSIONS.id == session_id)
            .values(version=SESSIONS.version + 1)
            .execution_options(synchronize_session=False)
        )
        if expected_version is not None:
            bump = bump.where(SESSIONS.version == expected_version)
        if self._session.execute(bump).rowcount == 0:  # type: ignore[attr-defined]
            self._row(session_id)  # a missing session says so
            raise StaleSessionError(session_id)
        row = self._row(session_id)
        was = SessionStatus(row.status)
        row.status, row.notes = status.value, notes
        row.topics = [TopicRow(position=i, text=t) for i, t in enumerate(topics)]
        self._reindex(row)
        return was

    def set_private_note(self, session_id: int, author_id: int, body: str) -> None:
        """Write (or with empty text remove) the author's private note."""
        self._row(session_id)  # a missing session says so
        self._private.put(session_id, author_id, body)

    def add_action_item(
        self,
        session_id: int,
        external_id: str,
        owner_id: int,
        body: str,
        *,
        due: date | None,
        done_on: date | None = None,
        goal_id: int | None = None,
        dropped_on: date | None = None,
    ) -> int:
        """Add an action item to a session; returns its id."""
        from mentordesk.store.models import ActionItemRow

        row = self._row(session_id)
        item = ActionItemRow(
            external_id=external_id,
            owner_id=owner_id,
            text=body,
            due=due,
            done_on=done_on,
            goal_id=goal_id,
            dropped_on=dropped_on,
        )
        row.action_items.append(item)
        self._writes.flush()
        self._reindex(row)
        return item.id

    def action_item(self, item_id: int) -> ActionItem:
        """One action item."""
        found = self._session.execute(select(*ACTION_ITEM).where(ITEMS.id == item_id)).first()
        if found is None:
            raise NotFoundError("This action item has been deleted meanwhile.")
        return ActionItem(*found)

    def update_action_item(self, item: ActionItem) -> None:
        """Write an action item's owner, text, dates and goal as `item` has them (the
        search index follows a change of text)."""
        from mentordesk.store.models import ActionItemRow

        row = self._writes.get(ActionItemRow, item.id)
        if row is None:
            raise NotFoundError("This action item has been deleted meanwhile.")
        reworded = row.text != item.text
        row.owner_id, row.text, row.due, row.done_on, row.dropped_on = (
            item.owner_id,
            item.text,
            item.due,
            item.done_on,
            item.dropped_on,
        )
        row.goal_id = item.goal_id
        self._writes.flush()
        if reworded:
            self._reindex(self._row(row.session_id))

    def delete_action_item(self, item_id: int) -> int:
        """Remove an action item; returns its session's id."""
        from mentordesk.store.models import ActionItemRow

        item = self._writes.get(ActionItemRow, item_id)
        if item is None:
            raise NotFoundError("This action item has been deleted meanwhile.")
        row = self._row(item.session_id)
        row.action_items.remove(item)
        self._writes.flush()
        self._reindex(row)
        return row.id

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        """Full-text matches across every pair: the newest, best first among them."""
        return self._index().search(query, limit)

    def _goal_ids(self, pair_id: int, external_ids: set[str]) -> dict[str, int]:
        """The ids of the pair's goals with these external ids."""
        return {
            row.external_id: row.id
            for batch in chunks(external_ids)
            for row in self._session.execute(
                select(GOALS.external_id, GOALS.id).where(
                    GOALS.pair_id == pair_id, among(self._session, GOALS.external_id, batch)
                )
            )
        }

    def _reindex(self, row: SessionRow) -> None:
        self._writes.flush()
        self._index().replace_session(row.id, _entries(row))

    def _index(self) -> SearchIndex:
        """The search index, loaded when first used: a read that neither searches nor
        writes (the agenda, the log) does without its module."""
        from mentordesk.store.search import search_index_for

        return search_index_for(connection_of(self._session))

    def _row(self, session_id: int) -> SessionRow:
        from mentordesk.store.models import SessionRow

        row = self._writes.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError(f"there is no session with id {session_id}")
        return row


def _utc(moment: datetime) -> datetime:
    """`moment` as the column holds times: naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)
