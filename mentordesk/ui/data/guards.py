"""What keeps the data safe while the window is open: automatic backups of the embedded
database, and in team mode the watch on what other installs save."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.translation import translate
from mentordesk.ui.data.auto_backup import AutoBackup

if TYPE_CHECKING:  # team mode only: its module loads then
    from mentordesk.ui.data.remote_watch import RemoteWatch


class DataGuards(QObject):
    """Starts with the window and stops when it closes."""

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        bridge: ChangeBridge,
        *,
        report: Callable[[str], None],
        changed_elsewhere: Callable[[frozenset[int]], None],
        local_only: list[QAction],
        backing_up: list[QAction],
    ) -> None:
        super().__init__(window)
        self._window = window
        local = services.safety.is_local
        for action in local_only:  # checks are the embedded file's
            action.setEnabled(local)
        for action in backing_up:  # and this computer's own file beside a server
            action.setEnabled(services.safety.keeps_backups)
        self.auto_backup: AutoBackup | None = None
        self.remote: RemoteWatch | None = None
        if services.safety.keeps_backups:
            self.auto_backup = AutoBackup(services.safety, self)
            bridge.changed.connect(self.auto_backup.note)
            self.auto_backup.failed.connect(report)
            self.auto_backup.first_copy.start()
        if not local:
            from mentordesk.ui.data.remote_watch import RemoteWatch

            self.remote = RemoteWatch(services, bridge, self)
            self.remote.changed.connect(changed_elsewhere)
            self.remote.trouble.connect(self._server_trouble)
            self.remote.delivered.connect(lambda said: self._status(said, 15000))

    def watch(self, pair_id: int | None) -> None:
        """In team mode, watch the pair now on screen."""
        if self.remote is not None:
            self.remote.watch(pair_id)

    def on_close(self) -> None:
        """Stop watching, and take the last backup (waits for both)."""
        if self.remote is not None:
            self.remote.stop()
        if self.auto_backup is not None:
            self.auto_backup.on_close()

    def _status(self, text: str, ms: int = 0) -> None:
        self._window.statusBar().showMessage(text, ms)

    def _server_trouble(self, message: str) -> None:
        if message:
            self._status(message)  # stays until the server answers
        else:
            self._status(translate("Guards", "The team database answers again."), 10000)
