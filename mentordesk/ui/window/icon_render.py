"""The application icon drawn at a given size from its SVG, as PNG (for the hicolor icon
theme's fixed sizes, which some menus and docks use instead of the SVG)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from mentordesk.resource_files import resource


def icon_png(size: int) -> bytes:
    """The icon, `size` × `size` pixels on a transparent ground, as PNG bytes."""
    renderer = QSvgRenderer(QByteArray(resource("icons/mentordesk.svg").read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(data.data())
