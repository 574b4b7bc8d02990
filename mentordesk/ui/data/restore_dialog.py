"""Restore from a backup: the verified copies by date, newest first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from mentordesk.domain.date_words import when_text
from mentordesk.services.safety import SafetyService
from mentordesk.ui.common.form_dialog import confirm, focus_first
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate


class BackupModel(IdTableModel[tuple[Path, datetime]]):
    """The backups in the rotation, newest first."""

    headers = (QT_TRANSLATE_NOOP("Columns", "Taken"), QT_TRANSLATE_NOOP("Columns", "File"))

    def __init__(self, safety: SafetyService, parent: Any = None) -> None:
        super().__init__(parent)
        self._safety = safety
        self._rows: dict[int, tuple[Path, datetime]] = {}

    def fetch_ids(self) -> list[int]:
        self._rows = {i: (b.path, b.taken_at) for i, b in enumerate(self._safety.backups())}
        return list(self._rows)

    def fetch_records(self, ids: list[int]) -> dict[int, tuple[Path, datetime]]:
        return {i: self._rows[i] for i in ids if i in self._rows}

    def cell(self, record: tuple[Path, datetime], column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            path, taken = record
            return (when_text(taken), path.name)[column]
        return None


class RestoreDialog(QDialog):
    """Choose a backup; restoring it first backs up what is there now. Cancel is the
    default button, and the restore is asked once more before it replaces anything."""

    def __init__(
        self, safety: SafetyService, restored: Callable[[Path], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from Backup"))
        self._safety, self._restored = safety, restored
        self.backups = BackupModel(safety, self)
        self.backups.load()
        self.table = record_table(self.backups, stretch=1, fit=(0,))
        if self.backups.rowCount():
            self.table.choose_row(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            translate("RestoreDialog", "Restore Backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.backups.rowCount() > 0)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                translate(
                    "RestoreDialog",
                    "MentorDesk backs up {what} when it starts, every 30 "
                    "minutes while you work, and when it closes. Restoring replaces the current "
                    "data; that data is backed up first, so a restore can itself be undone by "
                    "restoring again.",
                ).format(what=safety.what_is_backed_up)
                if self.backups.rowCount()
                else translate("RestoreDialog", "There are no backups yet."),
                wrap=True,
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.resize(560, 360)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the focus in the list of backups."""
        super().showEvent(event)
        if not event.spontaneous():
            focus_first(self.table)

    def restore(self) -> None:
        """Restore the chosen backup after asking."""
        rows = self.table.selectionModel().selectedRows()
        record = self.backups.record_at(rows[0].row()) if rows else None
        if record is None:
            return
        path, taken = record
        confirm(
            self,
            translate("RestoreDialog", "Restore from Backup"),
            translate(
                "RestoreDialog",
                "Replace the current data with the backup of {when}?\n\n"
                "What is there now is backed up first.",
            ).format(when=when_text(taken, weekday=False)),
            translate("RestoreDialog", "Restore Backup"),
            lambda: self._restore(path),
        )

    def _restore(self, path: Path) -> None:
        self._safety.restore(path)
        self._restored(path)
        self.accept()
