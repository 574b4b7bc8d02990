"""Helpers for tests that drive real windows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active window, as a click on it would on a desktop: shortcuts
    answer in the active window only (the offscreen platform activates just the first)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
