"""What went wrong with a database, told from the driver's own codes, not guessed.

SQLite reports a result code (Python ≥ 3.11 gives it as `sqlite_errorcode`; the primary
code is its low byte), PostgreSQL a SQLSTATE. Each maps to one `Fault`, and each fault
to a plain message. Only proven corruption (a file that opened and then failed its
integrity check, or that is no database at all) may set a database aside; a full disk,
a read-only disk, a missing permission or a busy database are said as such and nothing
is moved.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from mentordesk.errors import DatabaseError


class Fault(StrEnum):
    """The kinds of database trouble a person is told about."""

    BUSY = "busy"
    READ_ONLY = "read-only"
    DISK_FULL = "disk full"
    IO = "input/output error"
    CANNOT_OPEN = "cannot open"
    PERMISSION = "permission"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not a database"
    UNREACHABLE = "unreachable"
    CONSTRAINT = "constraint"


# Faults that may go away by themselves or once the person frees space, unlocks the
# disk or ends the other program: worth trying the same save again.
TRANSIENT = frozenset({Fault.BUSY, Fault.READ_ONLY, Fault.DISK_FULL, Fault.IO, Fault.UNREACHABLE})
DAMAGE = frozenset({Fault.CORRUPT, Fault.NOT_A_DATABASE})

_SQLITE = {
    3: Fault.PERMISSION,  # SQLITE_PERM
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    10: Fault.IO,  # SQLITE_IOERR
    11: Fault.CORRUPT,  # SQLITE_CORRUPT
    13: Fault.DISK_FULL,  # SQLITE_FULL
    14: Fault.CANNOT_OPEN,  # SQLITE_CANTOPEN
    19: Fault.CONSTRAINT,  # SQLITE_CONSTRAINT
    23: Fault.PERMISSION,  # SQLITE_AUTH
    26: Fault.NOT_A_DATABASE,  # SQLITE_NOTADB
}
_SQLITE_IOERR_NOMEM = 10 | (12 << 8)  # out of memory, reported as an I/O error
_POSTGRES = {  # SQLSTATE prefixes, longest first
    "53100": Fault.DISK_FULL,
    "58030": Fault.IO,
    "XX001": Fault.CORRUPT,
    "XX002": Fault.CORRUPT,
    "25006": Fault.READ_ONLY,
    "40001": Fault.BUSY,
    "40P01": Fault.BUSY,
    "55P03": Fault.BUSY,
    "57014": Fault.BUSY,  # statement timeout / cancelled
    "53300": Fault.BUSY,  # too many connections
    "42501": Fault.PERMISSION,
    "3D000": Fault.CANNOT_OPEN,
    "57P": Fault.UNREACHABLE,
    "08": Fault.UNREACHABLE,
    "28": Fault.PERMISSION,
    "23": Fault.CONSTRAINT,
}

MESSAGES = {
    Fault.BUSY: "the database is busy: another MentorDesk is saving and did not finish in time",
    Fault.READ_ONLY: "the database cannot be written: its disk or file is read-only",
    Fault.DISK_FULL: "the disk is full: free some space",
    Fault.IO: "the disk reported an input/output error",
    Fault.CANNOT_OPEN: "the database file cannot be opened",
    Fault.PERMISSION: "MentorDesk has no permission to use the database",
    Fault.CORRUPT: "the database is damaged",
    Fault.NOT_A_DATABASE: "the file is not a database",
    Fault.UNREACHABLE: "the team database cannot be reached",
    Fault.CONSTRAINT: "the change breaks a rule of the database",
}


class DatabaseFault(DatabaseError):
    """A classified database failure: `fault` says which kind, `transient` whether the
    same change may succeed when tried again."""

    def __init__(self, fault: Fault, message: str) -> None:
        super().__init__(message)
        self.fault = fault
        self.transient = fault in TRANSIENT


def _driver_error(error: BaseException) -> BaseException:
    return getattr(error, "orig", None) or error


def classify(error: BaseException) -> Fault | None:
    """The fault behind a driver error (a SQLAlchemy wrapper or the driver's own), or
    None when it is none of the known kinds (a bug, then)."""
    orig = _driver_error(error)
    if isinstance(orig, sqlite3.Error):
        return _sqlite_fault(orig)
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        return next((f for prefix, f in _POSTGRES.items() if state.startswith(prefix)), None)
    if type(orig).__module__.startswith("psycopg") and type(orig).__name__ in (
        "OperationalError",
        "InterfaceError",
    ):
        return Fault.UNREACHABLE  # libpq's connection failures carry no SQLSTATE
    return _os_fault(orig)


def _sqlite_fault(error: sqlite3.Error) -> Fault | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return _sqlite_by_words(str(error))
    return None if code == _SQLITE_IOERR_NOMEM else _SQLITE.get(code & 0xFF)


def _os_fault(error: BaseException) -> Fault | None:
    if isinstance(error, PermissionError):
        return Fault.PERMISSION
    errno = getattr(error, "errno", None) if isinstance(error, OSError) else None
    return {28: Fault.DISK_FULL, 30: Fault.READ_ONLY, 5: Fault.IO}.get(errno or 0)


def _sqlite_by_words(text: str) -> Fault | None:
    """For the rare sqlite3 error without a code (raised by the module, not SQLite)."""
    words = {
        "locked": Fault.BUSY,
        "readonly": Fault.READ_ONLY,
        "read-only": Fault.READ_ONLY,
        "disk is full": Fault.DISK_FULL,
        "disk i/o": Fault.IO,
        "malformed": Fault.CORRUPT,
        "not a database": Fault.NOT_A_DATABASE,
        "unable to open": Fault.CANNOT_OPEN,
    }
    lowered = text.lower()
    return next((fault for word, fault in words.items() if word in lowered), None)


def fault_error(error: BaseException, where: str) -> DatabaseFault | None:
    """A DatabaseFault telling what happened at `where` (a file or server), or None for
    an error of no known kind."""
    fault = classify(error)
    if fault is None:
        return None
    return DatabaseFault(fault, f"{MESSAGES[fault][:1].upper()}{MESSAGES[fault][1:]} ({where}).")
