"""indexes for reading recent history however long it is: a pair's sessions by time, its
held sessions by time, and the open action items by due date

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sessions_pair_time", "sessions", ["pair_id", "scheduled_for"])
    op.create_index("ix_sessions_pair_held", "sessions", ["pair_id", "status", "scheduled_for"])
    op.create_index(
        "ix_action_items_open_due",
        "action_items",
        ["due"],
        sqlite_where=sa.text("done_on IS NULL"),
        postgresql_where=sa.text("done_on IS NULL"),
    )
    if op.get_bind().dialect.name == "sqlite":  # figures for the planner to pick them by
        op.execute("PRAGMA analysis_limit=400")
        op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_action_items_open_due", table_name="action_items")
    op.drop_index("ix_sessions_pair_held", table_name="sessions")
    op.drop_index("ix_sessions_pair_time", table_name="sessions")
