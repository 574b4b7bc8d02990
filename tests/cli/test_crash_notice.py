"""A run that did not close normally is told at the next start, with where the details
are; a normal close leaves nothing to tell. Tried with a real `kill -9`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mentordesk.paths import AppPaths
from mentordesk.ui.window import crash_notice

from .test_exit_when_ready import start_and_exit


def paths_in(folder: Path) -> AppPaths:
    folder.mkdir(parents=True, exist_ok=True)
    return AppPaths(data_dir=folder, log_dir=folder, config_dir=folder)


def test_a_normal_close_leaves_nothing_to_tell(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    assert crash_notice.begin(paths) is None
    crash_notice.end(paths)
    assert crash_notice.begin(paths) is None


def test_a_run_that_never_closed_is_told_with_the_logs_path(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    assert crash_notice.begin(paths) is None
    notice = crash_notice.begin(paths)  # as after a crash: the first run never ended
    assert notice is not None
    assert "did not close normally" in notice
    assert str(paths.log_file) in notice
    paths.crash_log.write_text("Fatal Python error: Segmentation fault\n", encoding="utf-8")
    crash_notice.end(paths)
    crash_notice.begin(paths)
    again = crash_notice.begin(paths)
    assert again is not None
    assert str(paths.crash_log) in again  # a hard crash's trace is named too
    assert paths.running_marker.stat().st_mode & 0o777 == 0o600


def test_the_notice_box_does_not_take_the_keyboard(qtbot: object, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    typing = QLineEdit()
    box = crash_notice.show("MentorDesk did not close normally last time.", typing)
    assert box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert box.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    typing.deleteLater()


def test_after_kill_9_the_next_start_tells_it(
    cli: Callable[..., tuple[int, str, str]], data_dir: Path
) -> None:
    assert cli("demo")[0] == 0
    env = {**os.environ, "MENTORDESK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    running = subprocess.Popen(  # the real window, left open
        [sys.executable, "-m", "mentordesk"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    marker = data_dir / "logs" / "running"
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():  # the window is up once its run is marked
            assert time.monotonic() < deadline, "MentorDesk did not open in a minute"
            # Another process writes the marker: no event to wait on, so wait on the
            # process itself a moment at a time (it must not stop on its own).
            with pytest.raises(subprocess.TimeoutExpired):
                running.wait(timeout=0.05)
    finally:
        running.send_signal(signal.SIGKILL)
        running.wait(timeout=30)
    start_and_exit(data_dir)
    log = (data_dir / "logs" / "mentordesk.log").read_text(encoding="utf-8")
    assert "the last run did not close normally" in log
    assert not marker.exists()  # this start closed normally
    start_and_exit(data_dir)
    log = (data_dir / "logs" / "mentordesk.log").read_text(encoding="utf-8")
    assert log.count("the last run did not close normally") == 1
