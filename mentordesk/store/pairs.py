"""The pairs repository: pairs and their agreements as `Pair` records."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from mentordesk.domain.pairs import Agreement, AgreementText, Pair
from mentordesk.domain.quarters import QuarterMode
from mentordesk.errors import NotFoundError
from mentordesk.store.models import AgreementRow, PairRow, PersonRow
from mentordesk.store.people import person_record


@dataclass(frozen=True)
class NewPair:
    """What the repository needs to store a pair."""

    external_id: str
    mentor_id: int
    mentee_id: int
    started_on: date
    quarters: QuarterMode = QuarterMode.PARTNERSHIP
    ended_on: date | None = None
    end_reason: str | None = None


def _agreement_record(row: AgreementRow | None) -> Agreement | None:
    if row is None:
        return None
    text = AgreementText(row.cadence, row.expectations, row.confidentiality, row.ending)
    return Agreement(text, row.signed_by_mentor_on, row.signed_by_mentee_on)


def pair_record(row: PairRow) -> Pair:
    """The domain record of a pair row, with both people and the agreement."""
    return Pair(
        id=row.id,
        external_id=row.external_id,
        mentor=person_record(row.mentor),
        mentee=person_record(row.mentee),
        started_on=row.started_on,
        quarters=QuarterMode(row.quarters),
        ended_on=row.ended_on,
        end_reason=row.end_reason,
        agreement=_agreement_record(row.agreement),
    )


class PairRepository:
    """Reads and writes pairs within one unit of work."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def ids(self) -> list[int]:
        """Every pair's id, ordered by mentor's then mentee's name."""
        mentor, mentee = aliased(PersonRow), aliased(PersonRow)
        query = (
            select(PairRow.id)
            .join(mentor, PairRow.mentor_id == mentor.id)
            .join(mentee, PairRow.mentee_id == mentee.id)
            .order_by(func.lower(mentor.name), func.lower(mentee.name), PairRow.id)
        )
        return list(self._session.scalars(query))

    def get(self, pair_id: int) -> Pair:
        """The pair with `pair_id`."""
        return pair_record(self._row(pair_id))

    def get_many(self, ids: Iterable[int]) -> dict[int, Pair]:
        """The pairs with these ids, by id (missing ids are left out)."""
        wanted = list(ids)
        rows = self._session.scalars(select(PairRow).where(PairRow.id.in_(wanted))).unique()
        return {row.id: pair_record(row) for row in rows}

    def by_external_id(self, external_id: str) -> Pair | None:
        """The pair whose external id is `external_id`, if any."""
        query = select(PairRow).where(PairRow.external_id == external_id)
        row = self._session.scalars(query).unique().one_or_none()
        return pair_record(row) if row else None

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already used as a pair's external id."""
        wanted = list(candidates)
        query = select(PairRow.external_id).where(PairRow.external_id.in_(wanted))
        return set(self._session.scalars(query))

    def count(self) -> int:
        """How many pairs there are."""
        return self._session.scalar(select(func.count()).select_from(PairRow)) or 0

    def add(self, new: NewPair) -> int:
        """Store a new pair; returns its id."""
        row = PairRow(
            external_id=new.external_id,
            mentor_id=new.mentor_id,
            mentee_id=new.mentee_id,
            started_on=new.started_on,
            quarters=new.quarters.value,
            ended_on=new.ended_on,
            end_reason=new.end_reason,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, pair_id: int, started_on: date, quarters: QuarterMode) -> None:
        """Change when a pair started and how its quarters run."""
        row = self._row(pair_id)
        row.started_on, row.quarters = started_on, quarters.value

    def set_end(self, pair_id: int, ended_on: date | None, reason: str | None) -> None:
        """End a pair, or (with None) reopen it."""
        row = self._row(pair_id)
        row.ended_on, row.end_reason = ended_on, reason

    def set_agreement(self, pair_id: int, agreement: Agreement | None) -> None:
        """Store (or with None remove) a pair's agreement with its signatures."""
        row = self._row(pair_id)
        if agreement is None:
            row.agreement = None
            return
        target = row.agreement or AgreementRow()
        text = agreement.text
        target.cadence, target.expectations = text.cadence, text.expectations
        target.confidentiality, target.ending = text.confidentiality, text.ending
        target.signed_by_mentor_on = agreement.signed_by_mentor_on
        target.signed_by_mentee_on = agreement.signed_by_mentee_on
        row.agreement = target

    def _row(self, pair_id: int) -> PairRow:
        row = self._session.get(PairRow, pair_id)
        if row is None:
            raise NotFoundError(f"there is no pair with id {pair_id}")
        return row
