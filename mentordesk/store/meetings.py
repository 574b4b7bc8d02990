"""The meetings repository: a pair's series and their exceptions as `MeetingSeries`.

Reads run on the Core tables (the first window is filled before the ORM models are
built); writes go through the models, imported when the first one is made.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, select

from mentordesk.domain.meetings import MeetingSeries, SeriesDraft, SeriesException
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Repository
from mentordesk.store.in_lists import among, chunks, existing_values

if TYPE_CHECKING:
    from mentordesk.store.models import MeetingSeriesRow, SeriesExceptionRow

SERIES, EXCEPTIONS = tables.meeting_series.c, tables.series_exceptions.c


_AT = {name: at for at, name in enumerate(tables.meeting_series.c.keys())}
# SeriesDraft's fields in order, as the table names them
_DRAFT = (
    "weekday",
    "start_time",
    "duration_minutes",
    "timezone",
    "first_date",
    "until",
    "every_weeks",
    "location",
)


def series_record(
    row: Row[*tuple[Any, ...]], exceptions: Iterable[SeriesException]
) -> MeetingSeries:
    """The domain record of a meeting_series row (every column, in the table's order)
    with its exceptions; its values read by position (by name, a tenth of the team's
    health went on reading them)."""
    draft = SeriesDraft(*(row[_AT[name]] for name in _DRAFT))
    return MeetingSeries(
        row[_AT["id"]],
        row[_AT["external_id"]],
        row[_AT["pair_id"]],
        draft,
        row[_AT["uid"]],
        row[_AT["sequence"]],
        row[_AT["cancelled"]],
        tuple(exceptions),
        row[_AT["sent_sequence"]],
    )


def _exception_row(change: SeriesException) -> SeriesExceptionRow:
    from mentordesk.store.models import SeriesExceptionRow

    return SeriesExceptionRow(
        on_date=change.date, skip=change.skip, moved_to=change.moved_to, location=change.location
    )


class MeetingRepository(Repository):
    """Reads and writes meeting series within one unit of work."""

    def of_pair(self, pair_id: int) -> list[MeetingSeries]:
        """A pair's series, oldest first."""
        return self._read(SERIES.pair_id == pair_id)

    def of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[MeetingSeries]]:
        """Several pairs' series in one query (one per chunk of a very large team), by
        pair id."""
        wanted = list(pair_ids)
        found: dict[int, list[MeetingSeries]] = {pair_id: [] for pair_id in wanted}
        for batch in chunks(wanted):  # a pair's series all come in its own chunk
            for series in self._read(among(self._session, SERIES.pair_id, batch)):
                found[series.pair_id].append(series)
        return found

    def get(self, series_id: int) -> MeetingSeries:
        """One series."""
        found = self._read(SERIES.id == series_id)
        if not found:
            raise NotFoundError(f"there is no meeting series with id {series_id}")
        return found[0]

    def _read(self, where: ColumnElement[bool]) -> list[MeetingSeries]:
        """The series matching `where` with their exceptions, oldest first."""
        query = select(tables.meeting_series).where(where)
        rows = self._session.execute(query.order_by(SERIES.first_date, SERIES.id)).all()
        exceptions: defaultdict[int, list[SeriesException]] = defaultdict(list)
        for batch in chunks(row.id for row in rows):  # a series' exceptions in one
            query = (
                select(tables.series_exceptions)
                .where(among(self._session, EXCEPTIONS.series_id, batch))
                .order_by(EXCEPTIONS.on_date)
            )
            for e in self._session.execute(query):
                exceptions[e.series_id].append(
                    SeriesException(e.on_date, e.skip, e.moved_to, e.location)
                )
        return [series_record(row, exceptions[row.id]) for row in rows]

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a series' external id."""
        return existing_values(self._session, SERIES.external_id, candidates)

    def add(
        self,
        pair_id: int,
        external_id: str,
        uid: str,
        draft: SeriesDraft,
        *,
        sequence: int = 0,
        cancelled: bool = False,
    ) -> int:
        """Store a new series; returns its id."""
        from mentordesk.store.models import MeetingSeriesRow

        row = MeetingSeriesRow(
            pair_id=pair_id,
            external_id=external_id,
            uid=uid,
            sequence=sequence,
            cancelled=cancelled,
        )
        self._apply(row, draft)
        self._writes.add(row)
        self._writes.flush()
        return row.id

    def existing_uids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a series' calendar UID."""
        return existing_values(self._session, SERIES.uid, candidates)

    def put_exceptions(self, series_id: int, exceptions: Iterable[SeriesException]) -> None:
        """Store a new series' exceptions as they are (an import: SEQUENCE stays)."""
        row = self._row(series_id)
        for change in exceptions:
            row.exceptions.append(_exception_row(change))
        self._writes.flush()

    def update(self, series_id: int, draft: SeriesDraft) -> None:
        """Replace a series' fields and raise its SEQUENCE."""
        row = self._row(series_id)
        self._apply(row, draft)
        row.sequence += 1

    def set_cancelled(self, series_id: int, cancelled: bool) -> None:
        """Cancel (or restore) a series, raising its SEQUENCE."""
        row = self._row(series_id)
        row.cancelled = cancelled
        row.sequence += 1

    def mark_sent(self, series_id: int) -> None:
        """Remember that the series' current SEQUENCE went out to the mentee."""
        row = self._row(series_id)
        row.sent_sequence = row.sequence

    def set_exception(self, series_id: int, day: date, change: SeriesException | None) -> None:
        """Skip or move the occurrence on `day`, or with None clear it; raises SEQUENCE."""
        row = self._row(series_id)
        for existing in list(row.exceptions):
            if existing.on_date == day:
                row.exceptions.remove(existing)
        self._writes.flush()
        if change is not None:
            row.exceptions.append(_exception_row(change))
        row.sequence += 1
        self._writes.flush()

    @staticmethod
    def _apply(row: MeetingSeriesRow, draft: SeriesDraft) -> None:
        row.weekday, row.start_time = draft.weekday, draft.start_time
        row.duration_minutes, row.timezone = draft.duration_minutes, draft.timezone
        row.location, row.first_date, row.until = draft.location, draft.first_date, draft.until
        row.every_weeks = draft.every_weeks

    def _row(self, series_id: int) -> MeetingSeriesRow:
        from mentordesk.store.models import MeetingSeriesRow

        row = self._writes.get(MeetingSeriesRow, series_id)
        if row is None:
            raise NotFoundError(f"there is no meeting series with id {series_id}")
        return row
