"""Fixtures every test layer shares: a private data folder, a fixed clock, a real store."""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.local_file import LOCAL_FILE, local_file_path
from mentordesk.store.opening import open_store
from mentordesk.store.team_roles import set_up_groups
from mentordesk.store.unit_of_work import Store

NOW = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)

# The machine's zone is UTC in every test, whatever the machine's: "here" in a message
# (a meeting in Berlin is "15:00 here") must not depend on where the tests run.
os.environ["TZ"] = "Etc/UTC"
time.tzset()


@pytest.fixture
def machine_zone() -> Iterator[Callable[[str], None]]:
    """Puts the machine in another time zone for the test (TZ, read again by the C
    library), and back in UTC after it."""

    def put(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield put
    put("Etc/UTC")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real one."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MENTORDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    return folder


class MemoryKeyring:
    """A keyring in memory, so no test touches the machine's own; `works=False` plays a
    machine without one."""

    def __init__(self) -> None:
        self.works = True
        self.kept: dict[str, str] = {}

    def available(self) -> bool:
        return self.works

    def get(self, account: str) -> str | None:
        return self.kept.get(account) if self.works else None

    def set(self, account: str, password: str) -> None:
        if not self.works:
            raise UserFacingError("The system keyring did not keep the password: no keyring")
        self.kept[account] = password

    def delete(self, account: str) -> None:
        self.kept.pop(account, None)


@pytest.fixture
def keyring() -> MemoryKeyring:
    """A keyring in memory."""
    return MemoryKeyring()


@pytest.fixture
def clock() -> FixedClock:
    """Saturday 21 November 2026, 10:00 UTC."""
    return FixedClock(NOW)


# Set by .ci/with-postgres: the store and service suites then run on PostgreSQL.
POSTGRES = os.environ.get("MENTORDESK_TEST_POSTGRES")
ON_POSTGRES = POSTGRES is not None
# With MENTORDESK_TEST_AS_MEMBER=1, a migrated test database is used through this login
# (a member of the team's group, not the owner): the grants `team init` gives must do.
AS_MEMBER = os.environ.get("MENTORDESK_TEST_AS_MEMBER") == "1"
MEMBER = os.environ.get("MENTORDESK_TEST_POSTGRES_MEMBER") if AS_MEMBER else None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: tests of the embedded SQLite file itself")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if ON_POSTGRES:
        skip = pytest.mark.skip(reason="about the SQLite file; this run is on PostgreSQL")
        for item in items:
            if item.get_closest_marker("sqlite_only"):
                item.add_marker(skip)


class PostgresServer:
    """Throw-away databases on the test server: an empty one, or a copy of a migrated one."""

    TEMPLATE = "mentordesk_migrated"

    def __init__(self, url: str) -> None:
        self._url = make_url(url)
        self._admin = create_engine(self._url, isolation_level="AUTOCOMMIT")
        self._names = (f"mentordesk_test_{os.getpid()}_{n}" for n in itertools.count())
        self._migrated = False

    def url_of(self, name: str) -> str:
        return self._url.set(database=name).render_as_string(hide_password=False)

    def member_url_of(self, url: str) -> str:
        """`url` as the member login sees it (the owner's own with no member run)."""
        if MEMBER is None:
            return url
        member = make_url(MEMBER).set(database=make_url(url).database)
        return member.render_as_string(hide_password=False)

    def create(self, *, migrated: bool) -> str:
        if migrated and not self._migrated:
            self.run(f"DROP DATABASE IF EXISTS {self.TEMPLATE}")
            self.run(f"CREATE DATABASE {self.TEMPLATE} TEMPLATE template0")
            store = open_store(self.url_of(self.TEMPLATE))
            if MEMBER is not None:  # the grants go with every copy of the template
                groups = set_up_groups(store.engine)
                self.run(f'GRANT "{groups.members}" TO {make_url(MEMBER).username}')
            store.close()
            self._migrated = True
        name = next(self._names)
        self.run(f"CREATE DATABASE {name} TEMPLATE {self.TEMPLATE if migrated else 'template0'}")
        return self.url_of(name)

    def drop(self, url: str) -> None:
        self.run(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)")

    def close(self) -> None:
        self.run(f"DROP DATABASE IF EXISTS {self.TEMPLATE} WITH (FORCE)")
        self._admin.dispose()

    def run(self, sql: str) -> None:
        """Run `sql` as the test server's owner role, outside any database of a test."""
        with self._admin.connect() as conn:
            conn.execute(text(sql))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer | None]:
    """The test server when this run is on PostgreSQL, else None."""
    if POSTGRES is None:
        yield None
        return
    server = PostgresServer(POSTGRES)
    yield server
    server.close()


