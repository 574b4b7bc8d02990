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


def test_an_empty_team_is_shown_the_way_to_a_first_pair(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    warnings_shown: list[str],
) -> None:
    """Issue 29: with no pair the list says to add two people, then form a pair, and
    offers both buttons; the right shows the steps with theirs (not tabs that say
    'choose a pair'); each button opens what it names; as people and a pair come, the
    words follow and the tabs take over."""
    window = make_window()
    window.show()
    panel = window.pair_list
    assert panel.empty.text() == "No pairs yet.\n\nAdd two people, then form a pair of them."
    assert panel.new_person.isVisible()
    assert panel.new_pair.isVisible()
    assert window.right.currentWidget() is window.no_pairs_page
    texts = [b.text() for b in window.no_pairs.buttons]
    assert texts == ["New Person", "New Pair", "Load Demo Team", "Import"]
    assert all(b.isEnabled() for b in window.no_pairs.buttons)
    qtbot.mouseClick(panel.new_person, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "New Person"
    dialog.reject()
    qtbot.mouseClick(window.no_pairs.buttons[1], Qt.MouseButton.LeftButton)
    assert window.operations.dialog is None  # no pickers with nobody to pick
    assert warnings_shown == [
        "A pair is two people, and the team has 0 people so far: add them first with "
        "People ▸ New Person (Ctrl+Shift+N)."
    ]

    window.bridge.announce(services.people.create(PersonDraft("Ana Silva", "ana@example.org")))
    assert "Add one more person" in panel.empty.text()
    assert panel.new_person.isVisible()
    assert window.no_pairs.steps[0].text().endswith("One so far.")
    window.bridge.announce(services.people.create(PersonDraft("Ben Okafor", "ben@example.org")))
    assert window.no_pairs.steps[0].text().endswith("Done: 2 people.")
    qtbot.mouseClick(window.no_pairs.buttons[1], Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "New Pair"
    dialog.reject()
    assert panel.empty.text().endswith(
        "Form a pair of two people: a mentor and a mentee, or two peers."
    )
    assert not panel.new_person.isVisible()
    assert panel.new_pair.isVisible()
    assert not window.no_pairs.buttons[2].isEnabled()  # the demo loads into an empty team only
    people = {p.name: p.id for p in services.people.all()}
    window.bridge.announce(
        services.pairs.create(people["Ana Silva"], people["Ben Okafor"], date(2026, 11, 2))
    )
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.workspace, timeout=3000)
    assert panel.stack.currentWidget() is panel.table


def test_an_empty_people_window_and_team_overview_say_what_to_do(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    window = make_window()
    window.show()
    window.action_map[ActionId.MANAGE_PEOPLE].trigger()
    people = window.companions.people_window
    assert people is not None
    assert people.empty.showing_empty
    assert people.empty.message.text().startswith("No people yet.")
    window.action_map[ActionId.TEAM_OVERVIEW].trigger()
    team = window.companions.team_window
    assert team is not None
    qtbot.waitUntil(lambda: team.empty.showing_empty, timeout=3000)
    assert team.empty.message.text().startswith("No active pairs.")
    [form] = team.empty.buttons
    for name in ("Ana Silva", "Ben Okafor"):  # a pair needs two people to pick from
        services.people.create(PersonDraft(name, f"{name.split()[0].lower()}@example.org"))
    window.people_model.load()
    qtbot.mouseClick(form, Qt.MouseButton.LeftButton)
    dialog = window.operations.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "New Pair"
    dialog.reject()
