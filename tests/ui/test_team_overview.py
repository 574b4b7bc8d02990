"""The Team Overview reads every pair's health, which takes a while with a large team: it
reads again only while it is shown, once after a burst of changes, never behind a modal
dialog, and keeps its rows on screen meanwhile (issue 23)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import Pair
from mentordesk.domain.people import PersonDraft
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.health import Early
from mentordesk.ui.health import team_window
from mentordesk.ui.health.team_window import TeamWindow
from mentordesk.ui.sessions.session_editor import SessionEditor
from mentordesk.ui.window.actions import ActionId
from mentordesk.ui.window.main_window import MainWindow

UPDATING = "Updating…"


class Reads:
    """A call-through spy on `services.health.team`, the read the overview makes: counts
    the reads and, when held, keeps each one's result until let go."""

    def __init__(self, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        self.collecting: list[bool] = []  # whether the collector ran, at each read
        self.early: list[bool] = []  # whether the first rows were asked for early
        self.started = threading.Event()  # a read has begun (and read the database)
        self._gate: threading.Event | None = None
        self._real = services.health.team
        monkeypatch.setattr(services.health, "team", self)

    def __call__(self, early: Early | None = None) -> list[tuple[Pair, HealthSignals]]:
        self.count += 1
        self.collecting.append(gc.isenabled())
        self.early.append(early is not None)
        team = self._real(early)  # the database as it is now; the first rows handed early
        self.started.set()
        if (gate := self._gate) is not None:
            gate.wait(10)
        return team

    def reset(self) -> None:
        """Count from now on."""
        self.count = 0
        self.started.clear()

    def hold(self) -> None:
        self._gate = threading.Event()

    def release(self) -> None:
        if self._gate is not None:
            self._gate.set()
        self._gate = None


@pytest.fixture
def reads(services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[Reads]:
    """The overview's reads, counted (and let go at the end, whatever happened)."""
    spy = Reads(services, monkeypatch)
    yield spy
    spy.release()


class NoModal:
    """Looks for a modal window every time it is asked."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def check(self) -> None:
        if (modal := QApplication.activeModalWidget()) is not None:
            self.seen.append(type(modal).__name__)


def quiet(team: TeamWindow) -> bool:
    """No read under way or waiting, and no timer counting down to one."""
    timers = team.findChildren(QTimer)
    return not team.lane.busy and not any(timer.isActive() for timer in timers)


def settle(qtbot: QtBot, team: TeamWindow, modal: NoModal) -> None:
    """Wait until the overview has read what it is going to read."""

    def done() -> bool:
        modal.check()
        return quiet(team)

    qtbot.waitUntil(done, timeout=10000)


def open_team(qtbot: QtBot, window: MainWindow, modal: NoModal) -> TeamWindow:
    window.companions.show_team()
    team = window.companions.team_window
    assert team is not None
    qtbot.waitUntil(lambda: team.model.rowCount() == 1)
    settle(qtbot, team, modal)
    return team


def open_session(window: MainWindow, pair_id: int, qtbot: QtBot) -> SessionEditor:
    """The editor of the pair's third meeting, recorded (this creates its session)."""
    window.pair_list.choose(pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    panel = window.workspace.sessions
    panel.table.selectRow(2)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor.session is not None
    return editor


def type_a_while(qtbot: QtBot, editor: SessionEditor, team: TeamWindow, modal: NoModal) -> int:
    """Type words into the topics, the notes and the private note, each burst saved before
    the next (an autosave, announced, each time); the rows stay meanwhile. Returns how many
    saves were announced."""
    saves = 0
    for field, words in (
        (editor.topics, "Release planning"),
        (editor.notes, "Talked about "),
        (editor.notes, "the release train."),
        (editor.private_note, "Ben seemed tired"),
    ):
        with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
            qtbot.keyClicks(field, words)
        saves += 1
        modal.check()
        assert team.model.rowCount() == 1
    return saves


def test_typing_while_the_overview_is_hidden_reads_nothing_until_it_is_shown(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    reads: Reads,
) -> None:
    window, modal = make_window(), NoModal()
    editor = open_session(window, pair_id, qtbot)
    team = open_team(qtbot, window, modal)
    team.close()  # Escape or the title bar's close: hidden, kept for next time
    reads.reset()
    saves = type_a_while(qtbot, editor, team, modal)
    window.bridge.announce(ChangeSet.of_pairs(pair_id))  # a change that does matter, too
    settle(qtbot, team, modal)
    assert (saves, reads.count) == (4, 0)
    window.companions.show_team()  # shown again: one read, of everything changed meanwhile
    settle(qtbot, team, modal)
    assert reads.count == 1
    assert team.model.rowCount() == 1
    assert UPDATING not in team.summary.text()
    assert modal.seen == []


def test_typing_with_the_overview_shown_reads_at_most_once_after_the_typing(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    reads: Reads,
) -> None:
    """Every autosave announces the session: what `ChangeSet` says of a save cannot tell
    words from a status, so the overview reads once after the typing, not at each save."""
    window, modal = make_window(), NoModal()
    editor = open_session(window, pair_id, qtbot)
    team = open_team(qtbot, window, modal)
    reads.reset()
    assert type_a_while(qtbot, editor, team, modal) == 4
    settle(qtbot, team, modal)
    assert reads.count <= 1
    assert team.model.rowCount() == 1
    assert modal.seen == []


def test_typing_alone_never_reads_the_team_again(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    reads: Reads,
) -> None:
    """Health signals do not depend on the words: typing should cost no read at all."""
    window, modal = make_window(), NoModal()
    editor = open_session(window, pair_id, qtbot)
    team = open_team(qtbot, window, modal)
    reads.reset()
    type_a_while(qtbot, editor, team, modal)
    settle(qtbot, team, modal)
    assert reads.count == 0


def test_a_burst_of_changes_is_read_once_and_the_rows_stay_meanwhile(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
    reads: Reads,
) -> None:
    monkeypatch.setattr(team_window, "PAUSE_MS", 1000)  # longer than the burst
    window, modal = make_window(), NoModal()
    team = open_team(qtbot, window, modal)
    said = team.summary.text()
    reads.reset()
    reads.hold()
    for _ in range(10):
        window.bridge.announce(ChangeSet.of_pairs(pair_id))
        QApplication.processEvents()
        modal.check()
    assert reads.count == 0  # not at each change
    qtbot.waitUntil(reads.started.is_set, timeout=5000)
    modal.check()
    assert team.model.rowCount() == 1  # the rows read before stay until the new ones come
    assert team.summary.text() == f"{said} {UPDATING}"  # said quietly in its own line
    reads.release()
    settle(qtbot, team, modal)
    assert reads.count == 1
    assert team.summary.text() == said
    assert team.model.rowCount() == 1
    assert modal.seen == []


def test_changes_that_never_pause_are_read_at_the_latest_after_a_while(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
    reads: Reads,
) -> None:
    monkeypatch.setattr(team_window, "PAUSE_MS", 60_000)  # never reached while changes go on
    monkeypatch.setattr(team_window, "LONGEST_WAIT_MS", 200)
    window, modal = make_window(), NoModal()
    team = open_team(qtbot, window, modal)
    reads.reset()

    def another_change() -> bool:
        window.bridge.announce(ChangeSet.of_pairs(pair_id))
        modal.check()
        return reads.count > 0

    qtbot.waitUntil(another_change, timeout=5000)
    team.close()
    team.lane.wait(deliver=True)
    assert modal.seen == []


def test_a_newer_read_waits_for_the_one_under_way_and_its_rows_come_last(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    pair_id: int,
    monkeypatch: pytest.MonkeyPatch,
    reads: Reads,
) -> None:
    monkeypatch.setattr(team_window, "PAUSE_MS", 50)
    window, modal = make_window(), NoModal()
    team = open_team(qtbot, window, modal)
    shown: list[int] = []
    team.model.modelReset.connect(lambda: shown.append(team.model.rowCount()))
    reads.reset()
    reads.hold()
    window.bridge.announce(ChangeSet.of_pairs(pair_id))
    qtbot.waitUntil(reads.started.is_set, timeout=5000)  # read: one pair, held back
    cleo = services.people.create(PersonDraft("Cleo Diaz", "cleo@example.org")).created
    dan = services.people.create(PersonDraft("Dan Wu", "dan@example.org")).created
    window.bridge.run(lambda: services.pairs.create(cleo or 0, dan or 0, date(2026, 9, 7)))
    qtbot.waitUntil(lambda: not any(t.isActive() for t in team.findChildren(QTimer)))
    assert reads.count == 1  # the newer read waits: reads never pile up behind each other
    reads.release()
    settle(qtbot, team, modal)
    assert reads.count == 2
    assert shown == [1, 2]  # the older read's rows, then the newer's: never the other way
    assert UPDATING not in team.summary.text()
    assert modal.seen == []


def test_a_minimised_overview_reads_when_it_comes_back(
    qtbot: QtBot, make_window: Callable[[], MainWindow], pair_id: int, reads: Reads
) -> None:
    window, modal = make_window(), NoModal()
    team = open_team(qtbot, window, modal)
    team.setWindowState(Qt.WindowState.WindowMinimized)
    reads.reset()
    for _ in range(3):
        window.bridge.announce(ChangeSet.of_pairs(pair_id))
    settle(qtbot, team, modal)
    assert reads.count == 0
    team.setWindowState(Qt.WindowState.WindowNoState)
    settle(qtbot, team, modal)
    assert reads.count == 1
    assert modal.seen == []


def test_the_read_runs_with_the_collector_paused_and_it_runs_again_after(
    qtbot: QtBot, make_window: Callable[[], MainWindow], pair_id: int, reads: Reads
) -> None:
    window, modal = make_window(), NoModal()
    gc.enable()  # as once the window is up
    open_team(qtbot, window, modal)
    assert reads.collecting == [False]
    assert gc.isenabled()


def test_a_large_team_shows_its_first_rows_before_the_rest_is_read(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, reads: Reads
) -> None:
    """The rows that fill the window show as soon as they are read; the rest of the team
    follows after them (in the same snapshot), the first rows, the chosen one and the
    scroll position left as they were; a later read keeps the rows until it has all."""
    people = [
        services.people.create(PersonDraft(f"Person {n:02d}", f"p{n:02d}@example.org")).created
        for n in range(2 * (team_window.FIRST_ROWS + 10))
    ]
    for mentor, mentee in zip(people[::2], people[1::2], strict=True):
        services.pairs.create(mentor, mentee, date(2026, 9, 7))
    pairs = len(people) // 2
    window, modal = make_window(), NoModal()
    reads.hold()  # each read waits, once it has read everything, until let go
    window.companions.show_team()
    team = window.companions.team_window
    assert team is not None
    first = team._rows_in_view()
    assert team_window.FIRST_ROWS <= first < pairs
    qtbot.waitUntil(lambda: team.model.rowCount() == first)  # the first rows, early
    assert "Reading every pair" in team.summary.text()
    titles = [team.model.data(team.model.index(r, 0)) for r in range(first)]
    assert titles[:2] == ["Person 00 → Person 01", "Person 02 → Person 03"]
    team.table.selectRow(3)
    reads.release()
    qtbot.waitUntil(lambda: team.model.rowCount() == pairs)
    settle(qtbot, team, modal)
    assert [team.model.data(team.model.index(r, 0)) for r in range(first)] == titles
    assert team.table.currentIndex().row() == 3
    assert reads.count == 1
    assert f"{pairs} active pairs" in team.summary.text()
    reads.hold()  # read again: the rows read before stay until the new read has them all
    window.companions.show_team()
    qtbot.waitUntil(lambda: UPDATING in team.summary.text())
    assert team.model.rowCount() == pairs
    reads.release()
    settle(qtbot, team, modal)
    assert team.model.rowCount() == pairs
    assert reads.early == [True, False]  # a later read is not split: nothing to show early
    assert modal.seen == []
