"""Where MentorDesk keeps its files: one module over platformdirs.

`MENTORDESK_DATA_DIR` moves the whole data folder; `MENTORDESK_DB` (or `--db`) points at
another database, either a SQLite file path or a SQLAlchemy URL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from mentordesk.settings import SettingsStore

APP_NAME = "MentorDesk"
DB_FILE_NAME = "mentordesk.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files of one MentorDesk installation."""

    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def default_db(self) -> Path:
        """The embedded SQLite database."""
        return self.data_dir / DB_FILE_NAME

    @property
    def settings_file(self) -> Path:
        """The typed settings (JSON)."""
        return self.config_dir / "settings.json"

    @property
    def backup_dir(self) -> Path:
        """Where automatic backups go."""
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        """The rotating log."""
        return self.log_dir / "mentordesk.log"

    @property
    def running_marker(self) -> Path:
        """Lies in the log folder while the window is open: found at a start, the last
        run did not close normally."""
        return self.log_dir / "running"

    @property
    def check_stamp(self) -> Path:
        """When the database last passed a full integrity check."""
        return self.data_dir / "last-check"

    @property
    def crash_log(self) -> Path:
        """Where a hard crash (a segfault, say) leaves its trace."""
        return self.log_dir / "crash.log"

    @property
    def ui_state_file(self) -> Path:
        """Window geometry and other view state (QSettings, INI), beside the settings."""
        return self.config_dir / "ui-state.ini"


def app_paths(environ: os._Environ[str] | dict[str, str] | None = None) -> AppPaths:
    """The paths for this process, honouring `MENTORDESK_DATA_DIR`.

    With `MENTORDESK_DATA_DIR` set, logs and settings live inside that folder too, so a
    test or a portable install touches nothing outside it.
    """
    env = os.environ if environ is None else environ
    override = env.get("MENTORDESK_DATA_DIR")
    if override:
        root = Path(override).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs", config_dir=root)
    return AppPaths(
        data_dir=platformdirs.user_data_path(APP_NAME, appauthor=False),
        log_dir=platformdirs.user_log_path(APP_NAME, appauthor=False),
        config_dir=platformdirs.user_config_path(APP_NAME, appauthor=False),
    )


def database_url(db: str | None, paths: AppPaths, environ: dict[str, str] | None = None) -> str:
    """The SQLAlchemy URL to open: `--db`, else `MENTORDESK_DB`, else the shared team
    database chosen in settings, else the embedded file."""
    env = os.environ if environ is None else environ
    target = (
        db
        or env.get("MENTORDESK_DB")
        or SettingsStore(paths.settings_file).load().team_database
        or str(paths.default_db)
    )
    if "://" in target:
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())
