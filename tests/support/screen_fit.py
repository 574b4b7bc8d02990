"""Whether a window fits a small screen and shows all of its text (tests/ui/test_fits_screen.py).

The screen: the offscreen platform reads its screens from a JSON file named in its
platform argument, `QT_QPA_PLATFORM=offscreen:configfile=/path/screen.json`, once, when
the QApplication starts (qtbase, src/plugins/platforms/offscreen/qoffscreenintegration.cpp:
"screens": [{"name", "x", "y", "width", "height", "logicalDpi", "logicalBaseDpi", "dpr"}];
"windowFrameMargins" gives every top-level window a 2-pixel frame). `screen_config` writes
one such file.

The window: `problems(window)` paints it (QWidget.grab paints for real) and says whether,
frame and all, it is larger than the screen's room or lies off it, and which of its
widgets lie outside the part of it on the screen. The text: it measures, with each
widget's own font metrics and the style's own paddings, the room every label (its height
for its width, when it wraps), button, check box, radio button, tool button, group box
title, tab and column header needs for its text, and compares it with the room it has;
it names widgets squeezed out of their parent, a scroll area's page wider than its view
(cut on the right), and tool bar entries hidden behind the » button. Cells of tables and
lists may elide, and are not looked at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import QAccessible, QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionGroupBox,
    QStyleOptionToolButton,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

PM = QStyle.PixelMetric
MNEMONIC = Qt.TextFlag.TextShowMnemonic.value
EVERYWHERE = 100_000  # room enough for any line: a label that does not wrap measures this way
MOST_LISTED = 6  # widgets named per problem of a kind, the rest counted


def screen_config(width: int, height: int, path: Path) -> Path:
    """Write the offscreen platform's configuration for one screen of `width` × `height`
    logical pixels at 96 dpi, and return its path."""
    screen = {
        "name": f"laptop-{width}x{height}",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1.0,
    }
    path.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}), "utf-8")
    return path


@dataclass
class Found:
    """What a person on the screen would miss of a window."""

    beyond_screen: list[str] = field(default_factory=list)  # the window, or parts of it
    cut: list[str] = field(default_factory=list)  # text cut, squeezed or hidden inside it
    nameless: list[str] = field(default_factory=list)  # controls a screen reader can't name
    traps: list[str] = field(default_factory=list)  # tables and lists Tab does not leave
    clashes: list[str] = field(default_factory=list)  # Alt letters two controls share


def problems(window: QWidget) -> Found:
    """Paint `window` as it is now and say what does not fit: the window beyond the
    screen (and what of it lies off the screen); text cut, widgets squeezed out of their
    parent, entries hidden for want of room, a page that scrolls sideways."""
    found = Found()
    if not window.isVisible():
        found.beyond_screen.append(f"{describe(window)} is not on the screen")
        return found
    QApplication.sendPostedEvents()  # layout requests: the window as it shows
    QApplication.processEvents()
    window.grab()  # really paints: polish, layout and paint events
    found.beyond_screen += too_big(window) + off_screen(window)
    for widget in shown_in(window):
        said = text_cut(widget)
        if said:
            found.cut.append(f"{describe(widget)}: {said}")
    found.cut += out_of_parent(window) + scrolled_sideways(window) + hidden_by_bars(window)
    found.nameless += [describe(w) for w in shown_in(window) if nameless(w)]
    found.traps += [
        describe(w)
        for w in shown_in(window)
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation() and w.isEnabled()
    ]
    found.clashes += clashes(window)
    return found


def mnemonic(text: str) -> str | None:
    """The letter after the first single '&' of `text` ('&&' is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        return text[index + 1 : index + 2].casefold() or None
    return None


def clashes(window: QWidget) -> list[str]:
    """The Alt letters two or more things on `window` share (Qt then cycles between them
    on each press, and the second is never reached at once): form labels with a buddy,
    buttons, check boxes, group boxes and tabs shown, and the window's menu titles."""
    texts: list[str] = []
    for widget in shown_in(window):
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QMenuBar):
            texts += [action.text() for action in widget.actions()]
    by_letter: dict[str, list[str]] = {}
    for text in texts:
        if (letter := mnemonic(text)) is not None:
            by_letter.setdefault(letter, []).append(text)
    return [
        f"Alt+{letter.upper()} is {' and '.join(repr(t) for t in shared)}"
        for letter, shared in by_letter.items()
        if len(shared) > 1
    ]


