"""A pair's meeting series as an iCalendar file: PUBLISH, REQUEST or CANCEL.

One VEVENT per series (its stable UID, stored SEQUENCE, DTSTART with TZID, a weekly
RRULE with UNTIL in UTC, EXDATE for skipped weeks) plus one VEVENT per moved week with
the same UID and RECURRENCE-ID. Times are written in the series' zone with a VTIMEZONE
of our own (see vtimezone.py). PUBLISH carries no attendees (RFC 5546 3.2.1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from mentordesk import __version__
from mentordesk.calendar_files.method import Method
from mentordesk.calendar_files.vtimezone import vtimezone
from mentordesk.domain.meetings import MeetingSeries, occurrence_dates, occurrences, wall
from mentordesk.domain.pairs import Pair

_CN_UNSAFE = re.compile(r'["\x00-\x1f\x7f]')


@dataclass(frozen=True)
class CalendarText:
    """The words of the events: who, and this quarter's goals."""

    summary: str
    description: str


def describe(pair: Pair, goal_titles: Sequence[tuple[str, str]], every_weeks: int) -> CalendarText:
    """Summary and description naming both partners and the quarter's goals."""
    rhythm = "Weekly" if every_weeks == 1 else f"Every {every_weeks} weeks:"
    lines = [
        f"{rhythm} mentoring meeting of {pair.mentor.name} (mentor) and "
        f"{pair.mentee.name} (mentee)."
    ]
    if goal_titles:
        lines += ["", "This quarter's goals:"] + [
            f"- {kind}: {title}" for kind, title in goal_titles
        ]
    lines += ["", "Planned with MentorDesk."]
    return CalendarText(f"Mentoring: {pair.mentor.name} & {pair.mentee.name}", "\n".join(lines))


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = vText(_CN_UNSAFE.sub("", name).strip() or email)
    return address


def _base_event(
    series: MeetingSeries,
    text: CalendarText,
    start: datetime,
    duration: timedelta,
    *,
    location: str,
    stamp: datetime,
) -> Event:
    event = Event()
    event.add("uid", series.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", series.sequence)
    event.add("dtstart", start)
    event.add("dtend", start + duration)
    event.add("summary", text.summary)
    event.add("description", text.description)
    if location:
        event.add("location", location)
    return event


def _people(event: Event, pair: Pair, method: Method) -> None:
    if method is Method.PUBLISH:
        return
    event.add("organizer", _address(pair.mentor.email, pair.mentor.name))
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


def series_events(
    series: MeetingSeries, pair: Pair, text: CalendarText, method: Method, stamp: datetime
) -> list[Event]:
    """The master VEVENT of a series and one override per moved week."""
    draft, zone = series.draft, series.draft.zone
    duration = timedelta(minutes=draft.duration_minutes)
    first = wall(draft.first_date, draft.start_time, zone)
    master = _base_event(series, text, first, duration, location=draft.location, stamp=stamp)
    last_day = occurrence_dates(draft)[-1]
    until = wall(last_day, draft.start_time, zone).astimezone(UTC)
    master.add(
        "rrule",
        {"freq": "weekly", "interval": draft.every_weeks, "byday": draft.weekday, "until": until},
    )
    skipped = [wall(e.date, draft.start_time, zone) for e in series.exceptions if e.skip]
    if skipped:
        master.add("exdate", skipped)
    events = [master]
    for occurrence in occurrences(series):
        if occurrence.moved:
            moved = _base_event(
                series, text, occurrence.start, duration, location=occurrence.location, stamp=stamp
            )
            moved.add("recurrence-id", wall(occurrence.original_date, draft.start_time, zone))
            events.append(moved)
    for event in events:
        _people(event, pair, method)
        if method is Method.CANCEL:
            event.add("status", "CANCELLED")
        else:
            event.add("status", "CONFIRMED")
            _alarm(event, text)
    return events


def calendar_file(
    pair: Pair,
    series_list: Sequence[MeetingSeries],
    goal_titles: Sequence[tuple[str, str]],
    method: Method,
    now: datetime,
) -> bytes:
    """The whole file, as bytes (CRLF line ends and folding as RFC 5545 wants)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//MentorDesk//MentorDesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method.value)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    zones = {s.draft.timezone: s.draft.first_date.year for s in series_list}
    for name, year in sorted(zones.items()):
        calendar.add_component(vtimezone(name, year))
    for series in series_list:
        text = describe(pair, goal_titles, series.draft.every_weeks)
        for event in series_events(series, pair, text, method, stamp):
            calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
