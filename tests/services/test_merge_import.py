"""Merging a file into a database that holds some of its records: a pair who started on
two laptops brings their data together. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import MY_VERSION_MARK, Session
from mentordesk.errors import UserFacingError
from mentordesk.interchange.merging import Choice
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.opening import open_store


@pytest.fixture
def laptop(tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    """The other laptop: its own SQLite file."""
    store = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    yield Services.over(store, clock, tmp_path / "laptop-backups")
    store.close()


def export(services: Services, path: Path) -> Path:
    services.interchange.export_file(path, include_private=True)
    return path


def sessions_of(services: Services, pair: str) -> list[Session]:
    return [r.session for r in services.sessions.log(services.pairs.find(pair).id) if r.session]


def session_of(services: Services, pair: str, ref: str) -> tuple[int, str, tuple[str, ...]]:
    [found] = [s for s in sessions_of(services, pair) if s.external_id == ref]
    return found.id, found.notes, found.topics


def write_notes(services: Services, session_id: int, notes: str) -> None:
    session = services.sessions.get(session_id)
    services.sessions.save(session_id, session.status, session.topics, notes)


@pytest.fixture
def diverged(services: Services, laptop: Services, tmp_path: Path) -> Path:
    """The same demo team on both; then each side changes something of its own.
    Returns the laptop's export."""
    services.demo.load()
    laptop.interchange.import_file(export(services, tmp_path / "start.json"))
    # Here: the first session's notes change, a person's address changes.
    here_id, _, _ = session_of(services, "ana-ben", "ana-ben-s1")
    write_notes(services, here_id, "Notes written here.")
    # On the laptop: the same session's notes otherwise, a new session, a new address.
    there_id, _, _ = session_of(laptop, "ana-ben", "ana-ben-s1")
    write_notes(laptop, there_id, "Notes written on the laptop.")
    pair = laptop.pairs.find("ana-ben")
    laptop.sessions.open_for(pair.id)  # a new ad-hoc session
    ana = laptop.people.find("ana")
    assert ana is not None
    laptop.people.update(ana.id, PersonDraft(ana.name, "ana@laptop.example", ana.department))
    return export(laptop, tmp_path / "laptop.json")


def test_a_file_of_the_same_data_changes_nothing(services: Services, tmp_path: Path) -> None:
    services.demo.load()
    plan = services.merging.plan(export(services, tmp_path / "same.json"))
    assert not plan.changes_anything
    assert plan.identical > 50
    assert plan.summary().startswith("0 new people, 0 new pairs, 0 new records")


def test_the_plan_names_what_is_new_same_and_different(services: Services, diverged: Path) -> None:
    plan = services.merging.plan(diverged)
    assert plan.records_added == 1  # the laptop's new session
    kinds = sorted((d.kind, d.ref) for d in plan.differences)
    assert kinds == [("person", "ana"), ("session", "ana-ben-s1")]
    person = next(d for d in plan.differences if d.kind == "person")
    assert person.fields == ("email",)
    assert person.describe() == "person ana: email differ"
    session = next(d for d in plan.differences if d.kind == "session")
    assert session.default is Choice.BOTH
    assert "notes" in session.fields


def test_keep_both_combines_a_session_and_adds_the_new_one(
    services: Services, diverged: Path
) -> None:
    before = len(sessions_of(services, "ana-ben"))
    result = services.merging.merge(services.merging.plan(diverged))  # the defaults
    assert "kept both 1" in result.summary()
    assert "kept mine 1" in result.summary()
    _, notes, _ = session_of(services, "ana-ben", "ana-ben-s1")
    assert "Notes written on the laptop." in notes
    assert MY_VERSION_MARK in notes
    assert "Notes written here." in notes
    assert len(sessions_of(services, "ana-ben")) == before + 1
    ana = services.people.find("ana")
    assert ana is not None
    assert ana.email == "ana@example.org"  # kept mine
    hits = services.sessions.search("laptop")
    assert len(hits) == 1  # the merged words are found once, the old ones are gone
    assert services.sessions.search("written here")


def test_keep_theirs_takes_the_files_version(services: Services, diverged: Path) -> None:
    plan = services.merging.plan(diverged)
    services.merging.merge(plan, {d.key: Choice.THEIRS for d in plan.differences})
    _, notes, _ = session_of(services, "ana-ben", "ana-ben-s1")
    assert notes == "Notes written on the laptop."
    ana = services.people.find("ana")
    assert ana is not None
    assert ana.email == "ana@laptop.example"
    again = services.merging.plan(diverged)
    assert not again.changes_anything  # merging the same file twice adds nothing


def test_keep_mine_keeps_this_databases_version(services: Services, diverged: Path) -> None:
    plan = services.merging.plan(diverged)
    services.merging.merge(plan, {d.key: Choice.MINE for d in plan.differences})
    _, notes, _ = session_of(services, "ana-ben", "ana-ben-s1")
    assert notes == "Notes written here."
    assert [d.kind for d in services.merging.plan(diverged).differences] == ["person", "session"]


def test_a_file_that_cannot_be_read_changes_nothing(services: Services, tmp_path: Path) -> None:
    services.demo.load()
    before = services.interchange.export_document(include_private=True)
    broken = tmp_path / "broken.json"
    document = json.loads(export(services, tmp_path / "good.json").read_text())
    document["pairs"][0]["started_on"] = "someday"
    broken.write_text(json.dumps(document))
    with pytest.raises(UserFacingError, match=r"pairs\[0\]\.started_on"):
        services.merging.plan(broken)
    after = services.interchange.export_document(include_private=True)
    assert after["pairs"] == before["pairs"]


def test_a_whole_new_pair_and_person_come_in(
    services: Services, laptop: Services, tmp_path: Path
) -> None:
    services.demo.load()
    laptop.interchange.import_file(export(services, tmp_path / "start.json"))
    xia = laptop.people.create(PersonDraft("Xia Lin", "xia@example.org")).created or 0
    ana = laptop.people.find("ana")
    assert ana is not None
    laptop.pairs.create(ana.id, xia, services.pairs.today())
    plan = services.merging.plan(export(laptop, tmp_path / "laptop.json"))
    assert (len(plan.people_added), len(plan.pairs_added)) == (1, 1)
    assert plan.differences == ()
    services.merging.merge(plan)
    assert len(services.pairs.all()) == len(laptop.pairs.all())
