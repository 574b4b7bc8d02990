"""Use cases for a pair's wins log: add a win, remove one; both undoable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from mentordesk.domain.date_words import day_text
from mentordesk.domain.pairs import Pair, PairStatus
from mentordesk.domain.wins import Win, win_problems
from mentordesk.domain.words import translate
from mentordesk.errors import Problem, UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock, today
from mentordesk.services.ids import unique_id
from mentordesk.services.undo import Action, Step, perform
from mentordesk.store.unit_of_work import Store, UnitOfWork


class WinService:
    """A pair's wins: anything worth celebrating, from either partner or both."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def of_pair(self, pair_id: int) -> list[Win]:
        """A pair's wins, oldest first."""
        with self._store.reading() as uow:
            return uow.wins.of_pairs([pair_id])[pair_id]

    def add(self, pair_id: int, won_on: date, text: str, person_id: int | None) -> Step:
        """Note a win (`person_id`: whose, None for both); undone, it is removed."""
        text = " ".join(text.split())
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
        self._check(pair, won_on, text, person_id)
        xid = f"{pair.external_id}-win-{won_on:%Y%m%d}"  # made unique as it is added
        return perform(
            self._store,
            translate("Wins", "Add Win"),
            _added(Win(0, xid, pair_id, won_on, text, person_id)),
        )

    def remove(self, win_id: int) -> Step:
        """Remove a win; undone, it is back as it was."""
        return perform(self._store, translate("Wins", "Remove Win"), _removed(win_id))

    def _check(self, pair: Pair, won_on: date, text: str, person_id: int | None) -> None:
        day = today(self._clock)
        if pair.status(day) is PairStatus.ENDED and won_on > (pair.ended_on or day):
            raise UserFacingError(
                translate("Wins", "{pair} ended on {day}.").format(
                    pair=pair.title, day=day_text(pair.ended_on)
                )
            )
        problems = [
            Problem(k, m) for k, m in win_problems(text, won_on, pair.started_on, day).items()
        ]
        if person_id is not None and person_id not in (pair.mentor.id, pair.mentee.id):
            problems.append(
                Problem("person", translate("Wins", "a win is the mentor's, the mentee's or both"))
            )
        if problems:
            raise ValidationError(problems)


def _added(win: Win) -> Action:
    def add(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        xid = unique_id(win.external_id, uow.wins.existing_external_ids)
        win_id = uow.wins.add(replace(win, external_id=xid))
        return ChangeSet(wins=frozenset({win_id}), created=win_id), _removed(win_id)

    return add


def _removed(win_id: int) -> Action:
    def remove(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        win = uow.wins.get(win_id)
        uow.wins.delete(win_id)
        return ChangeSet(wins=frozenset({win_id})), _added(win)

    return remove
