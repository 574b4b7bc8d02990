"""A team database's logins on PostgreSQL: the two group roles, their grants, each
person's login, and what the coordinator may read (the attention signals, the audit log).

Which rows a login sees is the business of migration 0019's row-level security; here is
only who may use the tables at all. Run by the team lead, as the owner of the database's
tables with the right to create roles (CREATEROLE).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from mentordesk.errors import UserFacingError
from mentordesk.store.engine import driver_reason

# Every table a pair's partners read and write (row-level security narrows the rows).
PAIR_TABLES = (
    "pairs",
    "agreements",
    "goals",
    "checkins",
    "milestones",
    "self_assessments",
    "meeting_series",
    "series_exceptions",
    "sessions",
    "session_topics",
    "action_items",
    "private_notes",
    "checklist_runs",
    "checklist_run_steps",
    "health_answers",
    "meeting_feedback",
    "signed_summaries",
    "wins",
    "search_index",
)
TEAM_TABLES = ("checklist_templates", "checklist_template_steps")
# Of those, the ones whose every column a partner may change.
OPEN_TABLES = tuple(t for t in PAIR_TABLES if t not in ("pairs", "signed_summaries"))
PAIR_COLUMNS = (
    "started_on",
    "quarters",
    "kind",
    "ended_on",
    "end_reason",
    "mentor_closing",
    "mentee_closing",
)
LOGIN_PATTERN = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class Groups:
    """The two group roles of one team database."""

    members: str
    coordinators: str

    @classmethod
    def of(cls, database: str) -> Groups:
        """The groups of the database named `database` (role names are server-wide)."""
        return cls(f"{database}_members"[:63], f"{database}_coordinators"[:63])


@dataclass(frozen=True)
class PairSignals:
    """One pair's attention signals and counts, as the coordinator reads them."""

    pair_id: int
    mentor: str
    mentee: str
    kind: str
    started_on: date
    ended_on: date | None
    last_held: datetime | None
    held_90_days: int
    missed_90_days: int
    open_items: int
    overdue_items: int
    goals: int
    goals_achieved: int
    open_checklists: int
    latest_health: str | None
    agreement_signed: bool


@dataclass(frozen=True)
class AuditEntry:
    """One statement's change: who, when, which table and rows; never the words."""

    at: datetime
    who: str
    what: str
    action: str
    rows: int
    row_ids: tuple[int, ...]
    pair_ids: tuple[int, ...]


def check_login(login: str) -> None:
    """Raise UserFacingError unless `login` is a plain lower-case role name."""
    if not LOGIN_PATTERN.fullmatch(login):
        raise UserFacingError(
            f"'{login}' cannot be a login: use lower-case letters, digits and '_' "
            "(up to 63, not starting with a digit)"
        )


def _quoted(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def _refused(error: DBAPIError, doing: str) -> UserFacingError:
    return UserFacingError(f"The server refused to {doing}: {driver_reason(error)}")


def require_server(engine: Engine) -> None:
    """Raise UserFacingError unless `engine` is a PostgreSQL server."""
    if engine.dialect.name != "postgresql":
        raise UserFacingError(
            "Team logins are for a shared PostgreSQL database; this is a SQLite file, which "
            "needs none (choose the server with --db postgresql+psycopg://…)."
        )


def set_up_groups(engine: Engine) -> Groups:
    """Create the database's two group roles (if missing) and grant them what MentorDesk
    needs; only they may connect. Running it again is harmless (after an upgrade, it
    grants the new tables)."""
    require_server(engine)
    try:
        with engine.begin() as conn:
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            groups = Groups.of(database)
            for group in (groups.members, groups.coordinators):
                _create_group(conn, group)
            both = f"{_quoted(conn, groups.members)}, {_quoted(conn, groups.coordinators)}"
            for statement in _grants(_quoted(conn, database), both):
                conn.exec_driver_sql(statement)
            coordinators = _quoted(conn, groups.coordinators)
            conn.exec_driver_sql(f"GRANT SELECT ON audit_log TO {coordinators}")
            conn.exec_driver_sql(
                f"GRANT EXECUTE ON FUNCTION mentordesk_team_signals(date) TO {coordinators}"
            )
    except DBAPIError as error:
        raise _refused(error, "set up the team's roles") from error
    return groups


def _create_group(conn: Connection, group: str) -> None:
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group})
    if exists.first() is None:
        conn.exec_driver_sql(f"CREATE ROLE {_quoted(conn, group)} NOLOGIN")


def _grants(database: str, both: str) -> list[str]:
    return [
        # No temporary tables either: none is needed, and none can then shadow ours.
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {both}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",  # PostgreSQL before 15 allowed it
        f"GRANT USAGE ON SCHEMA public TO {both}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(OPEN_TABLES)} TO {both}",
        # A pair's partners are the team lead's to set: changing them would hand the
        # pair's records to someone else (or let one partner sign as the other).
        f"GRANT SELECT, INSERT, DELETE ON pairs TO {both}",
        f"GRANT UPDATE ({', '.join(PAIR_COLUMNS)}) ON pairs TO {both}",
        # A signed summary is never changed: signing again adds the next version.
        f"GRANT SELECT, INSERT ON signed_summaries TO {both}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(TEAM_TABLES)} TO {both}",
        f"GRANT SELECT ON people, alembic_version TO {both}",
        # A login is given by the team lead only: no one adds or changes one.
        f"GRANT INSERT (id, external_id, name, email, department) ON people TO {both}",
        f"GRANT UPDATE (name, email, department) ON people TO {both}",
        f"GRANT DELETE ON people TO {both}",  # only someone with no login (a policy)
        f"GRANT SELECT, UPDATE (writes) ON database_identity TO {both}",
        # nextval only: a sequence's current value would tell the team's totals.
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {both}",
    ]


