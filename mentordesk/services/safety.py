"""Use cases for data safety: backups, restore, checking the database."""

from __future__ import annotations

from pathlib import Path

from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services.clock import Clock
from mentordesk.store.engine import display_url, sqlite_path
from mentordesk.store.migrate import upgrade_if_due
from mentordesk.store.safety import (
    BACKUP_PREFIX,
    BACKUP_SUFFIX,
    STAMP,
    Backup,
    BackupFolder,
    copy_database,
    copy_files,
    full_check,
    restore,
    usable_backup,
)
from mentordesk.store.unit_of_work import Store


class SafetyService:
    """Backs up, restores and checks the embedded database."""

    def __init__(self, store: Store, clock: Clock, backup_dir: Path) -> None:
        self._store = store
        self._clock = clock
        self.folder = BackupFolder(backup_dir)

    @property
    def is_local(self) -> bool:
        """True for the embedded SQLite file (which MentorDesk backs up itself)."""
        return sqlite_path(str(self._store.engine.url)) is not None

    @property
    def location(self) -> str:
        """Which database is open, in words."""
        url = str(self._store.engine.url)
        path = sqlite_path(url)
        if path is not None:
            return f"this computer's own database ({path})"
        return f"the shared database {display_url(url)}"

    @property
    def database(self) -> Path:
        """The SQLite file, or a clear refusal for a server database."""
        path = sqlite_path(str(self._store.engine.url))
        if path is None:
            raise UserFacingError(
                "This is a shared server database: its backups are the "
                "server's job (ask whoever runs it)."
            )
        return path

    def backup(self, target: Path | None = None) -> Backup:
        """A verified copy: into the rotation, or to `target` (which must not exist)."""
        now = self._clock.now().astimezone().replace(tzinfo=None)
        if target is None:
            return self.folder.take(self.database, now)
        if target.exists():
            raise UserFacingError(f"{target} already exists; choose a new file name")
        try:
            copy_database(self.database, target)
        except OSError as error:
            raise UserFacingError(f"cannot write {target}: {error.strerror or error}") from None
        return Backup(target, now.replace(microsecond=0))

    def backup_if_changed(self) -> Backup | None:
        """A copy into the rotation when the data changed since the last one (or there
        is none); None when nothing changed: a start alone takes no copy."""
        if not self.folder.changed_since_last():
            return None
        return self.backup()

    def backups(self) -> list[Backup]:
        """The rotation, newest first."""
        return self.folder.backups()

    def restore(self, backup: Path) -> Backup:
        """Replace the database with `backup`, a MentorDesk database of a known schema
        that passes the integrity check; the current files are copied first, byte for
        byte (whatever state they are in), and nothing is replaced if that copy fails.

        Returns the copy of what was replaced. The caller makes sure no other MentorDesk
        has the database open (the GUI holds its lock; the CLI takes it).
        """
        if not backup.exists():
            raise UserFacingError(f"there is no file {backup}")
        usable_backup(backup)  # before anything is touched
        database = self.database
        now = self._clock.now().astimezone().replace(tzinfo=None)
        # Beside the rotation, not in it: never thinned, never offered as a backup.
        replaced = self.folder.folder / "replaced"
        kept = replaced / f"{BACKUP_PREFIX}{now:{STAMP}}-before-restore{BACKUP_SUFFIX}"
        n = 1
        while kept.exists():
            n += 1
            kept = replaced / f"{BACKUP_PREFIX}{now:{STAMP}}-before-restore-{n}{BACKUP_SUFFIX}"
        self._store.close()  # every connection goes before the files are copied or replaced
        made: list[Path] = []
        try:
            if database.exists():
                made = copy_files(database, kept)
            restore(backup, database)
        except DatabaseError:
            for path in made:
                path.unlink(missing_ok=True)
            raise
        except OSError as error:
            for path in made:
                path.unlink(missing_ok=True)
            raise UserFacingError(
                f"cannot restore: {error.strerror or error}; the database was not replaced"
            ) from None
        upgrade_if_due(self._store.engine)  # a backup from an older MentorDesk
        return Backup(kept, now.replace(microsecond=0))

    def check(self) -> list[str]:
        """Everything wrong with the database (an empty list: all is well)."""
        return full_check(self.database)
