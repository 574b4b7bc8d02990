"""Alembic environment: runs on the connection MentorDesk passes in, never on a URL."""

from alembic import context

from mentordesk.store.tables import managed_by_tables, metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=managed_by_tables,
)
with context.begin_transaction():
    context.run_migrations()
