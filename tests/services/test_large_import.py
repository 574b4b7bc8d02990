"""An import bigger than one statement can bind (issue 23): a team whose document holds
more action items than the database binds values in one statement (a stock SQLite
build's 32,766, to which the SQLite file is held here; PostgreSQL's 65,535), imported
whole.

Refusing ids already taken asks the database about every action item's id at once, the
biggest set an import looks up (session ids come next, then goals); the rows themselves
go in through bulk inserts. The document is synthetic, with little in each record, so
the test stays quick.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from bind_limits import hold_to_stock_sqlite, limit_of

from mentordesk.errors import ValidationError
from mentordesk.interchange.reader import parse_json, read_document
from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store

PAIRS = 2
ITEMS = 500  # per session


def big_document(sessions: int) -> dict[str, Any]:
    """Two pairs with `sessions` sessions each, of ITEMS action items each (the first of
    each session serving the pair's goal)."""
    people, pairs = [], []
    for p in range(PAIRS):
        mentor, mentee = f"mentor{p}", f"mentee{p}"
        people += [
            {"id": mentor, "name": f"Mentor {p}", "email": f"{mentor}@example.org"},
            {"id": mentee, "name": f"Mentee {p}", "email": f"{mentee}@example.org"},
        ]
        goal = {
            "id": f"p{p}-goal",
            "quarter": 1,
            "skill": "technical",
            "title": "Ship it",
            "target_date": "2026-03-31",
        }
        pairs.append(
            {
                "id": f"pair{p}",
                "mentor": mentor,
                "mentee": mentee,
                "started_on": "2026-01-05",
                "goals": [goal],
                "sessions": [
                    {
                        "id": f"p{p}-s{s}",
                        "scheduled_for": f"2026-{1 + s % 12:02d}-{1 + s % 28:02d}T16:{s % 60:02d}Z",
                        "status": "held",
                        "action_items": [
                            {
                                "id": f"p{p}-s{s}-a{i}",
                                "owner": (mentor, mentee)[i % 2],
                                "text": f"Step {i}",
                                **({"goal": goal["id"]} if i == 0 else {}),
                            }
                            for i in range(ITEMS)
                        ],
                    }
                    for s in range(sessions)
                ],
            }
        )
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": pairs}


def test_a_team_with_more_action_items_than_a_statement_binds_imports(
    services: Services, store: Store
) -> None:
    hold_to_stock_sqlite(store)
    sessions = limit_of(store) // (PAIRS * ITEMS) + 1  # per pair
    items = PAIRS * sessions * ITEMS
    assert items > limit_of(store)
    # What import_text does, with the checked plan kept for the second try below.
    plan = read_document(parse_json(json.dumps(big_document(sessions))))
    result = services.interchange.import_plan(plan)
    assert (result.people, result.pairs) == (2 * PAIRS, PAIRS)
    assert len(result.changes.sessions) == PAIRS * sessions
    with store.reading() as uow:
        found = uow.sessions.get_many(result.changes.sessions)
        goals = uow.goals.get_many(result.changes.goals)
    assert len(found) == PAIRS * sessions
    stored = [i for s in found.values() for i in s.action_items]
    assert len({i.external_id for i in stored}) == items
    assert sorted(i.goal_id for i in stored if i.goal_id is not None) == sorted(
        list(goals) * sessions
    )
    # The same team again: every id is taken (people, pairs, goals, sessions, action
    # items), and the refusal says so: the first twenty, then how many more.
    taken = 2 * PAIRS + PAIRS + PAIRS + PAIRS * sessions + items
    with pytest.raises(ValidationError, match=f"and {taken - 20:,} more problems$"):
        services.interchange.import_plan(plan)
