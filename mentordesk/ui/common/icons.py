"""Icons for menus and the toolbar: Lucide's line icons (resources/icons/lucide, ISC
licence), drawn when first shown at the size (and scale: crisp at 200 %) asked for, in
the text colour of the palette in use (their stroke is `currentColor`), on a highlight
in its text colour: a dark appearance draws them light."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from mentordesk.resource_files import resource


class LucideEngine(QIconEngine):
    """Draws one Lucide icon in the palette's text colour (greyed when disabled)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self._svg = resource(f"icons/lucide/{name}.svg").read_text(encoding="utf-8")
        self._drawn: dict[tuple[int, int, str], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        palette, role = QGuiApplication.palette(), QPalette.ColorRole.WindowText
        if mode is QIcon.Mode.Selected:  # on the highlight: a menu's chosen entry
            colour = palette.color(QPalette.ColorRole.HighlightedText).name()
        elif mode is QIcon.Mode.Disabled:
            colour = palette.color(QPalette.ColorGroup.Disabled, role).name()
        else:
            colour = palette.color(role).name()
        key = (size.width(), size.height(), colour)
        if key not in self._drawn:
            svg = self._svg.replace("currentColor", colour).encode("utf-8")
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(QByteArray(svg)).render(painter)
            painter.end()
            self._drawn[key] = pixmap
        return self._drawn[key]

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(self.pixmap(size * scale, mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def clone(self) -> QIconEngine:
        return LucideEngine(self.name)

    def key(self) -> str:
        return "mentordesk-lucide"


def lucide_icon(name: str) -> QIcon:
    """Lucide's icon `name`, drawn when shown."""
    return QIcon(LucideEngine(name))


def give_icon(action: QAction, name: str) -> None:
    """Give `action` Lucide's icon `name`."""
    action.setIcon(lucide_icon(name))
