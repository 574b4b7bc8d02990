"""What the main window remembers between runs: its geometry, toolbars, the splitter,
the chosen pair and tab, and the folder files were last read from or written to, kept in
the ui-state file beside the settings. Kept a moment after each change (not only on
closing), so a crash or a killed process loses at most that moment."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

from mentordesk.ui.common.file_dialogs import last_folder, use_folder
from mentordesk.ui.common.screen_room import fit_to_screen

DEFAULT_SIZE = (1280, 800)
KEEP_AFTER_MS = 1000  # a change is written this long after the last one


@dataclass(frozen=True)
class Left:
    """How the window was left: the pair chosen then (0: none) and the tab in front."""

    pair: int
    tab: int


def _bytes(state: QSettings, key: str) -> QByteArray | None:
    value = state.value(key, QByteArray(), type=QByteArray)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _number(state: QSettings, key: str) -> int:
    value = state.value(key, 0, type=int)
    return value if isinstance(value, int) else 0


def restore(state: QSettings, window: QMainWindow, splitter: QSplitter) -> Left:
    """Put the window back as it was left; which pair and tab were in front."""
    if (geometry := _bytes(state, "main/geometry")) is not None:
        window.restoreGeometry(geometry)
    else:  # a first start: the default size, or the screen's room on a small one
        fit_to_screen(window, *DEFAULT_SIZE)
    if (layout := _bytes(state, "main/state")) is not None:
        window.restoreState(layout)
    if (split := _bytes(state, "main/splitter")) is not None:
        splitter.restoreState(split)
    folder = state.value("main/folder", "", type=str)
    if isinstance(folder, str) and folder and Path(folder).is_dir():
        use_folder(Path(folder))
    return Left(_number(state, "main/pair"), _number(state, "main/tab"))


def keep(
    state: QSettings,
    window: QMainWindow,
    splitter: QSplitter,
    pair_id: int | None,
    tabs: QTabWidget,
) -> None:
    """Remember the window as it is now, for the next start."""
    state.setValue("main/geometry", window.saveGeometry())
    state.setValue("main/state", window.saveState())
    state.setValue("main/splitter", splitter.saveState())
    state.setValue("main/pair", pair_id or 0)
    state.setValue("main/tab", tabs.currentIndex())
    state.setValue("main/folder", str(last_folder()))
    state.sync()
