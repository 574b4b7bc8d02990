"""The read commands answer from Core statements alone: a fresh process that only reads
never imports the ORM (about a tenth of a second of each command; benchmarks/commands.py
times them against a reference script)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

READ_COMMANDS = (
    ["pairs"],
    ["search", "paging"],
    ["agenda", "ana-ben"],
    ["ics", "ines-kofi", "-o", "{out}/ines-kofi.ics"],
    ["report", "ines-kofi", "-o", "{out}/ines-kofi.pdf"],
    ["export", "-o", "{out}/team.json"],
)


def imports_of(data_dir: Path, args: list[str]) -> set[str]:
    """The modules a fresh `mentordesk ARGS` imported (it must succeed)."""
    env = {**os.environ, "MENTORDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "mentordesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip()  # it answered
    return {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()}


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_read_command_never_imports_the_orm(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    assert cli("demo")[0] == 0
    imported = imports_of(data_dir, [a.format(out=tmp_path) for a in command])
    assert "mentordesk.store.tables" in imported  # the probe sees the command's imports
    assert "sqlalchemy.orm" not in imported
    assert "mentordesk.store.models" not in imported


def test_the_agenda_loads_neither_health_rules_nor_search(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert cli("demo")[0] == 0
    imported = imports_of(data_dir, ["agenda", "ana-ben"])
    assert "mentordesk.domain.checklists" in imported  # its follow-ups are checklist runs
    assert "mentordesk.domain.health" not in imported
    assert "mentordesk.store.search" not in imported


def test_a_quick_read_pauses_the_collector_only_while_it_runs(
    cli: Callable[..., tuple[int, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from mentordesk import cli as command_line

    assert cli("demo")[0] == 0
    seen = []
    listed = command_line._pairs

    def pairs_noting_the_collector(*args: object) -> int:
        seen.append(gc.isenabled())
        return listed(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(command_line, "_pairs", pairs_noting_the_collector)
    assert cli("pairs")[0] == 0
    assert seen == [False]
    assert gc.isenabled()
