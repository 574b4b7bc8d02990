"""The ORM models: typed classes mapped onto the tables of `store/tables.py`.

The schema is declared once, there: columns, types, constraints and indexes. A model
names its table (`__table__`) and only annotates the Python type of each column, for
mypy; tests/store/test_schema_declared_once.py checks the annotations against the
tables (every column, nullability, type), so the two cannot drift apart.

These classes never leave the store: repositories turn them into domain records. They
are built on first use, not at start: the first window is read with Core (~70 ms of
mapping and configuring saved from every start).
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from mentordesk.store import tables


class Base(DeclarativeBase):
    """Base of every model; the schema (and its naming convention) is in `tables`."""

    metadata = tables.metadata


class PersonRow(Base):
    """A person who can be a mentor or a mentee."""

    __table__ = tables.people
    # A person's login is the team lead's to give (mentordesk team add-person), never
    # written here: a team database grants its members no right to that column at all.
    __mapper_args__ = {"exclude_properties": ["login"]}  # noqa: RUF012 (SQLAlchemy's own)

    id: Mapped[int]
    external_id: Mapped[str]
    name: Mapped[str]
    email: Mapped[str]
    department: Mapped[str | None]


class PairRow(Base):
    """A mentor and a mentee, from a start date to an optional end."""

    __table__ = tables.pairs

    id: Mapped[int]
    external_id: Mapped[str]
    mentor_id: Mapped[int]
    mentee_id: Mapped[int]
    started_on: Mapped[date]
    quarters: Mapped[str]
    ended_on: Mapped[date | None]
    end_reason: Mapped[str | None]
    kind: Mapped[str]
    mentor_closing: Mapped[str]
    mentee_closing: Mapped[str]

    mentor: Mapped[PersonRow] = relationship(foreign_keys=[tables.pairs.c.mentor_id], lazy="joined")
    mentee: Mapped[PersonRow] = relationship(foreign_keys=[tables.pairs.c.mentee_id], lazy="joined")
    agreement: Mapped[AgreementRow | None] = relationship(
        back_populates="pair", lazy="joined", cascade="all, delete-orphan"
    )


class AgreementRow(Base):
    """A pair's mentoring agreement and its two signatures."""

    __table__ = tables.agreements

    pair_id: Mapped[int]
    cadence: Mapped[str]
    expectations: Mapped[str]
    confidentiality: Mapped[bool]
    ending: Mapped[str]
    signed_by_mentor_on: Mapped[date | None]
    signed_by_mentee_on: Mapped[date | None]
    runs_until: Mapped[date | None]
    review_on: Mapped[date | None]

    pair: Mapped[PairRow] = relationship(back_populates="agreement")


class GoalRow(Base):
    """A quarter's technical or soft-skill goal, with its review."""

    __table__ = tables.goals

    id: Mapped[int]
    external_id: Mapped[str]
    pair_id: Mapped[int]
    quarter: Mapped[int]
    skill: Mapped[str]
    title: Mapped[str]
    specific: Mapped[str]
    measure: Mapped[str]
    target_date: Mapped[date]
    status: Mapped[str]
    progress: Mapped[int]
    outcome: Mapped[str | None]
    reflection: Mapped[str]
    carried_from_id: Mapped[int | None]
    owner: Mapped[str]

    checkins: Mapped[list[CheckInRow]] = relationship(
        back_populates="goal",
        order_by="(CheckInRow.on, CheckInRow.id)",
        cascade="all, delete-orphan",
        lazy="selectin",
    )


class CheckInRow(Base):
    """A goal's progress on a date."""

    __table__ = tables.checkins

    id: Mapped[int]
    goal_id: Mapped[int]
    on: Mapped[date]  # the column checked_on
    progress: Mapped[int]
    note: Mapped[str]
    session_id: Mapped[int | None]

    goal: Mapped[GoalRow] = relationship(back_populates="checkins")


