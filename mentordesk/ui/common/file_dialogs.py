"""Where files are read and written: the dialogs start in the folder used last (for this
run), and a file to save is offered under a name that says what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None


def last_folder() -> Path:
    """The folder of the last file read or written, else the home folder."""
    return _last_folder or Path.home()


def _remember(path: Path) -> Path:
    global _last_folder  # noqa: PLW0603 (one folder for every dialog of the run)
    _last_folder = path.parent
    return path


def open_path(parent: QWidget, title: str, filters: str) -> Path | None:
    """Ask for a file to read; None when the person cancels."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filters)
    return _remember(Path(name)) if name else None


def save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to write, offering `suggested` in the last folder; None when cancelled."""
    start = last_folder() / suggested
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return _remember(Path(name)) if name else None
