"""Move one meeting to another time and/or place, with warnings before you commit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QWidget

from mentordesk.domain.meetings import MeetingSeries, Occurrence, move_warnings
from mentordesk.ui.common import locale_dates
from mentordesk.ui.common.form_dialog import FormDialog
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate
from mentordesk.ui.meetings.occurrence_model import occurrence_text


class MoveDialog(FormDialog):
    """New wall-clock start (in the series' zone) and place for one occurrence."""

    def __init__(
        self,
        save: Callable[[datetime, str], object],
        series: MeetingSeries,
        occurrence: Occurrence,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("MoveDialog", "Move the Meeting of {when}").format(
                when=occurrence_text(occurrence)
            ),
            parent,
        )
        self._save, self._series, self._occurrence = save, series, occurrence
        start = occurrence.start
        self.when = QDateTimeEdit(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self.when.setCalendarPopup(True)
        words = locale_dates.current()
        self.when.setDisplayFormat(f"{words.date_format(weekday=True)}, {words.time_format()}")
        self.location = QLineEdit(occurrence.location)
        self.warnings = plain_label(wrap=True)
        self.warnings.setObjectName("move_warnings")
        self.add_field(
            "moved_to",
            translate("MoveDialog", "&New time ({zone}):").format(zone=series.draft.timezone),
            self.when,
        )
        self.add_field("location", translate("MoveDialog", "&Place:"), self.location)
        self.form.addRow(self.warnings)
        self.when.dateTimeChanged.connect(self._warn)
        self.setMinimumWidth(480)  # first: the notes are sized for this width
        self._warn()

    def moved_to(self) -> datetime:
        """The new wall-clock start."""
        value = self.when.dateTime()
        day, at = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())

    def _warn(self, *_args: object) -> None:
        found = move_warnings(self._series, self._occurrence.original_date, self.moved_to())
        self.set_note(
            self.warnings,
            "\n".join(translate("MoveDialog", "Note: {note}").format(note=w) for w in found),
        )

    def submit(self) -> None:
        self._save(self.moved_to(), self.location.text())
