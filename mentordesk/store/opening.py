"""Opening a database: engine, schema check and migrations, with known failures named."""

from __future__ import annotations

from sqlalchemy import exc

from mentordesk.errors import DatabaseError
from mentordesk.store.engine import create_store_engine, sqlite_path
from mentordesk.store.migrate import upgrade_if_due
from mentordesk.store.unit_of_work import Store


def open_store(url: str) -> Store:
    """The store at `url`, its schema brought up to date (only when that is due)."""
    engine = create_store_engine(url)
    try:
        upgrade_if_due(engine)
    except exc.DatabaseError as error:
        engine.dispose()
        where = sqlite_path(url) or engine.url.render_as_string(hide_password=True)
        detail = str(error.orig) if error.orig else str(error)
        raise DatabaseError(f"cannot open the database {where}: {detail}") from error
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)
