"""View ▸ Reminders: which reminders show, and whether MentorDesk stays in the system tray
and starts with the desktop session."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QWidget

from mentordesk.domain.reminders import KIND_WORDS, ReminderKind
from mentordesk.services.autostart import autostart_file, set_autostart
from mentordesk.settings import Settings, SettingsStore
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.labels import without_mnemonics
from mentordesk.ui.common.translation import translate

AUTOSTART_HERE = sys.platform.startswith("linux")  # XDG autostart: Linux desktops


class ReminderSettingsDialog(FormDialog):
    """A tick per kind of reminder, the tray, the start with the session."""

    def __init__(
        self,
        settings: SettingsStore,
        whose: str,
        tray: bool,
        parent: QWidget | None = None,
        *,
        changed: Callable[[Settings], object] = lambda _s: None,
    ) -> None:
        super().__init__(
            translate("ReminderSettings", "Reminders"),
            parent,
            action=translate("ReminderSettings", "Save"),
        )
        self.setObjectName("reminder_settings")
        self._store, self._changed = settings, changed
        current = settings.load()
        self.kinds: dict[ReminderKind, QCheckBox] = {}
        for kind in ReminderKind:
            box = QCheckBox(without_mnemonics(translate("Reminders", KIND_WORDS[kind])))
            box.setChecked(kind.value not in current.reminders_off)
            self.kinds[kind] = box
            self.add_field(kind.value, "", box)
        where = (
            translate(
                "ReminderSettings",
                "Shown as desktop notifications from MentorDesk's tray icon",
            )
            if tray
            else translate(
                "ReminderSettings",
                "This desktop has no system tray: reminders show in the window's status bar",
            )
        )
        self.kinds[ReminderKind.MEETING_SOON].setToolTip(where)
        self.keep = QCheckBox(
            translate(
                "ReminderSettings",
                "&Keep MentorDesk in the system tray when its window is closed",
            )
        )
        self.keep.setChecked(current.keep_in_tray and tray)
        self.keep.setEnabled(tray)
        self.add_field(
            "keep_in_tray",
            "",
            self.keep,
            hint=translate(
                "ReminderSettings",
                "{where}, while MentorDesk runs; never more than once a day each, and "
                "nothing is sent anywhere. {whose}",
            ).format(where=where, whose=whose),
        )
        self.autostart = QCheckBox(
            translate(
                "ReminderSettings",
                "&Start MentorDesk in the tray when I log in",
            )
        )
        self.autostart.setChecked(current.start_with_session and AUTOSTART_HERE)
        self.autostart.setEnabled(AUTOSTART_HERE and tray)
        self.add_field(
            "start_with_session",
            "",
            self.autostart,
            hint=translate("ReminderSettings", "Writes {file}").format(file=autostart_file())
            if AUTOSTART_HERE
            else translate("ReminderSettings", "Linux desktops only."),
        )
        self.setMinimumWidth(520)

    def submit(self) -> None:
        current = self._store.load()
        start = self.autostart.isChecked()
        if start != current.start_with_session:
            set_autostart(start)  # UserFacingError keeps the dialog open, saying why
        chosen = current.with_changes(
            reminders_off=tuple(k.value for k, box in self.kinds.items() if not box.isChecked()),
            keep_in_tray=self.keep.isChecked(),
            start_with_session=start,
        )
        self._store.save(chosen)
        self._changed(chosen)
