"""Errors a person can act on, kept apart from bugs.

A `UserFacingError` is a known condition (bad input, a missing record, a locked or
damaged database) whose message is shown as it is. Anything else is a bug and goes to
the crash handler with the log file's path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class UserFacingError(Exception):
    """A condition the person can fix or must be told about, in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: where it is (a field or JSON path) and what."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class ValidationError(UserFacingError):
    """Input broke a rule; `problems` says where and what, one entry per finding."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, where: str, message: str) -> ValidationError:
        """An error with one problem."""
        return cls([Problem(where, message)])

    def for_field(self, field: str) -> str | None:
        """The message for `field`, if one of the problems is about it."""
        return next((p.message for p in self.problems if p.where == field), None)


class NotFoundError(UserFacingError):
    """A record named by the person (an id on the command line, say) does not exist."""


class DatabaseError(UserFacingError):
    """The database cannot be used as it is: newer than this program, locked, damaged."""


class ServerUnavailableError(DatabaseError):
    """The shared team database did not answer (down, unreachable, or the link broke)."""


class DamagedDatabaseError(DatabaseError):
    """The database failed its start-up check and was set aside, untouched.

    `aside` is where the damaged file now is; `latest` the newest good backup, if any.
    """

    def __init__(
        self, message: str, aside: Path, latest: Path | None, latest_taken: datetime | None = None
    ) -> None:
        super().__init__(message)
        self.aside = aside
        self.latest = latest
        self.latest_taken = latest_taken
