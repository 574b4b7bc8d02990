"""Team mode: notice, every few seconds, what other installs saved for the pair on screen.

A small query runs on a worker thread (a server that is slow or gone never freezes the
window); sessions whose fingerprint changed are announced like local changes, so the log
and the open session follow. Trouble reaching the server is reported once, and again
when it is over.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.session_edits import Sent
from mentordesk.ui.common.background import KNOWN, Background, Known, plain
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, counted, translate

log = logging.getLogger(__name__)
INTERVAL_MS = 3000
_LOGGED: set[str] = set()  # unexpected troubles whose traceback is in the log


@dataclass(frozen=True)
class _Answer:
    """What one look at the server found."""

    pair_id: int | None
    sent: Sent | None  # edits kept during an outage, sent first
    found: Any  # (changed session ids, fingerprints), or None for no pair
    error: str | None  # the server could not be reached: why, in one line


def _look(services: Services, pair_id: int | None, seen: Any) -> _Answer:
    """On the worker thread: send what was kept, then ask what changed for the pair."""
    sent = None
    try:
        sent = services.edits.send_kept()
        found = None if pair_id is None else services.sessions.changed_since(pair_id, seen)
    except KNOWN as error:  # the server is away: said on the GUI thread
        return _Answer(pair_id, sent, None, plain(error))
    except Exception as error:  # a poller: said once in the status bar, not a dialog every 3 s
        said = f"{type(error).__name__}: {error}".splitlines()[0]
        if said not in _LOGGED:  # its traceback once, not every few seconds
            _LOGGED.add(said)
            log.exception("watching the team database failed")
        return _Answer(pair_id, sent, None, said)
    return _Answer(pair_id, sent, found, None)


class RemoteWatch(QObject):
    """Polls the pair on screen; `changed` carries the ids of sessions saved elsewhere."""

    changed = Signal(object)  # frozenset[int]
    trouble = Signal(str)  # a message, or "" when the server answers again
    delivered = Signal(str)  # what sending edits kept during an outage did

    def __init__(
        self,
        services: Services,
        bridge: ChangeBridge,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._services, self._bridge = services, bridge
        self._pair_id: int | None = None
        self._seen: Any = None
        self._in_trouble = False
        self._busy = False
        self._lane = Background(self)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.look)
        self._timer.start()

    @property
    def busy(self) -> bool:
        """True while a question to the server is out."""
        return self._busy

    def watch(self, pair_id: int | None) -> None:
        """Watch `pair_id` from now on (None: nothing); its current state, asked now, is
        the baseline, and the next look comes a whole interval after it (a look due a
        moment after a switch would ask the server again for nothing new)."""
        self._pair_id, self._seen = pair_id, None
        if self._timer.isActive():
            self._timer.start()  # the interval counts from this look
        self.look()

    def look(self) -> None:
        """Ask once now (unless a question is still out or the watch has stopped)."""
        if self._busy or not self._timer.isActive():
            return
        self._busy = True
        services, pair_id, seen = self._services, self._pair_id, self._seen
        self._lane.run(lambda: _look(services, pair_id, seen), self._answered, self._failed)

    def stop(self) -> None:
        """No more polling; waits for a question still out."""
        self._timer.stop()
        self._pair_id = None
        self._lane.wait()

    def _failed(self, error: Known) -> None:  # only an UnexpectedError comes here
        self._busy = False
        self.trouble.emit(plain(error))

    def _answered(self, answer: _Answer) -> None:
        pair_id, sent, found, error = answer.pair_id, answer.sent, answer.found, answer.error
        self._busy = False
        if error is None and self._in_trouble:
            self._in_trouble = False
            self.trouble.emit("")
        if sent is not None and sent.sent:  # said after "answers again", so it stays
            self._bridge.announce(sent.changes)
            self.changed.emit(sent.changes.any_sessions)
            self.delivered.emit(_delivery(sent))
        if error is not None:
            if not self._in_trouble:
                log.warning("team database unreachable: %s", error)
                self._in_trouble = True
                self.trouble.emit(
                    translate(
                        "RemoteWatch",
                        "The team database cannot be reached; MentorDesk keeps trying. ({error})",
                    ).format(error=error)
                )
            return
        if pair_id != self._pair_id or found is None:
            return  # an answer about a pair no longer on screen, or about none
        changed, self._seen = found
        if changed:
            self._bridge.announce(ChangeSet(sessions=changed))
            self.changed.emit(changed)


def _delivery(sent: Sent) -> str:
    """What the status bar says once kept edits reached the server."""
    said = counted(
        "RemoteWatch",
        sent.sent,
        QT_TRANSLATE_NOOP(
            "RemoteWatch", "The team database answers again: sent 1 edit kept on this computer."
        ),
        QT_TRANSLATE_NOOP(
            "RemoteWatch",
            "The team database answers again: sent {count} edits kept on this computer.",
        ),
    )
    if sent.merged:
        said += " " + translate(
            "RemoteWatch",
            "{merged} met a change saved elsewhere meanwhile; both versions are kept in the "
            "session's notes.",
        ).format(merged=sent.merged)
    return said
