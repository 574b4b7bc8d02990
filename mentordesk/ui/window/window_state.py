"""What the main window remembers between runs: its geometry, toolbars, the splitter
and the chosen pair, kept in the ui-state file beside the settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from mentordesk.ui.common.screen_room import fit_to_screen

DEFAULT_SIZE = (1280, 800)


def _bytes(state: QSettings, key: str) -> QByteArray | None:
    value = state.value(key, QByteArray(), type=QByteArray)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore(state: QSettings, window: QMainWindow, splitter: QSplitter) -> int:
    """Put the window back as it was left; the id of the pair chosen then (0: none)."""
    if (geometry := _bytes(state, "main/geometry")) is not None:
        window.restoreGeometry(geometry)
    else:  # a first start: the default size, or the screen's room on a small one
        fit_to_screen(window, *DEFAULT_SIZE)
    if (layout := _bytes(state, "main/state")) is not None:
        window.restoreState(layout)
    if (split := _bytes(state, "main/splitter")) is not None:
        splitter.restoreState(split)
    last = state.value("main/pair", 0, type=int)
    return last if isinstance(last, int) else 0


def keep(state: QSettings, window: QMainWindow, splitter: QSplitter, pair_id: int | None) -> None:
    """Remember the window as it is now, for the next start."""
    state.setValue("main/geometry", window.saveGeometry())
    state.setValue("main/state", window.saveState())
    state.setValue("main/splitter", splitter.saveState())
    state.setValue("main/pair", pair_id or 0)
    state.sync()
