"""Every repository read that takes a collection works with more values than one statement
may bind: 65,535 on PostgreSQL (the protocol's limit), 32,766 on a stock SQLite build.

Each call gets MANY values (mostly ids that do not exist, plus the real ones) and must give
the same answer it gives for the real ones alone. On SQLite every connection is held to
the stock build's limit (this machine's SQLite may allow more); on PostgreSQL the server's
own limit applies. The reads whose second query names the rows the first one found (a
goal's check-ins, a series' exceptions) are also run on more rows than the limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from bind_limits import POSTGRES_LIMIT, STOCK_SQLITE_LIMIT, hold_to_stock_sqlite, limit_of
from sqlalchemy import Boolean, Date, Integer, String, Time, cast, event, insert, literal, select

from mentordesk.domain.checklists import ChecklistRun, RunStep
from mentordesk.domain.goals import Goal, GoalDraft, GoalProgress, Skill
from mentordesk.domain.meetings import SeriesDraft, SeriesException
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import PrivateNote, SessionStatus
from mentordesk.store import tables
from mentordesk.store.pairs import NewPair
from mentordesk.store.sessions import SessionContent
from mentordesk.store.unit_of_work import Store, UnitOfWork

MANY = 70_000  # more than both databases bind in one statement
assert max(STOCK_SQLITE_LIMIT, POSTGRES_LIMIT) < MANY
BERLIN = ZoneInfo("Europe/Berlin")
START = date(2026, 9, 7)
LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)  # every session is later
WEEKLY = SeriesDraft("MO", time(16), 45, "Europe/Berlin", date(2026, 9, 7), date(2026, 12, 21))


@pytest.fixture
def limited(store: Store) -> Store:
    """The test's store, held to the stock SQLite limit when it is SQLite."""
    hold_to_stock_sqlite(store)
    return store


@dataclass(frozen=True)
class Team:
    """The few real records every call looks for among MANY values."""

    ana: int
    ben: int
    pair: int
    goal: int
    series: int
    session: int
    run: int


@pytest.fixture
def team(limited: Store) -> Team:
    with limited.writing() as uow:
        ana = uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
        ben = uow.people.add(PersonDraft("Ben", "ben@example.org"), "ben")
        pair = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2026, 9, 7)))
        goal = uow.goals.add(pair, "g1", GoalDraft(1, Skill.TECHNICAL, "Review", date(2026, 12, 4)))
        uow.goals.add_checkin(goal, date(2026, 10, 1), 40, "halfway")
        series = uow.meetings.add(pair, "m1", "m1@mentordesk", WEEKLY)
        uow.meetings.put_exceptions(series, [SeriesException(date(2026, 9, 14), skip=True)])
        when = datetime(2026, 9, 7, 16, tzinfo=BERLIN)
        (session,) = uow.sessions.add_complete(
            pair,
            [
                (
                    "s1",
                    when,
                    SessionStatus.HELD,
                    SessionContent(
                        series_id=series,
                        occurrence_date=date(2026, 9, 7),
                        topics=["Code review"],
                        action_items=[("a1", ben, "Read the guide", date(2026, 9, 10), None)],
                        private_notes=[(ana, "secret")],
                        goal_links={"a1": "g1"},
                    ),
                )
            ],
        )
        run = uow.checklists.add_run(
            ChecklistRun(0, "r1", pair, "kickoff", "Kick-off", date(2026, 9, 7), (RunStep("Hi"),))
        )
        uow.commit()
    return Team(ana, ben, pair, goal, series, session, run)


def progress_of(goal: Goal) -> GoalProgress:
    """What the attention rules read of `goal`."""
    last = max((c.on for c in goal.checkins), default=None)
    return GoalProgress(
        goal.id, goal.pair_id, goal.quarter, goal.owner, goal.status, goal.progress, last
    )


