"""The demo team as shipped in `resources/demo/team.toml`: read, checked, dated later.

The file mirrors the interchange format with dates relative to the day the demo is
loaded; what only the demo has (goals by quarter, meeting series by weeks, the words
sessions are made from) is read here into plain records. The rest of each pair goes
on as it is, and the interchange reader checks it when the demo is built.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeVar

from mentordesk.domain.meetings import WEEKDAYS
from mentordesk.domain.quarters import QuarterMode
from mentordesk.resource_files import resource

SOURCE = "demo/team.toml"  # under resources/
QUARTERS = {"last": -1, "this": 0, "next": 1}
NEXT_MEETING = "next meeting"  # a checklist's follow-up: on the pair's next meeting day
DAY_FORMS = "'today', '20 days ago', 'in 3 days' or '6 weeks ago'"
_RELATIVE = re.compile(r"(?P<later>in )?(?P<count>\d+) (?P<unit>day|week)s?(?P<earlier> ago)?")

T = TypeVar("T")


class DemoDataError(Exception):
    """The shipped demo team is missing or broken: a fault of this installation."""


@dataclass(frozen=True)
class When:
    """A day relative to the day the demo is loaded (negative: before it)."""

    days: int

    def on(self, today: date) -> date:
        """The day this is, loaded on `today`."""
        return today + timedelta(days=self.days)


@dataclass(frozen=True)
class CheckIn:
    """A goal's check-in, `day` days into the goal's quarter."""

    day: int
    progress: int
    note: str


@dataclass(frozen=True)
class DemoGoal:
    """A goal in the pair's last, this or next quarter (`quarter` -1, 0 or 1)."""

    quarter: int
    fields: dict[str, str]  # skill, title, specific, measure; status, outcome, reflection
    checkins: tuple[CheckIn, ...]
    milestones: tuple[DemoMilestone, ...] = ()
    ratings: tuple[DemoRating, ...] = ()


@dataclass(frozen=True)
class DemoRating:
    """The owner's self-assessment at a stage ('before' or 'after'), `day` days into the
    goal's quarter (given only once that day has come)."""

    stage: str
    day: int
    score: int
    evidence: str


@dataclass(frozen=True)
class DemoMilestone:
    """A goal's milestone due `day` days into its quarter, reached `reached` days in
    (if it was, by the day the demo is loaded)."""

    day: int
    text: str
    reached: int | None = None


@dataclass(frozen=True)
class DemoException:
    """The meeting `week` weeks after a series' first: skipped, or moved some days on."""

    week: int
    skip: bool
    move_by_days: int | None
    location: str | None


@dataclass(frozen=True)
class DemoSeries:
    """A weekly meeting series, first meeting relative to the day of loading."""

    id: str
    weekday: int  # Monday 0
    start_time: str
    duration_minutes: int
    timezone: str
    location: str
    every_weeks: int
    first_date: When
    exceptions: tuple[DemoException, ...]


@dataclass(frozen=True)
class DemoPair:
    """A pair: interchange fields (dates as `When`), then its demo goals and meetings."""

    fields: dict[str, Any]
    goals: tuple[DemoGoal, ...]
    meetings: tuple[DemoSeries, ...]
    log: tuple[LogEntry, ...] = ()  # the newest held sessions, oldest first
    missed: tuple[int, ...] = ()  # past meetings nobody recorded, counted back (1: the latest)
    signed: tuple[DemoSigning, ...] = ()


@dataclass(frozen=True)
class LogEntry:
    """What one held session of a pair says: topics, shared notes, an action item (owned
    by the mentor or the mentee, done by the next meeting unless `open`) and the
    mentor's private note."""

    topics: tuple[str, ...]
    notes: str
    action: str | None = None
    owner: str = "mentee"
    private_note: str | None = None
    open: bool = False  # the action item is not done yet


@dataclass(frozen=True)
class DemoSigning:
    """A quarter's summary both partners signed (`quarter` -1, 0: relative to the pair's
    current quarter, or the one it ended in), on a day relative to loading."""

    quarter: int
    signed_on: When


