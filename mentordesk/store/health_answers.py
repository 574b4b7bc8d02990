"""The health-check repository: each partner's private answers for a quarter.

Reads are Core statements on the table; a write goes through the mapped row."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, select

from mentordesk.domain.health import HealthAnswer
from mentordesk.errors import UserFacingError
from mentordesk.store import tables
from mentordesk.store.handles import Repository
from mentordesk.store.in_lists import among, chunks

ANSWERS = tables.health_answers.c


def _answer(row: Row[*tuple[Any, ...]]) -> HealthAnswer:
    scores = tuple(int(x) for x in row.scores.split(","))
    return HealthAnswer(row.person_id, row.quarter, scores, row.comment, row.answered_on)


class HealthAnswerRepository(Repository):
    """Reads and writes health-check answers within one unit of work."""

    def answers(self, pair_id: int, quarter: int) -> list[HealthAnswer]:
        """The health-check answers given for a pair's quarter."""
        query = select(tables.health_answers).where(
            ANSWERS.pair_id == pair_id, ANSWERS.quarter == quarter
        )
        return [_answer(r) for r in self._session.execute(query)]

    def answers_of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[HealthAnswer]]:
        """Several pairs' health-check answers of every quarter, by quarter then person,
        in one query (one per chunk of a very large team)."""
        wanted = list(pair_ids)
        found: dict[int, list[HealthAnswer]] = {p: [] for p in wanted}
        for batch in chunks(wanted):
            query = (
                select(tables.health_answers)
                .where(among(self._session, ANSWERS.pair_id, batch))
                .order_by(ANSWERS.quarter, ANSWERS.person_id)
            )
            for row in self._session.execute(query):
                found[row.pair_id].append(_answer(row))
        return found

    def put_answer(self, pair_id: int, answer: HealthAnswer) -> None:
        """Store (or replace) one partner's answers for a quarter."""
        from sqlalchemy.orm.exc import StaleDataError

        from mentordesk.store.models import HealthAnswerRow

        session = self._writes
        query = select(HealthAnswerRow).where(
            HealthAnswerRow.pair_id == pair_id,
            HealthAnswerRow.quarter == answer.quarter,
            HealthAnswerRow.person_id == answer.person_id,
        )
        row = session.scalar(query) or HealthAnswerRow(
            pair_id=pair_id, quarter=answer.quarter, person_id=answer.person_id
        )
        row.scores = ",".join(str(s) for s in answer.scores)
        row.comment, row.answered_on = answer.comment, answer.answered_on
        session.add(row)
        try:
            session.flush()
        except StaleDataError as error:  # on a server: a row this login may not change
            raise UserFacingError(
                "The team database refused this: an answer is recorded as the person "
                "connected, and the other partner answers from their own login."
            ) from error
