"""Real disks in trouble, for tests: a small tmpfs (full, or read-only), and private-mode
checks. Mounting needs root on Linux (CI runs as root); elsewhere the test skips."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def tmpfs(where: Path, *options: str, size: str = "64k") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `where` (created), unmounted after."""
    if not ROOT or not sys.platform.startswith("linux"):
        pytest.skip("mounting a tmpfs needs root on Linux (CI runs as root)")
    where.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join((f"size={size}", *options)), "tmpfs", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the disk `folder` is on; returns the file that does."""
    ballast = folder / "ballast"
    handle = ballast.open("wb")
    with contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)
            handle.flush()
    with contextlib.suppress(OSError):  # the last buffered bytes did not fit either
        handle.close()
    return ballast


def mode_of(path: Path) -> int:
    """The permission bits of `path`."""
    return stat.S_IMODE(path.lstat().st_mode)


def assert_private(folder: Path) -> dict[str, str]:
    """`folder` and every folder under it are 0700, every file 0600; returns the modes."""
    found = {".": oct(mode_of(folder))}
    found |= {str(p.relative_to(folder)): oct(mode_of(p)) for p in sorted(folder.rglob("*"))}
    wrong = {
        name: mode
        for name, mode in found.items()
        if mode != ("0o700" if (folder / name).is_dir() else "0o600")
    }
    assert wrong == {}, found
    return found
