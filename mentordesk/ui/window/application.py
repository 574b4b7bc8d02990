"""Starting the GUI: the QApplication, the database (with errors told in a window), the window."""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import __version__
from mentordesk.domain.date_words import when_text
from mentordesk.errors import DamagedDatabaseError, UserFacingError
from mentordesk.files import create_private
from mentordesk.paths import AppPaths
from mentordesk.resource_files import resource
from mentordesk.services import Services
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.ui.common import appearance, locale_dates, translation
from mentordesk.ui.common.appearance import Appearance
from mentordesk.ui.common.labels import shown_as_typed
from mentordesk.ui.common.translation import translate
from mentordesk.ui.data.integrity_watch import IntegrityWatch
from mentordesk.ui.window import crash_notice
from mentordesk.ui.window.instance import SingleInstance
from mentordesk.ui.window.main_window import MainWindow
from mentordesk.ui.window.quitting import save_on_leaving

log = logging.getLogger(__name__)

# The other tabs get ready a second after the first screen is up, while the person
# reads it (the start-up backup comes later still).
WARM_UP_AFTER_MS = 1000


class OpenedApp(Protocol):
    """What the composition root hands the GUI."""

    paths: AppPaths
    services: Services
    settings: SettingsStore
    team: TeamDatabaseService
    integrity: Callable[[], str | None] | None  # the check behind the window, if so

    def close(self) -> None:
        """Release the database."""


def app_icon() -> QIcon:
    """The MentorDesk icon, from the shipped SVG."""
    pixmap = QPixmap()
    pixmap.loadFromData(resource("icons/mentordesk.svg").read_bytes(), "SVG")
    return QIcon(pixmap)


def ui_state(paths: AppPaths) -> QSettings:
    """Where window geometry and other view state are kept (beside the settings)."""
    create_private(paths.ui_state_file)  # QSettings keeps the mode of a file it rewrites
    return QSettings(str(paths.ui_state_file), QSettings.Format.IniFormat)


class _CrashRelay(QObject):
    """Lives on the GUI thread: an error raised on another thread is shown from here."""

    raised = Signal(object, object, object)

    def __init__(self, handle: Callable[..., None]) -> None:
        super().__init__(QCoreApplication.instance())
        self._handle = handle
        self.raised.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object, object)
    def deliver(self, kind: object, error: object, tb: object) -> None:
        """On the GUI thread: show what was raised elsewhere."""
        self._handle(kind, error, tb)


def _install_crash_handler(paths: AppPaths) -> None:
    log_file = paths.log_file

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if threading.current_thread() is not threading.main_thread():  # no widget here
            relay.raised.emit(kind, error, tb)
            return
        if isinstance(error, UserFacingError):  # a known trouble, such as the server away
            log.warning("not done: %s", error.message, exc_info=(kind, error, tb))
            QMessageBox.warning(
                None,
                "MentorDesk",
                shown_as_typed(
                    translate("Application", "{message}\n\nNothing saved before was lost.").format(
                        message=error.message
                    )
                ),
            )
            return
        log.critical("unexpected error", exc_info=(kind, error, tb))
        QMessageBox.critical(
            None,
            "MentorDesk",
            shown_as_typed(
                translate(
                    "Application",
                    "Something went wrong that MentorDesk did not expect:\n\n{error}\n\n"
                    "Your saved work is safe. The details are in {log_file}.",
                ).format(error=error, log_file=log_file)
            ),
        )

    relay = _CrashRelay(handle)
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(
        args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback
    )


