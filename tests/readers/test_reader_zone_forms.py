"""How each independent reader treats the VTIMEZONE forms MentorDesk writes: bounded
yearly rules, BYMONTHDAY rules, observances with only a DTSTART, a single STANDARD block,
moments before the first observance, gaps and folds. Where a reader deviates from
RFC 5545 the test says so and asserts what the reader does, so that a change in a reader
shows up here. The zones are made up: only the file's own VTIMEZONE can explain them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest
from reader_files import Reader, hours, ics, read_one, utc

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
