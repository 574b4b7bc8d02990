"""One rule for "overdue" everywhere: the session editor, the health signals and the
quarterly summary all call an open item overdue once the last meeting on its due day has
ended, or (with no meeting that day) once the day is over; the summary of a past quarter
tells it as it stood at the end of the quarter's last day. Health reads the same few
queries whatever the number of pairs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.unit_of_work import Store

# Mondays at 16:00 in Berlin (15:00 UTC) for 45 minutes; quarter 1 of the pair runs from
# Mon 7 Sep to Sun 6 Dec 2026, quarter 2 from Mon 7 Dec.
LONG_AGO = "Long overdue"  # due Wed 18 Nov
AT_MONDAY = "At Monday's meeting"  # due Mon 23 Nov
ON_WEDNESDAY = "On Wednesday"  # due Wed 25 Nov: no meeting that day
DONE = "Done before Monday"  # due Mon 23 Nov, done


def meeting_session(services: Services, pair_id: int, index: int) -> int:
    """The session of the pair's meeting `index` (0: Mon 2 Nov)."""
    occurrence = services.sessions.log(pair_id)[index].occurrence
    return services.sessions.open_for(pair_id, occurrence)[0]


@pytest.fixture
def session_id(services: Services, pair: tuple[int, int, int]) -> int:
    """The session of Mon 16 Nov, with the four items above agreed in it."""
    pair_id, ana, ben = pair
    session_id = meeting_session(services, pair_id, 2)
    s = services.sessions
    s.add_action_item(session_id, ben, LONG_AGO, date(2026, 11, 18))
    s.add_action_item(session_id, ben, AT_MONDAY, date(2026, 11, 23))
    s.add_action_item(session_id, ana, ON_WEDNESDAY, date(2026, 11, 25))
    s.add_action_item(session_id, ana, DONE, date(2026, 11, 23))
    [done] = [i for i in s.get(session_id).action_items if i.text == DONE]
    s.edit_action_item(done.id, done_on=date(2026, 11, 22))
    return session_id


@dataclass(frozen=True)
class Overdue:
    """What each place calls overdue at one moment."""

    editor: frozenset[str]  # the session editor's marks
    health: int  # the pair's health signal
    report: frozenset[str]  # the current quarter's summary


Views = Callable[[datetime], Overdue]


@pytest.fixture
def views(
    services: Services, pair: tuple[int, int, int], clock: FixedClock, session_id: int
) -> Views:
    """What the session editor, the health signals and the summary of the current quarter
    call overdue at a moment."""
    pair_id, _, _ = pair

    def at(moment: datetime) -> Overdue:
        clock.moment = moment
        session = services.sessions.get(session_id)
        texts = {i.id: i.text for i in session.action_items}
        editor = frozenset(texts[i] for i in services.sessions.overdue_items(session))
        health = services.health.signals([pair_id])[pair_id].overdue_items
        report = services.reports.quarter_report(pair_id)
        return Overdue(editor, health, frozenset(line.item.text for line in report.overdue))

    return at


def agreed(*texts: str) -> Overdue:
    """These items overdue, by every place's count."""
    return Overdue(frozenset(texts), len(texts), frozenset(texts))


def test_an_item_due_today_is_overdue_once_todays_meeting_is_over(views: Views) -> None:
    assert views(datetime(2026, 11, 23, 8, tzinfo=UTC)) == agreed(LONG_AGO)  # ahead
    assert views(datetime(2026, 11, 23, 15, 10, tzinfo=UTC)) == agreed(LONG_AGO)  # under way
    assert views(datetime(2026, 11, 23, 15, 44, 59, tzinfo=UTC)) == agreed(LONG_AGO)
    # Over: the same day, not only from tomorrow on.
    assert views(datetime(2026, 11, 23, 15, 45, tzinfo=UTC)) == agreed(LONG_AGO, AT_MONDAY)


def test_an_item_due_on_a_day_without_a_meeting_is_overdue_only_the_next_day(
    views: Views,
) -> None:
    both = agreed(LONG_AGO, AT_MONDAY)
    assert views(datetime(2026, 11, 25, 8, tzinfo=UTC)) == both
    assert views(datetime(2026, 11, 25, 23, 59, 59, tzinfo=UTC)) == both
    assert views(datetime(2026, 11, 26, 0, tzinfo=UTC)) == agreed(LONG_AGO, AT_MONDAY, ON_WEDNESDAY)


def test_a_skipped_meeting_on_the_due_day_leaves_the_day_rule(
    services: Services, pair: tuple[int, int, int], views: Views
) -> None:
    [series] = services.meetings.series_of(pair[0])
    services.meetings.skip(series.id, date(2026, 11, 23))
    assert views(datetime(2026, 11, 23, 15, 45, tzinfo=UTC)) == agreed(LONG_AGO)
    assert views(datetime(2026, 11, 23, 23, 59, tzinfo=UTC)) == agreed(LONG_AGO)
    assert views(datetime(2026, 11, 24, 0, tzinfo=UTC)) == agreed(LONG_AGO, AT_MONDAY)


