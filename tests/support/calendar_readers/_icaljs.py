"""The ical.js reader: icaljs_reader.mjs run by node, ical.js from ``npm ci`` here."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from ._model import Meeting, ReaderUnavailable, run_batch

FOLDER = Path(__file__).parent
SCRIPT = FOLDER / "icaljs_reader.mjs"
PACKAGE = FOLDER / "node_modules" / "ical.js" / "package.json"


def missing() -> str | None:
    """Why the ical.js reader cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "ical.js reader: node is not installed"
    if not PACKAGE.is_file():
        return f"ical.js reader: ical.js is not installed (run `npm ci` in {FOLDER})"
    return None


def read_icaljs(files: Sequence[bytes]) -> list[list[Meeting]]:
    """Read .ics files with Mozilla's ical.js under node, all of them in one process.

    Returns one sorted list of Meetings per file, in the order given. Each file's
    VTIMEZONEs are registered with a freshly reset ICAL.TimezoneService; a time not read in
    one of them (a TZID without a VTIMEZONE, a floating time) or a DATE value raises
    ReaderError.
    """
    why = missing()
    if why:
        raise ReaderUnavailable(why)
    node = shutil.which("node")
    assert node is not None
    return run_batch("ical.js", [node, str(SCRIPT)], files)
