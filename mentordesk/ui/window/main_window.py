"""The main window: assembles the pair list, the workspace, the companions, menus and
the status bar, and passes each change set to whoever shows it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QMoveEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.pairs import Pair, PairView, Role
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.ui.common.background import Background
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.page_scroll import PageScroll
from mentordesk.ui.common.translation import translate
from mentordesk.ui.common.undo import connect_actions
from mentordesk.ui.data.guards import DataGuards
from mentordesk.ui.pairs.pair_list_model import PairListModel
from mentordesk.ui.pairs.pair_list_panel import PairListPanel
from mentordesk.ui.people.people_model import PeopleModel
from mentordesk.ui.window import window_state
from mentordesk.ui.window.actions import ActionId, build_actions, build_menus, enable_for_pair
from mentordesk.ui.window.appearance_menu import add_appearance_menu
from mentordesk.ui.window.companions import Companions, presentation_banner
from mentordesk.ui.window.language_menu import add_language_menu
from mentordesk.ui.window.no_pairs_page import NoPairsPage
from mentordesk.ui.window.workspace import Workspace

if TYPE_CHECKING:  # a first run only: its module loads then
    from mentordesk.domain.signing import SignedSummary
    from mentordesk.ui.window.reminders import ReminderDesk
    from mentordesk.ui.window.welcome_page import WelcomePage

A = ActionId


class MainWindow(QMainWindow):
    """Pairs on the left, the chosen pair on the right."""

    _keep_soon: QTimer | None = None  # keeps how the window is, a moment after a change

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
        self._ui_state = ui_state
        self.restart_requested = False  # run() starts MentorDesk again once this one is gone
        self.close_without_asking = False  # a signal or the end of the desktop session
        self.quitting = False  # Quit was chosen: closing closes, even with the tray kept
        self.reminders: ReminderDesk | None = None  # from start_reminders()
        self.bridge = ChangeBridge(self)
        self.undo_stack = QUndoStack(self)
        self.tasks = Background(self)  # import, export, the demo team
        self.operations = Operations(services, self.bridge, self.undo_stack, self.tasks, self)
        self.pair_model = PairListModel(services.pairs, services.meetings, self)
        self.people_model = PeopleModel(services.people, self)
        self.action_map = build_actions(self, self._handlers())
        self.addActions(list(self.action_map.values()))  # shortcuts work wherever the focus is
        self.action_map[A.PRESENTATION].setCheckable(True)
        self.action_map[A.SHOW_PAIR_LIST].setCheckable(True)
        self.action_map[A.SHOW_PAIR_LIST].setChecked(True)

        self.pair_list = PairListPanel(
            self.pair_model,
            new_pair=self.action_map[A.NEW_PAIR],
            new_person=self.action_map[A.NEW_PERSON],
            people=self.people_model,
        )
        self.workspace = Workspace.assembled(
            services, self.bridge, self.operations, self.action_map, lambda: self.companions
        )
        self.banner = presentation_banner()
        self.companions = Companions(
            self,
            services=services,
            settings=settings,
            team=team or TeamDatabaseService(settings),
            operations=self.operations,
            tasks=self.tasks,
            undo_stack=self.undo_stack,
            bridge=self.bridge,
            people_model=self.people_model,
            pair_list=self.pair_list,
            workspace=self.workspace,
            presentation=self.action_map[A.PRESENTATION],
            banner=self.banner,
        )
        self.splitter = self._build_splitter()
        self.welcome: WelcomePage | None = None  # built on a first run only
        self.setCentralWidget(self._build_central())
        view = build_menus(self, self.action_map)["&View"]
        add_appearance_menu(self, view, settings)
        add_language_menu(view, settings, self._restart)

        self.companions.restart_chosen.connect(self._restart)
        self.companions.restored.connect(self.reload_everything)
        self.bridge.changed.connect(self._on_changed)
        self.guards = DataGuards(
            self,
            services,
            self.bridge,
            report=self.operations.report,
            changed_elsewhere=self._changed_elsewhere,
            local_only=self._actions(A.CHECK_DATABASE),
            backing_up=self._actions(A.BACKUP_NOW, A.RESTORE_BACKUP),
        )
        self.pair_list.pair_chosen.connect(self._on_pair_chosen)
        if not services.safety.is_local:  # another install may change the pair meanwhile
            self.workspace.currentChanged.connect(lambda _index: self._reread_view())
        self.operations.created.connect(self._on_created)
        self.operations.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.operations.merged.connect(self._show_afresh)
        connect_actions(self.undo_stack, self.action_map[A.UNDO], self.action_map[A.REDO])

        self.pair_model.load()
        self.people_model.load()
        self._show_right()
        self._choose_start_page()
        self._restore_geometry()
        if self.pair_list.chosen_id() is None:  # else choosing it has shown it already
            self._on_pair_chosen(None)

    # -- assembly -----------------------------------------------------------------------
    def _handlers(self) -> dict[ActionId, Callable[[], object]]:
        ops = self.operations

        def c() -> Companions:  # built after the actions it serves
            return self.companions

        pair = self._with_pair
        return {
            A.NEW_PAIR: lambda: ops.new_pair(self.people_model),
            A.NEW_PERSON: ops.new_person,
            A.MANAGE_PEOPLE: lambda: c().show_people(),
            A.EDIT_PAIR: lambda: pair(lambda p: ops.edit_pair(p, self.people_model)),
            A.EDIT_AGREEMENT: lambda: pair(ops.edit_agreement),
            A.SIGN_AS_MENTOR: lambda: pair(lambda p: ops.sign(p, Role.MENTOR)),
            A.SIGN_AS_MENTEE: lambda: pair(lambda p: ops.sign(p, Role.MENTEE)),
            A.END_PAIR: lambda: pair(
                lambda p: ops.end_pair(p, self.workspace.meeting_operations.offer_update_after_end)
            ),
            A.IMPORT: ops.import_file,
            A.EXPORT: lambda: self._saved_first(lambda: ops.export_chosen(self.chosen_pair())),
            A.LOAD_DEMO: ops.load_demo,
            A.FIND: lambda: self.pair_list.focus_filter(),  # noqa: PLW0108 (built later)
            A.SHOW_GOALS: lambda: self.workspace.setCurrentIndex(0),
            A.SHOW_SESSIONS: lambda: self.workspace.setCurrentIndex(1),
            A.SHOW_MEETINGS: lambda: self.workspace.setCurrentIndex(2),
            A.SHOW_AGREEMENT: lambda: self.workspace.setCurrentIndex(3),
            A.SHOW_HEALTH: lambda: self.workspace.setCurrentWidget(self.workspace.health_tab),
            A.SHOW_PAIR_LIST: lambda: self.pair_list.setVisible(
                self.action_map[A.SHOW_PAIR_LIST].isChecked()
            ),
            A.RUN_CHECKLIST: lambda: pair(self.workspace.health_operations.start_checklist),
            A.CHECKLIST_TEMPLATES: lambda: c().show_templates(),
            A.TEAM_OVERVIEW: lambda: c().show_team(),
            A.PRINT: lambda: pair(lambda p: self._summary(p, "print")),
            A.PRINT_PREVIEW: lambda: pair(lambda p: self._summary(p, "preview")),
            A.SAVE_PDF: lambda: pair(lambda p: self._summary(p, "pdf")),
            A.SAVE_MANAGER_COPY: lambda: pair(lambda p: self._summary(p, "manager")),
            A.SIGN_SUMMARY: lambda: pair(self._sign_summary),
            A.SIGNED_SUMMARIES: lambda: pair(self._signed_summaries),
            A.BACKUP_NOW: lambda: c().back_up_now(),
            A.RESTORE_BACKUP: lambda: c().show_restore(),
            A.CHECK_DATABASE: lambda: c().check_database(),
            A.TEAM_DATABASE: lambda: c().choose_team_database(),
            A.WHO_AM_I: lambda: c().choose_who_i_am(),
            A.REMINDERS: lambda: c().choose_reminders(self.reminders),
            A.SEARCH: lambda: c().show_search(),
            A.MEETING_MODE: lambda: pair(c().open_meeting_mode),
            A.SHARE_AGENDA: lambda: pair(c().share_agenda),
            A.SHARE_RECAP: lambda: pair(c().share_recap),
            A.PRESENTATION: lambda: c().set_presentation(
                self.action_map[A.PRESENTATION].isChecked()
            ),
            A.UNDO: self.undo_stack.undo,
            A.REDO: self.undo_stack.redo,
            A.QUIT: self.quit_for_real,
            A.ABOUT: self._about,
            A.GUIDANCE: self._guidance,
            A.KEYBOARD_SHORTCUTS: lambda: self._help("keyboard_shortcuts"),
        }

    def _build_central(self) -> QWidget:
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.pages)
        return central

    def _actions(self, *ids: ActionId) -> list[QAction]:
        return [self.action_map[action_id] for action_id in ids]

    # -- the chosen pair -----------------------------------------------------------------------
    def chosen_pair(self) -> Pair | None:
        """The pair the list has chosen, as read when it was chosen or last changed."""
        return self.workspace.view.pair if self.workspace.view else None

    def _read_view(self, pair_id: int | None) -> PairView | None:
        """The one read of the chosen pair that every tab and action shares."""
        if pair_id is None:
            return None
        return PairView(self.services.pairs.get(pair_id), self.services.pairs.today())

    def _with_pair(self, call: Callable[[int], object]) -> None:
        if (pair_id := self.pair_list.chosen_id()) is not None:
            call(pair_id)

    def _on_pair_chosen(self, pair_id: int | None) -> None:
        self.guards.watch(pair_id)
        self.workspace.show_pair(self._read_view(pair_id))
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The actions that depend on the chosen pair; the overview when it is in front."""
        self.workspace.fill_overview_when_shown()
        empty = self.pair_model.rowCount() == 0 and self.people_model.rowCount() == 0
        enable_for_pair(self.action_map, self.workspace.view, empty)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.people:
            self.people_model.refresh(changes.people)
        if changes.pairs or changes.people:
            self.pair_model.refresh(changes.pairs)
        welcome = self.welcome is not None and self.pages.currentWidget() is self.welcome
        if welcome and self.pair_model.rowCount():
            self._leave_welcome()
            self.pair_list.table.choose_row(0)
        chosen = self.pair_list.chosen_id()
        if chosen is not None and (chosen in changes.pairs or changes.people):
            self.workspace.take_view(self._read_view(chosen))  # its names or end changed
        health = self.workspace.apply(changes)
        if health:
            self.companions.refresh_team(changes)
        if chosen is None or chosen in changes.pairs or health:
            self._show_chosen()  # after the health panel: the overview shows its signals

    def _changed_elsewhere(self, session_ids: frozenset[int]) -> None:
        """Team mode: another install saved for this pair; its sessions follow, and the
        pair is read again (a partner may have signed, renamed or ended it too)."""
        self.companions.changed_elsewhere(session_ids)
        self._reread_view()

    def _reread_view(self) -> None:
        if (chosen := self.pair_list.chosen_id()) is not None:
            self.workspace.take_view(self._read_view(chosen))
            self._show_chosen()

    def _on_created(self, kind: str, record_id: int) -> None:
        if kind == "pair":
            self.pair_list.choose(record_id)

    # -- files ---------------------------------------------------------------------------------
    def _summary(self, pair_id: int, how: str) -> None:
        from mentordesk.ui.data.autosave import flush_everywhere
        from mentordesk.ui.printing.printing import summary  # on first use

        flush_everywhere()  # what was just typed is saved before a print dialog opens
        if said := summary(how, self.workspace.quarter_report(pair_id), self):
            self.statusBar().showMessage(said, 10000)

    def _sign_summary(self, pair_id: int) -> None:
        from mentordesk.ui.data.autosave import flush_everywhere
        from mentordesk.ui.printing.signing import SignDialog  # on first use

        flush_everywhere()  # the summary signed has what was just typed
        try:
            prepared = self.services.signing.prepare(self.workspace.quarter_report(pair_id))
        except UserFacingError as error:
            self.operations.report(error.message)
            return

        def signed(summary: SignedSummary) -> None:
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Signed version {version} of quarter {quarter}'s summary; MentorDesk keeps "
                    "it as signed (File ▸ Signed Summaries…).",
                ).format(version=summary.signature.version, quarter=summary.quarter),
                15000,
            )

        dialog = SignDialog(prepared, self.services.signing, signed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _signed_summaries(self, pair_id: int) -> None:
        from mentordesk.ui.printing.signing import SignedSummariesDialog  # on first use

        title = self.services.pairs.get(pair_id).title
        say = lambda text: self.statusBar().showMessage(text, 10000)  # noqa: E731
        dialog = SignedSummariesDialog(self.services.signing, pair_id, title, say, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- start, restart, close -----------------------------------------------------------------
    def _choose_start_page(self) -> None:
        settings = self._settings.load()
        empty = self.pair_model.rowCount() == 0 and self.people_model.rowCount() == 0
        if empty and not settings.first_run_done:
            self.pages.setCurrentWidget(self._build_welcome())
            return
        self._leave_welcome()

    def _build_welcome(self) -> WelcomePage:
        from mentordesk.ui.window.welcome_page import WelcomePage  # a first run only

        icon = QApplication.windowIcon()
        self.welcome = WelcomePage(None if icon.isNull() else self.windowIcon())
        self.welcome.demo_chosen.connect(self.operations.load_demo)
        self.welcome.import_chosen.connect(self.operations.import_file)
        self.welcome.empty_chosen.connect(self._leave_welcome)
        self.pages.addWidget(self.welcome)
        return self.welcome

    def _leave_welcome(self) -> None:
        self.pages.setCurrentWidget(self.splitter)
        settings = self._settings.load()
        if not settings.first_run_done:
            self._settings.save(settings.with_changes(first_run_done=True))
            if self.people_model.rowCount():  # said, not asked: the person is busy exploring
                self.statusBar().showMessage(
                    translate(
                        "MainWindow",
                        "To keep private notes, choose who you are: People ▸ I Am…",
                    ),
                    15000,
                )

    def _restore_geometry(self) -> None:
        left = window_state.restore(self._ui_state, self, self.splitter)
        if 0 <= left.tab < self.workspace.count():
            self.workspace.setCurrentIndex(left.tab)
        if left.pair and self.pair_model.row_of(left.pair) is not None:
            self.pair_list.choose(left.pair)
        elif self.pair_model.rowCount():
            self.pair_list.table.choose_row(0)
        # From now on, how the window is left is kept a moment after each change.
        self._keep_soon = QTimer(self, singleShot=True, interval=window_state.KEEP_AFTER_MS)
        self._keep_soon.timeout.connect(self.keep_state)
        for changed in (
            self.pair_list.pair_chosen,
            self.workspace.currentChanged,
            self.splitter.splitterMoved,
        ):
            changed.connect(lambda *_: self._keep_soon.start())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._keep_soon is not None:
            self._keep_soon.start()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._keep_soon is not None:
            self._keep_soon.start()

    def keep_state(self) -> None:
        """Remember how the window is now, for the next start (also after a crash)."""
        window_state.keep(
            self._ui_state, self, self.splitter, self.pair_list.chosen_id(), self.workspace
        )

    def _build_splitter(self) -> QSplitter:
        """The pair list beside the chosen pair's workspace."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pair_list)
        self.right = QStackedWidget()  # the chosen pair's tabs, or the steps to a first pair
        self.right.addWidget(self.workspace)
        self.no_pairs = NoPairsPage(self._actions(A.NEW_PERSON, A.NEW_PAIR, A.LOAD_DEMO, A.IMPORT))
        self.no_pairs_page = PageScroll(self.no_pairs)  # never widens the window it is hidden in
        self.no_pairs_page.setFrameShape(QFrame.Shape.NoFrame)
        self.right.addWidget(self.no_pairs_page)
        for model in (self.pair_model, self.people_model):
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._show_right)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setContentsMargins(8, 8, 8, 0)
        splitter.setSizes([470, 810])
        return splitter

    def _show_right(self, *_args: object) -> None:
        """The pair's tabs, or while the team has no pair the steps to a first one."""
        none = self.pair_model.rowCount() == 0
        self.no_pairs.show_people(self.people_model.rowCount())
        self.right.setCurrentWidget(self.no_pairs_page if none else self.workspace)

    def reload_everything(self, _restored: object = None) -> None:
        """Show the data afresh after a restore (every record may have changed)."""
        self._show_afresh(
            translate(
                "MainWindow",
                "Restored. The data it replaced was backed up first.",
            )
        )

    def _show_afresh(self, said: str) -> None:
        """Every record read again, and `said` in the status bar (after a restore or a
        merge: a merged pair has new ids, so what undo remembered is gone)."""
        self.undo_stack.clear()
        self.people_model.load()
        self.pair_model.load()
        self.pair_list.table.choose_row(0)
        self._on_pair_chosen(self.pair_list.chosen_id())
        self.statusBar().showMessage(said, 10000)

    def start_reminders(self) -> None:
        """Reminders from now on: checked soon, then every minute (the app calls this once
        the window is up; the tray icon, where there is a tray, comes with them)."""
        from mentordesk.ui.window.reminders import ReminderDesk, WindowTarget

        if self.reminders is None:
            self.reminders = ReminderDesk(
                self.services,
                self._settings,
                lambda: self.companions.me,
                WindowTarget(self),
                status_bar=self.statusBar(),
                icon=self.windowIcon(),
                parent=self,
            )
            self.reminders.start()

    def quit_for_real(self) -> None:
        """Close even when closing would only hide the window in the tray, then leave."""
        self.quitting = True
        if self.close():
            QApplication.quit()
        else:
            self.quitting = False

    def _hide_in_tray(self) -> bool:
        """Closing hides the window when the person keeps MentorDesk in the tray."""
        desk = self.reminders
        keep = desk is not None and desk.tray is not None and desk.tray.isVisible()
        if self.quitting or self.close_without_asking or not keep:
            return False
        if not self._settings.load().keep_in_tray:
            return False
        from mentordesk.ui.data.autosave import flush_everywhere

        flush_everywhere()  # what is typed is saved, as on closing
        self.keep_state()
        self.hide()
        return True

    def bring_forward(self) -> None:
        """Come to the front (a second start asked for this window, or the tray did): as
        it was, maximised or not, only no longer minimised or hidden."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _restart(self) -> None:
        self.restart_requested = True
        self.quitting = True  # closing closes, even with MentorDesk kept in the tray
        if not self.close():  # the person kept the window open: no restart after all
            self.restart_requested = self.quitting = False

    def _editor_with_edits(self) -> QWidget | None:
        """An open editor whose edits are not saved (the checklist template editor)."""
        for widget in QApplication.topLevelWidgets():
            has_edits = getattr(widget, "has_edits", None)
            if widget.isVisible() and callable(has_edits) and has_edits():
                return widget
        return None

    def _saved_first(self, call: Callable[[], object]) -> None:
        """Save what is being typed, then `call` (an export holds the newest words)."""
        from mentordesk.ui.data.autosave import flush_everywhere

        flush_everywhere()
        call()

    def _lose_unsaved_edits(self) -> bool:
        from mentordesk.ui.data.autosave import lose_unsaved_edits

        return lose_unsaved_edits(self)

    def _help(self, which: str) -> None:
        from mentordesk.ui.window import help  # on first use

        dialog = getattr(help, which)(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _guidance(self) -> None:
        from mentordesk.ui.guidance.library_window import GuidanceWindow  # on first use

        window = GuidanceWindow(self.services.guidance, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()

    def _about(self) -> None:
        from mentordesk.ui.window.help import about

        about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        from mentordesk.ui.data.autosave import flush_everywhere  # loaded with the first editor

        if self._hide_in_tray():
            event.ignore()  # still running, in the tray: reminders go on
            return
        if not self.close_without_asking and (editing := self._editor_with_edits()) is not None:
            event.ignore()  # it asks Save / Discard / Cancel first; then close again
            editing.raise_()
            editing.close()
            return

        if (
            not flush_everywhere()
            and not self.close_without_asking
            and not self._lose_unsaved_edits()
        ):
            event.ignore()  # the text stays where it is, and saving is tried again
            return
        self.tasks.wait()
        self.guards.on_close()
        if self._keep_soon is not None:
            self._keep_soon.stop()  # kept now, once
        self.keep_state()
        super().closeEvent(event)
