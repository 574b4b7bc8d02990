"""Persistence: SQLAlchemy models, repositories, unit of work, engine and migrations.

Nothing here imports Qt, and nothing above this package sees an ORM object.
"""
