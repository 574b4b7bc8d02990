"""Team mode on a real PostgreSQL with real roles: each person logs in as themselves and
the server shows and changes only their own pairs' rows; the coordinator reads the
signals and the audit log, never a pair's words. Raw SQL as each role, then MentorDesk's
own services as a pair member."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from mentordesk.cli import main
from mentordesk.domain.pairs import Role
from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.health import builtin_templates
from mentordesk.store.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SCRIPT_LOCATION,
    upgrade_if_due,
)
from mentordesk.store.team_roles import PAIR_TABLES, Groups
from tests.conftest import ON_POSTGRES, PostgresServer, open_install

pytestmark = pytest.mark.skipif(not ON_POSTGRES, reason="row-level security is PostgreSQL's")

# How the owner finds the rows of the pairs :p, table by table (to compare with what a
# login is shown).
OF_PAIRS = {
    "pairs": "id = ANY(:p)",
    "agreements": "pair_id = ANY(:p)",
    "goals": "pair_id = ANY(:p)",
    "meeting_series": "pair_id = ANY(:p)",
    "sessions": "pair_id = ANY(:p)",
    "checklist_runs": "pair_id = ANY(:p)",
    "signed_summaries": "pair_id = ANY(:p)",
    "wins": "pair_id = ANY(:p)",
    "health_answers": "pair_id = ANY(:p)",
    "checkins": "goal_id IN (SELECT id FROM goals WHERE pair_id = ANY(:p))",
    "milestones": "goal_id IN (SELECT id FROM goals WHERE pair_id = ANY(:p))",
    "self_assessments": "goal_id IN (SELECT id FROM goals WHERE pair_id = ANY(:p))",
    "series_exceptions": "series_id IN (SELECT id FROM meeting_series WHERE pair_id = ANY(:p))",
    "session_topics": "session_id IN (SELECT id FROM sessions WHERE pair_id = ANY(:p))",
    "action_items": "session_id IN (SELECT id FROM sessions WHERE pair_id = ANY(:p))",
    "search_index": "session_id IN (SELECT id FROM sessions WHERE pair_id = ANY(:p))",
    "meeting_feedback": "session_id IN (SELECT id FROM sessions WHERE pair_id = ANY(:p))",
    "private_notes": "false",  # on a server they stay on each computer
    "checklist_run_steps": "run_id IN (SELECT id FROM checklist_runs WHERE pair_id = ANY(:p))",
}


@dataclass
class Team:
    url: str
    owner: Services
    owner_engine: Engine
    prefix: str  # of this test's role names (roles are server-wide)
    pair_ids: dict[str, int]  # by the demo's pair id

    def login(self, who: str) -> str:
        return f"{self.prefix}_{who}"

    def url_as(self, who: str) -> str:
        url = make_url(self.url).set(username=self.login(who), password="any")
        return url.render_as_string(hide_password=False)

    def engine_as(self, who: str) -> Engine:
        return create_engine(self.url_as(who), isolation_level="AUTOCOMMIT")


@pytest.fixture
def team(postgres: PostgresServer, clock: FixedClock, tmp_path: Path) -> Iterator[Team]:
    """The demo team on a server set up as `mentordesk team init` and `add-person` do:
    ana (Ana Silva, mentor of ana-ben), ben (Ben Okafor, her mentee), chen (Chen Wei, of
    chen-hana) and the coordinator lead."""
    url = postgres.create(migrated=True)
    database = make_url(url).database or ""
    store = open_install(url, tmp_path / "owner")
    owner = Services.over(store, clock, tmp_path / "backups")
    owner.demo.load()
    owner.team_setup.init()
    prefix = database
    for who, person in (("ana", "Ana Silva"), ("ben", "Ben Okafor"), ("chen", "Chen Wei")):
        owner.team_setup.add_person(f"{prefix}_{who}", person)
    owner.team_setup.add_person(f"{prefix}_lead", coordinator=True)
    pair_ids = {p.external_id: p.id for p in owner.pairs.all()}
    try:
        yield Team(url, owner, store.engine, prefix, pair_ids)
    finally:
        store.close()
        postgres.drop(url)
        groups = Groups.of(database)
        roles = [f"{prefix}_{who}" for who in ("ana", "ben", "chen", "lead", "stranger")]
        for role in (*roles, groups.members, groups.coordinators):
            postgres.run(f'DROP ROLE IF EXISTS "{role}"')


def rows(engine: Engine, sql: str, **params: Any) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(text(sql), params))


def owner_count(team: Team, table: str, pairs: list[int]) -> int:
    with team.owner_engine.connect() as conn:
        query = text(f"SELECT count(*) FROM {table} WHERE {OF_PAIRS[table]}")
        return int(conn.execute(query, {"p": pairs}).scalar_one())


def changed_rows(engine: Engine, sql: str, **params: Any) -> int:
    with engine.begin() as conn:
        return int(conn.execute(text(sql), params).rowcount)


@pytest.mark.parametrize("table", PAIR_TABLES)
def test_each_person_sees_exactly_their_own_pairs_rows(team: Team, table: str) -> None:
    assert set(OF_PAIRS) == set(PAIR_TABLES)
    for who, pair in (("ana", "ana-ben"), ("ben", "ana-ben"), ("chen", "chen-hana")):
        engine = team.engine_as(who)
        seen = rows(engine, f"SELECT count(*) FROM {table}")[0][0]
        assert seen == owner_count(team, table, [team.pair_ids[pair]]), (who, table)
        engine.dispose()
    lead = team.engine_as("lead")
    assert rows(lead, f"SELECT count(*) FROM {table}")[0][0] == 0  # the coordinator: nothing
    lead.dispose()


def test_the_demo_gives_every_table_rows_to_hide(team: Team) -> None:
    """Guards the test above: a table empty for another pair would prove nothing."""
    others = [team.pair_ids["chen-hana"]]
    empty = [
        t
        for t in (
            "sessions",
            "session_topics",
            "action_items",
            "goals",
            "checkins",
            "search_index",
            "agreements",
            "meeting_series",
        )
        if not owner_count(team, t, others)
    ]
    assert empty == []


def test_another_pairs_rows_cannot_be_changed_or_deleted_by_guessing_ids(team: Team) -> None:
    chen = team.engine_as("chen")
    ana_pair = team.pair_ids["ana-ben"]
    owner = team.owner_engine
    with owner.connect() as conn:
        session_id, notes = conn.execute(
            text("SELECT id, notes FROM sessions WHERE pair_id = :p ORDER BY id LIMIT 1"),
            {"p": ana_pair},
        ).one()
        items = conn.execute(
            text("SELECT count(*) FROM action_items WHERE session_id = :s"), {"s": session_id}
        ).scalar_one()
    assert changed_rows(chen, "UPDATE sessions SET notes = 'mine' WHERE id = :s", s=session_id) == 0
    assert changed_rows(chen, "DELETE FROM action_items WHERE session_id = :s", s=session_id) == 0
    assert changed_rows(chen, "DELETE FROM pairs WHERE id = :p", p=ana_pair) == 0
    assert changed_rows(chen, "UPDATE goals SET title = 'x' WHERE pair_id = :p", p=ana_pair) == 0
    with pytest.raises(ProgrammingError, match="row-level security"):
        changed_rows(
            chen,
            "INSERT INTO session_topics (session_id, position, text) VALUES (:s, 9, 'x')",
            s=session_id,
        )
    with pytest.raises(ProgrammingError, match="row-level security"):  # moved into theirs
        changed_rows(
            chen,
            "UPDATE sessions SET pair_id = :p WHERE pair_id = :mine",
            p=ana_pair,
            mine=team.pair_ids["chen-hana"],
        )
    with owner.connect() as conn:
        assert (
            conn.execute(
                text("SELECT notes FROM sessions WHERE id = :s"), {"s": session_id}
            ).scalar_one()
            == notes
        )
        assert (
            conn.execute(
                text("SELECT count(*) FROM action_items WHERE session_id = :s"), {"s": session_id}
            ).scalar_one()
            == items
        )
    chen.dispose()


def test_a_login_is_given_only_by_the_team_lead(team: Team) -> None:
    ana = team.engine_as("ana")
    with pytest.raises(ProgrammingError, match="permission denied"):
        changed_rows(
            ana, "UPDATE people SET login = :me WHERE name = 'Chen Wei'", me=team.login("ana")
        )
    with pytest.raises(ProgrammingError, match="permission denied"):
        changed_rows(
            ana,
            "INSERT INTO people (external_id, name, email, login) VALUES ('x', 'X', 'x@e', :l)",
            l=team.login("chen"),
        )
    # Someone else's name or address, once they have a login, is theirs to change.
    assert changed_rows(ana, "UPDATE people SET email = 'x@e' WHERE name = 'Chen Wei'") == 0
    assert changed_rows(ana, "UPDATE people SET email = 'ana@e' WHERE name = 'Ana Silva'") == 1
    assert changed_rows(ana, "DELETE FROM people WHERE name = 'Chen Wei'") == 0  # has a login
    ana.dispose()


def test_only_a_member_of_the_team_may_connect(team: Team, postgres: PostgresServer) -> None:
    postgres.run(f'CREATE ROLE "{team.login("stranger")}" LOGIN')
    stranger = team.engine_as("stranger")
    with pytest.raises(DBAPIError, match="permission denied for database"):
        rows(stranger, "SELECT 1")
    stranger.dispose()


def test_each_partner_signs_only_as_themselves(team: Team) -> None:
    pair = team.pair_ids["ana-ben"]
    ana, ben = team.engine_as("ana"), team.engine_as("ben")
    clear = "UPDATE agreements SET signed_by_mentor_on = NULL, signed_by_mentee_on = NULL"
    changed_rows(ana, f"{clear} WHERE pair_id = :p", p=pair)  # anyone may clear: a change
    with pytest.raises(ProgrammingError, match="only the mentee signs as the mentee"):
        changed_rows(
            ana,
            "UPDATE agreements SET signed_by_mentee_on = current_date WHERE pair_id = :p",
            p=pair,
        )
    with pytest.raises(ProgrammingError, match="only the mentor signs as the mentor"):
        changed_rows(
            ben,
            "UPDATE agreements SET signed_by_mentor_on = current_date WHERE pair_id = :p",
            p=pair,
        )
    assert (
        changed_rows(
            ana,
            "UPDATE agreements SET signed_by_mentor_on = current_date WHERE pair_id = :p",
            p=pair,
        )
        == 1
    )
    assert (
        changed_rows(
            ben,
            "UPDATE agreements SET signed_by_mentee_on = current_date WHERE pair_id = :p",
            p=pair,
        )
        == 1
    )
    ana.dispose()
    ben.dispose()


def test_a_health_answer_or_feedback_is_the_connected_persons(team: Team) -> None:
    ana_engine = team.engine_as("ana")
    people = {p.name: p.id for p in team.owner.people.all()}
    insert = (
        "INSERT INTO health_answers (pair_id, person_id, quarter, scores, comment, answered_on)"
        " VALUES (:p, :who, 7, '4,4,4,4,4', '', current_date)"
    )
    pair = team.pair_ids["ana-ben"]
    with pytest.raises(ProgrammingError, match="answers from their own login"):
        changed_rows(ana_engine, insert, p=pair, who=people["Ben Okafor"])
    assert changed_rows(ana_engine, insert, p=pair, who=people["Ana Silva"]) == 1
    session = rows(ana_engine, "SELECT id FROM sessions WHERE status = 'held' LIMIT 1")[0][0]
    feedback = (
        "INSERT INTO meeting_feedback (session_id, person_id, useful, balance, word, answered_on)"
        " VALUES (:s, :who, 4, 3, '', current_date) ON CONFLICT DO NOTHING"
    )
    with pytest.raises(ProgrammingError, match="answers from their own login"):
        changed_rows(ana_engine, feedback, s=session, who=people["Ben Okafor"])
    ana_engine.dispose()


def test_the_owners_set_up_work_is_not_logged(team: Team) -> None:
    """The demo the owner loaded wrote thousands of rows; the log holds none of them."""
    assert rows(team.owner_engine, "SELECT count(*) FROM audit_log")[0][0] == 0


def test_the_coordinator_reads_signals_and_the_audit_log_never_words(team: Team) -> None:
    ana, lead = team.engine_as("ana"), team.engine_as("lead")
    changed_rows(ana, "UPDATE sessions SET notes = notes || ' (more)' WHERE status = 'held'")
    signals = rows(lead, "SELECT * FROM mentordesk_team_signals(DATE '2026-11-21')")
    assert len(signals) == len(team.pair_ids)
    columns = set(signals[0]._fields)
    assert not columns & {"notes", "text", "comment", "title", "outcome", "word"}
    audit = rows(lead, "SELECT who, what, action, rows FROM audit_log ORDER BY id DESC LIMIT 1")
    assert audit[0][:3] == (team.login("ana"), "sessions", "update")
    assert audit[0][3] > 0
    for forbidden in ("SELECT * FROM mentordesk_team_signals()", "SELECT count(*) FROM audit_log"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            rows(ana, forbidden)
    ana.dispose()
    lead.dispose()


def test_mentordesk_itself_runs_as_a_pair_member(
    team: Team, clock: FixedClock, tmp_path: Path
) -> None:
    store = open_install(team.url_as("ana"), tmp_path / "ana")
    try:
        ana = Services.over(store, clock, tmp_path / "ana" / "backups")
        pairs = ana.pairs.all()
        assert [p.external_id for p in pairs] == ["ana-ben"]
        pair = pairs[0]
        assert len(ana.people.all()) == 12  # the team's list is everyone's
        connected = ana.people.connected()
        assert connected is not None
        assert connected.name == "Ana Silva"  # the login says who is at the keyboard
        assert team.owner.people.connected() is None
        hits = ana.sessions.search("review")
        assert hits
        assert {h.pair_title for h in hits} == {pair.title}
        assert [p["id"] for p in ana.interchange.export_document()["pairs"]] == ["ana-ben"]
        session_id = ana.sessions.open_for(pair.id)[0]
        ana.sessions.add_action_item(session_id, pair.mentee.id, "Read the style guide")
        assert any(
            i.text == "Read the style guide" for i in ana.sessions.get(session_id).action_items
        )
        ana.pairs.sign(pair.id, Role.MENTOR)
        with pytest.raises(UserFacingError, match="only the mentee signs as the mentee"):
            ana.pairs.sign(pair.id, Role.MENTEE)
        with pytest.raises(UserFacingError, match="answers from their own login"):
            ana.health.answer(pair.id, pair.mentee.id, [4, 4, 4, 4, 4], "")
        ana.health.answer(pair.id, pair.mentor.id, [4, 4, 4, 4, 4], "")
        with pytest.raises(UserFacingError, match="never replaces"):
            ana.demo.load(force=True)
        chen_pair = team.pair_ids["chen-hana"]
        with pytest.raises(UserFacingError):
            ana.pairs.get(chen_pair)  # not hers: as if it did not exist
    finally:
        store.close()


def test_the_team_leads_commands_end_to_end(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    login = team.login("dana")
    try:
        code = main(["team", "add-person", login, "--person", "dana kowalski", "--db", team.url])
        out = capsys.readouterr().out
        assert code == 0
        assert f"User:     {login}" in out
        assert "Password: " in out
        assert "shown once" in out
        again = main(["team", "add-person", login, "--person", "Dana Kowalski", "--db", team.url])
        assert again == 0
        assert "Password: unchanged" in capsys.readouterr().out
        dana = team.engine_as("dana")
        assert [r[0] for r in rows(dana, "SELECT external_id FROM pairs")] == ["gabriel-dana"]
        dana.dispose()

        assert main(["team", "signals", "--db", team.url_as("lead")]) == 0
        table = capsys.readouterr().out
        assert "Ana Silva – Ben Okafor" in table
        assert len(table.splitlines()) == 1 + len(team.pair_ids)
        ana = team.engine_as("ana")
        changed_rows(ana, "UPDATE sessions SET notes = notes || '.' WHERE status = 'held'")
        ana.dispose()
        assert main(["team", "audit", "--limit", "3", "--db", team.url_as("lead")]) == 0
        said = capsys.readouterr().out
        assert f"{team.login('ana')} update" in " ".join(said.split())
        assert "of sessions of pair" in said
        assert main(["team", "signals", "--db", team.url_as("ana")]) == 2
        assert "permission denied" in capsys.readouterr().err

        assert main(["team", "remove-person", login, "--db", team.url]) == 0
        capsys.readouterr()
        linked = rows(team.owner_engine, "SELECT count(*) FROM people WHERE login = :l", l=login)
        assert linked[0][0] == 0
    finally:
        with team.owner_engine.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            conn.commit()


def test_a_pairs_everyday_work_runs_as_a_pair_member(
    team: Team, clock: FixedClock, tmp_path: Path
) -> None:
    """Every kind of record a pair writes, written through MentorDesk's services as the
    mentor's login: the grants cover them all (sequences, templates, the search index)."""
    store = open_install(team.url_as("ana"), tmp_path / "ana")
    try:
        ana = Services.over(store, clock, tmp_path / "ana" / "backups")
        pair = ana.pairs.find("ana-ben")
        today = ana.pairs.today()
        [plan] = [q for q in ana.goals.quarters(pair.id) if q.is_current]
        goal = next(g for g in plan.goals)
        ana.goals.add_checkin(goal.id, today, 55, "Halfway, as agreed")
        undo = ana.goals.add_milestone(goal.id, "First review given", today)
        undo.inverse()  # undo takes it back, as the member
        ana.wins.add(pair.id, today, "First solo on-call week", pair.mentee.id)
        key = builtin_templates()[0][0]
        ana.health.start(pair.id, key)
        series = ana.meetings.current_series(pair.id)
        assert series is not None
        upcoming = [o for o in ana.meetings.occurrences(pair.id) if o.original_date > today]
        ana.meetings.skip(series.id, upcoming[0].original_date)
        held = next(
            r.session
            for r in ana.sessions.log(pair.id)
            if r.session and r.session.status.value == "held"
        )
        ana.feedback.give(held.id, pair.mentor.id, 4, 3, "useful")
        ana.calendar.write(pair.id, tmp_path / "ana-ben.ics")
        assert "Agenda" in ana.sessions.agenda(pair.id).as_text()
        ana.sessions.save_private_note(held.id, pair.mentor.id, "Only mine")
    finally:
        store.close()
    audit = rows(
        team.owner_engine,
        "SELECT DISTINCT what FROM audit_log WHERE who = :w ORDER BY what",
        w=team.login("ana"),
    )
    assert {r[0] for r in audit} >= {
        "checkins",
        "milestones",
        "wins",
        "checklist_runs",
        "checklist_run_steps",
        "series_exceptions",
        "meeting_feedback",
    }
    # Private notes stay on the computer: the server holds none of hers.
    assert rows(team.owner_engine, "SELECT count(*) FROM private_notes")[0][0] == 0


