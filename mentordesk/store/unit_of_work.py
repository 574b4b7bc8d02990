"""The unit of work: one transaction per user action, with the repositories inside it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, delete, text, update
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, SQLAlchemyError

from mentordesk.errors import ServerUnavailableError
from mentordesk.store import tables
from mentordesk.store.engine import (
    BUSY_TIMEOUT_MS,
    display_url,
    driver_reason,
    sqlite_path,
    writer,
)
from mentordesk.store.faults import MESSAGES, DatabaseFault, Fault, classify
from mentordesk.store.goals import GoalRepository
from mentordesk.store.handles import Handle, for_writing
from mentordesk.store.local_file import LocalFile
from mentordesk.store.meetings import MeetingRepository
from mentordesk.store.outbox import Outbox
from mentordesk.store.pairs import PairRepository
from mentordesk.store.people import PeopleRepository

if TYPE_CHECKING:  # built on first use: the first window needs none of them
    from sqlalchemy.orm import Session

    from mentordesk.store.checklists import ChecklistRepository
    from mentordesk.store.feedback import FeedbackRepository
    from mentordesk.store.health_answers import HealthAnswerRepository
    from mentordesk.store.private_notes import PrivateNoteRepository
    from mentordesk.store.sessions import SessionRepository
    from mentordesk.store.signed_summaries import SignedSummaryRepository
    from mentordesk.store.wins import WinRepository

log = logging.getLogger(__name__)

# What `erase_everything` empties, children before parents; checklist templates stay.
ERASED = (
    tables.meeting_feedback,
    tables.wins,
    tables.signed_summaries,
    tables.health_answers,
    tables.checklist_run_steps,
    tables.checklist_runs,
    tables.private_notes,
    tables.action_items,
    tables.session_topics,
    tables.sessions,
    tables.series_exceptions,
    tables.meeting_series,
    tables.checkins,
    tables.milestones,
    tables.self_assessments,
    tables.goals,
    tables.agreements,
    tables.pairs,
    tables.people,
)


class UnitOfWork:
    """Repositories over one transaction; nothing is kept unless `commit()` is called."""

    people: PeopleRepository
    pairs: PairRepository
    goals: GoalRepository
    meetings: MeetingRepository

    def __init__(
        self,
        engine: Engine,
        local_file: LocalFile | None = None,
        *,
        writing: bool = False,
        server: bool = False,
    ) -> None:
        self._engine = engine
        self._local_file = local_file
        self._writing = writing
        self._server = server
        self._handle: Handle | None = None
        self._private_notes: PrivateNoteRepository | None = None
        self._sessions: SessionRepository | None = None
        self._checklists: ChecklistRepository | None = None
        self._answers: HealthAnswerRepository | None = None
        self._signed: SignedSummaryRepository | None = None
        self._wins: WinRepository | None = None
        self._feedback: FeedbackRepository | None = None

    def __enter__(self) -> UnitOfWork:
        # A unit that writes works through the ORM session; one that only reads through
        # a Core connection, so it never imports the ORM (see store/handles.py).
        try:  # a Core connection connects now; the session at its first statement
            self._handle = self._open_orm() if self._writing else self._engine.connect()
        except DBAPIError as exc:
            self._say_what_failed(exc)
            raise
        self.people = PeopleRepository(self._handle)
        self.pairs = PairRepository(self._handle)
        self.goals = GoalRepository(self._handle)
        self.meetings = MeetingRepository(self._handle)
        return self

    @property
    def private_notes(self) -> PrivateNoteRepository:
        """Private notes, wherever this install keeps them."""
        if self._private_notes is None:
            from mentordesk.store.private_notes import LocalPrivateNotes, SharedPrivateNotes

            session = self._open()
            self._private_notes = (
                SharedPrivateNotes(session)
                if self._local_file is None
                else LocalPrivateNotes(session, self._local_file, writing=self._writing)
            )
        return self._private_notes

    @property
    def sessions(self) -> SessionRepository:
        """Sessions, their topics and action items."""
        if self._sessions is None:
            from mentordesk.store.sessions import SessionRepository

            self._sessions = SessionRepository(self._open(), self.private_notes)
        return self._sessions

    @property
    def checklists(self) -> ChecklistRepository:
        """Checklist templates and runs."""
        if self._checklists is None:
            from mentordesk.store.checklists import ChecklistRepository

            self._checklists = ChecklistRepository(self._open())
        return self._checklists

    @property
    def health_answers(self) -> HealthAnswerRepository:
        """Health-check answers."""
        if self._answers is None:
            from mentordesk.store.health_answers import HealthAnswerRepository

            self._answers = HealthAnswerRepository(self._open())
        return self._answers

    @property
    def wins(self) -> WinRepository:
        """A pair's wins log."""
        if self._wins is None:
            from mentordesk.store.wins import WinRepository

            self._wins = WinRepository(self._open())
        return self._wins

    @property
    def feedback(self) -> FeedbackRepository:
        """Each partner's answers after a held meeting."""
        if self._feedback is None:
            from mentordesk.store.feedback import FeedbackRepository

            self._feedback = FeedbackRepository(self._open())
        return self._feedback

    @property
    def signed(self) -> SignedSummaryRepository:
        """Signed quarterly summaries."""
        if self._signed is None:
            from mentordesk.store.signed_summaries import SignedSummaryRepository

            self._signed = SignedSummaryRepository(self._open())
        return self._signed

    def connection(self) -> Connection:
        """This unit of work's connection, in its transaction: for the store's bulk work
        on the Core tables (store/bulk_import.py)."""
        handle = self._open()
        return handle if isinstance(handle, Connection) else handle.connection()

    def _open(self) -> Handle:
        assert self._handle is not None, "a unit of work is used inside its with block"
        return self._handle

    def _session(self) -> Session:
        """The ORM session of a unit that writes."""
        return for_writing(self._open())

    def _open_orm(self) -> Session:
        from sqlalchemy.orm import Session

        return Session(self._engine, expire_on_commit=False)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._handle is not None
        if self._private_notes is not None:
            self._private_notes.close()
        self._private_notes = self._sessions = self._checklists = self._answers = None
        try:
            self._handle.rollback()
            self._handle.close()
        except DBAPIError:
            if exc is None:
                raise
            log.info("could not roll back after %s", type(exc).__name__)  # the link is gone
        self._handle = None
        if exc is not None:
            self._say_what_failed(exc)

    def _say_what_failed(self, exc: BaseException) -> None:
        """Raise what `exc` means for the person, if it is a storage failure."""
        if self._server and _unreachable(exc):
            raise ServerUnavailableError(
                f"The team database cannot be reached: {driver_reason(exc)}"
            ) from exc
        if isinstance(exc, DBAPIError) and (found := self._fault(exc)) is not None:
            raise found from exc

    def _fault(self, exc: DBAPIError) -> DatabaseFault | None:
        """A classified storage failure, worded for the person; constraint failures stay
        what they are (a rule the services should have checked: a bug)."""
        fault = classify(exc)
        if fault is None or fault is Fault.CONSTRAINT:
            return None
        if fault is Fault.BUSY:
            return DatabaseFault(
                fault,
                "The database is busy: another MentorDesk is saving and did not finish "
                f"within {BUSY_TIMEOUT_MS // 1000} seconds. Nothing was changed; try again "
                "in a moment.",
            )
        if fault is Fault.PERMISSION and self._server:
            return DatabaseFault(fault, _refused_by_server(exc))
        where = self._where()
        return DatabaseFault(
            fault, f"{MESSAGES[fault][:1].upper()}{MESSAGES[fault][1:]} ({where})."
        )

    def _where(self) -> str:
        url = str(self._engine.url)
        path = sqlite_path(url)
        return str(path) if path is not None else display_url(url)

    def commit(self) -> None:
        """Make every change of this unit of work permanent."""
        assert self._writing, "a unit of work that only reads has nothing to commit"
        session = self._session()
        if not self._server:  # the journal then carries the database's identity
            session.execute(
                update(tables.database_identity).values(
                    writes=tables.database_identity.c.writes + 1
                )
            )
        session.commit()
        if self._private_notes is not None:
            self._private_notes.commit()

    def erase_everything(self) -> None:
        """Delete every record (used to replace data with the demo team)."""
        session = self._session()
        session.execute(text("DELETE FROM search_index"))
        self.private_notes.erase_all()
        for table in ERASED:
            session.execute(delete(table))


