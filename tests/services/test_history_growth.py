"""No operation is quadratic in a pair's history (issue 23): a pair of 2,000 weeks beside
one of 1,000, alongside the demo team.

Work is counted, not timed: the Python and C function calls an operation makes (the same
on every run) and the statements it sends. Doubling a pair's history at most doubles an
operation's work on that pair (plus a little for sorting), and leaves what reads only
recent weeks (the health signals) where it was; a quadratic operation would quadruple.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, timedelta
from types import FrameType
from typing import Any

from sqlalchemy import event

from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store

TODAY = date(2026, 11, 21)  # the fixed clock's Saturday
LINEAR = 2.3  # doubling the history: twice the work, with room for n log n sorting
FLAT = 1.1  # what reads recent weeks only


def long_pair(name: str, weeks: int) -> dict[str, Any]:
    """A pair that has met every Monday for `weeks` weeks up to the fixed today, a topic,
    a line of notes and two action items each time (one still open)."""
    first = TODAY - timedelta(weeks=weeks, days=TODAY.weekday())
    series = f"{name}-weekly"
    sessions = []
    for n in range(weeks):
        day = first + timedelta(weeks=n)
        sessions.append(
            {
                "id": f"{name}-s{n}",
                "meeting": series,
                "scheduled_for": f"{day.isoformat()}T16:00:00Z",
                "status": "held" if n % 7 else "missed",
                "topics": [f"Week {n}: latency budget"],
                "notes": f"Talked about the latency budget and review habits, week {n}.",
                "action_items": [
                    {"id": f"{name}-a{n}", "owner": f"{name}-mentee", "text": "Profile a query"},
                    {
                        "id": f"{name}-b{n}",
                        "owner": f"{name}-mentor",
                        "text": "Share the runbook",
                        "due": (day + timedelta(weeks=1)).isoformat(),
                        "done_on": (day + timedelta(days=3)).isoformat(),
                    },
                ],
            }
        )
    return {
        "id": name,
        "mentor": f"{name}-mentor",
        "mentee": f"{name}-mentee",
        "started_on": first.isoformat(),
        "quarters": "calendar",
        "meetings": [
            {
                "id": series,
                "weekday": "MO",
                "start_time": "16:00",
                "duration_minutes": 45,
                "timezone": "UTC",
                "first_date": first.isoformat(),
                "until": "2026-12-28",
                "every_weeks": 1,
            }
        ],
        "sessions": sessions,
    }


def document(name: str, weeks: int) -> str:
    """An interchange document of that one pair and its two people."""
    people = [
        {
            "id": f"{name}-{role}",
            "name": f"{role.title()} of {name}",
            "email": f"{role}@{name}.test",
        }
        for role in ("mentor", "mentee")
    ]
    pairs = [long_pair(name, weeks)]
    return json.dumps({"format": "mentordesk", "version": 1, "people": people, "pairs": pairs})


class Work:
    """The function calls and statements of one call of an operation."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def of(self, action: Callable[..., object], *args: object) -> tuple[int, int]:
        calls = 0
        statements = 0

        def count(frame: FrameType, what: str, arg: object) -> None:
            nonlocal calls
            if what in ("call", "c_call"):
                calls += 1

        def sent(*args: object) -> None:
            nonlocal statements
            statements += 1

        action(*args)  # caches and lazily loaded code first, as a person's second time
        event.listen(self._store.engine, "before_cursor_execute", sent)
        sys.setprofile(count)
        try:
            action(*args)
        finally:
            sys.setprofile(None)
            event.remove(self._store.engine, "before_cursor_execute", sent)
        return calls, statements


OPERATIONS: dict[str, Callable[[Services, int], object]] = {
    "the session log": lambda s, pair: s.sessions.log(pair),
    "the agenda": lambda s, pair: s.sessions.agenda(pair),
    "the calendar file": lambda s, pair: s.calendar.export(pair),
    "the quarterly summary": lambda s, pair: s.reports.quarter_report(pair),
    "the pair's quarters": lambda s, pair: s.goals.quarters(pair),
    "the pair's export": lambda s, pair: s.interchange.export_document(
        [s.pairs.get(pair).external_id]
    ),
}


def test_twice_a_pair_s_history_is_at_most_twice_the_work(services: Services, store: Store) -> None:
    """One team, built once (3,000 weeks take a while): the operations on one pair, and
    the team's overview and search before and after the 2,000 weeks came in."""
    work = Work(store)
    services.demo.load()
    services.interchange.import_text(document("thousand", 1000))
    team_before = work.of(services.health.team)
    search_before = work.of(lambda: services.sessions.search("latency"))
    services.interchange.import_text(document("twothousand", 2000))
    ids = {services.pairs.get(i).external_id: i for i in services.pairs.ids()}
    short, long = ids["thousand"], ids["twothousand"]

    grew = {}
    for name, operation in OPERATIONS.items():
        calls_short, statements_short = work.of(operation, services, short)
        calls_long, statements_long = work.of(operation, services, long)
        if calls_long > LINEAR * calls_short or statements_long > statements_short + 1:
            grew[name] = (calls_short, calls_long, statements_short, statements_long)
    assert not grew  # name: (calls at 1,000 weeks, at 2,000; statements at each)

    # What reads recent weeks only stays where it was.
    assert services.health.signals([long])[long].missed_in_a_row == 1  # 16 Nov unrecorded
    one_short, _ = work.of(lambda: services.health.signals([short]))
    one_long, _ = work.of(lambda: services.health.signals([long]))
    assert one_long <= FLAT * one_short, (one_short, one_long)
    # The team: one more pair of recent weeks, not 2,000 weeks more.
    team_after = work.of(services.health.team)
    assert team_after[0] <= FLAT * team_before[0] + team_before[0] / 4, (team_before, team_after)
    assert team_after[1] == team_before[1]
    search_after = work.of(lambda: services.sessions.search("latency"))
    assert search_after[0] <= FLAT * search_before[0], (search_before, search_after)
