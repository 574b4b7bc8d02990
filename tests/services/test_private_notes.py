"""Team mode: a private note stays on its author's computer, never on the shared database.

Two installs share one database (PostgreSQL in the PostgreSQL run), each keeping private
notes in its own file, as every install on a server does.
"""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from mentordesk.domain.people import PersonDraft
from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.local_file import LOCAL_FILE, local_file_path
from mentordesk.store.models import PrivateNoteRow
from mentordesk.store.opening import open_store
from mentordesk.store.unit_of_work import Store

SECRET = "Ben seemed unsure about the move — keep to myself 🤫"


def install(url: str, home: Path) -> Store:
    return open_store(url, local_file=home / LOCAL_FILE)


@pytest.fixture
def ana_store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    opened = install(db_url, tmp_path / "ana")
    yield opened
    opened.close()


@pytest.fixture
def ben_store(db_url: str, tmp_path: Path) -> Iterator[Store]:
    opened = install(db_url, tmp_path / "ben")
    yield opened
    opened.close()


@pytest.fixture
def ana(ana_store: Store, clock: FixedClock) -> Services:
    return Services.over(ana_store, clock)


@pytest.fixture
def ben(ben_store: Store, clock: FixedClock) -> Services:
    return Services.over(ben_store, clock)


@pytest.fixture
def people(ana: Services) -> tuple[int, int, int]:
    """(Ana's id, Ben's id, the id of their first session)."""
    mentor = ana.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    mentee = ana.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = ana.pairs.create(mentor, mentee, date(2026, 9, 7)).created or 0
    return mentor, mentee, ana.sessions.open_for(pair_id)[0]


def exported_notes(services: Services) -> list[dict[str, str]]:
    doc = services.interchange.export_document(include_private=True)
    return [n for p in doc["pairs"] for s in p["sessions"] for n in s["private_notes"]]


def notes_on_server(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(PrivateNoteRow)).scalar_one()


def test_another_install_cannot_read_a_private_note(
    ana: Services, ben: Services, ben_store: Store, people: tuple[int, int, int]
) -> None:
    mentor, _, session_id = people
    ana.sessions.save_private_note(session_id, mentor, SECRET)

    assert ana.sessions.get(session_id).private_notes[0].text == SECRET
    assert ben.sessions.get(session_id).private_notes == ()
    # Not on the shared database at all: no row, and the text in no column of any table.
    assert notes_on_server(ben_store) == 0
    with ben_store.engine.connect() as connection:
        dump = " ".join(
            str(row)
            for table in ("sessions", "session_topics", "action_items", "people", "pairs")
            for row in connection.execute(text(f"SELECT * FROM {table}"))
        )
    assert "keep to myself" not in dump
    assert ben.sessions.search("unsure") == []


def test_the_note_file_is_the_authors_alone(
    ana: Services, ana_store: Store, tmp_path: Path, people: tuple[int, int, int]
) -> None:
    mentor, _, session_id = people
    ana.sessions.save_private_note(session_id, mentor, SECRET)
    file = tmp_path / "ana" / LOCAL_FILE
    assert file.exists()
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    assert stat.S_IMODE(file.parent.stat().st_mode) & 0o077 == 0


def test_a_note_is_changed_and_removed_in_place(
    ana: Services, people: tuple[int, int, int]
) -> None:
    mentor, mentee, session_id = people
    ana.sessions.save_private_note(session_id, mentor, "first")
    ana.sessions.save_private_note(session_id, mentee, "Ben's, typed on Ana's computer")
    ana.sessions.save_private_note(session_id, mentor, "second")
    notes = {n.author_id: n.text for n in ana.sessions.get(session_id).private_notes}
    assert notes == {mentor: "second", mentee: "Ben's, typed on Ana's computer"}
    ana.sessions.save_private_note(session_id, mentor, "")
    assert [n.author_id for n in ana.sessions.get(session_id).private_notes] == [mentee]


def test_a_refused_save_leaves_no_note_behind(ana: Services, people: tuple[int, int, int]) -> None:
    mentor, _, session_id = people
    stranger = ana.people.create(PersonDraft("Zoe", "zoe@example.org")).created or 0
    with pytest.raises(UserFacingError):
        ana.sessions.save_private_note(session_id, stranger, "not hers to keep")
    assert ana.sessions.get(session_id).private_notes == ()
    ana.sessions.save_private_note(session_id, mentor, SECRET)
    assert len(ana.sessions.get(session_id).private_notes) == 1


def test_export_carries_only_this_computers_notes(
    ana: Services, ben: Services, people: tuple[int, int, int]
) -> None:
    mentor, _, session_id = people
    ana.sessions.save_private_note(session_id, mentor, SECRET)
    assert [n["text"] for n in exported_notes(ana)] == [SECRET]
    assert exported_notes(ben) == []


def test_import_puts_notes_on_this_computer_and_a_replaced_session_takes_its_note(
    ana: Services, ana_store: Store, ben: Services, tmp_path: Path, clock: FixedClock
) -> None:
    source = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")  # the pair's old file
    try:
        laptop = Services.over(source, clock)
        laptop.demo.load()
        moved = laptop.interchange.export_document(include_private=True)
    finally:
        source.close()
    ana.interchange.import_text(json.dumps(moved))

    again = ana.interchange.export_document(include_private=True)
    assert again["pairs"] == moved["pairs"]  # every private note came along
    assert notes_on_server(ana_store) == 0
    assert exported_notes(ben) == []

    mentor = ana.people.create(PersonDraft("Xia Lin", "xia@example.org")).created or 0
    mentee = ana.people.create(PersonDraft("Yuri Ito", "yuri@example.org")).created or 0
    pair_id = ana.pairs.create(mentor, mentee, date(2026, 9, 7)).created or 0
    session_id = ana.sessions.open_for(pair_id)[0]
    ana.sessions.save_private_note(session_id, mentor, SECRET)
    gone = ana.sessions.get(session_id).external_id

    if ana_store.is_server:
        with pytest.raises(UserFacingError, match="never replaces"):
            ana.demo.load(force=True)  # a shared server's data is never the demo's to replace
    else:
        ana.demo.load(force=True)  # the file playing the server: replaced, notes too
    kept = ana_store.local_file
    assert kept is not None
    with kept.engine.connect() as connection:
        uids = connection.execute(text("SELECT session_uid FROM private_notes")).scalars().all()
    assert (gone in uids) is ana_store.is_server  # an erased session's note goes with it
    assert len(uids) == len(exported_notes(ana))


def test_only_a_server_database_keeps_notes_apart(tmp_path: Path) -> None:
    assert local_file_path(f"sqlite:///{tmp_path / 'own.sqlite3'}", tmp_path) is None
    assert local_file_path("postgresql+psycopg://ana@db.example.org/team", tmp_path) == (
        tmp_path / LOCAL_FILE
    )


def test_a_notes_file_that_cannot_be_opened_is_named(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "broken" / LOCAL_FILE).mkdir(parents=True)  # a folder where the file goes
    with pytest.raises(DatabaseError, match="is a folder"):
        install(db_url, tmp_path / "broken")
    junk = tmp_path / "junk" / LOCAL_FILE
    junk.parent.mkdir()
    junk.write_bytes(b"not a database at all, just some words " * 100)
    with pytest.raises(DatabaseError, match="cannot open this computer's own file"):
        install(db_url, tmp_path / "junk")
