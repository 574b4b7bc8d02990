"""Undo and redo in the services, without Qt, on the test's real database.

Every action a person can take back is done, undone, done again and undone again; the
database must then be as it was before. Each undo is one transaction: when one of its
writes fails, none of them is kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from mentordesk.calendar_files.method import Method
from mentordesk.domain.goals import GoalDraft, GoalStatus, Outcome, Skill
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.pairs import AgreementText, Role
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.quarters import QuarterMode
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.undo import Step
from mentordesk.store import tables
from mentordesk.store.unit_of_work import Store

Snapshot = dict[str, list[tuple[tuple[str, Any], ...]]]

# Left out of a comparison: the count of writes, which every commit raises, and a series'
# SEQUENCE, which every change raises, an undo too (so that calendars take the news).
UNCOMPARED = {"database_identity"}
GROWING = {("meeting_series", "sequence")}


def snapshot(url: str) -> Snapshot:
    """Every row of every table, read on a connection of its own. A row is named by its
    external id (or key) and a reference by the external id it points to, not by database
    ids: a record that undo removes and redo brings back gets a new id."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = {
                table.name: [dict(r._mapping) for r in connection.execute(select(table))]
                for table in tables.metadata.sorted_tables
                if table.name not in UNCOMPARED
            }
    finally:
        engine.dispose()
    labels: dict[str, dict[int, str]] = {}
    for name, found in rows.items():
        columns = tables.metadata.tables[name].c
        label = next((c for c in ("external_id", "key") if c in columns), None)
        if label is not None and "id" in columns:
            labels[name] = {r["id"]: r[label] for r in found}
    kept: Snapshot = {}
    for name, found in rows.items():
        table = tables.metadata.tables[name]
        refs = {fk.parent.key: fk.column.table.name for fk in table.foreign_keys}
        kept[name] = sorted(
            (
                tuple(
                    (
                        column,
                        labels.get(refs[column], {}).get(value, value) if column in refs else value,
                    )
                    for column, value in sorted(row.items())
                    if column != "id" and (name, column) not in GROWING
                )
                for row in found
            ),
            key=repr,
        )
    return kept


@dataclass(frozen=True)
class Team:
    """A pair with a weekly meeting (one week skipped), a signed agreement, a goal with a
    check-in and a checklist run started; and Cleo, in no pair."""

    services: Services
    pair_id: int
    series_id: int
    goal_id: int
    run_id: int
    cleo: int


@pytest.fixture
def team(services: Services, pair: tuple[int, int, int]) -> Team:
    pair_id = pair[0]
    s = services
    [series] = s.meetings.series_of(pair_id)
    s.meetings.skip(series.id, date(2026, 11, 30))
    s.pairs.write_agreement(pair_id, AgreementText("Weekly, 45 minutes", "Come prepared"))
    s.pairs.sign(pair_id, Role.MENTOR)
    goal = GoalDraft(1, Skill.TECHNICAL, "Own the queries", date(2026, 11, 30), "Billing", "3 PRs")
    goal_id = s.goals.create(pair_id, goal).created or 0
    s.goals.add_checkin(goal_id, date(2026, 11, 2), 40, "First PR")
    run_id = s.health.start(pair_id, "scheduling").created or 0
    cleo = s.people.create(PersonDraft("Cleo Park", "cleo@example.org", "Ops")).created or 0
    return Team(s, pair_id, series.id, goal_id, run_id, cleo)


def _same(found: Snapshot) -> Snapshot:
    return found


def _but_withdrawn_series(found: Snapshot) -> Snapshot:
    """All but the series that an undone plan withdrew: it is cancelled, not deleted, so
    that a cancellation can still withdraw an invitation already sent."""
    series = found["meeting_series"]
    withdrawn = [r for r in series if dict(r)["external_id"].endswith("-meetings-2")]
    assert all(dict(r)["cancelled"] for r in withdrawn)
    return {**found, "meeting_series": [r for r in series if r not in withdrawn]}


def _but_sent(found: Snapshot) -> Snapshot:
    """All but which SEQUENCE was last sent: the cancellation went out, undone or not (so
    the series live again is offered for a new invitation)."""
    series = [tuple(c for c in r if c[0] != "sent_sequence") for r in found["meeting_series"]]
    return {**found, "meeting_series": series}


