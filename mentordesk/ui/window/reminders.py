"""Reminders on the desktop while MentorDesk runs: a desktop notification from the system
tray's icon (Qt's QSystemTrayIcon, which uses the desktop's notification service), or,
where there is no tray, a line in the window's status bar. A click on either does what
the reminder is about (Open Meeting Mode, the agenda, the session log…).

Checked a few seconds after the window is up and then every minute; nothing is sent
anywhere, and the service makes sure none shows twice in a day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QPushButton, QStatusBar, QSystemTrayIcon

from mentordesk.domain.reminders import Reminder, ReminderKind
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.reminders import ShownFile
from mentordesk.settings import SettingsStore
from mentordesk.ui.common.translation import translate

if TYPE_CHECKING:
    from mentordesk.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 3000  # after the window is up
EVERY_MS = 60_000
MESSAGE_MS = 15_000  # how long a notification stays
SHOWN_FILE = "reminders-shown.json"


class ReminderTarget(Protocol):
    """What a reminder's click opens, in the main window."""

    def open_reminder(self, reminder: Reminder) -> None:
        """Do what `reminder` is about."""

    def show_window(self) -> None:
        """Bring the window back (from the tray)."""

    def quit_from_tray(self) -> None:
        """Quit MentorDesk for real (the window may only be hidden)."""


def tray_available() -> bool:
    """Whether this desktop has a system tray to sit in."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderDesk(QObject):
    """The reminders of the person at this computer, shown as they fall due."""

    def __init__(
        self,
        services: Services,
        settings: SettingsStore,
        me: Callable[[], int | None],
        target: ReminderTarget,
        *,
        status_bar: QStatusBar,
        icon: QIcon,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._settings, self._me, self._target = services, settings, me, target
        self._shown = ShownFile(settings.path.parent / SHOWN_FILE)
        self._queue: list[Reminder] = []
        self.current: Reminder | None = None  # the one on screen, which a click opens
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = self._make_tray(icon)
        self.button = QPushButton()  # the status bar's line, where there is no tray
        self.button.setObjectName("reminder_line")
        self.button.setFlat(True)
        self.button.setAccessibleName(translate("Reminders", "Reminder"))
        self.button.clicked.connect(self._open_current)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        self._status = status_bar
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.check)
        self._next = QTimer(self)  # several due at once: one after the other
        self._next.setSingleShot(True)
        self._next.setInterval(MESSAGE_MS)  # one message at a time: a click is for it
        self._next.timeout.connect(self._show_next)

    def start(self) -> None:
        """Check soon, then every minute."""
        QTimer.singleShot(FIRST_CHECK_MS, self.check)
        self.timer.start()

    def _make_tray(self, icon: QIcon) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(icon, self)
        tray.setToolTip("MentorDesk")
        menu = QMenu()
        show = QAction(translate("Reminders", "&Show MentorDesk"), menu)
        show.triggered.connect(self._target.show_window)
        quit_ = QAction(translate("Reminders", "&Quit"), menu)
        quit_.triggered.connect(self._target.quit_from_tray)
        menu.addAction(show)
        menu.addSeparator()
        menu.addAction(quit_)
        tray.setContextMenu(menu)
        self._menu = menu  # kept: the tray holds only a pointer
        tray.messageClicked.connect(self._open_current)
        tray.activated.connect(self._activated)
        tray.show()
        return tray

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self._target.show_window()

    def check(self) -> None:
        """Show the reminders that fell due (each at most once a day)."""
        settings = self._settings.load()
        off = [k for k in ReminderKind if k.value in settings.reminders_off]
        try:
            pairs = self._services.reminders.whose(self._me())
            due = self._services.reminders.to_show(pairs, self._shown, off)
        except UserFacingError as error:  # the database is away: next minute, again
            log.info("reminders not checked: %s", error.message)
            return
        self._queue += due
        if due and not self._next.isActive():
            self._show_next()

    def _show_next(self) -> None:
        if not self._queue:
            return
        reminder = self._queue.pop(0)
        self.current = reminder
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage(
                reminder.title, reminder.text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS
            )
        self.button.setText(
            translate("Reminders", "Reminder: {title}").format(title=reminder.title)
        )
        self.button.setToolTip(reminder.text)
        self.button.setAccessibleDescription(reminder.text)
        self.button.show()
        self._status.show()  # made after the window showed, it starts hidden
        if self._queue:
            self._next.start()

    def _open_current(self) -> None:
        reminder = self.current
        if reminder is None:
            return
        self.button.hide()
        self._target.open_reminder(reminder)


class WindowTarget:
    """What a reminder opens, in the main window: the pair chosen, then its place."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def open_reminder(self, reminder: Reminder) -> None:
        """Bring the window forward on the reminder's pair, and open what it is about."""
        window = self._window
        self.show_window()
        window.pair_list.choose(reminder.pair_id)
        companions, workspace = window.companions, window.workspace
        kind = reminder.kind
        if kind is ReminderKind.MEETING_SOON:
            companions.open_meeting_mode(reminder.pair_id)
        elif kind is ReminderKind.PREPARE_AGENDA:
            companions.share_agenda(reminder.pair_id)
        elif kind in (ReminderKind.UNRECORDED, ReminderKind.OVERDUE_ITEMS):
            workspace.setCurrentWidget(workspace.sessions_tab)
        elif kind is ReminderKind.SERIES_ENDING:  # offered longer, to confirm
            workspace.setCurrentWidget(workspace.meetings_tab)
            workspace.meeting_operations.plan(reminder.pair_id, extend=True)
        elif kind is ReminderKind.REVIEW_DUE:
            workspace.setCurrentIndex(0)  # the goals
        else:
            workspace.setCurrentWidget(workspace.overview_tab)

    def show_window(self) -> None:
        """Show the window again, in front."""
        self._window.bring_forward()

    def quit_from_tray(self) -> None:
        """Close the window for real (its edits saved, as ever), then leave."""
        self._window.quit_for_real()
