"""The start's full integrity check, kept off the start's path: in full before opening
only when the last full check is a day old or the last run did not close; otherwise
behind the opening, with every write waiting for it; never for a command that only reads.
A damaged database is still caught before anything is written to it."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from mentordesk.app import Check, open_app
from mentordesk.cli import _check_early
from mentordesk.domain.people import PersonDraft
from mentordesk.errors import DamagedDatabaseError, DatabaseError
from mentordesk.paths import app_paths
from mentordesk.services.clock import FixedClock
from mentordesk.store import safety
from mentordesk.store.safety import CheckStamp

pytestmark = pytest.mark.sqlite_only  # the embedded file itself

Checks = list[str]  # the thread each full check ran on


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Checks:
    """Where each quick_check ran (it still runs: a call-through spy)."""
    ran: Checks = []
    real = safety._check

    def spy(path: Path, pragma: str) -> str | None:
        if pragma == "PRAGMA quick_check":
            ran.append(threading.current_thread().name)
        return real(path, pragma)

    monkeypatch.setattr(safety, "_check", spy)
    return ran


@pytest.fixture
def database(data_dir: Path, clock: FixedClock) -> Path:
    """The default database, with enough rows for many pages, closed cleanly, checked
    in full a moment ago."""
    app = open_app(clock=clock)
    app.close()
    path = app_paths().default_db
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO people (external_id, name, email) VALUES (?, ?, ?)",
            [(f"p{i}", f"Person {i} " + "x" * 80, f"p{i}@example.org") for i in range(3000)],
        )
    conn.close()
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    stamp = CheckStamp(app_paths().check_stamp)
    stamp.record(clock.now().astimezone().replace(tzinfo=None))
    return path


def damage_a_data_page(path: Path) -> bytes:
    """Overwrite one page in the middle of the people table: the schema (page 1) still
    reads, so only the full check can tell."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page) // 2
    data[middle * page : (middle + 1) * page] = b"\x13" * page
    path.write_bytes(bytes(data))
    assert safety.quick_check(path) is not None  # damage the full check does see
    return bytes(data)


def test_a_sound_database_opens_before_its_check_and_writes_once_it_passed(
    database: Path, clock: FixedClock, checks: Checks
) -> None:
    app = open_app(clock=clock, check=Check.BEHIND)
    try:
        assert threading.current_thread().name not in checks  # none on the start's path
        app.services.people.create(PersonDraft("Zoë Adams", "zoe@example.org"))
        once = [threading.current_thread().name]  # the first write asked for it: run then
        assert checks == once
        assert app.integrity is not None
        assert app.integrity() is None
        app.services.people.create(PersonDraft("Yan Li", "yan@example.org"))
        assert checks == once  # asked once per start, not per write
    finally:
        app.close()


def test_a_check_behind_the_window_starts_only_when_first_asked(
    database: Path, clock: FixedClock, checks: Checks
) -> None:
    """Not at launch, where it would share a cold disk with the code loading, but when the
    window's watch (once the window is up, in its own thread) or the first write asks."""
    now = clock.now().astimezone().replace(tzinfo=None)
    assert _check_early(None, now) is None  # the launch starts none: not due
    app = open_app(clock=clock, check=Check.BEHIND)
    try:
        assert "quick-check" not in [t.name for t in threading.enumerate()]
        assert checks == []
        integrity = app.integrity
        assert integrity is not None
        watch = threading.Thread(target=integrity, name="integrity-watch")
        watch.start()
        watch.join()
        assert checks == ["integrity-watch"]  # in the thread that asked
    finally:
        app.close()
    CheckStamp(app_paths().check_stamp).path.unlink()  # due: the launch starts it at once
    early = _check_early(None, now)
    assert early is not None
    assert early.result_for(database) is None


def test_a_damaged_database_takes_no_write_and_says_so(
    database: Path, clock: FixedClock, checks: Checks
) -> None:
    damaged = damage_a_data_page(database)
    checks.clear()
    app = open_app(clock=clock, check=Check.BEHIND)  # opens: the damage is not looked for
    try:
        with pytest.raises(DatabaseError, match=r"(?s)damaged .*nothing was written"):
            app.services.people.create(PersonDraft("Zoë Adams", "zoe@example.org"))
        with pytest.raises(DatabaseError, match="damaged"):  # nor the next one
            app.services.people.create(PersonDraft("Yan Li", "yan@example.org"))
        assert app.integrity is not None
        assert app.integrity() is not None  # what the window then tells
    finally:
        app.close()
    assert database.read_bytes() == damaged  # not a byte written
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0


@pytest.mark.parametrize("why", ["no check for a day", "the last run did not close"])
def test_the_check_runs_in_full_before_opening_when_it_is_due(
    database: Path, clock: FixedClock, checks: Checks, why: str
) -> None:
    damage_a_data_page(database)
    paths = app_paths()
    if why == "no check for a day":
        CheckStamp(paths.check_stamp).record(
            clock.now().astimezone().replace(tzinfo=None) - timedelta(days=1, seconds=1)
        )
    else:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        paths.running_marker.write_text("4242 2026-11-21T09:00:00\n", encoding="utf-8")
    checks.clear()
    with pytest.raises(DamagedDatabaseError):
        open_app(clock=clock, check=Check.BEHIND)
    assert checks == [threading.current_thread().name]  # on the start's path


def test_a_command_that_only_reads_never_runs_the_full_check(
    database: Path, clock: FixedClock, checks: Checks
) -> None:
    checks.clear()
    CheckStamp(app_paths().check_stamp).path.unlink()  # even with none on record
    app = open_app(clock=clock, check=Check.CHEAP)
    try:
        assert len(app.services.people.all()) == 3000
    finally:
        app.close()
    assert checks == []
    app = open_app(clock=clock)  # a command that writes: in full, first
    app.close()
    assert checks == [threading.current_thread().name]


def test_after_a_restore_the_database_takes_writes_again(
    database: Path, clock: FixedClock, checks: Checks
) -> None:
    backup = safety.BackupFolder(app_paths().backup_dir).take(
        database, clock.now().astimezone().replace(tzinfo=None)
    )
    damage_a_data_page(database)
    app = open_app(clock=clock, check=Check.BEHIND)
    try:
        with pytest.raises(DatabaseError, match="damaged"):
            app.services.people.create(PersonDraft("Zoë Adams", "zoe@example.org"))
        app.services.safety.restore(backup.path)  # as File ▸ Restore from Backup… does
        app.services.people.create(PersonDraft("Zoë Adams", "zoe@example.org"))
        assert any(p.name == "Zoë Adams" for p in app.services.people.all())
    finally:
        app.close()