# What a person moves to and works with: each needs a name a screen reader says.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)


def nameless(widget: QWidget) -> bool:
    """True for a control, enabled and reachable, that accessibility tools find no name
    for (its own, its text, or its form label's)."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
        return False
    if not widget.isEnabled() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        return False  # the spin box's own editor: the spin box is named
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
        return False
    accessible = QAccessible.queryAccessibleInterface(widget)
    if accessible is None:
        return True
    return not accessible.text(QAccessible.Text.Name).strip()


def too_big(window: QWidget) -> list[str]:
    """The window with its frame is larger than the screen's room, or lies off it."""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    name = describe(window)
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    if frame.width() > room.width() or frame.height() > room.height():
        return [
            f"{name} is {frame.width()}×{frame.height()} with its frame, larger than the "
            f"{room.width()}×{room.height()} screen (the window is {window.width()}×"
            f"{window.height()}; its layout needs at least {least.width()}×{least.height()})"
        ]
    if not room.contains(frame):
        return [f"{name} lies partly off the screen: its frame is at {_rect(frame)}"]
    return []


def shown_in(window: QWidget) -> Iterator[QWidget]:
    """The widgets of `window` on screen (not those of other windows it parents)."""
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow() and widget.window() is window:
            yield widget


def text_cut(widget: QWidget) -> str:
    """What of the widget's text does not fit ('' when all of it fits)."""
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QAbstractButton):
        return _button(widget)
    if isinstance(widget, QGroupBox):
        return _group_title(widget)
    if isinstance(widget, QTabBar):
        return _tabs(widget)
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        return _headers(widget)
    return ""


def _label(label: QLabel) -> str:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return ""
    fm = label.fontMetrics()
    room = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    indent = label.indent() if label.indent() > 0 else 0
    if label.indent() < 0 and label.frameWidth() > 0:
        indent = fm.horizontalAdvance("x") // 2
    room.setWidth(room.width() - indent)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return (
                f"its {_lines(label, needed)} need {needed} px of height at its width of "
                f"{label.width()} px; it has {label.height()} px"
            )
        if not rich:
            chunk = max(_unbreakable(text), key=fm.horizontalAdvance)
            if fm.horizontalAdvance(chunk) > room.width():
                return (
                    f"{chunk!r}, which no line may break, needs {fm.horizontalAdvance(chunk)} "
                    f"px; the label has {room.width()} px"
                )
        return ""
    need = _rich_size(label, text) if rich else _plain_size(label, fm, text)
    if need.width() > room.width() or need.height() > room.height():
        return (
            f"its text needs {need.width()}×{need.height()} px; "
            f"it has {room.width()}×{room.height()} px"
        )
    return ""


