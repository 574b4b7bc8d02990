"""The quarterly progress summary: what the pair reviews, prints and signs.

Plain data only; the UI lays it out on paper, and `save_pdf` puts the finished PDF on
disk whole or not at all. Private notes are never read here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from mentordesk.domain.checklists import ChecklistRun
from mentordesk.domain.goals import Goal, GoalStatus, by_partner, is_behind
from mentordesk.domain.health import HealthAnswer
from mentordesk.domain.meetings import Occurrence, occurrences
from mentordesk.domain.pairs import Pair
from mentordesk.domain.quarters import Quarter, quarter, quarter_number
from mentordesk.domain.sessions import (
    ActionItem,
    LogRow,
    Session,
    SessionStatus,
    is_overdue,
    log_rows,
)
from mentordesk.domain.signing import PDF_END, Signature, pdf_problem
from mentordesk.domain.wins import Win
from mentordesk.domain.words import translate
from mentordesk.errors import ValidationError
from mentordesk.files import FileAccessError, write_atomically
from mentordesk.services.clock import Clock
from mentordesk.store.unit_of_work import Store

_TAIL = 1024  # a PDF ends with %%EOF and at most a line break or two after it


class Moment(StrEnum):
    """Which moment a summary tells."""

    AHEAD = "ahead"  # the quarter has not begun: what is planned
    UNDER_WAY = "under way"  # as of now
    OVER = "over"  # as it stood at the end of its last day
    ENDED = "ended"  # as it stood when the pair ended, in this quarter


@dataclass(frozen=True)
class MeetingFigures:
    """How the quarter's meetings went, as of the report's moment. Every meeting planned
    in the quarter is counted once, by how it went: planned = held + missed + cancelled
    + to_come (by the session log's rule: a meeting that ended unrecorded was missed)."""

    planned: int
    held: int
    missed: int
    cancelled: int  # skipped, or recorded as cancelled
    to_come: int  # not over yet at the report's moment
    moved: int  # of the planned, how many were moved (counted by how they went too)

    @property
    def attendance(self) -> float | None:
        """Held out of those that took place or should have (held and missed); None
        before any has."""
        happened = self.held + self.missed
        return self.held / happened if happened else None


@dataclass(frozen=True)
class ItemLine:
    """An action item with its owner's name; `overdue` at the report's moment."""

    owner: str
    item: ActionItem
    overdue: bool = False


@dataclass(frozen=True)
class ItemFigures:
    """The quarter's action items: carried_in + created = completed + dropped +
    open_at_end."""

    carried_in: int  # from before the quarter, still open when it began
    created: int
    completed: int
    open_at_end: int
    overdue_at_end: int  # of those open at the end
    dropped: int = 0  # agreed not to be done, in the quarter

    @property
    def reconciles(self) -> bool:
        """Whether the figures add up (they always should)."""
        return self.carried_in + self.created == self.completed + self.dropped + self.open_at_end


@dataclass(frozen=True)
class GoalLine:
    """A goal of the quarter as it stood at the report's moment."""

    goal: Goal
    progress: int  # the progress then (the last check-in by then, for a past quarter)
    behind: bool  # behind schedule now (the current quarter only)
    carried_to: int | None  # the quarter a goal was carried over to, if it was


@dataclass(frozen=True)
class QuarterReport:
    """Everything on the quarterly progress summary.

    A past quarter is told as it stood when its last day was over; the current one (or
    a later one) as it stands now, and `current` says which."""

    pair: Pair
    span: Quarter
    made_on: date
    as_of: datetime
    current: bool
    moment: Moment
    goals: tuple[GoalLine, ...]
    figures: MeetingFigures
    held_sessions: tuple[Session, ...]
    items: ItemFigures
    completed: tuple[ItemLine, ...]
    open_at_end: tuple[ItemLine, ...]  # overdue ones marked
    dropped: tuple[ItemLine, ...]
    runs: tuple[ChecklistRun, ...]
    health: tuple[tuple[str, HealthAnswer], ...]  # (name, answers) once both answered
    next_goals: tuple[Goal, ...]
    wins: tuple[tuple[str, Win], ...] = ()  # (whose, win): the quarter's, by then
    signature: Signature | None = None  # set when it is drawn to be signed (see signing)
    manager_copy: bool = False  # without what the pair keeps between them (see below)

    @property
    def overdue(self) -> tuple[ItemLine, ...]:
        """The items open at the end that were overdue then."""
        return tuple(line for line in self.open_at_end if line.overdue)


def manager_copy(report: QuarterReport) -> QuarterReport:
    """The summary for a manager: the same figures, goals and action items, without the
    topics and notes of sessions, the details of checklists (only their titles and dates)
    and the health-check answers. Left out here, not only on paper."""
    return replace(
        report,
        manager_copy=True,
        goals=tuple(replace(g, goal=replace(g.goal, reflection="")) for g in report.goals),
        held_sessions=tuple(
            replace(s, topics=(), notes="", private_notes=(), action_items=())
            for s in report.held_sessions
        ),
        runs=tuple(replace(r, steps=(), outcome="") for r in report.runs),
        health=(),
        signature=None,
    )


def _as_it_was(item: ActionItem, day: date) -> ActionItem:
    """`item` as it stood at the end of `day`: one done or dropped after it was still
    open."""
    if item.done_on is not None and item.done_on > day:
        item = replace(item, done_on=None)
    if item.dropped_on is not None and item.dropped_on > day:
        item = replace(item, dropped_on=None)
    return item


class ReportService:
    """Builds the quarterly summary of a pair."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def quarter_report(self, pair_id: int, number: int | None = None) -> QuarterReport:
        """The summary of quarter `number` (default: the current one, else the last)."""
        now = self._clock.now()
        today = now.date()
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            number = number or pair.current_quarter(today) or _last_quarter(pair, today)
            goals = uow.goals.of_pair(pair_id)
            # The pair's life: up to the quarter it is in (or ended in), the next one (whose
            # goals may be set already), and any quarter it has goals for.
            last = max([_last_quarter(pair, today) + 1, *(g.quarter for g in goals)])
            if not 1 <= number <= last:
                raise ValidationError.single(
                    "quarter",
                    f"{pair.title} has quarters 1 to {last} so far; there is no quarter "
                    f"{number} to summarise",
                )
            span = quarter(pair.started_on, pair.quarters, number)
            series = uow.meetings.of_pair(pair_id)
            sessions = uow.sessions.of_pair(pair_id)
            runs = uow.checklists.runs_of_pair(pair_id)
            answers = uow.health_answers.answers(pair_id, number)
            wins = uow.wins.of_pairs([pair_id])[pair_id]
        names = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        # A past quarter is told as it stood when its last day was over (in the clock's
        # zone), the quarter a pair ended in as it stood when it ended; the current one
        # (or one ahead) as it stands now.
        last_day = span.ends_on
        moment = Moment.OVER
        if pair.ended_on is not None and pair.ended_on <= span.ends_on:
            last_day, moment = pair.ended_on, Moment.ENDED
        end_of_span = datetime.combine(last_day + timedelta(days=1), time(), now.tzinfo)
        current = now < end_of_span
        if current:
            moment = Moment.AHEAD if today < span.starts_on else Moment.UNDER_WAY
        as_of = now if current else end_of_span
        as_of_day = today if current else last_day
        meetings = [o for s in series if not s.cancelled for o in occurrences(s)]
        rows = _rows_in(span, meetings, sessions, as_of)
        in_span = [s for s in sessions if s.scheduled_for.date() in span]
        carried_in = [
            a
            for s in sessions
            if s.scheduled_for.date() < span.starts_on
            for a in s.action_items
            if _as_it_was(a, span.starts_on - timedelta(days=1)).is_open
        ]
        created = [a for s in in_span for a in s.action_items]
        then = [_as_it_was(a, as_of_day) for a in carried_in + created]
        completed = [ItemLine(names.get(a.owner_id, "?"), a) for a in then if a.done_on is not None]
        dropped = [
            ItemLine(names.get(a.owner_id, "?"), a)
            for a in then
            if a.dropped_on is not None and a.done_on is None
        ]
        still_open = [
            ItemLine(names.get(a.owner_id, "?"), a, is_overdue(a, meetings, as_of))
            for a in then
            if a.is_open
        ]
        carried_to = {g.carried_from: g.quarter for g in goals if g.carried_from is not None}
        both = {pair.mentor.id, pair.mentee.id} <= {a.person_id for a in answers}
        return QuarterReport(
            pair=pair,
            span=span,
            made_on=today,
            as_of=as_of,
            current=current,
            moment=moment,
            goals=tuple(
                GoalLine(
                    g,
                    g.progress if current else _progress_by(g, last_day),
                    current and is_behind(g, span, today),
                    carried_to.get(g.id),
                )
                for g in by_partner(pair.peers, goals)
                if g.quarter == number
            ),
            figures=_figures(rows, as_of),
            held_sessions=tuple(
                r.session for r in rows if r.status is SessionStatus.HELD and r.session
            ),
            items=ItemFigures(
                carried_in=len(carried_in),
                created=len(created),
                completed=len(completed),
                open_at_end=len(still_open),
                overdue_at_end=sum(1 for line in still_open if line.overdue),
                dropped=len(dropped),
            ),
            completed=tuple(completed),
            open_at_end=tuple(still_open),
            dropped=tuple(dropped),
            runs=tuple(
                r
                for r in runs
                if r.started_on in span or (r.follow_up_on is not None and r.follow_up_on in span)
            ),
            health=tuple(
                (names[a.person_id], a)
                for a in sorted(answers, key=lambda a: a.person_id != pair.mentor.id)
            )
            if both
            else (),
            next_goals=tuple(
                g for g in goals if g.quarter == number + 1 and g.status is not GoalStatus.DROPPED
            ),
            wins=tuple(
                (names.get(w.person_id, "Both") if w.person_id is not None else "Both", w)
                for w in wins
                if w.won_on in span and w.won_on <= as_of_day
            ),
        )


def _progress_by(goal: Goal, day: date) -> int:
    """A goal's progress at the end of `day`: its last check-in by then (its progress
    now when no check-in came later, as it then still stood)."""
    if not any(c.on > day for c in goal.checkins):
        return goal.progress
    earlier = [c for c in goal.checkins if c.on <= day]
    return earlier[-1].progress if earlier else 0


def _rows_in(
    span: Quarter, meetings: list[Occurrence], sessions: list[Session], as_of: datetime
) -> list[LogRow]:
    """The quarter's meetings and sessions by the session log's rule, each counted where
    it took place (a meeting moved into another quarter counts there)."""
    return [r for r in log_rows(meetings, sessions, as_of) if r.when.date() in span]


def _figures(rows: list[LogRow], as_of: datetime) -> MeetingFigures:
    """Every meeting of the quarter by how it went at `as_of`."""
    held = missed = cancelled = to_come = 0
    for row in rows:
        status = row.status
        if status is SessionStatus.PLANNED and row.occurrence is None:
            # An ad-hoc session never recorded: missed once its day is over.
            status = SessionStatus.MISSED if row.when.date() < as_of.date() else status
        if status is SessionStatus.HELD:
            held += 1
        elif status is SessionStatus.MISSED:
            missed += 1
        elif status is SessionStatus.CANCELLED:
            cancelled += 1
        else:
            to_come += 1
    moved = sum(1 for row in rows if row.occurrence is not None and row.occurrence.moved)
    return MeetingFigures(len(rows), held, missed, cancelled, to_come, moved)


def _last_quarter(pair: Pair, today: date) -> int:
    end = pair.ended_on or today
    return quarter_number(pair.started_on, pair.quarters, max(end, pair.started_on)) or 1


def save_pdf(path: Path, data: bytes) -> None:
    """Write a finished PDF to `path` whole or not at all.

    The bytes are checked, written to a temporary file in `path`'s folder, made durable
    and read back (the full length, ending with %%EOF), then renamed over `path`; the
    file is private (0600) like everything MentorDesk writes. On any failure nothing is
    left behind and FileAccessError says why ("the disk is full", "… is a folder",
    "the folder … does not exist", "permission denied").
    """
    if (problem := pdf_problem(data)) is not None:
        raise FileAccessError(
            translate("Report", "cannot write {path}: {problem}").format(
                path=path, problem=problem
            ),
            path,
        )

    def written_whole(temporary: Path) -> str | None:
        with temporary.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _TAIL))
            tail = handle.read()
        if size != len(data) or not tail.rstrip().endswith(PDF_END):
            return translate("Report", "the file on disk was cut short")
        return None

    write_atomically(path, data, check=written_whole)
