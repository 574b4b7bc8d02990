"""Labels as every screen uses them: plain text (their colours are ui/common/tones.py's).

Text a person typed is shown as typed everywhere. A label takes it in plain-text mode;
places that decide for themselves whether text is rich (tooltips, "What's This?", the
static QMessageBox helpers) take it through `shown_as_typed`; buttons, check boxes and
actions, which read '&' as a shortcut mark, take it through `without_mnemonics`.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that shows its text as typed, never as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def shown_as_typed(text: str) -> str:
    """`text` for a place that shows rich text whenever Qt guesses it is (a tooltip, an
    item's tooltip, a static QMessageBox helper), so that it shows exactly as typed.

    Text Qt would not take for rich text is returned unchanged: it is shown as it is.
    Text it would (markup such as `<img src=file:…>` on its first line) comes back
    escaped, in a paragraph that keeps its spaces and line breaks: rich text on purpose,
    whose only content is the text itself.
    """
    if not QtGui.Qt.mightBeRichText(text):  # the guess QLabel and QToolTip make
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def without_mnemonics(text: str) -> str:
    """`text` for a button, check box or action, which would take '&' as a shortcut mark."""
    return text.replace("&", "&&")
