"""Qt for a command that draws but shows nothing (a PDF, icons): one QApplication on
the offscreen platform, as the window's own kind, so a window opened later in the same
process (a test run) still can be."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def offscreen_app() -> QCoreApplication:
    """The running application, or a new one drawing offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    return QApplication.instance() or QApplication([])
