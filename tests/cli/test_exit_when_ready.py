"""`mentordesk --exit-when-ready`: the whole GUI start in a real process, timed from outside."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def test_the_window_opens_on_the_demo_team_and_the_process_exits_cleanly(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert cli("demo")[0] == 0
    env = {**os.environ, "MENTORDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    log = (data_dir / "logs" / "mentordesk.log").read_text(encoding="utf-8")
    assert "ERROR" not in log
    # The lock is given back, so the next start is not mistaken for a second instance.
    assert not list(data_dir.glob("*.lock"))
