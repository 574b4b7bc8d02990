"""The unit of work: one transaction per user action, with the repositories inside it."""

from __future__ import annotations

from pathlib import Path
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
from mentordesk.store.private_notes import (
    LocalNotesFile,
    LocalPrivateNotes,
    PrivateNoteRepository,
    SharedPrivateNotes,
)
from mentordesk.store.sessions import SessionRepository


class UnitOfWork:
    """Repositories over one transaction; nothing is kept unless `commit()` is called."""

    people: PeopleRepository
    pairs: PairRepository
    goals: GoalRepository
    meetings: MeetingRepository
    sessions: SessionRepository
    checklists: ChecklistRepository
    private_notes: PrivateNoteRepository

    def __init__(
        self,
        factory: sessionmaker[Session],
        local_notes: LocalNotesFile | None = None,
        *,
        writing: bool = False,
    ) -> None:
        self._factory = factory
        self._local_notes = local_notes
        self._writing = writing
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self.private_notes = (
            SharedPrivateNotes(self._session)
            if self._local_notes is None
            else LocalPrivateNotes(self._session, self._local_notes, writing=self._writing)
        )
        self.people = PeopleRepository(self._session)
        self.pairs = PairRepository(self._session)
        self.goals = GoalRepository(self._session)
        self.meetings = MeetingRepository(self._session)
        self.sessions = SessionRepository(self._session, self.private_notes)
        self.checklists = ChecklistRepository(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        self.private_notes.close()
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
        self.private_notes.commit()

    def erase_everything(self) -> None:
        """Delete every record (used to replace data with the demo team)."""
        assert self._session is not None
        self._session.execute(text("DELETE FROM search_index"))
        self.private_notes.erase_all()
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

    def __init__(self, engine: Engine, local_notes: Path | None = None) -> None:
        """`local_notes`: the file on this computer for private notes, when they must
        not be written to the database (a shared server)."""
        self.engine = engine
        self.local_notes = LocalNotesFile(local_notes) if local_notes is not None else None
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(writer(engine), expire_on_commit=False)

    def reading(self) -> UnitOfWork:
        """A unit of work for reading only (never takes the write lock)."""
        return UnitOfWork(self._readers, self.local_notes)

    def writing(self) -> UnitOfWork:
        """A unit of work that takes the write lock when it begins."""
        return UnitOfWork(self._writers, self.local_notes, writing=True)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
        if self.local_notes is not None:
            self.local_notes.close()
