"""The meetings repository: a pair's series and their exceptions as `MeetingSeries`."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.domain.meetings import MeetingSeries, SeriesDraft, SeriesException
from mentordesk.errors import NotFoundError
from mentordesk.store.models import MeetingSeriesRow, SeriesExceptionRow


def series_record(row: MeetingSeriesRow) -> MeetingSeries:
    """The domain record of a series row."""
    draft = SeriesDraft(
        weekday=row.weekday,
        start_time=row.start_time,
        duration_minutes=row.duration_minutes,
        timezone=row.timezone,
        first_date=row.first_date,
        until=row.until,
        every_weeks=row.every_weeks,
        location=row.location,
    )
    exceptions = tuple(
        SeriesException(e.on_date, e.skip, e.moved_to, e.location) for e in row.exceptions
    )
    return MeetingSeries(
        row.id,
        row.external_id,
        row.pair_id,
        draft,
        row.uid,
        row.sequence,
        row.cancelled,
        exceptions,
    )


class MeetingRepository:
    """Reads and writes meeting series within one unit of work."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def of_pair(self, pair_id: int) -> list[MeetingSeries]:
        """A pair's series, oldest first."""
        query = (
            select(MeetingSeriesRow)
            .where(MeetingSeriesRow.pair_id == pair_id)
            .order_by(MeetingSeriesRow.first_date, MeetingSeriesRow.id)
        )
        return [series_record(row) for row in self._session.scalars(query)]

    def of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[MeetingSeries]]:
        """Several pairs' series in one query, by pair id."""
        wanted = list(pair_ids)
        query = (
            select(MeetingSeriesRow)
            .where(MeetingSeriesRow.pair_id.in_(wanted))
            .order_by(MeetingSeriesRow.first_date, MeetingSeriesRow.id)
        )
        found: dict[int, list[MeetingSeries]] = {pair_id: [] for pair_id in wanted}
        for row in self._session.scalars(query):
            found[row.pair_id].append(series_record(row))
        return found

    def get(self, series_id: int) -> MeetingSeries:
        """One series."""
        return series_record(self._row(series_id))

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a series' external id."""
        wanted = list(candidates)
        query = select(MeetingSeriesRow.external_id).where(MeetingSeriesRow.external_id.in_(wanted))
        return set(self._session.scalars(query))

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
        row = MeetingSeriesRow(
            pair_id=pair_id,
            external_id=external_id,
            uid=uid,
            sequence=sequence,
            cancelled=cancelled,
        )
        self._apply(row, draft)
        self._session.add(row)
        self._session.flush()
        return row.id

    def existing_uids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a series' calendar UID."""
        wanted = list(candidates)
        query = select(MeetingSeriesRow.uid).where(MeetingSeriesRow.uid.in_(wanted))
        return set(self._session.scalars(query))

    def put_exceptions(self, series_id: int, exceptions: Iterable[SeriesException]) -> None:
        """Store a new series' exceptions as they are (an import: SEQUENCE stays)."""
        row = self._row(series_id)
        for change in exceptions:
            row.exceptions.append(
                SeriesExceptionRow(
                    on_date=change.date,
                    skip=change.skip,
                    moved_to=change.moved_to,
                    location=change.location,
                )
            )
        self._session.flush()

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

    def set_exception(self, series_id: int, day: date, change: SeriesException | None) -> None:
        """Skip or move the occurrence on `day`, or with None clear it; raises SEQUENCE."""
        row = self._row(series_id)
        for existing in list(row.exceptions):
            if existing.on_date == day:
                row.exceptions.remove(existing)
        self._session.flush()
        if change is not None:
            row.exceptions.append(
                SeriesExceptionRow(
                    on_date=change.date,
                    skip=change.skip,
                    moved_to=change.moved_to,
                    location=change.location,
                )
            )
        row.sequence += 1
        self._session.flush()

    def delete(self, series_id: int) -> None:
        """Remove a series (undo of planning it)."""
        self._session.delete(self._row(series_id))
        self._session.flush()

    @staticmethod
    def _apply(row: MeetingSeriesRow, draft: SeriesDraft) -> None:
        row.weekday, row.start_time = draft.weekday, draft.start_time
        row.duration_minutes, row.timezone = draft.duration_minutes, draft.timezone
        row.location, row.first_date, row.until = draft.location, draft.first_date, draft.until
        row.every_weeks = draft.every_weeks

    def _row(self, series_id: int) -> MeetingSeriesRow:
        row = self._session.get(MeetingSeriesRow, series_id)
        if row is None:
            raise NotFoundError(f"there is no meeting series with id {series_id}")
        return row
