"""Work off the GUI thread, in the spirit of Anki's CollectionOp and QueryOp.

Every piece of background work in MentorDesk (autosave, backups, watching the team
database, reading the team's health, import, export, the demo team, testing a server)
goes through `Background.run`, so one policy holds everywhere:

- the work runs on a worker thread and touches no widget;
- its result reaches `done` on the GUI thread;
- a known condition (a `UserFacingError`: bad input, a busy or full database, the server
  away; or an `OSError` from the machine around it) reaches `failed` on the GUI thread,
  which says it in plain words; without a `failed`, it is said in a message box;
- anything else is a bug: logged with its traceback and shown by the crash dialog (the
  application's `sys.excepthook`), on the GUI thread, once per lane for the same bug
  (a save tried again at every pause would otherwise open it again and again);
  `failed`, if given, then hears an `UnexpectedError` so that the caller can put its
  widgets back (a form keeps its unsaved text, a button is enabled again).

Each `Background` runs its jobs one at a time, in the order given (a lane); `wait()`
blocks until they are done (on close, so nothing is cut off).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from mentordesk.errors import UserFacingError
from mentordesk.ui.common.labels import shown_as_typed
from mentordesk.ui.common.translation import translate

log = logging.getLogger(__name__)
T = TypeVar("T")
PROGRESS_AFTER_MS = 400  # quick work shows no progress dialog at all


class UnexpectedError(UserFacingError):
    """What `failed` hears when the work met a bug (the crash dialog has told the rest)."""


Known = UserFacingError | OSError
KNOWN = (UserFacingError, OSError)  # the same, for `except` and `isinstance`


def plain(error: Known) -> str:
    """A known condition in one plain line or paragraph."""
    if isinstance(error, UserFacingError):
        return error.message
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class _Reply(QObject):
    """Lives on the GUI thread; a worker's emit is queued to it."""

    ended = Signal(object, object, object)  # job number, result, exception or None


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], reply: _Reply) -> None:
        super().__init__()
        self._number, self._work, self._reply = number, work, reply

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides
            self._reply.ended.emit(self._number, None, error)
        else:
            self._reply.ended.emit(self._number, result, None)


class Background(QObject):
    """A lane of background work: one job at a time, results on the GUI thread."""

    idle = Signal()  # the last job of the lane has ended

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool: QThreadPool | None = None  # made with the first job, not at start
        self._reply = _Reply(self)
        self._reply.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._jobs: dict[
            int,
            tuple[Callable[[Any], None], Callable[[Known], None] | None, QProgressDialog | None],
        ] = {}
        self._numbers = 0
        self._bugs_shown: set[tuple[type[BaseException], str]] = set()

    @property
    def busy(self) -> bool:
        """Whether a job of this lane is queued or running."""
        return bool(self._jobs)

    def run(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[Known], None] | None = None,
        *,
        progress: str = "",
        window: QWidget | None = None,
    ) -> None:
        """Run `work` on the lane's thread; then `done(result)` or `failed(error)` on the
        GUI thread. `progress`: a busy dialog with this text over `window`, shown only if
        the work takes longer than a moment."""
        self._numbers += 1
        dialog = _progress_dialog(progress, window) if progress else None
        self._jobs[self._numbers] = (done, failed, dialog)
        if self._pool is None:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
        self._pool.start(_Job(self._numbers, work, self._reply))

    def wait(self, *, deliver: bool = False) -> None:
        """Block until the lane's jobs have run (on close, so that nothing is cut off);
        `deliver`: and hand their results to `done` or `failed` now, not at the event
        loop's next turn."""
        if self._pool is not None:
            self._pool.waitForDone()
        if deliver:
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    def _ended(self, number: int, result: object, error: BaseException | None) -> None:
        entry = self._jobs.pop(number, None)
        if entry is None:
            return
        done, failed, dialog = entry
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        try:
            if error is None:
                done(result)
            elif isinstance(error, KNOWN):
                (failed or _say)(error)
            else:
                log.error("background work failed", exc_info=(type(error), error, None))
                if (bug := (type(error), str(error))) not in self._bugs_shown:
                    self._bugs_shown.add(bug)
                    sys.excepthook(type(error), error, error.__traceback__)
                if failed is not None:
                    failed(
                        UnexpectedError(
                            translate(
                                "Background", "This did not work; the details are in the log."
                            )
                        )
                    )
        finally:
            if not self._jobs:
                self.idle.emit()


def _say(error: Known) -> None:
    QMessageBox.warning(None, "MentorDesk", shown_as_typed(plain(error)))  # the app's name


def _progress_dialog(label: str, window: QWidget | None) -> QProgressDialog:
    dialog = QProgressDialog(label, "", 0, 0, window)
    for text in dialog.findChildren(QLabel):  # its label: a file name in it as typed
        text.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setCancelButton(None)  # no cancel: the work cannot be stopped halfway
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_AFTER_MS)
    return dialog
