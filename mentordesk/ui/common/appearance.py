"""Light or dark: MentorDesk follows the system's colour scheme (Qt's style hints, where
the platform tells it), or the one chosen in View ▸ Appearance. A dark scheme is
MentorDesk's own dark palette over the Fusion style, so its colours read the same on
every desktop; the light one is the desktop theme's own palette when that is light, else
the style's standard one."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mentordesk.ui.common.icons import redraw_icons
from mentordesk.ui.common.tones import is_dark, repaint_tinted

CHOICE, LISTENING = "mentordesk_appearance", "mentordesk_follows_scheme"
DESKTOPS = "mentordesk_desktop_palette"
R = QPalette.ColorRole
G = QPalette.ColorGroup


class Appearance(StrEnum):
    """What View ▸ Appearance offers."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def system_is_dark() -> bool:
    """True when the platform says its colour scheme is dark."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """MentorDesk's dark palette: text at 13:1 or more on its grounds, disabled text at
    4.5:1, a blue highlight that white text reads on."""
    palette = QPalette()
    for role, colour in (
        (R.Window, "#26282b"),
        (R.WindowText, "#e8e8e8"),
        (R.Base, "#1c1d1f"),
        (R.AlternateBase, "#2c2f33"),
        (R.Text, "#ececec"),
        (R.PlaceholderText, "#a0a4a8"),
        (R.Button, "#34373b"),
        (R.ButtonText, "#ececec"),
        (R.BrightText, "#ffffff"),
        (R.Highlight, "#2f6db5"),
        (R.HighlightedText, "#ffffff"),
        (R.ToolTipBase, "#34373b"),
        (R.ToolTipText, "#ececec"),
        (R.Link, "#8cbcff"),
        (R.LinkVisited, "#c5a3ff"),
        (R.Light, "#4a4e53"),
        (R.Midlight, "#3d4145"),
        (R.Mid, "#2f3236"),
        (R.Dark, "#141517"),
        (R.Shadow, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(G.Disabled, role, QColor("#8d9196"))
    palette.setColor(G.Disabled, R.Highlight, QColor("#3d4145"))
    return palette


def wanted_dark(choice: Appearance) -> bool:
    """Whether `choice` means a dark window now."""
    if choice is Appearance.SYSTEM:
        return system_is_dark()
    return choice is Appearance.DARK


def follow(choice: Appearance) -> None:
    """Apply `choice` now and, for the system's scheme, whenever the system changes it
    (the choice is kept on the application object, which listens from its first call)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.setProperty(CHOICE, choice.value)
    if not app.property(LISTENING):
        app.setProperty(LISTENING, True)
        app.setProperty(DESKTOPS, app.palette())  # the desktop theme's own, before any change
        QGuiApplication.styleHints().colorSchemeChanged.connect(_system_changed)
    apply(choice)


def _system_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if app is not None and app.property(CHOICE) == Appearance.SYSTEM.value:
        apply(Appearance.SYSTEM)


def apply(choice: Appearance) -> None:
    """Give the application the palette `choice` means (now: widgets repaint)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    app.setPalette(dark_palette() if wanted_dark(choice) else light_palette(app))
    repaint_tinted()
    redraw_icons()


def light_palette(app: QApplication) -> QPalette:
    """The desktop theme's own palette when it is a light one (a KDE or GNOME theme's
    colours stay), else the style's standard light palette."""
    desktops = app.property(DESKTOPS)
    if isinstance(desktops, QPalette) and not is_dark(desktops):
        return desktops
    return app.style().standardPalette()
