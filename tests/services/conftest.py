"""Shared fixtures of the service tests."""

from __future__ import annotations

from datetime import date, time

import pytest

from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services

MONDAYS = SeriesDraft(
    "MO", time(16), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 12, 21), 1, "Room 3.14"
)


@pytest.fixture
def pair(services: Services) -> tuple[int, int, int]:
    """(pair, mentor, mentee): Ana mentors Ben from 7 Sep 2026 and they meet Mondays at
    16:00 in Berlin from 2 Nov to 21 Dec; today is Sat 21 Nov 2026."""
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    services.meetings.plan(pair_id, MONDAYS)
    return pair_id, ana, ben
