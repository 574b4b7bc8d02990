"""The quarterly PDF is written whole or not at all, and private; so are the files the
window keeps (its view state, its lock, its logs), whatever the umask."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from disks import ROOT, assert_private, mode_of, tmpfs
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from mentordesk.app import (
    _open_crash_log,
    _prepare_gui_files,
    configure_logging,
    window_opener,
)
from mentordesk.cli import main
from mentordesk.domain.people import PersonDraft
from mentordesk.errors import UserFacingError
from mentordesk.paths import app_paths
from mentordesk.services import Services
from mentordesk.services.report import QuarterReport
from mentordesk.ui.printing.report import pdf_bytes, write_pdf
from mentordesk.ui.window.application import ui_state
from mentordesk.ui.window.instance import SingleInstance

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("own_logging"),
]


@pytest.fixture
def report(services: Services) -> QuarterReport:
    """The first quarter's summary of a new pair."""
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    return services.reports.quarter_report(pair_id, 1)


# ---- the PDF: whole or not at all -------------------------------------------------------


def test_the_pdf_is_whole_and_private_whatever_the_umask(
    qtbot: QtBot, umask: int, report: QuarterReport, tmp_path: Path
) -> None:
    target = tmp_path / "summary.pdf"
    pages = write_pdf(report, str(target))
    assert len(PdfReader(target).pages) == pages
    assert target.read_bytes().rstrip().endswith(b"%%EOF")
    assert mode_of(target) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".summary.pdf")]


def test_a_folder_as_the_target_is_refused_and_left_alone(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    folder = tmp_path / "summary.pdf"
    folder.mkdir()
    with pytest.raises(UserFacingError) as caught:
        write_pdf(report, str(folder))
    assert caught.value.message == f"cannot write {folder}: it is a folder"
    assert list(folder.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_folder_that_does_not_exist_is_refused_not_made(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "summary.pdf"
    with pytest.raises(UserFacingError) as caught:
        write_pdf(report, str(target))
    assert caught.value.message == (
        f"cannot write {target}: the folder {target.parent} does not exist"
    )
    assert not target.parent.exists()


def test_a_read_only_folder_is_refused_and_left_empty(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    if ROOT:
        pytest.skip("root writes into a read-only folder anyway")
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserFacingError) as caught:
            write_pdf(report, str(folder / "summary.pdf"))
        assert caught.value.message == f"cannot write {folder / 'summary.pdf'}: permission denied"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_full_disk_leaves_no_file_no_temporary_and_the_old_file_as_it_was(
    qtbot: QtBot, report: QuarterReport, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "small") as disk:
        old = disk / "old.pdf"
        old.write_bytes(b"%PDF-1.4 the summary of last time\n%%EOF\n")
        # Fill the disk but for 4 KiB, so the PDF starts to be written and cannot end.
        room = os.statvfs(disk)
        filler = room.f_bavail * room.f_frsize - 4096
        (disk / "filler").write_bytes(b"\0" * max(filler, 0))
        assert len(pdf_bytes(report)[0]) > 4096  # the summary really does not fit
        for target in (disk / "summary.pdf", old):
            with pytest.raises(UserFacingError) as caught:
                write_pdf(report, str(target))
            assert caught.value.message == f"cannot write {target}: the disk is full"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "old.pdf"]
        assert old.read_bytes() == b"%PDF-1.4 the summary of last time\n%%EOF\n"


def test_the_report_command_says_written_only_when_it_was(
    qtbot: QtBot, umask: int, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    target = data_dir / "summary.pdf"
    assert main(["report", "ana-ben", "-o", str(target)]) == 0
    assert "written to" in capsys.readouterr().out
    assert mode_of(target) == 0o600
    folder = data_dir / "as-a-folder.pdf"
    folder.mkdir(mode=0o700)
    assert main(["report", "ana-ben", "-o", str(folder)]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"mentordesk: cannot write {folder}: it is a folder\n")
    assert list(folder.iterdir()) == []
    assert_private(data_dir)


# ---- the window's own files ---------------------------------------------------------------


def test_the_windows_state_lock_and_logs_are_private_whatever_the_umask(
    qtbot: QtBot, umask: int, data_dir: Path
) -> None:
    paths = app_paths()
    assert configure_logging(paths) == paths.log_file
    crash_log = _open_crash_log(paths)
    assert crash_log is not None
    crash_log.close()
    lock = paths.default_db.with_name(f"{paths.default_db.name}.lock")
    _prepare_gui_files(paths, lock)
    state = ui_state(paths)  # the window's own QSettings
    state.setValue("main/pair", 3)
    state.sync()
    instance = SingleInstance(lock)  # the window's own lock
    assert instance.acquire(0)
    try:
        opened = window_opener(None, None, lock)()
        try:
            found = assert_private(data_dir)
        finally:
            opened.close()
    finally:
        instance.release()
    state.setValue("main/pair", 4)
    state.sync()
    del state
    assert {
        "ui-state.ini",
        "mentordesk.sqlite3.lock",
        "mentordesk.sqlite3",
        "logs/mentordesk.log",
        "logs/crash.log",
    } <= set(found)
    assert_private(data_dir)


def test_the_whole_window_start_leaves_only_private_files(tmp_path: Path) -> None:
    """`mentordesk` with no command, in its own process started under umask 000."""
    data = tmp_path / "fresh" / "data"
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--exit-when-ready"],
        env={**os.environ, "MENTORDESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        umask=0o000,
    )
    assert done.returncode == 0, done.stderr
    found = assert_private(data)
    assert {"ui-state.ini", "mentordesk.sqlite3", "logs/mentordesk.log", "logs/crash.log"} <= set(
        found
    )
    assert mode_of(tmp_path / "fresh") == 0o700  # a parent it had to make, too
