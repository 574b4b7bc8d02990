"""Icons for menus and the tool bar: Lucide's line icons (resources/icons/lucide, ISC
licence), drawn in the text colour of the palette in use (their stroke is
`currentColor`) at the sizes menus and the tool bar show them, at 100 % and 200 %
scale; drawn again when the palette changes (a light or a dark appearance)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mentordesk.resource_files import resource

NAME = "mentordesk_icon"  # the Lucide name an action's icon is drawn from
SIZES = (16, 18, 32, 36)  # a menu's and the tool bar's, at 100 % and 200 %


def lucide_icon(name: str) -> QIcon:
    """Lucide's icon `name` in the palette's text colour (Qt greys it when disabled)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    svg = resource(f"icons/lucide/{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


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
