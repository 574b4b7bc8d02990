"""Meeting mode's guidance panel, as a pair uses it: what suits this meeting is offered
first, a question goes on the agenda with one key, and ticked there it is a topic."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from windows import activate, open_meeting, tick

from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.ui.window.main_window import MainWindow


def titles(meeting: object) -> list[str]:
    guides = meeting.guidance.guides  # type: ignore[attr-defined]
    return [guides.item(r).text() for r in range(guides.count())]


def test_a_first_meeting_opens_on_its_script_and_a_question_goes_on_the_agenda(
    qtbot: QtBot, make_window: Callable[[], MainWindow], pair_id: int, clock: FixedClock
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)  # the pair's first meeting
    meeting = open_meeting(window, pair_id)
    activate(qtbot, meeting)
    panel = meeting.guidance
    assert panel.isVisible()
    assert titles(meeting)[0] == "A first meeting, in about 45 minutes"
    assert "Get to know each other" in panel.text.toPlainText()
    assert panel.guides.item(0).toolTip() == "Script — for your first meeting"
    # quarter 1 ends on 6 December: the review questions are offered too
    review = titles(meeting).index("Reviewing the quarter")
    panel.guides.setCurrentRow(review)
    assert panel.starters.isVisible()
    assert panel.add_button.isVisible()
    question = panel.starters.item(0).text()
    panel.starters.setFocus()
    qtbot.keyClick(panel.starters, Qt.Key.Key_Return)  # one key
    lines = [meeting.agenda.index(r, 0).data() for r in range(meeting.agenda.rowCount())]
    assert f"Question — {question}" in lines
    assert panel.starters.currentRow() == 1  # on to the next question
    assert not panel.starters.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # added once
    tick(qtbot, meeting, "Question — ")
    assert question in meeting.editor.topics.toPlainText().splitlines()


def test_by_keys_alone_ctrl_g_then_enter_twice_puts_a_question_on_the_agenda(
    qtbot: QtBot, make_window: Callable[[], MainWindow], pair_id: int, clock: FixedClock
) -> None:
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)
    meeting = open_meeting(window, pair_id)
    activate(qtbot, meeting)
    panel = meeting.guidance
    assert meeting.editor.notes.hasFocus()  # the meeting starts in the notes
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(meeting.editor.notes, Qt.Key.Key_G, ctrl)  # into the panel
    assert panel.isVisible()
    assert panel.guides.hasFocus()
    for _ in range(titles(meeting).index("Reviewing the quarter")):
        qtbot.keyClick(panel.guides, Qt.Key.Key_Down)
    qtbot.keyClick(panel.guides, Qt.Key.Key_Return)  # on to its questions
    assert panel.starters.hasFocus()
    question = panel.starters.currentItem().text()
    qtbot.keyClick(panel.starters, Qt.Key.Key_Return)  # on the agenda
    assert f"Question — {question}" in agenda_lines(meeting)
    qtbot.keyClick(panel.starters, Qt.Key.Key_G, ctrl)  # from inside: hidden for room
    assert not panel.isVisible()
    assert not meeting.guidance_button.isChecked()
    assert meeting.editor.notes.hasFocus()
    qtbot.keyClick(meeting.editor.notes, Qt.Key.Key_G, ctrl)  # and back, in it
    assert panel.isVisible()
    assert panel.guides.hasFocus()
    meeting.close()
    again = open_meeting(window, pair_id)  # the question stays on this meeting's agenda
    assert f"Question — {question}" in agenda_lines(again)


def agenda_lines(meeting: object) -> list[str]:
    agenda = meeting.agenda  # type: ignore[attr-defined]
    return [agenda.index(r, 0).data() for r in range(agenda.rowCount())]


def test_a_later_meeting_is_offered_no_first_meeting_script(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    clock: FixedClock,
    services: Services,
) -> None:
    first = services.meetings.occurrences(pair_id)[0]  # Monday 2 Nov
    session_id, _ = services.sessions.open_for(pair_id, first)
    services.sessions.save(session_id, SessionStatus.HELD, ["Introductions"], "")
    window = make_window()
    clock.moment = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)
    meeting = open_meeting(window, pair_id)
    found = titles(meeting)
    assert "A first meeting, in about 45 minutes" not in found
    assert found[0] == "Reviewing the quarter"
    assert meeting.guidance.guides.item(0).toolTip() == (
        "Conversation starters — for the quarter's end"
    )
