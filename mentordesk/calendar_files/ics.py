"""A pair's meeting series as an iCalendar file: PUBLISH, REQUEST or CANCEL.

One VEVENT per series (its stable UID, stored SEQUENCE, DTSTART with TZID, a weekly
RRULE with UNTIL in UTC, EXDATE for skipped weeks) plus one VEVENT with the same UID and
a RECURRENCE-ID for each moved meeting, and for each meeting that starts at a time the
clocks skip or repeat or that lasts across a change (see `_irregular`). Times are written
in the series' zone with a VTIMEZONE that is right over every meeting of the file (see
vtimezone.py).

iTIP (RFC 5546): a PUBLISH file may hold every series of the pair and carries the
ORGANIZER but no ATTENDEE (§3.2.1); a REQUEST or CANCEL is about one series, so every
component in it has the same UID (§3.2.2, §3.2.5), and its people are the mentor
(ORGANIZER) and the mentee (ATTENDEE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import quote
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from mentordesk import __version__
from mentordesk.calendar_files.method import Method
from mentordesk.calendar_files.vtimezone import vtimezone
from mentordesk.domain.meetings import (
    MeetingSeries,
    Occurrence,
    WallTime,
    after,
    occurrence_dates,
    occurrences,
    wall,
    wall_time_kind,
)
from mentordesk.domain.pairs import Pair
from mentordesk.domain.words import translate

_CN_UNSAFE = re.compile(r'["\x00-\x1f\x7f]')
# RFC 6068: an addr-spec in a mailto URI keeps unreserved characters and these; every
# other one (%, ?, &, =, #, /, non-ASCII as UTF-8…) is percent-encoded.
_MAILTO_SAFE = "!$'()*+,;:@"


@dataclass(frozen=True)
class CalendarText:
    """The words of the events: who, and this quarter's goals."""

    summary: str
    description: str


def describe(pair: Pair, goal_titles: Sequence[tuple[str, str]], every_weeks: int) -> CalendarText:
    """Summary and description naming both partners and the quarter's goals."""
    mentor, mentee = pair.mentor.name, pair.mentee.name
    if pair.peers and every_weeks == 1:
        first = translate("Ics", "Weekly peer mentoring meeting of {mentor} and {mentee}.")
    elif pair.peers:
        first = translate(
            "Ics", "Every {n} weeks: peer mentoring meeting of {mentor} and {mentee}."
        )
    elif every_weeks == 1:
        first = translate(
            "Ics", "Weekly mentoring meeting of {mentor} (mentor) and {mentee} (mentee)."
        )
    else:
        first = translate(
            "Ics",
            "Every {n} weeks: mentoring meeting of {mentor} (mentor) and {mentee} (mentee).",
        )
    lines = [first.format(n=every_weeks, mentor=mentor, mentee=mentee)]
    if goal_titles:
        lines += ["", translate("Ics", "This quarter's goals:")] + [
            f"- {kind}: {title}" for kind, title in goal_titles
        ]
    lines += ["", translate("Ics", "Planned with MentorDesk.")]
    summary = (
        translate("Ics", "Peer mentoring: {mentor} & {mentee}")
        if pair.peers
        else translate("Ics", "Mentoring: {mentor} & {mentee}")
    )
    return CalendarText(summary.format(mentor=mentor, mentee=mentee), "\n".join(lines))


def mailto(email: str) -> str:
    """The `mailto:` URI of an address, encoded as RFC 6068 wants."""
    return "mailto:" + quote(email, safe=_MAILTO_SAFE)


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(mailto(email))
    address.params["CN"] = vText(_CN_UNSAFE.sub("", name).strip() or email)
    return address


def _nominal(day: date, at: time, series: MeetingSeries) -> datetime:
    """The wall clock of a meeting as the series states it (DTSTART, EXDATE and
    RECURRENCE-ID all name a meeting this way, as Exchange wants), even on a day the
    clocks skip it: readers then move it as RFC 5545 says, and as the app does."""
    return datetime.combine(day, at, tzinfo=series.draft.zone)


def _timing(
    event: Event, start: datetime, written: datetime, duration: timedelta, zone: ZoneInfo
) -> None:
    """DTSTART as `written`; DTEND when its wall clock says the real length from `start`,
    otherwise (a meeting across a daylight-saving change, starting at a time the clocks
    skip or ending at one that happens twice) DURATION, which is exact."""
    event.add("dtstart", written)
    end = after(start, duration)
    naive_start, naive_end = written.replace(tzinfo=None), end.replace(tzinfo=None)
    plain = (
        naive_start == start.replace(tzinfo=None)  # the written wall clock is the instant's
        and wall_time_kind(naive_end.date(), naive_end.time(), zone) is WallTime.ONCE
        and naive_end - naive_start == duration
    )
    if plain:
        event.add("dtend", end)
    else:
        event.add("duration", duration)


def _base_event(series: MeetingSeries, text: CalendarText, location: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", series.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", series.sequence)
    event.add("summary", text.summary)
    event.add("description", text.description)
    if location:
        event.add("location", location)
    return event


