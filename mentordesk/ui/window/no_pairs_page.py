"""What the right of the main window shows while the team has no pair: the steps to a
first pair, each with the button that takes it (the tabs would only say "choose a pair")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

WIDTH = 560  # the column of steps, as the welcome page's
STEPS = (
    QT_TRANSLATE_NOOP(
        "FirstPair",
        "Add the two people: a mentor and a mentee, or two peers who both teach and learn.",
    ),
    QT_TRANSLATE_NOOP("FirstPair", "Form a pair of them, with the day it starts."),
)
THEN = QT_TRANSLATE_NOOP(
    "FirstPair",
    "Then write your agreement, plan the weekly meeting and set the quarter's goals: the "
    "pair's tabs open here. Or look around first with the demo team (while the team is "
    "still empty), or import a file.",
)


class NoPairsPage(QWidget):
    """The first pair's steps: New Person, New Pair; Load Demo Team and Import."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        """`actions`: the window's New Person, New Pair, Load Demo Team and Import."""
        super().__init__(parent)
        self.setObjectName("no_pairs_page")
        title = plain_label(translate("FirstPair", "Your first pair"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        # Room for accents above capitals (Ü, É), which stand above the font's height.
        title.setMinimumHeight(QFontMetrics(font).boundingRect("ÅÜÉ ÿgjp").height() + 2)
        self.buttons = [_button(action) for action in actions]
        self.steps: list[QLabel] = []
        steps = QVBoxLayout()
        steps.setSpacing(10)
        for number, (text, button) in enumerate(zip(STEPS, self.buttons, strict=False), 1):
            row = QHBoxLayout()
            row.setSpacing(12)
            step = plain_label(f"{number}. {translate('FirstPair', text)}", wrap=True)
            self.steps.append(step)
            step.setFixedWidth(WIDTH - 170)  # wrapped text in a row needs a width to be whole
            row.addWidget(step)
            row.addStretch()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            steps.addLayout(row)
        others = QHBoxLayout()
        for button in self.buttons[2:]:
            others.addWidget(button)
        others.addStretch()
        column = QWidget()
        column.setFixedWidth(WIDTH)
        inner = QVBoxLayout(column)
        inner.setSpacing(14)
        inner.addWidget(title)
        inner.addLayout(steps)
        then = plain_label(translate("FirstPair", THEN), wrap=True)
        then.setFixedWidth(WIDTH - 20)  # as the steps: a fixed width gives the height it needs
        inner.addWidget(then)
        inner.addLayout(others)
        centred = QHBoxLayout()  # stretches, not an alignment: labels keep their wrapping
        centred.addStretch()
        centred.addWidget(column)
        centred.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)

    def show_people(self, people: int) -> None:
        """Say how far the first step has come: `people` in the team so far."""
        done = {0: "", 1: " " + translate("FirstPair", "One so far.")}.get(
            people, " " + translate("FirstPair", "Done: {count} people.").format(count=people)
        )
        self.steps[0].setText(f"1. {translate('FirstPair', STEPS[0])}{done}")


def _button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setDefaultAction(action)
    return button
