"""Help ▸ Guidance: every guide of the library, the team's own included, and the files
that could not be used, named with why."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.guidance import GuidanceService, Library
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate
from mentordesk.ui.guidance.guide_view import GuideView


class GuidanceWindow(QDialog):
    """The guidance library, to read before or between meetings."""

    def __init__(self, guidance: GuidanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance_library")
        self.setWindowTitle(translate("LibraryWindow", "Guidance"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._guidance = guidance
        self.view = GuideView(orientation=Qt.Orientation.Horizontal)
        self.problems = plain_label(wrap=True)
        self.problems.setObjectName("guidance_problems")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.folder_button = QPushButton(translate("LibraryWindow", "Open &Team Guidance Folder"))
        self.folder_button.setToolTip(
            translate(
                "LibraryWindow",
                "Add your team's own guides here as Markdown files: one with the id of a shipped "
                "guide replaces it",
            )
        )
        self.folder_button.clicked.connect(self.open_folder)
        self.reload_button = QPushButton(translate("LibraryWindow", "&Reload"))
        self.reload_button.setToolTip(translate("LibraryWindow", "Read the guidance files again"))
        self.reload_button.clicked.connect(lambda: self._show(self._guidance.reload()))
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self._show(guidance.library())

    def _show(self, library: Library) -> None:
        self.view.show_guides(library.guides)
        if library.problems:
            self.problems.setText(
                translate(
                    "LibraryWindow", "{count} guidance file(s) could not be used:\n{problems}"
                ).format(count=len(library.problems), problems="\n".join(library.problems))
            )
        self.problems.setVisible(bool(library.problems))

    def open_folder(self) -> None:
        """Make the team's guidance folder if need be, and show it in the file manager."""
        folder = self._guidance.library().own_folder
        if folder is None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("LibraryWindow", "Guidance"),
                translate("LibraryWindow", "The folder {folder} cannot be made: {why}.").format(
                    folder=folder, why=error.strerror
                ),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self,
                translate("LibraryWindow", "Guidance"),
                translate("LibraryWindow", "Your team's guidance files go in:\n{folder}").format(
                    folder=folder
                ),
            )
