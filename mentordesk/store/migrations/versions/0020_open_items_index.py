"""an index of the open action items by session: the Team Overview counts every pair's
open items, a few among hundreds of thousands done, without reading the done ones

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

OPEN = "done_on IS NULL AND dropped_on IS NULL"


def upgrade() -> None:
    op.create_index(
        "ix_action_items_open",
        "action_items",
        ["session_id"],
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_action_items_open", table_name="action_items")
