"""MentorDesk at team scale: build a large team through the real import path, then time
the start and the interactions a pair uses in a meeting. Prints a table of medians and
writes benchmarks/results.json. Benchmarks, not tests: nothing here asserts a time.

    make bench        (or: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run.py)
    make bench-instructions    (the same, and instructions counted with valgrind)
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from team import team_document

ROOT = Path(__file__).parent
RUNS = 7
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


def median_ms(
    action: Callable[[], object], runs: int = RUNS, after: Callable[[], object] = lambda: None
) -> float:
    """The median wall time of `action`, in milliseconds (`after` runs untimed after each)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
        after()
    return statistics.median(times)


def process_ms(command: list[str], env: dict[str, str]) -> float:
    """The wall time of one whole process, in milliseconds."""
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def start_commands(env: dict[str, str]) -> dict[str, list[str]]:
    """The floor, the one-table reference and the start, as commands to run."""
    # An installed wheel has its bytecode compiled; a checkout run with
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start.
    compileall.compile_dir(ROOT.parent / "mentordesk", quiet=1)
    database = Path(env["MENTORDESK_DATA_DIR"]) / "mentordesk.sqlite3"
    return {
        "floor": [sys.executable, "-c", FLOOR],
        "one table": [sys.executable, "-c", ONE_TABLE, str(database)],
        "start": [str(Path(sys.executable).with_name("mentordesk")), "--exit-when-ready"],
    }


