"""The independent calendar readers (tests/support/calendar_readers), proved on files
written here by hand, not by MentorDesk.

Every zone has a made-up TZID or one that disagrees with the zone databases, so a reader
that looked a zone up by name, or fell back to UTC or floating time, would get the
instants wrong. The expected instants are worked out by hand from the VTIMEZONEs below.

The tests of VTIMEZONE forms also record how each reader treats the observance forms
that MentorDesk writes; where a reader deviates from RFC 5545 the test says so and
asserts what the reader does, so that a change in a reader shows up here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import calendar_readers
import pytest
from calendar_readers import READERS, Meeting, ReaderError, reader

Reader = Callable[[Sequence[bytes]], list[list[Meeting]]]


def hours(h: int, m: int = 0) -> timedelta:
    return timedelta(hours=h, minutes=m) if h >= 0 else -timedelta(hours=-h, minutes=m)


def ics(*blocks: str) -> bytes:
    """A VCALENDAR around the blocks (each a text of lines), with CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MentorDesk tests//readers//EN"]
    for block in blocks:
        lines += [line.strip() for line in block.strip().splitlines() if line.strip()]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture(params=sorted(READERS))
def name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def read(name: str) -> Reader:
    """Each reader in turn (skips when its tools are missing, fails in CI)."""
    return reader(name)


def read_one(read: Reader, data: bytes) -> list[Meeting]:
    (meetings,) = read([data])
    return meetings


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


# ---- the VTIMEZONE forms MentorDesk writes ---------------------------------------------


def probe_file(vtimezone: str, tzid: str, moments: Sequence[datetime]) -> bytes:
    """One one-hour VEVENT at each wall-clock moment in zone `tzid`."""
    events = [
        f"""
        BEGIN:VEVENT
        UID:probe-{index}@test
        DTSTAMP:20250101T000000Z
        DTSTART;TZID={tzid}:{moment:%Y%m%dT%H%M%S}
        DURATION:PT1H
        END:VEVENT
        """
        for index, moment in enumerate(moments)
    ]
    return ics(vtimezone, *events)


def offsets_read(
    read: Reader, vtimezone: str, tzid: str, moments: Sequence[datetime]
) -> list[timedelta]:
    """The UTC offset the reader gives each wall-clock moment."""
    got = {m.uid: m.start for m in read_one(read, probe_file(vtimezone, tzid, moments))}
    return [
        moment - got[f"probe-{index}@test"].replace(tzinfo=None)
        for index, moment in enumerate(moments)
    ]


def bounded(tzid: str, std: str, dst: str, untils: tuple[str, str]) -> str:
    """Daylight time from the last Sunday of March 02:00 to the last Sunday of October
    03:00 from 2000 to 2010 (rules bounded by UNTIL), then from the first Sunday of April
    to the first Sunday of October for good."""
    return f"""
    BEGIN:VTIMEZONE
    TZID:{tzid}
    BEGIN:DAYLIGHT
    DTSTART:20000326T020000
    TZOFFSETFROM:{std}
    TZOFFSETTO:{dst}
    RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL={untils[0]}
    END:DAYLIGHT
    BEGIN:STANDARD
    DTSTART:20001029T030000
    TZOFFSETFROM:{dst}
    TZOFFSETTO:{std}
    RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL={untils[1]}
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:20110403T020000
    TZOFFSETFROM:{std}
    TZOFFSETTO:{dst}
    RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
    END:DAYLIGHT
    BEGIN:STANDARD
    DTSTART:20111002T030000
    TZOFFSETFROM:{dst}
    TZOFFSETTO:{std}
    RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
    END:STANDARD
    END:VTIMEZONE
    """


# Noon on days around the last changes of the bounded rules (28 March and 31 October
# 2010), then later years; True where daylight time is in force.
BOUNDED_PROBES = [
    (datetime(2009, 7, 1, 12), True),
    (datetime(2010, 1, 15, 12), False),
    (datetime(2010, 3, 29, 12), True),  # after the last onset of the bounded DAYLIGHT
    (datetime(2010, 10, 20, 12), True),
    (datetime(2010, 11, 15, 12), False),  # after the last onset of the bounded STANDARD
    (datetime(2011, 3, 30, 12), False),
    (datetime(2011, 5, 1, 12), True),
    (datetime(2045, 7, 1, 12), True),
    (datetime(2099, 12, 1, 12), False),
]

