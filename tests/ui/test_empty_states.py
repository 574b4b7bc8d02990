"""A tab with nothing in it yet says what to do and offers the button that does it; for
an ended pair it says what was (and offers nothing)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.ui.meetings.series_dialog import SeriesDialog
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def new_pair(services: Services) -> int:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    return services.pairs.create(ana, ben, date(2026, 11, 2)).created or 0


def test_a_new_pair_is_offered_the_next_step_on_each_tab(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    pair_id = new_pair(services)
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_HEALTH].trigger()
    runs = window.workspace.health.no_runs
    assert runs.showing_empty
    assert [b.text() for b in runs.buttons] == ["Run a &Checklist…"]
    assert not window.workspace.health.start_button.isVisible()  # offered once
    window.action_map[ActionId.SHOW_MEETINGS].trigger()
    assert window.workspace.meetings.empty.showing_empty
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    sessions = window.workspace.sessions
    assert sessions.empty.showing_empty
    assert "No meetings yet" in sessions.empty.message.text()
    plan, _ad_hoc = sessions.empty.buttons
    assert not sessions.ad_hoc_button.isVisible()  # the empty log offers its own
    qtbot.mouseClick(plan, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert isinstance(dialog, SeriesDialog)
    dialog.ok_button.click()  # the suggested weekly meeting
    qtbot.waitUntil(lambda: not sessions.empty.showing_empty, timeout=3000)
    assert sessions.log.rowCount() > 0
    assert sessions.ad_hoc_button.isVisible()


def test_an_ended_pair_says_what_was_and_offers_nothing(
    make_window: Callable[[], MainWindow], services: Services
) -> None:
    pair_id = new_pair(services)
    services.pairs.end_pair(pair_id, date(2026, 11, 20), "Moved teams")
    window = make_window()
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    empty = window.workspace.sessions.empty
    assert empty.showing_empty
    assert empty.message.text() == "No meetings or sessions were recorded for this pair."
    assert not any(b.isVisible() for b in empty.buttons)
