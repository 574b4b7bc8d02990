"""The undo stack's one command: a service's `Step`, taken back and done again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from mentordesk.errors import UserFacingError
from mentordesk.services.undo import Step
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import without_mnemonics
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

# Edit ▸ Undo and Redo named after their step ({step}), or plain with no step.
UNDO = (QT_TRANSLATE_NOOP("Undo", "&Undo"), QT_TRANSLATE_NOOP("Undo", "&Undo {step}"))
REDO = (QT_TRANSLATE_NOOP("Undo", "&Redo"), QT_TRANSLATE_NOOP("Undo", "&Redo {step}"))


class StepCommand(QUndoCommand):
    """An action already carried out through a service, as the `Step` it returned.

    Undo and redo each run the step's inverse (one transaction in the service) and keep
    the step it returns for the next turn. The action runs before the command is pushed
    (so its errors reach the dialog that asked for it); pushing does not run it again.
    """

    def __init__(self, step: Step, bridge: ChangeBridge, report: Callable[[str], None]) -> None:
        super().__init__(step.text)
        self._step = step
        self._bridge = bridge
        self._report = report
        self._pushed = False

    def undo(self) -> None:
        self._turn()

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo(); the action is already done
            self._pushed = True
            return
        self._turn()

    def _turn(self) -> None:
        try:
            self._step = self._step.inverse()
        except UserFacingError as error:  # the data changed meanwhile: say so, drop the step
            self.setObsolete(True)
            self._report(
                translate("Undo", "Cannot {step}: {why}").format(
                    step=self.text().lower(), why=error.message
                )
            )
            return
        self._bridge.announce(self._step.changes)


def connect_actions(stack: QUndoStack, undo: QAction, redo: QAction) -> None:
    """Edit ▸ Undo and Redo follow `stack`: enabled when there is a step, and named
    after it ("Undo End Ana Silva → Ben Okafor")."""
    stack.canUndoChanged.connect(undo.setEnabled)
    stack.canRedoChanged.connect(redo.setEnabled)
    # Undo texts name people and titles: an '&' in them is shown, not a shortcut mark.
    stack.undoTextChanged.connect(lambda t: undo.setText(_named(UNDO, t)))
    stack.redoTextChanged.connect(lambda t: redo.setText(_named(REDO, t)))
    undo.setEnabled(False)
    redo.setEnabled(False)


def _named(texts: tuple[str, str], step: str) -> str:
    """'&Undo Add Action Item' ('&Undo' with no step) in the language in use."""
    plain, named = texts
    step = without_mnemonics(step).strip()
    return translate("Undo", named).format(step=step) if step else translate("Undo", plain)
