"""The unit of work: one transaction per user action, with the repositories inside it."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine, delete, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from mentordesk.errors import DatabaseError
from mentordesk.store.checklists import ChecklistRepository
from mentordesk.store.engine import BUSY_TIMEOUT_MS, writer
from mentordesk.store.goals import GoalRepository
from mentordesk.store.meetings import MeetingRepository
from mentordesk.store.models import (
    ActionItemRow,
    AgreementRow,
    CheckInRow,
    ChecklistRunRow,
    GoalRow,
    HealthAnswerRow,
    MeetingSeriesRow,
    PairRow,
    PersonRow,
    PrivateNoteRow,
    RunStepRow,
    SeriesExceptionRow,
    SessionRow,
    TopicRow,
)
from mentordesk.store.pairs import PairRepository
from mentordesk.store.people import PeopleRepository
from mentordesk.store.sessions import SessionRepository


class UnitOfWork:
    """Repositories over one transaction; nothing is kept unless `commit()` is called."""

    people: PeopleRepository
    pairs: PairRepository
    goals: GoalRepository
    meetings: MeetingRepository
    sessions: SessionRepository
    checklists: ChecklistRepository

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self.people = PeopleRepository(self._session)
        self.pairs = PairRepository(self._session)
        self.goals = GoalRepository(self._session)
        self.meetings = MeetingRepository(self._session)
        self.sessions = SessionRepository(self._session)
        self.checklists = ChecklistRepository(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        self._session.rollback()
        self._session.close()
        self._session = None
        if isinstance(exc, OperationalError) and "locked" in str(exc.orig):
            raise DatabaseError(
                "The database is busy: another MentorDesk is saving and did not finish "
                f"within {BUSY_TIMEOUT_MS // 1000} seconds. Nothing was changed; try again in "
                "a moment."
            ) from exc

    def commit(self) -> None:
        """Make every change of this unit of work permanent."""
        assert self._session is not None
        self._session.commit()

    def erase_everything(self) -> None:
        """Delete every record (used to replace data with the demo team)."""
        assert self._session is not None
        self._session.execute(text("DELETE FROM search_index"))
        for model in (
            HealthAnswerRow,
            RunStepRow,
            ChecklistRunRow,
            PrivateNoteRow,
            ActionItemRow,
            TopicRow,
            SessionRow,
            SeriesExceptionRow,
            MeetingSeriesRow,
            CheckInRow,
            GoalRow,
            AgreementRow,
            PairRow,
            PersonRow,
        ):
            self._session.execute(delete(model))


class Store:
    """The database a MentorDesk runs on: hands out units of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(writer(engine), expire_on_commit=False)

    def reading(self) -> UnitOfWork:
        """A unit of work for reading only (never takes the write lock)."""
        return UnitOfWork(self._readers)

    def writing(self) -> UnitOfWork:
        """A unit of work that takes the write lock when it begins."""
        return UnitOfWork(self._writers)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
