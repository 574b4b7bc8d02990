"""Meeting series: the same time and place every 1-4 weeks, with skipped and moved weeks.

Occurrences are computed from the series, never stored one row each. Times are wall
clock in the series' IANA time zone, so a 16:00 meeting stays at 16:00 across
daylight-saving changes.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from mentordesk.domain.date_words import date_range, day_text, time_text
from mentordesk.domain.text import line_problem
from mentordesk.domain.words import QT_TRANSLATE_NOOP, translate
from mentordesk.errors import Problem

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# "… is not a Monday", and so on (translated as said).
_NOT_A = (
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Monday"),
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Tuesday"),
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Wednesday"),
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Thursday"),
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Friday"),
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Saturday"),
    QT_TRANSLATE_NOOP("Meetings", "{day} is not a Sunday"),
)
DURATION_RANGE = (5, 480)
EVERY_RANGE = (1, 4)


@dataclass(frozen=True)
class SeriesDraft:
    """What a series' form holds."""

    weekday: str
    start_time: time
    duration_minutes: int
    timezone: str
    first_date: date
    until: date
    every_weeks: int = 1
    location: str = ""

    @property
    def zone(self) -> ZoneInfo:
        """The series' time zone."""
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class SeriesException:
    """One occurrence skipped, or moved to another wall-clock time and/or place."""

    date: date
    skip: bool = False
    moved_to: datetime | None = None  # naive: wall clock in the series' zone
    location: str | None = None


@dataclass(frozen=True)
class MeetingSeries:
    """A stored series with its calendar identity and its exceptions."""

    id: int
    external_id: str
    pair_id: int
    draft: SeriesDraft
    uid: str
    sequence: int = 0
    cancelled: bool = False
    exceptions: tuple[SeriesException, ...] = ()
    sent_sequence: int | None = None  # the SEQUENCE last sent to the mentee, if ever

    @property
    def changed_since_sent(self) -> bool:
        """True when an invitation or cancellation went out and the series changed since."""
        return self.sent_sequence is not None and self.sent_sequence < self.sequence

    def exception_on(self, day: date) -> SeriesException | None:
        """The exception for the occurrence originally on `day`, if any."""
        return next((e for e in self.exceptions if e.date == day), None)


class Occurrence(NamedTuple):
    """One meeting of a series as it will happen (or was skipped). A named tuple, not a
    dataclass: the team's health makes ten thousand of them at a time."""

    series_id: int
    original_date: date
    start: datetime  # aware, in the series' zone
    duration: timedelta
    location: str
    skipped: bool = False
    moved: bool = False

    @property
    def end(self) -> datetime:
        """When the meeting ends: `duration` later on the real timeline, so that a meeting
        across a daylight-saving change still lasts its minutes."""
        return after(self.start, self.duration)


def weekday_code(day: date) -> str:
    """'MO' for a Monday, and so on."""
    return WEEKDAYS[day.weekday()]


def local_zone_name() -> str:
    """The machine's IANA time zone name (TZ when it names one, else the zone
    /etc/localtime links to), or UTC when it cannot be told: the zone a new meeting
    series starts in. (Times said 'here' follow the C library's own local time.)"""
    named = os.environ.get("TZ", "").removeprefix(":")
    for candidate in (named, _linked_zone()):
        name = candidate.split("zoneinfo/", 1)[-1]
        try:
            if name:
                ZoneInfo(name)
                return name
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return "UTC"


def _linked_zone() -> str:
    try:
        return str(Path("/etc/localtime").resolve())
    except OSError:
        return ""


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def zone_problem(name: str) -> str | None:
    """What is wrong with a time zone name, or None for a known IANA zone."""
    if not name or name not in _zones():
        return translate(
            "Meetings", "'{name}' is not a known time zone (like Europe/Berlin)"
        ).format(name=name)
    return None


def series_problems(draft: SeriesDraft) -> list[Problem]:
    """The rules every series keeps, keyed by field name."""
    problems = []
    if draft.weekday not in WEEKDAYS:
        problems.append(
            Problem(
                "weekday",
                translate("Meetings", "'{weekday}' is not one of {weekdays}").format(
                    weekday=draft.weekday, weekdays=WEEKDAYS
                ),
            )
        )
    elif weekday_code(draft.first_date) != draft.weekday:
        wanted = translate("Meetings", _NOT_A[WEEKDAYS.index(draft.weekday)])
        problems.append(Problem("first_date", wanted.format(day=day_text(draft.first_date))))
    low, high = DURATION_RANGE
    if not low <= draft.duration_minutes <= high:
        problems.append(
            Problem(
                "duration_minutes",
                translate("Meetings", "a meeting lasts {low} to {high} minutes").format(
                    low=low, high=high
                ),
            )
        )
    low, high = EVERY_RANGE
    if not low <= draft.every_weeks <= high:
        problems.append(
            Problem(
                "every_weeks",
                translate("Meetings", "meet every {low} to {high} weeks").format(
                    low=low, high=high
                ),
            )
        )
    if draft.until < draft.first_date:
        problems.append(
            Problem(
                "until",
                translate(
                    "Meetings", "the last date ({last}) is before the first ({first})"
                ).format(last=day_text(draft.until), first=day_text(draft.first_date)),
            )
        )
    if message := zone_problem(draft.timezone):
        problems.append(Problem("timezone", message))
    if message := line_problem(
        draft.location, translate("Meetings", "the place"), required=False, limit=500
    ):
        problems.append(Problem("location", message))
    return problems


