"""people, pairs and agreements

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("external_id", name=op.f("uq_people_external_id")),
    )
    op.create_table(
        "pairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("quarters", sa.String(length=12), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "quarters IN ('partnership', 'calendar')", name=op.f("ck_pairs_quarter_mode")
        ),
        sa.CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on", name=op.f("ck_pairs_ends_after_start")
        ),
        sa.CheckConstraint("mentor_id <> mentee_id", name=op.f("ck_pairs_mentor_not_mentee")),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["people.id"],
            name=op.f("fk_pairs_mentee_id_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["people.id"],
            name=op.f("fk_pairs_mentor_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairs")),
        sa.UniqueConstraint("external_id", name=op.f("uq_pairs_external_id")),
    )
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pairs_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pairs_mentor_id"), ["mentor_id"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("cadence", sa.Text(), nullable=False),
        sa.Column("expectations", sa.Text(), nullable=False),
        sa.Column("confidentiality", sa.Boolean(), nullable=False),
        sa.Column("ending", sa.Text(), nullable=False),
        sa.Column("signed_by_mentor_on", sa.Date(), nullable=True),
        sa.Column("signed_by_mentee_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pair_id"], ["pairs.id"], name=op.f("fk_agreements_pair_id_pairs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("pair_id", name=op.f("pk_agreements")),
    )


def downgrade() -> None:
    op.drop_table("agreements")
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pairs_mentor_id"))
        batch_op.drop_index(batch_op.f("ix_pairs_mentee_id"))

    op.drop_table("pairs")
    op.drop_table("people")
