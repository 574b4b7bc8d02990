"""Use cases: each call is one unit of work and returns a change set.

`Services` bundles them for the composition root to hand to the GUI and the CLI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentordesk.services.calendar import CalendarService
from mentordesk.services.clock import Clock
from mentordesk.services.demo import DemoService
from mentordesk.services.goals import GoalService
from mentordesk.services.health import HealthService
from mentordesk.services.interchange import InterchangeService
from mentordesk.services.meetings import MeetingService
from mentordesk.services.pairs import PairService
from mentordesk.services.people import PeopleService
from mentordesk.services.report import ReportService
from mentordesk.services.safety import SafetyService
from mentordesk.services.session_edits import SessionEditService
from mentordesk.services.sessions import SessionService
from mentordesk.store.engine import sqlite_path
from mentordesk.store.unit_of_work import Store


@dataclass(frozen=True)
class Services:
    """Every use case of MentorDesk over one database."""

    people: PeopleService
    pairs: PairService
    goals: GoalService
    meetings: MeetingService
    calendar: CalendarService
    sessions: SessionService
    edits: SessionEditService
    health: HealthService
    reports: ReportService
    safety: SafetyService
    interchange: InterchangeService
    demo: DemoService
    clock: Clock

    @classmethod
    def over(cls, store: Store, clock: Clock, backup_dir: Path | None = None) -> Services:
        """The services for `store`, reading time from `clock`; backups in `backup_dir`
        (default: a 'backups' folder beside a SQLite database)."""
        if backup_dir is None:
            database = sqlite_path(str(store.engine.url))
            backup_dir = (database.parent if database else Path.cwd()) / "backups"
        interchange = InterchangeService(store, clock)
        sessions = SessionService(store, clock)
        return cls(
            people=PeopleService(store),
            pairs=PairService(store, clock),
            goals=GoalService(store, clock),
            meetings=MeetingService(store, clock),
            calendar=CalendarService(store, clock),
            sessions=sessions,
            edits=SessionEditService(store, sessions, clock),
            health=HealthService(store, clock),
            reports=ReportService(store, clock),
            safety=SafetyService(store, clock, backup_dir),
            interchange=interchange,
            demo=DemoService(store, clock, interchange),
            clock=clock,
        )
