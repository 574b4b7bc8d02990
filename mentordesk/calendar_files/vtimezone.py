"""VTIMEZONEs derived from zoneinfo, right for every meeting of a span and in Outlook's form.

Readers such as Thunderbird, libical (Evolution), ical.js and vobject take a meeting's UTC
offset from the VTIMEZONE in the file, not from their own zone database, so the block
must give zoneinfo's offset on every day of the series: also across a rule change (a
country that dropped or brought back daylight saving, moved its dates) and for rules that
are no "nth weekday of the month" (Israel's "Friday before the last Sunday", Morocco's
Ramadan breaks).

`icalendar` can build such a block (`Timezone.from_tzid`), but it lists every change as an
RDATE, which Outlook ignores (MS-STANOICAL), so Outlook would keep one offset all year.
Outlook reads observances with yearly RRULEs (BYMONTH with one BYDAY such as `-1SU`, or
one BYMONTHDAY) bounded by UNTIL (MS-OXCICAL 2.1.3.1.1.19.2.2), so this module writes
the changes of the span as runs of such rules: a run lasts while the change comes back
every year on the same rule at the same time; an irregular year is a run of its own.
"""

from __future__ import annotations

import calendar as month_calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)


@dataclass(frozen=True)
class Transition:
    """A change of UTC offset at one instant."""

    at: datetime  # aware, UTC
    offset_from: timedelta
    offset_to: timedelta
    name: str  # the abbreviation in force after the change, such as CEST
    daylight: bool

    @property
    def local(self) -> datetime:
        """The wall clock the change happens at, in the offset before it (as RFC 5545)."""
        return (self.at + self.offset_from).replace(tzinfo=None)


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """The zone's offset changes between two UTC instants, to the second.

    Offsets are compared a day apart, then the change is found by halving; no zone has
    changed its offset twice within one day since standard time began.
    """
    found: list[Transition] = []
    moment, before = start, _offset(zone, start)
    while moment < end:
        step_end = min(moment + _DAY, end)
        after = _offset(zone, step_end)
        if after != before:
            low, high = moment, step_end  # offset `before` at low, `after` at high
            while high - low > _SECOND:
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if _offset(zone, middle) == before:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            # A jump of a day or more (Samoa crossing the date line) is no daylight saving:
            # dateutil (vobject) refuses a DAYLIGHT block whose saving is that large.
            daylight = bool(local.dst()) and abs(after - before) < _DAY
            found.append(Transition(high, before, after, local.tzname() or "", daylight))
            before = after
        moment = step_end
    return found


Rule = tuple[str, str]  # ("BYDAY", "-1SU") or ("BYMONTHDAY", "23")


def _rules(day: date) -> list[Rule]:
    """The yearly rules `day` is an instance of, in the order Outlook likes best."""
    weekday = ICAL_DAYS[day.weekday()]
    last = month_calendar.monthrange(day.year, day.month)[1]
    found: list[Rule] = []
    if day.day + 7 > last:
        found.append(("BYDAY", f"-1{weekday}"))
    if day.day <= 28:
        found.append(("BYDAY", f"{(day.day - 1) // 7 + 1}{weekday}"))
    found.append(("BYMONTHDAY", str(day.day)))
    return found


@dataclass
class _Run:
    """Changes in consecutive years that one yearly rule describes."""

    changes: list[Transition]
    rules: list[Rule] = field(default_factory=list)

    def takes(self, change: Transition) -> bool:
        last = self.changes[-1].local
        return change.local.year == last.year + 1 and any(
            rule in self.rules for rule in _rules(change.local.date())
        )

    def add(self, change: Transition) -> None:
        self.changes.append(change)
        allowed = _rules(change.local.date())
        self.rules = [rule for rule in self.rules if rule in allowed]


def _runs(changes: Iterable[Transition]) -> list[_Run]:
    open_runs: dict[tuple[object, ...], _Run] = {}
    done: list[_Run] = []
    for change in changes:
        local = change.local
        key = (
            change.daylight,
            change.offset_from,
            change.offset_to,
            change.name,
            local.month,
            local.time(),
        )
        run = open_runs.get(key)
        if run is not None and run.takes(change):
            run.add(change)
            continue
        if run is not None:
            done.append(run)
        open_runs[key] = _Run([change], _rules(local.date()))
    done += open_runs.values()
    return sorted(done, key=lambda r: r.changes[0].at)


def until(local: datetime, at: datetime) -> datetime:
    """An RRULE's UNTIL (in UTC, as RFC 5545 wants) that keeps its last instance also
    for readers that compare UNTIL with the instance's wall clock (dateutil's VTIMEZONE
    reader does): the later of the instant and its wall clock read as UTC. Offsets are
    under a day, and the next instance of a yearly or weekly rule is days away."""
    return max(at.astimezone(UTC), local.replace(tzinfo=UTC))


def _observance(
    daylight: bool, start: datetime, offset_from: timedelta, offset_to: timedelta, name: str
) -> TimezoneStandard | TimezoneDaylight:
    block: TimezoneStandard | TimezoneDaylight = (
        TimezoneDaylight() if daylight else TimezoneStandard()
    )
    block.add("dtstart", start)
    block.add("tzoffsetfrom", offset_from)
    block.add("tzoffsetto", offset_to)
    block.add("tzname", name)
    return block


def vtimezone(name: str, first: date, last: date) -> Timezone:
    """The VTIMEZONE of zone `name`, right for every moment from `first` to `last`.

    The span is widened to whole years, so that each year's rules are complete. A rule
    still in force after the span has no UNTIL; one that stopped or changed has.
    """
    zone = ZoneInfo(name)
    start = datetime.combine(date(first.year - 1, 1, 1), time(), tzinfo=UTC)
    end = datetime.combine(date(last.year + 1, 12, 31), time(), tzinfo=UTC)
    component = Timezone()
    component.add("tzid", name)
    at_start = start.astimezone(zone)
    offset = at_start.utcoffset() or timedelta(0)
    # What is in force when the span begins: an observance that changes nothing.
    # Two years past the span tell the rules that go on from those that stopped.
    changes = transitions(zone, start, end.replace(year=end.year + 2))
    steady = not [change for change in changes if change.at < end]
    baseline = _observance(
        bool(at_start.dst()) and not steady,  # a zone that never changes: STANDARD only
        datetime(start.year, 1, 1),
        offset,
        offset,
        at_start.tzname() or name,
    )
    if steady:
        # One STANDARD block and nothing else: the form Outlook reads for a zone without
        # daylight saving. Its rule of one named day keeps it in force for readers that
        # apply a block without a rule only at its DTSTART (the `ical` library did).
        baseline.add("rrule", {"freq": "yearly", "bymonth": 1, "bymonthday": 1})
        component.add_component(baseline)
        return component
    component.add_component(baseline)
    for run in _runs(changes):
        head = run.changes[0]
        if head.at >= end:
            continue
        block = _observance(head.daylight, head.local, head.offset_from, head.offset_to, head.name)
        part, value = run.rules[0]
        rule: dict[str, object] = {"freq": "yearly", "bymonth": head.local.month}
        rule[part.lower()] = value if part == "BYDAY" else int(value)
        final = run.changes[-1]
        if final.at < end:  # the rule stopped or changed within the span
            rule["until"] = until(final.local, final.at)
        block.add("rrule", rule)
        component.add_component(block)
    return component
