"""Server connections (the PostgreSQL pass): a pooled connection is tested before use only
after it has been idle a while, and one the server dropped meanwhile is replaced
unnoticed; reads run without a transaction of their own (each statement is its own
snapshot under READ COMMITTED anyway)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from mentordesk.store import engine as engine_module
from mentordesk.store.unit_of_work import Store


@pytest.fixture
def server(store: Store, postgres: object | None) -> Store:
    if postgres is None:
        pytest.skip("needs a server database (the PostgreSQL pass)")
    return store


def backend_pid(store: Store) -> int:
    with store.reading() as uow:
        return int(uow.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one())


def test_a_connection_the_server_dropped_while_idle_is_replaced(
    server: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PING_AFTER_S", 0.0)  # every pooled one is "idle"
    first = backend_pid(server)
    other = create_engine(server.engine.url.render_as_string(hide_password=False))
    with other.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": first})
    other.dispose()
    with server.reading() as uow:
        assert uow.pairs.ids() == []  # worked: the dead connection was tested and replaced
    assert backend_pid(server) != first


def test_reads_reuse_the_pooled_connection_in_autocommit(server: Store) -> None:
    first = backend_pid(server)
    assert backend_pid(server) == first  # the same, pooled, connection
    with server.reading() as uow:
        raw = uow.connection().connection.dbapi_connection
        assert raw is not None
        assert raw.autocommit  # reads send no BEGIN


def test_the_idle_test_hands_the_connection_on_as_it_found_it(
    server: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Testing an idle connection runs outside a transaction (one round trip), then
    puts the connection back as it was: a write still runs in a transaction."""
    monkeypatch.setattr(engine_module, "PING_AFTER_S", 0.0)  # every pooled one is "idle"
    backend_pid(server)
    with server.writing() as uow:
        raw = uow.connection().connection.dbapi_connection
        assert raw is not None
        assert not raw.autocommit  # a write's statements are one transaction
        uow.connection().exec_driver_sql("SELECT 1")
        assert raw.info.transaction_status != 0  # psycopg: not IDLE, inside BEGIN


def test_statistics_are_refreshed_after_a_large_write(server: Store) -> None:
    """After an import the planner knows the tables' new sizes at once, not minutes later
    when autovacuum gets round to them (it planned a session log over every action item
    of a team imported just before)."""
    server.refresh_statistics()
    with server.engine.connect() as conn:
        found = conn.execute(
            text("SELECT relname, last_analyze, last_vacuum FROM pg_stat_user_tables")
        ).all()
    analysed = {name: analyze for name, analyze, _ in found}
    vacuumed = {name: vacuum for name, _, vacuum in found}
    assert analysed["action_items"] is not None
    assert analysed["sessions"] is not None
    assert analysed["search_index"] is not None
    assert vacuumed["sessions"] is not None  # the rows visible to all: index-only reads