@dataclass(frozen=True)
class DemoTeam:
    """The demo team, read from `source`."""

    source: str
    people: tuple[dict[str, Any], ...]
    pairs: tuple[DemoPair, ...]


@cache
def demo_team() -> DemoTeam:
    """The shipped demo team (read once)."""
    file = resource(SOURCE)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DemoDataError(f"The demo team cannot be read from {file}: {error}") from error
    return parse_demo_team(text, str(file))


def parse_demo_team(text: str, source: str) -> DemoTeam:
    """The demo team in `text` (TOML from `source`), or a DemoDataError saying what and
    where is wrong."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DemoDataError(f"{source} is not valid TOML: {error}") from error
    try:
        return _team(_Table(raw, ""), source)
    except _Wrong as wrong:
        where = f"{wrong.where}: " if wrong.where else ""
        raise DemoDataError(f"{source}: {where}{wrong}") from None


class _Wrong(Exception):
    def __init__(self, where: str, message: str) -> None:
        super().__init__(message)
        self.where = where


class _Table:
    """A TOML table read key by key, every problem named by its path."""

    def __init__(self, raw: object, where: str) -> None:
        if not isinstance(raw, dict):
            raise _Wrong(where, f"expected a table, found {raw!r}")
        self.raw: dict[str, Any] = raw
        self.where = where
        self._read: set[str] = set()

    def path(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type[T], words: str, default: T | None = None) -> T:
        self._read.add(key)
        value = self.raw.get(key, default)
        if value is None:
            raise _Wrong(self.path(key), "missing")
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _Wrong(self.path(key), f"expected {words}, found {value!r}")
        return value

    def text(self, key: str, default: str | None = None) -> str:
        value = self.get(key, str, "text", default)
        if not value.strip():
            raise _Wrong(self.path(key), "must not be empty")
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if key in self.raw else None

    def number(self, key: str, default: int | None = None) -> int:
        return self.get(key, int, "a whole number", default)

    def texts(self, key: str) -> tuple[str, ...]:
        items = self.get(key, list, "a list of texts")
        if not items or not all(isinstance(item, str) and item.strip() for item in items):
            raise _Wrong(self.path(key), "expected a list of texts, none of them empty")
        return tuple(items)

    def tables(self, key: str) -> list[_Table]:
        items = self.get(key, list, "a list of tables", [])
        return [_Table(item, f"{self.path(key)}[{i}]") for i, item in enumerate(items)]

    def when(self, key: str) -> When:
        text = self.get(key, str, f"a day such as {DAY_FORMS}")
        return _when(text, self.path(key))

    def done(self) -> None:
        """Refuse keys nobody read: a misspelt field would otherwise be lost."""
        if unknown := sorted(set(self.raw) - self._read):
            raise _Wrong(self.path(unknown[0]), "unknown field")


def _when(text: str, where: str) -> When:
    if text == "today":
        return When(0)
    found = _RELATIVE.fullmatch(text)
    if found is None or bool(found["later"]) == bool(found["earlier"]):
        raise _Wrong(where, f"expected a day such as {DAY_FORMS}, found {text!r}")
    days = int(found["count"]) * (7 if found["unit"] == "week" else 1)
    return When(days if found["later"] else -days)


def _dated(value: Any, key: str, where: str) -> Any:
    """`value` with every field named `*_on` (and `runs_until`) read as a relative day."""
    if isinstance(value, dict):
        return {k: _dated(v, k, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [_dated(v, key, f"{where}[{i}]") for i, v in enumerate(value)]
    if key == "follow_up_on" and value == NEXT_MEETING:
        return value  # settled once the pair's meetings are known
    if (key.endswith("_on") or key == "runs_until") and value is not None:
        if not isinstance(value, str):
            raise _Wrong(where, f"expected a day such as {DAY_FORMS}, found {value!r}")
        return _when(value, where)
    return value


def _team(root: _Table, source: str) -> DemoTeam:
    people = tuple(person.raw for person in root.tables("people"))
    agreement = root.get("agreement", dict, "a table", {})
    pairs = tuple(_pair(table, agreement) for table in root.tables("pairs"))
    if not people or not pairs:
        raise _Wrong("", "the demo team needs people and pairs")
    root.done()
    return DemoTeam(source, people, pairs)


def _pair(table: _Table, agreement: dict[str, Any]) -> DemoPair:
    for key in ("id", "mentor", "mentee"):  # the rest the interchange reader checks
        table.text(key)
    table.when("started_on")
    modes = [str(mode) for mode in QuarterMode]
    if (mode := table.optional_text("quarters")) is not None and mode not in modes:
        raise _Wrong(table.path("quarters"), f"expected one of {', '.join(modes)}")
    goals = tuple(_each(table.tables("goals"), _goal))
    meetings = tuple(_each(table.tables("meetings"), _series))
    log = tuple(_each(table.tables("log"), _log_entry))
    missed = table.get("missed", list, "a list of whole numbers", [])
    if not all(isinstance(n, int) and n >= 1 for n in missed):
        raise _Wrong(table.path("missed"), "expected meetings counted back from 1")
    signed = tuple(
        _each(
            table.tables("signed"),
            lambda t: DemoSigning(_quarter(t), t.when("signed_on")),
        )
    )
    skipped = ("goals", "meetings", "log", "missed", "signed")
    fields = {k: v for k, v in table.raw.items() if k not in skipped}
    if "agreement" in fields:
        fields["agreement"] = {**agreement, **table.get("agreement", dict, "a table")}
    return DemoPair(_dated(fields, "", table.where), goals, meetings, log, tuple(missed), signed)


def _log_entry(table: _Table) -> LogEntry:
    owner = table.text("owner", "mentee")
    if owner not in ("mentor", "mentee"):
        raise _Wrong(table.path("owner"), f"expected 'mentor' or 'mentee', found {owner!r}")
    return LogEntry(
        table.texts("topics"),
        table.text("notes"),
        table.optional_text("action"),
        owner,
        table.optional_text("private_note"),
        table.get("open", bool, "true or false", False),
    )


def _quarter(table: _Table) -> int:
    quarter = table.text("quarter")
    if quarter not in QUARTERS:
        raise _Wrong(table.path("quarter"), f"expected 'last', 'this' or 'next', found {quarter!r}")
    return QUARTERS[quarter]


def _each(tables: list[_Table], read: Callable[[_Table], T]) -> list[T]:
    items = []
    for table in tables:
        items.append(read(table))
        table.done()
    return items


def _goal(table: _Table) -> DemoGoal:
    quarter = _quarter(table)
    fields = {key: table.text(key) for key in ("skill", "title", "specific", "measure")}
    for key in ("status", "outcome", "reflection", "owner"):
        if (value := table.optional_text(key)) is not None:
            fields[key] = value
    checkins = _each(
        table.tables("checkins"),
        lambda c: CheckIn(c.number("day"), c.number("progress"), c.text("note")),
    )
    milestones = _each(
        table.tables("milestones"),
        lambda m: DemoMilestone(
            m.number("day"), m.text("text"), m.number("reached") if "reached" in m.raw else None
        ),
    )
    ratings = _each(
        table.tables("self_assessments"),
        lambda r: DemoRating(
            r.text("stage"), r.number("day"), r.number("score"), r.text("evidence")
        ),
    )
    return DemoGoal(quarter, fields, tuple(checkins), tuple(milestones), tuple(ratings))


def _series(table: _Table) -> DemoSeries:
    weekday = table.text("weekday")
    if weekday not in WEEKDAYS:
        raise _Wrong(table.path("weekday"), f"expected one of {', '.join(WEEKDAYS)}")
    exceptions = tuple(
        _each(
            table.tables("exceptions"),
            lambda e: DemoException(
                e.number("week"),
                e.get("skip", bool, "true or false", False),
                e.number("move_by_days") if "move_by_days" in e.raw else None,
                e.optional_text("location"),
            ),
        )
    )
    return DemoSeries(
        table.text("id"),
        WEEKDAYS.index(weekday),
        table.text("start_time"),
        table.number("duration_minutes"),
        table.text("timezone"),
        table.text("location"),
        table.number("every_weeks", 1),
        table.when("first_date"),
        exceptions,
    )
