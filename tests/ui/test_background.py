"""The one helper for background work: results and errors come back on the GUI thread;
known conditions reach the caller, bugs the crash dialog; no widget off the GUI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.errors import DatabaseError
from mentordesk.paths import app_paths
from mentordesk.ui.common.background import Background, Known, UnexpectedError
from mentordesk.ui.window import application

Hooked = list[tuple[type[BaseException], str]]


@pytest.fixture
def lane(qtbot: QtBot) -> Iterator[Background]:
    owner = QObject()  # kept alive until the test ends
    background = Background(owner)
    yield background
    background.wait()


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> Hooked:
    """What reaches sys.excepthook (the crash dialog's door), and on which thread."""
    seen: Hooked = []

    def hook(kind: type[BaseException], error: BaseException, _tb: TracebackType | None) -> None:
        seen.append((kind, threading.current_thread().name))

    monkeypatch.setattr(sys, "excepthook", hook)
    return seen


def test_the_work_runs_off_the_gui_thread_and_its_result_comes_back_on_it(
    qtbot: QtBot, lane: Background
) -> None:
    worked_on: list[str] = []
    results: list[tuple[int, str]] = []

    def work() -> int:
        worked_on.append(threading.current_thread().name)
        return 42

    lane.run(work, lambda value: results.append((value, threading.current_thread().name)))
    with qtbot.waitSignal(lane.idle, timeout=5000):
        pass
    assert worked_on
    assert worked_on[0] != threading.main_thread().name
    assert results == [(42, threading.main_thread().name)]
    assert not lane.busy


def test_jobs_of_a_lane_run_one_at_a_time_in_order(qtbot: QtBot, lane: Background) -> None:
    order: list[int] = []
    for n in range(5):
        lane.run(lambda n=n: n, order.append)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4]


def test_a_known_condition_reaches_failed_and_never_the_crash_dialog(
    qtbot: QtBot, lane: Background, hooked: Hooked
) -> None:
    failures: list[tuple[Known, str]] = []

    def busy() -> None:
        raise DatabaseError("The database is busy.")

    def gone() -> None:
        raise FileNotFoundError("no such file: team.json")

    for work in (busy, gone):
        lane.run(
            work,
            lambda _r: pytest.fail("no result"),
            lambda error: failures.append((error, threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=5000)
    assert [type(error) for error, _ in failures] == [DatabaseError, FileNotFoundError]
    assert {thread for _, thread in failures} == {threading.main_thread().name}
    assert hooked == []


def test_a_bug_reaches_the_crash_dialog_on_the_gui_thread_and_the_caller_hears_of_it(
    qtbot: QtBot, lane: Background, hooked: Hooked
) -> None:
    failures: list[Known] = []

    def buggy() -> None:
        raise KeyError("a bug")

    lane.run(buggy, lambda _r: pytest.fail("no result"), failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert hooked == [(KeyError, threading.main_thread().name)]
    assert isinstance(failures[0], UnexpectedError)
    assert "details are in the log" in failures[0].message


def test_wait_with_deliver_hands_over_the_result_at_once(lane: Background) -> None:
    results: list[str] = []
    lane.run(lambda: "saved", results.append)
    lane.wait(deliver=True)
    assert results == ["saved"]


def test_the_crash_dialog_is_built_on_the_gui_thread_whatever_thread_raised(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append((text, threading.current_thread().name))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    application._install_crash_handler(app_paths())

    def bug_in_a_thread() -> None:
        raise RuntimeError("raised on a worker")

    worker = threading.Thread(target=bug_in_a_thread, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    text, thread = shown[0]
    assert "raised on a worker" in text
    assert thread == threading.main_thread().name


def test_the_same_bug_again_is_logged_but_shown_once(
    qtbot: QtBot, lane: Background, hooked: Hooked
) -> None:
    failures: list[Known] = []

    def buggy() -> None:
        raise KeyError("the same bug")

    for _ in range(3):
        lane.run(buggy, lambda _r: pytest.fail("no result"), failures.append)
    qtbot.waitUntil(lambda: len(failures) == 3, timeout=5000)
    assert hooked == [(KeyError, threading.main_thread().name)]  # one crash dialog
    assert all(isinstance(f, UnexpectedError) for f in failures)  # every caller told
