"""The team database goes away mid-meeting: edits wait on this computer, nothing is lost,
and they reach the server when it answers again."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import MY_VERSION_MARK, SessionStatus
from mentordesk.errors import ServerUnavailableError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.session_edits import KeptLocallyError, SessionEdit
from mentordesk.store.opening import open_store
from mentordesk.store.outbox import Outbox
from mentordesk.store.unit_of_work import Store

HELD = SessionStatus.HELD


@pytest.fixture
def ana(team_install: tuple[Store, Any], clock: FixedClock) -> Services:
    return Services.over(team_install[0], clock)


@pytest.fixture
def outage(team_install: tuple[Store, Any]) -> Any:
    return team_install[1]


@pytest.fixture
def ids(ana: Services) -> tuple[int, int]:
    """(Ana's id, the id of the pair's first session), saved while the server is up."""
    mentor = ana.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    mentee = ana.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = ana.pairs.create(mentor, mentee, date(2026, 9, 7)).created or 0
    session_id = ana.sessions.open_for(pair_id)[0]
    ana.sessions.save(session_id, HELD, ["Goals"], "Agreed: weekly PRs.")
    return mentor, session_id


def typed(session_id: int, notes: str, version: int, author: int | None = None) -> SessionEdit:
    return SessionEdit(session_id, HELD, ("Goals", "Demo"), notes, version, author, "Ben: tired")


def test_edits_made_during_an_outage_reach_the_server_when_it_returns(
    ana: Services, outage: Any, ids: tuple[int, int]
) -> None:
    mentor, session_id = ids
    version = ana.sessions.get(session_id).version
    outage.start()
    with pytest.raises(KeptLocallyError, match="Kept on this computer"):
        ana.edits.save(typed(session_id, "Agreed: weekly PRs. Ben", version, mentor))
    with pytest.raises(KeptLocallyError):
        ana.edits.save(
            typed(session_id, "Agreed: weekly PRs. Ben leads the demo.", version, mentor)
        )
    assert ana.edits.kept_count() == 1  # the newest text, once
    with pytest.raises(ServerUnavailableError, match="The team database cannot be reached: "):
        ana.sessions.get(session_id)
    assert ana.edits.send_kept().sent == 0  # still away: nothing sent, nothing dropped
    assert ana.edits.kept_count() == 1

    outage.end()
    sent = ana.edits.send_kept()
    assert (sent.sent, sent.merged) == (1, 0)
    assert sent.changes.any_sessions == frozenset({session_id})
    session = ana.sessions.get(session_id)
    assert session.notes == "Agreed: weekly PRs. Ben leads the demo."
    assert session.topics == ("Goals", "Demo")
    assert session.version == version + 1
    assert session.private_notes[0].text == "Ben: tired"
    assert ana.edits.kept_count() == 0


def test_a_kept_edit_that_meets_a_change_made_elsewhere_keeps_both(
    ana: Services, outage: Any, ids: tuple[int, int], second_install: Services
) -> None:
    _, session_id = ids
    version = ana.sessions.get(session_id).version
    outage.start()  # Ana's laptop loses the server; Ben's install still reaches it
    with pytest.raises(KeptLocallyError):
        ana.edits.save(typed(session_id, "Ana: the demo is on Friday.", version))
    second_install.sessions.save(
        session_id, HELD, ["Goals"], "Ben: booked the room.", expected_version=version
    )
    outage.end()
    sent = ana.edits.send_kept()
    assert (sent.sent, sent.merged) == (1, 1)
    session = ana.sessions.get(session_id)
    assert (
        session.notes == f"Ben: booked the room.\n\n{MY_VERSION_MARK}\nAna: the demo is on Friday."
    )
    assert session.topics == ("Goals", "Demo")


def test_kept_edits_outlive_the_program_and_stay_with_their_server(
    ana: Services,
    team_install: tuple[Store, Any],
    ids: tuple[int, int],
    clock: FixedClock,
    db_url: str,
) -> None:
    store, outage = team_install
    _, session_id = ids
    version = ana.sessions.get(session_id).version
    outage.start()
    with pytest.raises(KeptLocallyError):
        ana.edits.save(typed(session_id, "Typed while the server was down", version))
    local = store.local_file
    assert local is not None
    store.close()  # MentorDesk is closed before the server returns
    assert Outbox(local, "postgresql+psycopg://other.example.org/team").entries() == []

    reopened = open_store(db_url, local_file=local.path)
    reopened.is_server = True
    try:
        again = Services.over(reopened, clock)
        assert again.edits.kept_count() == 1
        assert again.edits.send_kept().sent == 1
        assert again.sessions.get(session_id).notes == "Typed while the server was down"
    finally:
        reopened.close()


def test_an_edit_saved_once_the_server_is_back_supersedes_the_kept_one(
    ana: Services, outage: Any, ids: tuple[int, int]
) -> None:
    _, session_id = ids
    version = ana.sessions.get(session_id).version
    outage.start()
    with pytest.raises(KeptLocallyError):
        ana.edits.save(typed(session_id, "draft", version))
    outage.end()
    ana.edits.save(typed(session_id, "draft, finished", version))  # the editor's next save
    assert ana.edits.kept_count() == 0
    assert ana.edits.send_kept().sent == 0
    assert ana.sessions.get(session_id).notes == "draft, finished"
