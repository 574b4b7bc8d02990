"""Faults told from the driver's codes, and what the start does with each: only proven
damage of a MentorDesk file sets it aside; anything else is said and left alone."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from disks import fill, tmpfs
from sqlalchemy import text

from mentordesk.errors import DamagedDatabaseError, DatabaseError
from mentordesk.store.faults import DatabaseFault, Fault, classify
from mentordesk.store.opening import check_at_start, open_store
from mentordesk.store.safety import BackupFolder

pytestmark = pytest.mark.sqlite_only
NOW = datetime(2026, 11, 21, 10, 0)


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A sound MentorDesk database with one person."""
    path = tmp_path / "mentordesk.sqlite3"
    store = open_store(url(path))
    with store.writing() as uow:
        uow.connection().execute(
            text("INSERT INTO people (external_id, name, email) VALUES ('a', 'Ana', 'a@x.org')")
        )
        uow.commit()
    store.close()
    return path


def sqlite_error(action: str, tmp_path: Path) -> sqlite3.Error:
    path = tmp_path / f"{action}.db"
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
    setup.commit()
    try:
        if action == "busy":
            setup.execute("BEGIN IMMEDIATE")
            other = sqlite3.connect(path, timeout=0)
            other.execute("BEGIN IMMEDIATE")
        elif action == "read-only":
            sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("INSERT INTO t VALUES (1)")
        elif action == "constraint":
            setup.execute("INSERT INTO t VALUES (1)")
            setup.execute("INSERT INTO t VALUES (1)")
        elif action == "not a database":
            path.write_bytes(b"this is a letter, not a database\n" * 200)
            sqlite3.connect(path).execute("SELECT * FROM t")
        elif action == "cannot open":
            sqlite3.connect(tmp_path / "no-such-folder" / "x.db")
    except sqlite3.Error as error:
        return error
    finally:
        setup.close()
    raise AssertionError(f"{action} raised nothing")


@pytest.mark.parametrize(
    ("action", "fault"),
    [
        ("busy", Fault.BUSY),
        ("read-only", Fault.READ_ONLY),
        ("constraint", Fault.CONSTRAINT),
        ("not a database", Fault.NOT_A_DATABASE),
        ("cannot open", Fault.CANNOT_OPEN),
    ],
)
def test_sqlite_errors_are_told_by_their_codes(tmp_path: Path, action: str, fault: Fault) -> None:
    assert classify(sqlite_error(action, tmp_path)) is fault


def test_postgres_states_and_os_errors() -> None:
    class StateError(Exception):
        def __init__(self, state: str) -> None:
            self.sqlstate = state

    assert classify(StateError("53100")) is Fault.DISK_FULL
    assert classify(StateError("08006")) is Fault.UNREACHABLE
    assert classify(StateError("40P01")) is Fault.BUSY
    assert classify(StateError("XX001")) is Fault.CORRUPT
    assert classify(StateError("22007")) is None  # a bad value: a bug, not a fault
    assert classify(OSError(28, "No space left on device")) is Fault.DISK_FULL
    assert classify(PermissionError(13, "Permission denied")) is Fault.PERMISSION
    assert classify(ValueError("x")) is None


def test_a_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "home"
    (folder / "letters").mkdir(parents=True)
    with pytest.raises(DatabaseError, match="is a folder"):
        check_at_start(url(folder), BackupFolder(tmp_path / "backups"), NOW)
    assert (folder / "letters").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_another_programs_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "firefox-places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = other.read_bytes()
    with pytest.raises(DatabaseError, match="another program"):
        check_at_start(url(other), BackupFolder(tmp_path / "backups"), NOW)
    assert other.read_bytes() == before


def test_a_file_that_is_no_database_is_refused_unless_it_is_mentordesks(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Ana,\n" * 500)
    with pytest.raises(DatabaseError, match="not a MentorDesk database"):
        check_at_start(url(letter), BackupFolder(tmp_path / "backups"), NOW)
    assert letter.exists()
    own = tmp_path / "mentordesk.sqlite3"
    own.write_text("Dear Ana,\n" * 500)  # MentorDesk's own file, overwritten: damage
    with pytest.raises(DamagedDatabaseError) as caught:
        check_at_start(url(own), BackupFolder(tmp_path / "backups"), NOW)
    assert not own.exists()
    assert caught.value.aside.read_text().startswith("Dear Ana")


def test_an_empty_mentordesk_file_is_damage_an_empty_chosen_file_a_new_database(
    tmp_path: Path, database: Path
) -> None:
    backups = BackupFolder(tmp_path / "backups")
    backups.take(database, NOW)
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DamagedDatabaseError, match=r"empty \(0 bytes\)") as caught:
        check_at_start(url(database), backups, NOW)
    assert caught.value.latest is not None  # the backup is offered
    chosen = tmp_path / "new.db"
    chosen.touch()
    check_at_start(url(chosen), backups, NOW)  # no complaint: it becomes a new database


