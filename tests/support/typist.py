"""A person typing into the real session editor, for the crash loop (tests/ui/test_crash_loop.py).

Run as a program: `python typist.py SESSION_ID RHYTHM SEED [KEYS]`, with MENTORDESK_DATA_DIR set
to a data folder whose database holds the session. It opens MentorDesk's real main window
(offscreen), opens the session, puts the cursor at the end of the shared notes and types
`text(SEED)` key by key at the chosen rhythm, printing "ready" once and then the number
of each key as it is typed, so that the parent knows what was typed when. The parent
kills it with SIGKILL (or ends it with SIGTERM or SIGINT) at a moment of its choosing.
"""

from __future__ import annotations

import random
import string
import sys

RHYTHMS = ("steady", "bursty", "pausing")


def text(seed: int, length: int = 4000) -> str:
    """What the typist types: words of random letters, the same for the same seed."""
    rng = random.Random(seed)
    words = []
    while sum(len(w) + 1 for w in words) < length:
        words.append("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9))))
    return " ".join(words)[:length]


def pauses(rhythm: str, seed: int) -> list[int]:
    """Milliseconds before each key: steady (a key every 40-90 ms, never a pause),
    bursty (runs of quick keys, then a break) or pausing (slow, with long stops)."""
    rng = random.Random(seed * 7 + RHYTHMS.index(rhythm))
    found: list[int] = []
    while len(found) < 4000:
        if rhythm == "steady":
            found.append(rng.randint(40, 90))
        elif rhythm == "bursty":
            found += [rng.randint(10, 30) for _ in range(rng.randint(5, 25))]
            found.append(rng.randint(300, 1500))
        else:
            found += [rng.randint(100, 250) for _ in range(rng.randint(3, 10))]
            found.append(rng.randint(1500, 3000))
    return found


def main() -> None:
    session_id, rhythm, seed = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    how_many = int(sys.argv[4]) if len(sys.argv) > 4 else 4000  # then it sits idle
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mentordesk.app import open_app
    from mentordesk.ui.window.actions import ActionId
    from mentordesk.ui.window.application import ui_state
    from mentordesk.ui.window.main_window import MainWindow
    from mentordesk.ui.window.quitting import save_on_leaving

    qt_app = QApplication(sys.argv[:1])
    app = open_app()
    window = MainWindow(app.services, app.settings, ui_state(app.paths), app.team)
    window.show()
    save_on_leaving(qt_app, window)  # as the app's own start does
    session = app.services.sessions.get(session_id)
    window.pair_list.choose(session.pair_id)
    window.action_map[ActionId.SHOW_SESSIONS].trigger()
    window.workspace.sessions.choose_session(session_id)
    editor = window.workspace.sessions.editor
    editor.notes.setFocus()
    editor.notes.moveCursor(QTextCursor.MoveOperation.End)
    keys, waits = text(seed)[:how_many], pauses(rhythm, seed)
    typed = [0]

    def type_next() -> None:
        n = typed[0]
        QTest.keyClick(editor.notes, keys[n], Qt.KeyboardModifier.NoModifier)
        typed[0] = n + 1
        print(n + 1, flush=True)
        if typed[0] < len(keys):
            QTimer.singleShot(waits[typed[0]], type_next)

    print("ready", flush=True)
    QTimer.singleShot(waits[0], type_next)
    qt_app.exec()
    app.close()


if __name__ == "__main__":
    main()
