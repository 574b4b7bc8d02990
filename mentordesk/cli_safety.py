"""The commands that keep the data safe: `mentordesk backup`, `restore` and `check`, and
`verify`, which tells whether a PDF is a summary signed in this database, unchanged."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.errors import UserFacingError

if TYPE_CHECKING:
    from mentordesk.app import App

Handler = Callable[["App", argparse.Namespace], int]
Command = Callable[[str, Handler, str], argparse.ArgumentParser]
EXIT_OK, EXIT_FAILURE = 0, 1


def _verify(app: App, args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserFacingError(f"cannot read {path}: {error.strerror or error}") from None
    found = app.services.signing.verify(data)
    print(found.message)
    return EXIT_OK if found.signed is not None else EXIT_FAILURE


def _backup(app: App, args: argparse.Namespace) -> int:
    made = app.services.safety.backup(Path(args.output) if args.output else None)
    print(f"Backed up to {made.path} (verified).")
    return EXIT_OK


def _restore(app: App, args: argparse.Namespace) -> int:
    safety = app.services.safety.restore(Path(args.file))
    kept = f" The data it replaced is kept in {safety.path}." if safety else ""
    print(f"Restored {args.file}.{kept}")
    return EXIT_OK


def _check(app: App, args: argparse.Namespace) -> int:
    problems = app.services.safety.check()
    if not problems:
        print("The database is sound: integrity and references checked.")
        return EXIT_OK
    print("The database has problems:", *problems, sep="\n  ")
    latest = app.services.safety.folder.latest_good()
    if latest is not None:
        print(f"The latest good backup is {latest.path}; 'mentordesk restore' puts it back.")
    return EXIT_FAILURE


def add_safety_commands(command: Command) -> None:
    """`verify`, `backup`, `restore` and `check`, made with the main parser's `command`."""
    verify = command(
        "verify", _verify, "tell whether a PDF is a summary signed in this database, unchanged"
    )
    verify.add_argument("file", metavar="FILE.pdf")
    backup = command("backup", _backup, "take a verified backup of the database")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the copy here (default: into the backup rotation)",
    )
    restore = command(
        "restore",
        _restore,
        "replace the database with a backup (the current data is backed up first)",
    )
    restore.add_argument("file", metavar="FILE")
    command("check", _check, "check the database's integrity and references")
