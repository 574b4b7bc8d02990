"""Team mode: this computer's own file (its author's private notes, the edits not yet sent)
is backed up and restored as the embedded database is; the shared data is the server's.

These need a server database, so they run in the PostgreSQL pass (`make test-postgres`).
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from mentordesk.domain.people import PersonDraft
from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.safety import LOCAL_BACKUPS
from mentordesk.store.local_file import LOCAL_FILE
from mentordesk.store.unit_of_work import Store


@pytest.fixture
def team(store: Store, clock: FixedClock, tmp_path: Path, postgres: object | None) -> Services:
    """An install on the shared server (the PostgreSQL pass only)."""
    if postgres is None:
        pytest.skip("team mode needs a server database (the PostgreSQL pass)")
    return Services.over(store, clock, tmp_path / "backups")


def first_session(services: Services) -> tuple[int, int]:
    """(the mentor's id, the id of the pair's first session)."""
    mentor = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    mentee = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(mentor, mentee, date(2026, 9, 7)).created or 0
    return mentor, services.sessions.open_for(pair_id)[0]


def note_of(services: Services, session_id: int, author: int) -> str | None:
    note = services.sessions.get(session_id).private_note_of(author)
    return note.text if note else None


def test_a_private_note_is_in_the_backup_and_comes_back_with_a_restore(
    team: Services, tmp_path: Path
) -> None:
    assert team.safety.keeps_backups
    assert not team.safety.is_local
    mentor, session_id = first_session(team)
    team.sessions.save_private_note(session_id, mentor, "Ben is unsure about the move")

    made = team.safety.backup_if_changed()
    assert made is not None
    assert made.path.parent == tmp_path / "backups" / LOCAL_BACKUPS
    with sqlite3.connect(made.path) as copy:
        assert [r[0] for r in copy.execute("SELECT text FROM private_notes")] == [
            "Ben is unsure about the move"
        ]
    assert team.safety.backup_if_changed() is None  # nothing changed since

    team.sessions.save_private_note(session_id, mentor, "Rewritten by mistake")
    kept = team.safety.restore(made.path)
    assert note_of(team, session_id, mentor) == "Ben is unsure about the move"
    with sqlite3.connect(kept.path) as copy:  # what the restore replaced was kept first
        assert [r[0] for r in copy.execute("SELECT text FROM private_notes")] == [
            "Rewritten by mistake"
        ]
    assert {b.path for b in team.safety.backups()} == {made.path, kept.path}


def test_a_file_that_is_no_copy_of_this_computers_file_is_refused_untouched(
    team: Services, tmp_path: Path
) -> None:
    mentor, session_id = first_session(team)
    team.sessions.save_private_note(session_id, mentor, "Stays as it is")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(DatabaseError, match="no copy of this computer's own file"):
        team.safety.restore(other)
    with pytest.raises(UserFacingError, match="there is no file"):
        team.safety.restore(tmp_path / "missing.sqlite3")
    assert note_of(team, session_id, mentor) == "Stays as it is"
    assert team.safety.backups() == []
    assert (tmp_path / LOCAL_FILE).exists()


def test_the_shared_data_is_still_the_server_s_to_check(team: Services) -> None:
    with pytest.raises(UserFacingError, match="the server's job"):
        team.safety.check()
    assert "private notes" in team.safety.what_is_backed_up