def occurrence_dates(
    draft: SeriesDraft, since: date | None = None, until: date | None = None
) -> list[date]:
    """Every date the series meets on, first to until (inclusive), skips included; with
    `since`, only those on or after it (found by arithmetic, not by walking the years);
    with `until`, only those on or before it."""
    step = timedelta(weeks=draft.every_weeks)
    day = draft.first_date
    last = draft.until if until is None else min(until, draft.until)
    if since is not None and since > day:
        day += step * -(-(since - day).days // step.days)
    dates = []
    while day <= last:
        dates.append(day)
        day += step
    return dates


def wall(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant a wall-clock time in `zone` stands for, as RFC 5545 reads it: a time
    the clocks skip (spring forward) in the offset before the gap, so 02:30 is 03:30 in
    summer time; a time that happens twice (fall back) the first time."""
    if at.fold:  # equal to its fold-0 twin as a key, but not read the same
        return _wall(day, at, zone)
    return _remembered_wall(day, at, zone)


def _wall(day: date, at: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC).astimezone(zone)


# A team's meetings fall on a few hundred weekday-and-time slots in a zone or two, and the
# team's health reads thirteen weeks of every series at each showing: remembered, the
# same meeting times are not worked out again for each pair and each showing (about
# 5,000 slot-days for 800 pairs spread over a working week; some 2 MB when full).
_remembered_wall = lru_cache(maxsize=8192)(_wall)


def after(start: datetime, duration: timedelta) -> datetime:
    """`duration` after `start` on the real timeline, in `start`'s zone (Python's own
    arithmetic on aware datetimes moves the wall clock instead)."""
    return (start.astimezone(UTC) + duration).astimezone(start.tzinfo)


def on_wall_clock(moment: datetime, zone: tzinfo | None) -> datetime:
    """`moment` read on `zone`'s wall clock, when comparing it with that zone's times
    (a meeting's start or end) by their wall clocks orders them as the timeline does;
    else `moment` unchanged. Python compares two aware times of one zone object by
    their wall clocks (a few dozen nanoseconds) and times of two zones by asking each
    its UTC offset (about a microsecond): a team's health compares ten thousand meetings
    with now. The wall clock keeps the timeline's order except in an hour the clocks
    repeat (fall back), so a `moment` in one is returned as it is. Exact for times made
    by `wall` or `after` (real readings of an instant); None: `moment`."""
    if zone is None or moment.tzinfo is zone:
        return moment
    local = moment.astimezone(zone)
    if local.utcoffset() != local.replace(fold=1 - local.fold).utcoffset():
        return moment  # read twice that day: only the offsets tell which reading
    return local


class WallTime(Enum):
    """How a wall-clock time exists on one day of a zone."""

    ONCE = "once"
    SKIPPED = "skipped"  # in the spring-forward gap
    TWICE = "twice"  # in the fall-back fold


def wall_time_kind(day: date, at: time, zone: ZoneInfo) -> WallTime:
    """Whether `at` on `day` happens once, not at all or twice in `zone`."""
    first = datetime.combine(day, at.replace(fold=0), tzinfo=zone)
    second = first.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        return WallTime.ONCE
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    return WallTime.TWICE if back == first.replace(tzinfo=None) else WallTime.SKIPPED


def wall_time_note(day: date, at: time, zone: ZoneInfo) -> str | None:
    """Plain words for a wall-clock time that does not exist or happens twice on `day`,
    saying which instant the meeting will be at; None for an ordinary time."""
    kind = wall_time_kind(day, at, zone)
    if kind is WallTime.ONCE:
        return None
    meant = wall(day, at, zone)
    when = day_text(day, weekday=True)
    if kind is WallTime.SKIPPED:
        values = {
            "day": when,
            "zone": zone.key,
            "time": time_text(at),
            "meant": time_text(meant),
            "offset": _offset_name(meant),
        }
        if meant.date() == day:
            return translate(
                "Meetings",
                "On {day} the clocks in {zone} go forward, so {time} does not exist that day: "
                "the meeting will be at {meant} ({offset}).",
            ).format(**values)
        return translate(
            "Meetings",
            "On {day} the clocks in {zone} go forward, so {time} does not exist that day: "
            "the meeting will be at {meant} on {other_day} ({offset}).",
        ).format(other_day=day_text(meant.date(), weekday=True), **values)
    return translate(
        "Meetings",
        "On {day} the clocks in {zone} go back, so {time} happens twice that day: "
        "the meeting will be at the first {time} ({offset}).",
    ).format(day=when, zone=zone.key, time=time_text(at), offset=_offset_name(meant))


def _offset_name(moment: datetime) -> str:
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    text = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    name = moment.tzname() or ""
    return f"{name}, {text}" if name and not name.startswith(("+", "-")) else text


NOTE_YEARS = 10  # how far ahead a form looks for such meetings while someone types


def series_time_notes(draft: SeriesDraft) -> list[str]:
    """Plain words for each meeting of the series' first ten years whose time does not
    exist or happens twice (see `wall_time_note`)."""
    zone = draft.zone
    horizon = draft.first_date + timedelta(days=366 * NOTE_YEARS)
    days = occurrence_dates(draft, until=horizon)
    notes = (wall_time_note(day, draft.start_time, zone) for day in days)
    return [note for note in notes if note]


def occurrences(
    series: MeetingSeries, since: date | None = None, until: date | None = None
) -> list[Occurrence]:
    """The series' meetings in date order (by original date), skipped ones marked; with
    `since`, only those originally on or after it, and any moved from before it; with
    `until`, only those originally on or before it, and any moved from after it."""
    draft, zone = series.draft, series.draft.zone
    duration = timedelta(minutes=draft.duration_minutes)
    changes = {e.date: e for e in series.exceptions}
    last = draft.until if until is None else min(until, draft.until)
    days = occurrence_dates(draft, since, last)
    if since is not None:
        moved_early = [e.date for e in series.exceptions if e.moved_to and e.date < since]
        days = sorted(moved_early) + days
    if until is not None:
        days += sorted(
            e.date
            for e in series.exceptions
            if e.moved_to and last < e.date <= draft.until and e.moved_to.date() <= until
        )
    series_id, at, location = series.id, draft.start_time, draft.location
    if not changes:  # most series: nothing skipped or moved (ten thousand at a time)
        return [Occurrence(series_id, day, wall(day, at, zone), duration, location) for day in days]
    found = []
    for day in days:
        occurrence = Occurrence(series_id, day, wall(day, at, zone), duration, location)
        change = changes.get(day)
        if change is not None and change.skip:
            occurrence = occurrence._replace(skipped=True)
        elif change is not None and change.moved_to is not None:
            occurrence = occurrence._replace(
                start=wall(change.moved_to.date(), change.moved_to.time(), zone),
                location=change.location if change.location is not None else draft.location,
                moved=True,
            )
        found.append(occurrence)
    return found


def move_warnings(series: MeetingSeries, original: date, moved_to: datetime) -> list[str]:
    """Why a move may be a mistake: it lands on another meeting, or outside the series."""
    warnings = []
    new_day = moved_to.date()
    others = [o for o in occurrences(series) if o.original_date != original and not o.skipped]
    clash = next((o for o in others if o.start.date() == new_day), None)
    if clash is not None:
        warnings.append(
            translate("Meetings", "{day} already has this pair's meeting (at {time}).").format(
                day=day_text(new_day, weekday=True), time=time_text(clash.start)
            )
        )
    if new_day < series.draft.first_date or new_day > series.draft.until:
        warnings.append(
            translate("Meetings", "{day} is outside the series ({dates}).").format(
                day=day_text(new_day, weekday=True),
                dates=date_range(series.draft.first_date, series.draft.until),
            )
        )
    if note := wall_time_note(new_day, moved_to.time(), series.draft.zone):
        warnings.append(note)
    return warnings


ABOUT_TO_START = timedelta(minutes=30)  # from then on a meeting counts as begun


def meeting_on_now(candidates: Iterable[Occurrence], now: datetime) -> Occurrence | None:
    """The meeting that is on now, else the next one: the earliest that has not ended
    (a skipped one never counts). The one rule for meeting mode, the agenda, the pair
    list's next meeting and the command line."""
    live = (o for o in candidates if not o.skipped and o.end > now)
    return min(live, key=lambda o: o.start, default=None)


LOOK_AHEAD = timedelta(weeks=5)  # a series meeting every one to four weeks meets in it


def next_occurrence(series: list[MeetingSeries], now: datetime) -> Occurrence | None:
    """`meeting_on_now` across a pair's series."""
    found = (_next_of(s, now) for s in series if not s.cancelled)
    return meeting_on_now((o for o in found if o is not None), now)


def _next_of(series: MeetingSeries, now: datetime) -> Occurrence | None:
    """`meeting_on_now` of one series: looked for in the next few weeks first (the pair
    list asks for every pair's at each start), in the whole series when those have
    none that starts within them (all skipped, moved later, or the series not begun)."""
    # A meeting lasts at most a working day, so one that began before yesterday is over.
    since = now.astimezone(series.draft.zone).date() - timedelta(days=1)
    soon = since + LOOK_AHEAD
    found = meeting_on_now(occurrences(series, since, soon), now)
    if found is not None and found.start.date() <= soon:
        return found  # any meeting not looked at starts after `soon`
    return meeting_on_now(occurrences(series, since), now)
