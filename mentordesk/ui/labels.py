"""Labels as every screen uses them: plain text, and the one colour for problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#a1001c"  # dark red: readable on a light window, AA contrast on white


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that shows its text as typed, never as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label
