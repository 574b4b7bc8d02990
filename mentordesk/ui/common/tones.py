"""The few colours MentorDesk sets itself, each with a shade for a light and a dark
window, chosen from the palette in use when it is shown (and again when the palette
changes: `repaint_tinted`). Each shade reads at WCAG AA contrast (4.5:1 or more) on the
window and on the text fields of its scheme; tests/ui/test_appearance.py checks it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Tone:
    """A colour with a meaning: its shade on a light window and on a dark one."""

    light: str
    dark: str

    def colour(self, palette: QPalette | None = None) -> QColor:
        """The shade for `palette` (the application's, unless given)."""
        return QColor(self.dark if is_dark(palette) else self.light)


ERROR = Tone("#a1001c", "#ff9494")  # a problem, behind schedule, overdue
CAUTION = Tone("#7a4b00", "#f2b55c")  # kept on this computer: not lost, waiting
GOOD = Tone("#1d5e20", "#86d68f")  # it worked
CHART_PLAN = Tone("#5d6875", "#a3adb8")  # the plan line of a progress chart
CHART_DONE = Tone("#1f6f78", "#63c5d1")  # progress checked in
TONES = {"error": ERROR, "caution": CAUTION, "good": GOOD, "plan": CHART_PLAN, "done": CHART_DONE}
# A banner paints its own ground, the same in both schemes.
BANNER_GROUND, BANNER_TEXT = QColor("#7a4d00"), QColor("#ffffff")


def banner_style() -> str:
    """The stylesheet of a banner (presentation mode's): white on amber, bold."""
    return (
        f"background: {BANNER_GROUND.name()}; color: {BANNER_TEXT.name()};"
        " font-weight: bold; padding: 6px;"
    )


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window colour of `palette` (the application's) is dark."""
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class _Tinted(QObject):
    """A widget's tone, kept with it (a child) to paint it again in a new palette."""

    def __init__(self, widget: QWidget, tone: Tone, bold: bool) -> None:
        super().__init__(widget)
        self.tone, self.bold = tone, bold
        self.paint(widget)

    def paint(self, widget: QWidget) -> None:
        weight = " font-weight: bold;" if self.bold else ""
        sheet = f"color: {self.tone.colour().name()};{weight}"
        if widget.styleSheet() != sheet:  # setting it polishes the widget again
            widget.setStyleSheet(sheet)


def tint(widget: QWidget, tone: Tone | None, *, bold: bool = False) -> None:
    """Show `widget`'s text in `tone` (None: the palette's own text colour again); a new
    palette repaints it (see `repaint_tinted`)."""
    for old in widget.findChildren(_Tinted, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.setParent(None)
        old.deleteLater()
    if tone is None:
        widget.setStyleSheet("font-weight: bold;" if bold else "")
        return
    _Tinted(widget, tone, bold)


def repaint_tinted() -> None:
    """Every tinted widget in the shade of the application's palette now (its own
    stylesheet keeps a widget from following a new palette by itself)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    for widget in QApplication.allWidgets():
        for tinted in widget.findChildren(_Tinted, options=direct):
            tinted.paint(widget)
