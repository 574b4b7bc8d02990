"""Dates in messages: never ISO, British English by default, and a meeting in another
zone always says the time here too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from mentordesk.domain.date_words import (
    date_range,
    day_text,
    long_day_text,
    span_text,
    time_text,
    when_text,
    zone_note,
)
from mentordesk.domain.meetings import local_zone_name

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def test_days_read_day_first_with_short_names() -> None:
    day = date(2026, 9, 3)
    assert day_text(day) == "3 Sept 2026"
    assert day_text(day, weekday=True) == "Thu, 3 Sept 2026"
    assert day_text(day, year=False) == "3 Sept"
    assert long_day_text(day) == "Thursday, 3 September 2026"
    assert day_text(None) == ""


def test_times_and_spans() -> None:
    start = datetime(2026, 12, 2, 16, 5, tzinfo=BERLIN)
    assert time_text(time(9, 0)) == "09:00"
    assert when_text(start) == "Wed, 2 Dec 2026, 16:05"
    assert span_text(start, start.replace(minute=50), year=False) == "Wed, 2 Dec, 16:05–16:50"


def test_a_range_names_the_year_once_unless_they_differ() -> None:
    assert date_range(date(2026, 9, 24), date(2026, 12, 23)) == "24 Sept – 23 Dec 2026"
    assert date_range(date(2026, 12, 24), date(2027, 3, 23)) == "24 Dec 2026 – 23 Mar 2027"


def test_a_meeting_in_the_machines_zone_says_nothing_more() -> None:
    assert zone_note(datetime(2026, 12, 2, 16, tzinfo=BERLIN), BERLIN) == ""
    # Another zone with the same offset at that moment is the same time: nothing to say.
    assert zone_note(datetime(2026, 12, 2, 16, tzinfo=BERLIN), ZoneInfo("Europe/Paris")) == ""


def test_a_meeting_in_another_zone_says_its_zone_and_the_time_here() -> None:
    meeting = datetime(2026, 12, 2, 16, tzinfo=BERLIN)
    assert zone_note(meeting, NEW_YORK) == " (Europe/Berlin; 10:00 here)"
    early = datetime(2026, 12, 2, 2, tzinfo=BERLIN)  # the evening before in New York
    assert zone_note(early, NEW_YORK) == " (Europe/Berlin; Tue, 1 Dec, 20:00 here)"
    summer = datetime(2026, 7, 1, 16, tzinfo=BERLIN)  # each date at its own offset
    assert zone_note(summer, NEW_YORK) == " (Europe/Berlin; 10:00 here)"
    march = datetime(2026, 3, 18, 16, tzinfo=BERLIN)  # New York has moved, Berlin not yet
    assert zone_note(march, NEW_YORK) == " (Europe/Berlin; 11:00 here)"


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        (":America/New_York", "America/New_York"),
        (":/usr/share/zoneinfo/Asia/Tokyo", "Asia/Tokyo"),
    ],
)
def test_the_machines_zone_follows_tz(
    monkeypatch: pytest.MonkeyPatch, tz: str, expected: str
) -> None:
    monkeypatch.setenv("TZ", tz)
    assert local_zone_name() == expected


def test_a_tz_that_names_no_zone_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Nowhere/Atlantis")
    assert "Atlantis" not in local_zone_name()


@pytest.mark.parametrize("tz", ["UTC", "Japan", "EST5EDT"])
def test_a_zone_without_a_slash_is_a_zone_too(monkeypatch: pytest.MonkeyPatch, tz: str) -> None:
    monkeypatch.setenv("TZ", tz)
    assert local_zone_name() == tz


def test_here_is_the_processs_own_local_time(machine_zone: Callable[[str], None]) -> None:
    meeting = datetime(2026, 12, 2, 16, tzinfo=BERLIN)
    machine_zone("UTC")  # no slash, and the C library reads it as the clock does
    assert zone_note(meeting) == " (Europe/Berlin; 15:00 here)"
    machine_zone("Europe/Berlin")
    assert zone_note(meeting) == ""
    machine_zone("CET-1CEST,M3.5.0,M10.5.0/3")  # a POSIX rule, which no IANA name has
    assert zone_note(meeting) == ""
    assert zone_note(meeting.replace(month=7)) == ""  # its summer time too
