"""Reminders as the pair's computer works them out, on a fixed clock: each fires at its
moment and not before, each kind can be turned off, none shows twice in a day, and they
are for the person's own pairs. Ana mentors Ben; they meet Mondays at 16:00 in Berlin
from 2 Nov to 21 Dec 2026; quarter 1 ends on Sunday 6 December."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from mentordesk.domain.pairs import AgreementText
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.reminders import ReminderKind as K
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.reminders import ShownFile


def due(services: Services, pair_id: int, at: datetime, off: tuple[K, ...] = ()) -> dict[K, str]:
    return {r.kind: f"{r.title} | {r.text}" for r in services.reminders.due([pair_id], off, at)}


def record_all(services: Services, pair_id: int, until: date) -> None:
    """Every meeting up to `until` recorded held (so that only the rule under test fires)."""
    for row in services.sessions.log(pair_id):
        if row.occurrence is not None and row.occurrence.original_date <= until:
            session_id, _ = services.sessions.open_for(pair_id, row.occurrence)
            services.sessions.save(session_id, SessionStatus.HELD, [], "")


def test_a_meeting_is_announced_fifteen_minutes_before_and_not_earlier(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    record_all(services, pair_id, date(2026, 11, 16))
    assert K.MEETING_SOON not in due(services, pair_id, datetime(2026, 11, 23, 14, 44, tzinfo=UTC))
    soon = due(services, pair_id, datetime(2026, 11, 23, 14, 50, tzinfo=UTC))
    assert soon[K.MEETING_SOON] == (
        "Ana Silva → Ben Okafor: meeting in 10 min | At 16:00 (Europe/Berlin; 15:00 here) "
        "— Room 3.14. Click to open meeting mode."
    )
    assert K.MEETING_SOON not in due(services, pair_id, datetime(2026, 11, 23, 15, 0, tzinfo=UTC))


def test_the_day_before_it_asks_for_the_agenda(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    record_all(services, pair_id, date(2026, 11, 16))
    assert K.PREPARE_AGENDA not in due(services, pair_id, datetime(2026, 11, 21, 10, tzinfo=UTC))
    found = due(services, pair_id, datetime(2026, 11, 22, 10, tzinfo=UTC))
    assert found[K.PREPARE_AGENDA].startswith("Ana Silva → Ben Okafor: meeting tomorrow")


def test_last_weeks_meeting_unrecorded_and_items_overdue(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, ben = pair
    record_all(services, pair_id, date(2026, 11, 9))
    now = datetime(2026, 11, 21, 10, tzinfo=UTC)
    found = due(services, pair_id, now)
    assert found[K.UNRECORDED] == (
        "Ana Silva → Ben Okafor: meeting not recorded | The meeting of Mon, 16 Nov has no "
        "record yet: note whether it was held. Click to open it."
    )
    assert K.OVERDUE_ITEMS not in found
    session = services.sessions.log(pair_id)[1].session  # 9 Nov, held
    assert session is not None
    services.sessions.add_action_item(session.id, ben, "Read chapter 3", due=date(2026, 11, 18))
    record_all(services, pair_id, date(2026, 11, 16))
    found = due(services, pair_id, now)
    assert K.UNRECORDED not in found
    assert found[K.OVERDUE_ITEMS].startswith("Ana Silva → Ben Okafor: 1 action item overdue")


def test_the_quarters_end_brings_its_review_and_the_series_end_an_offer(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    record_all(services, pair_id, date(2026, 12, 7))
    assert K.REVIEW_DUE not in due(services, pair_id, datetime(2026, 11, 21, 10, tzinfo=UTC))
    review = due(services, pair_id, datetime(2026, 11, 23, 10, tzinfo=UTC))
    assert review[K.REVIEW_DUE] == (
        "Ana Silva → Ben Okafor: the quarter ends 6 Dec | Time to answer the health check. "
        "Click to open the goals."
    )
    for person in (ana, ben):
        services.health.answer(pair_id, person, [4, 4, 4, 4, 4], "")
    assert K.REVIEW_DUE not in due(services, pair_id, datetime(2026, 11, 23, 10, tzinfo=UTC))
    assert K.SERIES_ENDING not in due(services, pair_id, datetime(2026, 12, 6, 10, tzinfo=UTC))
    ending = due(services, pair_id, datetime(2026, 12, 8, 10, tzinfo=UTC))
    assert ending[K.SERIES_ENDING].startswith("Ana Silva → Ben Okafor: meetings end 21 Dec")
    services.pairs.edit_agreement(pair_id, AgreementText(runs_until=date(2026, 12, 21)))
    assert K.SERIES_ENDING not in due(services, pair_id, datetime(2026, 12, 8, 10, tzinfo=UTC))


def test_the_agreements_review_date(services: Services, pair: tuple[int, int, int]) -> None:
    pair_id = pair[0]
    services.pairs.edit_agreement(pair_id, AgreementText(review_on=date(2026, 11, 25)))
    assert K.AGREEMENT_REVIEW not in due(services, pair_id, datetime(2026, 11, 24, 10, tzinfo=UTC))
    found = due(services, pair_id, datetime(2026, 11, 25, 10, tzinfo=UTC))
    assert found[K.AGREEMENT_REVIEW].startswith("Ana Silva → Ben Okafor: read your agreement again")
    assert K.AGREEMENT_REVIEW in due(services, pair_id, datetime(2026, 12, 8, 10, tzinfo=UTC))
    assert K.AGREEMENT_REVIEW not in due(services, pair_id, datetime(2026, 12, 9, 10, tzinfo=UTC))


def test_a_kind_turned_off_never_shows(services: Services, pair: tuple[int, int, int]) -> None:
    now = datetime(2026, 11, 21, 10, tzinfo=UTC)
    assert K.UNRECORDED in due(services, pair[0], now)
    assert K.UNRECORDED not in due(services, pair[0], now, off=(K.UNRECORDED,))


def test_none_shows_twice_in_a_day(
    services: Services, pair: tuple[int, int, int], clock: FixedClock, tmp_path: Path
) -> None:
    pair_id = pair[0]
    shown = ShownFile(tmp_path / "config" / "reminders-shown.json")
    clock.moment = datetime(2026, 11, 21, 10, tzinfo=UTC)
    first = services.reminders.to_show([pair_id], shown)
    assert [r.kind for r in first] == [K.UNRECORDED]
    clock.moment = datetime(2026, 11, 21, 18, tzinfo=UTC)
    assert services.reminders.to_show([pair_id], shown) == []
    assert services.reminders.to_show([pair_id], ShownFile(shown.path)) == []  # kept on disk
    clock.moment = datetime(2026, 11, 22, 9, tzinfo=UTC)
    again = {r.kind for r in services.reminders.to_show([pair_id], shown)}
    assert again == {K.UNRECORDED, K.PREPARE_AGENDA}


def test_an_unreadable_record_is_started_over(tmp_path: Path) -> None:
    path = tmp_path / "reminders-shown.json"
    path.write_text("{not json", "utf-8")
    assert ShownFile(path).load().days == {}


@pytest.mark.parametrize("chosen", [True, False])
def test_reminders_are_for_the_persons_own_pairs(
    services: Services, pair: tuple[int, int, int], chosen: bool
) -> None:
    pair_id, ana, _ = pair
    cara = services.people.create(PersonDraft("Cara Diaz", "cara@example.org")).created or 0
    dev = services.people.create(PersonDraft("Dev Rao", "dev@example.org")).created or 0
    other = services.pairs.create(cara, dev, date(2026, 9, 7)).created or 0
    if chosen:
        assert services.reminders.whose(ana) == [pair_id]
        assert services.reminders.whose(dev) == [other]
    else:
        assert sorted(services.reminders.whose(None)) == sorted([pair_id, other])
        for n in range(3):  # a computer with many pairs and nobody chosen: none
            e = services.people.create(PersonDraft(f"E{n}", f"e{n}@example.org")).created or 0
            services.pairs.create(cara, e, date(2026, 9, 7))
        assert services.reminders.whose(None) == []


def test_a_series_ending_is_offered_through_the_next_quarter(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    longer = services.meetings.suggested_extension(pair_id)  # the series ends 21 Dec
    assert (longer.weekday, longer.until) == ("MO", date(2027, 3, 6))  # quarter 2's end
    assert longer.first_date == date(2026, 11, 23)  # from the next meeting on
    services.pairs.edit_agreement(pair_id, AgreementText(runs_until=date(2027, 1, 31)))
    assert services.meetings.suggested_extension(pair_id).until == date(2027, 1, 31)
