"""Use cases for data safety: backups, restore, checking the database."""

from __future__ import annotations

from pathlib import Path

from mentordesk.domain.words import translate
from mentordesk.errors import DatabaseError, UserFacingError
from mentordesk.services.clock import Clock
from mentordesk.store.engine import display_url, sqlite_path
from mentordesk.store.local_file import TABLES
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
    restore_local_copy,
    usable_backup,
    usable_local_copy,
)
from mentordesk.store.unit_of_work import Store

# Beside a shared server MentorDesk backs up this computer's own file (the private notes
# of its author and the edits not yet sent), in a folder of its own inside the backups.
LOCAL_BACKUPS = "this-computer"


def _server_backs_up() -> str:
    return translate(
        "Safety",
        "This is a shared server database: its backups are the server's job (ask whoever runs it).",
    )


def own_file(store: Store) -> Path | None:
    """The file MentorDesk backs up itself: the embedded database, or this computer's
    own file beside a shared server; None when there is neither."""
    database = sqlite_path(str(store.engine.url))
    if database is not None:
        return database
    return store.local_file.path if store.local_file is not None else None


def rotation_dir(store: Store, backup_dir: Path) -> Path:
    """Where the rotation of `own_file` lives: the backups folder itself for the
    embedded database, a folder inside it for this computer's own file."""
    if sqlite_path(str(store.engine.url)) is None:
        return backup_dir / LOCAL_BACKUPS
    return backup_dir


class SafetyService:
    """Backs up, restores and checks the embedded database; beside a shared server,
    backs up and restores this computer's own file (the server backs up the rest)."""

    def __init__(self, store: Store, clock: Clock, backup_dir: Path) -> None:
        self._store = store
        self._clock = clock
        self.folder = BackupFolder(rotation_dir(store, backup_dir))

    @property
    def is_local(self) -> bool:
        """True for the embedded SQLite file (which MentorDesk backs up itself)."""
        return sqlite_path(str(self._store.engine.url)) is not None

    @property
    def keeps_backups(self) -> bool:
        """True when MentorDesk backs up a file itself: the embedded database, or this
        computer's own file beside a server."""
        return own_file(self._store) is not None

    @property
    def what_is_backed_up(self) -> str:
        """What a backup holds, in words."""
        if self.is_local:
            return "all of MentorDesk's data on this computer"
        return (
            "this computer's own file: your private notes and the edits not yet sent to "
            "the server (the shared data is the server's to back up)"
        )

    @property
    def location(self) -> str:
        """Which database is open, in words."""
        url = str(self._store.engine.url)
        path = sqlite_path(url)
        if path is not None:
            return translate("Safety", "this computer's own database ({path})").format(path=path)
        return translate("Safety", "the shared database {url}").format(url=display_url(url))

    @property
    def database(self) -> Path:
        """The SQLite file, or a clear refusal for a server database."""
        path = sqlite_path(str(self._store.engine.url))
        if path is None:
            raise UserFacingError(_server_backs_up())
        return path

    @property
    def backed_up(self) -> Path:
        """The file backups copy (see `own_file`), or a clear refusal."""
        path = own_file(self._store)
        if path is None:
            raise UserFacingError(_server_backs_up())
        return path

    def backup(self, target: Path | None = None) -> Backup:
        """A verified copy: into the rotation, or to `target` (which must not exist)."""
        now = self._clock.now().astimezone().replace(tzinfo=None)
        if target is None:
            return self.folder.take(self.backed_up, now)
        if target.exists():
            raise UserFacingError(
                translate("Safety", "{path} already exists; choose a new file name").format(
                    path=target
                )
            )
        try:
            copy_database(self.backed_up, target)
        except OSError as error:
            raise UserFacingError(
                translate("Safety", "cannot write {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                )
            ) from None
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
            raise UserFacingError(
                translate("Safety", "there is no file {path}").format(path=backup)
            )
        if not self.is_local:
            return self._restore_own_file(backup)
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
                translate(
                    "Safety", "cannot restore: {reason}; the database was not replaced"
                ).format(reason=error.strerror or error)
            ) from None
        upgrade_if_due(self._store.engine)  # a backup from an older MentorDesk
        return Backup(kept, now.replace(microsecond=0))

    def _restore_own_file(self, backup: Path) -> Backup:
        """Beside a server: put a copy of this computer's own file back, the current one
        copied first into the rotation (so this too can be undone by restoring)."""
        local = self._store.local_file
        if local is None:
            raise UserFacingError(_server_backs_up())
        usable_local_copy(backup, TABLES)  # before anything is touched
        kept = self.backup()
        local.close()  # its connections go before the file is replaced
        try:
            restore_local_copy(backup, local.path, TABLES)
        except OSError as error:
            raise UserFacingError(
                translate(
                    "Safety", "cannot restore: {reason}; this computer's file was not replaced"
                ).format(reason=error.strerror or error)
            ) from None
        return kept

    def check(self) -> list[str]:
        """Everything wrong with the database (an empty list: all is well)."""
        return full_check(self.database)
