"""Use cases for a pair's weekly meeting: plan it, skip or move a week, cancel it."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mentordesk.domain.date_words import day_text
from mentordesk.domain.meetings import (
    MeetingSeries,
    Occurrence,
    SeriesDraft,
    SeriesException,
    local_zone_name,
    move_warnings,
    next_occurrence,
    occurrence_dates,
    occurrences,
    series_problems,
    weekday_code,
)
from mentordesk.domain.pairs import Pair, PairStatus, raise_if
from mentordesk.domain.quarters import quarter, quarter_number
from mentordesk.domain.text import line_problem
from mentordesk.domain.words import translate
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.ids import unique_id
from mentordesk.services.undo import Action, Step, apply, chain, perform
from mentordesk.store.unit_of_work import Store, UnitOfWork

DEFAULT_START = time(16, 0)
DEFAULT_DURATION = 45


class MeetingService:
    """Meeting series: each call is one transaction, and each change raises SEQUENCE.

    A method named for what the person does (`plan_meetings`, `skip_meeting`, …) returns
    a `Step` that can take it back; the short verbs (`plan`, `skip`, …) apply the same
    rules without undo."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    # -- reading ---------------------------------------------------------------------
    def now(self) -> datetime:
        """The time now, by this service's clock."""
        return self._clock.now()

    def series_of(self, pair_id: int) -> list[MeetingSeries]:
        """A pair's series, oldest first (ended and cancelled ones too: history)."""
        with self._store.reading() as uow:
            return uow.meetings.of_pair(pair_id)

    def get(self, series_id: int) -> MeetingSeries:
        """One series."""
        with self._store.reading() as uow:
            return uow.meetings.get(series_id)

    def occurrences(self, pair_id: int) -> list[Occurrence]:
        """Every meeting of every live series of the pair, in time order."""
        found = [o for s in self.series_of(pair_id) if not s.cancelled for o in occurrences(s)]
        return sorted(found, key=lambda o: o.start)

    def next_meetings(self, pair_ids: Iterable[int]) -> dict[int, Occurrence | None]:
        """Each pair's next meeting that has not ended, in one query."""
        now = self._clock.now()
        with self._store.reading() as uow:
            by_pair = uow.meetings.of_pairs(pair_ids)
        return {pair_id: next_occurrence(series, now) for pair_id, series in by_pair.items()}

    def current_series(self, pair_id: int) -> MeetingSeries | None:
        """The live series that runs today or next, if any."""
        today = self._clock.now().date()
        live = [s for s in self.series_of(pair_id) if not s.cancelled and s.draft.until >= today]
        return live[-1] if live else None

    def suggested_extension(self, pair_id: int) -> SeriesDraft:
        """The current series carried on from its next meeting to the end of the quarter
        that follows its last day (not past the pair's end, planned or agreed)."""
        draft = self.suggested_draft(pair_id)
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
        after = draft.until + timedelta(days=1)
        number = quarter_number(pair.started_on, pair.quarters, after) or 1
        end = quarter(pair.started_on, pair.quarters, number).ends_on
        stop = pair.ended_on or (pair.agreement.text.runs_until if pair.agreement else None)
        if stop is not None:
            end = min(end, stop)
        return replace(draft, until=max(draft.until, end))

    def suggested_draft(self, pair_id: int) -> SeriesDraft:
        """A sensible new series: the current one from its next meeting, else a fresh one
        on today's weekday at 16:00, from today if that is still ahead (else next week)
        to the end of the current quarter."""
        today = self._clock.now().date()
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
        current = self.current_series(pair_id)
        if current is not None:
            upcoming = [d for d in occurrence_dates(current.draft) if d > today]
            first = upcoming[0] if upcoming else current.draft.until
            return replace(current.draft, first_date=first, until=max(current.draft.until, first))
        # Today's weekday at the usual hour: today while that hour is still ahead,
        # else next week.
        local_now = self._clock.now().astimezone(ZoneInfo(local_zone_name()))
        first = local_now.date()
        if local_now.time() >= DEFAULT_START:
            first += timedelta(days=7)
        number = pair.current_quarter(today) or 1
        end = quarter(pair.started_on, pair.quarters, number).ends_on
        return SeriesDraft(
            weekday_code(first),
            DEFAULT_START,
            DEFAULT_DURATION,
            local_zone_name(),
            first,
            max(end, first),
            1,
            "",
        )

    # -- writing ---------------------------------------------------------------------
    def plan_meetings(self, pair_id: int, draft: SeriesDraft) -> Step:
        """Start a series as `plan` does. Undone, all in one transaction, the new series
        is withdrawn (cancelled, not deleted: a cancellation can still withdraw an
        invitation already sent) and the series it ended are as they were; done again,
        the same series (and calendar UID) comes back."""
        return perform(
            self._store, translate("Meetings", "Plan Meetings"), self._planning(pair_id, draft)
        )

    def plan(self, pair_id: int, draft: SeriesDraft) -> ChangeSet:
        """Start a series; a live series that overlaps it ends the day before (history
        keeps both), or is cancelled if it would never meet."""
        return apply(self._store, self._planning(pair_id, draft))

    def skip_meeting(self, series_id: int, day: date) -> Step:
        """Skip the meeting originally on `day`; undone, it is as it was."""
        change = SeriesException(day, skip=True)
        return perform(
            self._store,
            translate("Meetings", "Skip Meeting"),
            self._exception(series_id, day, change),
        )

    def skip(self, series_id: int, day: date) -> ChangeSet:
        """Skip the meeting originally on `day`."""
        return self.set_exception(series_id, day, SeriesException(day, skip=True))

    def move_meeting(self, series_id: int, day: date, moved_to: datetime, location: str) -> Step:
        """Move the meeting originally on `day` to another wall-clock time and to
        `location` (blank: no place); undone, it is as it was."""
        change = _moved(day, moved_to, location)
        return perform(
            self._store,
            translate("Meetings", "Move Meeting"),
            self._exception(series_id, day, change),
        )

    def move(
        self, series_id: int, day: date, moved_to: datetime, location: str | None = None
    ) -> tuple[ChangeSet, list[str]]:
        """Move the meeting originally on `day` to another wall-clock time and/or place
        (None or blank: the series' place).

        Returns the warnings a person should see (another meeting that day, or a date
        outside the series); they do not stop the move.
        """
        change = _moved(day, moved_to, location or None)
        warnings = move_warnings(self.get(series_id), day, change.moved_to or moved_to)
        return self.set_exception(series_id, day, change), warnings

    def restore_meeting(self, series_id: int, day: date) -> Step:
        """Take back a skip or a move; undone, the skip or move is back."""
        return perform(
            self._store,
            translate("Meetings", "Restore Meeting"),
            self._exception(series_id, day, None),
        )

    def restore_occurrence(self, series_id: int, day: date) -> ChangeSet:
        """Take back a skip or a move: the meeting on `day` is as the series says."""
        return self.set_exception(series_id, day, None)

    def set_exception(self, series_id: int, day: date, change: SeriesException | None) -> ChangeSet:
        """Skip, move or restore one occurrence; raises the series' SEQUENCE."""
        return apply(self._store, self._exception(series_id, day, change))

    def cancel(self, series_id: int) -> ChangeSet:
        """Cancel a whole series (its calendar entries are withdrawn on export)."""
        return apply(self._store, cancelling(series_id))

    # -- the actions -------------------------------------------------------------------
    def _planning(self, pair_id: int, draft: SeriesDraft) -> Action:
        draft = replace(draft, location=draft.location.strip())
        raise_if(series_problems(draft))

        def plan(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = self._open_pair(uow, pair_id)
            xid = unique_id(f"{pair.external_id}-meetings", uow.meetings.existing_external_ids)
            new_id = uow.meetings.add(pair_id, xid, f"{uuid.uuid4()}@mentordesk", draft)
            changes, undo = self._overlapped(uow, pair_id, new_id, draft.first_date)
            added = ChangeSet(meetings=frozenset({new_id}), created=new_id)
            return added | changes, chain(self._withdrawal(new_id), undo)

        return plan

    def _overlapped(
        self, uow: UnitOfWork, pair_id: int, series_id: int, first: date
    ) -> tuple[ChangeSet, Action]:
        """End the pair's other live series that overlap `series_id` the day before
        `first` (cancelled if they would never meet)."""
        ending = [
            ending_before(other, first)
            for other in uow.meetings.of_pair(pair_id)
            if other.id != series_id and not other.cancelled and other.draft.until >= first
        ]
        changes, undo = chain(*ending)(uow)
        return changes | ChangeSet(pairs=frozenset({pair_id})), undo

    def _withdrawal(self, series_id: int) -> Action:
        def withdraw(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            series = uow.meetings.get(series_id)
            if not series.cancelled:
                uow.meetings.set_cancelled(series_id, True)
            return _changed(series), self._reinstatement(series_id)

        return withdraw

    def _reinstatement(self, series_id: int) -> Action:
        def reinstate(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            series = uow.meetings.get(series_id)
            self._open_pair(uow, series.pair_id)
            if series.cancelled:
                uow.meetings.set_cancelled(series_id, False)
            first = series.draft.first_date
            changes, undo = self._overlapped(uow, series.pair_id, series_id, first)
            return _changed(series) | changes, chain(undo, self._withdrawal(series_id))

        return reinstate

    def _exception(self, series_id: int, day: date, change: SeriesException | None) -> Action:
        def put(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            series = uow.meetings.get(series_id)
            self._open_pair(uow, series.pair_id)
            if day not in occurrence_dates(series.draft):
                raise ValidationError.single(
                    "date",
                    translate("Meetings", "the series does not meet on {day}").format(
                        day=day_text(day)
                    ),
                )
            uow.meetings.set_exception(series_id, day, change)
            return _changed(series), self._exception(series_id, day, series.exception_on(day))

        return put

    # -- helpers -------------------------------------------------------------------
    def _open_pair(self, uow: UnitOfWork, pair_id: int) -> Pair:
        pair = uow.pairs.get(pair_id)
        if pair.status(self._clock.now().date()) is PairStatus.ENDED:
            raise UserFacingError(
                translate(
                    "Meetings", "{pair} ended on {day}; its meetings are kept as they were."
                ).format(pair=pair.title, day=day_text(pair.ended_on))
            )
        return pair


def cancelling(series_id: int) -> Action:
    """Cancel a live series; back: it is live again."""

    def cancel(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        series = uow.meetings.get(series_id)
        if series.cancelled:
            raise UserFacingError(
                translate("Meetings", "This meeting series is already cancelled.")
            )
        uow.meetings.set_cancelled(series_id, True)
        return _changed(series), _series_as(series)

    return cancel


def ending_before(series: MeetingSeries, first: date) -> Action:
    """End `series` on its last meeting before `first`, or cancel it if it has none."""

    def end(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        earlier = [d for d in occurrence_dates(series.draft) if d < first]
        if earlier:
            uow.meetings.update(series.id, replace(series.draft, until=earlier[-1]))
        else:
            uow.meetings.set_cancelled(series.id, True)
        return _changed(series), _series_as(series)

    return end


def _series_as(series: MeetingSeries) -> Action:
    """Put a series' fields and cancellation back as `series` has them (SEQUENCE still
    grows); back: as they were."""

    def put(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        current = uow.meetings.get(series.id)
        if current.draft != series.draft:
            uow.meetings.update(series.id, series.draft)
        if current.cancelled != series.cancelled:
            uow.meetings.set_cancelled(series.id, series.cancelled)
        return _changed(series), _series_as(current)

    return put


def _changed(series: MeetingSeries) -> ChangeSet:
    return ChangeSet(meetings=frozenset({series.id}), pairs=frozenset({series.pair_id}))


def _moved(day: date, moved_to: datetime, location: str | None) -> SeriesException:
    """The move of the meeting on `day`: to a wall-clock minute, and to `location`
    (None: the series' place)."""
    if location is not None and (
        message := line_problem(
            location.strip(), translate("Meetings", "the place"), required=False, limit=500
        )
    ):
        raise ValidationError.single("location", message)
    return SeriesException(
        day,
        moved_to=moved_to.replace(tzinfo=None, second=0, microsecond=0),
        location=location.strip() if location is not None else None,
    )


def ending_with_pair(pair_id: int, ended_on: date) -> Action:
    """The pair's live series end with the pair: each on its last meeting on or before
    `ended_on`, cancelled if all its meetings come later; back: as they were."""

    def end(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        later = [
            s for s in uow.meetings.of_pair(pair_id) if not s.cancelled and s.draft.until > ended_on
        ]
        return chain(*(ending_before(s, ended_on + timedelta(days=1)) for s in later))(uow)

    return end
