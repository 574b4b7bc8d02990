"""Putting MentorDesk in the person's application menu: the desktop entry, the icon in
the hicolor theme's sizes and as SVG, and the AppStream metainfo, in the XDG data folder
($XDG_DATA_HOME, ~/.local/share), where desktops and software centres look. Removed
again on request; nothing else there is touched."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from mentordesk.errors import UserFacingError
from mentordesk.files import write_atomically
from mentordesk.resource_files import resource
from mentordesk.services.autostart import exec_line, start_command

APP_ID = "org.mentordesk.MentorDesk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """$XDG_DATA_HOME, else ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def installed_files(home: Path) -> list[Path]:
    """Every file `install` writes under `home`."""
    icons = home / "icons" / "hicolor"
    return [
        home / "applications" / f"{APP_ID}.desktop",
        home / "metainfo" / f"{APP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES),
    ]


def entry_text(command: Sequence[str]) -> str:
    """The shipped desktop entry, its Exec the command that starts this MentorDesk."""
    lines = resource(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    started = [f"Exec={exec_line(command)}" if line.startswith("Exec=") else line for line in lines]
    return "\n".join(started) + "\n"


def install(
    render_png: Callable[[int], bytes],
    home: Path | None = None,
    command: Sequence[str] | None = None,
) -> list[Path]:
    """Write the entry, the metainfo and the icons (`render_png(size)` gives each size's
    PNG); returns the files written. Installing again replaces them."""
    home = home or data_home()
    desktop, metainfo, svg, *pngs = installed_files(home)
    contents = [
        (desktop, entry_text(command or start_command()).encode("utf-8")),
        (metainfo, resource(f"{APP_ID}.metainfo.xml").read_bytes()),
        (svg, resource("icons/mentordesk.svg").read_bytes()),
        *((png, render_png(n)) for png, n in zip(pngs, ICON_SIZES, strict=True)),
    ]
    try:
        for path, data in contents:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
    except OSError as error:
        where = getattr(error, "filename", None) or home
        raise UserFacingError(f"cannot write {where}: {error.strerror or error}") from None
    return [path for path, _ in contents]


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; returns the files that were there."""
    removed = []
    for path in installed_files(home or data_home()):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise UserFacingError(f"cannot remove {path}: {error.strerror or error}") from None
        removed.append(path)
    return removed
