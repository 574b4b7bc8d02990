"""Saving what the session editor holds, and keeping it on this computer while the team
database cannot be reached, to send when it answers again.

Nothing typed is lost to an outage: the edit goes to this computer's file, the editor
says so, and the next successful look at the server sends it. An edit that meets a
change saved elsewhere meanwhile keeps both versions (as "Keep Both" does).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from mentordesk.domain.sessions import SessionContent, SessionStatus, keep_both
from mentordesk.domain.words import translate
from mentordesk.errors import NotFoundError, ServerUnavailableError, UserFacingError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.sessions import ChangedElsewhereError, SessionService
from mentordesk.store.outbox import KeptEdit
from mentordesk.store.unit_of_work import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SessionEdit:
    """One save of the session editor: the shared content, made on `base_version`, and
    the author's private note (when an author is known)."""

    session_id: int
    status: SessionStatus
    topics: tuple[str, ...]
    notes: str
    base_version: int | None = None
    author_id: int | None = None
    private_note: str = ""


class KeptLocallyError(UserFacingError):
    """The server is away: the edit was kept on this computer, to be sent later."""


@dataclass(frozen=True)
class Sent:
    """What sending the kept edits did."""

    changes: ChangeSet
    sent: int  # edits that reached the server
    merged: int  # of those, how many met a change made elsewhere (both versions kept)


class SessionEditService:
    """Saves editor snapshots; keeps them locally during an outage and sends them later."""

    def __init__(self, store: Store, sessions: SessionService, clock: Clock) -> None:
        self._store, self._sessions, self._clock = store, sessions, clock

    def save(self, edit: SessionEdit) -> ChangeSet:
        """Save `edit`; ChangedElsewhereError when someone saved the session meanwhile,
        KeptLocallyError when the server is away (the edit then waits on this computer)."""
        try:
            changes = self._write(edit, edit.base_version)
        except ServerUnavailableError as error:
            outbox = self._store.outbox
            if outbox is None:
                raise
            outbox.keep(
                KeptEdit(
                    edit.session_id,
                    edit.base_version,
                    edit.status.value,
                    edit.topics,
                    edit.notes,
                    edit.author_id,
                    edit.private_note,
                ),
                self._clock.now().isoformat(),
            )
            raise KeptLocallyError(
                translate(
                    "SessionEdits",
                    "Kept on this computer: the team database cannot be reached. It is sent "
                    "as soon as the server answers again.",
                )
            ) from error
        if (outbox := self._store.outbox) is not None:
            outbox.remove(edit.session_id)  # this save holds the newest text
        return changes

    def kept_count(self) -> int:
        """How many sessions have an edit waiting on this computer."""
        outbox = self._store.outbox
        return 0 if outbox is None else outbox.count()

    def send_kept(self) -> Sent:
        """Send every kept edit, oldest first; stops quietly if the server is away again.
        An edit that meets a change saved elsewhere keeps both versions."""
        outbox = self._store.outbox
        changes, sent, merged = ChangeSet(), 0, 0
        for kept in outbox.entries() if outbox is not None else []:
            edit = SessionEdit(
                kept.session_id,
                SessionStatus(kept.status),
                kept.topics,
                kept.notes,
                kept.base_version,
                kept.author_id,
                kept.private_note,
            )
            try:
                try:
                    changes |= self._write(edit, edit.base_version)
                except ChangedElsewhereError as conflict:
                    changes |= self._write_both(edit, conflict)
                    merged += SessionContent.of(conflict.theirs) != _content(edit)
            except ServerUnavailableError:
                break  # still (or again) away: the rest waits for the next look
            except NotFoundError:
                log.warning("a kept edit of session %s has no session any more", edit.session_id)
            assert outbox is not None
            outbox.remove(kept.session_id, kept.kept_at)
            sent += 1
        return Sent(changes, sent, merged)

    def _write(self, edit: SessionEdit, version: int | None) -> ChangeSet:
        changes = self._sessions.save(
            edit.session_id, edit.status, edit.topics, edit.notes, expected_version=version
        )
        if edit.author_id is not None:
            changes |= self._sessions.save_private_note(
                edit.session_id, edit.author_id, edit.private_note
            )
        return changes

    def _write_both(self, edit: SessionEdit, conflict: ChangedElsewhereError) -> ChangeSet:
        theirs = SessionContent.of(conflict.theirs)
        mine = _content(edit)
        both = mine if mine == theirs else keep_both(mine, theirs)
        merged = SessionEdit(
            edit.session_id,
            both.status,
            both.topics,
            both.notes,
            author_id=edit.author_id,
            private_note=edit.private_note,
        )
        return self._write(merged, conflict.theirs.version)


def _content(edit: SessionEdit) -> SessionContent:
    return SessionContent(edit.status, edit.topics, edit.notes)
