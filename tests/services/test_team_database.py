"""Choosing the shared team database: addresses, the connection test, the password."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url

from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.paths import app_paths, database_url
from mentordesk.services import team_database
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


def test_a_ca_file_makes_the_link_encrypted_and_checked(
    team: TeamDatabaseService, postgres: object | None, db_url: str, tmp_path: Path
) -> None:
    ca = os.environ.get("MENTORDESK_TEST_POSTGRES_CA")
    if postgres is None or not ca:
        pytest.skip("needs the PostgreSQL run's server with TLS (.ci/with-postgres)")
    plain = address_of(db_url)
    checked = ServerAddress(plain.host, plain.port, plain.database, plain.user, ca)
    assert address_of(checked.url) == checked  # the CA file survives the settings' URL
    said = team.test(checked)
    assert "encrypted (TLSv1" in said
    assert "the server's certificate checked" in said
    assert "not checked" in team.test(plain)  # libpq's default: encrypted when offered
    stranger = tmp_path / "other-ca.crt"
    stranger.write_text(OTHER_CA)
    with pytest.raises(UserFacingError, match="certificate verify failed"):
        team.test(ServerAddress(plain.host, plain.port, plain.database, plain.user, str(stranger)))
    with pytest.raises(ValidationError, match="there is no file"):
        team.test(ServerAddress(plain.host, plain.port, plain.database, plain.user, "/no/ca.crt"))


def test_a_link_without_tls_is_said_to_be_readable_on_the_way() -> None:
    probe_words = team_database._link("", ServerAddress("db.example.org"))
    assert probe_words.startswith("not encrypted: anyone on the network")


# A CA certificate that signed nothing of the test server's.
OTHER_CA = """-----BEGIN CERTIFICATE-----
MIIDFzCCAf+gAwIBAgIUGIBEDUnIEMYgVsw4lpUZrJn8xy4wDQYJKoZIhvcNAQEL
BQAwGjEYMBYGA1UEAwwPTm90IHRoZSB0ZXN0IENBMCAXDTI2MTIwMjE2MDExMVoY
DzIxMjYxMTA4MTYwMTExWjAaMRgwFgYDVQQDDA9Ob3QgdGhlIHRlc3QgQ0EwggEi
MA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDEGNrlDfRd84qh6NbsHJlwOsqW
uoxWXAKnd3/KwkTY9ix581k7kwp5oLH4YJ+kTlw+Mii5pvG4/+/PVEcwy44fhJ9K
GdnGhwJu0WhYKXH4TDUFzkNACp9553Z25zxMVKXu/Y73okqkay1XbWbowC+rHeS9
CMB/9vjKFQrbSZF1hILItuVoiX/vZwJSGrUHHo0b/8YCduX6CBBSq/I/5Wdv+gDZ
HziqLKaLDRjdij79CEaCndkPildK+9F8uuQzBt+p8Uv/TBqhifqX4Ery8gJFiz0P
VolRlrNGVHnp8xrUz8A10R2e2oBAipjApXChl0Nqtniiem2lR1IYc5iB6KC7AgMB
AAGjUzBRMB0GA1UdDgQWBBSVoBUQIi2gkSwihQn+LhePk1ewxTAfBgNVHSMEGDAW
gBSVoBUQIi2gkSwihQn+LhePk1ewxTAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3
DQEBCwUAA4IBAQBiOIaza3doAxTXmG7c9k+X8YFpKdc8ALSqKo6jO/zFFLZ1+8cr
3tHnbK7RFvBFy8ifeLfTU4fULuHbV1NKQMlNx3Dq0Buy4n5cGDa6MFYjkkc2gY8+
WO3NXXmtHf0WCOMoEbyvBb3nZ0ZnjdwkInTtKcNcFszj/f2hFcUERWx6rLQHVuOU
xLnmB/aqONNlRerwh20uyXx8yAQYTbI/GEB5ttwkqDgkRZUJKKPYQanTLx0dnYIX
YBF3ZgFOOSClcaypQR+6d1mA0NoU1heOXmVZn4e7Slp8z5eNpNV5ZERDIEpeLbta
bg1+7kxuMTGGR5K3JuyMdY/ottcxeFIKYPpS
-----END CERTIFICATE-----
"""
