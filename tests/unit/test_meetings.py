"""Occurrence arithmetic: daylight-saving changes, zones without them, every 2 weeks."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mentordesk.domain.meetings import (
    MeetingSeries,
    SeriesDraft,
    SeriesException,
    move_warnings,
    next_occurrence,
    occurrence_dates,
    occurrences,
    series_problems,
    wall,
)


def series(
    zone: str,
    first: date,
    until: date,
    at: time = time(16, 0),
    every: int = 1,
    exceptions: tuple[SeriesException, ...] = (),
) -> MeetingSeries:
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[first.weekday()]
    draft = SeriesDraft(weekday, at, 45, zone, first, until, every, "Room 3.14")
    return MeetingSeries(1, "s", 1, draft, "uid@mentordesk", exceptions=exceptions)


@pytest.mark.parametrize(
    ("zone", "first", "until", "offsets"),
    [
        # Berlin leaves summer time on 25 Oct 2026: +02:00 then +01:00.
        ("Europe/Berlin", date(2026, 10, 19), date(2026, 11, 2), ["+02:00", "+01:00", "+01:00"]),
        # New York leaves on 1 Nov 2026: -04:00 then -05:00.
        ("America/New_York", date(2026, 10, 26), date(2026, 11, 9), ["-04:00", "-05:00", "-05:00"]),
        # Sydney enters summer time on 4 Oct 2026: +10:00 then +11:00.
        ("Australia/Sydney", date(2026, 9, 28), date(2026, 10, 12), ["+10:00", "+11:00", "+11:00"]),
        # Kolkata has no daylight saving.
        ("Asia/Kolkata", date(2026, 3, 23), date(2026, 4, 6), ["+05:30", "+05:30", "+05:30"]),
    ],
)
def test_wall_time_holds_across_daylight_saving(
    zone: str, first: date, until: date, offsets: list[str]
) -> None:
    found = occurrences(series(zone, first, until))
    assert [o.start.strftime("%H:%M") for o in found] == ["16:00"] * 3
    assert [o.start.isoformat()[-6:] for o in found] == offsets
    utc_hours = {o.start.astimezone(UTC).hour for o in found}
    assert len(utc_hours) == (1 if zone == "Asia/Kolkata" else 2)


def test_remembered_meeting_times_keep_the_reading_a_time_asks_for() -> None:
    """Meeting times are remembered across pairs and showings; a time with fold=1 equals
    its fold-0 twin as a key but means the second 02:30 of the night the clocks go back,
    and a skipped time still moves past the gap however often it is asked."""
    berlin = ZoneInfo("Europe/Berlin")
    back, forward = date(2026, 10, 25), date(2026, 3, 29)
    first = wall(back, time(2, 30), berlin)
    second = wall(back, time(2, 30, fold=1), berlin)
    assert (first.utcoffset(), second.utcoffset()) == (timedelta(hours=2), timedelta(hours=1))
    assert wall(back, time(2, 30), berlin) == first
    assert wall(back, time(2, 30), berlin).utcoffset() == timedelta(hours=2)
    for _ in range(2):
        assert wall(forward, time(2, 30), berlin).isoformat() == "2026-03-29T03:30:00+02:00"


def test_every_two_weeks_and_an_until_date_that_is_a_meeting_day() -> None:
    draft = series("Europe/Berlin", date(2026, 9, 7), date(2026, 10, 5), every=2).draft
    assert occurrence_dates(draft) == [date(2026, 9, 7), date(2026, 9, 21), date(2026, 10, 5)]
    draft = series("Europe/Berlin", date(2026, 9, 7), date(2026, 10, 4), every=2).draft
    assert occurrence_dates(draft)[-1] == date(2026, 9, 21)


def test_skipped_and_moved_weeks() -> None:
    moved = SeriesException(
        date(2026, 9, 14), moved_to=datetime(2026, 9, 15, 17, 0), location="Cafe"
    )
    skipped = SeriesException(date(2026, 9, 21), skip=True)
    found = occurrences(
        series("Europe/Berlin", date(2026, 9, 7), date(2026, 9, 28), exceptions=(moved, skipped))
    )
    assert [
        (o.original_date.day, o.start.day, o.start.hour, o.skipped, o.moved, o.location)
        for o in found
    ] == [
        (7, 7, 16, False, False, "Room 3.14"),
        (14, 15, 17, False, True, "Cafe"),
        (21, 21, 16, True, False, "Room 3.14"),
        (28, 28, 16, False, False, "Room 3.14"),
    ]
    assert found[1].start.tzinfo == ZoneInfo("Europe/Berlin")
    assert found[1].end - found[1].start == timedelta(minutes=45)


def test_a_window_of_meetings_is_the_whole_list_cut_by_original_date_plus_moves_into_it() -> None:
    """`since` and `until` bound by original date; a meeting moved into the window from
    outside it is in, one moved out of it is in too (it belongs to its original date)."""
    into_early = SeriesException(date(2026, 9, 7), moved_to=datetime(2026, 9, 15, 9, 0))
    into_late = SeriesException(date(2026, 10, 12), moved_to=datetime(2026, 9, 29, 9, 0))
    away = SeriesException(date(2026, 9, 21), moved_to=datetime(2026, 10, 20, 9, 0))
    s = series(
        "Europe/Berlin",
        date(2026, 8, 31),
        date(2026, 10, 26),
        exceptions=(into_early, into_late, away),
    )
    every = occurrences(s)
    window = occurrences(s, date(2026, 9, 14), date(2026, 10, 5))
    assert [o.original_date.day for o in window] == [7, 14, 21, 28, 5, 12]
    by_date = {o.original_date: o for o in every}
    assert window == [by_date[o.original_date] for o in window]
    assert occurrences(s, until=date(2030, 1, 1)) == every
    assert [o.original_date for o in occurrences(s, until=date(2026, 9, 6))] == [date(2026, 8, 31)]


def test_move_warnings() -> None:
    s = series("Europe/Berlin", date(2026, 9, 7), date(2026, 9, 28))
    assert move_warnings(s, date(2026, 9, 14), datetime(2026, 9, 15, 17)) == []
    assert move_warnings(s, date(2026, 9, 14), datetime(2026, 9, 21, 9)) == [
        "Mon, 21 Sept 2026 already has this pair's meeting (at 16:00)."
    ]
    assert move_warnings(s, date(2026, 9, 28), datetime(2026, 9, 30, 9)) == [
        "Wed, 30 Sept 2026 is outside the series (7 Sept – 28 Sept 2026)."
    ]


def test_next_occurrence_skips_skipped_and_finished_meetings() -> None:
    s = series(
        "Europe/Berlin",
        date(2026, 9, 7),
        date(2026, 9, 28),
        exceptions=(SeriesException(date(2026, 9, 14), skip=True),),
    )
    during = datetime(2026, 9, 7, 14, 30, tzinfo=UTC)  # 16:30 in Berlin, meeting under way
    upcoming = next_occurrence([s], during)
    assert upcoming is not None
    assert upcoming.original_date == date(2026, 9, 7)
    after = datetime(2026, 9, 7, 15, 0, tzinfo=UTC)
    nxt = next_occurrence([s], after)
    assert nxt is not None
    assert nxt.original_date == date(2026, 9, 21)
    assert next_occurrence([s], datetime(2026, 10, 1, tzinfo=UTC)) is None


@pytest.mark.parametrize("every", [1, 2, 3, 4])
@pytest.mark.parametrize("zone", ["Europe/Berlin", "Pacific/Kiritimati", "America/Adak"])
def test_next_occurrence_by_arithmetic_matches_walking_every_meeting(every: int, zone: str) -> None:
    # A late, long meeting (23:30 for 8 h) crosses midnight; one week moved far ahead of
    # its place in the series, one moved back, one skipped.
    first = date(2026, 1, 5)
    exceptions = (
        SeriesException(date(2026, 1, 5) + timedelta(weeks=4 * every), skip=True),
        SeriesException(first + timedelta(weeks=every), moved_to=datetime(2026, 9, 1, 8)),
        SeriesException(first + timedelta(weeks=8 * every), moved_to=datetime(2026, 2, 1, 9)),
    )
    s = series(zone, first, date(2027, 1, 4), at=time(23, 30), every=every, exceptions=exceptions)
    s = MeetingSeries(
        1, "s", 1, replace(s.draft, duration_minutes=480), s.uid, exceptions=exceptions
    )
    every_meeting = [o for o in occurrences(s) if not o.skipped]
    now = datetime(2025, 12, 30, 12, tzinfo=UTC)
    while now < datetime(2027, 1, 8, tzinfo=UTC):
        walked = min((o for o in every_meeting if o.end > now), key=lambda o: o.start, default=None)
        assert next_occurrence([s], now) == walked, now
        now += timedelta(hours=11)


@pytest.mark.parametrize("one_moved_in", [False, True])
def test_next_occurrence_looks_past_weeks_with_no_meeting_in_them(one_moved_in: bool) -> None:
    """The next few weeks are looked at first: when all of them are skipped or moved
    away (nine weeks without a meeting here), the next meeting is still found, the same
    as walking every meeting; and one moved into those weeks is found in them."""
    first = date(2026, 1, 5)  # weekly on Mondays; 2 March is the last before the gap
    skipped = tuple(SeriesException(first + timedelta(weeks=w), skip=True) for w in range(10, 17))
    moved_away = SeriesException(first + timedelta(weeks=9), moved_to=datetime(2026, 6, 3, 9))
    moved_in = SeriesException(first + timedelta(weeks=30), moved_to=datetime(2026, 4, 1, 9))
    changes = (*skipped, moved_away) + ((moved_in,) if one_moved_in else ())
    s = series("Europe/Berlin", first, date(2026, 12, 28), exceptions=changes)
    every_meeting = [o for o in occurrences(s) if not o.skipped]
    now = datetime(2026, 2, 20, 12, tzinfo=UTC)
    seen = set()
    while now < datetime(2026, 6, 30, tzinfo=UTC):
        walked = min((o for o in every_meeting if o.end > now), key=lambda o: o.start, default=None)
        assert next_occurrence([s], now) == walked, now
        seen.add(walked.start.date() if walked else None)
        now += timedelta(hours=13)
    after_the_last = next_occurrence([s], datetime(2026, 3, 3, 12, tzinfo=UTC))
    assert after_the_last is not None
    expected = date(2026, 4, 1) if one_moved_in else date(2026, 5, 4)  # 9 weeks on
    assert after_the_last.start.date() == expected
    assert date(2026, 6, 3) in seen  # the meeting moved away is found on its new day


def test_series_rules() -> None:
    good = series("Europe/Berlin", date(2026, 9, 7), date(2026, 9, 28)).draft
    assert series_problems(good) == []
    bad = SeriesDraft(
        "TU", time(16), 2, "Mars/Olympus", date(2026, 9, 7), date(2026, 9, 1), 5, "Room\n2"
    )
    assert [p.where for p in series_problems(bad)] == [
        "first_date",
        "duration_minutes",
        "every_weeks",
        "until",
        "timezone",
        "location",
    ]


def test_a_meeting_across_a_change_lasts_its_minutes() -> None:
    """Sunday 01:30 for 120 minutes in Berlin: the clocks go forward at 02:00 on 28 March
    2027 and back at 03:00 on 31 October; the meeting is two real hours both times."""
    draft = SeriesDraft(
        "SU", time(1, 30), 120, "Europe/Berlin", date(2027, 3, 21), date(2027, 11, 7)
    )
    found = {o.original_date: o for o in occurrences(MeetingSeries(1, "s", 1, draft, "u"))}
    for day in (date(2027, 3, 28), date(2027, 10, 31), date(2027, 3, 21)):
        meeting = found[day]
        assert meeting.end.astimezone(UTC) - meeting.start.astimezone(UTC) == timedelta(hours=2)
    assert f"{found[date(2027, 3, 28)].end:%H:%M}" == "04:30"  # 01:30 CET + 2 h
    assert f"{found[date(2027, 10, 31)].end:%H:%M}" == "02:30"  # 01:30 CEST + 2 h, in CET


def test_a_time_the_clocks_skip_is_read_before_the_gap_and_one_they_repeat_first() -> None:
    from mentordesk.domain.meetings import WallTime, series_time_notes, wall_time_kind

    berlin = ZoneInfo("Europe/Berlin")
    assert wall_time_kind(date(2027, 3, 28), time(2, 30), berlin) is WallTime.SKIPPED
    assert wall_time_kind(date(2027, 10, 31), time(2, 30), berlin) is WallTime.TWICE
    assert wall_time_kind(date(2027, 10, 31), time(3, 30), berlin) is WallTime.ONCE
    draft = SeriesDraft(
        "SU", time(2, 30), 45, "Europe/Berlin", date(2027, 3, 21), date(2027, 11, 7)
    )
    found = {o.original_date: o for o in occurrences(MeetingSeries(1, "s", 1, draft, "u"))}
    skipped, twice = found[date(2027, 3, 28)].start, found[date(2027, 10, 31)].start
    assert skipped.isoformat() == "2027-03-28T03:30:00+02:00"  # RFC 5545 3.3.5
    assert twice.isoformat() == "2027-10-31T02:30:00+02:00"  # the first 02:30
    notes = series_time_notes(draft)
    assert len(notes) == 2
    assert "go forward" in notes[0]
    assert "at 03:30" in notes[0]
    assert "go back" in notes[1]
    assert "the first 02:30" in notes[1]
    assert series_time_notes(replace(draft, start_time=time(16))) == []
    lord_howe = replace(draft, timezone="Australia/Lord_Howe", start_time=time(1, 45))
    # Lord Howe Island's clocks go back half an hour, from 02:00 to 01:30, in April.
    assert any("01:45 happens twice" in note for note in series_time_notes(lord_howe))
