"""MentorDesk at team scale: build a large team through the real import path, then time
the start, the read commands, import and export (each a fresh process, beside the floor
and a reference doing the same with plain SQLAlchemy or sqlite3), and the interactions a
pair uses in a meeting; on SQLite and, with --postgres, on a PostgreSQL server (team
mode). Prints tables of medians and the budgets, and writes benchmarks/results.json.
Benchmarks, not tests: nothing here asserts a time.

    make bench         (SQLite at 1×, 3× and 10×; PostgreSQL at 1× and 10×, on a
                        throw-away cluster of .ci/with-postgres)
    make bench-scale   (a 2,000-pair team on PostgreSQL; results-scale.json)
    make bench-instructions    (instructions of the floor and the start, with valgrind)
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py --scales 1   (quick)
"""

from __future__ import annotations

import argparse
import compileall
import math
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from commands import TURNS, command_growth, command_times, growth_key
from importing import (
    MENTORDESK,
    empty_database,
    export_team,
    import_team,
    reference_import,
    write_document,
)
from interactions import measured
from postgres import database_size_mb, fresh_database, server_url
from processes import checked, in_turns, median_ratio, median_wall, run_child
from results import Results, report
from words import search_words, vocabulary

ROOT = Path(__file__).parent
# Both processes stop the clock the same way: shown, one event-loop turn, then os._exit
# (what `mentordesk --exit-when-ready` does), so tearing down is timed in neither.
FLOOR = (
    "import os\nimport sqlalchemy.orm\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\nwindow = QMainWindow()\nwindow.show()\napp.processEvents()\n"
    "os._exit(0)\n"
)
# For reference, not a budget: the least any PySide6 + SQLAlchemy app pays to show one
# filled table from the database (Qt's enums, the SQLite dialect, fonts, a painted view).
ONE_TABLE = (
    "import os, sys\nimport sqlalchemy.orm\nfrom sqlalchemy import create_engine, text\n"
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtGui import QStandardItem, QStandardItemModel\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow, QTableView\n"
    "app = QApplication([])\n"
    "engine = create_engine('sqlite:///' + sys.argv[1])\n"
    "with engine.connect() as db:\n"
    "    rows = db.execute(text('SELECT p.id, m.name, e.name FROM pairs p JOIN people m ON"
    " m.id = p.mentor_id JOIN people e ON e.id = p.mentee_id ORDER BY lower(m.name)')).all()\n"
    "model = QStandardItemModel(len(rows), 3)\n"
    "for r, row in enumerate(rows):\n"
    "    for c, value in enumerate(row):\n"
    "        model.setItem(r, c, QStandardItem(str(value)))\n"
    "window = QMainWindow()\nview = QTableView()\nview.setModel(model)\n"
    "view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)\n"
    "window.setCentralWidget(view)\nwindow.resize(1280, 800)\nwindow.show()\n"
    "app.processEvents()\nos._exit(0)\n"
)


def start_commands(env: dict[str, str]) -> dict[str, list[str]]:
    """The floor, the one-table reference and the start, as commands to run."""
    database = Path(env["MENTORDESK_DATA_DIR"]) / "mentordesk.sqlite3"
    return {
        "floor": [sys.executable, "-c", FLOOR],
        "one table": [sys.executable, "-c", ONE_TABLE, str(database)],
        "start": [str(Path(sys.executable).with_name("mentordesk")), "--exit-when-ready"],
    }


def start_times(env: dict[str, str], runs: int = 9) -> dict[str, float]:
    """The start next to the stack floor and the one-table reference, all whole
    processes, taken in turns so that a busy moment of a shared machine falls on all
    alike; the start over the reference run beside it, round by round; and the start's
    peak memory."""
    done = in_turns(start_commands(env), env, runs)
    floor, table, start = (median_wall(done[name]) for name in ("floor", "one table", "start"))
    return {
        "stack floor: bare window + sqlalchemy.orm (ms)": floor,
        "reference: one filled table from the database (ms)": table,
        "start to a filled main window (ms)": start,
        "start / reference (×)": start / table,
        "start / reference, run beside it (×)": median_ratio(done["start"], done["one table"]),
        "start / floor (×)": start / floor,
        "start, peak memory (MB)": statistics.median(c.peak_mb for c in done["start"]),
    }


