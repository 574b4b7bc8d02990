"""`mentordesk --exit-when-ready`: the whole GUI start in a real process, timed from outside."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def start_and_exit(data_dir: Path, *python_options: str) -> subprocess.CompletedProcess[str]:
    """Start the GUI on `data_dir` in a real process, offscreen, until the window is ready."""
    env = {**os.environ, "MENTORDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, *python_options, "-m", "mentordesk", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done


def test_the_window_opens_on_the_demo_team_and_the_process_exits_cleanly(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert cli("demo")[0] == 0
    done = start_and_exit(data_dir)
    assert "Traceback" not in done.stderr
    log = (data_dir / "logs" / "mentordesk.log").read_text(encoding="utf-8")
    assert "ERROR" not in log
    # The lock is given back, so the next start is not mistaken for a second instance.
    assert not list(data_dir.glob("*.lock"))


def test_the_start_reads_the_first_window_without_the_orm_models(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    """The models (~70 ms to build and configure) and the modules of screens that are not in
    front load after the first window, not before it."""
    assert cli("demo")[0] == 0
    done = start_and_exit(data_dir, "-X", "importtime")
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}
    assert "mentordesk.store.tables" in imported  # the probe sees the start's imports
    for late in (
        "sqlalchemy.orm",  # reads are Core statements (store/handles.py)
        "mentordesk.store.models",
        "mentordesk.store.sessions",
        "mentordesk.store.checklists",
        "mentordesk.services.health",
        "mentordesk.ui.pairs.pair_overview",
        "PySide6.QtNetwork",  # the single-instance socket listens once the window is up
        "alembic",
        "icalendar",
    ):
        assert late not in imported
