"""Leaving without losing what was typed: SIGTERM, SIGINT and the end of the desktop
session close the window as Quit does, which saves every open form first.

Python runs a signal handler only when the interpreter gets control, which Qt's event
loop, busy in C++, may not give it for a long time; SIGTERM would then kill the app with
the last keystrokes unsaved. `signal.set_wakeup_fd` writes a byte to a socket on every
signal, and a QSocketNotifier on that socket wakes the loop, so the handler runs at once.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class SignalWake(QObject):
    """Runs `close` on the GUI thread when SIGTERM or SIGINT arrives."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._close = close
        self._previous = {
            sig: signal.signal(sig, self._handle) for sig in (signal.SIGTERM, signal.SIGINT)
        }

    def _drain(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(256)

    def _handle(self, signum: int, _frame: object) -> None:
        QTimer.singleShot(0, self._close)  # outside the handler, on the event loop

    def stop(self) -> None:
        """Give the signals back to whoever had them."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def close_without_asking(window: QMainWindow) -> Callable[[], None]:
    """A way to close `window` that saves everything and asks nothing (there may be
    nobody to answer: a signal, a log-out)."""

    def close() -> None:
        window.close_without_asking = True  # type: ignore[attr-defined]
        window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    return close


def save_on_leaving(app: QApplication, window: QMainWindow) -> SignalWake:
    """Close `window` (saving first) on SIGTERM, SIGINT and the end of the desktop
    session; returns the signal watcher, to `stop()` when the app is done."""
    close = close_without_asking(window)
    app.commitDataRequest.connect(lambda _manager: close())
    return SignalWake(close, app)
