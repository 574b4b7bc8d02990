"""An Outlook-compatible VTIMEZONE derived from zoneinfo.

Outlook reads only TZID, DTSTART, RRULE, TZOFFSETFROM and TZOFFSETTO and ignores RDATE,
so a zone is written as one STANDARD and one DAYLIGHT block, each with a yearly rule
(a zone without daylight saving gets one STANDARD block, with a yearly rule that
changes nothing, so that strict readers keep it in force). The rules are
found by scanning a year of the zone's UTC offsets for their changes.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
RULES_FROM = 1970  # the first instance of each yearly rule is written for this year


@dataclass(frozen=True)
class Transition:
    """A change of UTC offset: the wall time it happens at (old offset), and the offsets."""

    local: datetime  # naive wall clock, in the offset before the change
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool


def transitions(zone: ZoneInfo, year: int) -> list[Transition]:
    """The zone's offset changes during `year`."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    before = moment.astimezone(zone).utcoffset()
    step = timedelta(hours=1)
    while moment < end:
        after = (moment + step).astimezone(zone).utcoffset()
        if after != before:
            exact = moment
            while (exact + timedelta(minutes=15)).astimezone(zone).utcoffset() == before:
                exact += timedelta(minutes=15)
            exact += timedelta(minutes=15)
            local = exact.astimezone(zone)
            assert before is not None
            assert after is not None
            found.append(
                Transition(
                    local=(exact + before).replace(tzinfo=None),
                    offset_from=before,
                    offset_to=after,
                    name=local.tzname() or "",
                    daylight=bool(local.dst()),
                )
            )
            before = after
        moment += step
    return found


def _yearly_rule(day: date) -> tuple[int, str]:
    """The month and BYDAY ('-1SU', '2SU', …) of the weekday rule `day` is an instance of."""
    last_day = month_calendar.monthrange(day.year, day.month)[1]
    nth = -1 if day.day + 7 > last_day else (day.day - 1) // 7 + 1
    return day.month, f"{nth}{ICAL_DAYS[day.weekday()]}"


def _first_instance(month: int, byday: str, year: int) -> date:
    nth, weekday = int(byday[:-2]), ICAL_DAYS.index(byday[-2:])
    days = [
        d
        for d in range(1, month_calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    return date(year, month, days[nth - 1] if nth > 0 else days[nth])


def vtimezone(name: str, year: int) -> Timezone:
    """The VTIMEZONE for zone `name`, with the rules in force in `year`."""
    zone = ZoneInfo(name)
    component = Timezone()
    component.add("tzid", name)
    changes = transitions(zone, year)[:2]
    if len(changes) < 2:
        offset = datetime(year, 7, 1, tzinfo=zone).utcoffset() or timedelta(0)
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(RULES_FROM, 1, 1))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", datetime(year, 7, 1, tzinfo=zone).tzname() or name)
        # Without a rule some readers (the `ical` library) apply the block only at its
        # DTSTART instant; a yearly rule keeps it in force. Still no DAYLIGHT block, so
        # Outlook sees a zone without daylight saving.
        standard.add("rrule", {"freq": "yearly", "bymonth": 1})
        component.add_component(standard)
        return component
    for change in sorted(changes, key=lambda c: not c.daylight):
        month, byday = _yearly_rule(change.local.date())
        start = datetime.combine(_first_instance(month, byday, RULES_FROM), change.local.time())
        block: TimezoneStandard | TimezoneDaylight = (
            TimezoneDaylight() if change.daylight else TimezoneStandard()
        )
        block.add("dtstart", start)
        block.add("tzoffsetfrom", change.offset_from)
        block.add("tzoffsetto", change.offset_to)
        block.add("tzname", change.name)
        block.add("rrule", {"freq": "yearly", "bymonth": month, "byday": byday})
        component.add_component(block)
    return component