def ids(*real: int) -> list[int]:
    """MANY ids that do not exist, with the real ones among them."""
    missing = list(range(10_000_000, 10_000_000 + MANY))
    return [*missing[: MANY // 2], *real, *missing[MANY // 2 :]]


def external_ids(*real: str) -> list[str]:
    """MANY external ids that do not exist, with the real ones among them."""
    missing = [f"nobody-{n}" for n in range(MANY)]
    return [*missing[: MANY // 2], *real, *missing[MANY // 2 :]]


def every_pair_but(real: int, found: Any, empty: Any) -> Any:
    """What a read by pair gives for ids(real): `empty` for each missing pair, `found`
    for the real one."""
    return dict.fromkeys(ids(), empty) | {real: found}


# (what is read with MANY values, what it must equal) per repository method.
Read = Callable[[UnitOfWork, Team], tuple[Any, Any]]
READS: dict[str, Read] = {
    "people.get_many": lambda uow, t: (
        uow.people.get_many(ids(t.ana, t.ben)),
        {t.ana: uow.people.get(t.ana), t.ben: uow.people.get(t.ben)},
    ),
    "people.existing_external_ids": lambda uow, _t: (
        uow.people.existing_external_ids(external_ids("ana", "ben")),
        {"ana", "ben"},
    ),
    "pairs.get_many": lambda uow, t: (
        uow.pairs.get_many(ids(t.pair)),
        {t.pair: uow.pairs.get(t.pair)},
    ),
    "pairs.existing_external_ids": lambda uow, _t: (
        uow.pairs.existing_external_ids(external_ids("ana-ben")),
        {"ana-ben"},
    ),
    "goals.get_many": lambda uow, t: (
        uow.goals.get_many(ids(t.goal)),
        {t.goal: uow.goals.get(t.goal)},
    ),
    "goals.in_quarters": lambda uow, t: (
        uow.goals.in_quarters(dict.fromkeys(ids(t.pair), 1)),
        every_pair_but(t.pair, [uow.goals.get(t.goal)], []),
    ),
    "goals.progress_in_quarters": lambda uow, t: (
        uow.goals.progress_in_quarters(dict.fromkeys(ids(t.pair), 1)),
        every_pair_but(t.pair, [progress_of(uow.goals.get(t.goal))], []),
    ),
    "goals.existing_external_ids": lambda uow, _t: (
        uow.goals.existing_external_ids(external_ids("g1")),
        {"g1"},
    ),
    "meetings.of_pairs": lambda uow, t: (
        uow.meetings.of_pairs(ids(t.pair)),
        every_pair_but(t.pair, [uow.meetings.get(t.series)], []),
    ),
    "meetings.existing_external_ids": lambda uow, _t: (
        uow.meetings.existing_external_ids(external_ids("m1")),
        {"m1"},
    ),
    "meetings.existing_uids": lambda uow, _t: (
        uow.meetings.existing_uids(external_ids("m1@mentordesk")),
        {"m1@mentordesk"},
    ),
    "sessions.get_many": lambda uow, t: (
        uow.sessions.get_many(ids(t.session)),
        {t.session: uow.sessions.get(t.session)},
    ),
    "sessions.recorded": lambda uow, t: (
        {
            p: [s.status for s in found]
            for p, found in uow.sessions.recorded(ids(t.pair), LONG_AGO).items()
        },
        every_pair_but(t.pair, [SessionStatus.HELD], []),
    ),
    "sessions.open_items": lambda uow, t: (
        uow.sessions.open_items(ids(t.pair), date(2026, 11, 21)),
        every_pair_but(t.pair, (1, {t.ben: 1}), (0, {})),
    ),
    "sessions.item_owners": lambda uow, t: (
        uow.sessions.item_owners(ids(t.pair)),
        every_pair_but(t.pair, {t.ben: (1, 0)}, {}),
    ),
    "sessions.open_items_due": lambda uow, t: (
        uow.sessions.open_items_due(ids(t.pair), date(2026, 9, 1), date(2026, 9, 30)),
        every_pair_but(t.pair, {date(2026, 9, 10): 1}, {}),
    ),
    "sessions.existing_external_ids": lambda uow, _t: (
        uow.sessions.existing_external_ids(external_ids("s1", "a1")),
        {"s1", "a1"},
    ),
    "private_notes.of_sessions": lambda uow, t: (
        uow.private_notes.of_sessions({n: f"nothing-{n}" for n in ids()} | {t.session: "s1"}),
        {t.session: [PrivateNote(t.ana, "secret")]},
    ),
    "checklists.runs_of_pairs": lambda uow, t: (
        uow.checklists.runs_of_pairs(ids(t.pair)),
        every_pair_but(t.pair, [uow.checklists.run(t.run)], []),
    ),
    "checklists.existing_external_ids": lambda uow, _t: (
        uow.checklists.existing_external_ids(external_ids("r1")),
        {"r1"},
    ),
}


def test_every_read_of_more_values_than_a_statement_binds(limited: Store, team: Team) -> None:
    """Each method in its own unit of work (a failed statement ends a PostgreSQL
    transaction); every method that fails is named."""
    wrong: dict[str, str] = {}
    for method, read in READS.items():
        try:
            with limited.reading() as uow:
                found, expected = read(uow, team)
        except Exception as exc:  # reported below, with the others
            wrong[method] = f"{type(exc).__name__}: {str(exc)[:120]}"
            continue
        if found != expected:
            wrong[method] = "a different answer"
    assert wrong == {}


def test_the_real_records_are_complete(limited: Store, team: Team) -> None:
    """What the reads above are compared with has everything a record can hold."""
    with limited.reading() as uow:
        assert uow.goals.get(team.goal).checkins
        assert uow.meetings.get(team.series).exceptions
        session = uow.sessions.get(team.session)
        assert session.topics
        assert session.private_notes
        assert [i.goal_id for i in session.action_items] == [team.goal]
        assert uow.checklists.run(team.run).steps


def test_goal_links_of_an_imported_session(limited: Store, team: Team) -> None:
    """The goals an import's action items link to are looked up all at once."""
    links = {f"item-{n}": goal for n, goal in enumerate(external_ids("g1"))}
    with limited.writing() as uow:
        items = [(xid, team.ben, "Link it", None, None) for xid, g in links.items() if g == "g1"]
        content = SessionContent(action_items=items, goal_links=links)
        when = datetime(2026, 9, 14, 16, tzinfo=BERLIN)
        (session,) = uow.sessions.add_complete(
            team.pair, [("s2", when, SessionStatus.HELD, content)]
        )
        assert [i.goal_id for i in uow.sessions.get(session).action_items] == [team.goal]


def numbers(count: int) -> Any:
    """A recursive CTE of 1..count: rows made by the database, not bound one by one."""
    n = select(literal(1, Integer).label("i")).cte("n", recursive=True)
    return n.union_all(select(n.c.i + 1).where(n.c.i < count))


def test_a_pair_with_more_goals_than_a_statement_binds(limited: Store, team: Team) -> None:
    """A read of many goals asks for their check-ins without one huge IN list."""
    n = numbers(limit_of(limited))
    with limited.engine.begin() as conn:
        conn.execute(
            insert(tables.goals).from_select(
                ["external_id", "pair_id", "quarter", "skill", "title", "target_date"],
                select(
                    literal("bulk-", String) + cast(n.c.i, String),
                    literal(team.pair, Integer),
                    n.c.i + 1,  # quarter 1 is the real goal's
                    literal("technical", String),
                    literal("Bulk", String),
                    literal(date(2027, 1, 1), Date),
                ),
            )
        )
    with limited.reading() as uow:
        goals = uow.goals.of_pair(team.pair)
        by_id = uow.goals.get_many(reversed([g.id for g in goals]))
        real = uow.goals.get(team.goal)
    assert len(goals) == limit_of(limited) + 1
    assert goals[0] == real  # quarter 1 first, with its check-in
    assert real.checkins
    assert not any(g.checkins for g in goals[1:])
    assert list(by_id.items()) == [(g.id, g) for g in goals]  # the same, in the same order


def test_a_pair_with_more_series_than_a_statement_binds(limited: Store, team: Team) -> None:
    """A read of many series asks for their exceptions without one huge IN list."""
    n = numbers(limit_of(limited))
    with limited.engine.begin() as conn:
        conn.execute(
            insert(tables.meeting_series).from_select(
                [
                    *("external_id", "uid", "pair_id", "weekday", "start_time"),
                    *("duration_minutes", "timezone", "first_date", "until", "cancelled"),
                ],
                select(
                    literal("bulk-", String) + cast(n.c.i, String),
                    literal("bulk-uid-", String) + cast(n.c.i, String),
                    literal(team.pair, Integer),
                    literal("TU", String),
                    literal(time(9), Time),
                    literal(30, Integer),
                    literal("UTC", String),
                    literal(date(2027, 1, 5), Date),
                    literal(date(2027, 3, 30), Date),
                    literal(False, Boolean),
                ),
            )
        )
    with limited.reading() as uow:
        series = uow.meetings.of_pair(team.pair)
        real = uow.meetings.get(team.series)
    assert len(series) == limit_of(limited) + 1
    assert series[0] == real  # the oldest, with its exception
    assert real.exceptions
    assert not any(s.exceptions for s in series[1:])


@pytest.fixture
def crowd(limited: Store) -> list[int]:
    """Three pairs, each with goals in several quarters and both skills (check-ins too),
    two series (one with exceptions), sessions in different zones whose times interleave
    across pairs, overdue items, private notes and checklist runs; returns the pair ids."""
    zones = [ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")]
    pairs = []
    with limited.writing() as uow:
        people = [
            uow.people.add(PersonDraft(f"Person {n}", f"p{n}@example.org"), f"p{n}")
            for n in range(6)
        ]
        for p in range(3):
            pair = uow.pairs.add(NewPair(f"pair{p}", people[2 * p], people[2 * p + 1], START))
            pairs.append(pair)
            for quarter in (2, 1, 3):
                for skill in (Skill.SOFT, Skill.TECHNICAL):
                    draft = GoalDraft(quarter, skill, f"{skill} {quarter}", START)
                    goal = uow.goals.add(pair, f"g{p}-{quarter}-{skill}", draft)
                    uow.goals.add_checkin(goal, date(2026, 10, quarter), 10 * quarter, "")
                    uow.goals.add_checkin(goal, date(2026, 9, quarter), 5 * quarter, "")
            for m in range(2):
                series = uow.meetings.add(pair, f"m{p}-{m}", f"m{p}-{m}@x", WEEKLY)
                uow.meetings.put_exceptions(
                    series, [SeriesException(date(2026, 9, 14 + 7 * k), skip=True) for k in (1, 0)]
                )
            sessions = [
                (
                    f"s{p}-{k}",
                    datetime(2026, 9, 7 + k, 16 - p, tzinfo=zones[(p + k) % 3]),
                    SessionStatus.HELD,
                    SessionContent(
                        topics=[f"topic {k}"],
                        action_items=[
                            (f"a{p}-{k}-{i}", people[2 * p + i], "x", date(2026, 9, 9 + i), None)
                            for i in range(2)
                        ],
                        private_notes=[(people[2 * p], f"note {p} {k}")],
                    ),
                )
                for k in (3, 0, 2, 1)
            ]
            uow.sessions.add_complete(pair, sessions)
            for r in range(3):
                uow.checklists.add_run(
                    ChecklistRun(0, f"r{p}-{r}", pair, "k", "K", date(2026, 9, 9 - r), ())
                )
        uow.commit()
    return pairs


def read_everything(store: Store, pairs: list[int]) -> dict[str, Any]:
    """What every chunked read gives for the crowd, as lists where order counts."""
    with store.reading() as uow:
        people = [
            p for pair in uow.pairs.get_many(pairs).values() for p in (pair.mentor, pair.mentee)
        ]
        sessions = [s.id for pair in pairs for s in uow.sessions.of_pair(pair)]
        goals = [g.id for pair in pairs for g in uow.goals.of_pair(pair)]
        found = {
            # People and pairs are read in no particular order (no ORDER BY): a dict.
            "people": uow.people.get_many(p.id for p in reversed(people)),
            "pairs": uow.pairs.get_many(reversed(pairs)),
            "goals": list(uow.goals.get_many(reversed(goals)).items()),
            "in_quarters": list(
                uow.goals.in_quarters(dict(zip(pairs, (2, 1, 3), strict=True))).items()
            ),
            "progress": list(
                uow.goals.progress_in_quarters(dict(zip(pairs, (2, 1, 3), strict=True))).items()
            ),
            "series": list(uow.meetings.of_pairs(pairs).items()),
            "sessions": list(uow.sessions.get_many(reversed(sessions)).items()),
            "recorded": list(uow.sessions.recorded(pairs, LONG_AGO).items()),
            "open items": list(uow.sessions.open_items(pairs, date(2026, 11, 21)).items()),
            "due": list(
                uow.sessions.open_items_due(pairs, date(2026, 9, 1), date(2026, 9, 30)).items()
            ),
            "runs": list(uow.checklists.runs_of_pairs(pairs).items()),
        }
        xids = [f"s{p}-{k}" for p in range(3) for k in range(4)] + [f"a0-0-{i}" for i in range(2)]
        found["taken"] = sorted(uow.sessions.existing_external_ids([*xids, "none"]))
        found["people taken"] = sorted(uow.people.existing_external_ids(["p0", "p5", "px"]))
    return found


def test_reads_in_many_chunks_give_what_one_statement_gives(
    limited: Store, crowd: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same records in the same order, whether read in one chunk or in many: here two
    values to a chunk, so every read above is merged from several."""
    whole = read_everything(limited, crowd)
    assert all(whole.values())
    monkeypatch.setattr("mentordesk.store.in_lists.IN_LIST_SIZE", 2)
    assert read_everything(limited, crowd) == whole


@pytest.fixture
def few_statements(limited: Store) -> Iterator[list[str]]:
    """The statements the store runs while the test does."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(limited.engine, "before_cursor_execute", record)
    yield seen
    event.remove(limited.engine, "before_cursor_execute", record)


def test_a_normal_sized_read_is_still_one_statement(
    limited: Store, team: Team, few_statements: list[str]
) -> None:
    """Up to a few thousand values need no more statements than before."""
    some = list(range(10_000_000, 10_005_000))
    with limited.reading() as uow:
        few_statements.clear()
        uow.people.get_many([team.ana, *some])
        uow.pairs.existing_external_ids(str(n) for n in some)
        uow.sessions.recorded([team.pair, *some], LONG_AGO)
        uow.sessions.open_items([team.pair, *some], date(2026, 11, 21))
        uow.checklists.runs_of_pairs([team.pair, *some])
        uow.meetings.of_pairs([team.pair, *some])  # series, then their exceptions
        uow.goals.get_many([team.goal, *some])  # goals, then their check-ins
    selects = [s for s in few_statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 10  # and the steps of the one checklist run found


def test_a_list_of_values_is_bound_as_one_parameter(limited: Store, team: Team) -> None:
    """On PostgreSQL five thousand ids are one bound array: no statement grows with the
    list (psycopg parses a long statement afresh each time), and what is found is the
    same."""
    if not limited.is_server:
        pytest.skip("SQLite binds a list value by value: its planner weighs the length")
    some = list(range(10_000_000, 10_005_000))
    bound: list[int] = []

    def count(_conn: Any, _cursor: Any, _statement: str, parameters: Any, *_args: Any) -> None:
        bound.append(len(parameters))

    event.listen(limited.engine, "before_cursor_execute", count)
    try:
        with limited.reading() as uow:
            found = uow.pairs.get_many([*some, team.pair])
            recorded = uow.sessions.recorded([*some, team.pair], LONG_AGO)
    finally:
        event.remove(limited.engine, "before_cursor_execute", count)
    assert list(found) == [team.pair]
    assert [m.status for m in recorded[team.pair]] == [SessionStatus.HELD]
    assert max(bound) <= 3  # the list, and the statement's own few values


def test_bulk_inserts_bind_fewer_values_than_either_database_takes(store: Store) -> None:
    """The engine leaves SQLAlchemy's caps on a bulk INSERT as they are: fewer parameters
    than a stock SQLite build and PostgreSQL bind in one statement."""
    dialect = store.engine.dialect
    assert dialect.insertmanyvalues_max_parameters < min(STOCK_SQLITE_LIMIT, POSTGRES_LIMIT)
    assert dialect.insertmanyvalues_page_size <= 1000
