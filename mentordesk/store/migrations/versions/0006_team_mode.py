"""team mode: a version per session for optimistic locking; PostgreSQL's search index

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# SQLite has had its FTS5 table since 0004. PostgreSQL gets a table of the same name and
# columns, with the normalised body as a tsvector under a GIN index.
POSTGRES_SEARCH = (
    "CREATE TABLE search_index ("
    "id bigserial PRIMARY KEY, kind varchar(8) NOT NULL, ref_id integer NOT NULL, "
    "session_id integer NOT NULL REFERENCES sessions (id) ON DELETE CASCADE, "
    "shown text NOT NULL, body tsvector NOT NULL)",
    "CREATE INDEX search_index_body ON search_index USING gin (body)",
    "CREATE INDEX search_index_session ON search_index (session_id)",
)


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    if op.get_bind().dialect.name == "postgresql":
        for statement in POSTGRES_SEARCH:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE search_index")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_column("version")
