"""What typing saves (a session's words) is told apart from what changes a pair's signals
(its status, its items), so that typing re-reads nothing counted from sessions."""

from __future__ import annotations

from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet


def test_words_status_and_private_notes_say_what_changed(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, _ben = pair
    session_id, _ = services.sessions.open_for(
        pair_id, services.sessions.log(pair_id)[0].occurrence
    )
    status = services.sessions.get(session_id).status
    words = services.sessions.save(session_id, status, ["Estimates"], "We talked.")
    assert words == ChangeSet(session_words=frozenset({session_id}))
    other = SessionStatus.MISSED if status is SessionStatus.HELD else SessionStatus.HELD
    counted = services.sessions.save(session_id, other, ["Estimates"], "We talked.")
    assert counted == ChangeSet(sessions=frozenset({session_id}))
    private = services.sessions.save_private_note(session_id, ana, "Only mine")
    assert private == ChangeSet(session_words=frozenset({session_id}))
    both = words | counted
    assert both.sessions == {session_id}
    assert both.session_words == frozenset()  # named once, as the change that counts
    assert both.any_sessions == {session_id}
    assert bool(words)
