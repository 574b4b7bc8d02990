"""The interactions a pair uses in a meeting, timed in a real main window (offscreen),
each with its tab in front and painting included; and the database round trips one
switch of pair costs."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import Pool

RUNS = 7


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


def settle(qt: Any, seconds: float) -> None:
    """Run the event loop for `seconds`: the start's deferred work (tabs built a second
    after the window shows, the ORM models) done before anything is timed or counted."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        qt.processEvents()
        time.sleep(0.01)


class RoundTrips:
    """What is sent to the databases while counting, by dialect: statements (SQLAlchemy's
    before_cursor_execute, BEGIN left out) and the rest of a transaction's round trips
    (BEGIN, COMMIT or ROLLBACK, and the pool's ping before a server connection is used)."""

    def __init__(self) -> None:
        self.counting = False
        self.statements: dict[str, int] = {}
        self.others: dict[str, int] = {}
        self.log: list[str] = []  # the statements, shortened
        self._hooks: list[tuple[Any, str, Callable[..., None]]] = [
            (Engine, "before_cursor_execute", self._statement),
            (Engine, "commit", self._ended),
            (Engine, "rollback", self._ended),
            (Pool, "checkout", self._checkout),
        ]
        for target, name, hook in self._hooks:
            event.listen(target, name, hook)

    def close(self) -> None:
        """Stop listening."""
        for target, name, hook in self._hooks:
            event.remove(target, name, hook)

    def _add(self, kind: dict[str, int], dialect: str) -> None:
        if self.counting:
            kind[dialect] = kind.get(dialect, 0) + 1

    def _statement(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        begin = statement.lstrip().upper().startswith("BEGIN")
        self._add(self.others if begin else self.statements, conn.dialect.name)
        if self.counting:
            self.log.append(f"{conn.dialect.name}: {' '.join(statement.split())[:90]}")
        if begin or conn.dialect.name != "postgresql" or _autocommit(conn):
            return
        if conn.info.get("begun") is None:
            conn.info["begun"] = True  # psycopg sends BEGIN before a transaction's first
            self._add(self.others, "postgresql")

    def _ended(self, conn: Any) -> None:
        if conn.dialect.name == "postgresql" and _autocommit(conn):
            return  # psycopg sends nothing to end what it never began
        conn.info.pop("begun", None)
        self._add(self.others, conn.dialect.name)

    def _checkout(self, _dbapi: Any, record: Any, _proxy: Any) -> None:
        """A pooled server connection is tested (one round trip, outside a transaction)
        only when it has been idle PING_AFTER_S or longer: counted when the app's own
        rule tests it."""
        from mentordesk.store.engine import PING_AFTER_S

        if "psycopg" not in type(record.dbapi_connection).__module__:
            return
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since >= PING_AFTER_S:
            self._add(self.others, "postgresql")


def _autocommit(conn: Any) -> bool:
    """Whether the server connection under `conn` runs each statement on its own (reads
    do: no BEGIN, no COMMIT); False for one that is gone."""
    try:
        return bool(getattr(conn.connection.dbapi_connection, "autocommit", False))
    except Exception:  # invalidated: it sends nothing more either way
        return False


def measured(
    data: Path, words: dict[str, tuple[str, int]], db: str | None = None
) -> tuple[dict[str, float], list[str]]:
    """`interaction_times` in a fresh process: the code as it is now, a clean start."""
    command = [sys.executable, __file__, str(data), json.dumps(words), db or ""]
    env = {k: v for k, v in os.environ.items() if k != "MENTORDESK_DB"}
    env |= {"MENTORDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"timing the interactions failed:\n{done.stderr[-3000:]}")
    figures, statements = json.loads(done.stdout.splitlines()[-1])
    return figures, statements


def interaction_times(
    data: Path, words: dict[str, tuple[str, int]], db: str | None = None
) -> dict[str, float]:
    """Each interaction in a real main window over the team in `db` (default: the data
    folder's own database), and the round trips of a pair switch."""
    from PySide6.QtWidgets import QApplication

    from mentordesk.app import open_app
    from mentordesk.domain.pairs import PairView
    from mentordesk.ui.printing.report import write_pdf
    from mentordesk.ui.window.application import settle_memory, ui_state
    from mentordesk.ui.window.main_window import MainWindow

    qt = QApplication.instance() or QApplication([])
    app = open_app(db)
    services = app.services
    window = MainWindow(services, app.settings, ui_state(app.paths))
    window.show()
    settle(qt, 3)
    if (backup := window.guards.auto_backup) is not None:  # its start-up copy, taken now:
        backup.first_copy.stop()  # it would otherwise fall in the middle of the timings
        backup.at_start()
        backup.wait()
    settle_memory()  # as the app does once its window is up (what the start built frozen)
    pair_ids = services.pairs.ids()
    turn = iter(pair_ids * 20)

    def switch_pair() -> None:
        window.pair_list.choose(next(turn))
        qt.processEvents()

    pair = pair_ids[len(pair_ids) // 2]
    out = data / "summary.pdf"
    results: dict[str, float] = {}
    results["switch pair, workspace filled (ms)"] = median_ms(switch_pair)
    trips, statements = round_trips(switch_pair, qt, "postgresql" if db else "sqlite")
    results.update(trips)
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)  # in front, as seen
    qt.processEvents()
    view = PairView(services.pairs.get(pair), services.pairs.today())
    results["open the session log (ms)"] = median_ms(
        lambda: (window.workspace.sessions.show_pair(view), qt.processEvents())
    )
    results.update(overview_times(window, qt))
    results["team health, read in the background (ms)"] = median_ms(services.health.team)
    for frequency, (word, rank) in words.items():
        results[f"search a {frequency} word ('{word}', rank {rank}) (ms)"] = median_ms(
            lambda word=word: services.sessions.search(word)
        )
    results["build an agenda (ms)"] = median_ms(lambda: services.sessions.agenda(pair))
    results["calendar export (ms)"] = median_ms(lambda: services.calendar.export(pair))
    results["quarterly PDF (ms)"] = median_ms(
        lambda: write_pdf(services.reports.quarter_report(pair), str(out))
    )
    window.close()
    app.close()
    qt.processEvents()
    return results, statements


def round_trips(
    switch_pair: Callable[[], None], qt: Any, dialect: str
) -> tuple[dict[str, float], list[str]]:
    """Statements and round trips per pair switch, over ten switches, each followed by
    half a second of the event loop so that what the switch starts in the background
    is counted too; and the statements of the last switch."""
    counter = RoundTrips()
    switches = 10
    try:
        counter.counting = True
        for _ in range(switches):
            counter.log.clear()
            switch_pair()
            settle(qt, 0.5)
        counter.counting = False
    finally:
        counter.close()
    statements = counter.statements.get(dialect, 0) / switches
    others = counter.others.get(dialect, 0) / switches
    results = {
        "statements per pair switch (before_cursor_execute)": statements,
        "round trips per pair switch, BEGIN, COMMIT and ping included": statements + others,
    }
    local = sum(counter.statements.values()) - counter.statements.get(dialect, 0)
    if local:
        results["statements per pair switch to the local file (private notes)"] = local / switches
    return results, counter.log


def overview_times(window: Any, qt: Any) -> dict[str, float]:
    """The team overview in a new window each time, as when it is first opened (the
    process's own caches, of meeting times and database pages, as the first run left
    them): the window, the wait until its first rows are painted (those that fill the
    window, handed over early), and until every pair's row is there."""
    from PySide6.QtCore import QEvent, QEventLoop, QTimer

    times: dict[str, list[float]] = {"open": [], "first": [], "every": []}
    for _ in range(RUNS):
        start = time.perf_counter()
        window.companions.show_team()
        qt.processEvents()
        times["open"].append(time.perf_counter() - start)
        team = window.companions.team_window
        if team.model.rowCount() == 0:  # wait, idle, for the first rows
            waiting = QEventLoop()
            team.model.modelReset.connect(waiting.quit)
            QTimer.singleShot(30_000, waiting.quit)
            waiting.exec()
        qt.processEvents()  # painted
        times["first"].append(time.perf_counter() - start)
        team.lane.wait()  # the rest of the team
        qt.processEvents()
        times["every"].append(time.perf_counter() - start)
        team.hide()  # untimed: gone, so that the next showing is a first one again
        team.deleteLater()
        window.companions.team_window = None
        qt.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qt.processEvents()
    median = {name: 1000 * statistics.median(found) for name, found in times.items()}
    return {
        "open the team overview (ms)": median["open"],
        "team overview until its rows show (ms)": median["first"],
        "team overview until every pair's row is read (ms)": median["every"],
    }


if __name__ == "__main__":
    folder, chosen, server = sys.argv[1:4]
    print(json.dumps(interaction_times(Path(folder), json.loads(chosen), server or None)))
