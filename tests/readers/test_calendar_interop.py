"""Calendar files read by software nobody here wrote, through the file's own VTIMEZONE.

libical (Evolution, GNOME), ical.js (Thunderbird) and vobject take a meeting's offset
from the VTIMEZONE inside the file, so every file here also has its TZID renamed: a
reader can then only get the instants right if the block is right. Each reader's
meetings (start, end, place) must be exactly the app's own list (`occurrences`, what the
Meetings tab shows), across rule changes, gaps, folds, every 1-4 weeks, moves to other
weekdays, re-plans and cancellations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from calendar_readers import Meeting, reader

from mentordesk.calendar_files.ics import calendar_file
from mentordesk.calendar_files.method import Method
from mentordesk.calendar_files.vtimezone import transitions
from mentordesk.domain.meetings import (
    WEEKDAYS,
    MeetingSeries,
    SeriesDraft,
    SeriesException,
    occurrence_dates,
    occurrences,
)
from mentordesk.domain.pairs import Pair
from mentordesk.domain.people import Person

READERS = ("libical", "icaljs", "vobject")
PAIR = Pair(
    1,
    "ana-ben",
    Person(1, "ana", "Ana Silva", "ana@example.org"),
    Person(2, "ben", "Ben Okafor", "ben@example.org"),
    date(2000, 1, 3),
)
STAMP = datetime(2026, 11, 21, 10, tzinfo=UTC)

# Zones whose rules changed during the span, with the kind of change.
CHANGED = {
    "Asia/Jerusalem": "Friday before the last Sunday of March",
    "Africa/Casablanca": "daylight saving paused for Ramadan, then the base offset moved",
    "America/Sao_Paulo": "daylight saving abolished in 2019",
    "America/Mexico_City": "daylight saving abolished in 2022",
    "Asia/Tehran": "22 March rule, abolished in 2022",
    "Europe/Moscow": "permanent summer time in 2011, back to +03 in 2014",
    "Pacific/Apia": "skipped 30 December 2011, daylight saving until 2021",
    "Africa/Cairo": "reinstated in 2023 on the last Friday of April",
    "Asia/Amman": "last Thursday of February, then permanent +03 in 2022",
    "Asia/Damascus": "last Friday of March, abolished in 2022",
    "America/Santiago": "first Saturday-night rules that moved year to year",
    "Australia/Lord_Howe": "a half-hour daylight saving",
    "America/Nuuk": "moved from -03 to -02 in 2023",
    "America/Asuncion": "permanent daylight saving in 2024",
    "Asia/Almaty": "from +06 to +05 in 2024",
    "Pacific/Fiji": "daylight saving on and off in different years",
    "Europe/Dublin": "negative daylight saving in the tz database",
}
USUAL = ("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC")


def read(name: str, files: Sequence[bytes]) -> list[list[Meeting]]:
    """What reader `name` makes of the files (skips, or fails in CI, when it is missing)."""
    return reader(name)(files)


def own_zone_only(data: bytes) -> bytes:
    """The file with every TZID renamed, so a reader must use the VTIMEZONE inside it."""
    return re.sub(rb"TZID([=:])([^;:\r\n]+)", rb"TZID\1MentorDesk-Test/\2-Own", data)


def series(
    zone: str,
    first: date,
    until: date,
    *,
    at: time = time(16),
    minutes: int = 45,
    every: int = 1,
    exceptions: tuple[SeriesException, ...] = (),
    uid: str = "s1@test",
    cancelled: bool = False,
    sequence: int = 1,
) -> MeetingSeries:
    draft = SeriesDraft(
        WEEKDAYS[first.weekday()], at, minutes, zone, first, until, every, "Room 3.14"
    )
    return MeetingSeries(1, "ana-ben-meetings", 1, draft, uid, sequence, cancelled, exceptions)


def expected(items: Sequence[MeetingSeries]) -> list[tuple[datetime, datetime, str]]:
    """The app's own list of meetings, in UTC."""
    return sorted(
        (o.start.astimezone(UTC), o.end.astimezone(UTC), o.location)
        for s in items
        for o in occurrences(s)
        if not o.skipped
    )


def seen(meetings: list[Meeting]) -> list[tuple[datetime, datetime, str]]:
    return sorted((m.start, m.end, m.location) for m in meetings)


def check_all_readers(
    cases: Sequence[Sequence[MeetingSeries]],
    method: Method = Method.PUBLISH,
    *,
    by_name_too: bool = True,
) -> None:
    """Every reader sees the app's meetings in every file: through the VTIMEZONE alone
    (the TZID renamed) and, with `by_name_too`, also with the zone's own name."""
    files = [own_zone_only(calendar_file(PAIR, items, [], method, STAMP)) for items in cases]
    labels = [f"{items[0].draft.timezone} (own zone)" for items in cases]
    if by_name_too:
        files += [calendar_file(PAIR, items, [], method, STAMP) for items in cases]
        labels += [items[0].draft.timezone for items in cases]
    want = [expected(items) for items in cases] * (2 if by_name_too else 1)
    for name in READERS:
        got = read(name, files)
        for meetings, wanted, label in zip(got, want, labels, strict=True):
            assert seen(meetings) == wanted, f"{name}: {label}"
            if method is Method.CANCEL:
                assert {m.status for m in meetings} == {"CANCELLED"}, f"{name}: {label}"


