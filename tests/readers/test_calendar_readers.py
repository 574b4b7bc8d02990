"""The independent calendar readers (tests/support/calendar_readers), proved on files
written here by hand, not by MentorDesk.

Every zone has a made-up TZID or one that disagrees with the zone databases, so a reader
that looked a zone up by name, or fell back to UTC or floating time, would get the
instants wrong. The expected instants are worked out by hand from the VTIMEZONEs below.

How each reader treats the VTIMEZONE forms MentorDesk writes is in
test_reader_zone_forms.py.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import calendar_readers
import pytest
from calendar_readers import Meeting, ReaderError, reader
from reader_files import Reader, hours, ics, read_one, utc

# ---- a zone of odd offsets: +0530 standard, +0630 daylight, then +0545 for good --------

# Daylight time from the last Sunday of March 02:00 to the last Sunday of October 03:00,
# from 2020 until October 2025 (the last change back) and March 2026 (the last change
# forward); on 25 October 2026 at 03:00 the zone moves to +0545 and stays there.
# UNTIL is in UTC, the later of the last onset's instant and its wall clock read as UTC
# (the form MentorDesk writes; see test_bounded_rules_with_until_exactly_at_the_last_onset).
NOWHERE = """
BEGIN:VTIMEZONE
TZID:Test/Nowhere
BEGIN:DAYLIGHT
DTSTART:20200329T020000
TZOFFSETFROM:+0530
TZOFFSETTO:+0630
TZNAME:NDT
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20260329T020000Z
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:20201025T030000
TZOFFSETFROM:+0630
TZOFFSETTO:+0530
TZNAME:NST
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20251026T030000Z
END:STANDARD
BEGIN:STANDARD
DTSTART:20261025T030000
TZOFFSETFROM:+0630
TZOFFSETTO:+0545
TZNAME:NPT
END:STANDARD
END:VTIMEZONE
"""

# (first day of the offset, offset) for the days the tests use, worked out from NOWHERE.
NOWHERE_OFFSETS = [
    (date(2025, 3, 30), hours(6, 30)),
    (date(2025, 10, 26), hours(5, 30)),
    (date(2026, 3, 29), hours(6, 30)),
    (date(2026, 10, 25), hours(5, 45)),
]


def nowhere(day: date, at: time) -> datetime:
    """The UTC instant of a wall-clock time in Test/Nowhere (never near a change)."""
    offset = next(o for first, o in reversed(NOWHERE_OFFSETS) if day >= first)
    return (datetime.combine(day, at) - offset).replace(tzinfo=UTC)


def wednesdays(first: date, last: date) -> list[date]:
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


def test_odd_offsets_exdates_and_a_moved_meeting(read: Reader) -> None:
    """A weekly series over three changes of offset, with two dates left out and one
    meeting moved to another day and place: exactly the instants worked out by hand."""
    data = ics(
        NOWHERE,
        """
        BEGIN:VEVENT
        UID:series@test
        DTSTAMP:20250801T000000Z
        DTSTART;TZID=Test/Nowhere:20250903T090000
        DTEND;TZID=Test/Nowhere:20250903T100000
        RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261231T000000Z
        EXDATE;TZID=Test/Nowhere:20251224T090000,20251231T090000
        LOCATION:Room 1\\, north wing
        STATUS:CONFIRMED
        SUMMARY:Mentoring
        END:VEVENT
        BEGIN:VEVENT
        UID:series@test
        DTSTAMP:20250801T000000Z
        RECURRENCE-ID;TZID=Test/Nowhere:20260401T090000
        DTSTART;TZID=Test/Nowhere:20260403T140000
        DTEND;TZID=Test/Nowhere:20260403T153000
        LOCATION:Cafe Nowhere
        STATUS:TENTATIVE
        SUMMARY:Mentoring (moved)
        END:VEVENT
        """,
    )
    want = []
    for day in wednesdays(date(2025, 9, 3), date(2026, 12, 30)):
        if day in (date(2025, 12, 24), date(2025, 12, 31)):
            continue
        start = nowhere(day, time(9))
        if day == date(2026, 4, 1):
            start = nowhere(date(2026, 4, 3), time(14))
            want.append(
                Meeting(start, start + hours(1, 30), "series@test", "Cafe Nowhere", "TENTATIVE")
            )
            continue
        want.append(
            Meeting(start, start + hours(1), "series@test", "Room 1, north wing", "CONFIRMED")
        )

    got = read_one(read, data)

    assert got == sorted(want)
    # The same, spelt out at each change (09:00 local is 02:30, 03:30, 02:30, 03:15 UTC):
    starts = {m.start for m in got}
    assert {utc(2025, 9, 3, 2, 30), utc(2025, 10, 22, 2, 30)} <= starts  # +0630
    assert {utc(2025, 10, 29, 3, 30), utc(2026, 3, 25, 3, 30)} <= starts  # +0530
    assert {utc(2026, 4, 8, 2, 30), utc(2026, 10, 21, 2, 30)} <= starts  # +0630
    assert {utc(2026, 10, 28, 3, 15), utc(2026, 12, 30, 3, 15)} <= starts  # +0545
    assert utc(2025, 12, 24, 3, 30) not in starts
    assert utc(2026, 4, 1, 2, 30) not in starts
    assert [m for m in got if m.location == "Cafe Nowhere"] == [
        Meeting(
            utc(2026, 4, 3, 7, 30), utc(2026, 4, 3, 9), "series@test", "Cafe Nowhere", "TENTATIVE"
        )
    ]
    assert len(got) == 68


def test_duration_and_an_until_equal_to_the_last_meeting(read: Reader) -> None:
    """DURATION instead of DTEND; UNTIL is exactly the last meeting's start, which is kept.
    A DURATION of one day is a nominal day: across the change of 29 March it ends at the
    same wall-clock time, 23 hours later."""
    last = nowhere(date(2026, 11, 25), time(18, 30))
    assert last == utc(2026, 11, 25, 12, 45)
    data = ics(
        NOWHERE,
        """
        BEGIN:VEVENT
        UID:evening@test
        DTSTAMP:20250801T000000Z
        DTSTART;TZID=Test/Nowhere:20260107T183000
        DURATION:PT1H15M
        RRULE:FREQ=WEEKLY;BYDAY=WE;UNTIL=20261125T124500Z
        EXDATE;TZID=Test/Nowhere:20260311T183000
        LOCATION:Library
        END:VEVENT
        BEGIN:VEVENT
        UID:evening@test
        DTSTAMP:20250801T000000Z
        RECURRENCE-ID:20260708T120000Z
        DTSTART;TZID=Test/Nowhere:20260709T080000
        DURATION:PT30M
        LOCATION:Phone
        END:VEVENT
        BEGIN:VEVENT
        UID:retreat@test
        DTSTAMP:20250801T000000Z
        DTSTART;TZID=Test/Nowhere:20260328T120000
        DURATION:P1D
        RRULE:FREQ=WEEKLY;COUNT=2
        LOCATION:Hills
        STATUS:CONFIRMED
        END:VEVENT
        """,
    )
    want = []
    for day in wednesdays(date(2026, 1, 7), date(2026, 11, 25)):
        if day == date(2026, 3, 11):
            continue
        start = nowhere(day, time(18, 30))
        if day == date(2026, 7, 8):
            moved = nowhere(date(2026, 7, 9), time(8))
            want.append(Meeting(moved, moved + hours(0, 30), "evening@test", "Phone", ""))
            continue
        want.append(Meeting(start, start + hours(1, 15), "evening@test", "Library", ""))
    retreat = [
        (utc(2026, 3, 28, 6, 30), utc(2026, 3, 29, 5, 30)),  # +0530 to +0630: 23 hours
        (utc(2026, 4, 4, 5, 30), utc(2026, 4, 5, 5, 30)),
    ]
    want += [Meeting(s, e, "retreat@test", "Hills", "CONFIRMED") for s, e in retreat]

    got = read_one(read, data)

    assert got == sorted(want)
    assert max(m.start for m in got if m.uid == "evening@test") == last


# ---- only the file's own zones ----------------------------------------------------------


def fixed_zone(tzid: str, offset: str) -> str:
    return f"""
    BEGIN:VTIMEZONE
    TZID:{tzid}
    BEGIN:STANDARD
    DTSTART:19700101T000000
    TZOFFSETFROM:{offset}
    TZOFFSETTO:{offset}
    END:STANDARD
    END:VTIMEZONE
    """


def weekly(tzid: str, start: str, count: int, uid: str = "w@test") -> str:
    return f"""
    BEGIN:VEVENT
    UID:{uid}
    DTSTAMP:20250101T000000Z
    DTSTART;TZID={tzid}:{start}
    DURATION:PT1H
    RRULE:FREQ=WEEKLY;COUNT={count}
    END:VEVENT
    """


def test_a_real_zone_name_with_another_definition(read: Reader) -> None:
    """TZID Europe/Berlin defined in the file as a fixed +0530: the file wins, in every
    reader. Weekly at 02:30 across Berlin's own change of 30 March 2025 (02:30 does not
    exist in Berlin): libical's recurrence iterator, built with ICU, would move that
    instance to 03:30 if it were given the zone (the reader iterates on the wall clock)."""
    data = ics(fixed_zone("Europe/Berlin", "+0530"), weekly("Europe/Berlin", "20250316T023000", 4))
    got = [m.start for m in read_one(read, data)]
    assert got == [utc(2025, 3, 15, 21) + timedelta(weeks=n) for n in range(4)]


def test_each_file_of_a_batch_uses_its_own_zone(read: Reader) -> None:
    """Files that define the same TZID differently, in one batch and in both orders:
    nothing of one file's zone is left for the next."""
    plus = ics(fixed_zone("Test/Same", "+0300"), weekly("Test/Same", "20250601T120000", 2))
    minus = ics(fixed_zone("Test/Same", "-0700"), weekly("Test/Same", "20250601T120000", 2))
    got = read([plus, minus, plus, minus])
    starts = [[m.start for m in meetings] for meetings in got]
    east = [utc(2025, 6, 1, 9), utc(2025, 6, 8, 9)]
    west = [utc(2025, 6, 1, 19), utc(2025, 6, 8, 19)]
    assert starts == [east, west, east, west]


