"""The missed rule, the session log, carry-over of open action items, their default due
date, when they are overdue and which goals they may serve."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentordesk.domain.goals import Goal, GoalStatus, Skill
from mentordesk.domain.meetings import MeetingSeries, SeriesDraft, SeriesException, occurrences
from mentordesk.domain.sessions import (
    ActionItem,
    Session,
    SessionContent,
    SessionStatus,
    carried_items,
    default_due,
    due_meeting_over,
    goals_to_serve,
    is_overdue,
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


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def test_an_item_agreed_during_a_meeting_is_due_at_the_next_one_not_the_same_day() -> None:
    meetings = occurrences(SERIES)  # Mondays 16:00-16:45 from 2 Nov; 16 Nov is skipped
    assert default_due(berlin(2, 16), berlin(2, 16, 20), meetings) == date(2026, 11, 9)
    # Meeting mode opens shortly before the meeting starts: still the next one.
    assert default_due(berlin(2, 16), berlin(2, 15, 40), meetings) == date(2026, 11, 9)
    assert default_due(berlin(9, 16), berlin(9, 16, 5), meetings) == date(2026, 11, 23)  # skip
    # An item added later to an old session is due at the next meeting still ahead.
    assert default_due(berlin(2, 16), berlin(21, 11), meetings) == date(2026, 11, 23)
    # After the last meeting, or with none: a week after the session.
    assert default_due(berlin(30, 16), berlin(30, 16, 10), meetings) == date(2026, 12, 7)
    assert default_due(berlin(18, 9), berlin(18, 9, 30), []) == date(2026, 11, 25)


def test_an_item_is_overdue_only_once_its_due_meeting_is_over() -> None:
    meetings = occurrences(SERIES)
    due_monday = ActionItem(1, "a1", 2, 2, "Read the guide", due=date(2026, 11, 9))
    assert not is_overdue(due_monday, meetings, berlin(9, 10))  # the day, meeting ahead
    assert not is_overdue(due_monday, meetings, berlin(9, 16, 30))  # under way
    assert is_overdue(due_monday, meetings, berlin(9, 16, 45))  # over
    assert not is_overdue(replace(due_monday, done_on=date(2026, 11, 9)), meetings, NOW)
    assert not is_overdue(replace(due_monday, due=None), meetings, NOW)
    no_meeting = replace(due_monday, due=date(2026, 11, 11))  # a Wednesday
    assert not is_overdue(no_meeting, meetings, berlin(11, 23, 59))
    assert is_overdue(no_meeting, meetings, berlin(12, 0, 1))
    skipped = replace(due_monday, due=date(2026, 11, 16))  # that meeting was skipped
    assert not is_overdue(skipped, meetings, berlin(16, 17))
    assert is_overdue(skipped, meetings, berlin(17, 0, 1))


def test_the_due_meeting_is_over_once_the_last_meeting_of_the_day_has_ended() -> None:
    meetings = occurrences(SERIES)
    monday = date(2026, 11, 9)
    assert not due_meeting_over(monday, meetings, berlin(9, 16, 44))  # under way
    assert due_meeting_over(monday, meetings, berlin(9, 16, 45))  # ended
    # A second meeting that day (say, one moved there) is the one the item is due at.
    [nine] = [o for o in meetings if o.original_date == monday]
    evening = nine._replace(original_date=date(2026, 11, 10), start=berlin(9, 19))
    assert not due_meeting_over(monday, [*meetings, evening], berlin(9, 19, 44))
    assert due_meeting_over(monday, [*meetings, evening], berlin(9, 19, 45))
    # No meeting that day (or only a skipped one): over once the day is, in now's zone.
    for day in (date(2026, 11, 11), date(2026, 11, 16)):
        assert not due_meeting_over(day, meetings, datetime.combine(day, time.max, BERLIN))
        assert due_meeting_over(day, meetings, datetime.combine(day + timedelta(1), time(), BERLIN))
    # The meeting's day is its own zone's; the instant it ends is what counts.
    auckland = berlin(9, 16, 30).astimezone(ZoneInfo("Pacific/Auckland"))  # Tue 04:30 there
    assert auckland.date() == date(2026, 11, 10)
    assert not due_meeting_over(monday, meetings, auckland)
    assert due_meeting_over(monday, meetings, auckland + timedelta(minutes=15))


def test_an_item_may_serve_the_open_goals_of_its_quarter_and_later() -> None:
    def goal(ident: int, quarter: int, status: GoalStatus = GoalStatus.IN_PROGRESS) -> Goal:
        return Goal(
            ident, f"g{ident}", 1, quarter, Skill.SOFT, f"Goal {ident}", NOW.date(), status=status
        )

    goals = [
        goal(1, 1),
        goal(2, 2),
        goal(3, 2, GoalStatus.DROPPED),
        goal(4, 3, GoalStatus.ACHIEVED),
    ]
    assert [g.id for g in goals_to_serve(goals, 2, ())] == [2, 4]
    linked = (
        ActionItem(1, "a1", 2, 2, "Old", goal_id=1),
        ActionItem(2, "a2", 2, 2, "x", goal_id=3),
    )
    assert [g.id for g in goals_to_serve(goals, 2, linked)] == [1, 2, 3, 4]


def test_forty_years_of_weekly_meetings_carry_their_open_items_right() -> None:
    """A pair of 2,000 weeks (the count is one pass now, not one per session)."""
    start = datetime(1988, 1, 4, 16, tzinfo=BERLIN)
    sessions = [
        Session(
            n,
            f"s{n}",
            1,
            start + timedelta(weeks=n),
            SessionStatus.MISSED if n % 10 == 9 else SessionStatus.HELD,
            1,
            (start + timedelta(weeks=n)).date(),
            action_items=(item(n, n),) if n % 500 == 0 else (),
        )
        for n in range(2000)
    ]
    carried = carried_items(sessions, start + timedelta(weeks=2000))
    # Held sessions after week n: 1999 - n of them, less the missed tenth weeks.
    expected = [
        (n, sum(1 for m in range(n + 1, 2000) if m % 10 != 9)) for n in (0, 500, 1000, 1500)
    ]
    assert [(c.item.id, c.carried) for c in carried] == expected
