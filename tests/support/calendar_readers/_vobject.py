"""The vobject reader, in this process: vobject's parser, tzinfos and rrulesets."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from ._model import CAP, Meeting, ReaderError, ReaderUnavailable

#: A rule yielding more instances than this is reported, not listed.
MAX_INSTANCES = 200_000

# vobject keeps one registry of TZID -> tzinfo for the whole process; it is swapped out
# while a file is read, so no two reads may overlap.
_REGISTRY_LOCK = threading.Lock()


def missing() -> str | None:
    """Why the vobject reader cannot run here, or None when it can."""
    if importlib.util.find_spec("vobject") is None:
        return "vobject reader: vobject is not installed (pip install -e '.[test]')"
    return None


def _registry() -> dict[str, tzinfo]:
    from vobject import icalendar

    registry = vars(icalendar).get("__tzidMap")
    if not isinstance(registry, dict):  # pragma: no cover - a vobject we do not know
        raise ReaderError("vobject reader: this vobject has no TZID registry `__tzidMap`")
    return registry


class _File:
    """One file being read: its own zones, and checks that every time uses one of them."""

    def __init__(self, zones: dict[str, tzinfo], utc: tzinfo) -> None:
        self.zones = zones
        self.allowed = {id(zone) for zone in zones.values()} | {id(utc)}

    def instant(self, value: object, what: str, line: Any = None) -> datetime:
        if not isinstance(value, datetime):
            kind = "a DATE" if isinstance(value, date) else repr(value)
            raise ReaderError(f"{what} is {kind}, which has no UTC instant")
        if value.tzinfo is None or id(value.tzinfo) not in self.allowed:
            tzid = None
            if line is not None:
                tzid = (line.params.get("X-VOBJ-ORIGINAL-TZID") or [None])[0]
            if tzid is not None and tzid not in self.zones:
                raise ReaderError(f"{what} has TZID={tzid}, which no VTIMEZONE of the file defines")
            raise ReaderError(f"{what} {value} was not read in one of the file's VTIMEZONEs")
        return value.astimezone(UTC)


def _text(event: Any, name: str) -> str:
    line = event.contents.get(name)
    if not line:
        return ""
    value = line[0].value
    return "" if value is None else str(value)


class _Event:
    """The fields of one VEVENT that an instance needs."""

    def __init__(self, component: Any, file: _File) -> None:
        self.component = component
        self.uid = _text(component, "uid")
        if not self.uid:
            raise ReaderError("a VEVENT has no UID")
        self.location = _text(component, "location")
        self.status = _text(component, "status")
        contents = component.contents
        if "dtstart" not in contents:
            raise ReaderError(f"VEVENT {self.uid} has no DTSTART")
        line = contents["dtstart"][0]
        self.start: datetime = line.value
        self.start_utc = file.instant(line.value, f"DTSTART of {self.uid}", line)
        self.exact: timedelta | None = None
        self.nominal: timedelta | None = None
        if "dtend" in contents and "duration" in contents:
            raise ReaderError(f"VEVENT {self.uid} has both DTEND and DURATION")
        if "dtend" in contents:
            line = contents["dtend"][0]
            self.exact = file.instant(line.value, f"DTEND of {self.uid}", line) - self.start_utc
        elif "duration" in contents:
            self.nominal = contents["duration"][0].value
        self.recurrence_id: datetime | None = None
        if "recurrence-id" in contents:
            line = contents["recurrence-id"][0]
            self.recurrence_id = file.instant(line.value, f"RECURRENCE-ID of {self.uid}", line)
        for name in ("exdate", "rdate"):
            for line in contents.get(name, []):
                for value in line.value:
                    if isinstance(value, tuple):
                        raise ReaderError(f"VEVENT {self.uid}: RDATE periods are not supported")
                    file.instant(value, f"{name.upper()} of {self.uid}", line)

    def end(self, start: datetime, start_utc: datetime) -> datetime:
        """The UTC end of an instance starting at ``start`` (local, in DTSTART's zone).

        DTEND gives an exact length; DURATION's days are nominal (wall clock) and the rest
        exact (RFC 5545 3.8.5.3).
        """
        if self.exact is not None:
            return start_utc + self.exact
        if self.nominal is None:
            return start_utc
        days = timedelta(days=self.nominal.days)
        rest = self.nominal - days
        return (start + days).astimezone(UTC) + rest

    def meeting(self, start: datetime, start_utc: datetime) -> Meeting:
        """The instance that starts at ``start`` (local), which is ``start_utc``."""
        end = self.end(start, start_utc)
        return Meeting(start_utc, end, self.uid, self.location, self.status)

    def starts(self) -> Iterator[tuple[datetime, datetime]]:
        """The starts of the rruleset (RRULE, RDATE, DTSTART, minus EXDATE): (local, UTC)."""
        rules = self.component.getrruleset(addRDate=True)
        if rules is None:
            if self.start_utc < CAP:
                yield self.start, self.start_utc
            return
        for count, start in enumerate(rules):
            start_utc = start.astimezone(UTC)
            if start_utc >= CAP:
                return
            if count >= MAX_INSTANCES:
                raise ReaderError(f"VEVENT {self.uid} has more than {MAX_INSTANCES} instances")
            yield start, start_utc


def _read_calendar(text: str) -> list[Meeting]:
    import vobject
    from vobject import icalendar

    calendar = vobject.readOne(text, transform=False)
    if calendar.name != "VCALENDAR":
        raise ReaderError("the file is not one VCALENDAR")
    zones: dict[str, tzinfo] = {}
    for raw in calendar.contents.get("vtimezone", []):
        vtimezone = raw.transformToNative()  # vobject's own VTIMEZONE -> dateutil tzical
        tzid = vtimezone.tzid.value
        zone = vtimezone.gettzinfo()
        if zone is None:
            raise ReaderError(f"VTIMEZONE {tzid} is empty")
        # vobject registers a VTIMEZONE only if its TZID is not yet known and its offsets
        # are not UTC's (2000-2020); either way the file's own zone must win.
        icalendar.registerTzid(tzid, zone)
        zones[tzid] = zone
    calendar.transformChildrenToNative()
    file = _File(zones, _registry()["UTC"])

    events = [_Event(component, file) for component in calendar.contents.get("vevent", [])]
    overrides = {
        (event.uid, event.recurrence_id): event
        for event in events
        if event.recurrence_id is not None
    }
    found = []
    for master in events:
        if master.recurrence_id is not None:
            continue
        for start, start_utc in master.starts():
            override = overrides.get((master.uid, start_utc))
            if override is None:
                found.append(master.meeting(start, start_utc))
            else:
                found.append(override.meeting(override.start, override.start_utc))
    return sorted(found)


def read_one(data: bytes) -> list[Meeting]:
    """Read one .ics file with vobject, with only its own VTIMEZONEs known to vobject."""
    from vobject import icalendar

    with _REGISTRY_LOCK:
        registry = _registry()
        saved = dict(registry)
        registry.clear()
        registry["UTC"] = icalendar.utc
        try:
            return _read_calendar(data.decode("utf-8"))
        finally:
            registry.clear()
            registry.update(saved)


def read_vobject(files: Sequence[bytes]) -> list[list[Meeting]]:
    """Read .ics files with vobject (and dateutil, which it builds on), in this process.

    Returns one sorted list of Meetings per file, in the order given. vobject's global
    TZID registry is emptied for each file and then holds exactly the file's VTIMEZONEs,
    each as vobject turns it into a tzinfo (``TimezoneComponent.gettzinfo``, dateutil's
    ``tzical``); a time in any other zone (vobject looks unknown TZIDs up by name in pytz)
    raises ReaderError, and so do floating times and DATE values. Expansion is vobject's
    ``getrruleset(addRDate=True)``; RECURRENCE-ID overrides are applied here, by UTC instant.
    """
    why = missing()
    if why:
        raise ReaderUnavailable(why)
    results = []
    for index, data in enumerate(files):
        try:
            results.append(read_one(data))
        except ReaderError as error:
            raise ReaderError(f"vobject: file #{index}: {error}") from error
        except Exception as error:
            raise ReaderError(f"vobject: file #{index}: {type(error).__name__}: {error}") from error
    return results
