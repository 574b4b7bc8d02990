"""`on_wall_clock`: a moment moved onto a zone's wall clock compares with that zone's
meeting times exactly as on the timeline (Python compares one zone's times by their wall
clocks, ignoring fold), and is left as it is in an hour the clocks repeat; the team's
attendance counts the same either way."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentordesk.domain.meetings import Occurrence, after, on_wall_clock, wall
from mentordesk.domain.sessions import attendance

# Zones with a clock change on the day: an hour back (Berlin, New York), half an hour
# back (Lord Howe), an hour forward (Sydney), and Casablanca's Ramadan change.
CHANGES = [
    ("Europe/Berlin", date(2026, 10, 25)),
    ("Europe/Berlin", date(2026, 3, 29)),
    ("America/New_York", date(2026, 11, 1)),
    ("Australia/Lord_Howe", date(2026, 4, 5)),
    ("Australia/Sydney", date(2026, 10, 4)),
    ("Africa/Casablanca", date(2026, 2, 15)),
]


def moments(day: date) -> list[datetime]:
    """Every ten minutes across the day before, the day and the day after, in UTC."""
    start = datetime.combine(day - timedelta(days=1), time(), tzinfo=UTC)
    return [start + timedelta(minutes=10 * n) for n in range(6 * 24 * 3)]


@pytest.mark.parametrize(("zone_name", "day"), CHANGES)
def test_comparisons_with_meeting_times_keep_the_timeline_order(zone_name: str, day: date) -> None:
    zone = ZoneInfo(zone_name)
    starts = [wall(day, time(hour, minute), zone) for hour in range(24) for minute in (0, 25, 45)]
    ends = [after(start, timedelta(minutes=50)) for start in starts]
    times = starts + ends
    compared = 0
    for moment in moments(day):
        local = on_wall_clock(moment, zone)
        assert local == moment  # the same instant
        for when in times:
            assert (when <= local) == (when <= moment)
            assert (when >= local) == (when >= moment)
            compared += 1
    assert compared == 432 * 144


def test_a_moment_in_an_hour_the_clocks_repeat_is_left_as_it_is() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    second_pass = datetime(2026, 10, 25, 1, 20, tzinfo=UTC)  # 02:20 CET, after 02:20 CEST
    assert on_wall_clock(second_pass, berlin).tzinfo is UTC
    ordinary = datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    assert on_wall_clock(ordinary, berlin).tzinfo is berlin
    assert on_wall_clock(ordinary, None) is ordinary


def test_a_meeting_in_the_repeated_hour_is_past_once_it_ended_on_the_timeline() -> None:
    """02:40 summer time, 30 minutes, ended at 01:10 UTC; at 02:20 winter time (01:20
    UTC) its wall clock reads later than now's, but it is over and unrecorded: missed."""
    berlin = ZoneInfo("Europe/Berlin")
    start = wall(date(2026, 10, 25), time(2, 40), berlin)
    assert start.utcoffset() == timedelta(hours=2)
    meeting = Occurrence(1, date(2026, 10, 25), start, timedelta(minutes=30), "Room 3.14")
    now = datetime(2026, 10, 25, 1, 20, tzinfo=UTC)
    assert attendance([meeting], [], now) == (1, 0, 1)
    assert attendance([meeting], [], now - timedelta(minutes=15)) == (0, 0, 0)  # under way
