"""The people repository: people in and out of the database as `Person` records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, literal_column, or_, select

from mentordesk.domain.people import Person, PersonDraft
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Repository, dialect_name
from mentordesk.store.in_lists import among, chunks, existing_values

if TYPE_CHECKING:
    from mentordesk.store.models import PersonRow

PEOPLE = tables.people.c


def person_record(row: Row[*tuple[Any, ...]]) -> Person:
    """The domain record of a people row."""
    return Person(row.id, row.external_id, row.name, row.email, row.department)


class PeopleRepository(Repository):
    """Reads and writes people within one unit of work (reads on the Core tables, writes
    through the ORM models)."""

    def ids(self) -> list[int]:
        """Every person's id, ordered by name."""
        query = select(PEOPLE.id).order_by(func.lower(PEOPLE.name), PEOPLE.id)
        return list(self._session.scalars(query))

    def get(self, person_id: int) -> Person:
        """The person with `person_id`."""
        found = self.get_many([person_id])
        if person_id not in found:
            raise NotFoundError(f"there is no person with id {person_id}")
        return found[person_id]

    def get_many(self, ids: Iterable[int]) -> dict[int, Person]:
        """The people with these ids, by id (missing ids are left out)."""
        return {
            row.id: person_record(row)
            for batch in chunks(ids)
            for row in self._session.execute(
                select(tables.people).where(among(self._session, PEOPLE.id, batch))
            )
        }

    def by_external_id(self, external_id: str) -> Person | None:
        """The person whose external id is `external_id`, if any."""
        query = select(tables.people).where(PEOPLE.external_id == external_id)
        row = self._session.execute(query).one_or_none()
        return person_record(row) if row else None

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already used as a person's external id."""
        return existing_values(self._session, PEOPLE.external_id, candidates)

    def connected(self) -> Person | None:
        """On a team database, the person whose login this connection uses (migration
        0019's people.login), if the team lead linked one; None on a SQLite file."""
        if dialect_name(self._session) != "postgresql":
            return None
        query = select(tables.people).where(PEOPLE.login == literal_column("current_user"))
        row = self._session.execute(query).one_or_none()
        return person_record(row) if row else None

    def count(self) -> int:
        """How many people there are."""
        return self._session.scalar(select(func.count()).select_from(tables.people)) or 0

    def add(self, draft: PersonDraft, external_id: str) -> int:
        """Store a new person; returns its id."""
        from mentordesk.store.models import PersonRow

        row = PersonRow(
            external_id=external_id,
            name=draft.name,
            email=draft.email,
            department=draft.department,
        )
        self._writes.add(row)
        self._writes.flush()
        return row.id

    def update(self, person_id: int, draft: PersonDraft) -> None:
        """Replace a person's details."""
        row = self._row(person_id)
        row.name, row.email, row.department = draft.name, draft.email, draft.department

    def delete(self, person_id: int) -> None:
        """Remove a person (callers check first that no pair names them)."""
        self._writes.delete(self._row(person_id))
        self._writes.flush()

    def pair_ids(self, person_id: int) -> list[int]:
        """The pairs, active or ended, in which the person is mentor or mentee."""
        pairs = tables.pairs.c
        query = select(pairs.id).where(
            or_(pairs.mentor_id == person_id, pairs.mentee_id == person_id)
        )
        return list(self._session.scalars(query))

    def _row(self, person_id: int) -> PersonRow:
        from mentordesk.store.models import PersonRow

        row = self._writes.get(PersonRow, person_id)
        if row is None:
            raise NotFoundError(f"there is no person with id {person_id}")
        return row
