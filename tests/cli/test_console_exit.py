"""The `mentordesk` program leaves a quick read at once, its output and its message
whole: the interpreter is not torn down (an exit handler does not run). Every other
command exits the ordinary way."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

# The program as its entry point runs it, with an exit handler that says it ran.
PROBE = (
    "import atexit, sys\n"
    "atexit.register(print, 'torn down', file=sys.stderr)\n"
    "from mentordesk.cli import console\n"
    "console()\n"
)


def program(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MENTORDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_quick_read_leaves_at_once_with_its_output_whole(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert cli("demo")[0] == 0
    expected = cli("pairs")[1]
    done = program(data_dir, "pairs")
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
    assert "torn down" not in done.stderr


def test_a_quick_read_that_fails_still_says_why(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert cli("demo")[0] == 0
    done = program(data_dir, "agenda", "nobody")
    assert done.returncode == 2
    assert "there is no pair 'nobody'" in done.stderr
    assert "torn down" not in done.stderr


def test_other_commands_exit_the_ordinary_way(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path, tmp_path: Path
) -> None:
    assert cli("demo")[0] == 0
    done = program(data_dir, "export", "-o", str(tmp_path / "team.json"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "team.json").stat().st_size > 0
    assert "torn down" in done.stderr
