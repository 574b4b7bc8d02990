"""The quarterly progress summary: what the pair reviews, prints and signs.

Plain data only; the UI lays it out on paper, and `save_pdf` puts the finished PDF on
disk whole or not at all. Private notes are never read here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from mentordesk.domain.goals import Goal, GoalStatus, is_behind
from mentordesk.domain.health import ChecklistRun, HealthAnswer
from mentordesk.domain.meetings import MeetingSeries, occurrences
from mentordesk.domain.pairs import Pair
from mentordesk.domain.quarters import Quarter, quarter, quarter_number
from mentordesk.domain.sessions import ActionItem, Session, SessionStatus, is_overdue
from mentordesk.errors import ValidationError
from mentordesk.files import FileAccessError, write_atomically
from mentordesk.services.clock import Clock
from mentordesk.store.unit_of_work import Store

PDF_START = b"%PDF-"
PDF_END = b"%%EOF"
_TAIL = 1024  # a PDF ends with %%EOF and at most a line break or two after it


@dataclass(frozen=True)
class MeetingFigures:
    """How the quarter's meetings went."""

    planned: int
    held: int
    missed: int
    skipped: int
    moved: int

    @property
    def attendance(self) -> float | None:
        """Held out of planned, or None when nothing was planned."""
        return self.held / self.planned if self.planned else None


@dataclass(frozen=True)
class ItemLine:
    """An action item with its owner's name."""

    owner: str
    item: ActionItem


@dataclass(frozen=True)
class QuarterReport:
    """Everything on the quarterly progress summary."""

    pair: Pair
    span: Quarter
    made_on: date
    goals: tuple[tuple[Goal, bool], ...]  # goal and whether it is behind schedule
    figures: MeetingFigures
    held_sessions: tuple[Session, ...]
    created: tuple[ItemLine, ...]
    completed: tuple[ItemLine, ...]
    still_open: tuple[ItemLine, ...]
    overdue: tuple[ItemLine, ...]  # by the session editor's rule, as of now or the quarter's end
    runs: tuple[ChecklistRun, ...]
    health: tuple[tuple[str, HealthAnswer], ...]  # (name, answers) once both answered
    next_goals: tuple[Goal, ...]


def _as_it_was(item: ActionItem, day: date) -> ActionItem:
    """`item` as it stood at the start of `day`: one done on or after it was still open."""
    if item.done_on is not None and item.done_on >= day:
        return replace(item, done_on=None)
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
            answers = uow.checklists.answers(pair_id, number)
        names = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        day = min(today, span.ends_on)
        # A past quarter is told as it stood when its last day was over; the current one
        # (or a later one) as it stands now.
        as_of = min(now, datetime.combine(span.ends_on + timedelta(days=1), time(), now.tzinfo))
        meetings = [o for s in series if not s.cancelled for o in occurrences(s)]
        in_span = [s for s in sessions if s.scheduled_for.date() in span]
        items = [ItemLine(names.get(a.owner_id, "?"), a) for s in in_span for a in s.action_items]
        all_items = [
            ItemLine(names.get(a.owner_id, "?"), _as_it_was(a, span.ends_on + timedelta(days=1)))
            for s in sessions
            for a in s.action_items
            if s.scheduled_for.date() <= span.ends_on
        ]
        both = {pair.mentor.id, pair.mentee.id} <= {a.person_id for a in answers}
        return QuarterReport(
            pair=pair,
            span=span,
            made_on=today,
            goals=tuple((g, is_behind(g, span, day)) for g in goals if g.quarter == number),
            figures=_figures(series, sessions, span, now),
            held_sessions=tuple(s for s in in_span if s.status is SessionStatus.HELD),
            created=tuple(items),
            completed=tuple(
                i for i in all_items if i.item.done_on is not None and i.item.done_on in span
            ),  # done after the quarter: still open in it (see _as_it_was)
            still_open=tuple(i for i in all_items if i.item.is_open),
            overdue=tuple(i for i in all_items if is_overdue(i.item, meetings, as_of)),
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
        )


def _figures(
    series: list[MeetingSeries], sessions: list[Session], span: Quarter, now: datetime
) -> MeetingFigures:
    planned = held = missed = skipped = moved = 0
    recorded = {(s.series_id, s.occurrence_date): s for s in sessions}
    for item in series:
        if item.cancelled:
            continue
        for o in occurrences(item):
            if o.original_date not in span:
                continue
            if o.skipped:
                skipped += 1
                continue
            moved += o.moved
            if o.end > now:
                continue
            planned += 1
            session = recorded.get((o.series_id, o.original_date))
            if session is not None and session.status is SessionStatus.HELD:
                held += 1
            elif session is None or session.status is SessionStatus.MISSED:
                missed += 1
    return MeetingFigures(planned, held, missed, skipped, moved)


def _last_quarter(pair: Pair, today: date) -> int:
    end = pair.ended_on or today
    return quarter_number(pair.started_on, pair.quarters, max(end, pair.started_on)) or 1


def pdf_problem(data: bytes) -> str | None:
    """What is wrong with the bytes of a PDF, if anything: nothing drawn, not a PDF, or
    cut short (no %%EOF at the end)."""
    if not data:
        return "nothing was drawn"
    if not data.startswith(PDF_START):
        return "what was drawn is not a PDF"
    if not data[-_TAIL:].rstrip().endswith(PDF_END):
        return "the PDF was cut short"
    return None


def save_pdf(path: Path, data: bytes) -> None:
    """Write a finished PDF to `path` whole or not at all.

    The bytes are checked, written to a temporary file in `path`'s folder, made durable
    and read back (the full length, ending with %%EOF), then renamed over `path`; the
    file is private (0600) like everything MentorDesk writes. On any failure nothing is
    left behind and FileAccessError says why ("the disk is full", "… is a folder",
    "the folder … does not exist", "permission denied").
    """
    if (problem := pdf_problem(data)) is not None:
        raise FileAccessError(f"cannot write {path}: {problem}", path)

    def written_whole(temporary: Path) -> str | None:
        with temporary.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - _TAIL))
            tail = handle.read()
        if size != len(data) or not tail.rstrip().endswith(PDF_END):
            return "the file on disk was cut short"
        return None

    write_atomically(path, data, check=written_whole)