def instruction_counts(env: dict[str, str]) -> dict[str, float]:
    """Instructions the floor and the start run, counted once each by valgrind's callgrind
    (Debian: valgrind). Unlike times, they do not move with a busy host, so a change of a
    few milliseconds shows. The start's count includes the integrity check only when a
    full one is due (none passed within the day): otherwise it runs after the window is
    up, which --exit-when-ready leaves before."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (Debian: apt-get install valgrind)")
    commands = start_commands(env)
    counts = {}
    for name in ("floor", "start"):
        with tempfile.TemporaryDirectory() as out:
            valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}/cg"]
            done = subprocess.run(
                valgrind + commands[name], env=env, capture_output=True, text=True, check=False
            )
            found = re.search(r"Collected : (\d+)", done.stderr)
            if found is None:
                raise SystemExit(f"valgrind did not count the {name}:\n{done.stderr[-2000:]}")
            counts[name] = int(found.group(1)) / 1e9
    return {
        "floor instructions (billions)": counts["floor"],
        "start instructions (billions)": counts["start"],
        "start / floor, instructions (×)": counts["start"] / counts["floor"],
    }


GROWTH = "start, the sizes in turns (ms)"


def start_growth(base: dict[str, str], data: dict[int, Path], runs: int = 9) -> dict[int, float]:
    """The start on each size's data, the sizes taken in turns: a shared host's speed
    moves within a run (the stack floor itself by a third between sizes measured minutes
    apart), and in turns a busy moment falls on every size alike. Median per size."""
    program = str(Path(sys.executable).with_name("mentordesk"))
    commands = {
        f"{scale}×": ["env", f"MENTORDESK_DATA_DIR={folder}", program, "--exit-when-ready"]
        for scale, folder in data.items()
    }
    done = in_turns(commands, base, runs)
    return {scale: median_wall(done[f"{scale}×"]) for scale in data}


def cold_start_ms(env: dict[str, str], runs: int = 3) -> dict[str, float]:
    """The start with its data folder's files out of the page cache (what grows with the
    team), and the start and the one-table reference with the whole page cache dropped
    (root only: /proc/sys/vm/drop_caches), as after a reboot; in turns. The reference's
    own cold start shows what of the second is the stack's (Python, Qt and SQLAlchemy
    read from disk), which no app on them avoids."""
    commands = start_commands(env)
    data = Path(env["MENTORDESK_DATA_DIR"])
    times: dict[str, list[float]] = {"data cold": []}
    drop = Path("/proc/sys/vm/drop_caches")
    everything = os.access(drop, os.W_OK)
    if everything:
        times |= {"start": [], "one table": []}
    for _ in range(runs):
        for name, found in times.items():
            os.sync()
            if name == "data cold":
                evict(data)
            else:
                drop.write_text("3\n")
            found.append(run_child(commands["start" if name == "data cold" else name], env).wall_ms)
    figures = {
        "start, data folder out of the page cache (ms)": statistics.median(times["data cold"])
    }
    if everything:
        figures["start, whole page cache dropped (ms)"] = statistics.median(times["start"])
        figures["reference, whole page cache dropped (ms)"] = statistics.median(times["one table"])
    return figures


def evict(folder: Path) -> None:
    """The files of `folder` (the database, its journal, the local file, the settings)
    dropped from the page cache: read from the disk by the next start."""
    for path in folder.rglob("*"):
        if path.is_file():
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


SQLITE_START = "SQLite: start to a filled window, a fresh process each (median of 9, in turns)"
SQLITE_COMMANDS = "SQLite: read commands, a fresh process each (median of 8, in turns)"
SQLITE_DATA = "SQLite: import and export, a fresh process each"
SQLITE_WINDOW = "SQLite: interactions in the main window (median of 7)"
PG_START = "PostgreSQL: start, read commands, a fresh process each"
PG_DATA = "PostgreSQL: import and export, a fresh process each"
PG_WINDOW = "PostgreSQL: interactions in the main window (median of 7)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scales",
        default="1",
        help="SQLite team sizes, in multiples of the 80-pair team (make bench: 1,3,10; "
        "'' for none); the window's interactions are timed at the first and the last",
    )
    parser.add_argument(
        "--postgres",
        default="",
        metavar="SCALES",
        help="PostgreSQL team sizes too (make bench: 1,10), on the server named by "
        "MENTORDESK_TEST_POSTGRES (.ci/with-postgres sets it)",
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions of the floor and the start (needs valgrind)",
    )
    parser.add_argument(
        "--results", type=Path, default=ROOT / "results.json", help="where to keep the figures"
    )
    args = parser.parse_args()
    scales = [int(n) for n in args.scales.split(",") if n]
    pg_scales = [int(n) for n in args.postgres.split(",") if n]
    if pg_scales:
        server_url()  # says how to get a server before anything is built
    # An installed wheel has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start.
    compileall.compile_dir(ROOT.parent / "mentordesk", quiet=1)
    words = search_words(vocabulary())
    results = Results()
    results.notes.append(
        "search words (Zipf rank in words.txt): "
        + ", ".join(f"{f} '{w}' ({r})" for f, (w, r) in words.items())
    )
    base = {k: v for k, v in os.environ.items() if k != "MENTORDESK_DB"}
    base["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="mentordesk-bench-work-") as scratch:
        work = Path(scratch)
        template = empty_database(work, base)
        folders: dict[int, Path] = {}
        for scale in scales:
            data = folders[scale] = sqlite_scale(
                scale, work=work, template=template, words=words, results=results, base=base
            )
            if scale in (scales[0], scales[-1]):
                figures, statements = measured(data, words)
                results.put(SQLITE_WINDOW, f"{scale}×", figures)
                results.switches[f"SQLite {scale}×"] = statements
            env = {**base, "MENTORDESK_DATA_DIR": str(data)}
            if scale == scales[-1] and len(scales) > 1:
                results.put(SQLITE_START, f"{scale}×", cold_start_ms(env))
            if scale == scales[-1] and args.instructions:
                results.put(SQLITE_START, f"{scale}×", instruction_counts(env))
            print(f"  SQLite {scale}×: done ({data})", flush=True)
        if len(scales) > 1:
            ends = {n: folders[n] for n in (scales[0], scales[-1])}
            for scale, ms in start_growth(base, ends).items():
                results.put(SQLITE_START, f"{scale}×", {GROWTH: ms})
            for scale, figures in command_growth(words, base, ends).items():
                results.put(SQLITE_COMMANDS, f"{scale}×", figures)
        for scale in pg_scales:
            postgres_scale(
                scale, work, words, results, base, timed=scale in (pg_scales[0], pg_scales[-1])
            )
            print(f"  PostgreSQL {scale}×: done", flush=True)
    judge(results, scales, pg_scales)
    sizes = ", ".join(f"{80 * n} pairs" for n in scales)
    pg = ", ".join(f"{80 * n} pairs" for n in pg_scales)
    heading = (
        "MentorDesk benchmark — "
        + "; ".join(
            part
            for part in (f"SQLite: {sizes}" if sizes else "", f"PostgreSQL: {pg}" if pg else "")
            if part
        )
        + "; 100 weeks each, 3 action items a week"
    )
    report(results, args.results, heading)


def sqlite_scale(
    scale: int,
    *,
    work: Path,
    template: Path,
    words: dict[str, tuple[str, int]],
    results: Results,
    base: dict[str, str],
) -> Path:
    """The team `scale` times over imported into a new data folder, and everything but
    the window's interactions timed on it; the data folder."""
    column = f"{scale}×"
    document = write_document(work, scale)
    data = Path(tempfile.mkdtemp(prefix=f"mentordesk-bench-{scale}x-"))
    database = data / "mentordesk.sqlite3"
    shutil.copyfile(template, database)  # the schema in place: import alone is timed
    env = {**base, "MENTORDESK_DATA_DIR": str(data)}
    imported, child = import_team(document, env)
    results.put(SQLITE_DATA, column, imported)
    print(f"  SQLite {scale}×: imported in {child.wall_ms / 1000:.0f} s", flush=True)
    floor = reference_import(document, template, database)
    floor["import CPU / reference CPU (×)"] = (
        child.cpu_s / floor["reference: the same rows by sqlite3.executemany, CPU (s)"]
    )
    results.put(SQLITE_DATA, column, floor)
    results.put(SQLITE_START, column, start_times(env))
    figures, notes = command_times(words, env, data, reference=database)
    results.put(SQLITE_COMMANDS, column, figures)
    results.put(SQLITE_COMMANDS, column, matches(database, words))
    results.notes += [f"SQLite {column}: {note}" for note in notes]
    results.put(SQLITE_DATA, column, export_team(data / "again.json", env))
    results.put(SQLITE_DATA, column, {"database file (MB)": database.stat().st_size / 1e6})
    document.unlink()
    return data