EAST = ("+0530", "+0630", hours(5, 30), hours(6, 30))
WEST = ("-0330", "-0230", hours(-3, 30), hours(-2, 30))


def bounded_check(
    read: Reader, side: tuple[str, str, timedelta, timedelta], untils: dict[str, tuple[str, str]]
) -> tuple[list[timedelta], list[timedelta]]:
    std, dst, std_offset, dst_offset = side
    tzid = "Test/East" if std.startswith("+") else "Test/West"
    vtimezone = bounded(tzid, std, dst, untils[std[0]])
    moments = [moment for moment, _ in BOUNDED_PROBES]
    want = [dst_offset if daylight else std_offset for _, daylight in BOUNDED_PROBES]
    return offsets_read(read, vtimezone, tzid, moments), want


# The last onsets are 2010-03-28 02:00 and 2010-10-31 03:00 local, in TZOFFSETFROM.
LATER_OF_INSTANT_AND_WALL_CLOCK = {
    "+": ("20100328T020000Z", "20101031T030000Z"),  # the wall clock, read as UTC
    "-": ("20100328T053000Z", "20101031T053000Z"),  # the instant
}
EXACT_INSTANT = {
    "+": ("20100327T203000Z", "20101030T203000Z"),
    "-": ("20100328T053000Z", "20101031T053000Z"),
}


@pytest.mark.parametrize("side", [EAST, WEST], ids=["east", "west"])
def test_bounded_rules_with_until_the_later_of_instant_and_wall_clock(
    read: Reader, side: tuple[str, str, timedelta, timedelta]
) -> None:
    """`RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=...Z` with UNTIL the later of the
    last onset's UTC instant and its wall clock read as UTC: every reader keeps the last
    onset, east and west of Greenwich."""
    got, want = bounded_check(read, side, LATER_OF_INSTANT_AND_WALL_CLOCK)
    assert got == want


@pytest.mark.parametrize("side", [EAST, WEST], ids=["east", "west"])
def test_bounded_rules_with_until_exactly_at_the_last_onset(
    name: str, read: Reader, side: tuple[str, str, timedelta, timedelta]
) -> None:
    """UNTIL exactly the UTC instant of the last onset, as RFC 5545 reads it. libical and
    ical.js turn a UTC UNTIL into wall-clock time with TZOFFSETFROM and keep the onset.
    vobject's zones are dateutil's `tzical`, which parses the observance's RRULE with
    `ignoretz=True`: the Z is dropped and UNTIL compared with the onset's wall clock, so
    east of Greenwich (wall clock later than UTC) the last onset is lost and the old
    offset runs on until the next observance (no error such as "RRULE UNTIL values must
    be specified in UTC when DTSTART is timezone-aware" is raised)."""
    got, want = bounded_check(read, side, EXACT_INSTANT)
    if name == "vobject" and side is EAST:
        # Summer 2010 (after the lost DAYLIGHT onset) stays on standard time.
        lost = [moment for moment, daylight in BOUNDED_PROBES if moment.year == 2010 and daylight]
        assert lost
        assert [
            moment for (moment, _), g, w in zip(BOUNDED_PROBES, got, want, strict=True) if g != w
        ] == lost
    else:
        assert got == want


