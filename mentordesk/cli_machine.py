"""The commands about this computer rather than the data, run with no database open:
`mentordesk desktop-entry install|uninstall` (the application menu) and `mentordesk
doctor` (what a bug report needs)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from mentordesk.domain.text import count

EXIT_OK, EXIT_FAILURE = 0, 1


def _desktop_entry(args: argparse.Namespace) -> int:
    """Put MentorDesk in the application menu (or take it out); needs no database."""
    from mentordesk.services import desktop_entry

    home = desktop_entry.data_home()
    if args.action == "uninstall":
        removed = desktop_entry.uninstall(home)
        print(f"Removed {count(len(removed), 'file', 'files')} of MentorDesk's from {home}.")
        return EXIT_OK
    from mentordesk.ui.common.offscreen import offscreen_app
    from mentordesk.ui.window.icon_render import icon_png

    _qt = offscreen_app()  # the icons are drawn, not shown
    written = desktop_entry.install(icon_png, home)
    print(
        f"MentorDesk is in the application menu: the entry, its metainfo and "
        f"{count(len(written) - 2, 'icon', 'icons')} written under {home}."
    )
    return EXIT_OK


def _doctor(args: argparse.Namespace) -> int:
    """What a bug report needs: versions, the display, the paths, the database."""
    from mentordesk.services.doctor import report

    text, healthy = report(args.db)
    print(text)
    return EXIT_OK if healthy else EXIT_FAILURE


def add_machine_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_db: Callable[[argparse.ArgumentParser], None],
) -> None:
    """`desktop-entry` and `doctor`, which need no database open (the main parser's
    `add_db` gives doctor its --db)."""
    entry = commands.add_parser(
        "desktop-entry",
        help="put MentorDesk in the application menu, with its icon (or take it out)",
        description="Install (or uninstall) the desktop entry, icons and AppStream metainfo "
        "in the XDG data folder ($XDG_DATA_HOME, ~/.local/share).",
    )
    entry.add_argument("action", choices=("install", "uninstall"))
    entry.set_defaults(without_database=_desktop_entry)
    doctor = commands.add_parser(
        "doctor",
        help="check what MentorDesk needs here and print it for a bug report",
        description="Versions, the display and Qt's platform, the paths in use, and the "
        "database with its schema version; exit 1 when something is wrong.",
    )
    add_db(doctor)
    doctor.set_defaults(without_database=_doctor)
