"""Add a milestone to a goal: a dated step on the way, inside the goal's quarter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QWidget

from mentordesk.domain.date_words import day_text
from mentordesk.domain.milestones import MILESTONE_MAX
from mentordesk.domain.quarters import Quarter
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of
from mentordesk.ui.common.translation import translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MilestoneDialog(FormDialog):
    """A milestone of the goal `title`: a line and the day it is due by."""

    def __init__(
        self,
        save: Callable[[str, date], object],
        title: str,
        span: Quarter,
        due: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("MilestoneDialog", "Add Milestone — {title}").format(title=title),
            parent,
            action=translate("MilestoneDialog", "Add Milestone"),
        )
        self._save = save
        self.text = QLineEdit()
        self.text.setMaxLength(MILESTONE_MAX)
        self.text.setPlaceholderText(
            translate(
                "MilestoneDialog",
                "A step on the way, e.g. 'First draft reviewed'",
            )
        )
        self.due = date_edit(due)
        self.due.setDateRange(_qdate(span.starts_on), _qdate(span.ends_on))
        self.add_field("text", translate("MilestoneDialog", "&Milestone:"), self.text)
        self.add_field(
            "due",
            translate("MilestoneDialog", "&Due by:"),
            self.due,
            hint=translate("MilestoneDialog", "Inside quarter {number}: {start} – {end}").format(
                number=span.number, start=day_text(span.starts_on), end=day_text(span.ends_on)
            ),
        )
        self.setMinimumWidth(460)

    def submit(self) -> None:
        self._save(self.text.text(), date_of(self.due))
