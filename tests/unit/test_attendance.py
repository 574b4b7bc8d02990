"""The health signals count the session log by the log's own rule: `attendance` over a
pair's recorded sessions (held, missed or cancelled, as the store reads them for many
pairs at once) says what counting the rows of `log_rows` over all its sessions says."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from mentordesk.domain.meetings import MeetingSeries, SeriesDraft, SeriesException, occurrences
from mentordesk.domain.sessions import (
    Attendance,
    Session,
    SessionMark,
    SessionStatus,
    attendance,
    log_rows,
)

BERLIN = ZoneInfo("Europe/Berlin")
FIRST = date(2026, 9, 7)  # a Monday; the clocks go back on 25 October
SERIES = SeriesDraft("MO", time(16), 45, "Europe/Berlin", FIRST, date(2026, 12, 28))
WEEKS = 17
STATUSES = list(SessionStatus)


@st.composite
def histories(draw: st.DrawFn) -> tuple[MeetingSeries, list[Session], datetime]:
    """A weekly series with skipped and moved meetings, sessions linked to some of its
    meetings (some to meetings outside it) and ad-hoc ones, of every status; and a now."""
    exceptions = []
    for week in sorted(draw(st.sets(st.integers(0, WEEKS - 1), max_size=5))):
        day = FIRST + timedelta(weeks=week)
        if draw(st.booleans()):
            exceptions.append(SeriesException(day, skip=True))
        else:
            moved = datetime.combine(day + timedelta(days=draw(st.integers(-2, 2))), time(9))
            exceptions.append(SeriesException(day, moved_to=moved))
    series = MeetingSeries(1, "s", 1, SERIES, "uid", exceptions=tuple(exceptions))
    sessions = []
    for week in sorted(draw(st.sets(st.integers(-2, WEEKS + 1), max_size=WEEKS))):
        day = FIRST + timedelta(weeks=week)
        when = datetime.combine(day, time(16), tzinfo=BERLIN)
        when += timedelta(hours=draw(st.integers(-30, 30)))  # a session may be held apart
        status = draw(st.sampled_from(STATUSES))
        sessions.append(Session(len(sessions) + 1, f"s{week}", 1, when, status, 1, day))
    for hours in draw(st.lists(st.integers(0, WEEKS * 7 * 24), max_size=6)):
        when = datetime.combine(FIRST, time(8), tzinfo=UTC) + timedelta(hours=hours)
        status = draw(st.sampled_from(STATUSES))
        sessions.append(Session(len(sessions) + 1, f"a{hours}", 1, when, status))
    now = datetime.combine(FIRST, time(0), tzinfo=UTC) + timedelta(
        minutes=draw(st.integers(0, WEEKS * 7 * 24 * 60))
    )
    return series, sessions, now


def counted_from_the_log(rows: list[Session], series: MeetingSeries, now: datetime) -> Attendance:
    past = [
        r.status
        for r in log_rows(occurrences(series), rows, now)
        if r.when <= now and r.status in (SessionStatus.HELD, SessionStatus.MISSED)
    ]
    missed = len(past) - len(
        "".join("h" if s is SessionStatus.HELD else "m" for s in past).rstrip("m")
    )
    return Attendance(len(past), past.count(SessionStatus.HELD), missed)


@settings(max_examples=300, deadline=None)
@given(histories())
def test_attendance_counts_what_the_log_shows(
    history: tuple[MeetingSeries, list[Session], datetime],
) -> None:
    series, sessions, now = history
    marks = [
        SessionMark(
            s.scheduled_for.astimezone(UTC).replace(tzinfo=None),
            s.status,
            s.series_id,
            s.occurrence_date,
        )
        for s in sessions
        if s.status is not SessionStatus.PLANNED  # what the store reads: the recorded
    ]
    found = attendance(occurrences(series), marks, now)
    assert found == counted_from_the_log(sessions, series, now)


def test_attendance_of_a_plain_history() -> None:
    """Held, held, missed (unrecorded), cancelled, missed: five meetings past, four counted,
    two held, the last missed in a row once the cancelled one is passed over."""
    series = MeetingSeries(1, "s", 1, SERIES, "uid")
    monday = [FIRST + timedelta(weeks=w) for w in range(5)]

    def mark(day: date, status: SessionStatus) -> SessionMark:
        return SessionMark(datetime.combine(day, time(14)), status, 1, day)

    marks = [
        mark(monday[0], SessionStatus.HELD),
        mark(monday[1], SessionStatus.HELD),
        mark(monday[3], SessionStatus.CANCELLED),
        mark(monday[4], SessionStatus.MISSED),
    ]
    now = datetime.combine(monday[4] + timedelta(days=1), time(0), tzinfo=UTC)
    assert attendance(occurrences(series), marks, now) == Attendance(4, 2, 2)
