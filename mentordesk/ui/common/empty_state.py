"""A list that, while it has no rows, says what to do instead and offers the buttons
that do it (a blank table says nothing)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.common.labels import plain_label


class EmptyState(QStackedWidget):
    """`view`, or while its model has no rows (and `applies()`), `text` and buttons."""

    def __init__(
        self,
        view: QAbstractItemView,
        text: str,
        buttons: list[tuple[str, Callable[[], object]]],
        *,
        applies: Callable[[], bool] = lambda: True,
        closed: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`closed`: what it says instead, with no buttons, where nothing can be added (an
        ended pair)."""
        super().__init__(parent)
        self.view, self._applies = view, applies
        self._texts = (text, closed or text)
        self.message = plain_label(text, wrap=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: list[QPushButton] = []
        page = QWidget()
        page.setObjectName("empty_state")
        column = QVBoxLayout(page)
        column.addStretch()
        column.addWidget(self.message)
        for label, act in buttons:
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, act=act: act())
            self.buttons.append(button)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch()
        self.addWidget(view)
        self.addWidget(page)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update_state)
        self.update_state()

    @property
    def showing_empty(self) -> bool:
        """Whether the text and buttons stand where the list would."""
        return self.currentIndex() == 1

    def update_state(self, *_args: object) -> None:
        """Show the list, or the text and buttons when it is empty."""
        empty = self.view.model().rowCount() == 0 and self._applies()
        self.setCurrentIndex(1 if empty else 0)

    def set_enabled_buttons(self, enabled: bool) -> None:
        """Offer the buttons, or (an ended pair can't be changed) say so instead."""
        self.message.setText(self._texts[0 if enabled else 1])
        for button in self.buttons:
            button.setEnabled(enabled)
            button.setVisible(enabled)
