"""Meeting mode as a pair uses it: the timer counts from the meeting's start, the
banner shows while presenting, it fits a laptop screen, and End Meeting recaps the
meeting with the next one before it closes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from windows import activate, open_meeting, tick

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.ui.health.feedback_dialog import FeedbackDialog
from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow
from mentordesk.ui.window.main_window import MainWindow


def add_goal(services: Services, pair_id: int, title: str) -> int:
    """A technical goal of quarter 1, due 30 Nov."""
    return (
        services.goals.create(
            pair_id, GoalDraft(1, Skill.TECHNICAL, title, date(2026, 11, 30))
        ).created
        or 0
    )


def meeting_on(
    qtbot: QtBot, window: MainWindow, pair_id: int, clock: FixedClock
) -> MeetingModeWindow:
    """Meeting mode for Monday 23 Nov, ten minutes in, its keys in front."""
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)
    meeting = open_meeting(window, pair_id)
    activate(qtbot, meeting)
    return meeting


def test_the_timer_counts_from_the_meetings_start(
    make_window: Callable[[], MainWindow], pair_id: int, clock: FixedClock
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)  # Monday 16:10 in Berlin
    meeting = open_meeting(window, pair_id)
    assert meeting.timer_label.text() == "10:00 / 45:00"  # opened late: 10 minutes gone
    clock.moment = datetime(2026, 11, 23, 15, 50, tzinfo=UTC)
    meeting.update_timer()
    assert meeting.timer_label.text() == "50:00 / 45:00 — over time"
    meeting.close()


def test_before_the_start_it_says_when_the_meeting_begins(
    make_window: Callable[[], MainWindow], pair_id: int, clock: FixedClock
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 14, 50, tzinfo=UTC)  # ten minutes before
    meeting = open_meeting(window, pair_id)
    assert meeting.timer_label.text() == "starts in 10:00"
    clock.moment = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    meeting.update_timer()
    assert meeting.timer_label.text() == "starts Mon, 23 Nov, 16:00"
    meeting.close()


def test_the_presentation_banner_shows_in_meeting_mode_too(
    make_window: Callable[[], MainWindow], pair_id: int
) -> None:
    window = make_window()
    meeting = open_meeting(window, pair_id)
    assert not meeting.banner.isVisibleTo(meeting)
    window.companions.set_presentation(True)
    assert meeting.banner.isVisibleTo(meeting)
    assert not meeting.editor.private_note.isVisibleTo(meeting)
    window.companions.set_presentation(False)
    assert not meeting.banner.isVisibleTo(meeting)
    meeting.close()


def test_it_fits_the_screen(make_window: Callable[[], MainWindow], pair_id: int) -> None:
    window = make_window()
    meeting = open_meeting(window, pair_id)
    screen = meeting.screen().availableGeometry()
    assert meeting.width() <= screen.width()
    assert meeting.height() <= screen.height()
    meeting.close()


def test_end_meeting_recaps_and_closes(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)
    meeting = open_meeting(window, pair_id)
    activate(qtbot, meeting)  # its keys answer in the active window
    editor = meeting.editor
    qtbot.keyClicks(editor.topics, "Code review")
    qtbot.keyClicks(editor.new_item, "Read the style guide")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    recaps: list[str] = []

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "meeting_recap")
        assert isinstance(box, QMessageBox)
        recaps.append(box.text())
        assert "Share Recap…" in [b.text() for b in box.buttons()]
        box.button(QMessageBox.StandardButton.Close).click()

    qtbot.keyClick(
        editor.notes,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(
        lambda: any(
            w.objectName() == "meeting_recap" and w.isVisible()
            for w in QApplication.topLevelWidgets()
        ),
        timeout=3000,
    )
    read_and_close()
    qtbot.waitUntil(lambda: not meeting.isVisible(), timeout=3000)
    (recap,) = recaps
    assert "Discussed: Code review" in recap
    assert "Ana Silva will:" in recap
    assert "Read the style guide" in recap
    assert "Next meeting: Monday, 30 November 2026, 16:00 (Europe/Berlin; 15:00 here)." in recap


def test_ctrl_z_in_meeting_mode_takes_back_a_deleted_action_item(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)
    meeting = open_meeting(window, pair_id)
    activate(qtbot, meeting)
    editor = meeting.editor
    qtbot.keyClicks(editor.new_item, "Send the slides")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert editor.session is not None
    session_id = editor.session.id
    editor.item_table.setFocus()
    editor.item_table.setCurrentIndex(editor.items.index(0, 2))
    qtbot.keyClick(editor.item_table, Qt.Key.Key_Delete)
    assert services.sessions.get(session_id).action_items == ()
    qtbot.keyClick(editor.item_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [i.text for i in services.sessions.get(session_id).action_items] == ["Send the slides"]
    qtbot.keyClicks(editor.notes, "abc")
    qtbot.keyClick(editor.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.notes.toPlainText() == ""  # in a text field Ctrl+Z undoes the typing
    assert len(services.sessions.get(session_id).action_items) == 1
    meeting.close()


def test_the_agenda_follows_a_check_in(
    make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    goal_id = add_goal(services, pair_id, "Write production-grade SQL")
    window = make_window()
    meeting = open_meeting(window, pair_id)

    def lines() -> list[str]:
        return [meeting.agenda.index(r, 0).data() for r in range(meeting.agenda.rowCount())]

    assert any(
        line.startswith("Goal (Ben Okafor) — Write production-grade SQL: 0%") for line in lines()
    )
    window.bridge.run(
        lambda: services.goals.add_checkin(goal_id, date(2026, 11, 21), 40, "Halfway there")
    )
    assert any(
        line.startswith("Goal (Ben Okafor) — Write production-grade SQL: 40%") for line in lines()
    )
    meeting.close()


def test_a_meeting_link_is_one_click_and_a_room_is_not(
    make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    from mentordesk.ui.sessions.meeting_mode import meeting_link

    assert meeting_link(" https://meet.example.org/ana-ben ") == "https://meet.example.org/ana-ben"
    assert meeting_link("Room 4.01, by the window") is None
    assert meeting_link("https://x.org <b>y</b>") is None
    assert meeting_link("javascript:alert(1)") is None
    series = services.meetings.current_series(pair_id)
    assert series is not None
    from dataclasses import replace

    services.meetings.plan(pair_id, replace(series.draft, location="https://meet.example.org/a&b"))
    window = make_window()
    meeting = open_meeting(window, pair_id)
    assert meeting.join.isVisibleTo(meeting)
    assert meeting.join.openExternalLinks()
    assert 'href="https://meet.example.org/a&amp;b"' in meeting.join.text()
    meeting.close()


def test_opened_early_the_meeting_is_recorded_held_once_notes_are_taken_at_it(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 13, 0, tzinfo=UTC)  # two hours before: preparing
    meeting = open_meeting(window, pair_id)
    editor = meeting.editor
    qtbot.keyClicks(editor.topics, "Estimates")
    assert editor.status.currentData() == SessionStatus.PLANNED  # prepared, not held yet
    clock.moment = datetime(2026, 11, 23, 15, 5, tzinfo=UTC)  # the meeting is on
    qtbot.keyClicks(editor.notes, "We talked estimates")
    assert editor.status.currentData() == SessionStatus.HELD
    assert editor.autosaver.flush()
    assert editor.session is not None
    assert services.sessions.get(editor.session.id).status is SessionStatus.HELD
    meeting.close()


def test_a_goal_on_the_agenda_is_ticked_as_discussed_into_the_topics(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    add_goal(services, pair_id, "Write production-grade SQL")
    meeting = meeting_on(qtbot, make_window(), pair_id, clock)
    editor = meeting.editor
    qtbot.keyClicks(editor.topics, "Code review")
    goal_line = tick(qtbot, meeting, "Goal (Ben Okafor) — Write production-grade SQL")
    assert editor.topics.toPlainText() == "Code review\nWrite production-grade SQL"
    assert goal_line.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert editor.autosaver.flush()
    assert editor.session is not None
    saved = services.sessions.get(editor.session.id)
    assert saved.topics == ("Code review", "Write production-grade SQL")
    qtbot.keyClick(meeting.agenda_table, Qt.Key.Key_Space)  # and unticked
    assert editor.topics.toPlainText() == "Code review"
    assert goal_line.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    editor.topics.setFocus()
    qtbot.keyClick(editor.topics, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.topics.toPlainText() == "Code review\nWrite production-grade SQL"
    assert goal_line.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked  # typed too
    meeting.close()


def test_ctrl_z_on_the_agenda_takes_back_the_tick_not_an_earlier_step(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    add_goal(services, pair_id, "Write SQL")
    meeting = meeting_on(qtbot, make_window(), pair_id, clock)
    editor = meeting.editor
    qtbot.keyClicks(editor.new_item, "Send the slides")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)  # a step on the window's stack
    tick(qtbot, meeting, "Goal (Ben Okafor) — Write SQL")
    assert editor.topics.toPlainText() == "Write SQL"
    qtbot.keyClick(meeting.agenda_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.topics.toPlainText() == ""  # the tick went back
    assert editor.session is not None
    assert [i.text for i in services.sessions.get(editor.session.id).action_items] == [
        "Send the slides"
    ]  # and the item stayed
    qtbot.keyClick(meeting.agenda_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.sessions.get(editor.session.id).action_items == ()  # then the step
    meeting.close()


def test_topics_added_ahead_are_not_ticked_away_and_a_ticked_goal_shows_once(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    goal_id = add_goal(services, pair_id, "Write SQL")
    monday = next(
        row.occurrence
        for row in services.sessions.log(pair_id)
        if row.occurrence is not None and row.occurrence.original_date == date(2026, 11, 23)
    )
    planned, _ = services.sessions.open_for(pair_id, monday)
    services.sessions.save(planned, SessionStatus.PLANNED, ["Career plans"], "")
    window = make_window()
    meeting = meeting_on(qtbot, window, pair_id, clock)

    def lines() -> dict[str, object]:
        model = meeting.agenda
        return {
            model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole)
            for r in range(model.rowCount())
        }

    assert lines()["Added: Career plans"] is None  # already a topic: nothing to tick
    tick(qtbot, meeting, "Goal (Ben Okafor) — Write SQL")
    assert meeting.editor.autosaver.flush()
    window.bridge.run(
        lambda: services.goals.add_checkin(goal_id, date(2026, 11, 23), 40, "Halfway")
    )  # the agenda is read again
    shown = lines()
    assert not any(str(text).startswith("Added: Write SQL") for text in shown)
    assert [t for t in shown if str(t).startswith("Goal (Ben Okafor) — Write SQL")] != []
    meeting.close()


def test_a_milestone_ticked_on_the_agenda_is_reached_in_this_meeting(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    goal_id = add_goal(services, pair_id, "Write production-grade SQL")
    services.goals.add_milestone(goal_id, "First query reviewed", date(2026, 11, 25))
    window = make_window()
    meeting = meeting_on(qtbot, window, pair_id, clock)
    tick(qtbot, meeting, "Milestone (Ben Okafor) — First query reviewed")
    [step] = services.goals.get(goal_id).milestones
    assert meeting.editor.session is not None
    assert (step.reached_on, step.session_id) == (date(2026, 11, 23), meeting.editor.session.id)
    row = next(
        r
        for r in range(meeting.agenda.rowCount())
        if str(meeting.agenda.index(r, 0).data()).startswith("Milestone (Ben Okafor)")
    )
    assert meeting.agenda.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert "Moments: Write production-grade SQL, milestone reached: First query reviewed" in (
        meeting.editor.checkins_done.text()
    )
    window.undo_stack.undo()  # the tick is one step of Edit ▸ Undo
    [step] = services.goals.get(goal_id).milestones
    assert step.reached_on is None
    assert meeting.agenda.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked  # the agenda follows the undo
    )
    meeting.close()


def test_the_recap_offers_the_current_user_feedback_on_the_meeting(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    clock: FixedClock,
) -> None:
    window = make_window()
    meeting = meeting_on(qtbot, window, pair_id, clock)
    qtbot.keyClicks(meeting.editor.topics, "Code review")  # notes at the meeting: held
    meeting.end_meeting()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "meeting_recap")
    assert isinstance(box, QMessageBox)
    give = next(b for b in box.buttons() if b.text() == "Give My Feedback…")
    give.click()
    qtbot.waitUntil(lambda: not meeting.isVisible(), timeout=3000)
    dialog = next(w for w in window.findChildren(FeedbackDialog) if w.isVisible())
    assert dialog.windowTitle().startswith("Meeting Feedback — Ana Silva, meeting of ")
    qtbot.keyClicks(dialog.useful, "4")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert meeting.editor.session is not None
    state = services.feedback.about(meeting.editor.session.id)
    assert state.answered_by == frozenset({services.pairs.get(pair_id).mentor.id})