def _database(
    tmp_path: Path, postgres: PostgresServer | None, name: str, *, migrated: bool
) -> Iterator[str]:
    if postgres is None:
        yield f"sqlite:///{tmp_path / name}"  # open_store migrates a new file itself
        return
    url = postgres.create(migrated=migrated)
    yield postgres.member_url_of(url) if migrated else url
    postgres.drop(url)


@pytest.fixture
def db_url(tmp_path: Path, postgres: PostgresServer | None) -> Iterator[str]:
    """The test's own database: a SQLite file, or (on PostgreSQL) a fresh migrated copy."""
    yield from _database(tmp_path, postgres, "test.sqlite3", migrated=True)


@pytest.fixture
def empty_db_url(tmp_path: Path, postgres: PostgresServer | None) -> Iterator[str]:
    """A database with no schema yet, on the run's database kind."""
    yield from _database(tmp_path, postgres, "empty.sqlite3", migrated=False)


def open_install(url: str, data_dir: Path) -> Store:
    """The store one install opens: on a server, its private notes go to its own file in
    `data_dir`, as the app does."""
    data_dir.mkdir(exist_ok=True)
    return open_store(url, local_file=local_file_path(url, data_dir))


@pytest.fixture
def store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    """A migrated store on the run's database kind (a real SQLite file, or PostgreSQL)."""
    opened = open_install(db_url, tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def services(store: Store, clock: FixedClock, tmp_path: Path) -> Services:
    """The services over the test's store, on the fixed clock; backups and e-mail drafts
    in the test's folder (on a server database they would go beside the current one)."""
    return Services.over(store, clock, tmp_path / "backups")


@pytest.fixture
def second_install(
    db_url: str, services: Services, clock: FixedClock, tmp_path: Path
) -> Iterator[Services]:
    """Another install on the test's database: its own engine and connections."""
    store = open_install(db_url, tmp_path / "second-install")
    yield Services.over(store, clock, tmp_path / "second-install" / "backups")
    store.close()


class Outage:
    """Plays the team database going away and coming back for one install: while it is
    down, every new connection fails as libpq's do when a server is unreachable."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.down = False
        event.listen(store.engine, "do_connect", self._connect)

    def _connect(self, dialect: Any, _record: Any, _args: Any, _params: Any) -> None:
        if self.down:
            raise dialect.loaded_dbapi.OperationalError(
                'connection to server at "db.example.org" failed: Connection refused'
            )

    def start(self) -> None:
        self.down = True
        self.store.engine.dispose()  # pooled connections go with the server

    def end(self) -> None:
        self.down = False


@pytest.fixture
def team_install(db_url: str, tmp_path: Path) -> Iterator[tuple[Store, Outage]]:
    """A store as an install in team mode opens it (with this computer's own file for
    private notes and kept edits), on a server that can be made to go away. On SQLite
    the file plays the server."""
    opened = open_store(db_url, local_file=tmp_path / "team-install" / LOCAL_FILE)
    opened.is_server = True
    yield opened, Outage(opened)
    opened.close()


@pytest.fixture(params=[0o000, 0o022], ids=["umask-000", "umask-022"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    """The test runs under this umask; the process's own comes back after."""
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


@pytest.fixture
def own_logging() -> Iterator[None]:
    """The handlers configure_logging adds are closed after the test."""
    yield
    from mentordesk.app import PrivateLogFile, TerminalLog

    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, PrivateLogFile | TerminalLog)]:
        root.removeHandler(handler)
        handler.close()
