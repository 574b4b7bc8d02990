"""Sessions, action items and the agenda: what a pair did, and what it carries forward.

A session belongs to a meeting that took place or should have (held, missed, cancelled)
or is planned; a past meeting with no held session counts as missed. An open action
item is carried into every following agenda until it is done. It is due at the next
meeting (not the one it was agreed in), and overdue only once that meeting is over.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from operator import itemgetter
from typing import NamedTuple, Protocol, TypeVar

from mentordesk.domain.goals import Goal, GoalStatus
from mentordesk.domain.meetings import Occurrence, on_wall_clock


class SessionStatus(StrEnum):
    """What became of a meeting."""

    HELD = "held"
    MISSED = "missed"
    CANCELLED = "cancelled"
    PLANNED = "planned"


@dataclass(frozen=True)
class ActionItem:
    """Something one partner will do, from the session it was agreed in."""

    id: int
    external_id: str
    session_id: int
    owner_id: int
    text: str
    due: date | None = None
    done_on: date | None = None
    goal_id: int | None = None  # the goal of the pair it serves, if any
    dropped_on: date | None = None  # the pair agreed it will not be done

    @property
    def is_open(self) -> bool:
        """Neither done nor dropped yet."""
        return self.done_on is None and self.dropped_on is None


DEFAULT_DUE_AFTER = timedelta(days=7)  # with no meeting ahead: a week later


def default_due(session_start: datetime, now: datetime, meetings: Iterable[Occurrence]) -> date:
    """The due date of an item agreed in the session that starts at `session_start`: the
    day of the first meeting that starts after it and after `now` (so never the meeting
    under way, and for an old session the next meeting still ahead), skipped ones not
    counted; with none, a week after the session (or after today, for an old one)."""
    after = max(session_start, now)
    ahead = [o.start for o in meetings if not o.skipped and o.start > after]
    if ahead:
        return min(ahead).date()
    return after.astimezone(session_start.tzinfo).date() + DEFAULT_DUE_AFTER


def goals_to_serve(goals: Iterable[Goal], quarter: int, items: Iterable[ActionItem]) -> list[Goal]:
    """The goals an action item of a session in `quarter` may serve: the pair's goals of
    that quarter and later that are not dropped, and any goal one of its items serves."""
    linked = {i.goal_id for i in items}
    return [
        g
        for g in goals
        if g.id in linked or (g.status is not GoalStatus.DROPPED and g.quarter >= quarter)
    ]


def due_meeting_over(day: date, meetings: Iterable[Occurrence], now: datetime) -> bool:
    """Whether the meeting an item due on `day` is due at is over at `now`: the last
    meeting (not skipped) on that day has ended, or, with no meeting that day, the day is
    over (by `now`'s zone). The one rule of "overdue": the session editor, health signals
    and the quarterly summary all ask it."""
    ends = [o.end for o in meetings if not o.skipped and o.start.date() == day]
    return now >= max(ends) if ends else now.date() > day


def is_overdue(item: ActionItem, meetings: Iterable[Occurrence], now: datetime) -> bool:
    """Whether an open item is past its due meeting: the last meeting on its due day has
    ended, or (with no meeting that day) the day is over. Never while that meeting is
    still ahead or under way."""
    if not item.is_open or item.due is None:
        return False
    return due_meeting_over(item.due, meetings, now)


@dataclass(frozen=True)
class PrivateNote:
    """A note only its author sees."""

    author_id: int
    text: str


@dataclass(frozen=True)
class Session:
    """One meeting's record: topics, shared notes, action items, private notes."""

    id: int
    external_id: str
    pair_id: int
    scheduled_for: datetime  # aware
    status: SessionStatus
    series_id: int | None = None
    occurrence_date: date | None = None  # the series' original date, for matching
    topics: tuple[str, ...] = ()
    notes: str = ""
    action_items: tuple[ActionItem, ...] = ()
    private_notes: tuple[PrivateNote, ...] = field(default=(), repr=False)
    version: int = 1  # raised by every save of status, topics or notes

    def private_note_of(self, author_id: int | None) -> PrivateNote | None:
        """The private note `author_id` wrote here, if any."""
        return next((n for n in self.private_notes if n.author_id == author_id), None)


@dataclass(frozen=True)
class SessionContent:
    """What one save of a session writes: its status, topics and shared notes."""

    status: SessionStatus
    topics: tuple[str, ...]
    notes: str

    @classmethod
    def of(cls, session: Session) -> SessionContent:
        """The content of a stored session."""
        return cls(session.status, session.topics, session.notes)


MY_VERSION_MARK = "— My version —"


def keep_both(mine: SessionContent, theirs: SessionContent) -> SessionContent:
    """Their version with mine added: my new topics after theirs, my notes after theirs
    (under a mark, unless they are the same or already contained); my status."""
    topics = theirs.topics + tuple(t for t in mine.topics if t not in theirs.topics)
    if not mine.notes.strip() or mine.notes.strip() in theirs.notes:
        notes = theirs.notes
    elif not theirs.notes.strip():
        notes = mine.notes
    else:
        notes = f"{theirs.notes.rstrip()}\n\n{MY_VERSION_MARK}\n{mine.notes}"
    return SessionContent(mine.status, topics, notes)


class Scheduled(Protocol):
    """What the log's rule reads of a session: its time, status and meeting."""

    @property
    def scheduled_for(self) -> datetime: ...
    @property
    def status(self) -> SessionStatus: ...
    @property
    def series_id(self) -> int | None: ...
    @property
    def occurrence_date(self) -> date | None: ...


class SessionMark(NamedTuple):
    """A session's time, status and meeting without its content: what is counted over
    many pairs' recent history (attendance, missed meetings, what is recorded)."""

    utc: datetime  # naive, in UTC, as stored
    status: SessionStatus
    series_id: int | None
    occurrence_date: date | None

    @property
    def scheduled_for(self) -> datetime:
        """When the session is, aware (made on demand: the log's rule reads it of few)."""
        return self.utc.replace(tzinfo=UTC)


S = TypeVar("S", bound=Scheduled)


@dataclass(frozen=True)
class LogRow:
    """A row of the session log: a meeting of the series, an ad-hoc session, or both."""

    when: datetime
    status: SessionStatus
    occurrence: Occurrence | None
    session: Session | None


def log_rows(occurrences: list[Occurrence], sessions: list[Session], now: datetime) -> list[LogRow]:
    """Every meeting and session in time order, with the missed rule applied: a meeting
    that has ended unrecorded is missed, even if a session was prepared for it."""
    return [LogRow(*entry) for entry in log_entries(occurrences, sessions, now)]


def log_entries(
    occurrences: Sequence[Occurrence], sessions: Sequence[S], now: datetime
) -> list[tuple[datetime, SessionStatus, Occurrence | None, S | None]]:
    """`log_rows` as plain tuples, for any kind of session record: the one rule, also
    where many pairs' logs are only counted (`attendance`)."""
    by_occurrence = {
        (s.series_id, s.occurrence_date): s
        for s in sessions
        if s.series_id is not None and s.occurrence_date is not None
    }
    rows: list[tuple[datetime, SessionStatus, Occurrence | None, S | None]] = []
    for occurrence in occurrences:
        status: SessionStatus
        session = by_occurrence.pop((occurrence.series_id, occurrence.original_date), None)
        if session is not None and session.status is not SessionStatus.PLANNED:
            status = session.status
        elif occurrence.skipped:  # a session prepared ahead of a skipped meeting too
            status = SessionStatus.CANCELLED
        elif occurrence.end <= now:
            status = SessionStatus.MISSED
        else:
            status = SessionStatus.PLANNED
        rows.append((occurrence.start, status, occurrence, session))
    matched = {id(s) for s in by_occurrence.values()}
    for session in sessions:
        linked = session.series_id is not None and session.occurrence_date is not None
        if not linked or id(session) in matched:
            rows.append((session.scheduled_for, session.status, None, session))
    rows.sort(key=itemgetter(0))  # stable: a meeting before a session at the same time
    return rows


_COUNTED = (SessionStatus.HELD, SessionStatus.MISSED)  # what a past meeting became


class Attendance(NamedTuple):
    """What a pair's log says of the meetings that are past: how many there were (held or
    missed; cancelled ones are not counted), how many were held, and how many of the
    latest were missed in a row."""

    past: int
    held: int
    missed_in_a_row: int


def attendance(
    occurrences: Sequence[Occurrence], sessions: Sequence[Scheduled], now: datetime
) -> Attendance:
    """The log's past meetings counted (see `log_rows` for its rule). Planned sessions
    never change what is counted, so `sessions` need not hold them."""
    entries = log_entries(occurrences, sessions, now)
    ended = on_wall_clock(now, occurrences[0].start.tzinfo if occurrences else None)
    past = [status for when, status, _, _ in entries if when <= ended and status in _COUNTED]
    missed = 0
    for status in reversed(past):
        if status is not SessionStatus.MISSED:
            break
        missed += 1
    return Attendance(len(past), past.count(SessionStatus.HELD), missed)


@dataclass(frozen=True)
class CarriedItem:
    """An open action item on an agenda, and how many meetings it has been carried."""

    item: ActionItem
    carried: int


def carried_items(sessions: list[Session], before: datetime) -> list[CarriedItem]:
    """Open action items from sessions before `before`, each with how often it has been
    carried: the held sessions since the one it was agreed in."""
    earlier = sorted(
        (s for s in sessions if s.scheduled_for < before), key=lambda s: s.scheduled_for
    )
    found: list[list[CarriedItem]] = []
    held_since = 0  # counted from the newest back: one pass, however long the history
    for session in reversed(earlier):
        found.append([CarriedItem(i, held_since) for i in session.action_items if i.is_open])
        if session.status is SessionStatus.HELD:
            held_since += 1
    return [carried for items in reversed(found) for carried in items]
