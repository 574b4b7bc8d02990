"""an action item may serve one of the pair's goals (existing items serve none)

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_action_items_goal_id"), ["goal_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_action_items_goal_id_goals"),
            "goals",
            ["goal_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_action_items_goal_id_goals"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_action_items_goal_id"))
        batch_op.drop_column("goal_id")
