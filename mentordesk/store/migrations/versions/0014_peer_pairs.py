"""peer pairs: a pair's kind, and whose each goal is (so far, the mentee's)

A pair is 'mentoring' (mentor → mentee) or 'peers' (both teach and learn); each goal
belongs to one partner ('mentee' for every goal kept so far), one per skill, partner and
quarter.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

NOT_DROPPED = sa.text("status <> 'dropped'")


def upgrade() -> None:
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=12), nullable=False, server_default="mentoring")
        )
        batch_op.create_check_constraint("pair_kind", "kind IN ('mentoring', 'peers')")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("owner", sa.String(length=12), nullable=False, server_default="mentee")
        )
        batch_op.create_check_constraint("owner", "owner IN ('mentor', 'mentee')")
        batch_op.drop_index(
            "uq_goals_one_per_skill", sqlite_where=NOT_DROPPED, postgresql_where=NOT_DROPPED
        )
        batch_op.create_index(
            "uq_goals_one_per_owner_skill",
            ["pair_id", "quarter", "owner", "skill"],
            unique=True,
            sqlite_where=NOT_DROPPED,
            postgresql_where=NOT_DROPPED,
        )


def downgrade() -> None:
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(
            "uq_goals_one_per_owner_skill", sqlite_where=NOT_DROPPED, postgresql_where=NOT_DROPPED
        )
        batch_op.create_index(
            "uq_goals_one_per_skill",
            ["pair_id", "quarter", "skill"],
            unique=True,
            sqlite_where=NOT_DROPPED,
            postgresql_where=NOT_DROPPED,
        )
        batch_op.drop_constraint(batch_op.f("ck_goals_owner"), type_="check")
        batch_op.drop_column("owner")
    with op.batch_alter_table("pairs", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_pairs_pair_kind"), type_="check")
        batch_op.drop_column("kind")
