"""The people repository: people in and out of the database as `Person` records."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mentordesk.domain.people import Person, PersonDraft
from mentordesk.errors import NotFoundError
from mentordesk.store.models import PairRow, PersonRow


def person_record(row: PersonRow) -> Person:
    """The domain record of a person row."""
    return Person(row.id, row.external_id, row.name, row.email, row.department)


class PeopleRepository:
    """Reads and writes people within one unit of work."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def ids(self) -> list[int]:
        """Every person's id, ordered by name."""
        query = select(PersonRow.id).order_by(func.lower(PersonRow.name), PersonRow.id)
        return list(self._session.scalars(query))

    def get(self, person_id: int) -> Person:
        """The person with `person_id`."""
        row = self._session.get(PersonRow, person_id)
        if row is None:
            raise NotFoundError(f"there is no person with id {person_id}")
        return person_record(row)

    def get_many(self, ids: Iterable[int]) -> dict[int, Person]:
        """The people with these ids, by id (missing ids are left out)."""
        wanted = list(ids)
        rows = self._session.scalars(select(PersonRow).where(PersonRow.id.in_(wanted)))
        return {row.id: person_record(row) for row in rows}

    def by_external_id(self, external_id: str) -> Person | None:
        """The person whose external id is `external_id`, if any."""
        row = self._session.scalar(select(PersonRow).where(PersonRow.external_id == external_id))
        return person_record(row) if row else None

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already used as a person's external id."""
        wanted = list(candidates)
        query = select(PersonRow.external_id).where(PersonRow.external_id.in_(wanted))
        return set(self._session.scalars(query))

    def count(self) -> int:
        """How many people there are."""
        return self._session.scalar(select(func.count()).select_from(PersonRow)) or 0

    def add(self, draft: PersonDraft, external_id: str) -> int:
        """Store a new person; returns its id."""
        row = PersonRow(
            external_id=external_id,
            name=draft.name,
            email=draft.email,
            department=draft.department,
        )
        self._session.add(row)
        self._session.flush()
        return row.id

    def update(self, person_id: int, draft: PersonDraft) -> None:
        """Replace a person's details."""
        row = self._row(person_id)
        row.name, row.email, row.department = draft.name, draft.email, draft.department

    def delete(self, person_id: int) -> None:
        """Remove a person (callers check first that no pair names them)."""
        self._session.delete(self._row(person_id))
        self._session.flush()

    def pair_ids(self, person_id: int) -> list[int]:
        """The pairs, active or ended, in which the person is mentor or mentee."""
        query = select(PairRow.id).where(
            or_(PairRow.mentor_id == person_id, PairRow.mentee_id == person_id)
        )
        return list(self._session.scalars(query))

    def _row(self, person_id: int) -> PersonRow:
        row = self._session.get(PersonRow, person_id)
        if row is None:
            raise NotFoundError(f"there is no person with id {person_id}")
        return row
