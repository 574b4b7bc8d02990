"""Team mode's watch on the pair on screen: a switch of pair asks for its baseline at
once, and the next look comes a whole interval later, not a moment after (issue 23:
round trips per pair switch)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.data.remote_watch import RemoteWatch

INTERVAL_MS = 400


def test_a_pair_switch_looks_at_once_and_starts_the_interval_again(
    qtbot: QtBot, services: Services, pair_id: int
) -> None:
    watch = RemoteWatch(services, ChangeBridge(), interval_ms=INTERVAL_MS)
    (timer,) = watch.findChildren(QTimer)
    qtbot.waitUntil(lambda: timer.remainingTime() < INTERVAL_MS // 2)  # half gone by
    watch.watch(pair_id)
    assert watch.busy  # the baseline, asked at once
    assert timer.remainingTime() > INTERVAL_MS * 3 // 4  # the next look: an interval on
    qtbot.waitUntil(lambda: not watch.busy)
    watch.stop()
    assert not timer.isActive()
