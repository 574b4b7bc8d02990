"""How many values one statement may bind, and a SQLite store held to a stock build's."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from mentordesk.store.unit_of_work import Store

STOCK_SQLITE_LIMIT = 32_766  # SQLITE_MAX_VARIABLE_NUMBER of a stock build since 3.32
POSTGRES_LIMIT = 65_535  # bind parameters in one message of the PostgreSQL protocol


def _stock_limit(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, STOCK_SQLITE_LIMIT)


def hold_to_stock_sqlite(store: Store) -> None:
    """Every connection of a SQLite store from now on binds at most what a stock build
    allows (this machine's SQLite may allow more; pooled connections are dropped), and
    the limit is checked to hold. A server's store is left as it is."""
    if store.engine.dialect.name != "sqlite":
        return
    event.listen(store.engine, "connect", _stock_limit)
    store.engine.dispose()
    with store.engine.connect() as conn:
        marks = ", ".join(["?"] * (STOCK_SQLITE_LIMIT + 1))
        with pytest.raises(OperationalError, match="too many SQL variables"):
            conn.exec_driver_sql(f"SELECT {marks}", tuple(range(STOCK_SQLITE_LIMIT + 1)))


def limit_of(store: Store) -> int:
    """The most values one statement may bind on the store's database, as the tests hold
    it: a stock SQLite build's, or PostgreSQL's."""
    return STOCK_SQLITE_LIMIT if store.engine.dialect.name == "sqlite" else POSTGRES_LIMIT
