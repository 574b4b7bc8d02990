"""Light and dark: every colour MentorDesk sets reads at WCAG AA (4.5:1) on its ground in
both schemes, and View ▸ Appearance repaints the open window at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from mentordesk.domain.goals import Skill
from mentordesk.domain.pairs import Role
from mentordesk.services import Services
from mentordesk.settings import Settings, SettingsStore
from mentordesk.ui.common import appearance
from mentordesk.ui.common.appearance import Appearance, dark_palette
from mentordesk.ui.common.tones import (
    BANNER_GROUND,
    BANNER_TEXT,
    ERROR,
    TONES,
    Tone,
    contrast,
    is_dark,
)
from mentordesk.ui.window.actions import ICONS, ActionId
from mentordesk.ui.window.main_window import MainWindow

AA = 4.5
R = QPalette.ColorRole


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    """Every test leaves the application as the others expect it: light."""
    yield
    appearance.follow(Appearance.LIGHT)
    qapp.setProperty(appearance.CHOICE, None)


def palettes() -> list[tuple[str, QPalette]]:
    style = QApplication.style()
    return [("light", style.standardPalette()), ("dark", dark_palette())]


@pytest.mark.parametrize("name", sorted(TONES))
def test_each_tone_reads_on_the_window_and_the_fields_of_both_schemes(
    qapp: QApplication, name: str
) -> None:
    tone: Tone = TONES[name]
    for scheme, palette in palettes():
        shade = tone.colour(palette)
        assert shade == QColor(tone.dark if scheme == "dark" else tone.light)
        for ground in (R.Window, R.Base, R.AlternateBase):
            ratio = contrast(shade, palette.color(ground))
            assert ratio >= AA, f"{name} on {scheme} {ground.name}: {ratio:.2f}"


def test_the_dark_palettes_own_text_reads_on_its_grounds(qapp: QApplication) -> None:
    palette = dark_palette()
    assert is_dark(palette)
    assert not is_dark(QApplication.style().standardPalette())
    pairs = [
        (R.WindowText, R.Window),
        (R.Text, R.Base),
        (R.Text, R.AlternateBase),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.ToolTipText, R.ToolTipBase),
        (R.PlaceholderText, R.Base),
        (R.Link, R.Base),
    ]
    for text, ground in pairs:
        ratio = contrast(palette.color(text), palette.color(ground))
        assert ratio >= AA, f"{text.name} on {ground.name}: {ratio:.2f}"
    disabled = palette.color(QPalette.ColorGroup.Disabled, R.WindowText)
    assert contrast(disabled, palette.color(R.Window)) >= AA
    assert contrast(BANNER_TEXT, BANNER_GROUND) >= AA


def appearance_action(window: MainWindow, value: str) -> QAction:
    menu = window.findChild(QMenu, "appearance_menu")
    assert menu is not None
    found = next(a for a in menu.actions() if a.objectName() == f"appearance_{value}")
    assert isinstance(found, QAction)
    return found


def test_view_appearance_repaints_the_window_and_is_kept(
    qapp: QApplication,
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    services: Services,
    settings_store: SettingsStore,
) -> None:
    services.demo.load()
    window = make_window()
    card = window.workspace.goals.cards[Role.MENTEE, Skill.TECHNICAL]
    assert card.behind.isVisibleTo(card)  # the demo's Ben is behind schedule
    assert appearance_action(window, "system").isChecked()
    assert ERROR.light in card.behind.styleSheet()

    appearance_action(window, "dark").trigger()
    assert is_dark(qapp.palette())
    assert ERROR.dark in card.behind.styleSheet()  # the open card follows at once
    dark_window = dark_palette().color(R.Window)
    qtbot.waitUntil(lambda: window.palette().color(R.Window) == dark_window)
    assert settings_store.load().appearance == "dark"
    assert appearance_action(window, "dark").isChecked()

    appearance_action(window, "light").trigger()
    assert not is_dark(qapp.palette())
    assert ERROR.light in card.behind.styleSheet()
    assert settings_store.load().appearance == "light"


def test_an_unknown_appearance_in_the_settings_is_the_systems() -> None:
    assert Settings(appearance="sepia").appearance == "system"
    assert Settings(appearance="dark").appearance == "dark"


def test_every_action_has_an_icon_drawn_in_the_palettes_text_colour(
    qapp: QApplication, make_window: Callable[[], MainWindow]
) -> None:
    window = make_window()
    assert set(ICONS) == set(window.action_map)

    def ink(icon_scale: float) -> QColor:
        """The darkest or lightest stroke colour of the icon, drawn at 16 px."""
        search = window.action_map[ActionId.SEARCH].icon()
        image = search.pixmap(QSize(16, 16), icon_scale).toImage()
        assert image.width() == round(16 * icon_scale)  # at 200 %, 32 device pixels: crisp
        opaque = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert opaque
        return max(opaque, key=lambda c: abs(c.lightness() - 128))

    assert ink(1.0) == qapp.palette().color(R.WindowText)
    appearance.follow(Appearance.DARK)
    assert ink(2.0) == dark_palette().color(R.WindowText)  # light strokes on a dark window


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # a menu opens
def test_a_disabled_actions_icon_is_greyed_and_a_menu_draws_it_as_it_opens(
    qapp: QApplication, qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    """Icons are drawn when shown: Undo, disabled at a start, shows greyed in the Edit
    menu (lighter strokes than the enabled Find Pair beside it), in a real menu."""
    window = make_window()
    undo, find = window.action_map[ActionId.UNDO], window.action_map[ActionId.FIND]
    assert not undo.isEnabled()

    def darkest(icon: QIcon, mode: QIcon.Mode) -> int:
        image = icon.pixmap(QSize(16, 16), 1.0, mode).toImage()
        shades = [
            image.pixelColor(x, y).lightness()
            for x in range(16)
            for y in range(16)
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert shades
        return min(shades)

    assert darkest(undo.icon(), QIcon.Mode.Disabled) > darkest(find.icon(), QIcon.Mode.Normal)
    menu = next(m for m in window.findChildren(QMenu) if undo in m.actions())
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert not menu.grab().isNull()  # painted with its icons, drawn now
    menu.close()


def test_light_is_the_desktop_themes_own_light_palette(qapp: QApplication) -> None:
    """A desktop theme's light colours stay: dark and back gives them again."""
    before = qapp.palette()
    themed = QPalette(before)
    themed.setColor(R.Window, QColor("#f4f0e8"))
    qapp.setPalette(themed)
    qapp.setProperty(appearance.DESKTOPS, None)
    qapp.setProperty(appearance.LISTENING, None)  # as at a start: the theme is noted first
    try:
        appearance.follow(Appearance.DARK)
        assert is_dark(qapp.palette())
        appearance.follow(Appearance.LIGHT)
        assert qapp.palette().color(R.Window) == QColor("#f4f0e8")
    finally:
        qapp.setProperty(appearance.DESKTOPS, before)
        qapp.setProperty(appearance.LISTENING, True)  # it still listens, once
        qapp.setPalette(before)