def start_times(env: dict[str, str], runs: int = 9) -> dict[str, float]:
    """The cold start next to the stack floor, both whole processes, taken in turns so
    that a busy moment of a shared machine falls on both alike."""
    commands = start_commands(env)
    for command in commands.values():  # warm the file cache first
        process_ms(command, env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(process_ms(command, env))
    floor, table, start = (statistics.median(times[name]) for name in commands)
    return {
        "stack floor: bare window + sqlalchemy.orm (ms)": floor,
        "reference: one filled table from the database (ms)": table,
        "one table / floor (×)": table / floor,
        "cold start to a filled main window (ms)": start,
        "start / floor (×)": start / floor,
    }


def instruction_counts(env: dict[str, str]) -> dict[str, float]:
    """Instructions the floor and the start run, counted once each by valgrind's callgrind
    (Debian: valgrind). Unlike times, they do not move with a busy host, so a change of a
    few milliseconds shows. The start's count includes the integrity check that runs on
    the second core while the code loads."""
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the instructions of the floor and the start (needs valgrind)",
    )
    parser.add_argument(
        "--scales",
        default="1",
        help="team sizes to time the start at, in multiples of the 80-pair team "
        "(make bench: 1,3,10); the interactions are timed on the first",
    )
    args = parser.parse_args()
    scales = [int(n) for n in args.scales.split(",")]
    results: dict[str, float] = {}
    first: Path | None = None
    for scale in scales:
        data, imported = build_team(scale)
        first = first or data
        env = {**os.environ, "MENTORDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
        label = f" at {scale}×" if len(scales) > 1 else ""
        results[f"import the whole team{label} (s)"] = imported
        results.update({k.replace(" (", f"{label} (", 1): v for k, v in start_times(env).items()})
        print(f"  {scale}×: imported in {imported:.0f} s, start timed", flush=True)
        if scale == scales[-1] and len(scales) > 1 and (cold := cold_start_ms(env)) is not None:
            results[f"start with a cold page cache{label} (ms)"] = cold
    if len(scales) > 1:
        key = "cold start to a filled main window"
        small = results[f"{key} at {scales[0]}× (ms)"]
        results[f"start at {scales[-1]}× / start at {scales[0]}× (×)"] = (
            results[f"{key} at {scales[-1]}× (ms)"] / small
        )
    assert first is not None
    os.environ["MENTORDESK_DATA_DIR"] = str(first)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if args.instructions:
        results.update(instruction_counts(env))
    results.update(interaction_times(first))
    report_results(results, scales)


def build_team(scale: int) -> tuple[Path, float]:
    """A data folder with the benchmark team `scale` times over, imported through the
    real import path; and the seconds the import took."""
    data = Path(tempfile.mkdtemp(prefix=f"mentordesk-bench-{scale}x-"))
    os.environ["MENTORDESK_DATA_DIR"] = str(data)
    source = data / "team.json"
    source.write_text(json.dumps(team_document(date.today(), pairs=80 * scale)), "utf-8")
    from mentordesk.app import open_app

    app = open_app()
    start = time.perf_counter()
    app.services.interchange.import_file(source)
    took = time.perf_counter() - start
    app.close()
    source.unlink()
    return data, took


def cold_start_ms(env: dict[str, str], runs: int = 3) -> float | None:
    """The start with the page cache dropped first (root only: /proc/sys/vm/drop_caches),
    as after a reboot; None where the cache cannot be dropped."""
    drop = Path("/proc/sys/vm/drop_caches")
    if not os.access(drop, os.W_OK):
        return None
    command = start_commands(env)["start"]
    times = []
    for _ in range(runs):
        os.sync()
        drop.write_text("3\n")
        times.append(process_ms(command, env))
    return statistics.median(times)


def interaction_times(data: Path) -> dict[str, float]:
    """Each interaction in a real main window over the large team, and peak memory."""
    from PySide6.QtWidgets import QApplication

    from mentordesk.app import open_app
    from mentordesk.domain.pairs import PairView
    from mentordesk.ui.printing.report import write_pdf
    from mentordesk.ui.window.application import ui_state
    from mentordesk.ui.window.main_window import MainWindow

    qt = QApplication.instance() or QApplication([])
    app = open_app()
    services = app.services
    window = MainWindow(services, app.settings, ui_state(app.paths))
    window.show()
    qt.processEvents()
    pair_ids = services.pairs.ids()
    turn = iter(pair_ids * 10)

    def switch_pair() -> None:
        window.pair_list.choose(next(turn))
        qt.processEvents()

    pair = pair_ids[len(pair_ids) // 2]
    words = iter(["review", "latency", "onboarding", "stakeholder", "habit"] * 10)
    out = data / "summary.pdf"
    results: dict[str, float] = {}
    results["switch pair, workspace filled (ms)"] = median_ms(switch_pair)
    window.workspace.setCurrentWidget(
        window.workspace.sessions_tab
    )  # in front, as a person sees it
    qt.processEvents()
    view = PairView(services.pairs.get(pair), services.pairs.today())
    results["open the session log (ms)"] = median_ms(
        lambda: (window.workspace.sessions.show_pair(view), qt.processEvents())
    )

    results.update(overview_times(window, qt))
    results["team health, read in the background (ms)"] = median_ms(services.health.team)
    results["search across all pairs (ms)"] = median_ms(
        lambda: services.sessions.search(next(words))
    )
    results["build an agenda (ms)"] = median_ms(lambda: services.sessions.agenda(pair))
    results["calendar export (ms)"] = median_ms(lambda: services.calendar.export(pair))
    results["quarterly PDF (ms)"] = median_ms(
        lambda: write_pdf(services.reports.quarter_report(pair), str(out))
    )
    results["export the whole team (s)"] = (
        median_ms(lambda: services.interchange.export_file(data / "again.json"), 3) / 1000
    )
    results["peak memory (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    app.close()
    return results


def overview_times(window: Any, qt: Any) -> dict[str, float]:
    """The team overview: its window, and the wait until its rows show."""
    results: dict[str, float] = {}

    def background_done() -> None:
        if (team := window.companions.team_window) is not None:
            team.lane.wait()  # the overview reads on a lane of its own
        qt.processEvents()

    results["open the team overview (ms)"] = median_ms(
        lambda: (window.companions.show_team(), qt.processEvents()), after=background_done
    )

    def overview_rows() -> None:  # what a person waits for: the rows, not the window
        window.companions.show_team()
        background_done()
        qt.processEvents()

    def hide_overview() -> None:
        if (team := window.companions.team_window) is not None:
            team.hide()
            qt.processEvents()

    hide_overview()
    results["team overview until its rows show (ms)"] = median_ms(
        overview_rows, after=hide_overview
    )
    return results


def report_results(results: dict[str, float], scales: list[int]) -> None:
    """Print the results and keep them in results.json beside this script."""
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    width = max(len(k) for k in results)
    teams = ", ".join(f"{80 * n} pairs" for n in scales)
    print(f"MentorDesk benchmark — {teams}; 100 weeks each, 3 action items a week ({machine})")
    for key, value in results.items():
        print(f"  {key:<{width}}  {value:10.2f}")
    (ROOT / "results.json").write_text(
        json.dumps(
            {
                "machine": machine,
                "date": date.today().isoformat(),
                "scales": scales,
                "results": {k: round(v, 3) for k, v in results.items()},
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