@pytest.mark.parametrize(
    ("what", "event"),
    [
        ("a TZID without VTIMEZONE", weekly("Europe/Berlin", "20250601T120000", 2)),
        (
            "a floating time",
            "BEGIN:VEVENT\nUID:f@test\nDTSTAMP:20250101T000000Z\n"
            "DTSTART:20250601T120000\nDURATION:PT1H\nEND:VEVENT",
        ),
        (
            "an EXDATE in an unknown zone",
            "BEGIN:VEVENT\nUID:x@test\nDTSTAMP:20250101T000000Z\n"
            "DTSTART:20250601T120000Z\nDURATION:PT1H\nRRULE:FREQ=DAILY;COUNT=3\n"
            "EXDATE;TZID=Asia/Tokyo:20250602T210000\nEND:VEVENT",
        ),
    ],
)
def test_a_time_no_zone_of_the_file_explains_is_an_error(
    read: Reader, what: str, event: str
) -> None:
    """No name lookup, no UTC or floating fallback: the reader says which file failed."""
    good = ics(fixed_zone("Test/Good", "+0100"), weekly("Test/Good", "20250601T120000", 1))
    with pytest.raises(ReaderError, match="#1"):
        read([good, ics(fixed_zone("Test/Other", "+0100"), event)])


def test_a_batch_is_one_process_and_keeps_the_order(
    name: str, read: Reader, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sixty files, each with its own offset, read in one run (one process for the
    external readers), answers in the order of the files."""
    import subprocess

    runs = []
    real_run = subprocess.run

    def counting_run(command: list[str], **kwargs: Any) -> Any:
        if any(part.endswith(".ics") for part in command):
            runs.append(command)
        return real_run(command, **kwargs)

    monkeypatch.setattr(subprocess, "run", counting_run)
    files, want = [], []
    for index in range(60):
        minutes = index * 15 - 11 * 60  # -11:00 to +03:45
        sign = "+" if minutes >= 0 else "-"
        offset = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
        tzid = f"Test/Batch-{index}"
        files.append(ics(fixed_zone(tzid, offset), weekly(tzid, "20250601T120000", 3)))
        first = utc(2025, 6, 1, 12) - timedelta(minutes=minutes)
        want.append([first + timedelta(weeks=n) for n in range(3)])

    got = read(files)

    assert [[m.start for m in meetings] for meetings in got] == want
    assert len(runs) == (0 if name == "vobject" else 1)
    assert read([]) == []


def test_an_unbounded_series_stops_before_2101(read: Reader) -> None:
    data = ics(
        fixed_zone("Test/Forever", "+0200"),
        """
        BEGIN:VEVENT
        UID:forever@test
        DTSTAMP:20250101T000000Z
        DTSTART;TZID=Test/Forever:20990101T090000
        DURATION:PT1H
        RRULE:FREQ=MONTHLY
        END:VEVENT
        """,
    )
    got = read_one(read, data)
    assert len(got) == 24
    assert got[-1].start == utc(2100, 12, 1, 7)


# ---- the harness itself ----------------------------------------------------------------


def test_vobject_alone_ignores_a_vtimezone_like_utc() -> None:
    """Why the vobject reader registers each VTIMEZONE itself: vobject registers one only
    if its offsets differ from UTC's in 2000-2020 and its TZID is not yet known, and
    otherwise looks the TZID up in pytz or leaves the time floating."""
    pytest.importorskip("vobject")
    import vobject

    registry = calendar_readers._vobject._registry()
    saved = dict(registry)
    try:
        registry.clear()
        calendar = vobject.readOne(
            ics(
                fixed_zone("Test/Zero", "+0000"), weekly("Test/Zero", "20250601T120000", 1)
            ).decode()
        )
        assert calendar.vevent.dtstart.value.tzinfo is None  # floating, not the file's zone
    finally:
        registry.clear()
        registry.update(saved)
    data = ics(fixed_zone("Test/Zero", "+0000"), weekly("Test/Zero", "20250601T120000", 1))
    assert [m.start for m in calendar_readers.read_vobject([data])[0]] == [utc(2025, 6, 1, 12)]


def test_vobject_reader_leaves_the_registry_as_it_was() -> None:
    pytest.importorskip("vobject")
    registry = calendar_readers._vobject._registry()
    before = dict(registry)
    calendar_readers.read_vobject([ics(NOWHERE, weekly("Test/Nowhere", "20250601T120000", 1))])
    assert registry == before
    assert "Test/Nowhere" not in registry


def test_reader_skips_or_fails_when_a_tool_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(calendar_readers._MISSING, "icaljs", lambda: "ical.js is gone")
    monkeypatch.delenv(calendar_readers.REQUIRE_VARIABLE, raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"ical\.js is gone"):
        reader("icaljs")
    monkeypatch.setenv(calendar_readers.REQUIRE_VARIABLE, "1")
    with pytest.raises(pytest.fail.Exception, match=r"ical\.js is gone"):
        reader("icaljs")
    with pytest.raises(KeyError):
        reader("outlook")
