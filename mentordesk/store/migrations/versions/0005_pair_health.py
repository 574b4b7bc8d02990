"""checklists and health checks

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checklist_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_templates")),
        sa.UniqueConstraint("key", name=op.f("uq_checklist_templates_key")),
    )
    op.create_table(
        "checklist_template_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_templates.id"],
            name=op.f("fk_checklist_template_steps_template_id_checklist_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_steps")),
    )
    with op.batch_alter_table("checklist_template_steps", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_template_steps_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "checklist_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("template_key", sa.String(length=100), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "completed_on IS NULL OR completed_on >= started_on",
            name=op.f("ck_checklist_runs_closed_after"),
        ),
        sa.ForeignKeyConstraint(
            ["pair_id"],
            ["pairs.id"],
            name=op.f("fk_checklist_runs_pair_id_pairs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_runs")),
        sa.UniqueConstraint("external_id", name=op.f("uq_checklist_runs_external_id")),
    )
    with op.batch_alter_table("checklist_runs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_runs_pair_id"), ["pair_id"], unique=False)

    op.create_table(
        "health_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pair_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("scores", sa.String(length=100), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pair_id"],
            ["pairs.id"],
            name=op.f("fk_health_answers_pair_id_pairs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_health_answers_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_answers")),
        sa.UniqueConstraint("pair_id", "quarter", "person_id", name="one_per_quarter"),
    )
    with op.batch_alter_table("health_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_health_answers_pair_id"), ["pair_id"], unique=False)

    op.create_table(
        "checklist_run_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["checklist_runs.id"],
            name=op.f("fk_checklist_run_steps_run_id_checklist_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_run_steps")),
    )
    with op.batch_alter_table("checklist_run_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_run_steps_run_id"), ["run_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checklist_run_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_run_steps_run_id"))

    op.drop_table("checklist_run_steps")
    with op.batch_alter_table("health_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_health_answers_pair_id"))

    op.drop_table("health_answers")
    with op.batch_alter_table("checklist_runs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_runs_pair_id"))

    op.drop_table("checklist_runs")
    with op.batch_alter_table("checklist_template_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_steps_template_id"))

    op.drop_table("checklist_template_steps")
    op.drop_table("checklist_templates")
