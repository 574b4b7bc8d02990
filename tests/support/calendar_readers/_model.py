"""What every reader returns, its errors, and the batch protocol of the external readers."""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

#: No instance starting at or after this instant is listed (a series without UNTIL/COUNT).
CAP = datetime(2101, 1, 1, tzinfo=UTC)

#: Seconds one external reader may take for a whole batch.
BATCH_TIMEOUT = 600


@dataclass(frozen=True, order=True)
class Meeting:
    """One instance of a VEVENT, as a reader sees it.

    Sorting orders by start, then end, UID, location and status.
    """

    start: datetime
    """Aware, in UTC."""
    end: datetime
    """Aware, in UTC."""
    uid: str
    location: str
    status: str
    """The STATUS value, "" when absent."""


class ReaderError(Exception):
    """A reader could not read a file, or failed as a program."""


class ReaderUnavailable(ReaderError):
    """A tool that a reader needs is not installed here."""


def meetings_from_rows(rows: Sequence[Sequence[object]]) -> list[Meeting]:
    """Turn ``[start, end, uid, location, status]`` rows (epoch seconds) into sorted Meetings."""
    checked = []
    for start, end, uid, location, status in rows:
        if type(start) is not int or type(end) is not int:
            raise ReaderError(f"not epoch seconds: {start!r}, {end!r}")
        checked.append((start, end, str(uid), str(location), str(status)))
    checked.sort()  # the order of Meetings, on plain tuples (much faster than on Meetings)
    stamp = datetime.fromtimestamp
    return [
        Meeting(stamp(start, UTC), stamp(end, UTC), uid, location, status)
        for start, end, uid, location, status in checked
    ]


def run_batch(name: str, command: Sequence[str], files: Sequence[bytes]) -> list[list[Meeting]]:
    """Run one external reader once over all ``files`` and parse its JSON lines.

    The files are written to a temporary folder and their paths appended to ``command``.
    The program prints one line per file, in order: ``{"index": N, "meetings": [...]}`` or
    ``{"index": N, "error": "..."}``. Any file's error raises ReaderError naming the file.
    """
    if not files:
        return []
    with tempfile.TemporaryDirectory(prefix=f"calendar-readers-{name}-") as folder:
        paths = []
        for index, data in enumerate(files):
            path = Path(folder) / f"{index:05d}.ics"
            path.write_bytes(data)
            paths.append(str(path))
        try:
            done = subprocess.run(
                [*command, *paths],
                capture_output=True,
                check=False,
                timeout=BATCH_TIMEOUT,
            )
        except subprocess.TimeoutExpired as error:
            raise ReaderError(f"{name}: no answer in {BATCH_TIMEOUT} s") from error
    stderr = done.stderr.decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise ReaderError(f"{name} exited with {done.returncode}: {stderr[-2000:]}")
    # Only "\n" ends an answer: a place may hold U+2028 or NEL, which splitlines() splits.
    lines = [line for line in done.stdout.decode("utf-8").split("\n") if line.strip()]
    if len(lines) != len(files):
        raise ReaderError(f"{name}: {len(lines)} answers for {len(files)} files; {stderr[-2000:]}")
    results: list[list[Meeting]] = []
    errors: list[str] = []
    for index, line in enumerate(lines):
        answer = json.loads(line)
        if answer.get("index") != index:
            raise ReaderError(f"{name}: answer {index} is for file {answer.get('index')}")
        if "error" in answer:
            errors.append(f"file #{index}: {answer['error']}")
            results.append([])
        else:
            results.append(meetings_from_rows(answer["meetings"]))
    if errors:
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        raise ReaderError(f"{name}: " + "; ".join(errors[:5]) + more)
    return results
