"""each partner's self-assessment of a quarter's skill, before and after, with evidence

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "self_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=6), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.CheckConstraint("score BETWEEN 1 AND 5", name=op.f("ck_self_assessments_score")),
        sa.CheckConstraint("stage IN ('before', 'after')", name=op.f("ck_self_assessments_stage")),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goals.id"],
            name=op.f("fk_self_assessments_goal_id_goals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_assessments")),
        sa.UniqueConstraint("goal_id", "stage", name="one_per_stage"),
    )
    with op.batch_alter_table("self_assessments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_self_assessments_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    op.drop_table("self_assessments")
