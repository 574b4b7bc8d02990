"""Goals in the GUI: both slots set, a check-in moves the chart and the behind flag."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QToolButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.domain.assessments import Stage
from mentordesk.domain.goals import GoalDraft, GoalStatus, Skill
from mentordesk.domain.pairs import Role
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.ui.goals.assessment_dialog import AssessmentDialog
from mentordesk.ui.goals.checkin_dialog import CheckInDialog
from mentordesk.ui.goals.checkin_model import CheckInModel
from mentordesk.ui.goals.goal_dialog import GoalDialog
from mentordesk.ui.goals.milestone_dialog import MilestoneDialog
from mentordesk.ui.goals.quarter_list_model import QuarterListModel
from mentordesk.ui.goals.review_dialog import ReviewDialog
from mentordesk.ui.window.main_window import MainWindow

START = date(2026, 9, 7)  # today (21 Nov 2026) is day 76 of quarter 1's 91 days


@pytest.fixture
def pair_id(services: Services) -> int:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    created = services.pairs.create(ana, ben, START).created
    assert created is not None
    return created


def click_ok(qtbot: QtBot, dialog: object) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def fill_goal(qtbot: QtBot, dialog: GoalDialog, title: str, specific: str, measure: str) -> None:
    qtbot.keyClicks(dialog.title, title)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.specific, specific)
    qtbot.keyClicks(dialog.measure, measure)


def test_set_both_goals_check_in_and_watch_the_chart_and_flag(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    panel = window.workspace.goals
    assert window.workspace.currentWidget() is panel
    assert panel.chosen_quarter() == 1
    assert panel.quarters.rowCount() == 2  # this quarter and the next, to plan ahead
    technical, soft = (
        panel.cards[Role.MENTEE, Skill.TECHNICAL],
        panel.cards[Role.MENTEE, Skill.SOFT],
    )
    assert technical.empty.text() == "No technical skill goal for quarter 1 yet."

    qtbot.mouseClick(technical.set_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, GoalDialog)
    qtbot.keyClicks(dialog.title, "Get better at SQL")
    assert "• The title is vague" in dialog.advice.text()
    dialog.title.clear()
    fill_goal(
        qtbot,
        dialog,
        "Write production-grade SQL",
        "Own the billing report queries",
        "Three reviewed PRs, none rolled back",
    )
    assert "vague" not in dialog.advice.text()
    click_ok(qtbot, dialog)
    assert window.operations.dialog is None
    assert technical.goal_title.text() == "Write production-grade SQL"
    assert technical.behind.isVisibleTo(technical)
    assert technical.behind.text() == "Behind schedule: 0% done, 84% of the quarter gone."
    before = technical.chart.grab().toImage()

    qtbot.mouseClick(soft.set_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, GoalDialog)
    fill_goal(
        qtbot,
        dialog,
        "Lead two design reviews",
        "Chair the billing redesign reviews",
        "Two reviews held with written decisions",
    )
    click_ok(qtbot, dialog)
    assert soft.goal_title.text() == "Lead two design reviews"

    qtbot.mouseClick(technical.checkin_button, Qt.MouseButton.LeftButton)
    checkin = window.operations.dialog
    assert isinstance(checkin, CheckInDialog)
    checkin.progress.selectAll()
    qtbot.keyClicks(checkin.progress, "70")
    qtbot.keyClicks(checkin.note, "Two PRs merged")
    qtbot.keyClick(checkin.note, Qt.Key.Key_Return)
    assert window.operations.dialog is None

    assert technical.progress.value() == 70
    assert not technical.behind.isVisibleTo(technical)
    assert technical.chart.series() == [(START, 0), (date(2026, 11, 21), 70)]
    assert technical.chart.grab().toImage() != before
    assert technical.checkins.rowCount() == 1
    plan = services.goals.quarters(pair_id)[0]
    assert [(g.skill, g.progress) for g in plan.goals] == [(Skill.TECHNICAL, 70), (Skill.SOFT, 0)]

    window.undo_stack.undo()  # the check-in
    assert technical.progress.value() == 0
    assert technical.behind.isVisibleTo(technical)


def test_the_one_per_skill_rule_reaches_the_dialog(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    technical = window.workspace.goals.cards[Role.MENTEE, Skill.TECHNICAL]
    technical.set_button.click()
    dialog = window.operations.dialog
    assert isinstance(dialog, GoalDialog)
    fill_goal(qtbot, dialog, "Mine", "Specific", "Measure 1")
    # Meanwhile another client (an import, say) sets the quarter's technical goal.
    services.goals.create(pair_id, GoalDraft(1, Skill.TECHNICAL, "Theirs", date(2026, 11, 30)))
    click_ok(qtbot, dialog)
    assert window.operations.dialog is dialog
    assert dialog.error_text("skill").startswith(
        "Quarter 1 already has a technical goal of Ben Okafor's ('Theirs')"
    )
    dialog.reject()


def test_drop_then_set_again_and_review_with_carry_over(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    first = services.goals.create(pair_id, GoalDraft(1, Skill.SOFT, "Old", date(2026, 11, 1)))
    assert first.created is not None
    window = make_window()
    window.pair_list.choose(pair_id)
    soft = window.workspace.goals.cards[Role.MENTEE, Skill.SOFT]
    soft.edit_button.click()
    dialog = window.operations.dialog
    assert isinstance(dialog, GoalDialog)
    dialog.status.setCurrentIndex(dialog.status.findData(GoalStatus.DROPPED))
    click_ok(qtbot, dialog)
    assert soft.set_button.isVisibleTo(soft)  # the slot is free again

    soft.set_button.click()
    dialog = window.operations.dialog
    assert isinstance(dialog, GoalDialog)
    fill_goal(qtbot, dialog, "New soft goal", "Specific", "Measure 2")
    click_ok(qtbot, dialog)
    soft.review_button.click()
    review = window.operations.dialog
    assert isinstance(review, ReviewDialog)
    qtbot.keyClicks(review.reflection, "Started late")
    review.carry.setChecked(True)
    click_ok(qtbot, review)
    plans = services.goals.quarters(pair_id)
    carried = plans[1].goal_for(Skill.SOFT)
    assert carried is not None
    assert carried.title == "New soft goal"
    assert carried.carried_from == soft.goal.id  # type: ignore[union-attr]
    window.workspace.goals.choose_quarter(2)
    assert soft.review.text() == "Carried over from the quarter before."


def test_goal_models(qtmodeltester: ModelTester, services: Services, pair_id: int) -> None:
    quarters = QuarterListModel(services.goals)
    qtmodeltester.check(quarters, force_py=True)
    quarters.set_pair(pair_id)
    assert quarters.rowCount() == 2
    assert quarters.index(0, 0).data() == "Q1 · now"
    assert quarters.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("7 Sept – 6 Dec 2026")
    assert quarters.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    goal = services.goals.create(pair_id, GoalDraft(1, Skill.TECHNICAL, "T", date(2026, 11, 1)))
    assert goal.created is not None
    quarters.refresh({1})
    tip = quarters.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "7 Sept – 6 Dec 2026\nBen Okafor, technical: T"

    checkins = CheckInModel(services.goals)
    qtmodeltester.check(checkins, force_py=True)
    checkins.set_goal(services.goals.get(goal.created))
    services.goals.add_checkin(goal.created, date(2026, 10, 1), 30, "<b>not bold</b>")
    checkins.refresh(set())
    assert [checkins.index(0, c).data() for c in range(3)] == [
        "1 Oct 2026",
        "30%",
        "<b>not bold</b>",
    ]
    added = services.goals.add_checkin(goal.created, date(2026, 9, 20), 10).created
    checkins.refresh(set())
    assert checkins.id_at(0) == added  # oldest first: inserted above


def test_milestones_are_added_ticked_and_removed_on_the_goal_card(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    goal_id = (
        services.goals.create(
            pair_id, GoalDraft(1, Skill.TECHNICAL, "Write SQL", date(2026, 11, 30))
        ).created
        or 0
    )
    window = make_window()
    window.pair_list.choose(pair_id)
    card = window.workspace.goals.cards[Role.MENTEE, Skill.TECHNICAL]
    assert card.add_milestone.isVisibleTo(card)
    card.add_milestone.click()
    dialog = window.operations.dialog
    assert isinstance(dialog, MilestoneDialog)
    assert dialog.due.date() == QDate(2026, 11, 21)  # today, inside the quarter
    qtbot.keyClicks(dialog.text, "First query reviewed")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.operations.dialog is None)
    [(_step, tick)] = card.milestone_rows
    assert tick.accessibleName() == "First query reviewed — due 21 Nov 2026"
    assert not tick.isChecked()
    tick.click()  # reached today
    [(_step, tick)] = card.milestone_rows
    assert tick.isChecked()
    assert tick.accessibleName() == "First query reviewed — reached 21 Nov 2026"
    assert services.goals.get(goal_id).milestones[0].reached_on == date(2026, 11, 21)
    window.undo_stack.undo()
    assert services.goals.get(goal_id).milestones[0].reached_on is None
    remove = card.milestone_section.findChildren(QToolButton)[0]
    assert remove.accessibleName() == "Remove the milestone 'First query reviewed'"
    remove.click()
    assert services.goals.get(goal_id).milestones == ()
    assert card.milestone_rows == []
    window.undo_stack.undo()
    assert [m.text for m in services.goals.get(goal_id).milestones] == ["First query reviewed"]


def test_the_skill_is_rated_before_and_after_on_the_goal_card(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    goal_id = (
        services.goals.create(
            pair_id, GoalDraft(1, Skill.SOFT, "Speak up in planning", date(2026, 11, 30))
        ).created
        or 0
    )
    window = make_window()
    window.pair_list.choose(pair_id)
    card = window.workspace.goals.cards[Role.MENTEE, Skill.SOFT]
    assert card.assessment.text() == "not rated yet"
    card.assess_button.click()
    dialog = window.operations.dialog
    assert isinstance(dialog, AssessmentDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Self-Assessment — Ben Okafor: Speak up in planning"
    assert dialog.chosen_stage() is Stage.BEFORE
    # the scale's words are the guidance file's
    assert dialog.points.itemText(0) == "1 · I avoid situations that need it."
    click_ok(qtbot, dialog)  # nothing chosen: said in the dialog, which stays
    assert window.operations.dialog is dialog
    dialog.points.setFocus()
    qtbot.keyClick(dialog.points, Qt.Key.Key_2)  # typing 2 chooses the second point
    assert dialog.points.currentData() == 2
    qtbot.keyClicks(dialog.evidence, "Silent in most plannings")
    qtbot.keyClick(dialog.evidence, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.operations.dialog is None)
    assert card.assessment.text() == "2 of 5 at the start"
    card.assess_button.click()
    again = window.operations.dialog
    assert isinstance(again, AssessmentDialog)
    assert again.chosen_stage() is Stage.AFTER  # the start is rated: the end next
    qtbot.keyClick(again.points, Qt.Key.Key_4)
    qtbot.keyClicks(again.evidence, "Ran the planning twice")
    click_ok(qtbot, again)
    qtbot.waitUntil(lambda: window.operations.dialog is None)
    assert card.assessment.text() == "2 → 4 of 5"
    window.undo_stack.undo()
    assert card.assessment.text() == "2 of 5 at the start"
    assert services.goals.get(goal_id).assessment(Stage.AFTER) is None
