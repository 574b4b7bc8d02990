"""VTIMEZONEs: the form Outlook reads, and zoneinfo's offsets at every change of the span.

The offsets are checked here against the rules as written (each observance's yearly
rule, expanded by hand); tests/readers checks what real readers make of them.
"""

from __future__ import annotations

import bisect
import calendar as month_calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest
from icalendar import Timezone

from mentordesk.calendar_files.vtimezone import ICAL_DAYS, transitions, vtimezone

ZONES = sorted(
    name
    for name in available_timezones()
    if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix", "right"))
)


def onsets(block: Timezone, last_year: int) -> list[datetime]:
    """The wall clocks an observance starts at, expanded from its DTSTART and RRULE."""
    start = block["DTSTART"].dt
    rule = block.get("RRULE")
    if rule is None:
        return [start]
    until = rule.get("UNTIL", [None])[0]
    month = rule["BYMONTH"][0]
    found = []
    for year in range(start.year, last_year + 1):
        days = range(1, month_calendar.monthrange(year, month)[1] + 1)
        if "BYMONTHDAY" in rule:
            day = int(rule["BYMONTHDAY"][0])
        else:
            byday = str(rule["BYDAY"][0])
            nth, weekday = int(byday[:-2]), ICAL_DAYS.index(byday[-2:])
            matching = [d for d in days if date(year, month, d).weekday() == weekday]
            day = matching[nth - 1] if nth > 0 else matching[nth]
        onset = datetime(year, month, day, start.hour, start.minute, start.second)
        utc = (onset - block["TZOFFSETFROM"].td).replace(tzinfo=UTC)
        if until is not None and utc > until:
            break
        found.append(onset)
    return found


def timeline(component: Timezone, last_year: int) -> list[tuple[datetime, timedelta]]:
    """Every onset of every observance as (UTC instant, offset from then on), in order."""
    found = []
    for block in component.subcomponents:
        for onset in onsets(block, last_year):
            at = (onset - block["TZOFFSETFROM"].td).replace(tzinfo=UTC)
            found.append((at, block["TZOFFSETTO"].td))
    return sorted(found, key=lambda item: item[0])


def offset_at(line: list[tuple[datetime, timedelta]], moment: datetime) -> timedelta:
    """The offset the VTIMEZONE gives at a UTC moment: that of the latest onset before it."""
    index = bisect.bisect_right([at for at, _ in line], moment) - 1
    assert index >= 0, f"{moment} is before every observance"
    return line[index][1]


@pytest.mark.parametrize("name", ZONES)
def test_outlooks_form_and_zoneinfos_offsets(name: str) -> None:
    first, last = date(2000, 1, 1), date(2030, 12, 31)
    component = Timezone.from_ical(vtimezone(name, first, last).to_ical())  # as written
    blocks = component.subcomponents
    for block in blocks:
        assert "RDATE" not in block  # Outlook ignores RDATE
        rule = block.get("RRULE")
        if rule is None:
            continue
        assert rule["FREQ"] == ["YEARLY"]
        assert ("BYDAY" in rule) != ("BYMONTHDAY" in rule)  # one of them, never both
        assert len(rule.get("BYDAY", [])) <= 1
        assert len(rule.get("BYMONTHDAY", [])) <= 1
        if "UNTIL" in rule:
            assert rule["UNTIL"][0].tzinfo is not None  # UTC, as RFC 5545 3.6.5 wants
    zone = ZoneInfo(name)
    span_start = datetime(1999, 1, 1, tzinfo=UTC)
    span_end = datetime(2031, 1, 1, tzinfo=UTC)
    changes = transitions(zone, span_start, span_end)
    if not changes:
        assert len(blocks) == 1
        assert blocks[0].name == "STANDARD"
        return
    moments = [span_start + timedelta(days=1)]
    for change in changes:  # just before and just after every change, and between them
        moments += [change.at - timedelta(minutes=1), change.at, change.at + timedelta(days=3)]
    line = timeline(component, 2032)
    for moment in moments:
        want = moment.astimezone(zone).utcoffset()
        assert offset_at(line, moment) == want, f"{name} at {moment}"


@pytest.mark.parametrize("year", [2011, 2019, 2023, 2026])
def test_one_year_spans_of_every_zone(year: int) -> None:
    """A zone without a change in the span is one STANDARD block, whatever its season."""
    for name in ZONES:
        component = Timezone.from_ical(
            vtimezone(name, date(year, 3, 1), date(year, 5, 1)).to_ical()
        )
        if len(component.subcomponents) == 1:
            assert component.subcomponents[0].name == "STANDARD", name


def test_a_rule_in_force_has_no_until_and_a_stopped_one_has() -> None:
    berlin = Timezone.from_ical(
        vtimezone("Europe/Berlin", date(2026, 1, 5), date(2027, 6, 28)).to_ical()
    )
    assert all("UNTIL" not in block["RRULE"] for block in berlin.subcomponents[1:])
    sao_paulo = Timezone.from_ical(
        vtimezone("America/Sao_Paulo", date(2017, 1, 2), date(2021, 1, 4)).to_ical()
    )
    daylight = [b for b in sao_paulo.subcomponents if b.name == "DAYLIGHT" and "RRULE" in b]
    assert daylight
    assert all("UNTIL" in block["RRULE"] for block in daylight)  # abolished in 2019
