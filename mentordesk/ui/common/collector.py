"""The cyclic garbage collector paused while a large read builds its answer.

A read of the whole team (its health: ten thousand meetings and sessions for 800 pairs)
allocates about a hundred thousand objects in a fraction of a second and frees nearly
all of them by reference counting. Meanwhile the collector would walk the young ones a
few hundred times and the whole heap once or twice (about 11 ms of a 150 ms read at 10x
the benchmark team, measured with `gc.callbacks`), finding no cycle worth the walk. The
command line's quick reads run with it paused for the same reason (`mentordesk.cli`).

Pauses nest and may overlap across threads: the collector runs again when the last one
ends, and only if it ran when the first began (the start keeps it off until the window
is up).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class _Pauses:
    """How many pauses are under way, and whether the collector ran before the first."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.resume = False


_PAUSES = _Pauses()


def collector_paused(work: Callable[[], T]) -> T:
    """`work()`, with the collector paused while it runs."""
    pauses = _PAUSES
    with pauses.lock:
        if pauses.count == 0:
            pauses.resume = gc.isenabled()
            gc.disable()
        pauses.count += 1
    try:
        return work()
    finally:
        with pauses.lock:
            pauses.count -= 1
            if pauses.count == 0 and pauses.resume:
                gc.enable()