def matches(database: Path, words: dict[str, tuple[str, int]]) -> dict[str, float]:
    """How many index entries (notes, topics, action items) each search word matches."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return {
            f"entries the {frequency} word '{word}' matches": connection.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (f'"{word}"*',)
            ).fetchone()[0]
            for frequency, (word, _) in words.items()
        }


def postgres_scale(
    scale: int,
    work: Path,
    words: dict[str, tuple[str, int]],
    results: Results,
    base: dict[str, str],
    *,
    timed: bool,
) -> None:
    """The team `scale` times over imported into a new database on the server; the start,
    the commands, the export and (when `timed`) the window's interactions on it."""
    column = f"{scale}×"
    document = write_document(work, scale)
    db = fresh_database(f"mentordesk_bench_{scale}x")
    data = Path(tempfile.mkdtemp(prefix=f"mentordesk-bench-pg-{scale}x-"))
    env = {**base, "MENTORDESK_DATA_DIR": str(data)}
    checked(run_child([MENTORDESK, "--db", db, "pairs"], env), "migrating")  # schema first
    imported, child = import_team(document, env, db)
    results.put(PG_DATA, column, imported)
    print(f"  PostgreSQL {scale}×: imported in {child.wall_ms / 1000:.0f} s", flush=True)
    document.unlink()
    starts = in_turns({"start": [MENTORDESK, "--db", db, "--exit-when-ready"]}, env, 5)["start"]
    results.put(
        PG_START,
        column,
        {
            "start to a filled main window (ms)": median_wall(starts),
            "start, peak memory (MB)": statistics.median(c.peak_mb for c in starts),
        },
    )
    figures, notes = command_times(words, env, data, db=db)
    results.put(PG_START, column, figures)
    results.notes += [f"PostgreSQL {column}: {note}" for note in notes]
    results.put(PG_DATA, column, export_team(data / "again.json", env, db))
    results.put(PG_DATA, column, {"database on the server (MB)": database_size_mb(db)})
    if timed:
        figures, statements = measured(data, words, db)
        results.put(PG_WINDOW, column, figures)
        results.switches[f"PostgreSQL {column}"] = statements
    shutil.rmtree(data, ignore_errors=True)


