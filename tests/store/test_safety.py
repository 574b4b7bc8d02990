"""Backups, rotation, damaged databases, restore and checks on real SQLite files."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.errors import DamagedDatabaseError, DatabaseError
from mentordesk.store import safety
from mentordesk.store.opening import check_at_start, open_store
from mentordesk.store.safety import BackupFolder, EarlyCheck, full_check, quick_check, restore

pytestmark = pytest.mark.sqlite_only  # the embedded file itself

NOW = datetime(2026, 11, 21, 10, 0)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "mentordesk.sqlite3"
    path.parent.mkdir()
    open_store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO people (external_id, name, email) VALUES ('a', 'Ana', 'a@x.org')")
    return path


def test_a_backup_is_a_verified_private_copy(database: Path, tmp_path: Path) -> None:
    folder = BackupFolder(tmp_path / "backups")
    made = folder.take(database, NOW)
    assert made.path.name == "mentordesk-20261121-100000.sqlite3"
    assert quick_check(made.path) is None
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("SELECT name FROM people").fetchall() == [("Ana",)]
    if os.name == "posix":
        assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert folder.take(database, NOW).path.name == "mentordesk-20261121-100000-2.sqlite3"


def test_a_copy_is_private_while_it_is_written(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes: dict[str, int] = {}
    connect = sqlite3.connect

    def spy(path: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        if str(path).endswith(".partial"):
            modes[str(path)] = stat.S_IMODE(Path(str(path)).stat().st_mode)
        return connect(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(safety.sqlite3, "connect", spy)
    BackupFolder(tmp_path / "backups").take(database, NOW)
    assert list(modes.values()) == [0o600]


def test_leftovers_of_a_copy_cut_off_are_swept_at_the_next_one(
    database: Path, tmp_path: Path
) -> None:
    folder = BackupFolder(tmp_path / "backups")
    folder.folder.mkdir()
    old = [folder.folder / f"mentordesk-20261121-0{n}0000.sqlite3.partial" for n in (7, 8)]
    old.append(Path(f"{old[0]}-journal"))
    young = folder.folder / "mentordesk-20261121-095959.sqlite3.partial"
    for path, written in [*((p, NOW - timedelta(hours=2)) for p in old), (young, NOW)]:
        path.write_bytes(b"cut off")
        os.utime(path, (written.timestamp(), written.timestamp()))
    folder.take(database, NOW)
    left = sorted(p.name for p in folder.folder.iterdir())
    assert left == [young.name, "mentordesk-20261121-100000.sqlite3"]  # another may write it


def test_rotation_keeps_ten_then_daily_then_weekly(database: Path, tmp_path: Path) -> None:
    folder = BackupFolder(tmp_path / "backups")
    # Four a day for 15 days, taken as time runs: oldest first.
    made = [folder.take(database, NOW - timedelta(hours=6 * i)) for i in reversed(range(60))]
    kept = {b.taken_at for b in folder.backups()}
    assert {b.taken_at for b in made[-10:]} <= kept  # the last 10
    for day in range(7):  # one a day for the last 7 calendar days
        assert any(t.date() == (NOW - timedelta(days=day)).date() for t in kept)
    weeks = {t.isocalendar()[:2] for t in kept}
    assert {(2026, 45), (2026, 46), (2026, 47)} <= weeks  # one a week, 3 weeks of data
    assert datetime(2026, 11, 8, 22) in kept  # the newest of ISO week 45
    assert len(kept) < 25


def test_a_damaged_database_is_set_aside_unchanged_and_the_backup_offered(
    database: Path, tmp_path: Path
) -> None:
    folder = BackupFolder(tmp_path / "backups")
    good = folder.take(database, NOW - timedelta(hours=1))
    damaged = b"SQLite format 3\x00" + os.urandom(4096)
    database.write_bytes(damaged)
    with pytest.raises(DamagedDatabaseError) as caught:
        check_at_start(f"sqlite:///{database}", folder, NOW)
    error = caught.value
    assert error.aside.read_bytes() == damaged  # byte for byte
    assert not database.exists()
    assert error.latest == good.path
    assert f"mentordesk restore {good.path}" in error.message
    assert "set aside, unchanged" in error.message


def test_restore_puts_a_backup_back(database: Path, tmp_path: Path) -> None:
    folder = BackupFolder(tmp_path / "backups")
    made = folder.take(database, NOW)
    with sqlite3.connect(database) as conn:
        conn.execute("DELETE FROM people")
    restore(made.path, database)
    with sqlite3.connect(database) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone() == (1,)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    with pytest.raises(DatabaseError, match="is not a MentorDesk backup"):
        restore(junk, database)


def test_the_full_check_finds_broken_references(database: Path) -> None:
    assert full_check(database) == []
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO pairs (external_id, mentor_id, mentee_id, started_on, "
            "quarters) VALUES ('p', 1, 99, '2026-09-07', 'partnership')"
        )
    assert full_check(database) == ["a row in pairs (rowid 1) refers to a missing people"]


def test_the_early_check_finds_damage_and_checks_afresh_once_used(
    database: Path, tmp_path: Path
) -> None:
    good = database.read_bytes()
    database.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    early = EarlyCheck(database)
    folder = BackupFolder(tmp_path / "backups")
    with pytest.raises(DamagedDatabaseError):
        check_at_start(f"sqlite:///{database}", folder, NOW, early)
    database.write_bytes(good)  # put back, as a restore would
    check_at_start(f"sqlite:///{database}", folder, NOW, early)  # a fresh check: sound
    assert EarlyCheck(database).result_for(database) is None


def test_the_rotation_keeps_at_most_five_times_the_newest_copys_size(tmp_path: Path) -> None:
    folder = BackupFolder(tmp_path / "backups")
    folder.folder.mkdir()
    size = 40 * 1024 * 1024  # sparse: the size is counted, the disk barely used
    for hour in range(12):  # twelve copies today, each 40 MB
        path = folder.folder / f"mentordesk-20261121-{hour:02d}0000.sqlite3"
        with path.open("wb") as out:
            out.truncate(size)
    folder.thin(NOW)
    kept = sorted(p.name for p in folder.folder.glob("*.sqlite3"))
    # Ten by count alone; five copies are 200 MB, five times the newest one.
    assert kept == [f"mentordesk-20261121-{h:02d}0000.sqlite3" for h in range(7, 12)]


def test_a_small_database_keeps_its_whole_rotation(database: Path, tmp_path: Path) -> None:
    folder = BackupFolder(tmp_path / "backups")
    for i in reversed(range(12)):
        folder.take(database, NOW - timedelta(minutes=i))
    assert len(folder.backups()) == 10  # the count rules; 100 MB is far off


def test_a_copy_is_due_only_when_the_data_changed(database: Path, tmp_path: Path) -> None:
    from mentordesk.services import Services
    from mentordesk.services.clock import FixedClock

    store = open_store(f"sqlite:///{database}")
    try:
        services = Services.over(store, FixedClock(NOW.astimezone()), tmp_path / "backups")
        assert services.safety.backup_if_changed() is not None  # none yet: one is due
        assert services.safety.backup_if_changed() is None  # nothing changed since
        from mentordesk.domain.people import PersonDraft

        services.people.create(PersonDraft("Zoë Adams", "zoe@example.org"))
        assert services.safety.backup_if_changed() is not None  # a write marks it due
        assert services.safety.backup_if_changed() is None
        marker = services.safety.folder.marker
        marker.touch()
        later = NOW.timestamp() + 10**9  # a write during the copy (after it began)
        os.utime(marker, (later, later))
        services.safety.backup()
        assert marker.exists()  # so the next round still takes a copy
    finally:
        store.close()
