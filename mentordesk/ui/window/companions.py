"""The windows and modes the main window opens beside itself: people, search, the team,
checklist templates, meeting mode, "I Am…", presentation mode, and the database's own
commands (back up, restore, check, the team database)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.team_database import TeamDatabaseService
from mentordesk.settings import SettingsStore
from mentordesk.ui.common.background import Background
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.tones import banner_style
from mentordesk.ui.common.translation import translate
from mentordesk.ui.pairs.pair_list_panel import PairListPanel
from mentordesk.ui.people.people_model import PeopleModel
from mentordesk.ui.window.workspace import Workspace

if TYPE_CHECKING:  # each window's module loads when it first opens, not at start-up
    from mentordesk.services.sharing import Shared
    from mentordesk.ui.health.team_window import TeamWindow
    from mentordesk.ui.people.people_window import PeopleWindow
    from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow
    from mentordesk.ui.sessions.search_window import SearchWindow
    from mentordesk.ui.window.reminders import ReminderDesk


class Companions(QObject):
    """Opens (or brings forward) the main window's companions and keeps them in step."""

    restart_chosen = Signal()  # the person chose another database and a restart now
    restored = Signal()  # a backup replaced the data: show everything afresh

    def __init__(
        self,
        window: QMainWindow,
        *,
        services: Services,
        settings: SettingsStore,
        team: TeamDatabaseService,
        operations: Operations,
        tasks: Background,
        undo_stack: QUndoStack,
        bridge: ChangeBridge,
        people_model: PeopleModel,
        pair_list: PairListPanel,
        workspace: Workspace,
        presentation: QAction,
        banner: QLabel,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._settings = settings
        self._team = team
        self._operations = operations
        self._tasks = tasks
        self._undo_stack = undo_stack
        self._bridge = bridge
        self._people_model = people_model
        self._pair_list = pair_list
        self._workspace = workspace
        self._presentation = presentation
        self._banner = banner
        self.people_window: PeopleWindow | None = None
        self.meeting_window: MeetingModeWindow | None = None
        self._questions: dict[int, list[str]] = {}  # meeting mode's added, by session
        self.search_window: SearchWindow | None = None
        self.team_window: TeamWindow | None = None
        self.me: int | None = None  # the person using this computer
        self._load_current_user()

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10000)

    # -- windows ----------------------------------------------------------------------------
    def show_people(self) -> None:
        """Open (or bring forward) the people window."""
        if self.people_window is None:
            from mentordesk.ui.people.people_window import PeopleWindow

            self.people_window = PeopleWindow(self._people_model, self._operations, self._window)
        self.people_window.show()
        self.people_window.raise_()
        self.people_window.activateWindow()

    def show_team(self) -> None:
        """Open (or bring forward) the team overview."""
        if self.team_window is None:
            from mentordesk.ui.health.team_window import TeamWindow

            self.team_window = TeamWindow(
                self._services,
                self._open_health,
                self._window,
                new_pair=lambda: self._operations.new_pair(self._people_model),
            )
        self.team_window.show_afresh()

    def refresh_team(self, changes: ChangeSet | None = None) -> None:
        """The team's health may have changed (`changes`, when known): its window reads it
        again after the burst of changes while it is shown, else when it shows again."""
        if self.team_window is not None:
            self.team_window.changed(changes)

    def _open_health(self, pair_id: int) -> None:
        self._pair_list.choose(pair_id)
        self._workspace.setCurrentWidget(self._workspace.health_tab)

    def show_templates(self) -> None:
        """Edit the checklist templates."""
        from mentordesk.ui.health.template_editor import TemplateEditor

        TemplateEditor(self._services, self._bridge, self._window).open()

    def show_search(self) -> None:
        """Open (or bring forward) the search window, its query box ready."""
        if self.search_window is None:
            from mentordesk.ui.sessions.search_window import SearchWindow

            self.search_window = SearchWindow(
                self._services.sessions, self.open_session, self._window
            )
        self.search_window.show()
        self.search_window.raise_()
        self.search_window.query.setFocus()
        self.search_window.query.selectAll()

    def open_session(self, pair_id: int, session_id: int) -> None:
        """Show a session of a pair in the Sessions tab."""
        self._pair_list.choose(pair_id)
        self._workspace.show_session(session_id)

    def open_meeting_mode(self, pair_id: int) -> None:
        """Open meeting mode for the pair's meeting that is on now (or the next one)."""
        if self.meeting_window is not None:
            self.meeting_window.close()
        from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow

        self.meeting_window = MeetingModeWindow(
            self._services,
            self._bridge,
            pair_id,
            lambda: self.me,
            self._window,
            push=self._operations.push,
            undo_stack=self._undo_stack,
            questions=self._questions,
        )
        self.meeting_window.set_presentation(self._presentation.isChecked())
        self.meeting_window.show()
        self.meeting_window.raise_()
        self.meeting_window.activateWindow()  # the keyboard goes to the meeting

    def share_agenda(self, pair_id: int) -> None:
        """The next meeting's agenda, to copy, print or send ahead."""
        from mentordesk.ui.data.autosave import flush_everywhere

        flush_everywhere()  # the topics being typed belong on it
        self._share(pair_id, self._services.sharing.agenda(pair_id))

    def share_recap(self, pair_id: int) -> None:
        """The recap of the session chosen on the Sessions tab (else the last one held),
        to copy, print or send."""
        from mentordesk.domain.sessions import SessionStatus
        from mentordesk.ui.data.autosave import flush_everywhere

        flush_everywhere()
        chosen = self._workspace.sessions.chosen() if self._workspace.sessions_tab.built else None
        if chosen is None or chosen.session is None:
            now = self._services.sessions.now()
            held = [
                r
                for r in self._services.sessions.log(pair_id)
                if r.session is not None and r.status is SessionStatus.HELD and r.when <= now
            ]
            chosen = held[-1] if held else None
        if chosen is None or chosen.session is None:
            self._operations.report(
                translate(
                    "Companions", "This pair has held no meeting yet: there is nothing to recap."
                )
            )
            return
        self._share(pair_id, self._services.sharing.shared_recap(chosen.session.id))

    def _share(self, pair_id: int, shared: Shared) -> None:
        from mentordesk.ui.sessions.share_dialog import ShareDialog

        dialog = ShareDialog(
            shared,
            lambda s: self._services.sharing.email_draft(pair_id, s, self.me),
            self._operations.message.emit,
            self._window,
        )
        self._operations.open_dialog(dialog)

    def changed_elsewhere(self, session_ids: frozenset[int]) -> None:
        """Sessions changed on another computer: every editor showing them follows."""
        self._workspace.reread_sessions(session_ids)
        if self.meeting_window is not None:
            self.meeting_window.editor.take_changes_from_elsewhere(session_ids)

    # -- modes -------------------------------------------------------------------------------
    def set_presentation(self, on: bool) -> None:
        """Hide (or show again) every private note; a banner says so while on."""
        self._presentation.setChecked(on)
        self._banner.setVisible(on)
        self._workspace.set_presentation(on)
        if self.meeting_window is not None:
            self.meeting_window.set_presentation(on)
        self._window.setWindowTitle(
            translate("Companions", "MentorDesk — presentation mode") if on else "MentorDesk"
        )

    def _load_current_user(self) -> None:
        """On a team database, whom the login belongs to; else the person chosen here."""
        person = self._services.people.connected() or self._services.people.find(
            self._settings.load().current_user
        )
        self.me = person.id if person else None

    def choose_who_i_am(self) -> None:
        """Ask who is using this MentorDesk (the owner of the private notes shown)."""

        def save(external_id: str | None) -> None:
            self._settings.save(self._settings.load().with_changes(current_user=external_id))
            self._load_current_user()
            self._workspace.reread_private_note()

        connected = self._services.people.connected()
        if connected is not None:  # the server knows: the login is theirs
            QMessageBox.information(
                self._window,
                translate("Companions", "I Am…"),
                translate(
                    "Companions",
                    "You are connected to the team database as {name}: the login "
                    "says who you are, and the server shows you only your own pairs.",
                ).format(name=connected.name),
            )
            return
        people = self._services.people.all()
        current = self._settings.load().current_user
        from mentordesk.ui.people.whoami_dialog import WhoAmIDialog

        self._operations.open_dialog(WhoAmIDialog(save, people, current, self._window))

    def choose_reminders(self, desk: ReminderDesk | None) -> None:
        """Which reminders show, the tray, the start with the session."""
        from mentordesk.ui.window.reminder_settings import ReminderSettingsDialog
        from mentordesk.ui.window.reminders import tray_available

        me = self._services.people.get(self.me) if self.me is not None else None
        whose = (
            translate("Companions", "They are for {name}'s pairs (People ▸ I Am).").format(
                name=me.name
            )
            if me is not None
            else translate(
                "Companions",
                "Nobody is chosen in People ▸ I Am: they are for every pair on this "
                "computer, when it holds three or fewer.",
            )
        )
        dialog = ReminderSettingsDialog(self._settings, whose, tray_available(), self._window)
        if desk is not None:
            dialog.accepted.connect(desk.check)  # a kind turned on may be due now
        self._operations.open_dialog(dialog)

    # -- the database -----------------------------------------------------------------------
    def choose_team_database(self) -> None:
        """Settings for the shared team database; offer to restart on the new choice."""
        from mentordesk.ui.data.team_database_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(self._team, self._services.safety.location, self._window)
        dialog.accepted.connect(lambda: self._offer_restart(dialog.chose_local))
        self._operations.open_dialog(dialog)

    def _offer_restart(self, chose_local: bool) -> None:
        chosen = self._team.configured()
        later = (
            translate("Companions", " (--db or MENTORDESK_DB still wins for this run)")
            if self._team.override
            else ""
        )
        question = (
            translate(
                "Companions",
                "MentorDesk opens this computer's own database from its next start{later}. "
                "Restart it now?",
            ).format(later=later)
            if chose_local or chosen is None
            else translate(
                "Companions",
                "MentorDesk opens the team database {database} on {host} from its next "
                "start{later}. Restart it now?",
            ).format(database=chosen.database, host=chosen.host, later=later)
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Companions", "Shared Team Database"),
            question,
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the server and database as typed
        restart = box.addButton(
            translate("Companions", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("Companions", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setObjectName("restart_question")
        box.finished.connect(
            lambda _r: self.restart_chosen.emit() if box.clickedButton() is restart else None
        )
        box.open()

    def back_up_now(self) -> None:
        """Take a verified backup now."""
        try:
            made = self._services.safety.backup()
        except UserFacingError as error:
            self._operations.report(error.message)
            return
        self._status(
            translate("Companions", "Backed up to {path} (verified).").format(path=made.path)
        )

    def show_restore(self) -> None:
        """Choose a backup to restore (once every open form is saved and work in the
        background is done: nothing may land in the database being replaced)."""
        from mentordesk.ui.data.autosave import flush_everywhere

        if not flush_everywhere():
            self._operations.report(
                translate(
                    "Companions",
                    "Your latest changes are not saved yet (the session says why). Restore once "
                    "they are, so that they are not written into the restored data.",
                )
            )
            return
        self._tasks.wait()
        from mentordesk.ui.data.restore_dialog import RestoreDialog

        RestoreDialog(self._services.safety, self._restored, self._window).open()

    def _restored(self, _restored: object = None) -> None:
        self.refresh_team()  # every record may have changed
        self.restored.emit()

    def check_database(self) -> None:
        """Check integrity and references, and say what was found in plain words."""
        try:
            problems = self._services.safety.check()
        except UserFacingError as error:
            self._operations.report(error.message)
            return
        if not problems:
            QMessageBox.information(
                self._window,
                translate("Companions", "Check Database"),
                translate("Companions", "The database is sound: integrity and references checked."),
            )
            return
        answer = QMessageBox.warning(
            self._window,
            translate("Companions", "Check Database"),
            translate(
                "Companions", "The database has problems:\n\n{problems}\n\nRestore a backup now?"
            ).format(problems="\n".join(problems)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_restore()


def presentation_banner() -> QLabel:
    """The banner that shows while presentation mode hides the private notes."""
    banner = plain_label(
        translate(
            "Companions",
            "Presentation mode: private notes are hidden. Ctrl+Shift+H ends it.",
        )
    )
    banner.setObjectName("presentation_banner")
    banner.setStyleSheet(banner_style())
    banner.hide()
    return banner
