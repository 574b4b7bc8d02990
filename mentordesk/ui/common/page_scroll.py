"""A page that scrolls down when the window is short and sideways only when the screen
is too narrow for it; with `keep_width` it is never narrower than the page needs (the
widgets beside it give way instead: a splitter's other side, say)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QWidget


class PageScroll(QScrollArea):
    """Scrolls `page`; with `keep_width` its minimum width follows the page's."""

    def __init__(
        self, page: QWidget, parent: QWidget | None = None, *, keep_width: bool = False
    ) -> None:
        super().__init__(parent)
        self._keep_width = keep_width
        self.setWidgetResizable(True)
        self.setWidget(page)
        page.installEventFilter(self)  # its layout changes: so may the width it needs

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.widget()
        if page is None or not self._keep_width:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(page.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)
