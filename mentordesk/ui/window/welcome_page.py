"""The first-run screen: explore with a demo team, import a file, or start empty."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate


class WelcomePage(QWidget):
    """Shown once, on an empty database."""

    demo_chosen = Signal()
    import_chosen = Signal()
    empty_chosen = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = plain_label(translate("Welcome", "Welcome to MentorDesk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = plain_label(
            translate(
                "Welcome",
                "Agreements, quarterly goals, weekly meetings and a shared session log for "
                "mentoring pairs. Everything stays on this computer: no account, no server.",
            ),
            wrap=True,
        )
        self.demo = QPushButton(translate("Welcome", "Explore with a &demo team"))
        self.demo.setDefault(True)
        self.importing = QPushButton(translate("Welcome", "&Import a MentorDesk file…"))
        self.empty = QPushButton(translate("Welcome", "&Start with an empty team"))
        self.demo.clicked.connect(self.demo_chosen)
        self.importing.clicked.connect(self.import_chosen)
        self.empty.clicked.connect(self.empty_chosen)
        column = QWidget()
        column.setFixedWidth(540)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        if icon is not None:
            picture = QLabel()
            picture.setPixmap(icon.pixmap(96, 96))
            picture.setFixedSize(100, 100)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addSpacing(12)
        for button in (self.demo, self.importing, self.empty):
            inner.addWidget(button)
        centred = QHBoxLayout()  # a row of its own: its labels wrap at 540, not the page's width
        centred.addStretch()
        centred.addWidget(column)
        centred.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(centred)
        layout.addStretch(3)
