"""Meeting operations: plan or change the series, skip, move, restore, cancel, export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from mentordesk.calendar_files.method import Method
from mentordesk.domain.meetings import Occurrence, SeriesDraft, SeriesException
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.ui.bridge import ChangeBridge
from mentordesk.ui.operations import Operations

ICS_FILTER = "Calendar files (*.ics);;All files (*)"
EXPORT_WORDS = {
    Method.PUBLISH: ("Export Calendar File", "meetings.ics", "Calendar file written to"),
    Method.REQUEST: ("Save Invitation", "invitation.ics", "Invitation written to"),
    Method.CANCEL: ("Save Cancellation", "cancellation.ics", "Cancellation written to"),
}


@dataclass
class _Slot:
    id: int


class MeetingOperations:
    """Carries out meeting operations through the shared dialogs, bridge and undo stack."""

    def __init__(self, services: Services, bridge: ChangeBridge, operations: Operations) -> None:
        self._services = services
        self._meetings = services.meetings
        self._bridge = bridge
        self._ops = operations

    def plan(self, pair_id: int) -> None:
        """Plan the weekly meeting, or change it from a date on (history keeps both)."""
        from mentordesk.ui.dialogs.series_dialog import SeriesDialog

        before = self._meetings.series_of(pair_id)
        current = self._meetings.current_series(pair_id)

        def save(draft: SeriesDraft) -> None:
            changes = self._bridge.run(lambda: self._meetings.plan(pair_id, draft))
            slot = _Slot(changes.created or 0)

            def undo() -> ChangeSet:
                undone = self._meetings.delete(slot.id)
                for series in before:
                    undone |= self._meetings.restore(series)
                return undone

            def redo() -> ChangeSet:
                again = self._meetings.plan(pair_id, draft)
                slot.id = again.created or slot.id
                return again

            self._ops.push("Plan Meetings", undo, redo)

        dialog = SeriesDialog(
            save, self._meetings.suggested_draft(pair_id), current is not None, self._ops.parent()
        )
        self._ops.open_dialog(dialog)

    def skip(self, occurrence: Occurrence) -> None:
        """Skip one meeting; Undo brings it back."""
        self._change(
            occurrence, SeriesException(occurrence.original_date, skip=True), "Skip Meeting"
        )

    def restore(self, occurrence: Occurrence) -> None:
        """Take back a skip or a move."""
        self._change(occurrence, None, "Restore Meeting")

    def move(self, occurrence: Occurrence) -> None:
        """Move one meeting to another time and/or place."""
        from mentordesk.ui.dialogs.move_dialog import MoveDialog

        series = self._meetings.get(occurrence.series_id)

        def save(moved_to: datetime, location: str) -> None:
            change = SeriesException(
                occurrence.original_date, moved_to=moved_to, location=location.strip()
            )
            self._change(occurrence, change, "Move Meeting")

        self._ops.open_dialog(MoveDialog(save, series, occurrence, self._ops.parent()))

    def _change(self, occurrence: Occurrence, change: SeriesException | None, text: str) -> None:
        series_id, day = occurrence.series_id, occurrence.original_date
        before = self._meetings.get(series_id).exception_on(day)
        try:
            self._bridge.run(lambda: self._meetings.set_exception(series_id, day, change))
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._ops.push(
            text,
            lambda: self._meetings.set_exception(series_id, day, before),
            lambda: self._meetings.set_exception(series_id, day, change),
        )

    def export(self, pair_id: int, method: Method, path: Path | None = None) -> None:
        """Write the calendar file, invitation or cancellation the person asked for."""
        title, default, done = EXPORT_WORDS[method]
        if method is Method.CANCEL:
            answer = QMessageBox.question(
                self._ops.parent(),
                title,
                "Cancel every planned meeting of this pair and save the cancellation to "
                "send?\n\nCalendars that imported the meetings remove them when they read "
                "the cancellation. Edit ▸ Undo restores the meetings here.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self._ops.parent(), title, default, ICS_FILTER)
            if not name:
                return
            path = Path(name)
        before = self._meetings.series_of(pair_id)
        try:
            changes = self._services.calendar.write(pair_id, path, method)
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._bridge.announce(changes)
        if method is Method.CANCEL:

            def undo() -> ChangeSet:
                undone = ChangeSet()
                for series in before:
                    undone |= self._meetings.restore(series)
                return undone

            self._ops.push(
                "Cancel Meetings",
                undo,
                lambda: self._services.calendar.export(pair_id, Method.CANCEL)[1],
            )
        self._ops.message.emit(f"{done} {path}.")