def _unbreakable(text: str) -> list[str]:
    """The pieces of `text` between the places a line may break (Unicode's rules, as
    Qt wraps a label: after a space, a hyphen, a slash before letters, …)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    pieces, start = [], 0
    while (end := finder.toNextBoundary()) != -1:
        pieces.append(text[start:end].rstrip())
        start = end
    return pieces or [text]


def _plain_size(label: QLabel, fm: QFontMetrics, text: str) -> QSize:
    flags = int(label.alignment().value) | Qt.TextFlag.TextExpandTabs.value
    if label.buddy() is not None:  # "&Name:" shows as "Name:"
        flags |= MNEMONIC
    return fm.boundingRect(0, 0, EVERYWHERE, EVERYWHERE, flags, text).size()


def _rich_size(label: QLabel, text: str) -> QSize:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(text)
    size = document.size()
    return QSize(int(-(-document.idealWidth() // 1)), int(-(-size.height() // 1)))


def _lines(label: QLabel, height: int) -> str:
    lines = max(1, round(height / max(1, label.fontMetrics().lineSpacing())))
    return "line" if lines == 1 else f"{lines} lines"


def _button(button: QAbstractButton) -> str:
    text = button.text()
    if not text.strip():
        return ""
    fm = button.fontMetrics()
    text_width = fm.size(MNEMONIC, text).width()
    style = button.style()
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        option.text = ""  # the style's padding alone (it widens short texts to 80 px too)
        padding = style.sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, fm.height()), button
        ).width()
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        need = text_width + icon + padding
    elif isinstance(button, QRadioButton):
        need = (
            text_width
            + style.pixelMetric(PM.PM_ExclusiveIndicatorWidth, None, button)
            + style.pixelMetric(PM.PM_RadioButtonLabelSpacing, None, button)
        )
    elif isinstance(button, QCheckBox):
        need = (
            text_width
            + style.pixelMetric(PM.PM_IndicatorWidth, None, button)
            + style.pixelMetric(PM.PM_CheckBoxLabelSpacing, None, button)
        )
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return ""
        tool = QStyleOptionToolButton()
        button.initStyleOption(tool)
        tool.text = ""
        padding = style.sizeFromContents(
            QStyle.ContentsType.CT_ToolButton, tool, QSize(0, fm.height()), button
        ).width()
        need = text_width + padding
    else:
        need = text_width
    if need > button.width():
        return f"its text needs {need} px with the style's padding; it has {button.width()} px"
    if fm.height() > button.height():
        return f"its text needs {fm.height()} px of height; it has {button.height()} px"
    return ""


def _group_title(box: QGroupBox) -> str:
    if not box.title().strip():
        return ""
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    title = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    need = box.fontMetrics().size(MNEMONIC, box.title()).width()
    if need > title.width() or not box.rect().contains(title):
        return f"its title needs {need} px; it has {box.rect().intersected(title).width()} px"
    return ""


def _tabs(bar: QTabBar) -> str:
    fm = bar.fontMetrics()
    padding = bar.style().pixelMetric(PM.PM_TabBarTabHSpace, None, bar)
    seen = bar.rect()
    scrolls = [b.x() for b in bar.findChildren(QToolButton) if b.isVisibleTo(bar)]
    if scrolls:  # the scroll buttons cover the end of the bar
        seen.setRight(min(scrolls) - 1)
    cut = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        icon = bar.iconSize().width() + 4 if not bar.tabIcon(index).isNull() else 0
        need = fm.size(MNEMONIC, text).width() + padding + icon
        shown = _plain(text)
        if need > rect.width():
            cut.append(f"tab {shown!r} needs {need} px, has {rect.width()} px")
        elif not seen.contains(rect):
            cut.append(f"tab {shown!r} is scrolled out of sight ({_rect(rect)} of {_rect(seen)})")
    return "; ".join(cut)


def _headers(header: QHeaderView) -> str:
    model = header.model()
    if model is None:
        return ""
    style = header.style()
    margin = style.pixelMetric(PM.PM_HeaderMargin, None, header)
    cut = []
    for index in range(header.count()):
        if header.isSectionHidden(index):
            continue
        text = model.headerData(index, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        chosen = model.headerData(index, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
        font = QFont(chosen if isinstance(chosen, QFont) else header.font())
        # A table's header shows the columns of the chosen row in bold (Qt sizes headers
        # for bold text too): the text must fit in bold.
        font.setBold(font.bold() or header.highlightSections())
        fm = QFontMetrics(font)
        need = max(fm.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == index:
            need += header.height() // 2 + 2 * margin
        size = header.sectionSize(index)
        if need > size:
            cut.append(f"column {str(text)!r} needs {need} px, has {size} px")
    return "; ".join(cut)


def _looked_at(window: QWidget) -> Iterator[QWidget]:
    """The widgets of `window` a person sees as one thing, not scrolled by a scroll area."""
    for widget in shown_in(window):
        if not _internal(widget) and not _scrolls(widget, window) and _leaf(widget):
            yield widget


def out_of_parent(window: QWidget) -> list[str]:
    """Widgets that reach out of their parent: a layout squeezed below its minimum."""
    outside = [
        f"{describe(widget)} at {_rect(widget.geometry())} in {_rect(parent.rect())}"
        for widget in _looked_at(window)
        if (parent := widget.parentWidget()) is not None
        and parent is not window
        and not parent.rect().contains(widget.geometry())
    ]
    return [f"reach out of their parent: {_some(outside)}"] if outside else []


def off_screen(window: QWidget) -> list[str]:
    """Widgets outside the part of the window that is on the screen."""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry()
    sight = window.rect().intersected(QRect(window.mapFromGlobal(room.topLeft()), room.size()))
    outside = []
    for widget in _looked_at(window):
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if rect.isValid() and not sight.contains(rect):
            outside.append(f"{describe(widget)} at {_rect(rect)}")
    if not outside:
        return []
    return [
        f"these lie (partly) outside the {_rect(sight)} of the window that is on the "
        f"screen: {_some(outside)}"
    ]


def scrolled_sideways(window: QWidget) -> list[str]:
    """A scroll area whose page is wider than its view: what lies right of the view is
    cut until the person scrolls sideways (scrolling down a long page is fine)."""
    found = []
    for area in window.findChildren(QScrollArea):
        page, view = area.widget(), area.viewport()
        if page is None or not area.isVisible() or area.window() is not window:
            continue
        if page.width() <= view.width():
            continue
        cut = [
            describe(widget)
            for widget in page.findChildren(QWidget)
            if widget.isVisible()
            and _text_of(widget)
            and widget.mapTo(page, QPoint(widget.width(), 0)).x() > view.width()
        ]
        never = area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        how = "and has no scroll bar across" if never else "(a scroll bar across)"
        found.append(
            f"{describe(area)} shows {view.width()} px of its {page.width()} px wide page "
            f"{how}; cut at its right edge: {_some(cut) or 'no text'}"
        )
    return found


def hidden_by_bars(window: QWidget) -> list[str]:
    """Tool bar and menu bar entries moved behind the » button for want of room."""
    found = []
    for bar in window.findChildren(QToolBar) + window.findChildren(QMenuBar):
        if not bar.isVisible() or bar.window() is not window:
            continue
        extension = [
            b
            for b in bar.findChildren(QToolButton)
            if b.objectName() in ("qt_toolbar_ext_button", "qt_menubar_ext_button")
        ]
        if any(b.isVisible() for b in extension):
            hidden = [
                _plain(action.text())
                for action in bar.actions()
                if not action.isSeparator()
                and action.isVisible()
                and (
                    (isinstance(bar, QToolBar) and not _on_bar(bar, action))
                    or (
                        isinstance(bar, QMenuBar)
                        and bar.actionGeometry(action).right() > bar.width()
                    )
                )
            ]
            found.append(f"{describe(bar)} has no room for {', '.join(hidden) or 'some entries'}")
    return found


def _on_bar(bar: QToolBar, action: object) -> bool:
    widget = bar.widgetForAction(action)  # type: ignore[arg-type]
    return widget is not None and widget.isVisible()


def _internal(widget: QWidget) -> bool:
    """Qt's own parts of a widget: a scroll area's scroll bars, a spin box's line edit, …"""
    parent = widget.parentWidget()
    names = (widget.objectName(), parent.objectName() if parent is not None else "")
    return names[0].startswith(("qt_", "_q_")) or names[1].startswith("qt_scrollarea")


