"""Meeting operations: plan or change the series, skip, move, restore, cancel, export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mentordesk.calendar_files.method import Method
from mentordesk.domain.meetings import MeetingSeries, Occurrence, SeriesDraft, SeriesException
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.operations import Operations

ICS_FILTER = "Calendar files (*.ics);;All files (*)"
SEND_TITLES = {Method.REQUEST: "Send Invitation", Method.CANCEL: "Send Cancellation"}


class MeetingOperations:
    """Carries out meeting operations through the shared dialogs, bridge and undo stack."""

    def __init__(self, services: Services, bridge: ChangeBridge, operations: Operations) -> None:
        self._services = services
        self._meetings = services.meetings
        self._bridge = bridge
        self._ops = operations

    def plan(self, pair_id: int) -> None:
        """Plan the weekly meeting, or change it from a date on (history keeps both)."""
        from mentordesk.ui.meetings.series_dialog import SeriesDialog

        before = self._meetings.series_of(pair_id)
        current = self._meetings.current_series(pair_id)

        def save(draft: SeriesDraft) -> None:
            changes = self._bridge.run(lambda: self._meetings.plan(pair_id, draft))
            planned = changes.created or 0

            def undo() -> ChangeSet:
                undone = self._meetings.withdraw(planned)
                for series in before:
                    undone |= self._meetings.restore(series)
                return undone

            self._ops.push("Plan Meetings", undo, lambda: self._meetings.reinstate(planned))

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
        from mentordesk.ui.meetings.move_dialog import MoveDialog

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

    def export(self, pair_id: int, path: Path | None = None) -> None:
        """Save the pair's meetings as a calendar file to import (PUBLISH)."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self._ops.parent(), "Export Calendar File", "meetings.ics", ICS_FILTER
            )
            if not name:
                return
            path = Path(name)
        try:
            self._services.calendar.write(pair_id, path, Method.PUBLISH)
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._ops.message.emit(f"Calendar file written to {path}.")

    def send(self, pair_id: int, method: Method) -> None:
        """Write the invitation (or cancellation) of each series the person picks as an
        e-mail draft and open it in their mail program, ready to send."""
        title = SEND_TITLES[method]
        candidates = self._services.calendar.candidates(pair_id, method)
        if not candidates:
            self._ops.report(self._services.calendar.nothing_to_send(pair_id, method))
            return
        if len(candidates) == 1:
            self._send(pair_id, method, [candidates[0].id])
            return
        from mentordesk.services.calendar import series_label
        from mentordesk.ui.meetings.series_choice_dialog import SeriesChoiceDialog

        explanation = (
            "This pair has more than one meeting series. Each goes out as its own e-mail, "
            "so that calendars update the right one. Send for:"
        )
        # An invitation goes to every series by default; a cancellation to none but those
        # already withdrawn, so that OK never cancels a live series by surprise.
        ticked = {s.id for s in candidates if method is Method.REQUEST or s.cancelled}
        dialog = SeriesChoiceDialog(
            title,
            explanation,
            [(s.id, series_label(s), s.id in ticked) for s in candidates],
            lambda ids: self._send(pair_id, method, ids),
            self._ops.parent(),
        )
        self._ops.open_dialog(dialog)

    def _send(self, pair_id: int, method: Method, series_ids: list[int]) -> None:
        before = [s for s in self._meetings.series_of(pair_id) if s.id in series_ids]
        if method is Method.CANCEL and any(not s.cancelled for s in before):
            answer = QMessageBox.question(
                self._ops.parent(),
                SEND_TITLES[method],
                "Cancel these meetings and write the cancellation to send?\n\nCalendars "
                "that imported the meetings remove them when the mentee opens the "
                "cancellation. Edit ▸ Undo restores the meetings here.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            drafts, changes = self._services.calendar.write_drafts(pair_id, method, series_ids)
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._bridge.announce(changes)
        if changes.meetings:
            self._push_cancel([s for s in before if s.id in changes.meetings])
        for path in drafts:
            self._open_draft(path)

    def _push_cancel(self, before: list[MeetingSeries]) -> None:
        def undo() -> ChangeSet:
            undone = ChangeSet()
            for series in before:
                undone |= self._meetings.restore(series)
            return undone

        def redo() -> ChangeSet:
            redone = ChangeSet()
            for series in before:
                redone |= self._meetings.cancel(series.id)
            return redone

        self._ops.push("Cancel Meetings", undo, redo)

    def _open_draft(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._ops.message.emit(
                f"Opened {path.name} in your mail program: check it and press Send "
                f"(the draft is kept in {path.parent})."
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "No Mail Program Opened the Draft",
            f"The e-mail draft is saved as\n{path}\n\nOpen it with your mail program "
            "(or attach the calendar file inside it to a new message) and send it.",
            QMessageBox.StandardButton.Ok,
            self._ops.parent(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        folder = box.addButton("Show Folder", QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        self._ops.open_dialog(box)
