"""Use cases for calendar files: publish, invite, cancel a pair's meetings."""

from __future__ import annotations

from pathlib import Path

from mentordesk.calendar_files.method import Method
from mentordesk.domain.goals import GoalStatus, Skill
from mentordesk.errors import UserFacingError
from mentordesk.files import write_atomically
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.store.unit_of_work import Store

SKILL_WORDS = {Skill.TECHNICAL: "Technical", Skill.SOFT: "Soft skill"}


class CalendarService:
    """Writes .ics files that Outlook, Google, Apple Calendar and Thunderbird import."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def export(self, pair_id: int, method: Method = Method.PUBLISH) -> tuple[bytes, ChangeSet]:
        """The pair's calendar file. CANCEL first cancels the live series (raising its
        SEQUENCE), so the file withdraws exactly what earlier files added."""
        now = self._clock.now()
        changes = ChangeSet()
        with self._store.writing() as uow:
            pair = uow.pairs.get(pair_id)
            series = [s for s in uow.meetings.of_pair(pair_id) if not s.cancelled]
            if not series:
                raise UserFacingError(
                    f"{pair.title} has no planned meetings"
                    + (
                        " to cancel."
                        if method is Method.CANCEL
                        else ": plan the weekly meeting first."
                    )
                )
            if method is Method.CANCEL:
                for item in series:
                    uow.meetings.set_cancelled(item.id, True)
                series = [uow.meetings.get(item.id) for item in series]
                changes = ChangeSet(
                    meetings=frozenset(s.id for s in series), pairs=frozenset({pair_id})
                )
            number = pair.current_quarter(now.date())
            goals = [
                (SKILL_WORDS[g.skill], g.title)
                for g in uow.goals.of_pair(pair_id)
                if g.quarter == number and g.status is not GoalStatus.DROPPED
            ]
            from mentordesk.calendar_files.ics import calendar_file  # icalendar: on use

            data = calendar_file(pair, series, goals, method, now)
            uow.commit()
        return data, changes

    def write(self, pair_id: int, path: Path, method: Method = Method.PUBLISH) -> ChangeSet:
        """Write the pair's calendar file to `path` (atomically)."""
        data, changes = self.export(pair_id, method)
        try:
            write_atomically(path, data, mode=0o644)
        except OSError as exc:
            raise UserFacingError(f"cannot write {path}: {exc.strerror or exc}") from None
        return changes