class MeetingSeriesRow(Base):
    """A pair's recurring meeting, with its calendar identity (UID, SEQUENCE)."""

    __table__ = tables.meeting_series

    id: Mapped[int]
    external_id: Mapped[str]
    pair_id: Mapped[int]
    uid: Mapped[str]
    sequence: Mapped[int]
    weekday: Mapped[str]
    start_time: Mapped[time]
    duration_minutes: Mapped[int]
    timezone: Mapped[str]
    location: Mapped[str]
    first_date: Mapped[date]
    until: Mapped[date]
    every_weeks: Mapped[int]
    cancelled: Mapped[bool]
    sent_sequence: Mapped[int | None]

    exceptions: Mapped[list[SeriesExceptionRow]] = relationship(
        back_populates="series",
        order_by="SeriesExceptionRow.on_date",
        cascade="all, delete-orphan",
        lazy="selectin",
    )


class SeriesExceptionRow(Base):
    """One occurrence of a series skipped, or moved (wall clock in the series' zone)."""

    __table__ = tables.series_exceptions

    id: Mapped[int]
    series_id: Mapped[int]
    on_date: Mapped[date]
    skip: Mapped[bool]
    moved_to: Mapped[datetime | None]
    location: Mapped[str | None]

    series: Mapped[MeetingSeriesRow] = relationship(back_populates="exceptions")


class SessionRow(Base):
    """A meeting's record: status, shared notes; topics, items and notes hang off it."""

    __table__ = tables.sessions

    id: Mapped[int]
    external_id: Mapped[str]
    pair_id: Mapped[int]
    series_id: Mapped[int | None]
    occurrence_date: Mapped[date | None]
    scheduled_for: Mapped[datetime]
    timezone: Mapped[str]
    status: Mapped[str]
    notes: Mapped[str]
    version: Mapped[int]

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

    __table__ = tables.session_topics

    id: Mapped[int]
    session_id: Mapped[int]
    position: Mapped[int]
    text: Mapped[str]


class ActionItemRow(Base):
    """Something the mentor or the mentee will do."""

    __table__ = tables.action_items

    id: Mapped[int]
    external_id: Mapped[str]
    session_id: Mapped[int]
    owner_id: Mapped[int]
    text: Mapped[str]
    due: Mapped[date | None]
    done_on: Mapped[date | None]
    dropped_on: Mapped[date | None]
    goal_id: Mapped[int | None]


class PrivateNoteRow(Base):
    """A note one partner keeps to themselves."""

    __table__ = tables.private_notes

    id: Mapped[int]
    session_id: Mapped[int]
    author_id: Mapped[int]
    text: Mapped[str]


class ChecklistTemplateRow(Base):
    """A checklist template; the built-ins are seeded from resources and editable."""

    __table__ = tables.checklist_templates

    id: Mapped[int]
    key: Mapped[str]
    title: Mapped[str]
    builtin: Mapped[bool]

    steps: Mapped[list[TemplateStepRow]] = relationship(
        order_by="TemplateStepRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class TemplateStepRow(Base):
    """A step of a template, in order."""

    __table__ = tables.checklist_template_steps

    id: Mapped[int]
    template_id: Mapped[int]
    position: Mapped[int]
    text: Mapped[str]
    guidance: Mapped[str]


class ChecklistRunRow(Base):
    """A pair working through a checklist (its steps are copied, so later edits of the
    template leave the run as it was)."""

    __table__ = tables.checklist_runs

    id: Mapped[int]
    external_id: Mapped[str]
    pair_id: Mapped[int]
    template_key: Mapped[str]
    title: Mapped[str]
    started_on: Mapped[date]
    completed_on: Mapped[date | None]
    outcome: Mapped[str]
    follow_up_on: Mapped[date | None]

    steps: Mapped[list[RunStepRow]] = relationship(
        order_by="RunStepRow.position", cascade="all, delete-orphan", lazy="selectin"
    )


class RunStepRow(Base):
    """A step of a run: ticked or not, with a note."""

    __table__ = tables.checklist_run_steps

    id: Mapped[int]
    run_id: Mapped[int]
    position: Mapped[int]
    text: Mapped[str]
    guidance: Mapped[str]
    done: Mapped[bool]
    note: Mapped[str]


class HealthAnswerRow(Base):
    """One partner's private health-check answers for a quarter."""

    __table__ = tables.health_answers

    id: Mapped[int]
    pair_id: Mapped[int]
    person_id: Mapped[int]
    quarter: Mapped[int]
    scores: Mapped[str]
    comment: Mapped[str]
    answered_on: Mapped[date]
