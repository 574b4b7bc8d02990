"""Saving as a person types: debounced, on a worker thread, never making a keystroke wait.

Each change hands over a snapshot of the form; a short pause after the last change
saves the newest snapshot in the background. Saves run one at a time, and a snapshot
that arrives during a save is saved right after it. `flush()` saves what is pending
before the form switches to another record or closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from mentordesk.errors import UserFacingError
from mentordesk.services.changes import ChangeSet

log = logging.getLogger(__name__)
DELAY_MS = 400


class _Done(QObject):
    finished = Signal(object, object)  # ChangeSet | None, error message | None


class _Save(QRunnable):
    def __init__(self, save: Callable[[Any], ChangeSet], snapshot: Any, done: _Done) -> None:
        super().__init__()
        self._save, self._snapshot, self._done = save, snapshot, done

    def run(self) -> None:
        try:
            changes = self._save(self._snapshot)
        except UserFacingError as error:
            self._done.finished.emit(None, error.message)
        except Exception:  # a bug: logged, and the person told that nothing was saved
            log.exception("autosave failed")
            self._done.finished.emit(None, "Could not save; the details are in the log.")
        else:
            self._done.finished.emit(changes, None)


class Autosaver(QObject):
    """Saves the newest snapshot of a form shortly after the last change."""

    saved = Signal(object)  # ChangeSet
    failed = Signal(str)

    def __init__(
        self,
        save: Callable[[Any], ChangeSet],
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: Any = None
        self._has_pending = False
        self._running = False
        self._done = _Done(self)
        self._done.finished.connect(self._finished)

    @property
    def busy(self) -> bool:
        """True while a change waits to be saved or is being saved."""
        return self._has_pending or self._running

    def changed(self, snapshot: Any) -> None:
        """The form changed: remember its newest state and save soon."""
        self._pending, self._has_pending = snapshot, True
        self._timer.start()

    def flush(self) -> None:
        """Save what is pending now, and wait until every save is done."""
        self._timer.stop()
        self._pool.waitForDone()
        if self._has_pending:
            snapshot, self._pending, self._has_pending = self._pending, None, False
            try:
                self.saved.emit(self._save(snapshot))
            except UserFacingError as error:
                self.failed.emit(error.message)

    def _start(self) -> None:
        if self._running or not self._has_pending:
            return
        snapshot, self._pending, self._has_pending = self._pending, None, False
        self._running = True
        self._pool.start(_Save(self._save, snapshot, self._done))

    def _finished(self, changes: ChangeSet | None, error: str | None) -> None:
        self._running = False
        if error is not None:
            self.failed.emit(error)
        elif changes is not None:
            self.saved.emit(changes)
        if self._has_pending:
            self._start()
