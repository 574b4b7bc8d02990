"""after a held meeting, each partner's feedback: how useful, how balanced, a word

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("useful", sa.Integer(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("word", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.CheckConstraint("useful BETWEEN 1 AND 5", name=op.f("ck_meeting_feedback_useful")),
        sa.CheckConstraint("balance BETWEEN 1 AND 5", name=op.f("ck_meeting_feedback_balance")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_meeting_feedback_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_meeting_feedback_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_feedback")),
        sa.UniqueConstraint("session_id", "person_id", name="one_per_partner"),
    )
    with op.batch_alter_table("meeting_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_feedback_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("meeting_feedback")
