"""The main window: assembles the pair list, the workspace's tabs, menus and actions."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk import __version__
from mentordesk.domain.pairs import Pair, PairStatus, Role
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import plain_label, shown_as_typed, without_mnemonics
from mentordesk.ui.common.lazy_tab import LazyTab
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.tasks import TaskRunner
from mentordesk.ui.data.auto_backup import AutoBackup
from mentordesk.ui.goals.goal_operations import GoalOperations
from mentordesk.ui.goals.goals_panel import GoalsPanel
from mentordesk.ui.health.health_operations import HealthOperations
from mentordesk.ui.meetings.meeting_operations import MeetingOperations
from mentordesk.ui.pairs.pair_list_model import PairListModel
from mentordesk.ui.pairs.pair_list_panel import PairListPanel
from mentordesk.ui.people.people_model import PeopleModel
from mentordesk.ui.window.actions import ActionId, build_actions
from mentordesk.ui.window.side_windows import SideWindows
from mentordesk.ui.window.welcome_page import WelcomePage
from mentordesk.ui.window.workspace_tabs import WorkspaceTabs

if TYPE_CHECKING:  # opened on demand: their modules load then
    from mentordesk.services.report import QuarterReport
    from mentordesk.ui.data.remote_watch import RemoteWatch
    from mentordesk.ui.health.team_window import TeamWindow
    from mentordesk.ui.people.people_window import PeopleWindow
    from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow
    from mentordesk.ui.sessions.search_window import SearchWindow

A = ActionId
MENUS = {
    "&File": [
        A.PRINT,
        A.PRINT_PREVIEW,
        A.SAVE_PDF,
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
        A.SHOW_GOALS,
        A.SHOW_SESSIONS,
        A.SHOW_MEETINGS,
        A.SHOW_AGREEMENT,
        None,
        A.PRESENTATION,
    ],
    "&Pair": [
        A.NEW_PAIR,
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
    "&Help": [A.ABOUT],
}
TOOLBAR = [
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


class MainWindow(SideWindows, WorkspaceTabs, QMainWindow):
    """Pairs on the left, the chosen pair on the right."""

    def __init__(
        self,
        services: Services,
        settings: SettingsStore,
        ui_state: QSettings,
        team: TeamDatabaseService | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle("MentorDesk")
        self.setObjectName("main_window")
        self.services = services
        self._settings = settings
        self.team = team or TeamDatabaseService(settings)
        self.restart_requested = False  # run() starts MentorDesk again once this one is gone
        self.close_without_asking = False  # a signal or the end of the desktop session
        self._ui_state = ui_state
        self.bridge = ChangeBridge(self)
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.operations = Operations(services, self.bridge, self.undo_stack, self.tasks, self)
        self.pair_model = PairListModel(services.pairs, services.meetings, self)
        self.people_model = PeopleModel(services.people, self)
        self.people_window: PeopleWindow | None = None
        self.meeting_window: MeetingModeWindow | None = None
        self.search_window: SearchWindow | None = None
        self.team_window: TeamWindow | None = None
        self.actions = build_actions(self, self._handlers())
        self.addActions(list(self.actions.values()))  # shortcuts work wherever the focus is

        self.pair_list = PairListPanel(self.pair_model)
        self.workspace = self._build_workspace()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pair_list)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setContentsMargins(8, 8, 8, 0)
        self.splitter.setSizes([450, 830])
        self.welcome = WelcomePage(
            self.windowIcon() if not QApplication.windowIcon().isNull() else None
        )
        self.welcome.demo_chosen.connect(self.operations.load_demo)
        self.welcome.import_chosen.connect(self.operations.import_file)
        self.welcome.empty_chosen.connect(self._leave_welcome)
        self.setCentralWidget(self._build_central())
        self.actions[A.PRESENTATION].setCheckable(True)
        self._build_menus()

        self.bridge.changed.connect(self._on_changed)
        self.remote = None if services.safety.is_local else self._watch_team_database()
        self.auto_backup = self._start_backups()
        self.pair_list.pair_chosen.connect(self._on_pair_chosen)
        self.operations.created.connect(self._on_created)
        self.operations.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self._connect_undo()

        self.pair_model.load()
        self.people_model.load()
        self._choose_start_page()
        self._restore_geometry()
        if self.pair_list.chosen_id() is None:  # else choosing it has shown it already
            self._on_pair_chosen(None)

    # -- assembly -----------------------------------------------------------------------
    def _handlers(self) -> dict[ActionId, Callable[[], object]]:
        ops = self.operations
        return {
            A.NEW_PAIR: lambda: ops.new_pair(self.people_model),
            A.NEW_PERSON: ops.new_person,
            A.MANAGE_PEOPLE: self.show_people,
            A.EDIT_PAIR: lambda: self._with_pair(lambda p: ops.edit_pair(p, self.people_model)),
            A.EDIT_AGREEMENT: lambda: self._with_pair(ops.edit_agreement),
            A.SIGN_AS_MENTOR: lambda: self._with_pair(lambda p: ops.sign(p, Role.MENTOR)),
            A.SIGN_AS_MENTEE: lambda: self._with_pair(lambda p: ops.sign(p, Role.MENTEE)),
            A.END_PAIR: lambda: self._with_pair(ops.end_pair),
            A.IMPORT: ops.import_file,
            A.EXPORT: self._export,
            A.LOAD_DEMO: ops.load_demo,
            A.FIND: self._find,
            A.SHOW_GOALS: lambda: self.workspace.setCurrentIndex(0),
            A.SHOW_SESSIONS: lambda: self.workspace.setCurrentIndex(1),
            A.SHOW_MEETINGS: lambda: self.workspace.setCurrentIndex(2),
            A.SHOW_AGREEMENT: lambda: self.workspace.setCurrentIndex(3),
            A.SHOW_HEALTH: lambda: self.workspace.setCurrentWidget(self.health_tab),
            A.RUN_CHECKLIST: lambda: self._with_pair(self.health_operations.start_checklist),
            A.CHECKLIST_TEMPLATES: self.show_templates,
            A.TEAM_OVERVIEW: self.show_team,
            A.PRINT: lambda: self._with_pair(lambda p: self._print(p, "print")),
            A.PRINT_PREVIEW: lambda: self._with_pair(lambda p: self._print(p, "preview")),
            A.SAVE_PDF: lambda: self._with_pair(self._save_pdf),
            A.BACKUP_NOW: self.back_up_now,
            A.RESTORE_BACKUP: self.show_restore,
            A.CHECK_DATABASE: self.check_database,
            A.TEAM_DATABASE: self.choose_team_database,
            A.WHO_AM_I: self.choose_who_i_am,
            A.SEARCH: self.show_search,
            A.MEETING_MODE: lambda: self._with_pair(self.open_meeting_mode),
            A.PRESENTATION: lambda: self.set_presentation(self.actions[A.PRESENTATION].isChecked()),
            A.UNDO: self.undo_stack.undo,
            A.REDO: self.undo_stack.redo,
            A.QUIT: self.close,
            A.ABOUT: self._about,
        }

    def _start_backups(self) -> AutoBackup | None:
        """Automatic backups for the embedded database (a server backs itself up)."""
        local = self.services.safety.is_local
        for action_id in (A.BACKUP_NOW, A.RESTORE_BACKUP, A.CHECK_DATABASE):
            self.actions[action_id].setEnabled(local)
        if not local:
            return None
        backups = AutoBackup(self.services.safety, self)
        self.bridge.changed.connect(backups.note)
        backups.failed.connect(self.operations.report)
        backups.first_copy.start()
        return backups

    def _connect_undo(self) -> None:
        undo, redo = self.actions[A.UNDO], self.actions[A.REDO]
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        # Undo texts name people and titles: an '&' in them is shown, not a shortcut mark.
        self.undo_stack.undoTextChanged.connect(
            lambda t: undo.setText(f"&Undo {without_mnemonics(t)}".strip())
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: redo.setText(f"&Redo {without_mnemonics(t)}".strip())
        )
        undo.setEnabled(False)
        redo.setEnabled(False)

    def _build_central(self) -> QWidget:
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.banner = plain_label(
            "Presentation mode: private notes are hidden. Ctrl+Shift+H ends it."
        )
        self.banner.setObjectName("presentation_banner")
        self.banner.setStyleSheet(
            "background: #7a4d00; color: white; font-weight: bold; padding: 6px;"
        )
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.pages)
        return central

    def _build_workspace(self) -> QTabWidget:
        services = self.services
        self.goal_operations = GoalOperations(services, self.bridge, self.operations)
        self.goals = GoalsPanel(services, self.goal_operations)
        self.meeting_operations = MeetingOperations(services, self.bridge, self.operations)
        self._me: int | None = None
        self._load_current_user()
        self.health_operations = HealthOperations(services, self.bridge, self.operations)
        # Goals is in front at start; the other panels are built when first opened.
        self.sessions_tab = LazyTab(self._build_sessions)
        self.meetings_tab = LazyTab(self._build_meetings)
        self.health_tab = LazyTab(self._build_health)
        self.overview_tab = LazyTab(self._build_overview, reads_chosen_pair=False)
        workspace = QTabWidget()
        workspace.setObjectName("workspace")
        workspace.addTab(self.goals, "Goals")
        workspace.addTab(self.sessions_tab, "Sessions")
        workspace.addTab(self.meetings_tab, "Meetings")
        workspace.addTab(self.overview_tab, "Pair && Agreement")
        workspace.addTab(self.health_tab, "Health")
        self._pending: dict[QWidget, Callable[[], object]] = {}
        workspace.currentChanged.connect(lambda _index: self._catch_up())
        return workspace

    def _build_menus(self) -> None:
        for title, ids in MENUS.items():
            menu = self.menuBar().addMenu(title)
            for action_id in ids:
                menu.addSeparator() if action_id is None else menu.addAction(
                    self.actions[action_id]
                )
        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action_id in TOOLBAR:
            toolbar.addSeparator() if action_id is None else toolbar.addAction(
                self.actions[action_id]
            )

    # -- behaviour --------------------------------------------------------------------------
    def chosen_pair(self) -> Pair | None:
        """The pair the overview shows, fetched fresh."""
        pair_id = self.pair_list.chosen_id()
        return None if pair_id is None else self.services.pairs.get(pair_id)

    def _find(self) -> None:
        self.pair_list.focus_filter()

    def _with_pair(self, call: Callable[[int], object]) -> None:
        if (pair_id := self.pair_list.chosen_id()) is not None:
            call(pair_id)

    def _report(self, pair_id: int) -> QuarterReport:
        """The summary of the quarter chosen in the Goals tab (else the current one)."""
        shown = self.goals.pair_id == pair_id and self.goals not in self._pending
        return self.services.reports.quarter_report(
            pair_id, self.goals.chosen_quarter() if shown else None
        )

    def _print(self, pair_id: int, how: str) -> None:
        from mentordesk.ui.printing.printing import preview_report, print_report  # on first use

        (preview_report if how == "preview" else print_report)(self._report(pair_id), self)

    def _save_pdf(self, pair_id: int) -> None:
        from mentordesk.ui.printing.printing import save_report_pdf

        path = save_report_pdf(self._report(pair_id), self)
        if path is not None:
            self.statusBar().showMessage(f"Saved the quarterly summary to {path}.", 10000)

    def _export(self) -> None:
        pair = self.chosen_pair()
        refs: list[str] = []
        if pair is not None:
            answer = QMessageBox.question(
                self,
                "Export",
                shown_as_typed(f"Export only {pair.title}?\n\nChoose No to export the whole team."),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes:
                refs = [pair.external_id]
        self.operations.export_file(refs)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.people:
            self.people_model.refresh(changes.people)
        if changes.pairs or changes.people:
            self.pair_model.refresh(changes.pairs)
        if self.pages.currentWidget() is self.welcome and self.pair_model.rowCount():
            self._leave_welcome()
            self.pair_list.table.choose_row(0)
        chosen = self.pair_list.chosen_id()
        if changes.goals or (chosen is not None and chosen in changes.pairs):
            self._refresh_when_shown(self.goals)
        if changes.meetings:
            self._refresh_when_shown(self.meetings_tab)
        if changes.sessions or changes.meetings:
            self._refresh_when_shown(self.sessions_tab)
        health = changes.checklists or changes.sessions or changes.pairs or changes.goals
        if health:
            self._refresh_when_shown(self.health_tab)
            if self.team_window is not None:
                self.team_window.refresh()
        if chosen is None or chosen in changes.pairs or health:
            self._show_chosen()  # after the health panel: the overview shows its signals

    def _on_created(self, kind: str, record_id: int) -> None:
        if kind == "pair":
            self.pair_list.choose(record_id)

    def _watch_team_database(self) -> RemoteWatch:
        from mentordesk.ui.data.remote_watch import RemoteWatch  # team mode only

        watch = RemoteWatch(self.services, self.bridge, self)
        watch.changed.connect(self._changed_elsewhere)
        watch.trouble.connect(self._server_trouble)
        watch.delivered.connect(lambda said: self.statusBar().showMessage(said, 15000))
        return watch

    def _changed_elsewhere(self, session_ids: frozenset[int]) -> None:
        if self.sessions_tab.built:  # else it reads them when it is built
            self.sessions.editor.take_changes_from_elsewhere(session_ids)
        if self.meeting_window is not None:  # meeting mode follows too
            self.meeting_window.editor.take_changes_from_elsewhere(session_ids)

    def _server_trouble(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message)  # stays until the server answers
        else:
            self.statusBar().showMessage("The team database answers again.", 10000)

    def _on_pair_chosen(self, pair_id: int | None) -> None:
        if self.remote is not None:
            self.remote.watch(pair_id)
        for page in (self.goals, self.sessions_tab, self.meetings_tab, self.health_tab):
            if (panel := self._pair_panel(page)) is not None:  # else it reads when built
                self._pending[page] = partial(panel.show_pair, pair_id)
        self._catch_up()
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The actions that depend on the chosen pair; the overview when it is in front."""
        self._pending[self.overview_tab] = self._fill_overview  # the newest pair wins
        self._catch_up()
        pair = self.chosen_pair()
        today = self.services.pairs.today()
        is_open = pair is not None and pair.status(today) is not PairStatus.ENDED
        agreement = pair.agreement if pair else None
        written = agreement is not None and not agreement.text.is_blank
        a = self.actions
        a[A.EDIT_AGREEMENT].setEnabled(is_open)
        a[A.EDIT_PAIR].setEnabled(is_open)
        a[A.MEETING_MODE].setEnabled(is_open)
        a[A.RUN_CHECKLIST].setEnabled(is_open)
        for action_id in (A.PRINT, A.PRINT_PREVIEW, A.SAVE_PDF):
            a[action_id].setEnabled(pair is not None)
        a[A.END_PAIR].setEnabled(is_open and pair is not None and pair.ended_on is None)
        for action_id, role in ((A.SIGN_AS_MENTOR, Role.MENTOR), (A.SIGN_AS_MENTEE, Role.MENTEE)):
            unsigned = agreement is not None and agreement.signed_on(role) is None
            a[action_id].setEnabled(is_open and written and unsigned)
        a[A.LOAD_DEMO].setEnabled(
            self.pair_model.rowCount() == 0 and self.people_model.rowCount() == 0
        )

    def _fill_overview(self) -> None:
        pair = self.chosen_pair()
        today = self.services.pairs.today()
        upcoming = self.services.meetings.next_meetings([pair.id])[pair.id] if pair else None
        signals = None
        if pair is not None:
            current = (
                self.health_tab.built
                and self.health.pair_id == pair.id
                and self.health_tab not in self._pending
            )
            shown = self.health.signals if current else None
            signals = shown or self.services.health.signals([pair.id])[pair.id]
        self.overview.show_pair(pair, today, upcoming, signals)

    # -- first run, geometry, about -----------------------------------------------------------
    def _choose_start_page(self) -> None:
        settings = self._settings.load()
        empty = self.pair_model.rowCount() == 0 and self.people_model.rowCount() == 0
        if empty and not settings.first_run_done:
            self.pages.setCurrentWidget(self.welcome)
            return
        self._leave_welcome()

    def _leave_welcome(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        settings = self._settings.load()
        if not settings.first_run_done:
            self._settings.save(settings.with_changes(first_run_done=True))
            if self.people_model.rowCount():
                self.choose_who_i_am()

    def _restore_geometry(self) -> None:
        geometry = self._ui_state.value("main/geometry", QByteArray(), type=QByteArray)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._ui_state.value("main/state", QByteArray(), type=QByteArray)
        if not state.isEmpty():
            self.restoreState(state)
        split = self._ui_state.value("main/splitter", QByteArray(), type=QByteArray)
        if not split.isEmpty():
            self.splitter.restoreState(split)
        last = self._ui_state.value("main/pair", 0, type=int)
        if last and self.pair_model.row_of(last) is not None:
            self.pair_list.choose(last)
        elif self.pair_model.rowCount():
            self.pair_list.table.choose_row(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        from mentordesk.ui.data.autosave import flush_everywhere  # loaded with the first editor

        if not flush_everywhere() and not self.close_without_asking and not self._lose_edits():
            event.ignore()  # the text stays where it is, and saving is tried again
            return
        self.tasks.wait()
        if self.remote is not None:
            self.remote.stop()
        if self.auto_backup is not None:
            self.auto_backup.on_close()
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/state", self.saveState())
        self._ui_state.setValue("main/splitter", self.splitter.saveState())
        self._ui_state.setValue("main/pair", self.pair_list.chosen_id() or 0)
        self._ui_state.sync()
        super().closeEvent(event)

    def _lose_edits(self) -> bool:
        """Ask whether to close although the latest changes could not be saved."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Changes Not Saved Yet",
            "Your latest changes could not be saved yet; the session says why. MentorDesk "
            "keeps trying while it is open.\n\nClose anyway and lose them?",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        stay = box.addButton("Keep Open", QMessageBox.ButtonRole.RejectRole)
        box.addButton("Close and Lose Them", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        return box.clickedButton() is not stay

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About MentorDesk",
            f"<h3>MentorDesk {__version__}</h3>"
            "<p>Agreements, goals, meetings and a shared session log for mentoring pairs.</p>"
            "<p>Local-first and private: your data stays on this computer, with no account, "
            "unless your team chooses a shared database of its own; private notes never "
            "leave this computer.</p><p>MIT licence.</p>",
        )