def test_bymonthday_rules(read: Reader) -> None:
    """Observances on BYMONTHDAY: a fixed date (22 March / 22 September, open-ended) and
    `BYMONTHDAY=23,...,29;BYDAY=FR` (the Friday before the last Sunday) bounded by UNTIL."""
    fixed = """
    BEGIN:VTIMEZONE
    TZID:Test/Fixed-Days
    BEGIN:DAYLIGHT
    DTSTART:20080322T000000
    TZOFFSETFROM:+0330
    TZOFFSETTO:+0430
    RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=22
    END:DAYLIGHT
    BEGIN:STANDARD
    DTSTART:20080922T000000
    TZOFFSETFROM:+0430
    TZOFFSETTO:+0330
    RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=22
    END:STANDARD
    END:VTIMEZONE
    """
    probes = {
        datetime(2024, 3, 21, 12): hours(3, 30),
        datetime(2024, 3, 22, 12): hours(4, 30),
        datetime(2024, 9, 21, 12): hours(4, 30),
        datetime(2024, 9, 22, 12): hours(3, 30),
        datetime(2060, 6, 1, 9): hours(4, 30),
    }
    assert offsets_read(read, fixed, "Test/Fixed-Days", list(probes)) == list(probes.values())

    friday = """
    BEGIN:VTIMEZONE
    TZID:Test/Friday
    BEGIN:STANDARD
    DTSTART:20120101T000000
    TZOFFSETFROM:+0200
    TZOFFSETTO:+0200
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:20130329T020000
    TZOFFSETFROM:+0200
    TZOFFSETTO:+0300
    RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR;UNTIL=20250328T020000Z
    END:DAYLIGHT
    BEGIN:STANDARD
    DTSTART:20131027T020000
    TZOFFSETFROM:+0300
    TZOFFSETTO:+0200
    RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20241027T020000Z
    END:STANDARD
    END:VTIMEZONE
    """
    probes = {
        datetime(2013, 3, 28, 12): hours(2),
        datetime(2013, 3, 29, 12): hours(3),
        datetime(2024, 3, 28, 12): hours(2),
        datetime(2024, 3, 29, 12): hours(3),
        datetime(2024, 10, 26, 12): hours(3),
        datetime(2024, 10, 27, 12): hours(2),
        datetime(2025, 3, 27, 12): hours(2),
        datetime(2025, 3, 28, 12): hours(3),  # the last DAYLIGHT onset, kept
        datetime(2025, 11, 1, 12): hours(3),  # no STANDARD onset after 2024
    }
    assert offsets_read(read, friday, "Test/Friday", list(probes)) == list(probes.values())


def test_observances_with_only_dtstart(read: Reader) -> None:
    """Observances without RRULE: each a single change at its DTSTART, the first one a
    change of nothing (TZOFFSETFROM = TZOFFSETTO) that starts the span."""
    steps = """
    BEGIN:VTIMEZONE
    TZID:Test/Steps
    BEGIN:STANDARD
    DTSTART:20200101T000000
    TZOFFSETFROM:+0400
    TZOFFSETTO:+0400
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:20240331T020000
    TZOFFSETFROM:+0400
    TZOFFSETTO:+0500
    END:DAYLIGHT
    BEGIN:STANDARD
    DTSTART:20241027T030000
    TZOFFSETFROM:+0500
    TZOFFSETTO:+0345
    END:STANDARD
    BEGIN:STANDARD
    DTSTART:20260101T000000
    TZOFFSETFROM:+0345
    TZOFFSETTO:-0100
    END:STANDARD
    END:VTIMEZONE
    """
    probes = {
        datetime(2023, 6, 1, 12): hours(4),
        datetime(2024, 3, 30, 12): hours(4),
        datetime(2024, 4, 1, 12): hours(5),
        datetime(2024, 10, 26, 12): hours(5),
        datetime(2024, 10, 28, 12): hours(3, 45),
        datetime(2025, 12, 31, 12): hours(3, 45),
        datetime(2026, 1, 2, 12): hours(-1),
        datetime(2090, 1, 2, 12): hours(-1),
    }
    assert offsets_read(read, steps, "Test/Steps", list(probes)) == list(probes.values())


