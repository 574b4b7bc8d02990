"""Bring a database's schema up to date, importing Alembic only when that is due.

`KNOWN_REVISIONS` lists every migration this version ships, oldest first; a test checks
it against Alembic's own script directory. A database stamped with a revision not in the
list was written by a newer MentorDesk and is refused.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, Engine, inspect, text

from mentordesk.errors import DatabaseError
from mentordesk.store.engine import writer

log = logging.getLogger(__name__)

KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
    "0017",
    "0018",
    "0019",
    "0020",
    "0021",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]
SCRIPT_LOCATION = "mentordesk.store:migrations"


def current_revision(engine: Engine) -> str | None:
    """The revision a database is stamped with, or None for an empty one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migration_due(engine: Engine) -> bool:
    """True when the database is older than this MentorDesk (and not empty)."""
    revision = current_revision(engine)
    return revision is not None and revision != HEAD_REVISION and revision in KNOWN_REVISIONS


def upgrade_if_due(engine: Engine) -> bool:
    """Run pending migrations; True if any ran. Refuses a database from a newer version."""
    revision = current_revision(engine)
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseError(
            "This database was written by a newer version of MentorDesk "
            f"(schema {revision}). Update MentorDesk to open it; the file is left untouched."
        )
    if revision is not None and not _may_migrate(engine):
        raise DatabaseError(
            f"The team database is at schema {revision}; this MentorDesk needs {HEAD_REVISION}. "
            "Only the database's owner may update it: ask your team lead to run "
            "'mentordesk team init' with this version of MentorDesk, then start again."
        )
    log.info("migrating database from %s to %s", revision or "empty", HEAD_REVISION)
    _run_alembic_upgrade(engine)
    return True


def _may_migrate(engine: Engine) -> bool:
    """Whether the connected login may change the schema: always on a SQLite file; on a
    server, the owner of the tables (or a member of its role), not a person's login."""
    if engine.dialect.name == "sqlite":
        return True
    query = text(
        "SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
    )
    with engine.connect() as conn:
        return bool(conn.execute(query).scalar())


def _run_alembic_upgrade(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    with writer(engine).connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:  # batch mode rebuilds tables: the PRAGMA only works outside a transaction
            _raw_pragma(conn, "PRAGMA foreign_keys=OFF")
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
            conn.commit()
            if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise DatabaseError("the schema upgrade left broken references; not saved")
        finally:
            if conn.in_transaction():
                conn.rollback()
            if sqlite:
                _raw_pragma(conn, "PRAGMA foreign_keys=ON")


def _raw_pragma(conn: Connection, pragma: str) -> None:
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    dbapi.execute(pragma)
