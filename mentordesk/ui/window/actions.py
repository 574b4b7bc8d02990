"""Every user action, declared once: id, text, shortcut, tip. Menus and toolbars use these."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from mentordesk.domain.pairs import PairView, Role
from mentordesk.ui.common.icons import give_icon
from mentordesk.ui.common.labels import without_mnemonics

Shortcut = QKeySequence.StandardKey | str | None


class ActionId(Enum):
    """The actions of the main window."""

    NEW_PAIR = auto()
    EDIT_PAIR = auto()
    MEETING_MODE = auto()
    SHARE_AGENDA = auto()
    SHARE_RECAP = auto()
    RUN_CHECKLIST = auto()
    CHECKLIST_TEMPLATES = auto()
    TEAM_OVERVIEW = auto()
    NEW_PERSON = auto()
    MANAGE_PEOPLE = auto()
    WHO_AM_I = auto()
    EDIT_AGREEMENT = auto()
    SIGN_AS_MENTOR = auto()
    SIGN_AS_MENTEE = auto()
    END_PAIR = auto()
    PRINT = auto()
    PRINT_PREVIEW = auto()
    SAVE_PDF = auto()
    SAVE_MANAGER_COPY = auto()
    SIGN_SUMMARY = auto()
    SIGNED_SUMMARIES = auto()
    BACKUP_NOW = auto()
    RESTORE_BACKUP = auto()
    CHECK_DATABASE = auto()
    TEAM_DATABASE = auto()
    IMPORT = auto()
    EXPORT = auto()
    LOAD_DEMO = auto()
    FIND = auto()
    SEARCH = auto()
    PRESENTATION = auto()
    REMINDERS = auto()
    SHOW_PAIR_LIST = auto()
    SHOW_GOALS = auto()
    SHOW_SESSIONS = auto()
    SHOW_MEETINGS = auto()
    SHOW_HEALTH = auto()
    SHOW_AGREEMENT = auto()
    UNDO = auto()
    REDO = auto()
    QUIT = auto()
    GUIDANCE = auto()
    KEYBOARD_SHORTCUTS = auto()
    ABOUT = auto()


@dataclass(frozen=True)
class ActionSpec:
    """How an action looks and is reached."""

    text: str
    shortcut: Shortcut = None
    tip: str = ""


ACTIONS: dict[ActionId, ActionSpec] = {
    ActionId.NEW_PAIR: ActionSpec(
        "&New Pair…", QKeySequence.StandardKey.New, "Form a new mentoring pair"
    ),
    ActionId.EDIT_PAIR: ActionSpec(
        "Edit &Pair…", "F2", "Change the pair's start date or how its quarters run"
    ),
    ActionId.MEETING_MODE: ActionSpec(
        "&Meeting Mode", "Ctrl+M", "One focused window for the meeting that is on now"
    ),
    ActionId.SHARE_AGENDA: ActionSpec(
        "Next Meeting's A&genda…",
        "Ctrl+Shift+A",
        "The next meeting's agenda, to copy, print or e-mail ahead",
    ),
    ActionId.SHARE_RECAP: ActionSpec(
        "Meeting &Recap…",
        None,
        "A meeting's topics, decisions and action items, to copy, print or e-mail",
    ),
    ActionId.RUN_CHECKLIST: ActionSpec(
        "Run a &Checklist…", "Ctrl+Shift+K", "Work through a conflict-resolution checklist together"
    ),
    ActionId.CHECKLIST_TEMPLATES: ActionSpec(
        "Checklist &Templates…", None, "Edit the checklists, or write your own"
    ),
    ActionId.TEAM_OVERVIEW: ActionSpec(
        "&Team Overview…", "Ctrl+Shift+T", "Every pair's health at a glance"
    ),
    ActionId.NEW_PERSON: ActionSpec("New &Person…", "Ctrl+Shift+N", "Add a person to the team"),
    ActionId.MANAGE_PEOPLE: ActionSpec(
        "&People…", "Ctrl+Shift+P", "See, edit and remove the people of the team"
    ),
    ActionId.WHO_AM_I: ActionSpec("I &Am…", None, "Choose who you are: your private notes"),
    ActionId.EDIT_AGREEMENT: ActionSpec(
        "Edit &Agreement…", "Ctrl+E", "Write or change the pair's mentoring agreement"
    ),
    ActionId.SIGN_AS_MENTOR: ActionSpec(
        "Sign as &Mentor", "Ctrl+Shift+M", "Sign the agreement as the mentor, dated today"
    ),
    ActionId.SIGN_AS_MENTEE: ActionSpec(
        "Sign as M&entee", "Ctrl+Shift+E", "Sign the agreement as the mentee, dated today"
    ),
    ActionId.END_PAIR: ActionSpec("En&d Pair…", "Ctrl+Shift+D", "End the pair, with a reason"),
    ActionId.PRINT: ActionSpec(
        "&Print Quarterly Summary…",
        QKeySequence.StandardKey.Print,
        "Print the chosen quarter's progress summary",
    ),
    ActionId.PRINT_PREVIEW: ActionSpec(
        # No shortcut: Ctrl+Shift+V is paste-as-text in many editors, and people press it
        # out of habit in a text field.
        "Print Pre&view…",
        None,
        "See the quarterly summary before printing",
    ),
    ActionId.SAVE_PDF: ActionSpec(
        "Save Summary as P&DF…", "Ctrl+Shift+R", "Save the quarterly progress summary as a PDF"
    ),
    ActionId.SAVE_MANAGER_COPY: ActionSpec(
        "Save Manager Cop&y as PDF…",
        None,
        "The summary without the pair's topics, notes, checklist details and health answers",
    ),
    ActionId.SIGN_SUMMARY: ActionSpec(
        "Si&gn Quarterly Summary…",
        None,
        "Sign the chosen quarter's summary together; it is kept exactly as signed",
    ),
    ActionId.SIGNED_SUMMARIES: ActionSpec(
        "Signed Su&mmaries…", None, "The summaries this pair signed: save a copy, verify a PDF"
    ),
    ActionId.BACKUP_NOW: ActionSpec("&Back Up Now", None, "Take a verified backup now"),
    ActionId.RESTORE_BACKUP: ActionSpec(
        "&Restore from Backup…", None, "Put the data of an earlier backup back"
    ),
    ActionId.CHECK_DATABASE: ActionSpec(
        "&Check Database…", None, "Check the database's integrity and references"
    ),
    ActionId.TEAM_DATABASE: ActionSpec(
        "Shared &Team Database…", None, "Open one PostgreSQL database shared by the team"
    ),
    ActionId.IMPORT: ActionSpec(
        "&Import…", QKeySequence.StandardKey.Open, "Add people and pairs from an interchange file"
    ),
    ActionId.EXPORT: ActionSpec(
        "&Export…", QKeySequence.StandardKey.SaveAs, "Write people and pairs to an interchange file"
    ),
    ActionId.LOAD_DEMO: ActionSpec(
        "Load &Demo Team", None, "Fill an empty database with a demo team to explore"
    ),
    ActionId.FIND: ActionSpec(
        "&Find Pair", QKeySequence.StandardKey.Find, "Filter the pair list by name"
    ),
    ActionId.PRESENTATION: ActionSpec(
        "&Presentation Mode", "Ctrl+Shift+H", "Hide every private note while you share your screen"
    ),
    ActionId.REMINDERS: ActionSpec(
        "&Reminders…", None, "Which reminders show, and MentorDesk in the system tray"
    ),
    ActionId.SHOW_PAIR_LIST: ActionSpec(
        "Pair &List", "Ctrl+Shift+L", "Show or hide the list of pairs, for more room"
    ),
    ActionId.SHOW_GOALS: ActionSpec("&Goals", "Ctrl+1", "The pair's goals by quarter"),
    ActionId.SEARCH: ActionSpec(
        "&Search Notes…", "Ctrl+Shift+F", "Search topics, notes and action items of every pair"
    ),
    ActionId.SHOW_SESSIONS: ActionSpec(
        "&Sessions", "Ctrl+2", "The session log: notes, topics, action items"
    ),
    ActionId.SHOW_MEETINGS: ActionSpec(
        "&Meetings", "Ctrl+3", "The pair's weekly meeting and calendar files"
    ),
    ActionId.SHOW_HEALTH: ActionSpec(
        "&Health", "Ctrl+5", "The pair's health: signals, checklists, health check"
    ),
    ActionId.SHOW_AGREEMENT: ActionSpec(
        "Pair && &Agreement", "Ctrl+4", "The pair's details and mentoring agreement"
    ),
    ActionId.UNDO: ActionSpec("&Undo", QKeySequence.StandardKey.Undo),
    ActionId.REDO: ActionSpec("&Redo", QKeySequence.StandardKey.Redo),
    ActionId.QUIT: ActionSpec("&Quit", "Ctrl+Q"),
    ActionId.GUIDANCE: ActionSpec(
        "&Guidance…",
        QKeySequence.StandardKey.HelpContents,
        "A first meeting's script, conversation starters, listening and feedback",
    ),
    ActionId.KEYBOARD_SHORTCUTS: ActionSpec(
        "&Keyboard Shortcuts", "Ctrl+/", "Every key MentorDesk answers to"
    ),
    ActionId.ABOUT: ActionSpec("&About MentorDesk", None),
}


# Each action's icon in menus and the tool bar: a Lucide name (resources/icons/lucide).
ICONS: dict[ActionId, str] = {
    ActionId.NEW_PAIR: "users-round",
    ActionId.EDIT_PAIR: "pencil",
    ActionId.MEETING_MODE: "timer",
    ActionId.SHARE_AGENDA: "list-checks",
    ActionId.SHARE_RECAP: "share-2",
    ActionId.RUN_CHECKLIST: "clipboard-check",
    ActionId.CHECKLIST_TEMPLATES: "clipboard-list",
    ActionId.TEAM_OVERVIEW: "layout-dashboard",
    ActionId.NEW_PERSON: "user-plus",
    ActionId.MANAGE_PEOPLE: "users",
    ActionId.WHO_AM_I: "user-round-check",
    ActionId.EDIT_AGREEMENT: "file-pen-line",
    ActionId.SIGN_AS_MENTOR: "signature",
    ActionId.SIGN_AS_MENTEE: "signature",
    ActionId.END_PAIR: "circle-stop",
    ActionId.PRINT: "printer",
    ActionId.PRINT_PREVIEW: "file-search",
    ActionId.SAVE_PDF: "file-down",
    ActionId.SAVE_MANAGER_COPY: "file-lock",
    ActionId.SIGN_SUMMARY: "file-signature",
    ActionId.SIGNED_SUMMARIES: "file-check",
    ActionId.BACKUP_NOW: "archive",
    ActionId.RESTORE_BACKUP: "archive-restore",
    ActionId.CHECK_DATABASE: "shield-check",
    ActionId.TEAM_DATABASE: "database",
    ActionId.IMPORT: "import",
    ActionId.EXPORT: "file-output",
    ActionId.LOAD_DEMO: "sparkles",
    ActionId.FIND: "search",
    ActionId.SEARCH: "text-search",
    ActionId.PRESENTATION: "eye-off",
    ActionId.REMINDERS: "bell",
    ActionId.SHOW_PAIR_LIST: "panel-left",
    ActionId.SHOW_GOALS: "target",
    ActionId.SHOW_SESSIONS: "notebook-pen",
    ActionId.SHOW_MEETINGS: "calendar",
    ActionId.SHOW_HEALTH: "heart-pulse",
    ActionId.SHOW_AGREEMENT: "handshake",
    ActionId.UNDO: "undo-2",
    ActionId.REDO: "redo-2",
    ActionId.QUIT: "log-out",
    ActionId.GUIDANCE: "book-open",
    ActionId.KEYBOARD_SHORTCUTS: "keyboard",
    ActionId.ABOUT: "info",
}


def build_actions(
    parent: QWidget, handlers: dict[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """One QAction per registered id, wired to its handler (when one is given)."""
    actions = {}
    for action_id, spec in ACTIONS.items():
        action = QAction(spec.text, parent)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(
                f"{spec.tip} ({action.shortcut().toString()})" if spec.shortcut else spec.tip
            )
        action.setObjectName(f"action_{action_id.name.lower()}")
        if (icon := ICONS.get(action_id)) is not None:
            give_icon(action, icon)
        if (handler := handlers.get(action_id)) is not None:
            action.triggered.connect(lambda _checked=False, h=handler: h())
        actions[action_id] = action
    return actions


A = ActionId
# The menu bar and the toolbar, in order; None is a separator.
MENUS: dict[str, list[ActionId | None]] = {
    "&File": [
        A.PRINT,
        A.PRINT_PREVIEW,
        A.SAVE_PDF,
        A.SAVE_MANAGER_COPY,
        A.SIGN_SUMMARY,
        A.SIGNED_SUMMARIES,
        None,
        A.IMPORT,
        A.EXPORT,
        None,
        A.BACKUP_NOW,
        A.RESTORE_BACKUP,
        A.CHECK_DATABASE,
        A.TEAM_DATABASE,
        None,
        A.LOAD_DEMO,
        None,
        A.QUIT,
    ],
    "&Edit": [A.UNDO, A.REDO, None, A.FIND, A.SEARCH],
    "&View": [
        A.SHOW_PAIR_LIST,
        None,
        A.SHOW_GOALS,
        A.SHOW_SESSIONS,
        A.SHOW_MEETINGS,
        A.SHOW_AGREEMENT,
        None,
        A.PRESENTATION,
        A.REMINDERS,
    ],
    "&Pair": [
        A.NEW_PAIR,
        None,
        A.SHARE_AGENDA,
        A.SHARE_RECAP,
        None,
        A.EDIT_AGREEMENT,
        A.SIGN_AS_MENTOR,
        A.SIGN_AS_MENTEE,
        None,
        A.RUN_CHECKLIST,
        A.CHECKLIST_TEMPLATES,
        None,
        A.END_PAIR,
    ],
    "P&eople": [A.NEW_PERSON, A.MANAGE_PEOPLE, None, A.WHO_AM_I],
    "&Help": [A.GUIDANCE, A.KEYBOARD_SHORTCUTS, None, A.ABOUT],
}
TOOLBAR: list[ActionId | None] = [
    A.MEETING_MODE,
    A.SEARCH,
    A.TEAM_OVERVIEW,
    None,
    A.NEW_PAIR,
    A.NEW_PERSON,
    A.MANAGE_PEOPLE,
    None,
    A.IMPORT,
    A.EXPORT,
]


def build_menus(window: QMainWindow, actions: dict[ActionId, QAction]) -> dict[str, QMenu]:
    """The window's menu bar and toolbar, from MENUS and TOOLBAR; the menus by title."""
    menus = {}
    for title, ids in MENUS.items():
        menu = menus[title] = window.menuBar().addMenu(title)
        for action_id in ids:
            if action_id is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[action_id])
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))  # beside the text, not towering over it
    for action_id in TOOLBAR:
        if action_id is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[action_id])
    return menus


