"""The composition root: builds paths, settings, store and services, and hands them on.

Nothing here holds the application in a global; the CLI and the GUI each call `open_app`.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass

from mentordesk.paths import AppPaths, app_paths, database_url, ensure_private_dir
from mentordesk.services import Services
from mentordesk.services.clock import Clock, SystemClock
from mentordesk.settings import SettingsStore
from mentordesk.store.opening import open_store
from mentordesk.store.unit_of_work import Store


@dataclass
class App:
    """One open MentorDesk: where it lives, its database and its use cases."""

    paths: AppPaths
    url: str
    store: Store
    services: Services
    settings: SettingsStore

    def close(self) -> None:
        """Release the database."""
        self.store.close()


def open_app(db: str | None = None, clock: Clock | None = None) -> App:
    """Open MentorDesk on `db` (or the configured default database)."""
    paths = app_paths()
    ensure_private_dir(paths.data_dir)
    url = database_url(db, paths)
    store = open_store(url)
    services = Services.over(store, clock or SystemClock())
    return App(paths, url, store, services, SettingsStore(paths.settings_file))


def configure_logging(paths: AppPaths) -> None:
    """Log to a rotating file in the log folder (never to stdout, which may not exist)."""
    ensure_private_dir(paths.log_dir)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "mentordesk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def run_gui(db: str | None) -> int:
    """Open the main window on `db`; returns the exit status when it closes."""
    from mentordesk.ui.application import run

    paths = app_paths()
    configure_logging(paths)
    return run(lambda: open_app(db))
