"""The commands added for team mode, merging and a machine's set-up, end to end:
`team` on a file, `import --merge`, the window without a display, `doctor`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Cli


def test_team_commands_need_a_server(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    for step in (["init"], ["add-person", "ana", "--person", "Ana"], ["signals"], ["audit"]):
        code, out, err = cli("team", *step)
        assert code == 2, step
        assert "for a shared PostgreSQL database" in err
        assert out == ""
    with pytest.raises(SystemExit) as usage:
        cli("team")
    assert usage.value.code == 2
    assert "STEP" in capsys.readouterr().err  # argparse names the missing step


def test_import_merge_brings_a_changed_file_in(cli: Cli, tmp_path: Path) -> None:
    assert cli("demo")[0] == 0
    path = tmp_path / "team.json"
    assert cli("export", "-o", str(path), "--include-private")[0] == 0
    code, _, err = cli("import", str(path))
    assert code == 2
    assert "merge them with --merge" in err
    code, out, _ = cli("import", str(path), "--merge")
    assert code == 0
    assert "holds nothing new" in out
    document = json.loads(path.read_text())
    session = document["pairs"][0]["sessions"][0]
    session["notes"] = "Written on the other laptop."
    path.write_text(json.dumps(document))
    code, out, _ = cli("import", str(path), "--merge", "--keep", "theirs")
    assert code == 0
    assert (
        f"session {session['id']} of pair {document['pairs'][0]['id']}: notes differ: kept theirs"
        in out
    )
    assert "Differences settled: kept theirs 1." in out
    code, out, _ = cli("search", "other", "laptop")
    assert "Written on the other laptop." in out


def test_the_window_without_a_display_says_so_and_exits_2(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "MENTORDESK_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.startswith("MentorDesk cannot open its window: there is no display")
    assert "Aborted" not in done.stderr


def test_doctor_prints_what_a_bug_report_needs(cli: Cli) -> None:
    assert cli("demo")[0] == 0
    code, out, _ = cli("doctor")
    assert code in (0, 1)  # 1 where this machine has no display for the window
    for said in (
        "MentorDesk ",
        "Python ",
        "PySide6 ",
        "Qt platform: ",
        "Data folder: ",
        "Database: ",
    ):
        assert said in out
    assert "schema current, this MentorDesk's is" in out
