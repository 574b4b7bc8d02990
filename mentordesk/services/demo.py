"""The demo team: a realistic small team to explore MentorDesk with.

It is built as an interchange document dated relative to today and goes through the
real import path, so the demo exercises exactly what a person's own file would.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from mentordesk.errors import UserFacingError
from mentordesk.interchange.reader import read_document
from mentordesk.services.clock import Clock, today
from mentordesk.services.interchange import ImportResult, InterchangeService
from mentordesk.store.unit_of_work import Store

PEOPLE = [
    ("ana", "Ana Silva", "Platform"),
    ("ben", "Ben Okafor", "Platform"),
    ("chen", "Chen Wei", "Data"),
    ("dana", "Dana Kowalski", "Design"),
    ("emil", "Emil Johansson", "Mobile"),
    ("farah", "Farah Haddad", "Security"),
    ("gabriel", "Gabriel Moreau", "Customer Support"),
    ("hana", "Hana Sato", "Data"),
]


def demo_document(on: date) -> dict[str, Any]:
    """The demo team's document, with dates relative to `on`."""

    def ago(days: int) -> str:
        return (on - timedelta(days=days)).isoformat()

    def agreement(cadence: str, mentor_signed: str | None, mentee_signed: str | None) -> Any:
        return {
            "cadence": cadence,
            "expectations": "Come prepared with one topic each. Notes are shared; "
            "action items get an owner and a date.",
            "confidentiality": True,
            "ending": "Either of us may end it after one conversation, no fault, no questions.",
            "signed_by_mentor_on": mentor_signed,
            "signed_by_mentee_on": mentee_signed,
        }

    people = [
        {"id": xid, "name": name, "email": f"{xid}@example.org", "department": dept}
        for xid, name, dept in PEOPLE
    ]
    pairs = [
        {
            "id": "ana-ben",
            "mentor": "ana",
            "mentee": "ben",
            "started_on": ago(150),
            "agreement": agreement("Weekly, 45 minutes, Mondays 16:00", ago(150), ago(149)),
        },
        {
            "id": "chen-hana",
            "mentor": "chen",
            "mentee": "hana",
            "started_on": ago(75),
            "quarters": "calendar",
            "agreement": agreement("Weekly, 30 minutes, Thursdays 10:00", ago(75), ago(75)),
        },
        {
            "id": "farah-emil",
            "mentor": "farah",
            "mentee": "emil",
            "started_on": ago(20),
            "agreement": agreement("Every week, 1 hour, Wednesdays after stand-up", ago(19), None),
        },
        {
            "id": "gabriel-dana",
            "mentor": "gabriel",
            "mentee": "dana",
            "started_on": ago(400),
            "ended_on": ago(60),
            "end_reason": "No-fault end: Dana moved to the design-systems team in Lisbon "
            "and found a mentor there.",
            "agreement": agreement("Fortnightly, 1 hour, Tuesdays", ago(400), ago(400)),
        },
    ]
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": pairs}


class DemoService:
    """Fills a database with the demo team."""

    def __init__(self, store: Store, clock: Clock, interchange: InterchangeService) -> None:
        self._store = store
        self._clock = clock
        self._interchange = interchange

    def load(self, *, force: bool = False) -> ImportResult:
        """Load the demo team; into a database with data only with `force`, replacing it."""
        with self._store.reading() as uow:
            people, pairs = uow.people.count(), uow.pairs.count()
        if (people or pairs) and not force:
            raise UserFacingError(
                f"The database already holds {people} people and {pairs} pairs. "
                "Use 'mentordesk demo --force' to replace them with the demo team."
            )
        plan = read_document(demo_document(today(self._clock)))
        return self._interchange.import_plan(plan, replace_all=force)
