"""Choosing the shared team database: addresses, the connection test, the password."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.paths import app_paths, database_url
from mentordesk.services.team_database import ServerAddress, TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.store.engine import create_store_engine

SECRET = "s3cr3t-p@ss:word"


@pytest.fixture
def settings(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings.json")


@pytest.fixture
def team(settings: SettingsStore, keyring: Any) -> TeamDatabaseService:
    return TeamDatabaseService(settings, keyring)


def closed_port() -> int:
    """A loopback port nothing listens on: connecting is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def address_of(url: str) -> ServerAddress:
    found = ServerAddress.from_url(url)
    assert found is not None
    return found


def test_an_address_makes_a_quoted_url_without_a_password() -> None:
    address = ServerAddress("db.example.org", 6543, "team log", "ana@corp")
    assert address.url == "postgresql+psycopg://ana%40corp@db.example.org:6543/team log"
    assert ServerAddress.from_url(address.url) == address
    assert address.account == "ana@corp@db.example.org:6543/team log"
    assert ServerAddress.from_url("sqlite:////home/ana/mentordesk.sqlite3") is None
    assert ServerAddress.from_url("not a url") is None


def test_an_incomplete_address_names_each_field() -> None:
    with pytest.raises(ValidationError) as caught:
        ServerAddress(" ", 0, "", "").check()
    assert {p.where for p in caught.value.problems} == {"host", "port", "database", "user"}
    with pytest.raises(ValidationError, match="no spaces"):
        ServerAddress("db example/org", 5432, "mentordesk", "ana").check()


def test_the_choice_is_kept_without_its_password(
    team: TeamDatabaseService, settings: SettingsStore, keyring: Any
) -> None:
    address = ServerAddress("db.example.org", 5432, "mentoring", "ana")
    team.use(address, SECRET, remember=True)
    assert team.configured() == address
    assert SECRET not in settings.path.read_text()
    assert json.loads(settings.path.read_text())["team_database"] == address.url
    assert keyring.kept == {address.account: SECRET}
    assert team.password_for(address.url) == SECRET
    assert team.has_saved_password(address)

    team.use(address, "", remember=False)  # not remembering forgets the kept one
    assert keyring.kept == {}
    assert team.password_for(address.url) is None

    team.stop_using()
    assert team.configured() is None


def test_without_a_keyring_nothing_is_kept(team: TeamDatabaseService, keyring: Any) -> None:
    keyring.works = False
    address = ServerAddress("db.example.org", 5432, "mentoring", "ana")
    assert not team.keyring_available()
    with pytest.raises(UserFacingError, match="did not keep"):
        team.use(address, SECRET, remember=True)
    assert team.configured() is None  # a refused choice changes nothing
    team.use(address, "", remember=False)
    assert team.configured() == address
    assert team.password_for(address.url) is None


def test_the_settings_choice_comes_after_db_and_the_environment(
    team: TeamDatabaseService, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = app_paths()
    team.settings = SettingsStore(paths.settings_file)  # the real settings file
    assert database_url(None, paths) == f"sqlite:///{paths.default_db}"
    team.use(ServerAddress("db.example.org", 5432, "mentoring", "ana"), remember=False)
    assert database_url(None, paths) == "postgresql+psycopg://ana@db.example.org:5432/mentoring"
    monkeypatch.setenv("MENTORDESK_DB", "sqlite:////tmp/env.sqlite3")
    assert database_url(None, paths) == "sqlite:////tmp/env.sqlite3"
    assert database_url("sqlite:////tmp/flag.sqlite3", paths) == "sqlite:////tmp/flag.sqlite3"


def test_the_password_goes_to_the_driver_only() -> None:
    url = "postgresql+psycopg://ana@127.0.0.1:5432/mentoring"
    engine = create_store_engine(url, SECRET)
    seen: dict[str, Any] = {}

    @event.listens_for(engine, "do_connect")
    def spy(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        seen.update(params)
        raise RuntimeError("stop before the network")

    with pytest.raises(RuntimeError, match="stop before"):
        engine.connect()
    engine.dispose()
    assert seen["password"] == SECRET
    assert SECRET not in str(engine.url)
    assert make_url(url).password is None


def test_an_unreachable_server_is_said_plainly(team: TeamDatabaseService) -> None:
    address = ServerAddress("127.0.0.1", closed_port(), "mentoring", "ana")
    with pytest.raises(UserFacingError) as caught:
        team.test(address, SECRET)
    message = caught.value.message
    assert message.startswith("Could not connect: ")
    assert "refused" in message
    assert SECRET not in message
    assert "\n" not in message


def test_a_connection_test_says_what_is_on_the_server(
    team: TeamDatabaseService,
    postgres: object | None,
    db_url: str,
    empty_db_url: str,
) -> None:
    if postgres is None:
        pytest.skip("needs a PostgreSQL server (the PostgreSQL run has one)")
    ready = team.test(address_of(db_url))
    assert ready.startswith("Connected to PostgreSQL ")
    assert ready.endswith("The team's data is there and ready.")
    assert "is empty: MentorDesk sets it up" in team.test(address_of(empty_db_url))
    missing = address_of(db_url)
    with pytest.raises(UserFacingError, match='database "no_such_db" does not exist'):
        team.test(ServerAddress(missing.host, missing.port, "no_such_db", missing.user))
