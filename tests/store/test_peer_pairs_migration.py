"""Migrations 0014-0017 on a copy of a real database of the version before (the demo team
as the last release kept it): every pair is a mentoring pair, every goal the mentee's, no
agreement has a term nor a pair closing reflections, and every row it held is as it was;
afterwards a mentor may hold a goal of the same skill."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.pairs import PairKind, Role
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store import migrate
from mentordesk.store.engine import create_store_engine
from mentordesk.store.opening import open_store

pytestmark = pytest.mark.sqlite_only

OLD = Path(__file__).parent.parent / "data" / "demo-at-0013.sqlite3"
TABLES = ("people", "pairs", "agreements", "goals", "checkins", "sessions", "action_items")


def rows(engine: Engine, table: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        found = conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
        return [dict(r._mapping) for r in found]


def test_a_real_older_database_keeps_every_row_and_its_goals_are_the_mentees(
    tmp_path: Path, clock: FixedClock
) -> None:
    copy = tmp_path / "mentordesk.sqlite3"
    shutil.copyfile(OLD, copy)
    url = f"sqlite:///{copy}"
    engine = create_store_engine(url)
    assert migrate.current_revision(engine) == "0013"
    before = {table: rows(engine, table) for table in TABLES}
    engine.dispose()
    assert before["goals"], "the old database holds goals to migrate"

    store = open_store(url)
    try:
        assert migrate.current_revision(store.engine) == migrate.HEAD_REVISION
        after = {table: rows(store.engine, table) for table in TABLES}
        new = {  # the columns later migrations add, each with its default
            "pairs": {"kind", "mentor_closing", "mentee_closing"},
            "goals": {"owner"},
            "agreements": {"runs_until", "review_on"},
            "people": {"login"},
        }
        for table in TABLES:
            added = new.get(table, set())
            kept = [{k: v for k, v in r.items() if k not in added} for r in after[table]]
            assert kept == before[table], table
        assert {r["kind"] for r in after["pairs"]} == {"mentoring"}
        assert {(r["mentor_closing"], r["mentee_closing"]) for r in after["pairs"]} == {("", "")}
        assert {(r["runs_until"], r["review_on"]) for r in after["agreements"]} == {(None, None)}
        assert {r["owner"] for r in after["goals"]} == {"mentee"}
        assert {r["login"] for r in after["people"]} == {None}  # team mode's only

        services = Services.over(store, clock)
        pair = next(p for p in services.pairs.all() if p.ended_on is None)
        assert pair.kind is PairKind.MENTORING
        [plan] = [p for p in services.goals.quarters(pair.id) if p.is_current]
        taken = plan.goal_for(Skill.TECHNICAL)
        assert taken is not None  # the mentee's: the mentor's slot is free
        target = min(plan.span.ends_on, max(plan.span.starts_on, date(2026, 12, 20)))
        mentor_goal = GoalDraft(
            plan.span.number, Skill.TECHNICAL, "Explain the design", target, owner=Role.MENTOR
        )
        created = services.goals.create(pair.id, mentor_goal).created
        assert created is not None
        assert services.goals.get(created).owner is Role.MENTOR
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).first() is None
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        store.close()


def test_0014_to_0017_go_down_and_up_again_with_every_row(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    copy = tmp_path / "mentordesk.sqlite3"
    shutil.copyfile(OLD, copy)
    url = f"sqlite:///{copy}"
    engine = create_store_engine(url)
    before = {table: len(rows(engine, table)) for table in TABLES}
    engine.dispose()
    open_store(url).close()  # up to the head, as the app migrates
    engine = create_store_engine(url)
    config = Config()
    config.set_main_option("script_location", migrate.SCRIPT_LOCATION)
    with engine.connect() as conn:  # as the app migrates: batch mode rebuilds tables
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        dbapi.execute("PRAGMA foreign_keys=OFF")
        config.attributes["connection"] = conn
        command.downgrade(config, "0013")
        conn.commit()
        dbapi.execute("PRAGMA foreign_keys=ON")
    assert migrate.current_revision(engine) == "0013"
    assert {table: len(rows(engine, table)) for table in TABLES} == before
    assert "owner" not in rows(engine, "goals")[0]
    engine.dispose()
    open_store(url).close()  # and up again
    engine = create_store_engine(url)
    assert {table: len(rows(engine, table)) for table in TABLES} == before
    assert {r["owner"] for r in rows(engine, "goals")} == {"mentee"}
    engine.dispose()
