"""Work that can wait: done a step at a time while the event loop has nothing to do."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer


def run_in_idle(parent: QObject, steps: Sequence[Callable[[], object]], gap_ms: int) -> QTimer:
    """Run `steps` in order, one per timer tick `gap_ms` apart, so input waits for one
    step at most; the timer (owned by `parent`) stops after the last."""
    pending = list(steps)
    timer = QTimer(parent)
    timer.setInterval(gap_ms)

    def step() -> None:
        if pending:
            pending.pop(0)()
        if not pending:
            timer.stop()

    timer.timeout.connect(step)
    timer.start()
    return timer