def test_the_rule_holds_when_the_clock_is_in_a_day_ahead_of_the_meetings(views: Views) -> None:
    # Kiritimati is 14 hours ahead of UTC: there it is already Tuesday while Monday's
    # Berlin meeting is under way, yet the item is not overdue until that meeting ends.
    ahead = ZoneInfo("Pacific/Kiritimati")
    under_way = datetime(2026, 11, 23, 15, 10, tzinfo=UTC).astimezone(ahead)
    assert under_way.date() == date(2026, 11, 24)
    assert views(under_way) == agreed(LONG_AGO)
    over = datetime(2026, 11, 23, 15, 45, tzinfo=UTC).astimezone(ahead)
    assert views(over) == agreed(LONG_AGO, AT_MONDAY)
    # A day without a meeting is over when it is over where the clock is.
    assert views(datetime(2026, 11, 25, 23, 59, tzinfo=ahead)) == agreed(LONG_AGO, AT_MONDAY)
    assert views(datetime(2026, 11, 26, 0, tzinfo=ahead)) == agreed(
        LONG_AGO, AT_MONDAY, ON_WEDNESDAY
    )


def test_a_past_quarters_summary_tells_overdue_as_of_the_end_of_its_last_day(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, ana, ben = pair
    session_id = meeting_session(services, pair_id, 2)  # Mon 16 Nov
    s = services.sessions
    s.add_action_item(session_id, ben, "At the last meeting of quarter 1", date(2026, 11, 30))
    s.add_action_item(session_id, ana, "On quarter 1's last day", date(2026, 12, 6))  # Sunday
    s.add_action_item(session_id, ben, "At the first meeting of quarter 2", date(2026, 12, 7))
    s.add_action_item(session_id, ana, "Due today", date(2026, 12, 15))  # Tuesday

    def overdue(moment: datetime, number: int) -> list[str]:
        clock.moment = moment
        report = services.reports.quarter_report(pair_id, number)
        return sorted(line.item.text for line in report.overdue)

    # On quarter 1's last day it is the current quarter: as of now.
    last_evening = datetime(2026, 12, 6, 23, 59, tzinfo=UTC)
    assert overdue(last_evening, 1) == ["At the last meeting of quarter 1"]
    # Once that day is over, quarter 1 is told as it stood then, however late one looks.
    closed = ["At the last meeting of quarter 1", "On quarter 1's last day"]
    assert overdue(datetime(2026, 12, 7, 0, tzinfo=UTC), 1) == closed
    assert overdue(datetime(2026, 12, 15, 12, tzinfo=UTC), 1) == closed
    assert overdue(datetime(2027, 2, 1, 12, tzinfo=UTC), 1) == closed
    # The current quarter is as of now: Monday's meeting is over, today is not.
    assert overdue(datetime(2026, 12, 15, 12, tzinfo=UTC), 2) == [
        "At the first meeting of quarter 2",
        *closed,
    ]
    # Done after quarter 1 ended: it was still open, and overdue, when quarter 1 ended.
    [late] = [i for i in s.get(session_id).action_items if i.text.startswith("At the last")]
    clock.moment = datetime(2026, 12, 15, 12, tzinfo=UTC)
    s.update_action_item(late.id, late.owner_id, late.text, late.due, date(2026, 12, 15))
    assert overdue(datetime(2026, 12, 16, 12, tzinfo=UTC), 1) == closed
    report = services.reports.quarter_report(pair_id, 1)
    assert "At the last meeting of quarter 1" in [i.item.text for i in report.open_at_end]
    assert "At the last meeting of quarter 1" not in [i.item.text for i in report.completed]


def test_health_reads_as_many_statements_for_many_pairs_as_for_one(
    services: Services, store: Store, pair: tuple[int, int, int], session_id: int
) -> None:
    pair_id, ana, _ = pair
    pair_ids = [pair_id]
    for n, name in enumerate(("Cara Diaz", "Dan Eze", "Eva Fox")):
        mentee = services.people.create(PersonDraft(name, f"{n}@example.org")).created or 0
        other = services.pairs.create(ana, mentee, date(2026, 9, 7)).created or 0
        services.meetings.plan(
            other,
            SeriesDraft(
                "MO", time(9 + n), 60, "Europe/Berlin", date(2026, 11, 2), date(2026, 12, 21)
            ),
        )
        other_session = meeting_session(services, other, 2)
        for day in (16, 18, 21, 23, 25):
            services.sessions.add_action_item(
                other_session, mentee, f"Due {day}", date(2026, 11, day)
            )
        pair_ids.append(other)

    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        one = services.health.signals(pair_ids[:1])
        for_one = len(statements)
        statements.clear()
        many = services.health.signals(pair_ids)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert len(statements) == for_one
    assert many[pair_id] == one[pair_id]
    # Sat 21 Nov 10:00 UTC: the 16th's and 18th's are overdue, today's is not yet.
    assert [many[i].overdue_items for i in pair_ids] == [1, 2, 2, 2]
