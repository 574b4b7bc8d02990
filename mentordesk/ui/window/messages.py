"""The main window's questions and notes: plain words, the safe choice first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk import __version__


def lose_unsaved_edits(parent: QWidget) -> bool:
    """Ask whether to close although the latest changes could not be saved."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Changes Not Saved Yet",
        "Your latest changes could not be saved yet; the session says why. MentorDesk "
        "keeps trying while it is open.\n\nClose anyway and lose them?",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    stay = box.addButton("Keep Open", QMessageBox.ButtonRole.RejectRole)
    box.addButton("Close and Lose Them", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay


def about(parent: QWidget) -> None:
    """The About box."""
    QMessageBox.about(
        parent,
        "About MentorDesk",
        f"<h3>MentorDesk {__version__}</h3>"
        "<p>Agreements, goals, meetings and a shared session log for mentoring pairs.</p>"
        "<p>Local-first and private: your data stays on this computer, with no account, "
        "unless your team chooses a shared database of its own; private notes never "
        "leave this computer.</p><p>MIT licence.</p>",
    )
