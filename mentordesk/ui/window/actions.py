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
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

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
        QT_TRANSLATE_NOOP("Actions", "&New Pair…"),
        QKeySequence.StandardKey.New,
        QT_TRANSLATE_NOOP("Actions", "Form a new mentoring pair"),
    ),
    ActionId.EDIT_PAIR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit &Pair…"),
        "F2",
        QT_TRANSLATE_NOOP("Actions", "Change the pair's start date or how its quarters run"),
    ),
    ActionId.MEETING_MODE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Meeting Mode"),
        "Ctrl+M",
        QT_TRANSLATE_NOOP("Actions", "One focused window for the meeting that is on now"),
    ),
    ActionId.SHARE_AGENDA: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Next Meeting's A&genda…"),
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("Actions", "The next meeting's agenda, to copy, print or e-mail ahead"),
    ),
    ActionId.SHARE_RECAP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Meeting &Recap…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "A meeting's topics, decisions and action items, to copy, print or e-mail"
        ),
    ),
    ActionId.RUN_CHECKLIST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Run a &Checklist…"),
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Actions", "Work through a conflict-resolution checklist together"),
    ),
    ActionId.CHECKLIST_TEMPLATES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Checklist &Templates…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Edit the checklists, or write your own"),
    ),
    ActionId.TEAM_OVERVIEW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Team Overview…"),
        "Ctrl+Shift+T",
        QT_TRANSLATE_NOOP("Actions", "Every pair's health at a glance"),
    ),
    ActionId.NEW_PERSON: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&New Person…"),
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("Actions", "Add a person to the team"),
    ),
    ActionId.MANAGE_PEOPLE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&People…"),
        "Ctrl+Shift+P",
        QT_TRANSLATE_NOOP("Actions", "See, edit and remove the people of the team"),
    ),
    ActionId.WHO_AM_I: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "I &Am…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Choose who you are: your private notes"),
    ),
    ActionId.EDIT_AGREEMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Edit &Agreement…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Write or change the pair's mentoring agreement"),
    ),
    ActionId.SIGN_AS_MENTOR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Sign as &Mentor"),
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("Actions", "Sign the agreement as the mentor, dated today"),
    ),
    ActionId.SIGN_AS_MENTEE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Sign as M&entee"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Actions", "Sign the agreement as the mentee, dated today"),
    ),
    ActionId.END_PAIR: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "En&d Pair…"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "End the pair, with a reason"),
    ),
    ActionId.PRINT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Print Quarterly Summary…"),
        QKeySequence.StandardKey.Print,
        QT_TRANSLATE_NOOP("Actions", "Print the chosen quarter's progress summary"),
    ),
    ActionId.PRINT_PREVIEW: ActionSpec(
        # No shortcut: Ctrl+Shift+V is paste-as-text in many editors, and people press it
        # out of habit in a text field.
        QT_TRANSLATE_NOOP("Actions", "Print Pre&view…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "See the quarterly summary before printing"),
    ),
    ActionId.SAVE_PDF: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save Summary as PD&F…"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Save the quarterly progress summary as a PDF"),
    ),
    ActionId.SAVE_MANAGER_COPY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Save Manager Cop&y as PDF…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions",
            "The summary without the pair's topics, notes, checklist details and health answers",
        ),
    ),
    ActionId.SIGN_SUMMARY: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Si&gn Quarterly Summary…"),
        None,
        QT_TRANSLATE_NOOP(
            "Actions", "Sign the chosen quarter's summary together; it is kept exactly as signed"
        ),
    ),
    ActionId.SIGNED_SUMMARIES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Signed Su&mmaries…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "The summaries this pair signed: save a copy, verify a PDF"),
    ),
    ActionId.BACKUP_NOW: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Back Up Now"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Take a verified backup now"),
    ),
    ActionId.RESTORE_BACKUP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Restore from Backup…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Put the data of an earlier backup back"),
    ),
    ActionId.CHECK_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Check Database…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Check the database's integrity and references"),
    ),
    ActionId.TEAM_DATABASE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Shared &Team Database…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Open one PostgreSQL database shared by the team"),
    ),
    ActionId.IMPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        QKeySequence.StandardKey.Open,
        QT_TRANSLATE_NOOP("Actions", "Add people and pairs from an interchange file"),
    ),
    ActionId.EXPORT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QKeySequence.StandardKey.SaveAs,
        QT_TRANSLATE_NOOP("Actions", "Write people and pairs to an interchange file"),
    ),
    ActionId.LOAD_DEMO: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Load &Demo Team"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Fill an empty database with a demo team to explore"),
    ),
    ActionId.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find Pair"),
        QKeySequence.StandardKey.Find,
        QT_TRANSLATE_NOOP("Actions", "Filter the pair list by name"),
    ),
    ActionId.PRESENTATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Presentation Mode"),
        "Ctrl+Shift+H",
        QT_TRANSLATE_NOOP("Actions", "Hide every private note while you share your screen"),
    ),
    ActionId.REMINDERS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Reminders…"),
        None,
        QT_TRANSLATE_NOOP("Actions", "Which reminders show, and MentorDesk in the system tray"),
    ),
    ActionId.SHOW_PAIR_LIST: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pair &List"),
        "Ctrl+Shift+L",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the list of pairs, for more room"),
    ),
    ActionId.SHOW_GOALS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Goals"),
        "Ctrl+1",
        QT_TRANSLATE_NOOP("Actions", "The pair's goals by quarter"),
    ),
    ActionId.SEARCH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Search Notes…"),
        "Ctrl+Shift+F",
        QT_TRANSLATE_NOOP("Actions", "Search topics, notes and action items of every pair"),
    ),
    ActionId.SHOW_SESSIONS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Sessions"),
        "Ctrl+2",
        QT_TRANSLATE_NOOP("Actions", "The session log: notes, topics, action items"),
    ),
    ActionId.SHOW_MEETINGS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Meetings"),
        "Ctrl+3",
        QT_TRANSLATE_NOOP("Actions", "The pair's weekly meeting and calendar files"),
    ),
    ActionId.SHOW_HEALTH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Health"),
        "Ctrl+5",
        QT_TRANSLATE_NOOP("Actions", "The pair's health: signals, checklists, health check"),
    ),
    ActionId.SHOW_AGREEMENT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pair && Agr&eement"),
        "Ctrl+4",
        QT_TRANSLATE_NOOP("Actions", "The pair's details and mentoring agreement"),
    ),
    ActionId.UNDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), QKeySequence.StandardKey.Undo),
    ActionId.REDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"), QKeySequence.StandardKey.Redo),
    ActionId.QUIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    ActionId.GUIDANCE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Guidance…"),
        QKeySequence.StandardKey.HelpContents,
        QT_TRANSLATE_NOOP(
            "Actions", "A first meeting's script, conversation starters, listening and feedback"
        ),
    ),
    ActionId.KEYBOARD_SHORTCUTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
        "Ctrl+/",
        QT_TRANSLATE_NOOP("Actions", "Every key MentorDesk answers to"),
    ),
    ActionId.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About MentorDesk"), None),
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
        action = QAction(translate("Actions", spec.text), parent)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            tip = translate("Actions", spec.tip)
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString()})" if spec.shortcut else tip)
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
    QT_TRANSLATE_NOOP("Menus", "&File"): [
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
    QT_TRANSLATE_NOOP("Menus", "&Edit"): [A.UNDO, A.REDO, None, A.FIND, A.SEARCH],
    QT_TRANSLATE_NOOP("Menus", "&View"): [
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
    QT_TRANSLATE_NOOP("Menus", "&Pair"): [
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
    QT_TRANSLATE_NOOP("Menus", "Pe&ople"): [A.NEW_PERSON, A.MANAGE_PEOPLE, None, A.WHO_AM_I],
    QT_TRANSLATE_NOOP("Menus", "&Help"): [A.GUIDANCE, A.KEYBOARD_SHORTCUTS, None, A.ABOUT],
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
        menu = menus[title] = window.menuBar().addMenu(translate("Menus", title))
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
            translate("Actions", "Sign as {name}").format(name=without_mnemonics(peer))
            if peer
            else translate("Actions", ACTIONS[action_id].text)
        )
        tip = translate("Actions", "Sign the agreement as {name}, dated today").format(name=peer)
        if not peer:
            tip = translate("Actions", ACTIONS[action_id].tip)
        actions[action_id].setStatusTip(tip)
        actions[action_id].setToolTip(tip)
    actions[A.LOAD_DEMO].setEnabled(empty)


# Keys that are not menu actions: the same in every window of MentorDesk.
OTHER_KEYS: tuple[tuple[str, str], ...] = (
    ("Esc", QT_TRANSLATE_NOOP("Actions", "close meeting mode or a dialog; clear the pair filter")),
    (
        "Ctrl+Return",
        QT_TRANSLATE_NOOP(
            "Actions", "accept a form from a notes field; in meeting mode, a new action item"
        ),
    ),
    (
        "Delete",
        QT_TRANSLATE_NOOP("Actions", "delete the chosen action item (Ctrl+Z brings it back)"),
    ),
    ("Ctrl+G", QT_TRANSLATE_NOOP("Actions", "in meeting mode, show or hide the guidance panel")),
    (
        "Enter",
        QT_TRANSLATE_NOOP(
            "Actions", "in meeting mode's guidance, put the chosen question on the agenda"
        ),
    ),
)


def keyboard_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, in the action table's order,
    then the other keys: the Help menu's table and the README's are both this."""
    rows = []
    for spec in ACTIONS.values():
        if spec.shortcut is None:
            continue
        keys = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.PortableText)
        text = translate("Actions", spec.text)
        plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        what = translate("Actions", spec.tip) if spec.tip else plain
        rows.append((keys, what.rstrip("…")))
    return rows + [(keys, translate("Actions", what)) for keys, what in OTHER_KEYS]


def keyboard_markdown() -> str:
    """The keyboard table as the README shows it."""
    lines = ["| keys | action |", "|---|---|"]
    lines += [f"| {keys} | {what} |" for keys, what in keyboard_rows()]
    return "\n".join(lines) + "\n"
