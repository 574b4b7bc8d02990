"""The collector paused while a large read builds its answer: pauses nest and overlap
across threads, and the collector runs again only when the last ends, if it ran before."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from mentordesk.ui.common.collector import collector_paused


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_while_the_work_runs_and_running_after() -> None:
    gc.enable()
    assert collector_paused(gc.isenabled) is False
    assert gc.isenabled()


def test_running_again_after_work_that_failed() -> None:
    gc.enable()

    def fails() -> None:
        raise RuntimeError("the read failed")

    with pytest.raises(RuntimeError):
        collector_paused(fails)
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    gc.disable()
    collector_paused(lambda: None)
    assert not gc.isenabled()


def test_overlapping_pauses_resume_it_only_when_the_last_ends() -> None:
    gc.enable()
    first_in, first_out, second_ended = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        first_in.set()
        first_out.wait(10)

    worker = threading.Thread(target=lambda: collector_paused(first))
    worker.start()
    first_in.wait(10)

    def second() -> None:
        seen.append(gc.isenabled())

    collector_paused(second)  # begins after the first and ends before it
    second_ended.set()
    seen.append(gc.isenabled())  # the first still runs: still paused
    first_out.set()
    worker.join(10)
    assert seen == [False, False]
    assert gc.isenabled()


def test_nested_pauses() -> None:
    gc.enable()
    inner = collector_paused(lambda: collector_paused(gc.isenabled))
    assert inner is False
    assert gc.isenabled()
