"""Migrations 0009 and 0013: a database of the version before gets the action items' goal
link and their dropped day, both empty, with every row it held unchanged; the link then
works, and a goal that goes leaves its items unlinked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store import migrate
from mentordesk.store.engine import create_store_engine
from mentordesk.store.opening import open_store

pytestmark = pytest.mark.sqlite_only

ROWS = [
    "INSERT INTO people (id, external_id, name, email) VALUES "
    "(1, 'ana', 'Ana', 'ana@example.org'), (2, 'ben', 'Ben', 'ben@example.org')",
    "INSERT INTO pairs (id, external_id, mentor_id, mentee_id, started_on, quarters) "
    "VALUES (1, 'ana-ben', 1, 2, '2026-09-07', 'partnership')",
    "INSERT INTO goals (id, external_id, pair_id, quarter, skill, title, specific, measure,"
    " target_date, status, progress, reflection) VALUES (1, 'ana-ben-g1', 1, 1, 'technical',"
    " 'Write SQL', '', '', '2026-11-30', 'in_progress', 40, '')",
    "INSERT INTO sessions (id, external_id, pair_id, scheduled_for, timezone, status, notes)"
    " VALUES (1, 'ana-ben-s1', 1, '2026-11-16 15:00:00.000000', 'Europe/Berlin', 'held', 'Notes')",
    "INSERT INTO action_items (id, external_id, session_id, owner_id, text, due, done_on)"
    " VALUES (1, 'ana-ben-a1', 1, 2, 'Read the guide', '2026-11-23', NULL),"
    " (2, 'ana-ben-a2', 1, 1, 'Book the room', NULL, '2026-11-17')",
]


def items(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        found = conn.execute(text("SELECT * FROM action_items ORDER BY id"))
        return [dict(r._mapping) for r in found]


def test_a_database_of_0008_keeps_its_items_and_gains_an_empty_goal_link(
    tmp_path: Path, clock: FixedClock
) -> None:
    url = f"sqlite:///{tmp_path / 'before.sqlite3'}"
    engine = create_store_engine(url)
    config = Config()
    config.set_main_option("script_location", migrate.SCRIPT_LOCATION)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0008")
        conn.commit()
    with engine.begin() as conn:
        for statement in ROWS:
            conn.execute(text(statement))
    before = items(engine)
    assert "goal_id" not in before[0]
    engine.dispose()

    store = open_store(url)
    try:
        assert migrate.current_revision(store.engine) == migrate.HEAD_REVISION
        after = items(store.engine)
        added = {"goal_id", "dropped_on"}  # by 0009 and 0013
        assert [{k: v for k, v in r.items() if k not in added} for r in after] == before
        assert [(r["goal_id"], r["dropped_on"]) for r in after] == [(None, None), (None, None)]

        services = Services.over(store, clock)
        [first, second] = services.sessions.get(1).action_items
        assert (first.text, first.due, first.goal_id) == (
            "Read the guide",
            date(2026, 11, 23),
            None,
        )
        assert second.done_on == date(2026, 11, 17)
        services.sessions.edit_action_item(first.id, goal_id=1)
        assert services.sessions.get(1).action_items[0].goal_id == 1
        with store.engine.begin() as conn:  # the goal goes: its item stays, unlinked
            conn.execute(text("DELETE FROM goals WHERE id = 1"))
        assert services.sessions.get(1).action_items[0].goal_id is None
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).first() is None
    finally:
        store.close()
