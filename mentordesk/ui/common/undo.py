"""Undo for actions that destroy or replace work: ending a pair, removing a person, …"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from mentordesk.errors import UserFacingError
from mentordesk.services.changes import ChangeSet
from mentordesk.ui.common.bridge import ChangeBridge


class ReplayCommand(QUndoCommand):
    """An action already carried out through a service, with the calls that undo and redo it.

    The action runs before the command is pushed (so its errors reach the dialog that
    asked for it); pushing does not run it a second time.
    """

    def __init__(
        self,
        text: str,
        bridge: ChangeBridge,
        undo: Callable[[], ChangeSet],
        redo: Callable[[], ChangeSet],
        report: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._bridge = bridge
        self._undo, self._redo = undo, redo
        self._report = report
        self._pushed = False

    def undo(self) -> None:
        self._call(self._undo)

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the action is already done
            self._pushed = True
            return
        self._call(self._redo)

    def _call(self, call: Callable[[], ChangeSet]) -> None:
        try:
            self._bridge.run(call)
        except UserFacingError as error:  # the data changed meanwhile: say so, drop the step
            self.setObsolete(True)
            self._report(f"Cannot {self.text().lower()}: {error.message}")
