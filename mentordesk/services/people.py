"""Use cases for people: add, edit, remove (with undo) and look up."""

from __future__ import annotations

from collections.abc import Iterable

from mentordesk.domain.people import Person, PersonDraft
from mentordesk.domain.text import slugify
from mentordesk.domain.words import one_or_many, translate
from mentordesk.errors import UserFacingError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.ids import unique_id
from mentordesk.services.undo import Action, Step, apply, perform
from mentordesk.store.unit_of_work import Store, UnitOfWork


class PeopleService:
    """People: each call is one transaction and returns what it changed."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def ids(self) -> list[int]:
        """Every person's id, by name."""
        with self._store.reading() as uow:
            return uow.people.ids()

    def get(self, person_id: int) -> Person:
        """One person."""
        with self._store.reading() as uow:
            return uow.people.get(person_id)

    def find(self, external_id: str | None) -> Person | None:
        """The person with this external id, if any."""
        if not external_id:
            return None
        with self._store.reading() as uow:
            return uow.people.by_external_id(external_id)

    def connected(self) -> Person | None:
        """On a team database, the person this install's login belongs to (set by the
        team lead with 'mentordesk team add-person'); None on this computer's own file."""
        if not self._store.is_server:
            return None
        with self._store.reading() as uow:
            return uow.people.connected()

    def get_many(self, ids: Iterable[int]) -> dict[int, Person]:
        """Several people by id, in one query."""
        with self._store.reading() as uow:
            return uow.people.get_many(ids)

    def all(self) -> list[Person]:
        """Everyone, by name."""
        with self._store.reading() as uow:
            found = uow.people.get_many(ids := uow.people.ids())
            return [found[i] for i in ids]

    def create(self, draft: PersonDraft, external_id: str | None = None) -> ChangeSet:
        """Add a person; their external id is made from the name unless given."""
        draft = draft.validated()
        with self._store.writing() as uow:
            new_id = _add(uow, draft, external_id or slugify(draft.name, "person"))
            uow.commit()
        return ChangeSet.of_people(new_id, created=new_id)

    def update(self, person_id: int, draft: PersonDraft) -> ChangeSet:
        """Change a person's name, email or department."""
        draft = draft.validated()
        with self._store.writing() as uow:
            uow.people.update(person_id, draft)
            pair_ids = uow.people.pair_ids(person_id)
            uow.commit()
        return ChangeSet(people=frozenset({person_id}), pairs=frozenset(pair_ids))

    def remove_person(self, person_id: int) -> Step:
        """Remove a person who is in no pair; undone, they come back with the same
        external id."""
        text = translate("People", "Remove {name}").format(name=self.get(person_id).name)
        return perform(self._store, text, _removal(person_id))

    def delete(self, person_id: int) -> tuple[ChangeSet, Person]:
        """Remove a person who is in no pair, without undo; returns the record too."""
        person = self.get(person_id)
        return apply(self._store, _removal(person_id)), person


def _add(uow: UnitOfWork, draft: PersonDraft, wanted: str) -> int:
    return uow.people.add(draft, unique_id(wanted, uow.people.existing_external_ids))


def _removal(person_id: int) -> Action:
    def remove(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        person = uow.people.get(person_id)
        if pairs := len(uow.people.pair_ids(person_id)):
            raise UserFacingError(
                one_or_many(
                    pairs,
                    translate(
                        "People",
                        "{name} is in {n} pair and stays on record with them. "
                        "End the pair instead.",
                    ),
                    translate(
                        "People",
                        "{name} is in {n} pairs and stays on record with them. "
                        "End the pair instead.",
                    ),
                    name=person.name,
                )
            )
        uow.people.delete(person_id)
        return ChangeSet.of_people(person_id), _return_of(person)

    return remove


def _return_of(person: Person) -> Action:
    def bring_back(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        draft = PersonDraft(person.name, person.email, person.department)
        new_id = _add(uow, draft, person.external_id)
        return ChangeSet.of_people(new_id, created=new_id), _removal(new_id)

    return bring_back
