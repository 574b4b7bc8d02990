"""Pair use cases against a real store: forming, ending, the agreement and its signatures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mentordesk.domain.pairs import AgreementText, PairStatus, Role
from mentordesk.domain.people import PersonDraft
from mentordesk.errors import NotFoundError, UserFacingError, ValidationError
from mentordesk.services import Services

TEXT = AgreementText("Weekly, 45 minutes", "Come prepared", True, "Either may end it")
START = date(2026, 9, 7)  # the fixed clock says 21 November 2026


@pytest.fixture
def people(services: Services) -> tuple[int, int]:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    assert ana is not None
    assert ben is not None
    return ana, ben


@pytest.fixture
def pair_id(services: Services, people: tuple[int, int]) -> int:
    created = services.pairs.create(*people, START).created
    assert created is not None
    return created


def test_a_pair_gets_a_readable_id_and_is_active(services: Services, pair_id: int) -> None:
    pair = services.pairs.get(pair_id)
    assert pair.external_id == "ana-silva-ben-okafor"
    assert pair.status(services.pairs.today()) is PairStatus.ACTIVE
    assert services.pairs.find("ana-silva-ben-okafor") == pair
    with pytest.raises(NotFoundError, match="no pair 'nobody'"):
        services.pairs.find("nobody")


def test_a_mentor_cannot_mentor_themselves(services: Services, people: tuple[int, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        services.pairs.create(people[0], people[0], START)
    assert caught.value.for_field("mentee") == "the mentee must be someone other than the mentor"


def test_the_same_two_cannot_form_a_second_active_pair(
    services: Services, people: tuple[int, int], pair_id: int
) -> None:
    with pytest.raises(ValidationError, match="already an active pair"):
        services.pairs.create(*people, START)
    services.pairs.end(pair_id, date(2026, 11, 1), "No-fault end")
    assert services.pairs.create(*people, date(2026, 11, 2)).created is not None


def test_ending_needs_a_reason_and_a_date_on_or_after_the_start(
    services: Services, pair_id: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.pairs.end(pair_id, date(2026, 9, 1), " ")
    assert {p.where for p in caught.value.problems} == {"ended_on", "end_reason"}
    services.pairs.end(pair_id, START, "No-fault end: a change of team")
    pair = services.pairs.get(pair_id)
    assert (pair.ended_on, pair.end_reason) == (START, "No-fault end: a change of team")
    with pytest.raises(UserFacingError, match="already ended"):
        services.pairs.end(pair_id, START, "again")
    services.pairs.reopen(pair_id)
    assert services.pairs.get(pair_id).ended_on is None


def test_write_then_sign_the_agreement(services: Services, pair_id: int) -> None:
    with pytest.raises(UserFacingError, match="Write the agreement before signing"):
        services.pairs.sign(pair_id, Role.MENTOR)
    services.pairs.write_agreement(pair_id, TEXT)
    services.pairs.sign(pair_id, Role.MENTOR)
    services.pairs.sign(pair_id, Role.MENTEE, date(2026, 11, 20))
    agreement = services.pairs.get(pair_id).agreement
    assert agreement is not None
    assert agreement.signed_by_mentor_on == date(2026, 11, 21)
    assert agreement.signed_by_mentee_on == date(2026, 11, 20)
    assert agreement.fully_signed


def test_a_signature_cannot_be_dated_in_the_future(services: Services, pair_id: int) -> None:
    services.pairs.write_agreement(pair_id, TEXT)
    with pytest.raises(ValidationError, match="future"):
        services.pairs.sign(pair_id, Role.MENTOR, date(2026, 11, 22))


def test_new_words_clear_the_signatures_the_same_words_keep_them(
    services: Services, pair_id: int
) -> None:
    services.pairs.write_agreement(pair_id, TEXT)
    services.pairs.sign(pair_id, Role.MENTOR)
    services.pairs.write_agreement(
        pair_id, AgreementText(" Weekly, 45 minutes ", "Come prepared", True, "Either may end it")
    )
    kept = services.pairs.get(pair_id).agreement
    assert kept is not None
    assert kept.signed_by_mentor_on is not None
    services.pairs.write_agreement(pair_id, AgreementText("Fortnightly", "", True, ""))
    cleared = services.pairs.get(pair_id).agreement
    assert cleared is not None
    assert cleared.signed_by_mentor_on is None


def test_an_ended_pair_keeps_its_agreement_as_it_was(services: Services, pair_id: int) -> None:
    services.pairs.write_agreement(pair_id, TEXT)
    services.pairs.end(pair_id, date(2026, 11, 1), "Goals achieved")
    with pytest.raises(UserFacingError, match="ended on 1 Nov 2026"):
        services.pairs.write_agreement(pair_id, AgreementText("Other"))
    with pytest.raises(UserFacingError, match="ended on"):
        services.pairs.sign(pair_id, Role.MENTEE)


def test_restoring_an_agreement_brings_back_its_signatures(
    services: Services, pair_id: int
) -> None:
    services.pairs.write_agreement(pair_id, TEXT)
    services.pairs.sign(pair_id, Role.MENTOR)
    before = services.pairs.get(pair_id).agreement
    edited = services.pairs.edit_agreement(pair_id, AgreementText("Changed"))
    edited.inverse()
    assert services.pairs.get(pair_id).agreement == before


def test_ending_a_pair_ends_its_meetings_with_it_and_undo_brings_both_back(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, _ = pair
    [series] = services.meetings.series_of(pair_id)  # Mondays, 2 Nov to 21 Dec
    later = services.meetings.plan(
        pair_id, replace(series.draft, first_date=date(2027, 1, 4), until=date(2027, 3, 29))
    ).created
    step = services.pairs.end_pair(pair_id, date(2026, 11, 25), "Ben moved teams")
    assert step.changes.meetings  # the views hear of the meetings too
    by_id = {s.id: s for s in services.meetings.series_of(pair_id)}
    assert by_id[series.id].draft.until == date(2026, 11, 23)  # its last meeting kept
    assert not by_id[series.id].cancelled
    assert by_id[later].cancelled  # every meeting of it came after the end
    step.inverse()  # Undo: open again, meetings as they were
    by_id = {s.id: s for s in services.meetings.series_of(pair_id)}
    assert services.pairs.get(pair_id).ended_on is None
    assert by_id[series.id].draft.until == date(2026, 12, 21)
    assert not by_id[later].cancelled
