"""goals and check-ins

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("specific", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('achieved', 'partly', 'not_achieved')",
            name=op.f("ck_goals_outcome"),
        ),
        sa.CheckConstraint("skill IN ('technical', 'soft')", name=op.f("ck_goals_skill")),
        sa.CheckConstraint(
            "status IN ('not_started', 'in_progress', 'achieved', 'dropped')",
            name=op.f("ck_goals_status"),
        ),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name=op.f("ck_goals_progress")),
        sa.CheckConstraint("quarter >= 1", name=op.f("ck_goals_quarter_from_1")),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["goals.id"],
            name=op.f("fk_goals_carried_from_id_goals"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pairs.id"], name=op.f("fk_goals_pair_id_pairs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
        sa.UniqueConstraint("external_id", name=op.f("uq_goals_external_id")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_pair_id"), ["pair_id"], unique=False)
        batch_op.create_index(
            "uq_goals_one_per_skill",
            ["pair_id", "quarter", "skill"],
            unique=True,
            sqlite_where=sa.text("status <> 'dropped'"),
            postgresql_where=sa.text("status <> 'dropped'"),
        )

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name=op.f("ck_checkins_progress")),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_checkins_goal_id_goals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkins_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_goal_id"))

    op.drop_table("checkins")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_goals_one_per_skill",
            sqlite_where=sa.text("status <> 'dropped'"),
            postgresql_where=sa.text("status <> 'dropped'"),
        )
        batch_op.drop_index(batch_op.f("ix_goals_pair_id"))

    op.drop_table("goals")
