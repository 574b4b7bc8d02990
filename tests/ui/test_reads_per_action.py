"""What one action reads and writes. A change of pair reads the pair once: one view of
it (the pair, today, the rules that follow) is handed to every tab and action; a change
to the pair reads it once more. An autosave patches its row of the log and writes only
what changed. Counted with spies that call through to the real services."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store
from mentordesk.ui.sessions.session_editor import SessionEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow


def spy(monkeypatch: pytest.MonkeyPatch, owner: object, name: str, calls: list[str]) -> None:
    """Note `name` in `calls` each time `owner.name` is called, and call it."""
    real = getattr(owner, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(name)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)


def recording(window: MainWindow, pair_id: int) -> SessionEditor:
    """The Sessions tab in front, Mon 16 Nov recorded, its editor ready for typing."""
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    panel.table.selectRow(2)
    panel.record_chosen()
    assert panel.editor.session is not None
    return panel.editor


@pytest.fixture
def pair_reads(services: Services, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every time the UI reads a pair."""
    calls: list[str] = []
    spy(monkeypatch, services.pairs, "get", calls)
    return calls


@pytest.mark.parametrize(
    "tab",
    [
        ActionId.SHOW_GOALS,
        ActionId.SHOW_SESSIONS,
        ActionId.SHOW_MEETINGS,
        ActionId.SHOW_HEALTH,
        ActionId.SHOW_AGREEMENT,
    ],
)
def test_switching_pair_reads_the_pair_once_whichever_tab_is_in_front(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_reads: list[str],
    tab: ActionId,
) -> None:
    services.demo.load()
    window = make_window()
    window.action_map[tab].trigger()
    ids = services.pairs.ids()
    window.pair_list.choose(ids[0])
    pair_reads.clear()
    window.pair_list.choose(ids[1])
    assert window.workspace.view is not None
    assert window.workspace.view.id == ids[1]
    assert pair_reads == ["get"]


# Round trips a change of pair costs on a server, by the tab in front: the statements it
# sends but BEGIN (a server's reads run without one; SQLite's cost no round trip). The
# Goals tab, in front at every start and in the benchmark's switch, is held to issue
# 23's budget of 5; the others (a session's log and editor, the signals) read more, and
# are held where they are. Issue 25 added two reads to the signals (the last meetings'
# feedback, the last check-in on each goal; the open items' owners come with the overdue
# count) and three to the Health tab (its feedback and balance box).
STATEMENTS = {
    ActionId.SHOW_GOALS: 5,
    ActionId.SHOW_SESSIONS: 16,
    ActionId.SHOW_MEETINGS: 12,
    ActionId.SHOW_HEALTH: 23,
    ActionId.SHOW_AGREEMENT: 16,
}


@pytest.mark.parametrize("tab", STATEMENTS)
def test_switching_pair_sends_few_statements(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    store: Store,
    tab: ActionId,
) -> None:
    """Counted on the engine, as a server sees them (its reads send no BEGIN)."""
    services.demo.load()
    window = make_window()
    window.action_map[tab].trigger()
    ids = services.pairs.ids()
    window.pair_list.choose(ids[0])
    sent: list[str] = []

    def note(*args: object) -> None:
        if str(args[2]).split(None, 1)[0] != "BEGIN":
            sent.append(str(args[2]).split(None, 1)[0])

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        window.pair_list.choose(ids[1])
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    assert window.workspace.view is not None
    assert window.workspace.view.id == ids[1]
    assert len(sent) <= STATEMENTS[tab], sent


def test_a_change_to_the_pair_reaches_every_tab_with_one_more_read(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_reads: list[str],
) -> None:
    services.demo.load()
    window = make_window()
    window.action_map[ActionId.SHOW_MEETINGS].trigger()
    pair_id = services.pairs.ids()[0]
    window.pair_list.choose(pair_id)
    assert window.workspace.meetings.plan_button.isEnabled()
    ended = services.pairs.get(pair_id)
    today = services.pairs.today()
    pair_reads.clear()
    window.bridge.run(lambda: services.pairs.end(ended.id, today, "moved teams"))
    assert window.workspace.view is not None
    assert not window.workspace.view.editable
    assert not window.workspace.meetings.plan_button.isEnabled()  # no read of its own
    assert not window.action_map[ActionId.EDIT_AGREEMENT].isEnabled()
    assert pair_reads == ["get"]


