"""Meeting operations: plan or change the series, skip, move, restore, cancel, export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk.calendar_files.method import Method
from mentordesk.domain.meetings import Occurrence, SeriesDraft
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.undo import Step
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.drafts import open_draft
from mentordesk.ui.common.file_dialogs import save_path
from mentordesk.ui.common.form_dialog import confirm
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

ICS_FILTER = QT_TRANSLATE_NOOP("MeetingOperations", "Calendar files (*.ics);;All files (*)")
SEND_TITLES = {
    Method.REQUEST: QT_TRANSLATE_NOOP("MeetingOperations", "Send Invitation"),
    Method.CANCEL: QT_TRANSLATE_NOOP("MeetingOperations", "Send Cancellation"),
}


class MeetingOperations:
    """Carries out meeting operations through the shared dialogs, bridge and undo stack."""

    def __init__(self, services: Services, bridge: ChangeBridge, operations: Operations) -> None:
        # `operations.push` tells the views what changed: `bridge` is not needed here.
        self._services = services
        self._meetings = services.meetings
        self._ops = operations

    def plan(self, pair_id: int, *, extend: bool = False) -> None:
        """Plan the weekly meeting, or change it from a date on (history keeps both);
        `extend`: the current one carried on through the next quarter, to confirm."""
        from mentordesk.ui.meetings.series_dialog import SeriesDialog

        current = self._meetings.current_series(pair_id)

        def save(draft: SeriesDraft) -> None:
            self._ops.push(self._meetings.plan_meetings(pair_id, draft))

        suggested = (
            self._meetings.suggested_extension(pair_id)
            if extend and current is not None
            else self._meetings.suggested_draft(pair_id)
        )
        dialog = SeriesDialog(save, suggested, current is not None, self._ops.window)
        self._ops.open_dialog(dialog)

    def skip(self, occurrence: Occurrence) -> None:
        """Skip one meeting; Undo brings it back."""
        self._change(
            lambda: self._meetings.skip_meeting(occurrence.series_id, occurrence.original_date)
        )

    def restore(self, occurrence: Occurrence) -> None:
        """Take back a skip or a move."""
        self._change(
            lambda: self._meetings.restore_meeting(occurrence.series_id, occurrence.original_date)
        )

    def move(self, occurrence: Occurrence) -> None:
        """Move one meeting to another time and/or place."""
        from mentordesk.ui.meetings.move_dialog import MoveDialog

        series = self._meetings.get(occurrence.series_id)

        def save(moved_to: datetime, location: str) -> None:
            series_id, day = occurrence.series_id, occurrence.original_date
            self._ops.push(self._meetings.move_meeting(series_id, day, moved_to, location))

        self._ops.open_dialog(MoveDialog(save, series, occurrence, self._ops.window))

    def _change(self, call: Callable[[], Step]) -> None:
        try:
            self._ops.push(call())
        except UserFacingError as error:
            self._ops.report(error.message)

    def export(self, pair_id: int, path: Path | None = None) -> None:
        """Save the pair's meetings as a calendar file to import (PUBLISH)."""
        if path is None:
            pair = self._services.pairs.get(pair_id)
            suggested = f"{pair.external_id}-meetings.ics"
            path = save_path(
                self._ops.window,
                translate("MeetingOperations", "Export Calendar File"),
                suggested,
                translate("MeetingOperations", ICS_FILTER),
            )
            if path is None:
                return
        try:
            self._services.calendar.write(pair_id, path, Method.PUBLISH)
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._ops.message.emit(
            translate("MeetingOperations", "Calendar file written to {path}.").format(path=path)
        )

    def offer_update_after_end(self, pair_id: int) -> None:
        """A pair ended and its meetings with it: offer to send the change to the mentee's
        calendar (an updated invitation for a series cut short, a cancellation for one
        that would only have met later). Nothing to send, nothing asked."""
        calendar = self._services.calendar
        shortened = [s.id for s in calendar.candidates(pair_id, Method.REQUEST)]
        withdrawn = [s.id for s in calendar.candidates(pair_id, Method.CANCEL) if s.cancelled]
        if not shortened and not withdrawn:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MeetingOperations", "Pair Ended"),
            translate(
                "MeetingOperations",
                "The pair's meetings after its end were taken off. Send the change to the "
                "mentee's calendar now? (Edit ▸ Undo brings the pair and its meetings back.)",
            ),
            QMessageBox.StandardButton.NoButton,
            self._ops.window,
        )
        box.setObjectName("send_after_end")
        box.setTextFormat(Qt.TextFormat.PlainText)
        send = box.addButton(
            translate("MeetingOperations", "&Send Update"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MeetingOperations", "&Not Now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(send)

        def answered(_result: int) -> None:
            box.deleteLater()
            if box.clickedButton() is not send:
                return
            if shortened:
                self._write(pair_id, Method.REQUEST, shortened)
            if withdrawn:
                self._write(pair_id, Method.CANCEL, withdrawn)

        box.finished.connect(answered)
        box.open()

    def send(self, pair_id: int, method: Method) -> None:
        """Write the invitation (or cancellation) of each series the person picks as an
        e-mail draft and open it in their mail program, ready to send."""
        title = translate("MeetingOperations", SEND_TITLES[method])
        candidates = self._services.calendar.candidates(pair_id, method)
        if not candidates:
            self._ops.report(self._services.calendar.nothing_to_send(pair_id, method))
            return
        if len(candidates) == 1:
            self._send(pair_id, method, [candidates[0].id])
            return
        from mentordesk.services.calendar import series_label
        from mentordesk.ui.meetings.series_choice_dialog import SeriesChoiceDialog

        explanation = translate(
            "MeetingOperations",
            "This pair has more than one meeting series. Each goes out as its own e-mail, "
            "so that calendars update the right one. Send for:",
        )
        # An invitation goes to every series by default; a cancellation to none but those
        # already withdrawn, so that OK never cancels a live series by surprise.
        ticked = {s.id for s in candidates if method is Method.REQUEST or s.cancelled}
        dialog = SeriesChoiceDialog(
            title,
            explanation,
            [(s.id, series_label(s), s.id in ticked) for s in candidates],
            lambda ids: self._send(pair_id, method, ids),
            self._ops.window,
            action=title.rstrip("…"),
            destructive=method is Method.CANCEL,
        )
        self._ops.open_dialog(dialog)

    def _send(self, pair_id: int, method: Method, series_ids: list[int]) -> None:
        chosen = [s for s in self._meetings.series_of(pair_id) if s.id in series_ids]
        if method is Method.CANCEL and any(not s.cancelled for s in chosen):
            confirm(  # Cancel is the default: Return or Space never cancels meetings
                self._ops.window,
                translate("MeetingOperations", SEND_TITLES[method]),
                translate(
                    "MeetingOperations",
                    "Cancel these meetings and write the cancellation to send?\n\nCalendars "
                    "that imported the meetings remove them when the mentee opens the "
                    "cancellation. Edit ▸ Undo restores the meetings here.",
                ),
                translate("MeetingOperations", "Cancel Meetings"),
                lambda: self._write(pair_id, method, series_ids),
            )
            return
        self._write(pair_id, method, series_ids)

    def _write(self, pair_id: int, method: Method, series_ids: list[int]) -> None:
        try:
            drafts, cancelled = self._services.calendar.send_drafts(pair_id, method, series_ids)
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        if cancelled is not None:
            self._ops.push(cancelled)
        for path in drafts:
            self._open_draft(path)

    def _open_draft(self, path: Path) -> None:
        open_draft(
            path,
            self._ops.window,
            self._ops.message.emit,
            self._ops.open_dialog,
            translate(
                "MeetingOperations",
                "Open it with your mail program (or attach the calendar file inside it to a "
                "new message) and send it.",
            ),
        )