def enable_for_pair(actions: dict[ActionId, QAction], view: PairView | None, empty: bool) -> None:
    """Enable the actions that depend on the chosen pair (`view`, None for none) and on
    whether the database is `empty` (the demo team loads only into an empty one)."""
    pair = view.pair if view else None
    editable = view is not None and view.editable
    agreement = pair.agreement if pair else None
    written = agreement is not None and not agreement.text.is_blank
    for action_id in (A.EDIT_AGREEMENT, A.EDIT_PAIR, A.MEETING_MODE, A.RUN_CHECKLIST):
        actions[action_id].setEnabled(editable)
    for action_id in (A.SHARE_AGENDA, A.SHARE_RECAP):
        actions[action_id].setEnabled(pair is not None)
    summary = (A.PRINT, A.PRINT_PREVIEW, A.SAVE_PDF, A.SAVE_MANAGER_COPY, A.SIGN_SUMMARY)
    for action_id in (*summary, A.SIGNED_SUMMARIES):
        actions[action_id].setEnabled(pair is not None)
    actions[A.END_PAIR].setEnabled(editable and pair is not None and pair.ended_on is None)
    for action_id, role in ((A.SIGN_AS_MENTOR, Role.MENTOR), (A.SIGN_AS_MENTEE, Role.MENTEE)):
        unsigned = agreement is not None and agreement.signed_on(role) is None
        actions[action_id].setEnabled(editable and written and unsigned)
        # Peers are no mentor and mentee: each signs by name (the key stays the same).
        peer = pair.person(role).name if pair is not None and pair.peers else None
        actions[action_id].setText(
            f"Sign as {without_mnemonics(peer)}" if peer else ACTIONS[action_id].text
        )
        tip = f"Sign the agreement as {peer}, dated today" if peer else ACTIONS[action_id].tip
        actions[action_id].setStatusTip(tip)
        actions[action_id].setToolTip(tip)
    actions[A.LOAD_DEMO].setEnabled(empty)


# Keys that are not menu actions: the same in every window of MentorDesk.
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Esc", "close meeting mode or a dialog; clear the pair filter"),
    ("Ctrl+Return", "accept a form from a notes field; in meeting mode, a new action item"),
    ("Delete", "delete the chosen action item (Ctrl+Z brings it back)"),
    ("Ctrl+G", "in meeting mode, show or hide the guidance panel"),
    ("Enter", "in meeting mode's guidance, put the chosen question on the agenda"),
)


def keyboard_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the action table's order,
    then the other keys: the Help menu's table and the README's are both this."""
    rows = []
    for spec in ACTIONS.values():
        if spec.shortcut is None:
            continue
        keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.PortableText)
        what = spec.tip or spec.text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.append((keys, what.rstrip("…")))
    return rows + list(OTHER_KEYS)


def keyboard_markdown() -> str:
    """The keyboard table as the README shows it."""
    lines = ["| keys | action |", "|---|---|"]
    lines += [f"| {keys} | {what} |" for keys, what in keyboard_rows()]
    return "\n".join(lines) + "\n"
