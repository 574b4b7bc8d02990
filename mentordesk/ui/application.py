"""Starting the GUI: the QApplication, the database (with errors told in a window), the window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import __version__
from mentordesk.errors import DamagedDatabaseError, UserFacingError
from mentordesk.paths import AppPaths
from mentordesk.resource_files import resource
from mentordesk.services import Services
from mentordesk.settings import SettingsStore
from mentordesk.ui.instance import SingleInstance
from mentordesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class OpenedApp(Protocol):
    """What the composition root hands the GUI."""

    paths: AppPaths
    services: Services
    settings: SettingsStore

    def close(self) -> None:
        """Release the database."""


def app_icon() -> QIcon:
    """The MentorDesk icon, from the shipped SVG."""
    pixmap = QPixmap()
    pixmap.loadFromData(resource("icons/mentordesk.svg").read_bytes(), "SVG")
    return QIcon(pixmap)


def ui_state(paths: AppPaths) -> QSettings:
    """Where window geometry and other view state are kept (beside the settings)."""
    return QSettings(str(paths.config_dir / "ui-state.ini"), QSettings.Format.IniFormat)


def _install_crash_handler(paths: AppPaths) -> None:
    log_file = paths.log_dir / "mentordesk.log"

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, error, tb))
        QMessageBox.critical(
            None,
            "MentorDesk",
            f"Something went wrong that MentorDesk did not expect:\n\n{error}\n\n"
            f"Your saved work is safe. The details are in {log_file}.",
        )

    sys.excepthook = handle


def ask_recovery(error: DamagedDatabaseError) -> str:
    """Tell the person what happened and ask: 'restore', 'empty' or 'quit'."""
    box = QMessageBox(QMessageBox.Icon.Warning, "MentorDesk", error.message)
    restore = None
    if error.latest is not None and error.latest_taken is not None:
        restore = box.addButton(
            f"Restore the Backup of {error.latest_taken:%d %b, %H:%M}",
            QMessageBox.ButtonRole.AcceptRole,
        )
    empty = box.addButton("Start Empty", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore and restore else "empty" if clicked is empty else "quit"


def _open(
    open_app: Callable[[], OpenedApp], recover: Callable[[DamagedDatabaseError], None]
) -> OpenedApp | None:
    """Open the database; after damage, restore the backup or start empty if asked."""
    try:
        return open_app()
    except DamagedDatabaseError as error:
        choice = ask_recovery(error)
        if choice == "quit":
            return None
        if choice == "restore":
            recover(error)
        return open_app()


def run(
    open_app: Callable[[], OpenedApp],
    recover: Callable[[DamagedDatabaseError], None],
    lock_path: Path,
    *,
    exit_when_ready: bool = False,
) -> int:
    """Open the database and the main window; returns the exit status when it closes.

    A second start on the same database brings the running window forward instead.
    """
    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("MentorDesk")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("mentordesk")
    qt_app.setWindowIcon(app_icon())
    instance = SingleInstance(lock_path)
    if not instance.acquire():
        log.info("MentorDesk is already open on this database; brought it forward")
        return 0
    try:
        try:
            opened = _open(open_app, recover)
        except UserFacingError as error:
            QMessageBox.critical(None, "MentorDesk", error.message)
            return 2
        if opened is None:
            return 2
        _install_crash_handler(opened.paths)
        window = MainWindow(opened.services, opened.settings, ui_state(opened.paths))
        instance.activate_requested.connect(window.bring_forward)
        window.show()
        if exit_when_ready:  # shown and filled: the start can be timed from outside
            qt_app.processEvents()
            opened.close()
            return 0
        try:
            return qt_app.exec()
        finally:
            opened.close()
    finally:
        instance.release()
