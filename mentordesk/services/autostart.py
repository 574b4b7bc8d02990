"""Starting MentorDesk with the person's desktop session (XDG autostart, as GNOME, KDE,
Xfce and others read it): a desktop entry in ~/.config/autostart that opens it in the
system tray. Only written when the person asks for it, removed when they no longer do."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from mentordesk.errors import UserFacingError
from mentordesk.files import write_atomically

ENTRY = "mentordesk.desktop"
_SPECIAL = '"`$\\'


def autostart_file() -> Path:
    """Where the autostart entry goes: $XDG_CONFIG_HOME/autostart (~/.config/autostart)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / ENTRY


def start_command() -> list[str]:
    """How this MentorDesk is started again: the command installed beside this Python
    (a venv's, pipx's), else one on the PATH, else this Python's module."""
    beside = Path(sys.executable).with_name("mentordesk")
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("mentordesk")
    return [found] if found else [sys.executable, "-m", "mentordesk"]


def exec_line(command: Sequence[str]) -> str:
    """`command` as a desktop entry's Exec value: an argument with a space or a special
    character quoted, and the specials escaped inside the quotes with a backslash, which
    the file's own string escaping doubles (the Desktop Entry Specification)."""
    parts = []
    for arg in command:
        if any(c.isspace() or c in _SPECIAL + "'<>~|&;*?#()" for c in arg):
            escaped = "".join(f"\\\\{c}" if c in _SPECIAL else c for c in arg)
            parts.append(f'"{escaped}"')
        else:
            parts.append(arg)
    return " ".join(parts).replace("%", "%%")


def entry_text(command: Sequence[str]) -> str:
    """The autostart entry that opens MentorDesk in the tray."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=MentorDesk\n"
        "Comment=Reminders for your mentoring meetings\n"
        f"Exec={exec_line([*command, '--in-tray'])}\n"
        "Icon=org.mentordesk.MentorDesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_autostart(on: bool, path: Path | None = None, command: Sequence[str] | None = None) -> None:
    """Write (on) or remove (off) the autostart entry; UserFacingError saying why not."""
    target = path or autostart_file()
    try:
        if on:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(target, entry_text(command or start_command()).encode("utf-8"))
        else:
            target.unlink(missing_ok=True)
    except OSError as error:
        raise UserFacingError(f"cannot change {target}: {error.strerror or error}") from None