def _people(event: Event, pair: Pair, method: Method) -> None:
    event.add("organizer", _address(pair.mentor.email, pair.mentor.name))
    if method is Method.PUBLISH:
        return
    attendee = _address(pair.mentee.email, pair.mentee.name)
    attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
    attendee.params["PARTSTAT"] = vText("NEEDS-ACTION")
    if method is Method.REQUEST:
        attendee.params["RSVP"] = vText("TRUE")
    event.add("attendee", attendee)


def _alarm(event: Event, text: CalendarText) -> None:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-15))
    alarm.add("description", text.summary)
    event.add_component(alarm)


def _irregular(occurrence: Occurrence, at: time) -> bool:
    """Whether a reader could get a meeting of the series (stated at `at`) wrong from the
    master alone: it starts or ends at a time the clocks skip or repeat (readers differ
    on which instant that is: libical and ical.js take the later one), or the wall clock
    moves during it (a daylight-saving change), where readers that add the length to the
    wall clock end it an hour off."""
    zone = occurrence.start.tzinfo
    assert isinstance(zone, ZoneInfo)
    stated = datetime.combine(occurrence.original_date, at)
    end = occurrence.end.replace(tzinfo=None)
    return (
        wall_time_kind(stated.date(), at, zone) is not WallTime.ONCE
        or wall_time_kind(end.date(), end.time(), zone) is not WallTime.ONCE
        or end - stated != occurrence.duration
    )


def _moment(moment: datetime) -> datetime:
    """`moment` in its zone when its wall clock names it alone, else in UTC (a time that
    happens twice is ambiguous in any zone-based form)."""
    zone = moment.tzinfo
    assert isinstance(zone, ZoneInfo)
    naive = moment.replace(tzinfo=None)
    if wall_time_kind(naive.date(), naive.time(), zone) is WallTime.ONCE:
        return moment
    return moment.astimezone(UTC)


def _override(
    series: MeetingSeries, text: CalendarText, occurrence: Occurrence, stamp: datetime
) -> Event:
    """A VEVENT for one meeting with its own start and end: a moved meeting, or one the
    master alone could be read wrong for (see `_irregular`)."""
    event = _base_event(series, text, occurrence.location, stamp)
    event.add("recurrence-id", _nominal(occurrence.original_date, series.draft.start_time, series))
    event.add("dtstart", _moment(occurrence.start))
    event.add("dtend", _moment(occurrence.end))
    return event


def series_events(
    series: MeetingSeries, pair: Pair, text: CalendarText, method: Method, stamp: datetime
) -> list[Event]:
    """The master VEVENT of a series and its overrides (moved and irregular meetings)."""
    draft, zone = series.draft, series.draft.zone
    duration = timedelta(minutes=draft.duration_minutes)
    master = _base_event(series, text, draft.location, stamp)
    first = _nominal(draft.first_date, draft.start_time, series)
    _timing(master, wall(draft.first_date, draft.start_time, zone), first, duration, zone)
    # UNTIL is the end of the last meeting day, so no reader drops the last meeting,
    # however it reads a time the clocks skip or repeat; the next is a week later.
    # Calendars show it as the series' last day (in the series' zone).
    until = wall(occurrence_dates(draft)[-1], time(23, 59, 59), zone).astimezone(UTC)
    master.add(
        "rrule",
        {"freq": "weekly", "interval": draft.every_weeks, "byday": draft.weekday, "until": until},
    )
    skipped = [_nominal(e.date, draft.start_time, series) for e in series.exceptions if e.skip]
    if skipped:
        master.add("exdate", skipped)
    events = [master]
    for occurrence in occurrences(series):
        if occurrence.moved or (
            not occurrence.skipped and _irregular(occurrence, draft.start_time)
        ):
            events.append(_override(series, text, occurrence, stamp))
    for event in events:
        _people(event, pair, method)
        if method is Method.CANCEL:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
            _alarm(event, text)
    return events


def _span(series: MeetingSeries) -> tuple[date, date]:
    """The first and last day any meeting of the series touches, moved ones included."""
    found: list[Occurrence] = occurrences(series)
    days = [o.start.date() for o in found] + [o.end.date() for o in found]
    return min(days), max(days)


def calendar_file(
    pair: Pair,
    series_list: Sequence[MeetingSeries],
    goal_titles: Sequence[tuple[str, str]],
    method: Method,
    now: datetime,
) -> bytes:
    """The whole file, as bytes (CRLF line ends and folding as RFC 5545 wants).

    A REQUEST or CANCEL takes exactly one series; a PUBLISH file any number.
    """
    if method is not Method.PUBLISH and len({s.uid for s in series_list}) != 1:
        raise ValueError(f"a {method.value} message is about exactly one series")
    calendar = Calendar()
    calendar.add("prodid", f"-//MentorDesk//MentorDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method.value)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    spans: dict[str, tuple[date, date]] = {}
    for series in series_list:
        first, last = _span(series)
        known = spans.get(series.draft.timezone, (first, last))
        spans[series.draft.timezone] = (min(first, known[0]), max(last, known[1]))
    for name, (first, last) in sorted(spans.items()):
        calendar.add_component(vtimezone(name, first, last))
    for series in series_list:
        text = describe(pair, goal_titles, series.draft.every_weeks)
        for event in series_events(series, pair, text, method, stamp):
            calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
