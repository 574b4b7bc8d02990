"""Any text in any field: a valid result or a clear error, never a crash (hypothesis)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from mentordesk.calendar_files.ics import Method, calendar_file
from mentordesk.domain.meetings import MeetingSeries, SeriesDraft
from mentordesk.domain.pairs import Pair
from mentordesk.domain.people import Person
from mentordesk.errors import UserFacingError
from mentordesk.interchange.reader import read_document
from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store

TEXT = st.text(max_size=60)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def document(
    name: str, email: str, department: str, cadence: str, topic: str, notes: str, place: str
) -> dict[str, object]:
    return {
        "format": "mentordesk",
        "version": 1,
        "people": [
            {"id": "a", "name": name, "email": email, "department": department},
            {"id": "b", "name": "Ben", "email": "ben@example.org"},
        ],
        "pairs": [
            {
                "id": "a-b",
                "mentor": "a",
                "mentee": "b",
                "started_on": "2026-09-07",
                "agreement": {"cadence": cadence, "expectations": notes},
                "meetings": [
                    {
                        "id": "m",
                        "weekday": "MO",
                        "start_time": "16:00",
                        "duration_minutes": 45,
                        "timezone": "Europe/Berlin",
                        "location": place,
                        "first_date": "2026-09-07",
                        "until": "2026-09-28",
                    }
                ],
                "sessions": [
                    {
                        "id": "s",
                        "meeting": "m",
                        "scheduled_for": "2026-09-07T16:00:00+02:00",
                        "status": "held",
                        "topics": [topic],
                        "notes": notes,
                    }
                ],
            }
        ],
    }


@SETTINGS
@given(name=TEXT, email=TEXT, department=TEXT, cadence=TEXT, topic=TEXT, notes=TEXT, place=TEXT)
def test_the_importer_accepts_or_explains(
    services: Services,
    store: Store,
    name: str,
    email: str,
    department: str,
    cadence: str,
    topic: str,
    notes: str,
    place: str,
) -> None:
    raw = json.dumps(document(name, email, department, cadence, topic, notes, place))
    try:
        read_document(json.loads(raw))
    except UserFacingError as error:
        refusal: str | None = error.message
    else:
        refusal = None
    if refusal is not None:
        assert refusal  # a clear error, never a crash
        return
    with store.writing() as uow:  # a clean slate: the ids of one example never clash
        uow.erase_everything()
        uow.commit()
    result = services.interchange.import_text(raw)
    assert (result.people, result.pairs) == (2, 1)


@SETTINGS
@given(place=TEXT, mentor=TEXT, mentee=TEXT)
def test_the_calendar_export_is_always_readable(place: str, mentor: str, mentee: str) -> None:
    pair = Pair(
        1,
        "p",
        Person(1, "a", mentor or "A", "a@example.org"),
        Person(2, "b", mentee or "B", "b@example.org"),
        date(2026, 9, 7),
    )
    draft = SeriesDraft(
        "MO", time(16), 45, "Europe/Berlin", date(2026, 9, 7), date(2026, 9, 28), 1, place
    )
    for method in Method:
        data = calendar_file(
            pair,
            [MeetingSeries(1, "m", 1, draft, "uid@x", 2)],
            [("Technical", place)],
            method,
            datetime(2026, 9, 1, tzinfo=UTC),
        )
        event = Calendar.from_ical(data).walk("VEVENT")[0]
        if place and not any(ord(c) < 32 and c != "\n" for c in place):
            assert str(event["LOCATION"]) == place
