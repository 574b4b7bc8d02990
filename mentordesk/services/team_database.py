"""The shared team database: choosing a PostgreSQL server, testing it, and its password.

A password is never written to MentorDesk's own files or logs. It is kept in the system
keyring when the person asks, or libpq finds it in ~/.pgpass or PGPASSWORD.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from mentordesk.errors import DatabaseError, Problem, UserFacingError, ValidationError
from mentordesk.settings import SettingsStore
from mentordesk.store.engine import server_parts, server_url
from mentordesk.store.opening import probe_database

log = logging.getLogger(__name__)

KEYRING_SERVICE = "MentorDesk team database"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """Where a team database is: server, port, database and the user to log in as."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "mentordesk"
    user: str = ""
    ca_file: str = ""  # the server's CA certificate: encrypted and checked when given

    @property
    def url(self) -> str:
        """Its SQLAlchemy URL (with no password)."""
        return server_url(self.host, self.port, self.database, self.user, self.ca_file)

    @property
    def account(self) -> str:
        """The name its password is kept under in the keyring."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str | None) -> ServerAddress | None:
        """The address in a PostgreSQL URL, or None for anything else."""
        parts = server_parts(url) if url else None
        return cls(*parts) if parts else None

    def check(self) -> None:
        """Raise ValidationError naming every empty or impossible field."""
        problems = [
            Problem(field, f"enter the {words}")
            for field, words, value in (
                ("host", "server's name or address", self.host),
                ("database", "database's name", self.database),
                ("user", "user name to log in as", self.user),
            )
            if not value.strip()
        ]
        if any(c.isspace() or c in "/?#@" for c in self.host.strip()):
            problems.append(Problem("host", "a server name has no spaces, '/', '?', '#' or '@'"))
        if not 0 < self.port < 65536:
            problems.append(Problem("port", "a port is a number from 1 to 65535"))
        if self.ca_file and not Path(self.ca_file).is_file():
            problems.append(Problem("ca_file", f"there is no file {self.ca_file}"))
        if problems:
            raise ValidationError(problems)


class Keyring(Protocol):
    """Where passwords are kept: the system keyring, or a stand-in in tests."""

    def available(self) -> bool:
        """True when passwords can be kept here."""
        ...

    def get(self, account: str) -> str | None:
        """The password kept for `account`."""
        ...

    def set(self, account: str, password: str) -> None:
        """Keep `password` for `account`."""
        ...

    def delete(self, account: str) -> None:
        """Forget the password for `account` (nothing if there is none)."""
        ...


class SystemKeyring:
    """The operating system's keyring (Secret Service, macOS Keychain, Windows Credential
    Locker) through the keyring package, imported only when a password is needed."""

    def available(self) -> bool:
        try:
            import keyring
            from keyring.backends import fail

            return not isinstance(keyring.get_keyring(), fail.Keyring)
        except Exception:  # a broken keyring set-up is no keyring
            log.warning("the system keyring cannot be used", exc_info=True)
            return False

    def get(self, account: str) -> str | None:
        try:
            import keyring

            return keyring.get_password(KEYRING_SERVICE, account)
        except Exception:
            log.warning("could not read the team database password from the keyring")
            return None

    def set(self, account: str, password: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, account, password)
        except KeyringError as error:
            message = f"The system keyring did not keep the password: {error}"
            raise UserFacingError(message) from None

    def delete(self, account: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, account)
        except PasswordDeleteError:
            pass  # there was none
        except KeyringError as error:
            log.warning("could not remove a password from the keyring: %s", error)


class TeamDatabaseService:
    """Chooses the shared team database this install opens, and keeps its password."""

    def __init__(
        self,
        settings: SettingsStore,
        keyring: Keyring | None = None,
        override: str | None = None,
    ) -> None:
        """`override`: the database given by --db or MENTORDESK_DB, which wins over the
        choice made here."""
        self.settings = settings
        self._keyring = keyring or SystemKeyring()
        self.override = override

    def configured(self) -> ServerAddress | None:
        """The team database chosen in settings, if any."""
        return ServerAddress.from_url(self.settings.load().team_database)

    def keyring_available(self) -> bool:
        """True when a password can be remembered in the system keyring."""
        return self._keyring.available()

    def has_saved_password(self, address: ServerAddress) -> bool:
        """True when the keyring holds a password for `address`."""
        return self._keyring.available() and self._keyring.get(address.account) is not None

    def password_for(self, url: str) -> str | None:
        """The keyring's password for a server URL (None: let libpq find one)."""
        address = ServerAddress.from_url(url)
        if address is None or not self._keyring.available():
            return None
        return self._keyring.get(address.account)

    def test(self, address: ServerAddress, password: str = "") -> str:
        """Connect once and say what is there; raises UserFacingError when MentorDesk
        could not work on it. Changes nothing."""
        address.check()
        try:
            probe = probe_database(address.url, password or self.password_for(address.url))
        except DatabaseError as error:
            raise UserFacingError(f"Could not connect: {_reason(error.message)}") from None
        connected = f"Connected to {probe.server}, {_link(probe.encryption, address)}."
        if probe.schema == "newer":
            raise UserFacingError(
                f"{connected} Its data was written by a newer MentorDesk: update MentorDesk "
                "on this computer before using it."
            )
        return {
            "empty": f"{connected} The database is empty: MentorDesk sets it up the first "
            "time it opens it.",
            "older": f"{connected} Its data is from an older MentorDesk and is brought up "
            "to date when MentorDesk opens it.",
            "current": f"{connected} The team's data is there and ready.",
        }[probe.schema]

    def use(self, address: ServerAddress, password: str = "", *, remember: bool) -> None:
        """Open `address` from the next start on; keep its password in the keyring when
        `remember` (and forget any kept before when not)."""
        address.check()
        if remember and password:
            self._keyring.set(address.account, password)
        elif not remember and self._keyring.available():
            self._keyring.delete(address.account)
        self.settings.save(self.settings.load().with_changes(team_database=address.url))

    def stop_using(self) -> None:
        """Open this computer's own database from the next start on."""
        self.settings.save(self.settings.load().with_changes(team_database=None))


def _link(encryption: str, address: ServerAddress) -> str:
    """How the connection travels, in words."""
    if not encryption:
        return (
            "not encrypted: anyone on the network in between could read the team's data "
            "(ask the team lead for the server's CA certificate)"
        )
    if address.ca_file:
        return f"encrypted ({encryption}) and the server's certificate checked"
    return f"encrypted ({encryption}), but the server's certificate not checked"


def _reason(message: str) -> str:
    """The driver's reason without the 'cannot connect to URL:' prefix."""
    return message.split(": ", 1)[1] if message.startswith("cannot connect to ") else message
