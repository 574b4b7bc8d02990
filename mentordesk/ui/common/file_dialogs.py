"""Where files are read and written: the dialogs start in the folder used last (in this
run, or the last: the main window keeps it), and a file to save is offered under a name
that says what it holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

FOLDER = "mentordesk_last_folder"  # kept on the application object for the run


def last_folder() -> Path:
    """The folder of the last file read or written, else the home folder."""
    app = QApplication.instance()
    kept = app.property(FOLDER) if app is not None else None
    return Path(kept) if isinstance(kept, str) and kept else Path.home()


def use_folder(folder: Path) -> None:
    """Start the next file dialog in `folder` (the one remembered from the last run)."""
    app = QApplication.instance()
    if app is not None:
        app.setProperty(FOLDER, str(folder))


def _remember(path: Path) -> Path:
    use_folder(path.parent)
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
