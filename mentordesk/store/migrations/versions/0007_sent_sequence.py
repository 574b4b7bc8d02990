"""meeting series remember the SEQUENCE last sent to the mentee (an invitation or a cancellation)

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sent_sequence", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_series", schema=None) as batch_op:
        batch_op.drop_column("sent_sequence")