def test_an_autosave_updates_its_row_of_the_log_without_reading_the_log(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    editor = recording(window, pair_id)
    assert editor.session is not None
    session_id = editor.session.id
    panel = window.workspace.sessions
    logs: list[str] = []
    spy(monkeypatch, services.sessions, "log", logs)
    qtbot.keyClicks(editor.topics, "Code review")
    qtbot.keyClicks(editor.notes, "Ben prefers small PRs")
    qtbot.waitUntil(lambda: panel.log.index(2, 2).data() == "Code review", timeout=5000)
    qtbot.waitUntil(
        lambda: services.sessions.get(session_id).notes == "Ben prefers small PRs", timeout=5000
    )
    qtbot.waitUntil(lambda: not editor.autosaver.busy, timeout=5000)
    assert panel.log.index(2, 1).data() == "Held"
    assert logs == []  # every save patched its row; the log was never read again
    panel.record_ad_hoc()  # a session new to the log: that reads it
    assert logs == ["log"]


def test_an_autosave_writes_the_private_note_only_when_it_changed(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = recording(make_window(), pair_id)
    assert editor.session is not None
    session_id = editor.session.id
    writes: list[str] = []
    spy(monkeypatch, services.sessions, "save", writes)
    spy(monkeypatch, services.sessions, "save_private_note", writes)

    def typed(box: object, text: str) -> None:
        qtbot.keyClicks(box, text)
        assert editor.autosaver.flush()

    typed(editor.notes, "Ben prefers small PRs")  # the first save writes both parts
    assert writes == ["save", "save_private_note"]
    writes.clear()
    typed(editor.notes, ". Reviews next week")
    typed(editor.topics, "Code review")
    assert writes == ["save", "save"]  # the private note was not written again
    writes.clear()
    typed(editor.private_note, "Seemed unsure")
    assert writes == ["save", "save_private_note"]  # the shared part always goes
    session = services.sessions.get(session_id)
    assert session.notes == "Ben prefers small PRs. Reviews next week"
    assert session.topics == ("Code review",)
    me = services.people.find("ana-silva")
    assert me is not None
    note = session.private_note_of(me.id)
    assert note is not None
    assert note.text == "Seemed unsure"


def test_a_tab_behind_shows_the_pair_as_it_is_when_it_comes_to_the_front(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    window.pair_list.choose(pair_id)
    window.workspace.meetings  # noqa: B018 (built behind the Goals tab; it waits to read)
    window.bridge.run(lambda: services.pairs.end(pair_id, services.pairs.today(), "moved"))
    window.action_map[ActionId.SHOW_MEETINGS].trigger()
    assert not window.workspace.meetings.plan_button.isEnabled()  # the ended pair, not the old


def test_a_change_to_the_meetings_rereads_a_log_that_waits_for_a_patch(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, pair_id: int
) -> None:
    window = make_window()
    editor = recording(window, pair_id)
    assert editor.session is not None
    qtbot.keyClicks(editor.notes, "Ben prefers small PRs")
    window.action_map[ActionId.SHOW_GOALS].trigger()
    assert editor.autosaver.flush()  # announced while the log is behind: a patch waits
    log = window.workspace.sessions.log
    rows = log.rowCount()
    occurrence = services.meetings.occurrences(pair_id)[-1]
    window.bridge.run(  # the log lists the meetings: it must be read again
        lambda: services.meetings.skip(occurrence.series_id, occurrence.original_date)
    )
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    assert log.rowCount() == rows
    last = log.record_at(rows - 1)
    assert last is not None
    assert last.status.value == "cancelled"  # read again, not only patched