def test_a_damaged_database_is_set_aside(tmp_path: Path, database: Path) -> None:
    with database.open("r+b") as handle:  # wreck every page after the first
        handle.seek(4096)
        handle.write(b"\xff" * (database.stat().st_size - 4096))
    with pytest.raises(DamagedDatabaseError) as caught:
        check_at_start(url(database), BackupFolder(tmp_path / "backups"), NOW)
    assert caught.value.aside.exists()
    assert not database.exists()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (needs root, as in CI); unmounted after the test."""
    with tmpfs(tmp_path / "disk", size="1m") as mount:
        yield mount


def test_a_full_disk_is_said_and_nothing_is_set_aside(database: Path, small_disk: Path) -> None:
    path = small_disk / "mentordesk.sqlite3"
    shutil.copy(database, path)
    backups = BackupFolder(small_disk / "backups")
    fill(small_disk)
    with pytest.raises(DatabaseFault, match="disk is full") as refused:
        check_at_start(url(path), backups, NOW)  # reading a WAL database needs some room
    assert refused.value.fault is Fault.DISK_FULL
    assert path.exists()
    (small_disk / "ballast").unlink()
    check_at_start(url(path), backups, NOW)
    store = open_store(url(path))
    fill(small_disk)  # while it is open

    def write_until_full() -> None:
        for n in range(2000):  # until the WAL can grow no more
            with store.writing() as uow:
                uow.connection().execute(
                    text(
                        "INSERT INTO people (external_id, name, email) VALUES (:x, :n, 'a@x.org')"
                    ),
                    {"x": f"p{n}", "n": "Ana " * 200},
                )
                uow.commit()

    try:
        with pytest.raises(DatabaseFault) as caught:
            write_until_full()
        assert caught.value.fault is Fault.DISK_FULL
        assert caught.value.transient
        assert "The disk is full" in caught.value.message
    finally:
        store.close()
    (small_disk / "ballast").unlink()
    check_at_start(url(path), backups, NOW)  # still sound, still where it was
    assert path.exists()
    assert not list(small_disk.glob("*.damaged-*"))


def test_a_read_only_disk_is_said_and_nothing_is_set_aside(
    database: Path, small_disk: Path
) -> None:
    path = small_disk / "mentordesk.sqlite3"
    shutil.copy(database, path)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        backups = BackupFolder(small_disk / "backups")
        with pytest.raises(DatabaseFault, match="read-only") as caught:
            check_at_start(url(path), backups, NOW)
        assert caught.value.fault is Fault.READ_ONLY
        assert path.exists()
        assert not list(small_disk.glob("*.damaged-*"))
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=False)


def test_the_backup_offered_is_one_that_can_be_restored(tmp_path: Path, database: Path) -> None:
    backups = BackupFolder(tmp_path / "backups")
    good = backups.take(database, NOW)
    newer = backups.take(database, NOW.replace(hour=11))
    with sqlite3.connect(newer.path) as conn:  # a copy of a newer MentorDesk's database
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    latest = backups.latest_good()
    assert latest is not None
    assert latest.path == good.path


def wal_after_a_crash(folder: Path, name: str) -> Path:
    """A MentorDesk database in `folder` as a kill -9 leaves it: its last writes only in
    its journal (-wal). The copy is taken while the writer still has it open."""
    live = folder / "live" / "mentordesk.sqlite3"
    live.parent.mkdir(parents=True)
    store = open_store(url(live))
    connection = store.engine.raw_connection()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the schema into the file
    connection.close()
    with store.writing() as uow:  # and this write only into the journal
        uow.connection().execute(
            text("INSERT INTO people (external_id, name, email) VALUES ('x', :n, 'x@x.org')"),
            {"n": name},
        )
        uow.commit()
    target = folder / "mentordesk.sqlite3"
    for suffix in ("", "-wal"):
        shutil.copy(f"{live}{suffix}", f"{target}{suffix}")
    store.close()
    return target


def test_a_journal_from_another_database_is_damage_its_own_is_not(tmp_path: Path) -> None:
    own = wal_after_a_crash(tmp_path / "a", "Written in A")
    other = wal_after_a_crash(tmp_path / "b", "Written in B")
    backups = BackupFolder(tmp_path / "backups")
    check_at_start(url(own), backups, NOW)  # its own journal: fine, the writes are there
    with sqlite3.connect(f"file:{own}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT name FROM people").fetchall() == [("Written in A",)]
    shutil.copy(f"{other}-wal", f"{own}-wal")  # another database's journal beside A
    with pytest.raises(DamagedDatabaseError, match="belongs to another database") as caught:
        check_at_start(url(own), backups, NOW)
    assert Path(f"{caught.value.aside}-wal").exists()  # both kept, untouched
