"""meeting series and exceptions

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.String(length=2), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("first_date", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("every_weeks", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "duration_minutes BETWEEN 5 AND 480", name=op.f("ck_meeting_series_duration")
        ),
        sa.CheckConstraint(
            "every_weeks BETWEEN 1 AND 4", name=op.f("ck_meeting_series_every_weeks")
        ),
        sa.CheckConstraint("sequence >= 0", name=op.f("ck_meeting_series_sequence")),
        sa.CheckConstraint("until >= first_date", name=op.f("ck_meeting_series_until_after_first")),
        sa.ForeignKeyConstraint(
            ["pair_id"],
            ["pairs.id"],
            name=op.f("fk_meeting_series_pair_id_pairs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
        sa.UniqueConstraint("external_id", name=op.f("uq_meeting_series_external_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_meeting_series_uid")),
    )
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_series_pair_id"), ["pair_id"], unique=False)

    op.create_table(
        "series_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("skip", sa.Boolean(), nullable=False),
        sa.Column("moved_to", sa.DateTime(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "(skip AND moved_to IS NULL) OR (NOT skip AND moved_to IS NOT NULL)",
            name=op.f("ck_series_exceptions_skip_or_move"),
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_series_exceptions_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_exceptions")),
        sa.UniqueConstraint("series_id", "on_date", name="one_per_date"),
    )
    with op.batch_alter_table("series_exceptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_series_exceptions_series_id"), ["series_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("series_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_series_exceptions_series_id"))

    op.drop_table("series_exceptions")
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_series_pair_id"))

    op.drop_table("meeting_series")
