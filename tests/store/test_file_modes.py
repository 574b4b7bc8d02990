"""Every file MentorDesk makes is 0600 and every folder 0700, whatever the umask; a data
or log folder that cannot be used is told plainly, never as a traceback."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from disks import ROOT, assert_private, mode_of, tmpfs

from mentordesk.app import configure_logging, open_app
from mentordesk.calendar_files.method import Method
from mentordesk.cli import main
from mentordesk.files import (
    FileAccessError,
    append_private,
    create_private,
    ensure_private_dir,
    write_atomically,
)
from mentordesk.paths import app_paths
from mentordesk.settings import Settings, SettingsStore
from mentordesk.store.local_file import LOCAL_FILE, LocalFile

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("own_logging"),
]


@contextmanager
def unwritable(tmp_path: Path) -> Iterator[Path]:
    """A folder MentorDesk cannot write in: a read-only tmpfs as root (where modes do not
    stop anyone), else a folder without write permission."""
    if ROOT:
        with tmpfs(tmp_path / "read-only", "ro") as folder:
            yield folder
        return
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        yield folder
    finally:
        folder.chmod(0o700)


# ---- the real code paths, under both umasks ------------------------------------------


def test_the_app_makes_its_data_folder_and_files_private(umask: int, data_dir: Path) -> None:
    log_file = configure_logging(app_paths())
    assert log_file == data_dir / "logs" / "mentordesk.log"
    logging.getLogger("mentordesk.test").warning("a line in the log")
    app = open_app()
    try:
        app.services.demo.load(force=False)
        # While it is open the database has its journal and shared memory beside it.
        assert {p.name for p in data_dir.glob("mentordesk.sqlite3*")} >= {
            "mentordesk.sqlite3",
            "mentordesk.sqlite3-wal",
            "mentordesk.sqlite3-shm",
        }
        assert_private(data_dir)
        app.services.safety.backup()
        app.settings.save(Settings(first_run_done=True))
        pair = app.services.pairs.find("chen-hana")
        series = app.services.meetings.series_of(pair.id)
        (draft,), _ = app.services.calendar.write_drafts(pair.id, Method.REQUEST, [series[-1].id])
        app.services.interchange.export_file(data_dir / "team.json")
        app.services.calendar.write(pair.id, data_dir / "meetings.ics")
    finally:
        app.close()
    found = assert_private(data_dir)
    assert draft.parent == data_dir / "drafts"
    for made in (
        "logs",
        "logs/mentordesk.log",
        "backups",
        "settings.json",
        f"drafts/{draft.name}",
        "team.json",
        "meetings.ics",
    ):
        assert made in found


def test_every_command_leaves_only_private_files(
    umask: int, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (
        ["demo"],
        ["pairs"],
        ["backup"],
        ["check"],
        ["export", "-o", str(data_dir / "export.json"), "--include-private"],
        ["ics", "chen-hana", "-o", str(data_dir / "invitation.eml"), "--invite", "--eml"],
        ["backup", "-o", str(data_dir / "copy.sqlite3")],
    ):
        assert main(command) == 0, capsys.readouterr().err
    found = assert_private(data_dir)
    assert {"mentordesk.sqlite3", "logs/mentordesk.log", "export.json", "copy.sqlite3"} <= set(
        found
    )
    assert any(name.startswith("backups/mentordesk-") for name in found)


def test_this_computers_own_file_is_private(umask: int, tmp_path: Path) -> None:
    folder = tmp_path / "install"
    ensure_private_dir(folder)
    local = LocalFile(folder / LOCAL_FILE)
    try:
        with local.engine.begin() as connection:
            connection.exec_driver_sql("SELECT 1")
        assert_private(folder)
    finally:
        local.close()
    assert_private(folder)


# ---- the helpers, under both umasks --------------------------------------------------


def test_new_folders_and_their_missing_parents_are_private(umask: int, tmp_path: Path) -> None:
    ensure_private_dir(tmp_path / "a" / "b" / "data")
    assert_private(tmp_path / "a")
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    ensure_private_dir(shared)
    assert oct(mode_of(shared)) == "0o700"


def test_files_are_private_from_the_first_byte(umask: int, tmp_path: Path) -> None:
    with append_private(tmp_path / "crash.log") as handle:
        handle.write("x")
    create_private(tmp_path / "ui-state.ini")
    old = tmp_path / "old.ini"
    old.write_text("[General]\n", encoding="utf-8")
    old.chmod(0o644)
    create_private(old)
    assert old.read_text(encoding="utf-8") == "[General]\n"  # kept, only made private
    write_atomically(tmp_path / "export.json", b"{}")
    SettingsStore(tmp_path / "config" / "settings.json").save(Settings())
    assert_private(tmp_path)


def test_an_atomic_write_can_still_be_given_another_mode(umask: int, tmp_path: Path) -> None:
    write_atomically(tmp_path / "shared.txt", b"x", mode=0o644)
    assert oct(mode_of(tmp_path / "shared.txt")) == "0o644"


def test_an_atomic_write_never_makes_a_folder_nor_writes_into_one(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError, match=r"the folder .*missing does not exist"):
        write_atomically(tmp_path / "missing" / "x.json", b"{}")
    assert not (tmp_path / "missing").exists()
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(FileAccessError, match="it is a folder"):
        write_atomically(tmp_path / "folder.json", b"{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.json"]


def test_a_failed_check_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(FileAccessError, match=r"cannot write .*report.pdf: cut short"):
        write_atomically(target, b"new", check=lambda _written: "cut short")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


# ---- folders that cannot be used ------------------------------------------------------


def test_an_unwritable_data_folder_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with unwritable(tmp_path) as folder:
        data = folder / "data"
        monkeypatch.setenv("MENTORDESK_DATA_DIR", str(data))
        with pytest.raises(FileAccessError) as caught:
            open_app()
        reason = "the disk is read-only" if ROOT else "permission denied"
        assert caught.value.message == f"cannot use the data folder {data}: {reason}"
        assert not data.exists()


def test_a_folder_of_another_user_is_refused() -> None:
    """A folder MentorDesk cannot make private (here: world-writable, someone else's) is
    refused, and the message says whose it is."""
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-others-"))
    folder.chmod(0o777)
    if ROOT:
        os.chown(folder, 0, 0)
        become = 65534  # nobody, for the length of the check
    elif folder.stat().st_uid == os.geteuid():
        folder.rmdir()
        pytest.skip("needs root to play another user")
    try:
        if ROOT:
            os.seteuid(become)
        with pytest.raises(FileAccessError) as caught:
            ensure_private_dir(folder, "the data folder")
    finally:
        if ROOT:
            os.seteuid(0)
        folder.rmdir()
    assert (
        caught.value.message == f"cannot use the data folder {folder}: it belongs to another user"
    )


def test_the_log_falls_back_to_stderr_when_its_folder_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with unwritable(tmp_path) as folder:
        monkeypatch.setenv("MENTORDESK_DATA_DIR", str(folder / "data"))
        assert configure_logging(app_paths()) is None
        logging.getLogger("mentordesk.test").error("told on the terminal")
        err = capsys.readouterr().err
        assert f"cannot use the log folder {folder / 'data' / 'logs'}: " in err
        assert "told on the terminal" in err


def test_a_command_on_an_unwritable_folder_exits_2_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with unwritable(tmp_path) as folder:
        data = folder / "data"
        monkeypatch.setenv("MENTORDESK_DATA_DIR", str(data))
        assert main(["pairs"]) == 2
        err = capsys.readouterr().err
        reason = "the disk is read-only" if ROOT else "permission denied"
        assert f"mentordesk: cannot use the data folder {data}: {reason}" in err
        assert "Traceback" not in err
        assert "details are in" not in err


def test_a_writing_command_on_an_unwritable_folder_exits_2_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with unwritable(tmp_path) as folder:
        data = folder / "data"
        monkeypatch.setenv("MENTORDESK_DATA_DIR", str(data))
        assert main(["demo"]) == 2
        assert f"cannot use the data folder {data}: " in capsys.readouterr().err


def test_a_folder_of_the_persons_own_keeps_its_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--db shared/team.sqlite3` makes the database private, not the person's folder."""
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    assert main(["--db", str(shared / "team.sqlite3"), "demo"]) == 0
    assert mode_of(shared) == 0o755
    assert mode_of(shared / "team.sqlite3") == 0o600
    capsys.readouterr()