def _leaf(widget: QWidget) -> bool:
    """A widget a person sees as one thing (a label, a field, a table), not a container
    of others: only these are named, so that a squeezed form names its fields."""
    if isinstance(widget, QAbstractScrollArea | QAbstractSpinBox | QComboBox | QTabBar):
        return True
    return not any(
        isinstance(child, QWidget) and child.isVisible() and not _internal(child)
        for child in widget.children()
    )


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """True for a widget inside the viewport of a scroll area (a table's cells, a scroll
    area's page): its place is wherever the scroll bars put it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def describe(widget: QWidget) -> str:
    """The widget as a developer finds it: class, object name, text, and the MentorDesk
    classes around it ('QLabel “Quarter 1 is…” in PairDialog “New Pair”')."""
    kind = type(widget).__name__
    name = f" #{widget.objectName()}" if widget.objectName() else ""
    text = _text_of(widget)
    said = f" “{text[:48]}{'…' if len(text) > 48 else ''}”" if text else ""
    if widget.isWindow():
        return f"{kind}{name} “{widget.windowTitle()}”"
    around = []
    parent = widget.parentWidget()
    while parent is not None:
        if type(parent).__module__.startswith("mentordesk") or parent.isWindow():
            around.append(type(parent).__name__)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return f"{kind}{name}{said}" + (f" in {' < '.join(around)}" if around else "")


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return _plain(widget.text()).replace("\n", " ⏎ ")
    if isinstance(widget, QGroupBox):
        return _plain(widget.title())
    return ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _rect(rect: QRect) -> str:
    return f"{rect.width()}×{rect.height()}+{rect.x()}+{rect.y()}"


def _some(items: list[str]) -> str:
    more = len(items) - MOST_LISTED
    return "; ".join(items[:MOST_LISTED]) + (f"; and {more} more" if more > 0 else "")
