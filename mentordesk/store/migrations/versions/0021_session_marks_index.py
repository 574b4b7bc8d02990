"""the Team Overview's read of every pair's recent sessions answered from an index alone:
a pair's sessions in time order carrying the status and meeting it counts (replacing
the pair-and-time index, its prefix, and the pair index, the prefix of both)

Revision ID: 0021
Revises: 0020
"""

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

MARKS = ["pair_id", "scheduled_for", "id", "status", "series_id", "occurrence_date"]


def upgrade() -> None:
    op.create_index("ix_sessions_pair_marks", "sessions", MARKS)
    op.drop_index("ix_sessions_pair_time", table_name="sessions")
    op.drop_index("ix_sessions_pair_id", table_name="sessions")


def downgrade() -> None:
    op.create_index("ix_sessions_pair_id", "sessions", ["pair_id"])
    op.create_index("ix_sessions_pair_time", "sessions", ["pair_id", "scheduled_for"])
    op.drop_index("ix_sessions_pair_marks", table_name="sessions")
