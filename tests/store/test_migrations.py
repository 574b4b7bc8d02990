"""Migrations: they agree with the tables, run only when due, and refuse a newer schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from mentordesk.errors import DatabaseError
from mentordesk.store import migrate
from mentordesk.store.engine import create_store_engine
from mentordesk.store.opening import open_store
from mentordesk.store.tables import managed_by_tables, metadata
from mentordesk.store.unit_of_work import Store


def test_migrations_and_tables_agree(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": managed_by_tables})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_known_revisions_list_every_migration_in_order() -> None:
    config = Config()
    config.set_main_option("script_location", migrate.SCRIPT_LOCATION)
    script = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert tuple(reversed(chain)) == migrate.KNOWN_REVISIONS
    assert script.get_current_head() == migrate.HEAD_REVISION


def test_migrations_run_once_then_are_not_due(empty_db_url: str) -> None:
    engine = create_store_engine(empty_db_url)
    assert migrate.current_revision(engine) is None
    assert migrate.upgrade_if_due(engine) is True
    assert migrate.current_revision(engine) == migrate.HEAD_REVISION
    assert migrate.upgrade_if_due(engine) is False
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.sqlite3'}"
    open_store(url).close()
    engine = create_store_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = (tmp_path / "newer.sqlite3").read_bytes()
    with pytest.raises(DatabaseError, match="newer version of MentorDesk"):
        open_store(url)
    assert (tmp_path / "newer.sqlite3").read_bytes() == before


def test_an_older_database_is_upgraded_with_its_data(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_store_engine(url)
    config = Config()
    config.set_main_option("script_location", migrate.SCRIPT_LOCATION)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO people (id, external_id, name, email) VALUES "
                "(1, 'ana', 'Ana', 'ana@example.org'), (2, 'ben', 'Ben', 'b@e.org')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO pairs (id, external_id, mentor_id, mentee_id, started_on,"
                " quarters) VALUES (1, 'ana-ben', 1, 2, '2026-09-07', 'partnership')"
            )
        )
    engine.dispose()
    opened = open_store(url)
    try:
        assert migrate.current_revision(opened.engine) == migrate.HEAD_REVISION
        with opened.reading() as uow:
            assert uow.pairs.get(1).mentee.name == "Ben"
            assert uow.goals.of_pair(1) == []
    finally:
        opened.close()
