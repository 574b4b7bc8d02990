"""The wins repository: a pair's wins log (Core: no model)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, delete, insert, select

from mentordesk.domain.wins import Win
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Handle
from mentordesk.store.in_lists import among, chunks, existing_values

WINS = tables.wins.c
COLUMNS = (WINS.id, WINS.external_id, WINS.pair_id, WINS.won_on, WINS.text, WINS.person_id)


def _win(row: Row[*tuple[Any, ...]]) -> Win:
    return Win(*row)


class WinRepository:
    """Reads, adds and removes wins within one unit of work."""

    def __init__(self, session: Handle) -> None:
        self._session = session

    def of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[Win]]:
        """Several pairs' wins, oldest first, by pair id (one query per chunk of pairs)."""
        wanted = list(pair_ids)
        found: dict[int, list[Win]] = {p: [] for p in wanted}
        for batch in chunks(wanted):
            query = (
                select(*COLUMNS)
                .where(among(self._session, WINS.pair_id, batch))
                .order_by(WINS.won_on, WINS.id)
            )
            for row in self._session.execute(query):
                found[row.pair_id].append(_win(row))
        return found

    def get(self, win_id: int) -> Win:
        """One win."""
        row = self._session.execute(select(*COLUMNS).where(WINS.id == win_id)).first()
        if row is None:
            raise NotFoundError(f"there is no win with id {win_id}")
        return _win(row)

    def add(self, win: Win) -> int:
        """Keep a win (its id is ignored); returns its id."""
        values = {
            "external_id": win.external_id,
            "pair_id": win.pair_id,
            "won_on": win.won_on,
            "text": win.text,
            "person_id": win.person_id,
        }
        result = self._session.execute(insert(tables.wins).values(values).returning(WINS.id))
        return int(result.scalar_one())

    def delete(self, win_id: int) -> None:
        """Remove a win."""
        self._session.execute(delete(tables.wins).where(WINS.id == win_id))

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a win's external id."""
        return existing_values(self._session, WINS.external_id, candidates)
