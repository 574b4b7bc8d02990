"""Meetings in the GUI: plan a series, skip a week, move another, export the calendar file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.ui.meetings.move_dialog import MoveDialog
from mentordesk.ui.meetings.occurrence_model import OccurrenceModel
from mentordesk.ui.meetings.series_dialog import SeriesDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def pair_id(services: Services) -> int:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
    created = services.pairs.create(ana, ben, date(2026, 9, 7)).created
    assert created is not None
    return created


def status_of(window: MainWindow, row: int) -> str:
    return str(window.workspace.meetings.occurrences.index(row, 2).data())


def test_plan_skip_move_and_export(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    qtbot.keyClick(window.pair_list.table, Qt.Key.Key_3, CTRL)
    assert window.workspace.currentWidget() is window.workspace.meetings_tab
    panel = window.workspace.meetings
    assert panel.summary.text().startswith("No weekly meeting planned")

    qtbot.mouseClick(panel.plan_button, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, SeriesDialog)
    dialog.weekday.setCurrentIndex(0)  # Monday: the first date follows
    assert dialog.first_date.date() == QDate(2026, 11, 23)  # this coming Monday
    dialog.first_date.setDate(QDate(2026, 11, 30))  # they start the week after
    dialog.timezone.setCurrentText("Europe/Berlin")
    dialog.start.setTime(QTime(16, 0))
    qtbot.keyClicks(dialog.location, 'Room 3.14; "blue"')
    dialog.until.setDate(QDate(2026, 12, 21))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.operations.dialog is None
    assert panel.summary.text().startswith("Mondays 16:00–16:45 · every week · Room 3.14")
    assert panel.occurrences.rowCount() == 4  # 30 Nov to 21 Dec
    window.action_map[ActionId.SHOW_AGREEMENT].trigger()  # the overview tab
    assert window.workspace.overview.next_meeting.text().startswith("Mon, 30 Nov 2026, 16:00–16:45")
    window.action_map[ActionId.SHOW_MEETINGS].trigger()
    model = window.pair_model
    assert (
        model.index(model.row_of(pair_id) or 0, 3).data() == "Mon, 30 Nov, 15:00 here"
    )  # the meeting is in Berlin

    panel.table.selectRow(1)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert status_of(window, 1) == "Skipped"
    window.undo_stack.undo()
    assert status_of(window, 1) == "Planned"
    window.undo_stack.redo()
    assert status_of(window, 1) == "Skipped"

    panel.table.selectRow(2)
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    move = window.operations.dialog
    assert isinstance(move, MoveDialog)
    move.when.setDateTime(QDateTime(QDate(2026, 12, 21), QTime(9, 0)))
    assert (
        move.warnings.text() == "Note: Mon, 21 Dec 2026 already has this pair's meeting (at 16:00)."
    )
    move.when.setDateTime(QDateTime(QDate(2026, 12, 15), QTime(17, 30)))
    assert move.warnings.text() == ""
    move.location.setText("Cafe")
    qtbot.mouseClick(
        move.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert status_of(window, 2) == "Moved from Mon, 14 Dec"
    assert panel.occurrences.index(2, 1).data() == "Cafe"

    target = tmp_path / "meetings.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    calendar = Calendar.from_ical(target.read_bytes())
    master, moved = calendar.walk("VEVENT")
    assert calendar["METHOD"] == "PUBLISH"
    assert master["EXDATE"].dts[0].dt.isoformat() == "2026-12-07T16:00:00+01:00"
    assert moved["RECURRENCE-ID"].dt.isoformat() == "2026-12-14T16:00:00+01:00"
    assert moved["DTSTART"].dt.isoformat() == "2026-12-15T17:30:00+01:00"
    assert str(master["LOCATION"]) == 'Room 3.14; "blue"'
    assert window.statusBar().currentMessage() == f"Calendar file written to {target}."


def test_occurrence_model(qtmodeltester: ModelTester, services: Services, pair_id: int) -> None:
    from datetime import time

    from mentordesk.domain.meetings import SeriesDraft

    model = OccurrenceModel(services.meetings)
    qtmodeltester.check(model, force_py=True)
    model.set_pair(pair_id)
    assert model.rowCount() == 0
    draft = SeriesDraft(
        "MO", time(16), 45, "Europe/Berlin", date(2026, 11, 2), date(2026, 11, 30), 1, "Room"
    )
    series_id = services.meetings.plan(pair_id, draft).created or 0
    model.refresh_all()
    assert model.rowCount() == 5
    model.now = services.meetings.now()
    assert model.index(0, 2).data() == "Past"
    services.meetings.skip(series_id, date(2026, 11, 23))
    model.refresh_all()
    assert model.index(3, 2).data() == "Skipped"
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
