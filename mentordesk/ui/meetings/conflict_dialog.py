"""'Changed elsewhere': both versions of a session side by side, and the person's choice.

Opened when an autosave meets a version saved meanwhile on another computer. Nothing is
saved until a choice is made: keep mine (over theirs), keep both (theirs, then mine
added), or use theirs (mine goes to the clipboard, so even then nothing is lost).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.sessions import SessionContent
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate
from mentordesk.ui.sessions.session_log_model import STATUS_WORDS


class Choice(StrEnum):
    MINE = "mine"
    BOTH = "both"
    THEIRS = "theirs"


def _shown(content: SessionContent) -> str:
    topics = "\n".join(f"• {t}" for t in content.topics) or translate(
        "ConflictDialog", "(no topics)"
    )
    return translate(
        "ConflictDialog", "Status: {status}\n\nTopics:\n{topics}\n\nNotes:\n{notes}"
    ).format(
        status=translate("SessionLogModel", STATUS_WORDS[content.status]),
        topics=topics,
        notes=content.notes,
    )


class ConflictDialog(QDialog):
    """Their version and mine; `choice` says what the person chose (None: not yet)."""

    def __init__(
        self, mine: SessionContent, theirs: SessionContent, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(translate("ConflictDialog", "Changed on Another Computer"))
        self.choice: Choice | None = None
        explain = plain_label(
            translate(
                "ConflictDialog",
                "While you were writing, someone saved this session on another computer. "
                "Nothing has been overwritten. Choose what to keep:",
            ),
            wrap=True,
        )
        grid = QGridLayout()
        for column, (title, content) in enumerate(
            (
                (translate("ConflictDialog", "Their version (saved)"), theirs),
                (translate("ConflictDialog", "Your version (not saved yet)"), mine),
            )
        ):
            view = QPlainTextEdit(_shown(content))
            view.setReadOnly(True)
            view.setObjectName(f"{'theirs' if column == 0 else 'mine'}_version")
            grid.addWidget(plain_label(title), 0, column)
            grid.addWidget(view, 1, column)
        buttons = QDialogButtonBox()
        for choice, label, tip in (
            (
                Choice.MINE,
                translate("ConflictDialog", "Keep &Mine"),
                translate("ConflictDialog", "Save your version over theirs"),
            ),
            (
                Choice.BOTH,
                translate("ConflictDialog", "Keep &Both"),
                translate("ConflictDialog", "Their version, with your topics and notes added"),
            ),
            (
                Choice.THEIRS,
                translate("ConflictDialog", "Use &Theirs"),
                translate("ConflictDialog", "Show their version; yours is copied to the clipboard"),
            ),
        ):
            button = QPushButton(label)
            button.setObjectName(f"keep_{choice.value}")
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            button.setAutoDefault(False)
            button.setDefault(choice is Choice.BOTH)  # Enter keeps both: it loses nothing
            buttons.addButton(button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Escape or closing the window keeps both: the one choice that loses nothing."""
        self._choose(Choice.BOTH)
