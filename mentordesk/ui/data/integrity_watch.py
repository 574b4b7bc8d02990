"""The start's full integrity check, when it runs behind the open window: its finding
comes back from the background; damage is said at once, with the way out (restore the
latest backup). Until the check has passed, nothing is written (store/safety.WriteGate)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.ui.common.background import Background
from mentordesk.ui.common.translation import translate

log = logging.getLogger(__name__)


class IntegrityWatch(Background):
    """Asks `integrity` (it waits for the check) off the GUI thread."""

    def __init__(
        self,
        integrity: Callable[[], str | None],
        window: QWidget,
        restore: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._window, self._restore = window, restore
        self.found: str | None = None  # what the check found, once it has
        self.run(integrity, self._found)

    def _found(self, problem: str | None) -> None:
        self.found = problem
        if problem is None:
            log.info("the database passed its integrity check")
            return
        log.error("the database failed its integrity check: %s", problem)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("IntegrityWatch", "The Database Is Damaged"),
            translate(
                "IntegrityWatch",
                "MentorDesk's check of the database found damage ({problem}).\n\n"
                "Nothing more is written to it, so nothing you have is made worse. Restore "
                "the latest backup to go on; anything typed since that backup and not yet "
                "saved is still on screen: copy it somewhere first.",
            ).format(problem=problem),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("integrity_damage")
        restore = box.addButton(
            translate("IntegrityWatch", "Restore from Backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("IntegrityWatch", "Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.buttonClicked.connect(lambda button: button is restore and self._restore())
        box.open()
