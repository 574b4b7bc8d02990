"""The team built through the real import path, `mentordesk import` in a fresh process,
beside the floor for the same rows (reference_import.py); and the export back out."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path

from processes import Child, checked, run_child
from reference_import import TABLES
from team import team_document

HERE = Path(__file__).parent
MENTORDESK = str(Path(sys.executable).with_name("mentordesk"))
COUNTED = TABLES  # the tables the reference writes, counted in both


def write_document(folder: Path, scale: int) -> Path:
    """The benchmark team `scale` times over (80 pairs each) as an interchange file."""
    path = folder / f"team-{scale}x.json"
    if not path.exists():
        path.write_text(json.dumps(team_document(date.today(), pairs=80 * scale)), "utf-8")
    return path


def empty_database(folder: Path, env: dict[str, str]) -> Path:
    """A SQLite file with MentorDesk's schema and nothing imported: what the app makes of
    a new data folder (the migrations run by a first command)."""
    path = folder / "empty.sqlite3"
    if not path.exists():
        scratch = folder / "scratch"
        child = run_child(
            [MENTORDESK, "--db", str(path), "pairs"], {**env, "MENTORDESK_DATA_DIR": str(scratch)}
        )
        checked(child, "making an empty database")
        shutil.rmtree(scratch)
    return path


def figures(child: Child, what: str) -> dict[str, float]:
    """Wall time, CPU and peak memory of a finished import or export."""
    return {
        f"{what} (s)": child.wall_ms / 1000,
        f"{what}, CPU user+sys (s)": child.cpu_s,
        f"{what}, peak memory (MB)": child.peak_mb,
    }


def import_team(
    document: Path, env: dict[str, str], db: str | None = None
) -> tuple[dict[str, float], Child]:
    """`mentordesk import` of `document` into `db` (default: the data folder's database)."""
    command = [MENTORDESK, *(["--db", db] if db else []), "import", str(document)]
    child = checked(run_child(command, env), "mentordesk import")
    return figures(child, "import the whole team"), child


def reference_import(document: Path, template: Path, app_database: Path) -> dict[str, float]:
    """The same rows with plain sqlite3.executemany into a copy of the empty database, in a
    fresh process; and whether they are as many as the app's import wrote, table by table."""
    target = document.with_suffix(".reference.sqlite3")
    shutil.copyfile(template, target)
    script = [sys.executable, str(HERE / "reference_import.py"), str(document), str(target)]
    child = checked(run_child(script, {}), "reference import")
    same = counts(target) == counts(app_database)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return {
        "reference: the same rows by sqlite3.executemany, CPU (s)": child.cpu_s,
        "reference: peak memory (MB)": child.peak_mb,
        "reference wrote as many rows as the import, table by table (1 = yes)": float(same),
    }


def counts(database: Path) -> dict[str, int]:
    """Rows per table of what an import writes."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


def export_team(target: Path, env: dict[str, str], db: str | None = None) -> dict[str, float]:
    """`mentordesk export` of every pair in a fresh process."""
    command = [MENTORDESK, *(["--db", db] if db else []), "export", "-o", str(target)]
    child = checked(run_child(command, env), "mentordesk export")
    target.unlink(missing_ok=True)
    return figures(child, "export the whole team")
