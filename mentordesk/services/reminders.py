"""The reminders due now for the person at this computer, read from the database, and the
record of which were shown today (a small file beside the settings, never the database:
each computer reminds its own person).

Whose pairs: those of the person chosen in People ▸ I Am; with nobody chosen, every pair
that has not ended, as long as there are few (a computer holding a whole team's pairs
would otherwise remind one person of all of them).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from pathlib import Path

from mentordesk.domain.goals import Goal, GoalStatus
from mentordesk.domain.health import HealthAnswer
from mentordesk.domain.meetings import MeetingSeries, occurrences
from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.domain.quarters import quarter
from mentordesk.domain.reminders import (
    UNRECORDED_DAYS,
    PairFacts,
    Reminder,
    ReminderKind,
    Shown,
    due_reminders,
)
from mentordesk.files import FileAccessError, write_atomically
from mentordesk.services.clock import Clock
from mentordesk.store.unit_of_work import Store

log = logging.getLogger(__name__)

FEW_PAIRS = 3  # with nobody chosen, reminders for every pair only up to this many


class ShownFile:
    """The record of reminders shown, in a JSON file (an unreadable one is started over:
    at worst a reminder shows twice in a day)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Shown:
        """The record, empty when there is none or it cannot be read."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Shown({})
        return Shown.of(raw if isinstance(raw, dict) else {})

    def save(self, shown: Shown) -> None:
        """Write the record (a failure is logged: a reminder may then show again)."""
        text = json.dumps(shown.stored(), indent=1) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomically(self.path, text.encode("utf-8"), mode=0o600)
        except (OSError, FileAccessError) as error:
            log.warning("could not record the reminders shown in %s: %s", self.path, error)


class ReminderService:
    """Which reminders are due now, and which of them are still to show today."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store, self._clock = store, clock

    def whose(self, person_id: int | None) -> list[int]:
        """The pairs reminders are for: the person's that have not ended; with nobody,
        every pair that has not ended, when there are at most FEW_PAIRS."""
        today = self._clock.now().date()
        with self._store.reading() as uow:
            pairs = uow.pairs.get_many(uow.pairs.ids())
        going = [p for p in pairs.values() if p.status(today) is not PairStatus.ENDED]
        if person_id is not None:
            return [p.id for p in going if person_id in (p.mentor.id, p.mentee.id)]
        return [p.id for p in going] if len(going) <= FEW_PAIRS else []

    def due(
        self, pair_ids: Iterable[int], off: Iterable[ReminderKind] = (), at: datetime | None = None
    ) -> list[Reminder]:
        """The reminders due at `at` (default: now) for these pairs, of the kinds on."""
        now = at or self._clock.now()
        return due_reminders(self.facts(pair_ids, now), now, off)

    def to_show(
        self,
        pair_ids: Iterable[int],
        shown: ShownFile,
        off: Iterable[ReminderKind] = (),
    ) -> list[Reminder]:
        """The reminders due now that were not shown today, recorded as shown."""
        now = self._clock.now()
        record = shown.load()
        fresh = record.fresh(self.due(pair_ids, off, now), now.date())
        if fresh:
            record.mark(fresh, now.date())
            shown.save(record)
        return fresh

    def facts(self, pair_ids: Iterable[int], now: datetime) -> list[PairFacts]:
        """What the reminders need of each pair, in a few queries whatever their number."""
        wanted = list(pair_ids)
        if not wanted:
            return []
        today = now.date()
        since = now - timedelta(days=UNRECORDED_DAYS + 1)
        with self._store.reading() as uow:
            pairs = uow.pairs.get_many(wanted)
            series = uow.meetings.of_pairs(pairs)
            recorded = uow.sessions.recorded(pairs, since)
            overdue = uow.sessions.open_items(pairs, today)
            answers = uow.health_answers.answers_of_pairs(pairs)
            numbers = {i: n for i, p in pairs.items() if (n := p.current_quarter(today))}
            goals = uow.goals.in_quarters(numbers, checkins=False)
        return [
            self._facts(
                pair,
                [s for s in series[pair.id] if not s.cancelled],
                {(s.series_id, s.occurrence_date) for s in recorded[pair.id]},
                overdue[pair.id][0],
                (numbers.get(pair.id), goals.get(pair.id, []), answers[pair.id]),
                now,
            )
            for pair in pairs.values()
        ]

    @staticmethod
    def _facts(  # noqa: PLR0917 (one pair's reads, handed on)
        pair: Pair,
        live: list[MeetingSeries],
        recorded: set[tuple[int | None, date | None]],
        overdue: int,
        this_quarter: tuple[int | None, list[Goal], list[HealthAnswer]],
        now: datetime,
    ) -> PairFacts:
        today = now.date()
        window = [
            o
            for s in live
            for o in occurrences(s, today - timedelta(UNRECORDED_DAYS + 1), today + timedelta(8))
            if not o.skipped
        ]
        window.sort(key=lambda o: o.start)
        upcoming = [o for o in window if o.start > now]
        unrecorded = tuple(
            o for o in window if o.end <= now and (o.series_id, o.original_date) not in recorded
        )
        number, goals, answers = this_quarter
        quarter_ends = None
        review_open = check_open = False
        if number is not None:
            quarter_ends = quarter(pair.started_on, pair.quarters, number).ends_on
            review_open = any(
                g.outcome is None and g.status is not GoalStatus.DROPPED for g in goals
            )
            answered = {a.person_id for a in answers if a.quarter == number}
            check_open = not {pair.mentor.id, pair.mentee.id} <= answered
        agreement = pair.agreement.text if pair.agreement else None
        return PairFacts(
            pair.id,
            pair.title,
            upcoming[0] if upcoming else None,
            unrecorded,
            overdue,
            max((s.draft.until for s in live), default=None),
            pair.ended_on or (agreement.runs_until if agreement else None),
            quarter_ends,
            review_open,
            check_open,
            agreement.review_on if agreement else None,
        )
