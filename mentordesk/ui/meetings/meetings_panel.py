"""A pair's weekly meeting: the series, every meeting past and upcoming, calendar files."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.calendar_files.method import Method
from mentordesk.domain.date_words import day_text, time_text
from mentordesk.domain.meetings import WEEKDAYS, MeetingSeries, Occurrence
from mentordesk.domain.pairs import PairView
from mentordesk.services import Services
from mentordesk.ui.common.empty_state import EmptyState
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.meetings.meeting_operations import MeetingOperations
from mentordesk.ui.meetings.occurrence_model import OccurrenceModel

DAYS_PLURAL = (  # by WEEKDAYS: "Tuesdays 17:00–17:45"
    QT_TRANSLATE_NOOP("MeetingsPanel", "Mondays"),
    QT_TRANSLATE_NOOP("MeetingsPanel", "Tuesdays"),
    QT_TRANSLATE_NOOP("MeetingsPanel", "Wednesdays"),
    QT_TRANSLATE_NOOP("MeetingsPanel", "Thursdays"),
    QT_TRANSLATE_NOOP("MeetingsPanel", "Fridays"),
    QT_TRANSLATE_NOOP("MeetingsPanel", "Saturdays"),
    QT_TRANSLATE_NOOP("MeetingsPanel", "Sundays"),
)


def series_text(series: MeetingSeries) -> str:
    """'Tuesdays 17:00–17:45 · every week · Room 4.01 · Europe/Berlin · until 23 Dec 2026'."""
    draft = series.draft
    days = translate("MeetingsPanel", DAYS_PLURAL[WEEKDAYS.index(draft.weekday)])
    end_minutes = draft.start_time.hour * 60 + draft.start_time.minute + draft.duration_minutes
    end = time_text(time(end_minutes // 60 % 24, end_minutes % 60))
    rhythm = (
        translate("MeetingsPanel", "every week")
        if draft.every_weeks == 1
        else translate("MeetingsPanel", "every {count} weeks").format(count=draft.every_weeks)
    )
    parts = [
        f"{days} {time_text(draft.start_time)}–{end}",
        rhythm,
        draft.location or translate("MeetingsPanel", "no place set"),
        draft.timezone,
        translate("MeetingsPanel", "{first} to {until}").format(
            first=day_text(draft.first_date), until=day_text(draft.until)
        ),
    ]
    return " · ".join(parts)


class MeetingsPanel(QWidget):
    """The chosen pair's meeting series and its meetings, with skip, move and export."""

    def __init__(
        self, services: Services, operations: MeetingOperations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._operations = operations
        self.pair_id: int | None = None
        self.view: PairView | None = None  # the pair on screen, read once
        self._sendable: tuple[bool, bool] = (False, False)  # an invitation, a cancellation
        self.summary = plain_label(wrap=True)
        self.summary.setObjectName("series_summary")
        self.occurrences = OccurrenceModel(services.meetings, self)
        self.table = record_table(self.occurrences, stretch=1, fit=(0, 2), name="occurrence_table")
        self.plan_button = QPushButton(translate("MeetingsPanel", "Plan…"))
        self.plan_button.setToolTip(
            translate("MeetingsPanel", "Plan the weekly meeting, or change it from a date on")
        )
        self.skip_button = QPushButton(translate("MeetingsPanel", "Skip"))
        self.move_button = QPushButton(translate("MeetingsPanel", "Move…"))
        self.restore_button = QPushButton(translate("MeetingsPanel", "Restore"))
        self.export_button = QPushButton(translate("MeetingsPanel", "Calendar File…"))
        self.export_button.setToolTip(
            translate("MeetingsPanel", "Save the meetings as a calendar file (.ics) to import")
        )
        self.invite_button = QPushButton(translate("MeetingsPanel", "Send Invitation…"))
        self.invite_button.setToolTip(
            translate(
                "MeetingsPanel",
                "An e-mail from the mentor to the mentee with the invitation, opened in your "
                "mail program to send",
            )
        )
        self.cancel_button = QPushButton(translate("MeetingsPanel", "Send Cancellation…"))
        self.cancel_button.setToolTip(
            translate(
                "MeetingsPanel",
                "Cancel the meetings and open an e-mail with the cancellation to send",
            )
        )
        self.plan_button.clicked.connect(lambda: self._with_pair(operations.plan))
        self.skip_button.clicked.connect(lambda: self._with_occurrence(operations.skip))
        self.move_button.clicked.connect(lambda: self._with_occurrence(operations.move))
        self.restore_button.clicked.connect(lambda: self._with_occurrence(operations.restore))
        self.export_button.clicked.connect(lambda: self._with_pair(operations.export))
        for button, method in (
            (self.invite_button, Method.REQUEST),
            (self.cancel_button, Method.CANCEL),
        ):
            button.clicked.connect(
                lambda _c=False, m=method: self._with_pair(
                    lambda pair_id: operations.send(pair_id, m)
                )
            )
        series_row = QHBoxLayout()
        for button in (
            self.plan_button,
            self.export_button,
            self.invite_button,
            self.cancel_button,
        ):
            series_row.addWidget(button)
        series_row.addStretch()
        meeting_row = QHBoxLayout()
        for button in (self.skip_button, self.move_button, self.restore_button):
            meeting_row.addWidget(button)
        meeting_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(series_row)
        self.empty = EmptyState(
            self.table,
            translate(
                "MeetingsPanel",
                "No weekly meeting yet. Pairs that meet at the same time and place every week "
                "keep going: plan yours, then send it as a calendar invitation.",
            ),
            [
                (
                    translate("MeetingsPanel", "Plan the &Weekly Meeting…"),
                    lambda: self._with_pair(operations.plan),
                )
            ],
            applies=lambda: self.pair_id is not None,
            closed=translate("MeetingsPanel", "This pair had no weekly meeting planned."),
        )
        layout.addWidget(self.empty)
        layout.addLayout(meeting_row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.occurrences.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def show_pair(self, view: PairView | None) -> None:
        """Show the pair's meetings, the next one chosen."""
        self.take_view(view)
        self.occurrences.now = self._services.meetings.now()
        self.occurrences.set_pair(self.pair_id)
        self.empty.update_state()
        if (row := self.occurrences.first_upcoming_row(self.occurrences.now)) is not None:
            self.table.choose_row(row)
            self.table.scrollTo(self.occurrences.index(row, 0))
        self._show_summary()
        self._update_buttons()

    def take_view(self, view: PairView | None) -> None:
        """The pair on screen, read afresh after it changed."""
        self.view = view
        self.pair_id = view.id if view else None
        self._update_buttons()

    def reread(self) -> None:
        """Re-read the meetings, keeping the chosen one."""
        self.occurrences.now = self._services.meetings.now()
        self.occurrences.refresh_all()
        self._show_summary()
        self._update_buttons()

    def chosen(self) -> Occurrence | None:
        """The meeting chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.occurrences.occurrence(rows[0].row()) if rows else None

    def _show_summary(self) -> None:
        self._sendable = (False, False)
        if self.pair_id is not None:
            calendar = self._services.calendar
            self._sendable = (
                bool(calendar.candidates(self.pair_id, Method.REQUEST)),
                bool(calendar.candidates(self.pair_id, Method.CANCEL)),
            )
        if self.pair_id is None:
            self.summary.setText(translate("MeetingsPanel", "Choose a pair to see its meetings."))
            return
        current = self._services.meetings.current_series(self.pair_id)
        self.summary.setText(
            series_text(current)
            if current
            else translate(
                "MeetingsPanel",
                "No weekly meeting planned. Pairs that meet at the same time and "
                "place every week keep going: plan yours.",
            )
        )

    def _editable(self) -> bool:
        return self.view is not None and self.view.editable

    def _update_buttons(self, *_args: object) -> None:
        editable = self._editable()
        chosen = self.chosen()
        has_series = self.occurrences.rowCount() > 0
        self.plan_button.setEnabled(editable)
        self.empty.set_enabled_buttons(editable)
        self.skip_button.setEnabled(editable and chosen is not None and not chosen.skipped)
        self.move_button.setEnabled(editable and chosen is not None and not chosen.skipped)
        self.restore_button.setEnabled(
            editable and chosen is not None and (chosen.skipped or chosen.moved)
        )
        self.export_button.setEnabled(editable and has_series)
        # An ended pair invites no more, but may still withdraw what it sent.
        self.invite_button.setEnabled(self._sendable[0])
        self.cancel_button.setEnabled(self._sendable[1])

    def _with_pair(self, call: object) -> None:
        if self.pair_id is not None and callable(call):
            call(self.pair_id)

    def _with_occurrence(self, call: object) -> None:
        if (chosen := self.chosen()) is not None and callable(call):
            call(chosen)