def add_login(
    engine: Engine, login: str, password: str | None, *, coordinator: bool
) -> tuple[Groups, bool]:
    """Create `login` (with `password`) in the members' group, or the coordinators';
    an existing role joins the group and keeps its password. True when it was created."""
    require_server(engine)
    check_login(login)
    try:
        with engine.begin() as conn:
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            groups = Groups.of(database)
            group = groups.coordinators if coordinator else groups.members
            if (
                conn.execute(
                    text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}
                ).first()
                is None
            ):
                raise UserFacingError(
                    "The team's roles are not set up on this database yet: run "
                    "'mentordesk team init' first."
                )
            role = conn.execute(
                text(
                    "SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls"
                    " OR oid = (SELECT relowner FROM pg_class WHERE oid = 'pairs'::regclass)"
                    " FROM pg_roles WHERE rolname = :r"
                ),
                {"r": login},
            ).first()
            if role is not None and role[0]:
                raise UserFacingError(
                    f"{login} is an administrator's login on this server (it owns the "
                    "tables, or may create roles or databases): a person needs a login of "
                    "their own"
                )
            created = role is None
            name = _quoted(conn, login)
            if created:
                if not password:
                    raise UserFacingError("a new login needs a password")
                verifier = _hashed(conn, login, password)
                conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{verifier}'")
            conn.exec_driver_sql(f"GRANT {_quoted(conn, group)} TO {name}")
    except DBAPIError as error:
        raise _refused(error, f"create the login {login}") from error
    return groups, created


def _hashed(conn: Connection, login: str, password: str) -> str:
    """The password as the server keeps it (libpq hashes it here, with the server's own
    method): the password itself never travels, nor lands in a server's statement log."""
    raw = conn.connection.dbapi_connection
    hashed: bytes = raw.pgconn.encrypt_password(password.encode(), login.encode())  # type: ignore[union-attr]
    verifier = hashed.decode("ascii")
    if "'" in verifier:  # never, by the formats' alphabets
        raise UserFacingError("the server hashed the password into something unexpected")
    return verifier


def link_person(engine: Engine, login: str, person_id: int | None) -> None:
    """Make `person_id` the person `login` connects as (None: no one); a login names at
    most one person."""
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE people SET login = NULL WHERE login = :l"), {"l": login})
            if person_id is not None:
                conn.execute(
                    text("UPDATE people SET login = :l WHERE id = :p"), {"l": login, "p": person_id}
                )
    except DBAPIError as error:
        raise _refused(error, f"link {login} to a person") from error


def remove_login(engine: Engine, login: str) -> None:
    """Unlink `login` from its person and drop the role (it owns nothing of ours)."""
    require_server(engine)
    check_login(login)
    link_person(engine, login, None)
    try:
        with engine.begin() as conn:
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            groups = Groups.of(database)
            ours = conn.execute(
                text(
                    "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
                    " JOIN pg_roles g ON g.oid = m.roleid"
                    " WHERE r.rolname = :r AND g.rolname IN (:m, :c)"
                ),
                {"r": login, "m": groups.members, "c": groups.coordinators},
            )
            if ours.first() is None:
                raise UserFacingError(f"{login} is not a login of this team")
            conn.exec_driver_sql(f"DROP ROLE {_quoted(conn, login)}")
    except DBAPIError as error:
        raise _refused(error, f"remove the login {login}") from error


def team_signals(engine: Engine, on: date) -> list[PairSignals]:
    """Every pair's signals and counts, through the function the coordinator may call."""
    require_server(engine)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT * FROM mentordesk_team_signals(:d)"), {"d": on})
            return [PairSignals(**row._asdict()) for row in rows]
    except DBAPIError as error:
        raise _refused(error, "show the team's signals") from error


def audit_entries(engine: Engine, limit: int) -> list[AuditEntry]:
    """The newest `limit` entries of the audit log, newest first."""
    require_server(engine)
    query = text(
        "SELECT at, who, what, action, rows, row_ids, pair_ids FROM audit_log"
        " ORDER BY id DESC LIMIT :n"
    )
    try:
        with engine.connect() as conn:
            return [_entry(row._asdict()) for row in conn.execute(query, {"n": limit})]
    except DBAPIError as error:
        raise _refused(error, "show the audit log") from error


def _entry(row: dict[str, Any]) -> AuditEntry:
    ids: Sequence[int] = row.pop("row_ids")
    pairs: Sequence[int] = row.pop("pair_ids")
    return AuditEntry(**row, row_ids=tuple(ids), pair_ids=tuple(pairs))


def connected_as(engine: Engine) -> tuple[str, bool]:
    """The login this engine connects as, and whether the connection is encrypted."""
    with engine.connect() as conn:
        if conn.dialect.name != "postgresql":
            return "", False
        row = conn.execute(
            text(
                "SELECT current_user, coalesce((SELECT ssl FROM pg_stat_ssl"
                " WHERE pid = pg_backend_pid()), false)"
            )
        ).one()
        return str(row[0]), bool(row[1])
