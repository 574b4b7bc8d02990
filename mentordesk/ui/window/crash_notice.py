"""A notice at the next start when MentorDesk did not close normally.

While the window is open a small marker file lies in the log folder; a normal close
removes it. Finding it at the next start means the last run ended some other way (a
crash, a kill, the power), and the person is told so, with where the details are.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.domain.date_words import when_text
from mentordesk.paths import AppPaths
from mentordesk.ui.common.translation import translate

log = logging.getLogger(__name__)


def begin(paths: AppPaths) -> str | None:
    """Mark this run as open; the notice about the last run, if it did not close."""
    marker = paths.running_marker
    notice = _notice(paths, marker) if marker.exists() else None
    if notice is not None:
        log.warning("the last run did not close normally")
    try:  # not synced to disk: a marker lost with the power tells nothing wrong
        fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {datetime.now().isoformat()}\n")
    except OSError as error:  # a read-only log folder: no notice then
        log.warning("cannot mark the run as open: %s", error)
    return notice


def end(paths: AppPaths) -> None:
    """This run closes normally."""
    paths.running_marker.unlink(missing_ok=True)


def show(notice: str, parent: QWidget) -> QMessageBox:
    """Tell the person without stopping them: the box is not modal and does not take
    the keyboard, so typing goes on where it was."""
    box = QMessageBox(
        QMessageBox.Icon.Information, "MentorDesk", notice, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("crash_notice")
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths as they are
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    box.show()
    return box


def _notice(paths: AppPaths, marker: Path) -> str:
    try:
        since = datetime.fromisoformat(marker.read_text(encoding="utf-8").split()[1])
        what = translate(
            "CrashNotice",
            "MentorDesk did not close normally last time (it was opened {when}). Everything "
            "that was saved is kept; what was typed in the last second before it stopped may "
            "be missing.",
        ).format(when=when_text(since, year=False))
    except (OSError, IndexError, ValueError):
        what = translate(
            "CrashNotice",
            "MentorDesk did not close normally last time. Everything that was saved is kept; "
            "what was typed in the last second before it stopped may be missing.",
        )
    crash = paths.crash_log
    if crash.exists() and crash.stat().st_size:
        where = translate("CrashNotice", "The details are in {log} and {crash}.").format(
            log=paths.log_file, crash=crash
        )
    else:
        where = translate("CrashNotice", "The details are in {log}.").format(log=paths.log_file)
    return f"{what}\n\n{where}"
