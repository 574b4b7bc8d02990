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
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.session_edits import KeptLocallyError
from mentordesk.services.sessions import ChangedElsewhereError
from mentordesk.ui.common.background import KNOWN, Background, UnexpectedError, plain
from mentordesk.ui.common.translation import translate

log = logging.getLogger(__name__)
DELAY_MS = 400  # the pause after the last change that saves it
MAX_WAIT_MS = 600  # the longest a change waits for its save to begin, pause or not
RETRY_MS = (250, 500, 1000, 2000, 4000)  # pauses between tries of a save that failed
SAVING, SAVED, RETRYING, FAILED = "saving", "saved", "retrying", "failed"


def transient(error: BaseException) -> bool:
    """Whether the same save may succeed if tried again (see store/faults.py)."""
    return isinstance(error, DatabaseError) and bool(getattr(error, "transient", False))


class Autosaver(QObject):
    """Saves the newest snapshot of each record a form edits, soon after it changes.

    Snapshots are kept per record (`key`, by default one record): a save that waits for a
    busy database keeps the first session's text while the person moves on and types in
    another. A save that fails for a lasting reason keeps its snapshot as unsaved (tried
    again at the next change of that record, and by `flush()`), so nothing typed is
    dropped silently and closing asks first.
    """

    saved = Signal(object)  # ChangeSet
    failed = Signal(str)
    conflicted = Signal(object, object)  # ChangedElsewhereError, the snapshot it met
    kept = Signal(str)  # the server is away: kept on this computer, sent later
    state = Signal(str, str)  # SAVING, SAVED, RETRYING or FAILED; and why

    def __init__(
        self,
        save: Callable[[Any], ChangeSet],
        parent: QObject | None = None,
        delay_ms: int = DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        key: Callable[[Any], Hashable] = lambda _snapshot: None,
    ) -> None:
        super().__init__(parent)
        self._save, self._key = save, key
        self._timer = self._single_shot(delay_ms, self._start)
        self._deadline = self._single_shot(max_wait_ms, self._start)
        self._retry = self._single_shot(RETRY_MS[0], self._start)
        self._tries = 0
        self._lane = Background(self)
        self._pending: dict[Hashable, Any] = {}  # newest snapshot of each record, to save
        self._unsaved: dict[Hashable, Any] = {}  # failed for a lasting reason; kept
        self._last: Any = None  # the snapshot of the save running or last run
        self._running = False
        self._flushing = False
        self.in_flush = False  # a conflict met now must be answered before going on
        self._generation = 0  # saves started before the last settle() no longer report

    def _single_shot(self, interval_ms: int, call: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(call)
        return timer

    @property
    def busy(self) -> bool:
        """True while a change waits to be saved, is being saved or could not be."""
        return bool(self._pending or self._unsaved) or self._running

    def changed(self, snapshot: Any) -> None:
        """The form changed: remember its newest state and save soon."""
        key = self._key(snapshot)
        self._unsaved.pop(key, None)  # the newer state replaces what could not be saved
        self._pending[key] = snapshot
        if self._retry.isActive():
            return  # the next try saves this newest state
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush(self) -> bool:
        """Save what is pending now (and try what could not be saved once more), and wait
        until every save is done. Returns False when something is still not saved; it
        stays, and is tried again."""
        self._stop_timers()
        self._flushing = True  # take the last save's report now, but start nothing
        try:
            self._lane.wait(deliver=True)
        finally:
            self._flushing = False
        self._stop_timers()
        for key, snapshot in self._unsaved.items():
            self._pending.setdefault(key, snapshot)
        self._unsaved.clear()
        self.in_flush = True
        try:
            while self._pending:
                key = next(iter(self._pending))
                snapshot = self._pending.pop(key)
                self._last = snapshot
                if not self._save_now(key, snapshot):
                    return False
        finally:
            self.in_flush = False
        return not self.busy

    def _save_now(self, key: Hashable, snapshot: Any) -> bool:
        """One synchronous save for `flush()`; False when it could not be made."""
        try:
            changes = self._save(snapshot)
        except (ChangedElsewhereError, KeptLocallyError) as answer:
            self._report(None, answer)
            return True
        except UserFacingError as error:
            self._keep(key, snapshot, error)
            self._report(None, error)
            return False
        except Exception:  # a bug: logged; the text is kept and closing asks
            log.exception("autosave failed")
            self._unsaved[key] = snapshot
            self._report(None, translate("Autosave", "Could not save; the details are in the log."))
            return False
        self._report(changes, None)
        return True

    def settle(self, snapshot: Any = None) -> None:
        """Drop what is pending for the record of `snapshot` (every record without one),
        wait for a running save, and ignore what it reports: the form is about to be set
        to content decided otherwise (a resolved conflict)."""
        self._stop_timers()
        if snapshot is None:
            self._pending.clear()
            self._unsaved.clear()
        else:
            self._pending.pop(self._key(snapshot), None)
            self._unsaved.pop(self._key(snapshot), None)
        self._lane.wait()
        self._running = False
        self._tries = 0
        self._generation += 1
        if self._pending:
            self._timer.start()

    def _stop_timers(self) -> None:
        for timer in (self._timer, self._deadline, self._retry):
            timer.stop()

    def _keep(self, key: Hashable, snapshot: Any, error: object) -> None:
        """After a failed save: a passing fault is tried again, a lasting one kept."""
        if key in self._pending:
            return  # a newer state of the record waits already
        if isinstance(error, BaseException) and transient(error):
            self._pending[key] = snapshot
        else:
            self._unsaved[key] = snapshot

    def _start(self) -> None:
        if self._running or not self._pending:
            return
        self._stop_timers()
        key = next(iter(self._pending))
        snapshot = self._pending.pop(key)
        self._running = True
        self.state.emit(SAVING, "")
        self._last = snapshot
        generation, save = self._generation, self._save
        self._lane.run(
            lambda: save(snapshot),
            lambda changes: self._finished(generation, changes, None),
            lambda error: self._finished(generation, None, error),
        )

    def _finished(self, generation: int, changes: ChangeSet | None, error: object) -> None:
        if generation != self._generation:
            return
        self._running = False
        if error is not None and not isinstance(error, ChangedElsewhereError | KeptLocallyError):
            self._keep(self._key(self._last), self._last, error)
        self._report(changes, error)
        if self._pending and not self._retry.isActive() and not self._flushing:
            self._start()

    def _report(self, changes: ChangeSet | None, error: object) -> None:
        if isinstance(error, ChangedElsewhereError):
            self.conflicted.emit(error, self._last)
            self.state.emit(SAVED, "")
        elif isinstance(error, KeptLocallyError):
            self.kept.emit(error.message)
            self.state.emit(SAVED, "")
        elif isinstance(error, UserFacingError) and transient(error):
            delay = RETRY_MS[min(self._tries, len(RETRY_MS) - 1)]
            self._tries += 1
            self._retry.start(delay)
            self.state.emit(RETRYING, error.message)
        elif isinstance(error, UnexpectedError | str):  # a bug: the crash dialog told more
            message = "Could not save; the details are in the log."
            self.failed.emit(message)
            self.state.emit(FAILED, message)
        elif isinstance(error, KNOWN):
            message = plain(error)
            self.failed.emit(message)
            self.state.emit(FAILED, message)
        elif changes is not None:
            self._tries = 0
            self.saved.emit(changes)
            if not self._pending:
                self.state.emit(SAVED, "")


def flush_everywhere() -> bool:
    """Save what every open form has pending (the main window, meeting mode, side
    windows); False when something could not be saved yet."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        return True
    savers = {id(s): s for w in app.topLevelWidgets() for s in w.findChildren(Autosaver)}
    saved = [saver.flush() for saver in savers.values()]  # every one, even after a failure
    return all(saved)


def lose_unsaved_edits(parent: QWidget) -> bool:
    """Ask whether to close although the latest changes could not be saved."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Autosave", "Changes Not Saved Yet"),
        translate(
            "Autosave",
            "Your latest changes could not be saved yet; the session says why. MentorDesk "
            "keeps trying while it is open.\n\nClose anyway and lose them?",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    stay = box.addButton(translate("Autosave", "Keep Open"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(
        translate("Autosave", "Close and Lose Them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay
