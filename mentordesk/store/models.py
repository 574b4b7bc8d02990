"""The database tables, as typed SQLAlchemy 2 models.

These classes never leave the store: repositories turn them into domain records.
A change here needs a new Alembic migration (a landed migration is never edited).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def managed_by_models(name: str | None, type_: str, _parents: object) -> bool:
    """False for the full-text index and its shadow tables, which no model describes."""
    return not (type_ == "table" and (name or "").startswith("search_index"))


class Base(DeclarativeBase):
    """Base of every model, with a naming convention so migrations can name constraints."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PersonRow(Base):
    """A person who can be a mentor or a mentee."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254))
    department: Mapped[str | None] = mapped_column(String(200))


class PairRow(Base):
    """A mentor and a mentee, from a start date to an optional end."""

    __tablename__ = "pairs"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="mentor_not_mentee"),
        CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ends_after_start"),
        CheckConstraint("quarters IN ('partnership', 'calendar')", name="quarter_mode"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    started_on: Mapped[date] = mapped_column(Date)
    quarters: Mapped[str] = mapped_column(String(12), default="partnership")
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(Text)

    mentor: Mapped[PersonRow] = relationship(foreign_keys=[mentor_id], lazy="joined")
    mentee: Mapped[PersonRow] = relationship(foreign_keys=[mentee_id], lazy="joined")
    agreement: Mapped[AgreementRow | None] = relationship(
        back_populates="pair", lazy="joined", cascade="all, delete-orphan"
    )


class AgreementRow(Base):
    """A pair's mentoring agreement and its two signatures."""

    __tablename__ = "agreements"

    pair_id: Mapped[int] = mapped_column(
        ForeignKey("pairs.id", ondelete="CASCADE"), primary_key=True
    )
    cadence: Mapped[str] = mapped_column(Text, default="")
    expectations: Mapped[str] = mapped_column(Text, default="")
    confidentiality: Mapped[bool] = mapped_column(default=True)
    ending: Mapped[str] = mapped_column(Text, default="")
    signed_by_mentor_on: Mapped[date | None] = mapped_column(Date)
    signed_by_mentee_on: Mapped[date | None] = mapped_column(Date)

    pair: Mapped[PairRow] = relationship(back_populates="agreement")


class GoalRow(Base):
    """A quarter's technical or soft-skill goal, with its review."""

    __tablename__ = "goals"
    __table_args__ = (
        CheckConstraint("quarter >= 1", name="quarter_from_1"),
        CheckConstraint("skill IN ('technical', 'soft')", name="skill"),
        CheckConstraint(
            "status IN ('not_started', 'in_progress', 'achieved', 'dropped')", name="status"
        ),
        CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('achieved', 'partly', 'not_achieved')",
            name="outcome",
        ),
        # One goal per pair, quarter and skill that is not dropped: the database keeps it too.
        # Migration 0002 makes it partial on PostgreSQL as well; naming postgresql_where here
        # would load SQLAlchemy's PostgreSQL dialect (~30 ms) on every SQLite start.
        Index(
            "uq_goals_one_per_skill",
            "pair_id",
            "quarter",
            "skill",
            unique=True,
            sqlite_where=text("status <> 'dropped'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    quarter: Mapped[int]
    skill: Mapped[str] = mapped_column(String(12))
    title: Mapped[str] = mapped_column(String(200))
    specific: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    target_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="not_started")
    progress: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str | None] = mapped_column(String(12))
    reflection: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("goals.id", ondelete="SET NULL"))

    checkins: Mapped[list[CheckInRow]] = relationship(
        back_populates="goal",
        order_by="(CheckInRow.on, CheckInRow.id)",
        cascade="all, delete-orphan",
        lazy="selectin",
    )


class CheckInRow(Base):
    """A goal's progress on a date."""

    __tablename__ = "checkins"
    __table_args__ = (CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column("checked_on", Date)
    progress: Mapped[int]
    note: Mapped[str] = mapped_column(Text, default="")
    # The session the check-in was noted in, if any.
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))

    goal: Mapped[GoalRow] = relationship(back_populates="checkins")


class MeetingSeriesRow(Base):
    """A pair's recurring meeting, with its calendar identity (UID, SEQUENCE)."""

    __tablename__ = "meeting_series"
    __table_args__ = (
        CheckConstraint("duration_minutes BETWEEN 5 AND 480", name="duration"),
        CheckConstraint("every_weeks BETWEEN 1 AND 4", name="every_weeks"),
        CheckConstraint("until >= first_date", name="until_after_first"),
        CheckConstraint("sequence >= 0", name="sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    sequence: Mapped[int] = mapped_column(default=0)
    weekday: Mapped[str] = mapped_column(String(2))
    start_time: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int]
    timezone: Mapped[str] = mapped_column(String(64))
    location: Mapped[str] = mapped_column(Text, default="")
    first_date: Mapped[date] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)
    every_weeks: Mapped[int] = mapped_column(default=1)
    cancelled: Mapped[bool] = mapped_column(default=False)

    exceptions: Mapped[list[SeriesExceptionRow]] = relationship(
        back_populates="series",
        order_by="SeriesExceptionRow.on_date",
        cascade="all, delete-orphan",
        lazy="selectin",
    )


class SeriesExceptionRow(Base):
    """One occurrence of a series skipped, or moved (wall clock in the series' zone)."""

    __tablename__ = "series_exceptions"
    __table_args__ = (
        UniqueConstraint("series_id", "on_date", name="one_per_date"),
        CheckConstraint(
            "(skip AND moved_to IS NULL) OR (NOT skip AND moved_to IS NOT NULL)",
            name="skip_or_move",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True
    )
    on_date: Mapped[date] = mapped_column(Date)
    skip: Mapped[bool] = mapped_column(default=False)
    moved_to: Mapped[datetime | None] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(Text)

    series: Mapped[MeetingSeriesRow] = relationship(back_populates="exceptions")


class SessionRow(Base):
    """A meeting's record: status, shared notes; topics, items and notes hang off it."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("status IN ('held', 'missed', 'cancelled', 'planned')", name="status"),
        UniqueConstraint("series_id", "occurrence_date", name="one_per_meeting"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL")
    )
    occurrence_date: Mapped[date | None] = mapped_column(Date)
    scheduled_for: Mapped[datetime] = mapped_column(DateTime)  # UTC, naive
    timezone: Mapped[str] = mapped_column(String(64))  # to show it in wall time again
    status: Mapped[str] = mapped_column(String(12), default="held")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Raised by every save of status, topics or notes: a save made against an older
    # version was made without seeing another install's change (team mode).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    topics: Mapped[list[TopicRow]] = relationship(
        order_by="TopicRow.position", cascade="all, delete-orphan", lazy="selectin"
    )
    action_items: Mapped[list[ActionItemRow]] = relationship(
        order_by="ActionItemRow.id", cascade="all, delete-orphan", lazy="selectin"
    )
    # Private notes are not a relationship: in team mode they live in another file
    # (store/private_notes.py); the database removes its own with the session.


class TopicRow(Base):
    """A topic discussed in a session, in the order it was listed."""

    __tablename__ = "session_topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)


class ActionItemRow(Base):
    """Something the mentor or the mentee will do."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)


class PrivateNoteRow(Base):
    """A note one partner keeps to themselves."""

    __tablename__ = "private_notes"
    __table_args__ = (UniqueConstraint("session_id", "author_id", name="one_per_author"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text)


class ChecklistTemplateRow(Base):
    """A checklist template; the built-ins are seeded from resources and editable."""

    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    builtin: Mapped[bool] = mapped_column(default=False)
    steps: Mapped[list[TemplateStepRow]] = relationship(
        order_by="TemplateStepRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class TemplateStepRow(Base):
    """A step of a template, in order."""

    __tablename__ = "checklist_template_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")


class ChecklistRunRow(Base):
    """A pair working through a checklist (its steps are copied, so later edits of the
    template leave the run as it was)."""

    __tablename__ = "checklist_runs"
    __table_args__ = (
        CheckConstraint("completed_on IS NULL OR completed_on >= started_on", name="closed_after"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(200), unique=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    template_key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    started_on: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date)
    steps: Mapped[list[RunStepRow]] = relationship(
        order_by="RunStepRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class RunStepRow(Base):
    """A step of a run: ticked or not, with a note."""

    __tablename__ = "checklist_run_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_runs.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    guidance: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class HealthAnswerRow(Base):
    """One partner's private health-check answers for a quarter."""

    __tablename__ = "health_answers"
    __table_args__ = (UniqueConstraint("pair_id", "quarter", "person_id", name="one_per_quarter"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pair_id: Mapped[int] = mapped_column(ForeignKey("pairs.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    quarter: Mapped[int]
    scores: Mapped[str] = mapped_column(String(100))  # "4,5,3,4,5"
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[date] = mapped_column(Date)
