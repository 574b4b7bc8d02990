"""The database tables, as SQLAlchemy Core `Table`s: the schema in one place.

The start-up reads run on these alone, so the window can be filled before the ORM
models (`store/models.py`, mapped onto these tables) are built. A change here needs a
new Alembic migration (a landed migration is never edited).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


# PostgreSQL only (migration 0019): who changed what and when in team mode, never the words.
SERVER_ONLY_TABLES = ("audit_log",)


def managed_by_tables(name: str | None, type_: str, _parents: object) -> bool:
    """False for the full-text index and its shadow tables, and for the team database's
    audit log: no table here describes them."""
    name = name or ""
    return not (
        type_ == "table" and (name.startswith("search_index") or name in SERVER_ONLY_TABLES)
    )


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _external_id() -> Column[str]:
    return Column("external_id", String(200), nullable=False, unique=True)


def _parent(name: str, target: str, on_delete: str, *, index: bool = True) -> Column[int]:
    """A required link to `target` ('table.column')."""
    return Column(name, ForeignKey(target, ondelete=on_delete), nullable=False, index=index)


def _required(name: str, type_: Any, **options: Any) -> Column[Any]:
    return Column(name, type_, nullable=False, **options)


def _optional(name: str, type_: Any, **options: Any) -> Column[Any]:
    return Column(name, type_, nullable=True, **options)


people = Table(
    "people",
    metadata,
    _id(),
    _external_id(),
    _required("name", String(200)),
    _required("email", String(254)),
    _optional("department", String(200)),
    # Team mode (migration 0019): the PostgreSQL login this person connects as; the
    # server shows them only their own pairs' rows. Never set on a SQLite file.
    Column("login", String(63), nullable=True, unique=True),
)

pairs = Table(
    "pairs",
    metadata,
    _id(),
    _external_id(),
    _parent("mentor_id", "people.id", "RESTRICT"),
    _parent("mentee_id", "people.id", "RESTRICT"),
    _required("started_on", Date),
    _required("quarters", String(12), default="partnership"),
    _optional("ended_on", Date),
    _optional("end_reason", Text),
    # 'mentoring': mentor → mentee; 'peers': both teach and learn (the mentor_id partner
    # is then simply the first named).
    _required("kind", String(12), default="mentoring", server_default="mentoring"),
    # On ending, each partner's closing reflection (migration 0017).
    _required("mentor_closing", Text, default="", server_default=""),
    _required("mentee_closing", Text, default="", server_default=""),
    CheckConstraint("mentor_id <> mentee_id", name="mentor_not_mentee"),
    CheckConstraint("ended_on IS NULL OR ended_on >= started_on", name="ends_after_start"),
    CheckConstraint("quarters IN ('partnership', 'calendar')", name="quarter_mode"),
    CheckConstraint("kind IN ('mentoring', 'peers')", name="pair_kind"),
)

agreements = Table(
    "agreements",
    metadata,
    Column("pair_id", ForeignKey("pairs.id", ondelete="CASCADE"), primary_key=True),
    _required("cadence", Text, default=""),
    _required("expectations", Text, default=""),
    _required("confidentiality", Boolean, default=True),
    _required("ending", Text, default=""),
    _optional("signed_by_mentor_on", Date),
    _optional("signed_by_mentee_on", Date),
    _optional("runs_until", Date),  # migration 0017: how long it runs, when to review it
    _optional("review_on", Date),
)

goals = Table(
    "goals",
    metadata,
    _id(),
    _external_id(),
    _parent("pair_id", "pairs.id", "CASCADE"),
    _required("quarter", Integer),
    _required("skill", String(12)),
    _required("title", String(200)),
    _required("specific", Text, default=""),
    _required("measure", Text, default=""),
    _required("target_date", Date),
    _required("status", String(12), default="not_started"),
    _required("progress", Integer, default=0),
    _optional("outcome", String(12)),
    _required("reflection", Text, default=""),
    Column("carried_from_id", ForeignKey("goals.id", ondelete="SET NULL"), nullable=True),
    # Whose goal: the partner in this role (a mentor's is what they learn by teaching).
    _required("owner", String(12), default="mentee", server_default="mentee"),
    CheckConstraint("quarter >= 1", name="quarter_from_1"),
    CheckConstraint("owner IN ('mentor', 'mentee')", name="owner"),
    CheckConstraint("skill IN ('technical', 'soft')", name="skill"),
    CheckConstraint(
        "status IN ('not_started', 'in_progress', 'achieved', 'dropped')", name="status"
    ),
    CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),
    CheckConstraint(
        "outcome IS NULL OR outcome IN ('achieved', 'partly', 'not_achieved')", name="outcome"
    ),
    # One goal per pair, quarter, partner and skill that is not dropped: the database keeps
    # it too. Migration 0014 makes it partial on PostgreSQL as well; naming postgresql_where here
    # would load SQLAlchemy's PostgreSQL dialect (~30 ms) on every SQLite start.
    Index(
        "uq_goals_one_per_owner_skill",
        "pair_id",
        "quarter",
        "owner",
        "skill",
        unique=True,
        sqlite_where=text("status <> 'dropped'"),
    ),
)

checkins = Table(
    "checkins",
    metadata,
    _id(),
    _parent("goal_id", "goals.id", "CASCADE"),
    Column("checked_on", Date, key="on", nullable=False),
    _required("progress", Integer),
    _required("note", Text, default=""),
    # The session the check-in was noted in, if any.
    Column("session_id", ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True),
    CheckConstraint("progress BETWEEN 0 AND 100", name="progress"),
)

# A goal's milestones (migration 0016): a few dated steps, ticked when reached; the
# meeting one was reached in, if it was ticked in one.
milestones = Table(
    "milestones",
    metadata,
    _id(),
    _parent("goal_id", "goals.id", "CASCADE"),
    _required("due", Date),
    _required("text", Text),
    _optional("reached_on", Date),
    Column("session_id", ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True),
)

# A partner's rating of a goal's skill, before and after the quarter's work (issue 26).
self_assessments = Table(
    "self_assessments",
    metadata,
    _id(),
    _parent("goal_id", "goals.id", "CASCADE"),
    _required("stage", String(6)),
    _required("score", Integer),
    _required("evidence", Text),
    _required("assessed_on", Date),
    UniqueConstraint("goal_id", "stage", name="one_per_stage"),
    CheckConstraint("score BETWEEN 1 AND 5", name="score"),
    CheckConstraint("stage IN ('before', 'after')", name="stage"),
)

meeting_series = Table(
    "meeting_series",
    metadata,
    _id(),
    _external_id(),
    _parent("pair_id", "pairs.id", "CASCADE"),
    Column("uid", String(200), nullable=False, unique=True),
    _required("sequence", Integer, default=0),
    _required("weekday", String(2)),
    _required("start_time", Time),
    _required("duration_minutes", Integer),
    _required("timezone", String(64)),
    _required("location", Text, default=""),
    _required("first_date", Date),
    _required("until", Date),
    _required("every_weeks", Integer, default=1),
    _required("cancelled", Boolean, default=False),
    _optional("sent_sequence", Integer),  # the SEQUENCE last sent to the mentee, if any
    CheckConstraint("duration_minutes BETWEEN 5 AND 480", name="duration"),
    CheckConstraint("every_weeks BETWEEN 1 AND 4", name="every_weeks"),
    CheckConstraint("until >= first_date", name="until_after_first"),
    CheckConstraint("sequence >= 0", name="sequence"),
)

series_exceptions = Table(
    "series_exceptions",
    metadata,
    _id(),
    _parent("series_id", "meeting_series.id", "CASCADE"),
    _required("on_date", Date),
    _required("skip", Boolean, default=False),
    _optional("moved_to", DateTime),  # wall clock in the series' zone
    _optional("location", Text),
    UniqueConstraint("series_id", "on_date", name="one_per_date"),
    CheckConstraint(
        "(skip AND moved_to IS NULL) OR (NOT skip AND moved_to IS NOT NULL)", name="skip_or_move"
    ),
)

sessions = Table(
    "sessions",
    metadata,
    _id(),
    _external_id(),
    _parent("pair_id", "pairs.id", "CASCADE", index=False),  # ix_sessions_pair_marks leads
    Column("series_id", ForeignKey("meeting_series.id", ondelete="SET NULL"), nullable=True),
    _optional("occurrence_date", Date),
    _required("scheduled_for", DateTime),  # UTC, naive
    _required("timezone", String(64)),  # to show it in wall time again
    _required("status", String(12), default="held"),
    _required("notes", Text, default=""),
    # Raised by every save of status, topics or notes: a save made against an older
    # version was made without seeing another install's change (team mode).
    _required("version", Integer, server_default="1"),
    CheckConstraint("status IN ('held', 'missed', 'cancelled', 'planned')", name="status"),
    UniqueConstraint("series_id", "occurrence_date", name="one_per_meeting"),
    # Recent history read without the rest: a pair's sessions from a time on, in time
    # order, with what the Team Overview counts of them (status, meeting), from the index
    # alone (migration 0021; the id orders sessions at the same time); and when it last
    # held one (0010).
    Index(
        "ix_sessions_pair_marks",
        "pair_id",
        "scheduled_for",
        "id",
        "status",
        "series_id",
        "occurrence_date",
    ),
    Index("ix_sessions_pair_held", "pair_id", "status", "scheduled_for"),
)

session_topics = Table(
    "session_topics",
    metadata,
    _id(),
    _parent("session_id", "sessions.id", "CASCADE"),
    _required("position", Integer),
    _required("text", Text),
)

action_items = Table(
    "action_items",
    metadata,
    _id(),
    _external_id(),
    _parent("session_id", "sessions.id", "CASCADE"),
    _parent("owner_id", "people.id", "RESTRICT", index=False),
    _required("text", Text),
    _optional("due", Date),
    _optional("done_on", Date),
    _optional("dropped_on", Date),  # agreed not to be done (migration 0013)
    # The goal of the pair the item serves, if any (migration 0009); a goal removed
    # leaves its items unlinked.
    Column("goal_id", ForeignKey("goals.id", ondelete="SET NULL"), nullable=True, index=True),
    # The open items by due date (migration 0010, partial on PostgreSQL as well).
    Index("ix_action_items_open_due", "due", sqlite_where=text("done_on IS NULL")),
    # The open items by session (migration 0020): a team's few open among all done.
    Index(
        "ix_action_items_open",
        "session_id",
        sqlite_where=text("done_on IS NULL AND dropped_on IS NULL"),
    ),
)

private_notes = Table(
    "private_notes",
    metadata,
    _id(),
    _parent("session_id", "sessions.id", "CASCADE"),
    _parent("author_id", "people.id", "RESTRICT", index=False),
    _required("text", Text),
    UniqueConstraint("session_id", "author_id", name="one_per_author"),
)

checklist_templates = Table(
    "checklist_templates",
    metadata,
    _id(),
    Column("key", String(100), nullable=False, unique=True),
    _required("title", String(200)),
    _required("builtin", Boolean, default=False),
)

checklist_template_steps = Table(
    "checklist_template_steps",
    metadata,
    _id(),
    _parent("template_id", "checklist_templates.id", "CASCADE"),
    _required("position", Integer),
    _required("text", Text),
    _required("guidance", Text, default=""),
)

checklist_runs = Table(
    "checklist_runs",
    metadata,
    _id(),
    _external_id(),
    _parent("pair_id", "pairs.id", "CASCADE"),
    _required("template_key", String(100)),
    _required("title", String(200)),
    _required("started_on", Date),
    _optional("completed_on", Date),
    _required("outcome", Text, default=""),
    _optional("follow_up_on", Date),
    CheckConstraint("completed_on IS NULL OR completed_on >= started_on", name="closed_after"),
)

checklist_run_steps = Table(
    "checklist_run_steps",
    metadata,
    _id(),
    _parent("run_id", "checklist_runs.id", "CASCADE"),
    _required("position", Integer),
    _required("text", Text),
    _required("guidance", Text, default=""),
    _required("done", Boolean, default=False),
    _required("note", Text, default=""),
)

health_answers = Table(
    "health_answers",
    metadata,
    _id(),
    _parent("pair_id", "pairs.id", "CASCADE"),
    _parent("person_id", "people.id", "RESTRICT", index=False),
    _required("quarter", Integer),
    _required("scores", String(100)),  # "4,5,3,4,5"
    _required("comment", Text, default=""),
    _required("answered_on", Date),
    UniqueConstraint("pair_id", "quarter", "person_id", name="one_per_quarter"),
)

# After a held meeting, each partner's two quick answers (migration 0015): how useful it
# was, and who did the talking and the work; shown side by side once both answered.
meeting_feedback = Table(
    "meeting_feedback",
    metadata,
    _id(),
    _parent("session_id", "sessions.id", "CASCADE"),
    _parent("person_id", "people.id", "RESTRICT", index=False),
    _required("useful", Integer),
    _required("balance", Integer),
    _required("word", Text, default=""),
    _required("answered_on", Date),
    UniqueConstraint("session_id", "person_id", name="one_per_partner"),
    CheckConstraint("useful BETWEEN 1 AND 5", name="useful"),
    CheckConstraint("balance BETWEEN 1 AND 5", name="balance"),
)

# A quarterly summary as the pair signed it (issue 24): the PDF byte for byte, the
# figures it showed, who signed it and when. Never changed: signing again after a change
# adds the next version.
signed_summaries = Table(
    "signed_summaries",
    metadata,
    _id(),
    _external_id(),
    _parent("pair_id", "pairs.id", "CASCADE"),
    _required("quarter", Integer),
    _required("version", Integer),
    _required("signed_on", Date),
    _required("mentor_name", String(200)),
    _required("mentee_name", String(200)),
    _required("sha256", String(64), index=True),  # of the PDF: how `verify` finds it
    _required("pdf", LargeBinary),
    _required("shown", Text),  # JSON: the figures the summary showed
    UniqueConstraint("pair_id", "quarter", "version", name="one_per_version"),
)

# A pair's wins log: anything worth celebrating, from either partner (or both: no one).
wins = Table(
    "wins",
    metadata,
    _id(),
    _external_id(),
    _parent("pair_id", "pairs.id", "CASCADE"),
    _required("won_on", Date),
    _required("text", Text),
    Column("person_id", ForeignKey("people.id", ondelete="RESTRICT"), nullable=True),
)

# One row that names this database. Every write of MentorDesk's touches it, so a journal
# (-wal) carries it too: a journal from another database is told by its other uid.
database_identity = Table(
    "database_identity",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    _required("uid", String(64)),
    _required("writes", Integer, default=0),
    CheckConstraint("id = 1", name="one_row"),
)
