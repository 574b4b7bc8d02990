"""Send Invitation… and Send Cancellation…: an e-mail draft per series, opened in the
person's mail program; the time notes of the series and move dialogs.

The mail program is the one thing outside MentorDesk: Qt's own URL handler hook takes
its place and records what would have been opened. Confirmations are real message
boxes, answered by a timer as a person would.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import date, time
from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from windows import MailProgram

from mentordesk.domain.meetings import SeriesDraft
from mentordesk.services import Services
from mentordesk.ui.meetings.move_dialog import MoveDialog
from mentordesk.ui.meetings.series_choice_dialog import SeriesChoiceDialog
from mentordesk.ui.meetings.series_dialog import SeriesDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def answer_next_question(text: str, tries: int = 200) -> None:
    """Press the button named `text` in the next message box, once it is on screen
    (looking for it for two seconds at most, so that a box that never comes is no later
    test's business)."""

    def press(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            next(b for b in box.buttons() if b.text() == text).click()
        elif left:
            QTimer.singleShot(10, lambda: press(left - 1))

    QTimer.singleShot(0, lambda: press(tries))


def parts(path: Path) -> tuple[email.message.EmailMessage, Calendar]:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    inline = next(p for p in message.walk() if p.get_content_type() == "text/calendar")
    return message, Calendar.from_ical(inline.get_payload(decode=True))


def plan_from(window: MainWindow, qtbot: QtBot, first: QDate) -> None:
    """Plan the suggested weekly meeting anew from `first`, through the real dialog."""
    qtbot.mouseClick(window.workspace.meetings.plan_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, SeriesDialog)
    dialog.first_date.setDate(first)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def open_meetings(window: MainWindow, pair_id: int) -> None:
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.meetings_tab)


def test_send_invitation_opens_one_draft_in_the_mail_program(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    mail_program: MailProgram,
    services: Services,
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    panel = window.workspace.meetings
    assert panel.invite_button.isEnabled()
    qtbot.mouseClick(panel.invite_button, Qt.MouseButton.LeftButton)
    [draft] = mail_program.opened
    assert draft.parent == services.drafts_dir
    assert draft.stat().st_mode & 0o777 == 0o600
    message, calendar = parts(draft)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "ben@example.org"
    assert message["From"].addresses[0].addr_spec == "ana@example.org"
    assert calendar["METHOD"] == "REQUEST"
    assert len({str(e["UID"]) for e in calendar.walk("VEVENT")}) == 1
    assert "Opened" in window.statusBar().currentMessage()


def test_a_replanned_pair_chooses_and_gets_one_draft_per_series(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    mail_program: MailProgram,
    services: Services,
) -> None:
    services.meetings.plan(
        pair_id,
        SeriesDraft("TU", time(17), 45, "Europe/Berlin", date(2026, 12, 8), date(2027, 3, 30)),
    )
    window = make_window()
    open_meetings(window, pair_id)
    qtbot.mouseClick(window.workspace.meetings.invite_button, Qt.MouseButton.LeftButton)
    choice = window.operations.dialog
    assert isinstance(choice, SeriesChoiceDialog)
    assert choice.list.count() == 2
    assert choice.list.item(0).text().startswith("Mondays at 16:00, 2 Nov – 7 Dec 2026")
    qtbot.mouseClick(
        choice.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert len(mail_program.opened) == 2
    uids = {str(parts(path)[1].walk("VEVENT")[0]["UID"]) for path in mail_program.opened}
    assert len(uids) == 2  # one series per message, each its own UID


def test_send_cancellation_asks_cancels_and_undo_brings_the_meetings_back(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    mail_program: MailProgram,
    services: Services,
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    answer_next_question("Cancel Meetings")  # the named button; Cancel is the default
    qtbot.mouseClick(window.workspace.meetings.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(mail_program.opened), timeout=3000)
    [draft] = mail_program.opened
    _, calendar = parts(draft)
    assert calendar["METHOD"] == "CANCEL"
    assert all(str(e["STATUS"]) == "CANCELLED" for e in calendar.walk("VEVENT"))
    [series] = services.meetings.series_of(pair_id)
    assert series.cancelled
    assert not window.workspace.meetings.invite_button.isEnabled()
    window.undo_stack.undo()
    assert not services.meetings.series_of(pair_id)[0].cancelled
    assert window.workspace.meetings.invite_button.isEnabled()


def test_a_series_planned_and_undone_can_still_be_cancelled(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    mail_program: MailProgram,
    services: Services,
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    plan_from(window, qtbot, QDate(2026, 12, 14))
    qtbot.mouseClick(window.workspace.meetings.invite_button, Qt.MouseButton.LeftButton)
    choice = window.operations.dialog
    assert isinstance(choice, SeriesChoiceDialog)
    qtbot.mouseClick(
        choice.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    invited = {str(parts(p)[1].walk("VEVENT")[0]["UID"]) for p in mail_program.opened}
    window.undo_stack.undo()  # the new series is taken back after it was sent
    [withdrawn] = [s for s in services.meetings.series_of(pair_id) if s.cancelled]
    assert withdrawn.uid in invited
    mail_program.opened.clear()
    qtbot.mouseClick(window.workspace.meetings.cancel_button, Qt.MouseButton.LeftButton)
    choice = window.operations.dialog
    assert isinstance(choice, SeriesChoiceDialog)
    labels = [choice.list.item(row).text() for row in range(choice.list.count())]
    assert labels[-1].endswith("— cancelled")
    ticked = [choice.list.item(row).checkState() for row in range(choice.list.count())]
    assert ticked[-1] == Qt.CheckState.Checked  # only the withdrawn one, by default
    assert set(ticked[:-1]) == {Qt.CheckState.Unchecked}
    qtbot.mouseClick(  # nothing live is cancelled, so nothing is asked
        choice.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    [draft] = mail_program.opened
    _, calendar = parts(draft)
    assert calendar["METHOD"] == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["UID"]) == withdrawn.uid


def test_the_series_dialog_says_when_a_time_does_not_exist_or_happens_twice(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    machine_zone: Callable[[str], None],
) -> None:
    machine_zone("Europe/Berlin")  # the pair meets where the machine is
    window = make_window()
    open_meetings(window, pair_id)
    qtbot.mouseClick(window.workspace.meetings.plan_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, SeriesDialog)
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.weekday.setCurrentIndex(6)  # Sundays
    dialog.first_date.setDate(QDate(2026, 12, 6))
    dialog.until.setDate(QDate(2027, 11, 28))
    dialog.start.setTime(QTime(2, 30))
    notes = dialog.time_notes.text().split("\n")
    assert notes == [
        "Note: On Sun, 28 Mar 2027 the clocks in Europe/Berlin go forward, so 02:30 does "
        "not exist that day: the meeting will be at 03:30 (CEST, UTC+02:00).",
        "Note: On Sun, 31 Oct 2027 the clocks in Europe/Berlin go back, so 02:30 happens "
        "twice that day: the meeting will be at the first 02:30 (CEST, UTC+02:00).",
    ]
    dialog.start.setTime(QTime(16, 0))
    assert dialog.time_notes.text() == ""
    dialog.timezone.setCurrentText("Not/AZone")
    assert dialog.time_notes.text() == ""  # the zone's own message comes with OK


def test_the_move_dialog_says_which_instant_a_skipped_time_becomes(
    make_window: Callable[[], MainWindow], qtbot: QtBot, pair_id: int
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    window.workspace.meetings.table.selectRow(5)
    qtbot.mouseClick(window.workspace.meetings.move_button, Qt.MouseButton.LeftButton)
    move = window.operations.dialog
    assert isinstance(move, MoveDialog)
    move.when.setDateTime(QDateTime(QDate(2027, 3, 28), QTime(2, 15)))
    assert move.warnings.text().endswith(
        "Note: On Sun, 28 Mar 2027 the clocks in Europe/Berlin go forward, so 02:15 does "
        "not exist that day: the meeting will be at 03:15 (CEST, UTC+02:00)."
    )


def test_undo_and_redo_of_a_plan_bring_back_the_same_series(
    make_window: Callable[[], MainWindow], qtbot: QtBot, pair_id: int, services: Services
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    plan_from(window, qtbot, QDate(2026, 12, 14))
    planned = services.meetings.series_of(pair_id)[-1]
    for _ in range(3):
        window.undo_stack.undo()
        assert services.meetings.get(planned.id).cancelled
        window.undo_stack.redo()
        again = services.meetings.get(planned.id)
        assert not again.cancelled
        assert again.uid == planned.uid
    assert len(services.meetings.series_of(pair_id)) == 2  # no pile of withdrawn copies
    assert services.meetings.series_of(pair_id)[0].draft.until == date(2026, 12, 7)


def test_return_on_the_cancellation_question_keeps_the_meetings(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    mail_program: MailProgram,
    services: Services,
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    qtbot.mouseClick(window.workspace.meetings.cancel_button, Qt.MouseButton.LeftButton)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
    assert mail_program.opened == []
    assert not services.meetings.series_of(pair_id)[0].cancelled


def test_ending_a_pair_offers_the_calendar_update_and_sends_it(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    mail_program: MailProgram,
    services: Services,
) -> None:
    window = make_window()
    open_meetings(window, pair_id)
    qtbot.mouseClick(window.workspace.meetings.invite_button, Qt.MouseButton.LeftButton)
    assert len(mail_program.opened) == 1  # the mentee has the meetings in a calendar
    window.action_map[ActionId.END_PAIR].trigger()
    dialog = window.operations.dialog
    assert dialog is not None
    dialog.ended_on.setDate(QDate(2026, 11, 25))  # type: ignore[attr-defined]
    dialog.reason.setPlainText("Ben moved teams")  # type: ignore[attr-defined]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # "End Pair"
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "send_after_end" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=3000,
    )
    answer_next_question("&Send Update")
    qtbot.waitUntil(lambda: len(mail_program.opened) == 2, timeout=3000)
    _, calendar = parts(mail_program.opened[1])
    assert calendar["METHOD"] == "REQUEST"  # an update: the meetings before the end stay
    [event] = calendar.walk("VEVENT")
    assert event["RRULE"]["UNTIL"][0].date().isoformat() <= "2026-11-24"
    [series] = services.meetings.series_of(pair_id)
    assert series.draft.until == date(2026, 11, 23)


def test_the_series_dialog_gives_the_time_here_when_the_zone_is_another(
    make_window: Callable[[], MainWindow],
    qtbot: QtBot,
    pair_id: int,
    machine_zone: Callable[[str], None],
) -> None:
    machine_zone("America/New_York")  # a partner travelling, say
    window = make_window()
    open_meetings(window, pair_id)
    qtbot.mouseClick(window.workspace.meetings.plan_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, SeriesDialog)
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.weekday.setCurrentIndex(0)  # Mondays
    dialog.first_date.setDate(QDate(2026, 12, 7))
    dialog.start.setTime(QTime(16, 0))
    assert dialog.time_notes.text() == (
        "The first meeting is Mon, 7 Dec 2026, 16:00 (Europe/Berlin; 10:00 here)."
    )
    dialog.timezone.setCurrentText("America/New_York")
    assert dialog.time_notes.text() == ""  # one zone: nothing to convert
    dialog.reject()
