"""The coordinator's attention column: the health rules applied to the counts the server
lets them read."""

from __future__ import annotations

from datetime import date, datetime

from mentordesk.services.team_setup import TeamSetupService
from mentordesk.store.team_roles import PairSignals

TODAY = date(2026, 11, 21)


def row(**changes: object) -> PairSignals:
    values: dict[str, object] = {
        "pair_id": 1,
        "mentor": "Ana Silva",
        "mentee": "Ben Okafor",
        "kind": "mentoring",
        "started_on": date(2026, 6, 1),
        "ended_on": None,
        "last_held": datetime(2026, 11, 17, 16),
        "held_90_days": 11,
        "missed_90_days": 1,
        "open_items": 2,
        "overdue_items": 0,
        "goals": 4,
        "goals_achieved": 1,
        "open_checklists": 0,
        "latest_health": "4,4,5,4,4",
        "agreement_signed": True,
    }
    return PairSignals(**{**values, **changes})  # type: ignore[arg-type]


def test_a_pair_doing_well_needs_nothing() -> None:
    assert TeamSetupService.attention(row(), TODAY) == []


def test_quiet_overdue_and_unhappy_pairs_are_named() -> None:
    quiet = row(last_held=datetime(2026, 10, 22, 16), overdue_items=3, latest_health="2,2,3,2,2")
    assert TeamSetupService.attention(quiet, TODAY) == [
        "3 action items overdue",
        "no meeting for 30 days",
        "the health check averages 2.2 of 5",
    ]


def test_an_ended_pair_needs_no_attention() -> None:
    ended = row(ended_on=date(2026, 10, 1), last_held=None, overdue_items=5)
    assert TeamSetupService.attention(ended, TODAY) == []
