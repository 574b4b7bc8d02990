"""The libical reader: libical_reader.c, compiled on first use and cached by its hash."""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ._model import Meeting, ReaderError, ReaderUnavailable, run_batch

SOURCE = Path(__file__).with_name("libical_reader.c")

#: Where the compiled reader is kept; a temporary folder unless this variable names one.
CACHE_VARIABLE = "MENTORDESK_READERS_CACHE"


def missing() -> str | None:
    """Why the libical reader cannot run here, or None when it can."""
    for tool in ("gcc", "pkg-config"):
        if shutil.which(tool) is None:
            return f"libical reader: {tool} is not installed"
    probe = subprocess.run(["pkg-config", "--exists", "libical"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "libical reader: libical is not installed (Debian: apt-get install libical-dev)"
    return None


def _output(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ReaderError(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def _cache_folder() -> Path:
    configured = os.environ.get(CACHE_VARIABLE)
    if configured:
        return Path(configured)
    return Path(tempfile.gettempdir()) / f"mentordesk-calendar-readers-{os.getuid()}"


@functools.cache
def binary() -> Path:
    """The compiled reader, built with gcc if this source, libical and gcc have none yet."""
    why = missing()
    if why:
        raise ReaderUnavailable(why)
    flags = _output("pkg-config", "--cflags", "--libs", "libical").split()
    key = hashlib.sha256()
    key.update(SOURCE.read_bytes())
    key.update(_output("pkg-config", "--modversion", "libical").encode())
    key.update(" ".join(flags).encode())
    key.update(_output("gcc", "-dumpfullversion", "-dumpversion").encode())
    folder = _cache_folder()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"libical_reader-{key.hexdigest()[:16]}"
    if target.is_file() and os.access(target, os.X_OK):
        return target
    handle, partial = tempfile.mkstemp(dir=folder, prefix=".libical_reader-")
    os.close(handle)
    try:
        built = subprocess.run(
            ["gcc", "-std=c11", "-O2", "-Wall", "-Wextra", "-o", partial, str(SOURCE), *flags],
            capture_output=True,
            text=True,
            check=False,
        )
        if built.returncode != 0:
            raise ReaderError(f"gcc could not build {SOURCE.name}:\n{built.stderr}")
        os.replace(partial, target)  # atomic: parallel test runs never see half a binary
    finally:
        Path(partial).unlink(missing_ok=True)
    return target


def read_libical(files: Sequence[bytes]) -> list[list[Meeting]]:
    """Read .ics files with libical (C), all of them in one process.

    Returns one sorted list of Meetings per file, in the order given. Times are resolved
    only through the VTIMEZONEs of each file; a TZID without one, a floating time or a
    DATE value raises ReaderError, and so does anything libical's parser rejects.
    """
    return run_batch("libical", [str(binary())], files)
