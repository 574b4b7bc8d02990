"""Long work off the GUI thread, with its result delivered back on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what it means
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs one job at a time in a worker thread and shows a busy indicator meanwhile."""

    idle = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: list[tuple[_Signals, QProgressDialog]] = []

    def start(
        self,
        label: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Run `work` in the background; then `on_done(result)` or `on_error(error)`."""
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        for text in progress.findChildren(QLabel):  # its label: a file name in it as typed
            text.setTextFormat(Qt.TextFormat.PlainText)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        signals = _Signals()
        entry = (signals, progress)
        self._running.append(entry)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._running.remove(entry)
            progress.reset()
            progress.deleteLater()
            callback(value)
            if not self._running:
                self.idle.emit()

        signals.finished.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda error: finish(on_error, error))
        self._pool.start(_Job(work, signals))

    def wait(self) -> None:
        """Block until queued jobs are done (on close, so nothing is cut off)."""
        self._pool.waitForDone()
