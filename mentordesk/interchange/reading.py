"""What every part of a document's reader shares: the problems found so far, the ids
seen, and reading values (dates, times, zones) into them with the JSON path of each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TypeVar

from mentordesk.domain.meetings import zone_problem
from mentordesk.domain.text import line_problem, shown
from mentordesk.errors import Problem
from mentordesk.interchange import values

MAX_QUARTER = 400  # a hundred years of quarters
TEMPLATE_KEY_MAX = 100

T = TypeVar("T")


class ReaderBase:
    """Collects problems, with the JSON path of each, while a document is read."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self._seen: dict[tuple[str, str], str] = {}
        self._undated: set[str] = set()  # meeting series whose dates or zone are wrong

    # -- values ----------------------------------------------------------------------
    def day(self, raw: dict[str, Any], field: str, path: str) -> date | None:
        """The date in `raw[field]`; None when it is absent or wrong (a problem then)."""
        value = raw.get(field)
        return None if value is None else self._read(values.day, value, f"{path}.{field}")

    def when(self, value: str, where: str) -> datetime | None:
        """An ISO 8601 date and time with an offset; None when wrong (a problem then)."""
        return self._read(values.moment, value, where)

    def _moved(self, value: str | None, where: str) -> datetime | None:
        return None if value is None else self._read(values.wall_clock, value, where)

    def _time(self, raw: dict[str, Any], field: str, path: str) -> time | None:
        return self._read(values.clock_time, raw[field], f"{path}.{field}")

    def _read(self, read: Callable[[str], T], value: str, where: str) -> T | None:
        try:
            return read(value)
        except ValueError as error:
            self.problems.append(Problem(where, str(error)))
            return None

    @staticmethod
    def _zone_problem(name: str) -> str | None:
        if zone_problem(name) is None:
            return None
        return f"'{shown(name)}' is not a known time zone (like Europe/Berlin)"

    def _wrong(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    # -- ids -------------------------------------------------------------------------
    def _identify(self, kind: str, external_id: str, path: str) -> None:
        """Check an entry's own id: one line of text, used once in the file."""
        self._reference(external_id, f"{path}.id")
        self._unique(kind, external_id, path)

    def _reference(self, value: str, where: str) -> None:
        self._report(where, line_problem(value, "an id", required=True, limit=200))

    def _key_length(self, value: str, where: str) -> None:
        if len(value) > TEMPLATE_KEY_MAX:
            self._report(
                where, f"a checklist template's id is at most {TEMPLATE_KEY_MAX} characters"
            )

    def _unique(self, kind: str, external_id: str, path: str) -> None:
        first = self._seen.setdefault((kind, external_id), path)
        if first != path:
            field = "uid" if kind == "uids" else "id"
            where = path if kind == "uids" else f"{path}.id"
            self._report(where, f"{field} '{shown(external_id)}' is used twice (also at {first})")

    # -- problems --------------------------------------------------------------------
    def _report(self, where: str, message: str | None) -> bool:
        """Note a problem when there is one; True when there was none."""
        if message is None:
            return True
        self.problems.append(Problem(where, message))
        return False

    def _add(self, path: str, problems: list[Problem]) -> None:
        self.problems += [Problem(f"{path}.{p.where}", p.message) for p in problems]
