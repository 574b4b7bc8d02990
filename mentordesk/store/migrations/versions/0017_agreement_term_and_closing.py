"""the agreement's term (how long, when to review) and the partners' closing reflections

On ending a pair, each partner may write a closing reflection the final summary includes.

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("runs_until", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("review_on", sa.Date(), nullable=True))
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mentor_closing", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("mentee_closing", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.drop_column("mentee_closing")
        batch_op.drop_column("mentor_closing")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_column("review_on")
        batch_op.drop_column("runs_until")
