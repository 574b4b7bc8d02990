"""Merging a file into a database that holds some of its records: a pair who started on
two laptops brings their data together. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import MY_VERSION_MARK, Session
from mentordesk.errors import UserFacingError
from mentordesk.interchange.merging import Choice
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.opening import open_store
from mentordesk.store.unit_of_work import Store


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


def unwritten(store: Store, pair: str) -> dict[str, list[tuple[object, ...]]]:
    """What the interchange format does not carry, of one pair."""
    queries = {
        "sent": "SELECT m.uid, m.sent_sequence FROM meeting_series m JOIN pairs p"
        " ON p.id = m.pair_id WHERE p.external_id = :p ORDER BY 1",
        "zones": "SELECT s.external_id, s.timezone FROM sessions s JOIN pairs p"
        " ON p.id = s.pair_id WHERE p.external_id = :p ORDER BY 1",
        "checkins": "SELECT g.external_id, c.checked_on, n.external_id FROM checkins c"
        " JOIN goals g ON g.id = c.goal_id JOIN pairs p ON p.id = g.pair_id"
        " JOIN sessions n ON n.id = c.session_id WHERE p.external_id = :p ORDER BY 1, 2",
        "milestones": "SELECT g.external_id, m.text, n.external_id FROM milestones m"
        " JOIN goals g ON g.id = m.goal_id JOIN pairs p ON p.id = g.pair_id"
        " JOIN sessions n ON n.id = m.session_id WHERE p.external_id = :p ORDER BY 1, 2",
    }
    with store.engine.connect() as conn:
        return {
            name: [tuple(r) for r in conn.execute(text(sql), {"p": pair})]
            for name, sql in queries.items()
        }


def test_a_pair_written_anew_keeps_what_the_format_does_not_carry(
    services: Services, store: Store, laptop: Services, tmp_path: Path
) -> None:
    services.demo.load()
    pair = services.pairs.find("ana-ben")
    goal = next(g for q in services.goals.quarters(pair.id) for g in q.goals)
    services.goals.add_milestone(goal.id, "Noted in a meeting", goal.target_date)
    with store.engine.begin() as conn:  # what a sent invitation and a travelling partner leave
        conn.execute(
            text("UPDATE meeting_series SET sent_sequence = sequence WHERE pair_id = :p"),
            {"p": pair.id},
        )
        conn.execute(
            text(
                "UPDATE sessions SET timezone = 'America/New_York' WHERE pair_id = :p"
                " AND id = (SELECT min(id) FROM sessions WHERE pair_id = :p)"
            ),
            {"p": pair.id},
        )
        for table in ("checkins", "milestones"):  # noted in the pair's last meeting
            conn.execute(
                text(
                    f"UPDATE {table} SET session_id = (SELECT max(id) FROM sessions"
                    " WHERE pair_id = :p) WHERE goal_id IN (SELECT id FROM goals"
                    " WHERE pair_id = :p)"
                ),
                {"p": pair.id},
            )
    before = unwritten(store, "ana-ben")
    assert before["sent"]
    assert before["checkins"]
    assert before["milestones"]
    laptop.interchange.import_file(export(services, tmp_path / "start.json"))
    laptop.wins.add(laptop.pairs.find("ana-ben").id, services.pairs.today(), "A new win", None)
    plan = services.merging.plan(export(laptop, tmp_path / "laptop.json"))
    assert plan.records_added == 1
    services.merging.merge(plan)
    assert unwritten(store, "ana-ben") == before


def test_a_health_check_answer_only_in_the_file_comes_in(
    services: Services, laptop: Services, tmp_path: Path
) -> None:
    services.demo.load()
    laptop.interchange.import_file(export(services, tmp_path / "start.json"))
    pair = laptop.pairs.find("chen-hana")  # no health check in the demo yet
    laptop.health.answer(pair.id, pair.mentor.id, [4, 4, 3, 4, 5], "From the laptop")
    plan = services.merging.plan(export(laptop, tmp_path / "laptop.json"))
    assert plan.records_added == 1
    services.merging.merge(plan)
    here = services.pairs.find("chen-hana")
    answers = services.health.results(here.id)
    assert here.mentor.id in answers.answered_by


def test_a_merge_refuses_pairs_changed_here_since_they_were_compared(
    services: Services, diverged: Path
) -> None:
    plan = services.merging.plan(diverged)
    session_id, _, _ = session_of(services, "ana-ben", "ana-ben-s1")
    write_notes(services, session_id, "Written here after the comparison.")
    with pytest.raises(UserFacingError, match="changed here since they were compared"):
        services.merging.merge(plan)
    _, notes, _ = session_of(services, "ana-ben", "ana-ben-s1")
    assert notes == "Written here after the comparison."
