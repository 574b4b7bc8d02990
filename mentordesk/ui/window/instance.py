"""One MentorDesk window per database: a lock beside the file, and a local socket that
asks the running window to come forward instead of opening a second one.

The running one listens only once its window is up (QtNetwork is not loaded before
then), so a second start keeps asking for a few seconds.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal

from mentordesk.errors import UserFacingError
from mentordesk.files import make_private
from mentordesk.ui.common.translation import translate

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate"
ASK_FOR_MS = 5000


def _server_name(lock_path: Path) -> str:
    digest = hashlib.sha256(str(lock_path.resolve()).encode()).hexdigest()[:16]
    return f"mentordesk-{digest}"


class SingleInstance(QObject):
    """Holds the database's lock while the window is open."""

    activate_requested = Signal()

    def __init__(self, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # a lock whose process died is detected by pid
        self._server: QLocalServer | None = None

    def acquire(self, ask_for_ms: int = ASK_FOR_MS) -> bool:
        """Take the lock (True), or ask the window holding it to come forward (False),
        trying for up to `ask_for_ms` while it is not listening yet."""
        if self._lock.tryLock(200):
            make_private(self.lock_path)
            return True
        if self._lock.error() is not QLockFile.LockError.LockFailedError:
            raise UserFacingError(
                translate(
                    "Instance",
                    "MentorDesk cannot lock its database in {folder}: the folder cannot be "
                    "written (a read-only disk, or another user's folder?).",
                ).format(folder=self.lock_path.parent)
            )
        from PySide6.QtNetwork import QLocalSocket  # only a second start needs it

        name = _server_name(self.lock_path)
        deadline = QDeadlineTimer(ask_for_ms)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(1000):
                socket.write(ACTIVATE)
                socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return False
            if deadline.hasExpired():
                return False
            QThread.msleep(100)

    def listen(self) -> None:
        """Answer later starts on the same database (once the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        name = _server_name(self.lock_path)
        QLocalServer.removeServer(name)  # a stale name left by a crash; we hold the lock
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE):
            self.activate_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        """Give the lock back (on close)."""
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
