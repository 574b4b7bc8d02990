"""Saving as a person types: on a worker thread, never making a keystroke wait, and on
disk within a second however steadily the person types.

Each change hands over a snapshot of the form. A short pause after the last change
saves the newest snapshot; so does a deadline counted from the first change not yet
saved, which steady typing never pauses long enough to reach otherwise. Saves run one
at a time, and a snapshot that arrives during a save is saved right after it. `flush()`
saves what is pending before the form switches to another record or the app closes.

A save the database could not take for a passing reason (busy, a full or read-only disk,
an I/O error, a server away) is tried again with growing pauses, and `state` says
"Not saved yet — retrying" until it succeeds; the text stays in the form meanwhile. A
save that meets a version saved by another install is not retried: `conflicted` hands
the conflict to the form, which lets the person choose. A save the team server could
not take is kept on this computer (`kept`) and sent later by the team-mode watcher.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication

from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.session_edits import KeptLocallyError
from mentordesk.services.sessions import ChangedElsewhereError

log = logging.getLogger(__name__)
DELAY_MS = 400  # the pause after the last change that saves it
MAX_WAIT_MS = 600  # the longest a change waits for its save to begin, pause or not
RETRY_MS = (250, 500, 1000, 2000, 4000)  # pauses between tries of a save that failed
SAVING, SAVED, RETRYING = "saving", "saved", "retrying"


def transient(error: BaseException) -> bool:
    """Whether the same save may succeed if tried again (see store/faults.py)."""
    return isinstance(error, DatabaseError) and bool(getattr(error, "transient", False))


class _Done(QObject):
    # generation; ChangeSet | None; None, an exception the form must see, or a message
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
            self._done.finished.emit(self._generation, None, error)
        except Exception:  # a bug: logged, and the person told that nothing was saved
            log.exception("autosave failed")
            message = "Could not save; the details are in the log."
            self._done.finished.emit(self._generation, None, message)
        else:
            self._done.finished.emit(self._generation, changes, None)


class Autosaver(QObject):
    """Saves the newest snapshot of a form soon after it changes."""

    saved = Signal(object)  # ChangeSet
    failed = Signal(str)
    conflicted = Signal(object)  # ChangedElsewhereError
    kept = Signal(str)  # the server is away: kept on this computer, sent later
    state = Signal(str, str)  # SAVING, SAVED or RETRYING; and why, for RETRYING

    def __init__(
        self,
        save: Callable[[Any], ChangeSet],
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = self._single_shot(delay_ms, self._start)
        self._deadline = self._single_shot(max_wait_ms, self._start)
        self._retry = self._single_shot(RETRY_MS[0], self._start)
        self._tries = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pending: Any = None
        self._has_pending = False
        self._last: Any = None  # the snapshot of the save running or last run
        self._running = False
        self._flushing = False
        self._generation = 0  # saves started before the last settle() no longer report
        self._done = _Done(self)
        self._done.finished.connect(self._finished)

    def _single_shot(self, interval_ms: int, call: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(call)
        return timer

    @property
    def busy(self) -> bool:
        """True while a change waits to be saved or is being saved."""
        return self._has_pending or self._running

    def changed(self, snapshot: Any) -> None:
        """The form changed: remember its newest state and save soon."""
        self._pending, self._has_pending = snapshot, True
        if self._retry.isActive():
            return  # the next try saves this newest state
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        """Save what is pending now, and wait until every save is done. Returns False
        when something could not be saved (it stays pending and is tried again)."""
        self._stop_timers()
        self._pool.waitForDone()
        self._flushing = True  # take the last save's report now, but start nothing
        try:
            QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)
        finally:
            self._flushing = False
        self._stop_timers()
        if not self._has_pending:
            return True
        snapshot, self._pending, self._has_pending = self._pending, None, False
        try:
            self._report(self._save(snapshot), None)
        except (ChangedElsewhereError, KeptLocallyError) as answer:
            self._report(None, answer)
        except UserFacingError as error:
            if transient(error):
                self._pending, self._has_pending = snapshot, True
            self._report(None, error)
        return not self._has_pending

    def settle(self) -> None:
        """Drop what is pending, wait for a running save, and ignore what it reports: the
        form is about to be set to content decided otherwise (a resolved conflict)."""
        self._stop_timers()
        self._pending, self._has_pending = None, False
        self._pool.waitForDone()
        self._running = False
        self._tries = 0
        self._generation += 1

    def _stop_timers(self) -> None:
        for timer in (self._timer, self._deadline, self._retry):
            timer.stop()

    def _start(self) -> None:
        if self._running or not self._has_pending:
            return
        self._stop_timers()
        snapshot, self._pending, self._has_pending = self._pending, None, False
        self._running = True
        self.state.emit(SAVING, "")
        self._last = snapshot
        self._pool.start(_Save(self._save, snapshot, self._done, self._generation))

    def _finished(self, generation: int, changes: ChangeSet | None, error: object) -> None:
        if generation != self._generation:
            return
        self._running = False
        if transient(error if isinstance(error, BaseException) else None) and (
            not self._has_pending
        ):
            self._pending, self._has_pending = self._last, True  # try this state again
        self._report(changes, error)
        if self._has_pending and not self._retry.isActive() and not self._flushing:
            self._start()

    def _report(self, changes: ChangeSet | None, error: object) -> None:
        if isinstance(error, ChangedElsewhereError):
            self.conflicted.emit(error)
        elif isinstance(error, KeptLocallyError):
            self.kept.emit(error.message)
        elif isinstance(error, UserFacingError) and transient(error):
            delay = RETRY_MS[min(self._tries, len(RETRY_MS) - 1)]
            self._tries += 1
            self._retry.start(delay)
            self.state.emit(RETRYING, error.message)
        elif isinstance(error, UserFacingError):
            self.failed.emit(error.message)
        elif isinstance(error, str):
            self.failed.emit(error)
        elif changes is not None:
            self._tries = 0
            self.saved.emit(changes)
            if not self._has_pending:
                self.state.emit(SAVED, "")


def flush_everywhere() -> bool:
    """Save what every open form has pending (the main window, meeting mode, side
    windows); False when something could not be saved yet."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        return True
    savers = [s for widget in app.topLevelWidgets() for s in widget.findChildren(Autosaver)]
    saved = [saver.flush() for saver in savers]  # every one, even after a failure
    return all(saved)
