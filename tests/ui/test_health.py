"""Pair health in the GUI: a checklist run from the pair page to an outcome, the health
check reveal, the template editor and the team overview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.errors import DatabaseError
from mentordesk.services import Services
from mentordesk.services.health import Early
from mentordesk.ui.health.health_check_dialog import HealthCheckDialog
from mentordesk.ui.health.run_dialog import RunDialog
from mentordesk.ui.health.run_model import RunModel
from mentordesk.ui.health.team_health_model import TeamHealthModel, TeamRow
from mentordesk.ui.health.template_editor import TemplateEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_checklist_from_the_pair_page_to_an_outcome_and_onto_the_agenda(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_4, CTRL)
    overview = window.workspace.overview
    assert window.workspace.currentWidget() is window.workspace.overview_tab
    assert overview.health.text().startswith("Needs attention: 3 meetings missed in a row")
    button = next(
        b
        for b in overview.findChildren(object)
        if getattr(b, "defaultAction", lambda: None)() is window.action_map[ActionId.RUN_CHECKLIST]
    )
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: ("Scheduling conflicts", True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, RunDialog)
    assert dialog.ticks[0].text() == "Name the conflict without blame"
    qtbot.waitExposed(dialog)
    for tick in dialog.ticks[:3]:
        qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(8, tick.height() // 2))
    qtbot.keyClicks(dialog.notes[0], "Three Mondays lost to releases")
    qtbot.keyClicks(dialog.outcome, "Keep Mondays 16:00; decline clashing invites")
    dialog.has_follow_up.setChecked(True)
    dialog.follow_up.setDate(QDate(2026, 11, 22))
    dialog.close_run.setChecked(True)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.operations.dialog is None
    run = services.health.runs(pair_id)[0]
    assert (run.completed_on, run.follow_up_on) == (date(2026, 11, 21), date(2026, 11, 22))
    assert [s.done for s in run.steps] == [True, True, True, False, False]
    assert run.steps[0].note == "Three Mondays lost to releases"
    window.workspace.setCurrentWidget(window.workspace.health_tab)
    assert window.workspace.health.runs.index(0, 2).data() == "Closed 21 Nov 2026"

    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_M, CTRL)  # the next meeting: 23 Nov
    meeting = window.companions.meeting_window
    assert meeting is not None
    lines = [meeting.agenda.index(r, 0).data() for r in range(meeting.agenda.rowCount())]
    assert "Follow-up — Scheduling conflicts: Keep Mondays 16:00; decline clashing invites" in lines
    meeting.close()


def test_health_check_answers_show_side_by_side_once_both_answered(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.health_tab)
    panel = window.workspace.health
    assert panel.check_status.text().startswith("Quarter 1: not answered yet")
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, HealthCheckDialog)
    dialog.scores[0].setValue(5)
    qtbot.keyClicks(dialog.comment, "Going well")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert panel.check_status.text() == (
        "Quarter 1: Ana Silva answered; the answers show once Ben Okafor has too."
    )
    assert not panel.results.isVisibleTo(panel)
    ben = services.people.find("ben-okafor")
    assert ben is not None
    services.health.answer(pair_id, ben.id, [2, 3, 3, 4, 4], "I'd like more structure")
    panel.reread()
    assert panel.results.isVisibleTo(panel)
    assert [panel.results.item(0, c).text() for c in range(3)] == [
        "Our meetings happen as planned",
        "5",
        "2",
    ]
    assert panel.results.item(5, 2).text() == "I'd like more structure"


def test_template_editor_rewords_reorders_and_restores(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    editor = TemplateEditor(services, window.bridge, window)
    qtbot.addWidget(editor)
    editor.reload("imbalance")
    assert editor.title.text() == "One partner carrying the load, or a knowledge gap"
    editor.steps.item(0, 0).setText("Name what each brings")
    editor.steps.setCurrentCell(0, 0)
    editor.move_step(1)
    editor.add_step()
    editor.steps.item(editor.steps.rowCount() - 1, 0).setText("Thank each other")
    editor.save()
    steps = [s.text for s in services.health.template("imbalance").steps]
    assert steps[:2] == ["Swap the lead on one topic", "Name what each brings"]
    assert steps[-1] == "Thank each other"
    next(b for b in editor.findChildren(QPushButton) if b.text() == "Restore Built-ins").click()
    question = editor.findChild(QMessageBox)  # asked first, Cancel the default
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    next(b for b in question.buttons() if b.text() == "Restore Built-ins").click()
    assert services.health.template("imbalance").steps[0].text == "Name what each of you brings"


def test_team_overview_marks_pairs_that_need_attention(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
    team = window.companions.team_window
    assert team is not None
    assert team.summary.text() == "Reading every pair's health signals…"  # off the GUI thread
    qtbot.waitUntil(lambda: team.model.rowCount() == 1)
    assert team.summary.text().startswith("1 active pair; 1 needs attention.")
    assert team.model.index(0, 7).data() == "–"  # no meeting has feedback from both yet
    assert team.model.index(0, 8).data() == "3 meetings missed in a row"
    assert team.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    team.table.activated.emit(team.model.index(0, 0))
    assert window.workspace.currentWidget() is window.workspace.health_tab


def test_team_overview_says_when_the_signals_cannot_be_read(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.companions.show_team()
    team = window.companions.team_window
    assert team is not None
    qtbot.waitUntil(lambda: team.model.rowCount() == 1)

    def unreachable(_early: object = None) -> None:
        raise DatabaseError("The database is busy")

    monkeypatch.setattr(services.health, "team", unreachable)
    window.companions.show_team()  # again: the rows read before stay until new ones come
    qtbot.waitUntil(lambda: "could not be read" in team.summary.text())
    assert team.summary.text().endswith("could not be read: The database is busy")
    assert team.model.rowCount() == 1


def test_first_rows_are_taken_back_when_the_rest_of_the_team_cannot_be_read(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A first read that handed its first rows over and then failed leaves no rows: a
    few pairs alone would pass for the whole team."""
    real = services.health.team

    def cut_short(early: Early | None = None) -> None:
        assert early is not None
        early[1](real())  # the first rows, handed over
        raise DatabaseError("The database is busy")

    monkeypatch.setattr(services.health, "team", cut_short)
    window = make_window()
    window.companions.show_team()
    team = window.companions.team_window
    assert team is not None
    qtbot.waitUntil(lambda: "could not be read" in team.summary.text())
    assert team.model.rowCount() == 0
    assert not team.empty.showing_empty  # not "No active pairs" either


def test_health_models(qtmodeltester: ModelTester, services: Services, pair_id: int) -> None:
    runs = RunModel(services.health)
    qtmodeltester.check(runs, force_py=True)
    runs.set_pair(pair_id)
    services.health.start(pair_id, "expectations")
    runs.refresh_all()
    assert runs.index(0, 2).data() == "Open (0 of 5 steps)"
    team = TeamHealthModel()
    qtmodeltester.check(team, force_py=True)
    team.fill({pair.id: TeamRow(pair, signals) for pair, signals in services.health.team()})
    assert team.rowCount() == 1


def test_the_signals_line_says_one_in_the_singular() -> None:
    from mentordesk.domain.health import HealthSignals
    from mentordesk.ui.health.health_panel import signals_text

    one = HealthSignals(
        days_since_meeting=1,
        missed_in_a_row=1,
        overdue_items=1,
        goals_behind=1,
        open_runs=1,
        attendance=None,
    )
    assert signals_text(one) == (
        "last meeting 1 day ago · 1 missed in a row · 1 overdue action item · "
        "1 goal behind · 1 open checklist"
    )
