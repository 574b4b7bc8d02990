"""The missed rule, the session log and carry-over of open action items."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentordesk.domain.meetings import MeetingSeries, SeriesDraft, SeriesException, occurrences
from mentordesk.domain.sessions import (
    ActionItem,
    Session,
    SessionContent,
    SessionStatus,
    carried_items,
    keep_both,
    log_rows,
)

BERLIN = ZoneInfo("Europe/Berlin")
SERIES = MeetingSeries(
    1,
    "s",
    1,
    SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 11, 30)),
    "uid",
    exceptions=(SeriesException(date(2026, 11, 16), skip=True),),
)
NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


def session(
    day: int, status: SessionStatus, items: tuple[ActionItem, ...] = (), linked: bool = True
) -> Session:
    when = datetime(2026, 11, day, 16, tzinfo=BERLIN)
    return Session(
        day,
        f"s{day}",
        1,
        when,
        status,
        1 if linked else None,
        date(2026, 11, day) if linked else None,
        action_items=items,
    )


def item(ident: int, session_id: int, done: date | None = None) -> ActionItem:
    return ActionItem(ident, f"a{ident}", session_id, 2, f"item {ident}", done_on=done)


def test_log_marks_missed_cancelled_and_planned() -> None:
    sessions = [session(2, SessionStatus.HELD), session(18, SessionStatus.HELD, linked=False)]
    rows = log_rows(occurrences(SERIES), sessions, NOW)
    assert [(r.when.day, r.status.value, r.session is not None) for r in rows] == [
        (2, "held", True),
        (9, "missed", False),  # past, no held session
        (16, "cancelled", False),  # skipped week
        (18, "held", True),  # ad hoc
        (23, "missed", False),
        (30, "planned", False),
    ]


def test_open_items_are_carried_until_done_and_counted() -> None:
    sessions = [
        session(2, SessionStatus.HELD, (item(1, 2), item(2, 2, done=date(2026, 11, 5)))),
        session(9, SessionStatus.MISSED),
        session(23, SessionStatus.HELD, (item(3, 23),)),
    ]
    agenda = carried_items(sessions, datetime(2026, 11, 30, 16, tzinfo=BERLIN))
    assert [(c.item.id, c.carried) for c in agenda] == [(1, 1), (3, 0)]
    earlier = carried_items(sessions, datetime(2026, 11, 23, 16, tzinfo=BERLIN))
    assert [(c.item.id, c.carried) for c in earlier] == [(1, 0)]  # the missed week is no carry


def test_a_session_that_no_longer_matches_its_week_still_shows() -> None:
    moved_series = SERIES.draft.__class__(
        "MO", time(16), 45, "Europe/Berlin", date(2026, 11, 9), date(2026, 11, 30)
    )
    series = MeetingSeries(1, "s", 1, moved_series, "uid")
    rows = log_rows(occurrences(series), [session(2, SessionStatus.HELD)], NOW)
    assert rows[0].session is not None
    assert rows[0].when == datetime(2026, 11, 2, 16, tzinfo=BERLIN)
    assert timedelta(0) < rows[1].when - rows[0].when


def test_keeping_both_versions_loses_neither() -> None:
    theirs = SessionContent(SessionStatus.HELD, ("Pairing", "Reviews"), "They wrote this.")
    mine = SessionContent(SessionStatus.MISSED, ("Reviews", "Career"), "I wrote that.")
    both = keep_both(mine, theirs)
    assert both.topics == ("Pairing", "Reviews", "Career")
    assert both.notes == "They wrote this.\n\n— My version —\nI wrote that."
    assert both.status is SessionStatus.MISSED
    # Nothing to add: an empty note of mine, or one they already contain.
    assert keep_both(replace(mine, notes=""), theirs).notes == "They wrote this."
    assert keep_both(replace(mine, notes="They wrote"), theirs).notes == "They wrote this."
    assert keep_both(mine, replace(theirs, notes=" ")).notes == "I wrote that."