@dataclass(frozen=True)
class Case:
    """An action as the person takes it: its name on the Undo menu, the service call, and
    what its undo leaves on purpose."""

    text: str
    act: Callable[[Team], Step]
    leaves: Callable[[Snapshot], Snapshot] = _same


def _edited_run(t: Team, close: bool) -> Step:
    run = t.services.health.run(t.run_id)
    steps = tuple(replace(step, done=True, note="done") for step in run.steps[:2])
    edited = replace(run, steps=steps + run.steps[2:], outcome="Keep Mondays")
    return t.services.health.save_checklist(edited, close)


def _cancelled(t: Team) -> Step:
    _, step = t.services.calendar.send_drafts(t.pair_id, Method.CANCEL)
    assert step is not None
    return step


def _plan_from(first: date) -> Callable[[Team], Step]:
    def plan(t: Team) -> Step:
        draft = SeriesDraft("MO", time(17), 30, "Europe/Berlin", first, date(2027, 3, 1), 1, "Cafe")
        return t.services.meetings.plan_meetings(t.pair_id, draft)

    return plan


ACTIONS: dict[str, Case] = {
    "remove person": Case("Remove Cleo Park", lambda t: t.services.people.remove_person(t.cleo)),
    "edit pair": Case(
        "Edit Pair",
        lambda t: t.services.pairs.edit_pair(t.pair_id, date(2026, 9, 1), QuarterMode.CALENDAR),
    ),
    "edit agreement": Case(
        "Edit Agreement",
        lambda t: t.services.pairs.edit_agreement(t.pair_id, AgreementText("Fortnightly")),
    ),
    "sign agreement": Case(
        "Sign as Mentee",
        lambda t: t.services.pairs.sign_agreement(t.pair_id, Role.MENTEE),
    ),
    "end pair": Case(
        "End Ana Silva → Ben Okafor",
        lambda t: t.services.pairs.end_pair(t.pair_id, date(2026, 11, 21), "No-fault end"),
    ),
    "set goal": Case(
        "Set Goal 'Lead a review'",
        lambda t: t.services.goals.set_goal(
            t.pair_id, GoalDraft(1, Skill.SOFT, " Lead a review ", date(2026, 12, 1))
        ),
    ),
    "edit goal": Case(
        "Edit Goal",
        lambda t: t.services.goals.edit_goal(
            t.goal_id,
            replace(t.services.goals.get(t.goal_id).draft, status=GoalStatus.DROPPED),
        ),
    ),
    "check in": Case(
        "Check In",
        lambda t: t.services.goals.check_in(t.goal_id, date(2026, 11, 20), 70, "Two PRs"),
    ),
    "review goal": Case(
        "Review Goal",
        lambda t: t.services.goals.review_goal(t.goal_id, Outcome.ACHIEVED, "Done", carry=False),
    ),
    "review and carry over a goal": Case(
        "Review Goal",
        lambda t: t.services.goals.review_goal(t.goal_id, Outcome.PARTLY, "Half", carry=True),
    ),
    "carry over a goal": Case(
        "Carry Over Goal",
        lambda t: t.services.goals.carry_over_goal(t.goal_id),
    ),
    "plan meetings that end the current series": Case(
        "Plan Meetings", _plan_from(date(2026, 12, 14)), _but_withdrawn_series
    ),
    "plan meetings that replace the current series": Case(
        "Plan Meetings", _plan_from(date(2026, 10, 26)), _but_withdrawn_series
    ),
    "skip a meeting": Case(
        "Skip Meeting",
        lambda t: t.services.meetings.skip_meeting(t.series_id, date(2026, 12, 14)),
    ),
    "move a meeting": Case(
        "Move Meeting",
        lambda t: t.services.meetings.move_meeting(
            t.series_id, date(2026, 12, 7), datetime(2026, 12, 8, 17, 30), " Cafe "
        ),
    ),
    "restore a meeting": Case(
        "Restore Meeting",
        lambda t: t.services.meetings.restore_meeting(t.series_id, date(2026, 11, 30)),
    ),
    "cancel meetings": Case("Cancel Meetings", _cancelled, _but_sent),
    "start a checklist": Case(
        "Start Checklist",
        lambda t: t.services.health.start_checklist(t.pair_id, "expectations"),
    ),
    "edit a checklist": Case("Edit Checklist", lambda t: _edited_run(t, close=False)),
    "close a checklist": Case("Edit Checklist", lambda t: _edited_run(t, close=True)),
}


