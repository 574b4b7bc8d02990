"""The Qt binding installed keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 returns None from every void call without taking a
reference to it, so each call drops one; after some tens of thousands (minutes of real
use) None is freed and Python aborts. pyproject.toml keeps that version out; this test
fails if a binding with the fault comes back. (From Python 3.12 on None is immortal and
its count never moves.)"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 300


def test_calls_that_return_nothing_leave_none_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
        timer.start(60_000)
    timer.stop()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"None lost {lost} references over {2 * CALLS} calls"