def ask_recovery(error: DamagedDatabaseError) -> str:
    """Tell the person what happened and ask: 'restore', 'empty' or 'quit'."""
    box = QMessageBox(QMessageBox.Icon.Warning, "MentorDesk", error.message)
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names the file, as it is
    restore = None
    if error.latest is not None and error.latest_taken is not None:
        restore = box.addButton(
            translate("Application", "Restore the Backup of {when}").format(
                when=when_text(error.latest_taken, weekday=False, year=False)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
    empty = box.addButton(
        translate("Application", "Start Empty"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("Application", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore and restore else "empty" if clicked is empty else "quit"


def ask_about_server(error: UserFacingError) -> str:
    """The team database could not be opened: 'retry', 'local' or 'quit'."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "MentorDesk",
        translate(
            "Application",
            "{message}\n\nNothing you saved is lost: it is on the server. Try again once the "
            "server is back, or work on this computer's own database for now (File ▸ Shared "
            "Team Database… switches back).",
        ).format(message=f"{error.message[:1].upper()}{error.message[1:]}"),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # it names the server, as typed
    retry = box.addButton(translate("Application", "&Try Again"), QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(
        translate("Application", "Use This &Computer's Own Database"),
        QMessageBox.ButtonRole.ResetRole,
    )
    box.addButton(translate("Application", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "local" if clicked is local else "quit"


def start_again() -> None:
    """Start a new MentorDesk (after this one let go of its database) on the same
    database: the --db this one was given, if any (not --lang: a restart may be for a
    language chosen in View ▸ Language)."""
    from PySide6.QtCore import QProcess  # only for a restart

    if not QProcess.startDetached(sys.executable, ["-m", "mentordesk", *same_database(sys.argv)]):
        log.error("could not start MentorDesk again")


def same_database(argv: list[str]) -> list[str]:
    """The --db option of a command line (`argv`, the program first), as given."""
    for index, arg in enumerate(argv[1:], start=1):
        if arg.startswith("--db="):
            return [arg]
        if arg == "--db" and index + 1 < len(argv):
            return [arg, argv[index + 1]]
    return []


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


def settle_memory() -> None:
    """Turn the collector back on after the start (the command line turned it off), with
    what the start built frozen: code, models and widgets that live as long as the app
    are not walked again by every later collection."""
    gc.freeze()
    gc.enable()


def run(
    open_app: Callable[[], OpenedApp],
    recover: Callable[[DamagedDatabaseError], None],
    lock_path: Path,
    *,
    exit_when_ready: bool = False,
    in_tray: bool = False,
    chosen_server: TeamDatabaseService | None = None,
    language: str = "",
) -> int:
    """Open the database and the main window; returns the exit status when it closes.

    A second start on the same database brings the running window forward instead.
    `in_tray` (the autostart entry's start): only the tray icon shows, with reminders,
    where the desktop has a tray; elsewhere the window opens as usual.
    `chosen_server`: the team database chosen in settings is the one being opened, so
    when it cannot be reached this computer's own database is offered instead.
    `language`: what the window speaks (see translation.speak).
    """
    restart = False
    try:
        status, restart = _run(
            open_app, recover, lock_path, (exit_when_ready, in_tray, language), chosen_server
        )
    finally:
        if restart:  # only now: the new one must find the database free
            start_again()
    return status


def _tray_available() -> bool:
    from mentordesk.ui.window.reminders import tray_available  # loaded with the reminders

    return tray_available()


def _open_chosen(
    open_app: Callable[[], OpenedApp],
    recover: Callable[[DamagedDatabaseError], None],
    chosen_server: TeamDatabaseService | None,
) -> tuple[OpenedApp | None, bool]:
    """The opened app (or None), and whether to start again on this computer's own
    database because the chosen server could not be reached."""
    while True:
        try:
            return _open(open_app, recover), False
        except UserFacingError as error:
            if chosen_server is None:
                QMessageBox.critical(None, "MentorDesk", shown_as_typed(error.message))
                return None, False
            choice = ask_about_server(error)
            if choice == "local":
                chosen_server.stop_using()
                return None, True
            if choice == "quit":
                return None, False


def _application(language: str) -> QApplication:
    """The Qt application, named, with its icon, speaking `language`."""
    qt_app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName("MentorDesk")
    qt_app.setApplicationVersion(__version__)
    qt_app.setDesktopFileName("org.mentordesk.MentorDesk")  # the installed entry's id
    qt_app.setWindowIcon(app_icon())
    translation.speak(language)  # before any window: its words in the chosen language
    locale_dates.use_locale()  # dates as the person's locale (or chosen language) writes
    return qt_app


def _run(
    open_app: Callable[[], OpenedApp],
    recover: Callable[[DamagedDatabaseError], None],
    lock_path: Path,
    how: tuple[bool, bool, str],
    chosen_server: TeamDatabaseService | None,
) -> tuple[int, bool]:
    """run()'s work (`how`: exit when ready, start in the tray, the language); also says
    whether to start MentorDesk again afterwards."""
    exit_when_ready, in_tray, language = how
    qt_app = _application(language)
    instance = SingleInstance(lock_path)
    try:
        acquired = instance.acquire()
    except UserFacingError as error:
        QMessageBox.critical(None, "MentorDesk", shown_as_typed(error.message))
        return 2, False
    if not acquired:
        log.info("MentorDesk is already open on this database; brought it forward")
        return 0, False
    try:
        opened, again = _open_chosen(open_app, recover, chosen_server)
        if opened is None:
            return (0 if again else 2), again
        _install_crash_handler(opened.paths)
        notice = crash_notice.begin(opened.paths)
        appearance.follow(Appearance(opened.settings.load().appearance))
        window = MainWindow(opened.services, opened.settings, ui_state(opened.paths), opened.team)
        instance.activate_requested.connect(window.bring_forward)
        if in_tray and _tray_available():
            window.start_reminders()  # the icon now; the window when it is asked for
        else:
            window.show()
            QTimer.singleShot(WARM_UP_AFTER_MS, window.start_reminders)
        if notice is not None:
            QTimer.singleShot(0, lambda: crash_notice.show(notice, window))
        QTimer.singleShot(0, settle_memory)  # once the first screen is painted
        if (integrity := opened.integrity) is not None:  # the full check, behind the window
            QTimer.singleShot(  # once it is up: the start's reads have the disk to themselves
                0, window, lambda: IntegrityWatch(integrity, window, window.companions.show_restore)
            )
        QTimer.singleShot(WARM_UP_AFTER_MS, window.workspace.warm_up)
        QTimer.singleShot(WARM_UP_AFTER_MS, instance.listen)  # a second start waits for it
        if exit_when_ready:  # shown and filled: the start can be timed from outside
            qt_app.processEvents()
            crash_notice.end(opened.paths)
            opened.close()
            return 0, False
        leaving = save_on_leaving(qt_app, window)
        try:
            return qt_app.exec(), window.restart_requested
        finally:
            leaving.stop()
            crash_notice.end(opened.paths)
            opened.close()
    finally:
        instance.release()