@pytest.mark.parametrize("offset", ["+0545", "-0930", "+0000", "+1400"])
def test_a_single_standard_observance_without_rrule(read: Reader, offset: str) -> None:
    """A zone without daylight saving: one STANDARD block, DTSTART only. (+0000 is the
    case vobject itself gets wrong: see test_vobject_alone_ignores_a_vtimezone_like_utc.)"""
    tzid = f"Test/Fixed{offset}"
    vtimezone = f"""
    BEGIN:VTIMEZONE
    TZID:{tzid}
    BEGIN:STANDARD
    DTSTART:19700101T000000
    TZOFFSETFROM:{offset}
    TZOFFSETTO:{offset}
    TZNAME:FIX
    END:STANDARD
    END:VTIMEZONE
    """
    sign = 1 if offset[0] == "+" else -1
    want = sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:]))
    moments = [datetime(1970, 1, 1, 12), datetime(2025, 6, 1, 9), datetime(2100, 12, 31, 12)]
    assert offsets_read(read, vtimezone, tzid, moments) == [want] * 3


def test_a_moment_before_the_first_observance(name: str, read: Reader) -> None:
    """RFC 5545 does not say what applies before the earliest DTSTART of a VTIMEZONE.
    libical and vobject use the first (standard) observance; ical.js uses UTC. A VTIMEZONE
    must therefore start at or before the first moment of its file."""
    vtimezone = """
    BEGIN:VTIMEZONE
    TZID:Test/Late
    BEGIN:STANDARD
    DTSTART:20200101T000000
    TZOFFSETFROM:+0700
    TZOFFSETTO:+0700
    END:STANDARD
    END:VTIMEZONE
    """
    got = offsets_read(read, vtimezone, "Test/Late", [datetime(2019, 6, 1, 12)])
    assert got == [timedelta(0) if name == "icaljs" else hours(7)]


# Daylight +0200 from the last Sunday of March 02:00, standard +0100 from the last Sunday
# of October 03:00: 2025-03-30 02:30 does not exist, 2025-10-26 02:30 exists twice.
MIDDLE = """
BEGIN:VTIMEZONE
TZID:Test/Middle
BEGIN:STANDARD
DTSTART:20001029T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20000326T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
"""


def test_times_in_a_gap_and_in_a_fold(name: str, read: Reader) -> None:
    """RFC 5545 3.3.5: a wall-clock time in a gap takes the offset before the gap, one
    in a fold its first occurrence. What the readers do instead: all three read a gap
    time with the offset after the gap (02:30 -> 00:30Z, not 01:30Z); libical and ical.js
    read a fold time as its second occurrence (+0100), vobject as its first (+0200)."""
    moments = [
        datetime(2025, 3, 30, 1, 59),
        datetime(2025, 3, 30, 2, 30),  # in the gap
        datetime(2025, 3, 30, 3, 0),
        datetime(2025, 10, 26, 1, 59),
        datetime(2025, 10, 26, 2, 30),  # in the fold
        datetime(2025, 10, 26, 3, 0),
    ]
    fold = hours(2) if name == "vobject" else hours(1)
    want = [hours(1), hours(2), hours(2), hours(2), fold, hours(1)]
    assert offsets_read(read, MIDDLE, "Test/Middle", moments) == want


def test_an_instance_that_ends_in_a_fold(name: str, read: Reader) -> None:
    """DTEND - DTSTART is an exact duration for every instance (RFC 5545 3.8.5.3), as
    libical and vobject read it here. ical.js adds the wall-clock difference to the
    instance's wall clock and reads an end in the fold as its second occurrence, so the
    meeting that ends at 02:30 on the night of the change lasts two hours."""
    data = ics(
        MIDDLE,
        """
        BEGIN:VEVENT
        UID:late@test
        DTSTAMP:20250101T000000Z
        DTSTART;TZID=Test/Middle:20251019T013000
        DTEND;TZID=Test/Middle:20251019T023000
        RRULE:FREQ=WEEKLY;COUNT=2
        END:VEVENT
        """,
    )
    got = [(m.start, m.end) for m in read_one(read, data)]
    fold_end = utc(2025, 10, 26, 1, 30) if name == "icaljs" else utc(2025, 10, 26, 0, 30)
    assert got == [
        (utc(2025, 10, 18, 23, 30), utc(2025, 10, 19, 0, 30)),
        (utc(2025, 10, 25, 23, 30), fold_end),
    ]


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