# The budgets other than 50 ms; by kind of database where they differ.
WINDOW_BUDGETS: dict[object, float] = {
    "team overview until its rows show (ms)": 200,
    ("PostgreSQL", "team overview until its rows show (ms)"): 300,
    "quarterly PDF (ms)": 500,
}


def judge(results: Results, scales: list[int], pg_scales: list[int]) -> None:
    """The issue's budgets, each with the figure it is judged on."""
    if scales:
        judge_sqlite(results, [f"{n}×" for n in scales])
    for kind, section in (("SQLite", SQLITE_WINDOW), ("PostgreSQL", PG_WINDOW)):
        for what, row in results.sections.get(section, {}).items():
            for column, value in row.items():
                # A server is asked over the wire: every statement, BEGIN, COMMIT and ping
                # is a round trip. SQLite runs in the process: its statements are judged
                # (its BEGIN and COMMIT are function calls, shown in the table beside).
                wire = "round trips" if kind == "PostgreSQL" else "statements"
                if what.startswith(f"{wire} per pair switch") and "local file" not in what:
                    results.budget(f"{kind} {column}: {wire} per pair switch", value, 5, "")
                elif what.startswith("team overview until every pair's row"):
                    results.notes.append(  # the budget is the rows one sees
                        f"{kind} {column}: the overview has every pair's row after "
                        f"{value:.0f} ms (its first rows, those that fill the window, "
                        "are judged above)"
                    )
                elif what.endswith("(ms)") and "background" not in what:
                    limit = WINDOW_BUDGETS.get((kind, what), WINDOW_BUDGETS.get(what, 50))
                    name = what.removesuffix(" (ms)")
                    results.budget(f"{kind} {column}: {name}", value, limit, "ms")
    for kind, section, columns in (
        ("SQLite", SQLITE_DATA, [f"{n}×" for n in scales]),
        ("PostgreSQL", PG_DATA, [f"{n}×" for n in pg_scales]),
    ):
        big = "10×" if "10×" in columns else columns[-1] if columns else None
        for what in ("import", "export") if big else ():
            figure = results.get(section, f"{what} the whole team, peak memory (MB)", big)
            results.budget(f"{kind} {big}: {what}, peak memory", figure, 400, "MB")


