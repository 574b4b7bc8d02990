"""Saving as a person types: debounced, on a worker thread, never making a keystroke wait.

Each change hands over a snapshot of the form; a short pause after the last change
saves the newest snapshot in the background. Saves run one at a time, and a snapshot
that arrives during a save is saved right after it. `flush()` saves what is pending
before the form switches to another record or closes. A save that meets a version saved
meanwhile by another install is not retried: `conflicted` hands the conflict to the form,
which lets the person choose. A save the server could not take is kept on this
computer (`kept`) and sent later by the team-mode watcher.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from mentordesk.errors import UserFacingError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.session_edits import KeptLocallyError
from mentordesk.services.sessions import ChangedElsewhereError

log = logging.getLogger(__name__)
DELAY_MS = 400


class _Done(QObject):
    # generation; ChangeSet | None; None, a message, a ChangedElsewhereError or a
    # KeptLocallyError
    finished = Signal(int, object, object)


class _Save(QRunnable):
    def __init__(
        self, save: Callable[[Any], ChangeSet], snapshot: Any, done: _Done, generation: int
    ) -> None:
        super().__init__()
        self._save, self._snapshot, self._done = save, snapshot, done
        self._generation = generation

    def run(self) -> None:
        try:
            changes = self._save(self._snapshot)
        except (ChangedElsewhereError, KeptLocallyError) as answer:
            self._done.finished.emit(self._generation, None, answer)
        except UserFacingError as error:
            self._done.finished.emit(self._generation, None, error.message)
        except Exception:  # a bug: logged, and the person told that nothing was saved
            log.exception("autosave failed")
            message = "Could not save; the details are in the log."
            self._done.finished.emit(self._generation, None, message)
        else:
            self._done.finished.emit(self._generation, changes, None)


class Autosaver(QObject):
    """Saves the newest snapshot of a form shortly after the last change."""

    saved = Signal(object)  # ChangeSet
    failed = Signal(str)
    conflicted = Signal(object)  # ChangedElsewhereError
    kept = Signal(str)  # the server is away: kept on this computer, sent later

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
        self._generation = 0  # saves started before the last settle() no longer report
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
            except ChangedElsewhereError as conflict:
                self.conflicted.emit(conflict)
            except KeptLocallyError as kept:
                self.kept.emit(kept.message)
            except UserFacingError as error:
                self.failed.emit(error.message)

    def settle(self) -> None:
        """Drop what is pending, wait for a running save, and ignore what it reports: the
        form is about to be set to content decided otherwise (a resolved conflict)."""
        self._timer.stop()
        self._pending, self._has_pending = None, False
        self._pool.waitForDone()
        self._running = False
        self._generation += 1

    def _start(self) -> None:
        if self._running or not self._has_pending:
            return
        snapshot, self._pending, self._has_pending = self._pending, None, False
        self._running = True
        self._pool.start(_Save(self._save, snapshot, self._done, self._generation))

    def _finished(
        self,
        generation: int,
        changes: ChangeSet | None,
        error: str | ChangedElsewhereError | KeptLocallyError | None,
    ) -> None:
        if generation != self._generation:
            return
        self._running = False
        if isinstance(error, ChangedElsewhereError):
            self.conflicted.emit(error)
        elif isinstance(error, KeptLocallyError):
            self.kept.emit(error.message)
        elif error is not None:
            self.failed.emit(error)
        elif changes is not None:
            self.saved.emit(changes)
        if self._has_pending:
            self._start()