def test_no_temporary_table_can_stand_in_for_ours(team: Team) -> None:
    """A login's own temporary 'people' or 'audit_log' would be found first by a function
    that does not pin its search path; logins may not make one at all."""
    ben = team.engine_as("ben")
    for name in ("people", "audit_log"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            changed_rows(ben, f"CREATE TEMP TABLE {name} (id integer)")
    with team.owner_engine.connect() as conn:
        paths = conn.execute(
            text(
                "SELECT proname, proconfig FROM pg_proc"
                " WHERE proname LIKE 'mentordesk%' ORDER BY proname"
            )
        ).all()
    assert len(paths) == 4
    assert all(config == ["search_path=pg_catalog, public, pg_temp"] for _, config in paths)
    ben.dispose()


def test_a_pairs_partners_are_not_a_partners_to_change(team: Team) -> None:
    pair = team.pair_ids["ana-ben"]
    chen_person = rows(team.owner_engine, "SELECT id FROM people WHERE name = 'Chen Wei'")[0][0]
    ana, ben = team.engine_as("ana"), team.engine_as("ben")
    with pytest.raises(ProgrammingError, match="permission denied"):  # hand it to chen
        changed_rows(ana, "UPDATE pairs SET mentee_id = :c WHERE id = :p", c=chen_person, p=pair)
    with pytest.raises(ProgrammingError, match="permission denied"):  # swap, sign, swap back
        changed_rows(ben, "UPDATE pairs SET mentor_id = mentee_id, mentee_id = mentor_id")
    assert changed_rows(ana, "UPDATE pairs SET end_reason = NULL WHERE id = :p", p=pair) == 1
    ana.dispose()
    ben.dispose()


def test_changed_words_need_both_signatures_afresh(team: Team) -> None:
    pair = team.pair_ids["ana-ben"]
    ana, ben = team.engine_as("ana"), team.engine_as("ben")
    sign = "UPDATE agreements SET signed_by_{0}_on = current_date WHERE pair_id = :p"
    changed_rows(ana, sign.format("mentor"), p=pair)
    changed_rows(ben, sign.format("mentee"), p=pair)
    with pytest.raises(ProgrammingError, match="need both signatures afresh"):
        changed_rows(
            ben, "UPDATE agreements SET expectations = 'Ben decides' WHERE pair_id = :p", p=pair
        )
    unsigned = (
        "UPDATE agreements SET expectations = 'Both decide', signed_by_mentor_on = NULL,"
        " signed_by_mentee_on = NULL WHERE pair_id = :p"
    )
    assert changed_rows(ben, unsigned, p=pair) == 1  # as MentorDesk does it
    ana.dispose()
    ben.dispose()


def test_references_must_be_the_pairs_own_too(team: Team) -> None:
    """A row of one's own pair may not point at another pair's meeting series, session
    or goal (that would probe or block the other pair's records)."""
    chen = team.engine_as("chen")
    theirs = team.pair_ids["ana-ben"]
    mine = team.pair_ids["chen-hana"]
    series = rows(team.owner_engine, "SELECT id FROM meeting_series WHERE pair_id = :p", p=theirs)
    session = rows(
        team.owner_engine, "SELECT id FROM sessions WHERE pair_id = :p LIMIT 1", p=theirs
    )
    goal = rows(chen, "SELECT id FROM goals LIMIT 1")[0][0]
    with pytest.raises(ProgrammingError, match="row-level security"):
        changed_rows(
            chen,
            "INSERT INTO sessions (external_id, pair_id, series_id, occurrence_date,"
            " scheduled_for, timezone, status, notes) VALUES ('probe', :p, :s,"
            " DATE '2031-01-07', TIMESTAMP '2031-01-07 16:00', 'UTC', 'planned', '')",
            p=mine,
            s=series[0][0],
        )
    with pytest.raises(ProgrammingError, match="row-level security"):
        changed_rows(
            chen,
            "INSERT INTO checkins (goal_id, checked_on, progress, note, session_id)"
            " VALUES (:g, current_date, 10, '', :s)",
            g=goal,
            s=session[0][0],
        )
    chen.dispose()


def test_what_a_login_may_not_touch_at_all(team: Team) -> None:
    ana = team.engine_as("ana")
    for forbidden in (
        "SELECT last_value FROM sessions_id_seq",  # the team's totals
        "UPDATE signed_summaries SET sha256 = sha256",  # signed is signed
        "UPDATE database_identity SET uid = 'x'",
    ):
        with pytest.raises(ProgrammingError, match="permission denied"):
            changed_rows(ana, forbidden)
    ana.dispose()


def test_the_team_lead_cannot_hand_out_an_administrators_login(team: Team) -> None:
    owner = make_url(team.url).username or ""
    with pytest.raises(UserFacingError, match="administrator's login"):
        team.owner.team_setup.add_person(owner, "Hana Sato")
    with pytest.raises(UserFacingError, match="not a login of this team"):
        team.owner.team_setup.remove_person(owner)


def test_a_persons_own_changes_to_the_team_list_are_logged(team: Team) -> None:
    ana = team.engine_as("ana")
    changed_rows(ana, "UPDATE people SET email = 'ana@new.example' WHERE name = 'Ana Silva'")
    ana.dispose()
    logged = rows(team.owner_engine, "SELECT who, what, action FROM audit_log")
    assert logged == [(team.login("ana"), "people", "update")]


def test_a_schema_update_is_the_owners_and_a_login_is_told_so(team: Team) -> None:
    """A person's login cannot change the schema (CREATE INDEX needs the table's owner):
    opening a team database one migration behind says to ask the team lead, and the
    owner's update then goes through."""
    config = Config()  # the newest migration undone by Alembic, as an older team has it
    config.set_main_option("script_location", SCRIPT_LOCATION)
    with team.owner_engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "-1")
        conn.commit()
    assert rows(team.owner_engine, "SELECT version_num FROM alembic_version") == [
        (KNOWN_REVISIONS[-2],)
    ]
    ana = team.engine_as("ana")
    try:
        with pytest.raises(DatabaseError, match="ask your team lead to run 'mentordesk team init'"):
            upgrade_if_due(ana)
    finally:
        ana.dispose()
    assert upgrade_if_due(team.owner_engine)
    assert rows(team.owner_engine, "SELECT version_num FROM alembic_version") == [(HEAD_REVISION,)]
