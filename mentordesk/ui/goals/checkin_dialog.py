"""Record progress on a goal: a date, 0-100, a short note."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from mentordesk.domain.goals import Goal
from mentordesk.domain.quarters import Quarter
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of
from mentordesk.ui.common.translation import translate


class CheckInDialog(FormDialog):
    """A check-in for one goal; the date defaults to today, inside the quarter."""

    def __init__(
        self,
        save: Callable[[date, int, str], object],
        goal: Goal,
        span: Quarter,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("CheckinDialog", "Check in — {title}").format(title=goal.title), parent
        )
        self._save = save
        last = min(today, span.ends_on)
        self.on = date_edit(max(last, span.starts_on))
        self.on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(goal.progress)
        self.note = QLineEdit()
        self.note.setPlaceholderText(translate("CheckinDialog", "What moved, in a sentence"))
        self.add_field("on", translate("CheckinDialog", "&Date:"), self.on)
        self.add_field("progress", translate("CheckinDialog", "&Progress:"), self.progress)
        self.add_field("note", translate("CheckinDialog", "&Note:"), self.note)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        self._save(date_of(self.on), self.progress.value(), self.note.text())
