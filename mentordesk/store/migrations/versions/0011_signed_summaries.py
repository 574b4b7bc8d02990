"""signed quarterly summaries: the PDF as signed, its SHA-256, what it showed, who signed

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_summaries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("mentor_name", sa.String(length=200), nullable=False),
        sa.Column("mentee_name", sa.String(length=200), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("shown", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pair_id"],
            ["pairs.id"],
            name=op.f("fk_signed_summaries_pair_id_pairs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_summaries")),
        sa.UniqueConstraint("external_id", name=op.f("uq_signed_summaries_external_id")),
        sa.UniqueConstraint("pair_id", "quarter", "version", name="one_per_version"),
    )
    with op.batch_alter_table("signed_summaries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signed_summaries_pair_id"), ["pair_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signed_summaries_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    op.drop_table("signed_summaries")
