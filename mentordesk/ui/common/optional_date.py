"""A date that may be left unset: a tick box that says so, and the date beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from mentordesk.ui.common.form_dialog import date_edit, date_of


class OptionalDate(QWidget):
    """`label` ticked: the date beside it counts; unticked: no date (the date greys)."""

    def __init__(self, label: str, day: date | None, default: date) -> None:
        super().__init__()
        self.check = QCheckBox(label)
        self.check.setChecked(day is not None)
        self.edit = date_edit(day or default)
        self.edit.setEnabled(day is not None)
        self.edit.setAccessibleName(label.replace("&", ""))
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch()

    def value(self) -> date | None:
        """The date, or None when unticked."""
        return date_of(self.edit) if self.check.isChecked() else None
