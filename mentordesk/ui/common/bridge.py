"""The one place where service results become a Qt signal views listen to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from mentordesk.services.changes import ChangeSet


class ChangeBridge(QObject):
    """Runs a service call and announces its change set to every view."""

    changed = Signal(object)  # ChangeSet

    def run(self, call: Callable[[], ChangeSet]) -> ChangeSet:
        """Call a service; if it changed anything, tell the views what."""
        changes = call()
        self.announce(changes)
        return changes

    def announce(self, changes: ChangeSet) -> None:
        """Tell the views about changes made elsewhere (a background task, say)."""
        if changes:
            self.changed.emit(changes)
