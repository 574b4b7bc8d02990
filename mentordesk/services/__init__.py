"""Use cases: each call is one unit of work and returns a change set; an action a person
can take back returns a `Step` (see `undo`) that carries its change set and its inverse.

`Services` bundles them for the composition root to hand to the GUI and the CLI.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.services.clock import Clock
from mentordesk.store.engine import sqlite_path
from mentordesk.store.safety import BackupFolder
from mentordesk.store.unit_of_work import Store

if TYPE_CHECKING:
    from mentordesk.services.calendar import CalendarService
    from mentordesk.services.demo import DemoService
    from mentordesk.services.feedback import FeedbackService
    from mentordesk.services.goals import GoalService
    from mentordesk.services.guidance import GuidanceService
    from mentordesk.services.health import HealthService
    from mentordesk.services.interchange import InterchangeService
    from mentordesk.services.meetings import MeetingService
    from mentordesk.services.merging import MergeService
    from mentordesk.services.pairs import PairService
    from mentordesk.services.people import PeopleService
    from mentordesk.services.reminders import ReminderService
    from mentordesk.services.report import ReportService
    from mentordesk.services.safety import SafetyService
    from mentordesk.services.session_edits import SessionEditService
    from mentordesk.services.sessions import SessionService
    from mentordesk.services.sharing import SharingService
    from mentordesk.services.signing import SigningService
    from mentordesk.services.team_setup import TeamSetupService
    from mentordesk.services.wins import WinService


class Services:
    """Every use case of MentorDesk over one database.

    Each is built, and its module imported, the first time it is asked for: the window
    in front at start needs a few of them, and the rest (import, export, calendar files,
    reports, the demo) should not slow every start down."""

    def __init__(self, store: Store, clock: Clock, backup_dir: Path) -> None:
        self._store, self.clock, self._backup_dir = store, clock, backup_dir

    @classmethod
    def over(cls, store: Store, clock: Clock, backup_dir: Path | None = None) -> Services:
        """The services for `store`, reading time from `clock`; backups in `backup_dir`
        (default: a 'backups' folder beside a SQLite database)."""
        from mentordesk.services.safety import own_file, rotation_dir

        database = sqlite_path(str(store.engine.url))
        if backup_dir is None:
            backup_dir = (database.parent if database else Path.cwd()) / "backups"
        if own_file(store) is not None:  # every write marks a copy due (see SafetyService)
            store.add_before_write(BackupFolder(rotation_dir(store, backup_dir)).mark_changed)
        return cls(store, clock, backup_dir)

    @property
    def drafts_dir(self) -> Path:
        """Where e-mail drafts of invitations go: beside the backups, in the data folder."""
        return self._backup_dir.parent / "drafts"

    @property
    def guidance_dir(self) -> Path:
        """Where a team keeps its own guidance files: the data folder's `guidance/`."""
        return self._backup_dir.parent / "guidance"

    def prepare(self) -> None:
        """Get ready for the first write while nobody waits (the app calls this once the
        first window is shown)."""
        self._store.prepare()

    @cached_property
    def merging(self) -> MergeService:
        from mentordesk.services.merging import MergeService

        return MergeService(self._store, self.interchange, self.clock)

    @cached_property
    def team_setup(self) -> TeamSetupService:
        from mentordesk.services.team_setup import TeamSetupService

        return TeamSetupService(self._store, self.people)

    @cached_property
    def people(self) -> PeopleService:
        from mentordesk.services.people import PeopleService

        return PeopleService(self._store)

    @cached_property
    def pairs(self) -> PairService:
        from mentordesk.services.pairs import PairService

        return PairService(self._store, self.clock)

    @cached_property
    def goals(self) -> GoalService:
        from mentordesk.services.goals import GoalService

        return GoalService(self._store, self.clock)

    @cached_property
    def meetings(self) -> MeetingService:
        from mentordesk.services.meetings import MeetingService

        return MeetingService(self._store, self.clock)

    @cached_property
    def calendar(self) -> CalendarService:
        from mentordesk.services.calendar import CalendarService

        return CalendarService(self._store, self.clock, self.drafts_dir)

    @cached_property
    def sessions(self) -> SessionService:
        from mentordesk.services.sessions import SessionService

        return SessionService(self._store, self.clock)

    @cached_property
    def edits(self) -> SessionEditService:
        from mentordesk.services.session_edits import SessionEditService

        return SessionEditService(self._store, self.sessions, self.clock)

    @cached_property
    def health(self) -> HealthService:
        from mentordesk.services.health import HealthService

        return HealthService(self._store, self.clock)

    @cached_property
    def reports(self) -> ReportService:
        from mentordesk.services.report import ReportService

        return ReportService(self._store, self.clock)

    @cached_property
    def wins(self) -> WinService:
        from mentordesk.services.wins import WinService

        return WinService(self._store, self.clock)

    @cached_property
    def feedback(self) -> FeedbackService:
        from mentordesk.services.feedback import FeedbackService

        return FeedbackService(self._store, self.clock)

    @cached_property
    def signing(self) -> SigningService:
        from mentordesk.services.signing import SigningService

        return SigningService(self._store, self.clock)

    @cached_property
    def safety(self) -> SafetyService:
        from mentordesk.services.safety import SafetyService

        return SafetyService(self._store, self.clock, self._backup_dir)

    @cached_property
    def interchange(self) -> InterchangeService:
        from mentordesk.services.interchange import InterchangeService

        return InterchangeService(self._store, self.clock)

    @cached_property
    def demo(self) -> DemoService:
        from mentordesk.services.demo import DemoService

        return DemoService(self._store, self.clock, self.interchange)

    @cached_property
    def guidance(self) -> GuidanceService:
        from mentordesk.services.guidance import GuidanceService

        return GuidanceService(self._store, self.clock, self.guidance_dir)

    @cached_property
    def sharing(self) -> SharingService:
        from mentordesk.services.sharing import SharingService

        return SharingService(self._store, self.clock, self.sessions, self.drafts_dir)

    @cached_property
    def reminders(self) -> ReminderService:
        from mentordesk.services.reminders import ReminderService

        return ReminderService(self._store, self.clock)
