"""An e-mail draft written to the drafts folder, handed to the person's mail program."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.ui.common.translation import translate


def open_draft(
    path: Path,
    parent: QWidget,
    tell: Callable[[str], object],
    show: Callable[[QMessageBox], object] = QMessageBox.open,
    how: str = "",
) -> None:
    """Open the draft at `path` in the mail program and `tell` the person so; where no
    program opens it, a message says where the draft is and `how` to send it, with a
    button that shows the folder (handed to `show`); by default, to open it with the mail
    program and send it."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        tell(
            translate(
                "Drafts",
                "Opened {name} in your mail program: check it and press Send (the draft is "
                "kept in {folder}).",
            ).format(name=path.name, folder=path.parent)
        )
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Drafts", "No Mail Program Opened the Draft"),
        translate("Drafts", "The e-mail draft is saved as\n{path}\n\n{how}").format(
            path=path,
            how=how or translate("Drafts", "Open it with your mail program and send it."),
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    folder = box.addButton(translate("Drafts", "Show Folder"), QMessageBox.ButtonRole.ActionRole)
    folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))
    show(box)
