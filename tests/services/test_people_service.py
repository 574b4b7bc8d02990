"""People use cases against a real store: rules, change sets, removal and its undo."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.domain.people import PersonDraft
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services


def test_create_returns_the_new_id_and_makes_a_readable_external_id(services: Services) -> None:
    changes = services.people.create(PersonDraft(" Ana Silva ", "ana@example.org"))
    assert changes.created is not None
    assert changes.people == {changes.created}
    again = services.people.create(PersonDraft("Ana Silva", "ana.silva@example.org"))
    people = services.people.all()
    assert [p.external_id for p in people] == ["ana-silva", "ana-silva-2"]
    assert people[0].name == "Ana Silva"
    assert again.created == people[1].id


def test_invalid_details_are_refused_per_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.people.create(PersonDraft("", "ana-at-example"))
    assert {p.where for p in caught.value.problems} == {"name", "email"}
    assert services.people.ids() == []


def test_update_reports_the_pairs_that_show_the_person(services: Services) -> None:
    ana = services.people.create(PersonDraft("Ana", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben", "ben@example.org")).created
    pair = services.pairs.create(ana, ben, date(2026, 9, 7)).created
    assert ana is not None
    changes = services.people.update(ana, PersonDraft("Ana Silva", "ana@example.org", "Data"))
    assert changes.pairs == {pair}
    assert services.pairs.get(pair or 0).mentor.name == "Ana Silva"


def test_a_person_in_a_pair_stays(services: Services) -> None:
    ana = services.people.create(PersonDraft("Ana", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben", "ben@example.org")).created
    services.pairs.create(ana, ben, date(2026, 9, 7))
    assert ana is not None
    with pytest.raises(UserFacingError, match="Ana is in 1 pair and stays on record"):
        services.people.delete(ana)


def test_removal_can_be_undone_with_the_same_external_id(services: Services) -> None:
    created = services.people.create(PersonDraft("Cleo", "cleo@example.org", "Ops")).created
    assert created is not None
    removed = services.people.remove_person(created)
    assert (removed.text, removed.changes.people) == ("Remove Cleo", {created})
    assert services.people.ids() == []
    restored = removed.inverse().changes.created
    assert restored is not None
    again = services.people.get(restored)
    assert (again.external_id, again.name, again.department) == ("cleo", "Cleo", "Ops")
