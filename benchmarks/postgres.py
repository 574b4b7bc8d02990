"""The PostgreSQL server of a benchmark run (team mode): .ci/with-postgres starts a
throw-away cluster and names it in MENTORDESK_TEST_POSTGRES; each team size gets a
database of its own there."""

from __future__ import annotations

import os

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

VARIABLE = "MENTORDESK_TEST_POSTGRES"


def server_url() -> str:
    """The server's URL, or SystemExit saying how to get one."""
    url = os.environ.get(VARIABLE)
    if not url:
        raise SystemExit(
            f"--postgres needs {VARIABLE} (a URL whose user may create databases): run it "
            "through .ci/with-postgres, as make bench does"
        )
    return url


def fresh_database(name: str) -> str:
    """An empty database `name` on the server (dropped first if a run left one); its URL.
    The app's first command on it runs the migrations."""
    url = make_url(server_url())
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    finally:
        admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def database_size_mb(db: str) -> float:
    """The size of the database at `db` on disk."""
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar()
    finally:
        engine.dispose()
    return int(size or 0) / 1e6
