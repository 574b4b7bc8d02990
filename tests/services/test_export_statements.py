"""Exporting the team takes the same few statements whether it has one pair or many, and
the document is the same as one pair at a time would make it."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import event

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store


def add_pair(services: Services, n: int) -> str:
    mentor = services.people.create(PersonDraft(f"Mentor {n}", f"m{n}@example.org")).created
    mentee = services.people.create(PersonDraft(f"Mentee {n}", f"e{n}@example.org")).created
    pair_id = services.pairs.create(mentor or 0, mentee or 0, date(2026, 9, 7)).created or 0
    services.meetings.plan(
        pair_id,
        SeriesDraft("MO", time(9 + n), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 12, 21)),
    )
    goal = GoalDraft(1, Skill.TECHNICAL, f"Goal {n}", date(2026, 11, 30))
    services.goals.create(pair_id, goal)
    occurrence = services.sessions.log(pair_id)[0].occurrence
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.add_action_item(session_id, mentee or 0, f"Item {n}", None)
    return services.pairs.get(pair_id).external_id


def counted(store: Store, action: Any) -> tuple[int, Any]:
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        result = action()
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return len(statements), result


def test_export_statements_do_not_grow_with_the_team(services: Services, store: Store) -> None:
    refs = [add_pair(services, 0)]
    for_one, _ = counted(store, services.interchange.export_document)
    refs += [add_pair(services, n) for n in range(1, 6)]
    for_six, whole = counted(store, services.interchange.export_document)
    assert for_six == for_one
    by_pair = {p["id"]: p for p in whole["pairs"]}
    for ref in refs:  # each pair as exported alone
        (alone,) = services.interchange.export_document([ref])["pairs"]
        assert by_pair[ref] == alone
