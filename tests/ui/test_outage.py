"""The team database goes away while the pair types: the editor says the text is kept on
this computer, the status bar says the server is away, and the text reaches the server
when it answers again."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from mentordesk.domain.people import PersonDraft
from mentordesk.errors import ServerUnavailableError
from mentordesk.paths import app_paths
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.store.unit_of_work import Store
from mentordesk.ui.window import application
from mentordesk.ui.window.main_window import MainWindow


@dataclass
class Meeting:
    """A window in team mode on Ana and Ben's first session, and its server's outage."""

    window: MainWindow
    services: Services
    outage: Any
    session_id: int
    ben: int


@pytest.fixture
def meeting(
    qtbot: QtBot,
    team_install: tuple[Store, Any],
    clock: FixedClock,
    settings_store: SettingsStore,
    ui_state: QSettings,
    team: TeamDatabaseService,
    monkeypatch: pytest.MonkeyPatch,
) -> Meeting:
    store, outage = team_install
    services = Services.over(store, clock)
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    session_id = services.sessions.open_for(pair_id)[0]
    services.sessions.add_action_item(session_id, ben, "Read the style guide")
    monkeypatch.setattr(type(services.safety), "is_local", property(lambda _: False))
    settings_store.save(settings_store.load().with_changes(current_user="ana-silva"))
    window = MainWindow(services, settings_store, ui_state, team)
    qtbot.addWidget(window)
    window.show()
    window.pair_list.choose(pair_id)
    window.workspace.setCurrentWidget(window.workspace.sessions_tab)
    window.workspace.sessions.choose_session(session_id)
    return Meeting(window, services, outage, session_id, ben)


def test_typing_through_an_outage_loses_nothing(qtbot: QtBot, meeting: Meeting) -> None:
    window, services, outage = meeting.window, meeting.services, meeting.outage
    session_id = meeting.session_id
    assert window.guards.remote is not None
    editor = window.workspace.sessions.editor
    qtbot.waitUntil(
        lambda: window.guards.remote is not None and not window.guards.remote.busy, timeout=5000
    )

    outage.start()
    qtbot.keyClicks(editor.notes, "Ben demos on Friday")
    qtbot.waitUntil(lambda: editor.error.isVisibleTo(window), timeout=5000)
    assert editor.error.text().startswith("Kept on this computer: the team database cannot")
    assert editor.notes.toPlainText() == "Ben demos on Friday"  # still there to read
    window.guards.remote.look()
    qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage())
    assert services.edits.kept_count() == 1

    outage.end()
    window.guards.remote.look()
    qtbot.waitUntil(lambda: "sent 1 edit" in window.statusBar().currentMessage(), timeout=5000)
    assert services.sessions.get(session_id).notes == "Ben demos on Friday"
    assert services.edits.kept_count() == 0
    qtbot.waitUntil(lambda: not editor.error.isVisibleTo(window), timeout=5000)

    qtbot.keyClicks(editor.notes, ".")  # typing on saves on the version the send left
    editor.autosaver.flush()
    assert editor.conflict is None
    assert services.sessions.get(session_id).notes == "Ben demos on Friday."


def test_a_private_note_kept_in_an_outage_survives_the_shared_edits_after_it(
    qtbot: QtBot, meeting: Meeting
) -> None:
    window, services, outage = meeting.window, meeting.services, meeting.outage
    editor = window.workspace.sessions.editor
    remote = window.guards.remote
    assert remote is not None
    qtbot.waitUntil(lambda: not remote.busy, timeout=5000)
    qtbot.keyClicks(editor.notes, "Ben demos")
    assert editor.autosaver.flush()  # reached the server: the private note is unchanged since

    outage.start()
    qtbot.keyClicks(editor.private_note, "Ask about the deadline")
    editor.autosaver.flush()  # kept on this computer
    qtbot.keyClicks(editor.notes, " on Friday")
    editor.autosaver.flush()  # kept too, in place of the first: it must carry the note
    assert services.edits.kept_count() == 1

    outage.end()
    remote.look()
    qtbot.waitUntil(lambda: "sent 1 edit" in window.statusBar().currentMessage(), timeout=5000)
    session = services.sessions.get(meeting.session_id)
    assert session.notes == "Ben demos on Friday"
    ana = services.people.find("ana-silva")
    assert ana is not None
    note = session.private_note_of(ana.id)
    assert note is not None
    assert note.text == "Ask about the deadline"


def test_action_items_during_an_outage_are_refused_plainly(qtbot: QtBot, meeting: Meeting) -> None:
    services, outage, session_id = meeting.services, meeting.outage, meeting.session_id
    window = meeting.window
    editor = window.workspace.sessions.editor

    outage.start()
    qtbot.keyClicks(editor.new_item, "Book the room")
    editor.add_action_item()
    assert editor.error.text().startswith("Not saved: The team database cannot be reached")
    assert editor.new_item.text() == "Book the room"  # still there to add again

    editor.items.setData(
        editor.items.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert editor.items.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked  # the tick went back: it was not saved
    )
    outage.end()
    editor.add_action_item()
    assert [i.text for i in services.sessions.get(session_id).action_items] == [
        "Read the style guide",
        "Book the room",
    ]


def test_a_read_the_server_could_not_answer_is_told_plainly(
    warnings_shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    application._install_crash_handler(app_paths())
    away = ServerUnavailableError("The team database cannot be reached: connection refused.")
    sys.excepthook(type(away), away, None)
    assert warnings_shown == [
        "The team database cannot be reached: connection refused.\n\nNothing saved before was lost."
    ]
    sys.excepthook(RuntimeError, RuntimeError("a bug"), None)
    assert warnings_shown[1].startswith("Something went wrong that MentorDesk did not expect")