@pytest.mark.parametrize("name", ACTIONS)
def test_do_undo_redo_undo_leaves_the_database_as_before(
    name: str, team: Team, db_url: str
) -> None:
    case = ACTIONS[name]
    before = snapshot(db_url)
    done = case.act(team)
    after = snapshot(db_url)
    assert done.text == case.text
    assert done.changes
    assert after != before

    undone = done.inverse()
    assert undone.text == case.text
    assert undone.changes
    assert case.leaves(snapshot(db_url)) == case.leaves(before)

    redone = undone.inverse()
    assert redone.changes
    assert snapshot(db_url) == after

    redone.inverse()
    assert case.leaves(snapshot(db_url)) == case.leaves(before)


def test_a_redo_that_no_longer_applies_is_refused_and_writes_nothing(
    team: Team, db_url: str
) -> None:
    s = team.services
    undone = s.people.remove_person(team.cleo).inverse()
    [cleo] = [p for p in s.people.all() if p.name == "Cleo Park"]
    dan = s.people.create(PersonDraft("Dan Ito", "dan@example.org")).created
    s.pairs.create(cleo.id, dan, date(2026, 11, 2))  # meanwhile, Cleo joins a pair
    before = snapshot(db_url)
    with pytest.raises(UserFacingError, match="Cleo Park is in 1 pair"):
        undone.inverse()
    assert snapshot(db_url) == before


def test_plan_meetings_ends_the_current_series_in_the_same_step(team: Team) -> None:
    planned = _plan_from(date(2026, 12, 14))(team)
    assert planned.changes.meetings == {team.series_id, planned.changes.created}
    assert team.services.meetings.get(team.series_id).draft.until == date(2026, 12, 7)


def test_an_agreement_written_again_the_same_makes_a_step_that_changed_nothing(
    team: Team,
) -> None:
    same = AgreementText("Weekly, 45 minutes", "Come prepared")
    assert not team.services.pairs.edit_agreement(team.pair_id, same).changes  # nothing to undo


# -- one transaction -----------------------------------------------------------------------
@pytest.fixture
def database_file(db_url: str) -> Path:
    database = make_url(db_url).database
    assert database is not None
    return Path(database)


def dump(path: Path) -> list[str]:
    """The whole SQLite file as SQL, every row and every counter."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def updates(store: Store) -> Iterator[list[str]]:
    """The UPDATE statements the store sends to the database, as they are sent."""
    sent: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE MEETING_SERIES"):
            sent.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    yield sent
    event.remove(store.engine, "before_cursor_execute", seen)


@pytest.mark.sqlite_only
def test_undo_of_plan_meetings_is_one_transaction(
    team: Team, database_file: Path, updates: list[str]
) -> None:
    """The undo withdraws the new series, then gives the old one back its end. Another
    program's trigger refuses that second write: the first is not kept either."""
    s = team.services
    planned = _plan_from(date(2026, 12, 14))(team)
    new_id = planned.changes.created
    refuse = (
        f"CREATE TRIGGER refuse_old_series BEFORE UPDATE ON meeting_series "
        f"WHEN OLD.id = {team.series_id} BEGIN SELECT RAISE(ABORT, 'refused'); END"
    )
    other = sqlite3.connect(database_file)
    try:
        other.execute(refuse)
        other.commit()
    finally:
        other.close()
    before_undo = dump(database_file)
    updates.clear()

    with pytest.raises(IntegrityError, match="refused"):
        planned.inverse()

    assert len(updates) == 2  # the new series was withdrawn, then the old one refused
    assert dump(database_file) == before_undo
    assert not s.meetings.get(new_id or 0).cancelled
    assert s.meetings.get(team.series_id).draft.until == date(2026, 12, 7)

    other = sqlite3.connect(database_file)
    try:
        other.execute("DROP TRIGGER refuse_old_series")
        other.commit()
    finally:
        other.close()
    planned.inverse()  # the same step, once nothing stands in its way
    assert s.meetings.get(new_id or 0).cancelled  # withdrawn, not deleted
    assert s.meetings.get(team.series_id).draft.until == date(2026, 12, 21)
