"""Icons for menus and the tool bar: Lucide's line icons (resources/icons/lucide, ISC
licence), drawn in the text colour of the palette in use (their stroke is
`currentColor`); drawn again when the palette changes (a light or a dark appearance).

Each icon is drawn only when something shows it, at the size and scale it is shown at
(crisp at 200 %), and kept: the start draws the tool bar's, not every menu's at every
size (that took ~15 ms of each start)."""

from __future__ import annotations

from functools import cache

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
from PySide6.QtWidgets import QApplication, QStyleOption

from mentordesk.resource_files import resource

NAME = "mentordesk_icon"  # the Lucide name an action's icon is drawn from
_CLONES: list[QIconEngine] = []


@cache
def _source(name: str) -> str:
    """Lucide's SVG for `name`, read once."""
    return resource(f"icons/lucide/{name}.svg").read_text(encoding="utf-8")


class LucideEngine(QIconEngine):
    """Draws one Lucide icon in one colour, at each size, scale and mode asked for."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self._name = name
        self._colour = colour
        self._renderer: QSvgRenderer | None = None
        self._drawn: dict[tuple[int, int, float, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        # Qt takes the copy (when an icon it shares is changed), but PySide hands it no
        # ownership: kept here, it is not freed under Qt. Nothing in MentorDesk changes an
        # icon once made, so none is ever kept.
        copy = LucideEngine(self._name, self._colour)
        _CLONES.append(copy)
        return copy

    # No iconName(): a named icon is shown from the desktop's icon theme by global menu
    # bars (Qt sends the name over D-Bus instead of the picture).

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (size.width(), size.height(), scale, mode)
        if (drawn := self._drawn.get(key)) is None:
            drawn = self._drawn[key] = self._draw(size, mode, scale)
        return drawn

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def _draw(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        if self._renderer is None:
            svg = _source(self._name).replace("currentColor", self._colour)
            self._renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        pixmap = QPixmap(round(size.width() * scale), round(size.height() * scale))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        if mode in (QIcon.Mode.Disabled, QIcon.Mode.Selected):  # greyed or tinted, as Qt's own
            style = QApplication.style()
            return style.generatedIconPixmap(mode, pixmap, QStyleOption()) if style else pixmap
        return pixmap


def lucide_icon(name: str) -> QIcon:
    """Lucide's icon `name` in the palette's text colour (greyed when disabled, as the
    style greys any icon)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return QIcon(LucideEngine(name, colour))


def give_icon(action: QAction, name: str) -> None:
    """Give `action` Lucide's icon `name`, drawn again with each new palette."""
    action.setProperty(NAME, name)
    action.setIcon(lucide_icon(name))


def redraw_icons() -> None:
    """Every action's icon again, in the application's palette now."""
    drawn: dict[str, QIcon] = {}
    for top in QApplication.topLevelWidgets():
        for action in top.findChildren(QAction):
            if isinstance(name := action.property(NAME), str) and name:
                if name not in drawn:
                    drawn[name] = lucide_icon(name)
                action.setIcon(drawn[name])
