"""How big a new window may be: what it asks for, or the screen's room less the frame
the window manager adds (a title bar and borders), so that a 1280 × 720 or 1366 × 768
laptop shows all of it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

FRAME_WIDTH = 16  # both borders, as the common window managers draw them
FRAME_HEIGHT = 40  # the title bar and the bottom border


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` (its inside, before it is shown) to `width` × `height`, or to the
    room its screen has for it with a frame around it, whichever is smaller."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - FRAME_WIDTH)
        height = min(height, room.height() - FRAME_HEIGHT)
    window.resize(width, height)


def keep_on_screen(window: QWidget) -> None:
    """Centre `window` over its parent's window (or the screen), then move it as little
    as needed for all of it, frame and all, to lie on the screen."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    parent = window.parentWidget()
    centre = parent.window().frameGeometry().center() if parent is not None else room.center()
    frame = window.frameGeometry()
    frame.moveCenter(centre)
    x = max(room.left(), min(frame.left(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.top(), room.bottom() + 1 - frame.height()))
    window.move(x, y)
