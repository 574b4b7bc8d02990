"""The person's preferences: one typed, versioned object stored as JSON.

Window geometry and other pure view state live in QSettings (the UI's business); what
the program's behaviour depends on lives here. Older files are migrated step by step;
an unreadable file is set aside, never silently overwritten.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from mentordesk.files import FileAccessError, ensure_private_dir, plain_reason, write_atomically

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Settings:
    """Everything MentorDesk remembers about how this person wants it to behave."""

    version: int = SETTINGS_VERSION
    first_run_done: bool = False
    current_user: str | None = None  # external id of the person using this install
    # A shared PostgreSQL server to open instead of this computer's own file: its URL,
    # never with a password (that lives in the system keyring, .pgpass or PGPASSWORD).
    team_database: str | None = None
    # Reminders: the kinds turned off (ReminderKind values); whether closing the window
    # leaves MentorDesk running in the system tray; whether it starts, in the tray, with
    # the person's desktop session.
    reminders_off: tuple[str, ...] = ()
    keep_in_tray: bool = False
    start_with_session: bool = False
    # View ▸ Appearance: "system" (follow the desktop's light or dark scheme), "light", "dark".
    appearance: str = "system"
    # View ▸ Language: "" (the desktop's), or a language code ("en", "de"); read at start.
    language: str = ""

    def __post_init__(self) -> None:
        if self.appearance not in ("system", "light", "dark"):
            object.__setattr__(self, "appearance", "system")
        if not isinstance(self.language, str) or len(self.language) > 16:
            object.__setattr__(self, "language", "")
        # JSON keeps the tuple as a list; anything but strings in it is dropped
        kinds = self.reminders_off if isinstance(self.reminders_off, list | tuple) else ()
        object.__setattr__(self, "reminders_off", tuple(k for k in kinds if isinstance(k, str)))

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with `changes` applied."""
        return replace(self, **changes)


# Each entry turns a document of version N into version N + 1.
_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    version = int(raw.get("version", 1))
    while version < SETTINGS_VERSION:
        raw = _MIGRATIONS[version](raw)
        version += 1
        raw["version"] = version
    return raw


class SettingsStore:
    """Loads and saves `Settings` in one JSON file, atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        """The saved settings, or the defaults when there are none or they are unreadable.

        A file that cannot be opened at all (another user's, a folder) raises
        FileAccessError: defaults would quietly open another database than the chosen one.
        """
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            if int(raw.get("version", 1)) > SETTINGS_VERSION:
                log.warning(
                    "settings file %s is from a newer MentorDesk; using defaults", self.path
                )
                return Settings()
            raw = _migrate(raw)
            known = {f.name for f in fields(Settings)}
            return Settings(**{k: v for k, v in raw.items() if k in known})
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            reason = plain_reason(exc, self.path)
            raise FileAccessError(
                f"cannot read the settings file {self.path}: {reason}", self.path
            ) from None
        except (ValueError, TypeError) as exc:
            aside = self.path.with_suffix(".unreadable.json")
            try:
                os.replace(self.path, aside)
            except OSError as error:  # a read-only disk, say: left where it is
                log.warning(
                    "settings file %s unreadable (%s); left as it is: %s", self.path, exc, error
                )
            else:
                log.warning("settings file %s unreadable (%s); kept as %s", self.path, exc, aside)
            return Settings()

    def save(self, settings: Settings) -> None:
        """Write `settings`, private (0600, in a 0700 folder); a crash mid-write leaves the
        old file intact, and a failure raises FileAccessError saying why."""
        text = json.dumps(asdict(settings), indent=2, sort_keys=True) + "\n"
        ensure_private_dir(self.path.parent, "the settings folder")
        write_atomically(self.path, text.encode("utf-8"))