def moved(day: date, to: datetime, place: str | None = "Cafe") -> SeriesException:
    return SeriesException(day, moved_to=to, location=place)


@pytest.mark.parametrize("zone", sorted(CHANGED) + list(USUAL))
def test_rule_changes_gaps_and_folds_over_twenty_years(zone: str) -> None:
    """Sundays at 02:30 every two weeks from 2005 to 2030 meet the gaps and folds of most
    zones; a weekly Friday series over the changes of the last ten years, with a skip
    and moves to other weekdays and into a gap."""
    sundays = series(zone, date(2005, 1, 2), date(2030, 12, 29), at=time(2, 30), every=2)
    fridays = series(
        zone,
        date(2016, 1, 1),
        date(2027, 12, 31),
        at=time(23, 30),
        minutes=90,
        uid="s2@test",
        exceptions=(
            SeriesException(date(2019, 3, 29), skip=True),
            moved(date(2020, 10, 23), datetime(2020, 10, 25, 2, 15)),
            moved(date(2024, 3, 29), datetime(2024, 3, 31, 2, 45), None),
        ),
    )
    check_all_readers([[sundays], [sundays, fridays]])


def zones_changed_since_2000() -> list[str]:
    """Every canonical zone whose offset changed at least once since 2000."""
    start, end = datetime(2000, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    names = sorted(
        name
        for name in available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix", "right"))
    )
    return [name for name in names if transitions(ZoneInfo(name), start, end)]


def test_every_zone_that_changed_since_2000() -> None:
    """One file per zone: a weekly Sunday series at 01:30 for 2 hours (across most
    changes) from 2000 to 2027, read by every reader through its VTIMEZONE."""
    zones = zones_changed_since_2000()
    assert len(zones) > 150
    base = series("UTC", date(2000, 1, 2), date(2027, 12, 26), at=time(1, 30), minutes=120)
    base = replace(base, draft=replace(base.draft, every_weeks=3))
    spring_2011 = next(d for d in occurrence_dates(base.draft) if d >= date(2011, 3, 20))
    changes = (moved(spring_2011, datetime.combine(spring_2011 + timedelta(2), time(9))),)
    cases = [
        [replace(base, draft=replace(base.draft, timezone=zone), exceptions=changes)]
        for zone in zones
    ]
    check_all_readers(cases, by_name_too=False)


@pytest.mark.parametrize("every", [1, 2, 3, 4])
def test_every_one_to_four_weeks_and_the_last_meeting_kept(every: int) -> None:
    first = date(2026, 9, 7)
    items = series("Europe/Berlin", first, first + timedelta(weeks=every * 20), every=every)
    assert items.draft.until == first + timedelta(weeks=every * 20)  # the until is a meeting
    check_all_readers([[items]])


def test_a_replan_gives_two_series_each_read_right() -> None:
    old = series("America/New_York", date(2026, 10, 5), date(2026, 11, 30), uid="old@test")
    new = replace(
        series("America/New_York", date(2026, 12, 8), date(2027, 4, 27), uid="new@test"),
        id=2,
    )
    check_all_readers([[old, new]])
    check_all_readers([[old]], Method.REQUEST)
    check_all_readers([[new]], Method.REQUEST)


def test_a_cancellation_names_every_meeting_it_withdraws() -> None:
    items = series(
        "Australia/Sydney",
        date(2026, 9, 24),
        date(2027, 4, 15),
        exceptions=(moved(date(2026, 10, 1), datetime(2026, 10, 4, 2, 30)),),
        cancelled=True,
        sequence=5,
    )
    check_all_readers([[items]], Method.CANCEL)


def test_samoa_skipping_a_whole_day() -> None:
    """Pacific/Apia skipped Friday 30 December 2011 (from -10 to +14): a Friday series
    across it, and one whose first meeting is on the skipped day."""
    across = series("Pacific/Apia", date(2011, 12, 2), date(2012, 1, 27), at=time(10))
    first_skipped = series(
        "Pacific/Apia", date(2011, 12, 30), date(2012, 2, 24), at=time(10), uid="s2@test"
    )
    check_all_readers([[across], [first_skipped]])
    from mentordesk.domain.meetings import wall_time_note

    note = wall_time_note(date(2011, 12, 30), time(10), ZoneInfo("Pacific/Apia"))
    assert note is not None
    assert "on Sat, 31 Dec 2011" in note
