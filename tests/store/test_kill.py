"""Killed mid-write: the database stays sound and keeps every write reported committed."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only  # the embedded file itself

# The child writes through the services in a loop and reports each committed write.
CHILD = """
import sys
from mentordesk.app import open_app
from mentordesk.domain.people import PersonDraft
services = open_app().services
round_ = sys.argv[1]
for n in range(100000):
    services.people.create(PersonDraft(f"Person {round_}-{n}", f"p{round_}-{n}@example.org"))
    print(f"{round_}-{n}", flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "MENTORDESK_DATA_DIR": str(data)}
    chance = random.Random(20261121)  # random moments, the same every run
    reported: list[str] = []
    for round_ in range(4):
        with subprocess.Popen(
            [sys.executable, "-c", CHILD, str(round_)], env=env, stdout=subprocess.PIPE, text=True
        ) as child:
            assert child.stdout is not None
            for _ in range(chance.randint(5, 60)):
                line = child.stdout.readline().strip()
                assert line, "the child stopped writing"
                reported.append(line)
            os.kill(child.pid, signal.SIGKILL)  # mid-write: it keeps going until killed
            reported += [line.strip() for line in child.stdout if line.strip()]
            child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL
    database = data / "mentordesk.sqlite3"
    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = {row[0] for row in conn.execute("SELECT name FROM people")}
    conn.close()
    missing = [r for r in reported if f"Person {r}" not in names]
    assert missing == []
    assert len(reported) >= 4 * 5
