"""Plan a pair's recurring meeting: same day, time and place every 1-4 weeks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from zoneinfo import available_timezones

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QSpinBox, QTimeEdit, QWidget

from mentordesk.domain.date_words import when_text, zone_note
from mentordesk.domain.meetings import (
    WEEKDAYS,
    SeriesDraft,
    series_time_notes,
    wall,
    zone_problem,
)
from mentordesk.ui.common import locale_dates
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

MAX_NOTES = 3
DAY_NAMES = (  # by WEEKDAYS
    QT_TRANSLATE_NOOP("SeriesDialog", "Monday"),
    QT_TRANSLATE_NOOP("SeriesDialog", "Tuesday"),
    QT_TRANSLATE_NOOP("SeriesDialog", "Wednesday"),
    QT_TRANSLATE_NOOP("SeriesDialog", "Thursday"),
    QT_TRANSLATE_NOOP("SeriesDialog", "Friday"),
    QT_TRANSLATE_NOOP("SeriesDialog", "Saturday"),
    QT_TRANSLATE_NOOP("SeriesDialog", "Sunday"),
)


class SeriesDialog(FormDialog):
    """The series form; the first date follows the weekday chosen."""

    def __init__(
        self,
        save: Callable[[SeriesDraft], object],
        draft: SeriesDraft,
        replacing: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("SeriesDialog", "Change the Weekly Meeting")
            if replacing
            else translate("SeriesDialog", "Plan the Weekly Meeting"),
            parent,
        )
        self._save = save
        self.weekday = QComboBox()
        for code, name in zip(WEEKDAYS, DAY_NAMES, strict=True):
            self.weekday.addItem(translate("SeriesDialog", name), code)
        self.weekday.setCurrentIndex(WEEKDAYS.index(draft.weekday))
        self.start = QTimeEdit(QTime(draft.start_time.hour, draft.start_time.minute))
        self.start.setDisplayFormat(locale_dates.current().time_format())
        self.duration = QSpinBox()
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(translate("SeriesDialog", " minutes"))
        self.duration.setValue(draft.duration_minutes)
        self.location = QLineEdit(draft.location)
        self.location.setPlaceholderText(translate("SeriesDialog", "A room, or a video link"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        # Return presses OK; it must not add what was typed to the list of zones.
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.addItems(sorted(available_timezones()))
        self.timezone.setCurrentText(draft.timezone)
        completer = self.timezone.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.first_date = date_edit(draft.first_date)
        self.until = date_edit(draft.until)
        self.every = QSpinBox()
        self.every.setRange(1, 4)
        self.every.setPrefix(translate("SeriesDialog", "every "))
        self.every.setSuffix(translate("SeriesDialog", " week(s)"))
        self.every.setValue(draft.every_weeks)
        self.add_field("weekday", translate("SeriesDialog", "&Day:"), self.weekday)
        self.add_field("start_time", translate("SeriesDialog", "&Time:"), self.start)
        self.add_field("duration_minutes", translate("SeriesDialog", "D&uration:"), self.duration)
        self.add_field("location", translate("SeriesDialog", "&Place:"), self.location)
        self.add_field("timezone", translate("SeriesDialog", "Time &zone:"), self.timezone)
        self.add_field("every_weeks", translate("SeriesDialog", "&Repeat:"), self.every)
        self.add_field("first_date", translate("SeriesDialog", "&First meeting:"), self.first_date)
        self.add_field(
            "until",
            translate("SeriesDialog", "&Last date:"),
            self.until,
            hint=translate(
                "SeriesDialog",
                "The current series, if any, ends the week before the first "
                "meeting; both stay in the history.",
            )
            if replacing
            else "",
        )
        self.time_notes = plain_label(wrap=True)
        self.time_notes.setObjectName("time_notes")
        self.form.addRow(self.time_notes)
        self.weekday.currentIndexChanged.connect(self._follow_weekday)
        for signal in (
            self.weekday.currentIndexChanged,
            self.start.timeChanged,
            self.timezone.currentTextChanged,
            self.first_date.dateChanged,
            self.until.dateChanged,
            self.every.valueChanged,
        ):
            signal.connect(self._note_times)
        self.setMinimumWidth(480)  # first: the notes are sized for this width
        self._note_times()

    def _follow_weekday(self, index: int) -> None:
        first = self.first_date.date()
        self.first_date.setDate(first.addDays((index - (first.dayOfWeek() - 1)) % 7))

    def _note_times(self, *_args: object) -> None:
        """Say which meetings fall on a time the clocks skip or repeat, and when they are."""
        draft = self.draft()
        if zone_problem(draft.timezone) or draft.until < draft.first_date:
            self.set_note(self.time_notes, "")
            return
        notes = series_time_notes(draft)
        shown = [
            translate("SeriesDialog", "Note: {note}").format(note=note)
            for note in notes[:MAX_NOTES]
        ]
        first = wall(draft.first_date, draft.start_time, draft.zone)
        if here := zone_note(first):  # two zones meet: say both
            shown.insert(
                0,
                translate("SeriesDialog", "The first meeting is {when}{here}.").format(
                    when=when_text(first), here=here
                ),
            )
        if len(notes) > MAX_NOTES:
            shown.append(
                translate("SeriesDialog", "… and {count} more meetings like these.").format(
                    count=len(notes) - MAX_NOTES
                )
            )
        self.set_note(self.time_notes, "\n".join(shown))

    def draft(self) -> SeriesDraft:
        """What the form holds."""
        at = self.start.time()
        return SeriesDraft(
            weekday=self.weekday.currentData(),
            start_time=time(at.hour(), at.minute()),
            duration_minutes=self.duration.value(),
            timezone=self.timezone.currentText().strip(),
            first_date=date_of(self.first_date),
            until=date_of(self.until),
            every_weeks=self.every.value(),
            location=self.location.text(),
        )

    def submit(self) -> None:
        self._save(self.draft())