def _refused_by_server(exc: DBAPIError) -> str:
    """What a team database's refusal means: its row-level security keeps each login to
    its own pairs (migration 0019), and its checks say who may sign or answer."""
    reason = driver_reason(exc).split(" CONTEXT:")[0]  # not where in our SQL it was said
    if "row-level security" in reason:
        reason = "you can change only the records of your own pairs."
    elif "permission denied" in reason:
        reason = f"your login may not do this ({reason.rstrip('.')})."
    return f"The team database refused this: {reason} Nothing was changed."


def _unreachable(exc: BaseException) -> bool:
    """True when a server error means the server is away, not that a statement failed:
    libpq's connection errors carry no SQLSTATE, or class 08 (connection exception) or
    57P (the server shutting down)."""
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    return exc.connection_invalidated or state is None or state.startswith(("08", "57P"))


class Store:
    """The database a MentorDesk runs on: hands out units of work."""

    def __init__(
        self,
        engine: Engine,
        local_file: Path | None = None,
        before_write: Callable[[], None] | None = None,
    ) -> None:
        """`local_file`: the file on this computer for private notes, when they must
        not be written to the database (a shared server). `before_write` runs before
        every write: the start's integrity check may refuse it (store/safety.WriteGate),
        and it marks the data changed since the last backup."""
        self.engine = engine
        self._before_write = [before_write] if before_write is not None else []
        self.is_server = engine.dialect.name != "sqlite"
        self.local_file = LocalFile(local_file) if local_file is not None else None
        # On a server, reads run without BEGIN and ROLLBACK: two round trips fewer per
        # read, and nothing lost, as PostgreSQL's READ COMMITTED gives each statement
        # its own snapshot inside a transaction too.
        self._reads = (
            engine.execution_options(isolation_level="AUTOCOMMIT") if self.is_server else engine
        )
        # What must be read as of one moment across many statements (an export) reads in
        # one REPEATABLE READ transaction on a server; SQLite's read transaction is one.
        self._snapshots = (
            engine.execution_options(isolation_level="REPEATABLE READ")
            if self.is_server
            else engine
        )
        self._writes = writer(engine)

    @property
    def outbox(self) -> Outbox | None:
        """Where session edits wait while the server is away (a server database only)."""
        if self.local_file is None or not self.is_server:
            return None
        return Outbox(self.local_file, display_url(str(self.engine.url)))

    def prepare(self) -> None:
        """Build the ORM models now (~50 ms), not in the first write: the first window
        reads with Core and never needs them."""
        from sqlalchemy.orm import configure_mappers

        import mentordesk.store.models  # noqa: F401 (declaring them maps them)

        configure_mappers()

    def add_before_write(self, hook: Callable[[], None]) -> None:
        """Run `hook` too before every write (after those given before)."""
        self._before_write.append(hook)

    def reading(self, *, one_moment: bool = False) -> UnitOfWork:
        """A unit of work for reading only (never takes the write lock); with
        `one_moment`, all its statements see the data as of one moment, even on a server
        where others write meanwhile."""
        engine = self._snapshots if one_moment else self._reads
        return UnitOfWork(engine, self.local_file, server=self.is_server)

    def writing(self) -> UnitOfWork:
        """A unit of work that takes the write lock when it begins."""
        for hook in self._before_write:
            hook()
        return UnitOfWork(self._writes, self.local_file, writing=True, server=self.is_server)

    def refresh_statistics(self) -> None:
        """After a large write (an import): refresh the statistics the query planner
        chooses indexes by. SQLite's bounded (a few hundred rows a table, only where
        they are stale); PostgreSQL's from a sample of every table, as its autovacuum
        would minutes later: until then it plans with the sizes before the import (at
        10x the benchmark team, opening a session log read every action item of the
        team: 100 ms instead of 1). On PostgreSQL the tables are vacuumed too, which
        marks the new rows visible to all: until then an index holding every column a
        read needs still sends it to the table for each row, and the planner, knowing
        it, read the whole sessions table for the Team Overview instead (44 ms against
        4). A login that may not (not the tables' owner) leaves it to autovacuum."""
        with contextlib.suppress(SQLAlchemyError), self.engine.connect() as conn:
            if self.is_server:  # the app's tables (the server's own are not ours)
                names = [table.name for table in tables.metadata.sorted_tables]
                listed = ", ".join([*names, "search_index"])
                outside = conn.execution_options(isolation_level="AUTOCOMMIT")
                outside.exec_driver_sql(f"VACUUM (ANALYZE) {listed}")  # not in a transaction
            else:
                conn.exec_driver_sql("PRAGMA analysis_limit=400")
                conn.exec_driver_sql("PRAGMA optimize")
            conn.commit()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
        if self.local_file is not None:
            self.local_file.close()
