"""Independent calendar readers for tests: what real clients make of our .ics files.

Three readers, each of which resolves every TZID through the VTIMEZONE components of the
file itself, never through a zone database looked up by name:

- ``libical``: libical (C, Debian ``libical-dev``), through ``libical_reader.c``, which is
  compiled with gcc on first use into a cache folder keyed by its hash;
- ``icaljs``: Mozilla's ical.js (Thunderbird's parser) under node, through
  ``icaljs_reader.mjs``; run ``npm ci`` in this folder to install it;
- ``vobject``: vobject (and dateutil) in this process.

Each takes a batch of files (bytes) and returns, per file, every instance of every VEVENT
as a sorted list of Meetings in UTC: RRULEs expanded, RDATEs added, EXDATEs removed,
RECURRENCE-ID overrides of the same UID put in place of the instance they replace (an
override that replaces no instance is dropped). No instance starting in 2101 or later is
listed, so an unbounded rule ends. The external readers run as one process per batch. A
file a reader cannot read raises ReaderError; a TZID without a VTIMEZONE in the file, a
floating time or a DATE value is such an error.

In tests, take a reader with ``reader(name)``: it skips the test when the reader's tools
are missing, or fails it when ``MENTORDESK_REQUIRE_READERS=1`` (as in CI).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeAlias

from . import _icaljs, _libical, _vobject
from ._icaljs import read_icaljs
from ._libical import read_libical
from ._model import CAP, Meeting, ReaderError, ReaderUnavailable
from ._vobject import read_vobject

__all__ = [
    "CAP",
    "READERS",
    "REQUIRE_VARIABLE",
    "Meeting",
    "Reader",
    "ReaderError",
    "ReaderUnavailable",
    "missing",
    "read_icaljs",
    "read_libical",
    "read_vobject",
    "reader",
]

#: A reader: a batch of .ics files in, one sorted list of Meetings per file out.
Reader: TypeAlias = Callable[[Sequence[bytes]], list[list[Meeting]]]

#: Set to "1" (CI does) to make a missing reader fail tests instead of skipping them.
REQUIRE_VARIABLE = "MENTORDESK_REQUIRE_READERS"

READERS: dict[str, Reader] = {
    "libical": read_libical,
    "icaljs": read_icaljs,
    "vobject": read_vobject,
}

_MISSING: dict[str, Callable[[], str | None]] = {
    "libical": _libical.missing,
    "icaljs": _icaljs.missing,
    "vobject": _vobject.missing,
}


def missing(name: str) -> str | None:
    """Why reader ``name`` cannot run here (a tool is not installed), or None when it can."""
    if name not in READERS:
        raise KeyError(f"no calendar reader {name!r}; there are {sorted(READERS)}")
    return _MISSING[name]()


def reader(name: str) -> Reader:
    """Reader ``name`` for a test: skips the test if its tools are missing.

    With ``MENTORDESK_REQUIRE_READERS=1`` in the environment a missing tool fails the test
    instead, so that CI cannot pass by skipping. The libical reader is compiled here, so a
    build error fails the test whatever the variable says.
    """
    import pytest

    why = missing(name)
    if why is not None:
        if os.environ.get(REQUIRE_VARIABLE) == "1":
            pytest.fail(f"{why} ({REQUIRE_VARIABLE}=1)", pytrace=False)
        pytest.skip(why)
    if name == "libical":
        _libical.binary()
    return READERS[name]
