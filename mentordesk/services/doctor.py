"""`mentordesk doctor`: what MentorDesk finds on this computer, to fix a start that fails
or to paste into a bug report. Reads only; loads no Qt and changes nothing."""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from mentordesk import __version__
from mentordesk.display_check import check_display, qt_folder
from mentordesk.errors import DatabaseError
from mentordesk.paths import app_paths, database_url
from mentordesk.store.engine import display_url, sqlite_path
from mentordesk.store.migrate import HEAD_REVISION
from mentordesk.store.opening import probe_database


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def report(db: str | None) -> tuple[str, bool]:
    """The report's text, and whether everything needed was found."""
    paths = app_paths()
    display = check_display()
    lines = [
        f"MentorDesk {__version__}",
        f"Python {platform.python_version()} on {platform.platform()}",
        f"PySide6 {_version('PySide6-Essentials')}, SQLAlchemy {_version('SQLAlchemy')}, "
        f"icalendar {_version('icalendar')}, psycopg {_version('psycopg')}",
        f"Qt folder: {qt_folder() or 'not found'}",
        f"Qt platform: {display.platform}" + (" (ready)" if display.ok else ""),
    ]
    if not display.ok:
        lines += [f"  {line}" for line in display.message().splitlines()]
    lines += [
        f"Data folder: {paths.data_dir}",
        f"Settings: {paths.settings_file}",
        f"Logs: {paths.log_dir}",
    ]
    healthy = display.ok
    try:
        url = database_url(db, paths)
    except DatabaseError as error:
        return "\n".join([*lines, f"Database: cannot be chosen: {error.message}"]), False
    file = sqlite_path(url)
    where = str(file) if file is not None else display_url(url)
    if file is not None and not file.exists():
        lines.append(f"Database: {where} (not created yet: the first start makes it)")
    else:
        try:
            probe = probe_database(url)
        except DatabaseError as error:
            lines.append(f"Database: {where}: {error.message}")
            healthy = False
        else:
            size = f", {file.stat().st_size / 1e6:.1f} MB" if file is not None else ""
            lines.append(
                f"Database: {where} ({probe.server}{size}; schema {probe.schema}, this "
                f"MentorDesk's is {HEAD_REVISION})"
            )
            healthy = healthy and probe.schema != "newer"
    lines.append(f"Command: {sys.argv[0] or 'mentordesk'}")
    return "\n".join(lines), healthy