def judge_sqlite(results: Results, columns: list[str]) -> None:
    """The budgets of the start, the commands and the import on SQLite."""
    get = results.get
    first, last = columns[0], columns[-1]
    start = "start to a filled main window (ms)"
    ratio = get(SQLITE_START, "start / reference, run beside it (×)", first)
    results.budget(f"start at {first} / reference app, run beside it", ratio, 1.3, "×")
    if len(columns) > 1:
        ratio = get(SQLITE_START, GROWTH, last) / get(SQLITE_START, GROWTH, first)
        results.budget(f"start at {last} / at {first}, in turns", ratio, 1.1, "×")
        cold = get(SQLITE_START, "start, data folder out of the page cache (ms)", last)
        if not math.isnan(cold):
            ratio = cold / get(SQLITE_START, start, last)
            results.budget(f"start at {last}, database cold / warm", ratio, 1.5, "×")
        everything = get(SQLITE_START, "start, whole page cache dropped (ms)", last)
        if not math.isnan(everything):
            reference = get(SQLITE_START, "reference, whole page cache dropped (ms)", last)
            warm = get(SQLITE_START, "reference: one filled table from the database (ms)", last)
            results.notes.append(
                f"whole page cache dropped / warm start at {last}: "
                f"{everything / get(SQLITE_START, start, last):.2f}× for MentorDesk, "
                f"{reference / warm:.2f}× for the one-table reference app (the stack read "
                "from disk; the budget is judged with the database cold)"
            )
    for what in results.sections.get(SQLITE_COMMANDS, {}):
        if not what.startswith("mentordesk ") or not what.endswith(" (ms)") or TURNS in what:
            continue
        name = what.removeprefix("mentordesk ").removesuffix(" (ms)")
        if len(columns) > 1:  # judged on the sizes timed in turns, each beside the other
            grown = growth_key(name, int(first.removesuffix("×")), int(last.removesuffix("×")))
            ratio = get(SQLITE_COMMANDS, grown, last)
            results.budget(f"`{name}` at {last} / at {first}, run beside it", ratio, 1.2, "×")
        beside = f"mentordesk {name} / reference, run beside it (×)"
        ratio = get(SQLITE_COMMANDS, beside, first)
        results.budget(f"`{name}` at {first} / reference, run beside it", ratio, 1.5, "×")
    for column in columns:
        ratio = get(SQLITE_DATA, "import CPU / reference CPU (×)", column)
        results.budget(f"import CPU at {column} / sqlite3.executemany", ratio, 2.5, "×")


if __name__ == "__main__":
    main()
