"""Automatic backups while MentorDesk is open: a few seconds after the start (when the data
changed since the last copy), every 30
minutes while there are changes, and on close. The copy is taken in the background; a
failure is logged and said once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from mentordesk.services.changes import ChangeSet
from mentordesk.services.safety import SafetyService
from mentordesk.ui.common.background import Background, Known, plain
from mentordesk.ui.common.translation import translate

log = logging.getLogger(__name__)
INTERVAL_MS = 30 * 60 * 1000
# The start-up copy waits until the window is up and answering: copying a large database
# while the first screen is built would slow the start on a two-core machine.
START_DELAY_MS = 5000


class AutoBackup(QObject):
    """Backs up when the data changed since the last copy."""

    failed = Signal(str)

    def __init__(
        self, safety: SafetyService, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self._safety = safety
        self.changed_since_backup = False
        self._lane = Background(self)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.back_up_if_changed)
        self.timer.start()
        self.first_copy = QTimer(self)
        self.first_copy.setSingleShot(True)
        self.first_copy.setInterval(START_DELAY_MS)
        self.first_copy.timeout.connect(self.at_start)

    def at_start(self) -> None:
        """The start-up copy, in the background so the window does not wait for it, and
        only when the data changed since the last copy (by this run, another, or the
        command line): a start alone copies nothing."""
        self._lane.run(self._safety.backup_if_changed, lambda _made: None, self._failed)

    def wait(self) -> None:
        """Block until the copy under way, if any, has ended."""
        self._lane.wait()

    def note(self, changes: ChangeSet) -> None:
        """Something changed: the next round takes a copy."""
        if changes:
            self.changed_since_backup = True

    def back_up_if_changed(self) -> None:
        """Take a copy in the background if anything changed since the last one."""
        if not self.changed_since_backup:
            return
        self.changed_since_backup = False
        self._lane.run(self._safety.backup, lambda _made: None, self._failed)

    def on_close(self) -> None:
        """The last copy before the window closes (waits for it)."""
        self.timer.stop()
        self.first_copy.stop()  # nothing changed yet: the file is as it was at start
        self.back_up_if_changed()
        self.wait()

    def _failed(self, error: Known) -> None:
        log.warning("automatic backup failed: %s", error)
        self.changed_since_backup = True  # try again next round
        self.failed.emit(
            translate("AutoBackup", "The automatic backup did not work: {why}").format(
                why=plain(error)
            )
        )
