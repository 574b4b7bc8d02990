"""An export reads the data as of one moment, even on a server where another install
writes while it reads (SQLite's read transaction is one; PostgreSQL reads it in one
REPEATABLE READ transaction)."""

from __future__ import annotations

from datetime import date

from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store


def add_pair(services: Services, n: int) -> None:
    mentor = services.people.create(PersonDraft(f"Mentor {n}", f"m{n}@example.org")).created
    mentee = services.people.create(PersonDraft(f"Mentee {n}", f"e{n}@example.org")).created
    services.pairs.create(mentor or 0, mentee or 0, date(2026, 9, 7))


def test_a_read_of_one_moment_does_not_see_what_another_install_writes_meanwhile(
    services: Services, store: Store, second_install: Services
) -> None:
    add_pair(services, 1)
    with store.reading(one_moment=True) as uow:
        first = uow.pairs.ids()
        add_pair(second_install, 2)  # committed by another install while we read
        assert uow.pairs.ids() == first
    assert len(services.pairs.ids()) == 2
