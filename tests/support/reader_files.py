"""Writing small calendar files by hand for the reader tests (tests/readers)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from calendar_readers import Meeting

Reader = Callable[[Sequence[bytes]], list[list[Meeting]]]


def hours(h: int, m: int = 0) -> timedelta:
    """A UTC offset of h hours and m minutes (negative h: west of Greenwich)."""
    return timedelta(hours=h, minutes=m) if h >= 0 else -timedelta(hours=-h, minutes=m)


def ics(*blocks: str) -> bytes:
    """A VCALENDAR around the blocks (each a text of lines), with CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MentorDesk tests//readers//EN"]
    for block in blocks:
        lines += [line.strip() for line in block.strip().splitlines() if line.strip()]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An instant in UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def read_one(read: Reader, data: bytes) -> list[Meeting]:
    """What `read` makes of one file."""
    (meetings,) = read([data])
    return meetings
