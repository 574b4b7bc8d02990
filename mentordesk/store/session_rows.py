"""How a session's rows are read: the columns of its outline and of its action items, in
the order of the records' fields, and its time in its own zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row

from mentordesk.domain.sessions import SessionStatus
from mentordesk.store import tables

SESSIONS = tables.sessions.c
ITEMS = tables.action_items.c


def zone_of(name: str) -> tzinfo:
    """The zone `zone_name` wrote."""
    if name.startswith(("UTC+", "UTC-")):
        hours, minutes = (int(part) for part in name[4:].split(":"))
        offset = timedelta(hours=hours, minutes=minutes)
        return timezone(-offset if name[3] == "-" else offset)
    return ZoneInfo(name)


# A session's time, status and series link: the columns `Zones.outline` reads.
OUTLINE = (
    SESSIONS.id,
    SESSIONS.external_id,
    SESSIONS.pair_id,
    SESSIONS.scheduled_for,
    SESSIONS.timezone,
    SESSIONS.status,
    SESSIONS.series_id,
    SESSIONS.occurrence_date,
)


STATUSES = {status.value: status for status in SessionStatus}

# An action item's columns, in the order of `ActionItem`'s fields.
ACTION_ITEM = (
    ITEMS.id,
    ITEMS.external_id,
    ITEMS.session_id,
    ITEMS.owner_id,
    ITEMS.text,
    ITEMS.due,
    ITEMS.done_on,
    ITEMS.goal_id,
    ITEMS.dropped_on,
)


class Zones:
    """The time zones of sessions read in one go, each looked up once."""

    def __init__(self) -> None:
        self._known: dict[str, tzinfo] = {}

    def outline(
        self, row: Row[*tuple[Any, ...]] | Sequence[Any]
    ) -> tuple[int, str, int, datetime, SessionStatus, int | None, date | None]:
        """A row of the OUTLINE columns as `Session`'s first fields, its time in its zone
        (read by position: a row's attributes by name cost more than the rest together)."""
        id_, external_id, pair_id, when, zone_key, status, series_id, day = row
        zone = self._known.get(zone_key) or self._known.setdefault(zone_key, zone_of(zone_key))
        return (
            id_,
            external_id,
            pair_id,
            when.replace(tzinfo=UTC).astimezone(zone),
            STATUSES[status],
            series_id,
            day,
        )
