"""The windows and modes the main window opens beside itself: people, search, the team,
checklist templates, meeting mode, "I Am…" and presentation mode."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk.errors import UserFacingError
from mentordesk.ui.window.actions import ActionId

if TYPE_CHECKING:  # each window's module loads when it first opens, not at start-up
    from mentordesk.ui.health.team_window import TeamWindow
    from mentordesk.ui.people.people_window import PeopleWindow
    from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow
    from mentordesk.ui.sessions.search_window import SearchWindow
    from mentordesk.ui.window.main_window import MainWindow

A = ActionId


class SideWindows:
    """Opening and switching the main window's companions (mixed into MainWindow)."""

    people_window: PeopleWindow | None = None
    meeting_window: MeetingModeWindow | None = None
    search_window: SearchWindow | None = None
    team_window: TeamWindow | None = None
    _me: int | None = None

    def show_people(self: MainWindow) -> None:
        """Open (or bring forward) the people window."""
        if self.people_window is None:
            from mentordesk.ui.people.people_window import PeopleWindow

            self.people_window = PeopleWindow(self.people_model, self.operations, self)
        self.people_window.show()
        self.people_window.raise_()
        self.people_window.activateWindow()

    def show_team(self: MainWindow) -> None:
        """Open (or bring forward) the team overview."""
        if self.team_window is None:
            from mentordesk.ui.health.team_window import TeamWindow

            self.team_window = TeamWindow(self.services, self.tasks, self._open_health, self)
        self.team_window.refresh()
        self.team_window.show()
        self.team_window.raise_()

    def _open_health(self: MainWindow, pair_id: int) -> None:
        self.pair_list.choose(pair_id)
        self.workspace.setCurrentWidget(self.health_tab)

    def show_templates(self: MainWindow) -> None:
        """Edit the checklist templates."""
        from mentordesk.ui.health.template_editor import TemplateEditor

        TemplateEditor(self.services, self.bridge, self).open()

    def show_search(self: MainWindow) -> None:
        """Open (or bring forward) the search window, its query box ready."""
        if self.search_window is None:
            from mentordesk.ui.sessions.search_window import SearchWindow

            self.search_window = SearchWindow(self.services.sessions, self.open_session, self)
        self.search_window.show()
        self.search_window.raise_()
        self.search_window.query.setFocus()
        self.search_window.query.selectAll()

    def open_session(self: MainWindow, pair_id: int, session_id: int) -> None:
        """Show a session of a pair in the Sessions tab."""
        self.pair_list.choose(pair_id)
        self.workspace.setCurrentWidget(self.sessions_tab)
        self.sessions.choose_session(session_id)

    def open_meeting_mode(self: MainWindow, pair_id: int) -> None:
        """Open meeting mode for the pair's meeting that is on now (or the next one)."""
        if self.meeting_window is not None:
            self.meeting_window.close()
        from mentordesk.ui.sessions.meeting_mode import MeetingModeWindow

        self.meeting_window = MeetingModeWindow(
            self.services, self.bridge, pair_id, lambda: self._me, self
        )
        self.meeting_window.editor.set_presentation(self.actions[A.PRESENTATION].isChecked())
        self.meeting_window.show()
        self.meeting_window.raise_()

    def set_presentation(self: MainWindow, on: bool) -> None:
        """Hide (or show again) every private note; a banner says so while on."""
        self.actions[A.PRESENTATION].setChecked(on)
        self.banner.setVisible(on)
        if self.sessions_tab.built:  # else it starts so
            self.sessions.editor.set_presentation(on)
        if self.meeting_window is not None:
            self.meeting_window.editor.set_presentation(on)
        self.setWindowTitle("MentorDesk — presentation mode" if on else "MentorDesk")

    def _load_current_user(self: MainWindow) -> None:
        person = self.services.people.find(self._settings.load().current_user)
        self._me = person.id if person else None

    def choose_who_i_am(self: MainWindow) -> None:
        """Ask who is using this MentorDesk (the owner of the private notes shown)."""

        def save(external_id: str | None) -> None:
            self._settings.save(self._settings.load().with_changes(current_user=external_id))
            self._load_current_user()
            if self.sessions_tab.built:  # show the private note of the person now using it
                editor = self.sessions.editor
                editor.set_session(editor.session.id if editor.session else None)

        people = self.services.people.all()
        current = self._settings.load().current_user
        from mentordesk.ui.people.whoami_dialog import WhoAmIDialog

        self.operations.open_dialog(WhoAmIDialog(save, people, current, self))

    def choose_team_database(self: MainWindow) -> None:
        """Settings for the shared team database; offer to restart on the new choice."""
        from mentordesk.ui.data.team_database_dialog import TeamDatabaseDialog

        dialog = TeamDatabaseDialog(self.team, self.services.safety.location, self)
        dialog.accepted.connect(lambda: self._offer_restart(dialog.chose_local))
        self.operations.open_dialog(dialog)

    def _offer_restart(self: MainWindow, chose_local: bool) -> None:
        chosen = self.team.configured()
        target = (
            "this computer's own database"
            if chose_local or chosen is None
            else f"the team database {chosen.database} on {chosen.host}"
        )
        later = " (--db or MENTORDESK_DB still wins for this run)" if self.team.override else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Shared Team Database",
            f"MentorDesk opens {target} from its next start{later}. Restart it now?",
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the server and database as typed
        restart = box.addButton("&Restart Now", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("&Later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.setObjectName("restart_question")
        box.finished.connect(lambda _r: self._restart() if box.clickedButton() is restart else None)
        box.open()

    def _restart(self: MainWindow) -> None:
        self.restart_requested = True
        if not self.close():  # the person kept the window open: no restart after all
            self.restart_requested = False

    def bring_forward(self: MainWindow) -> None:
        """Come to the front (a second start of MentorDesk asked for this window)."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def back_up_now(self: MainWindow) -> None:
        """Take a verified backup now."""
        try:
            made = self.services.safety.backup()
        except UserFacingError as error:
            self.operations.report(error.message)
            return
        self.statusBar().showMessage(f"Backed up to {made.path} (verified).", 10000)

    def show_restore(self: MainWindow) -> None:
        """Choose a backup to restore (once every open form is saved and work in the
        background is done: nothing may land in the database being replaced)."""
        from mentordesk.ui.data.autosave import flush_everywhere

        if not flush_everywhere():
            self.operations.report(
                "Your latest changes are not saved yet (the session says why). Restore once "
                "they are, so that they are not written into the restored data."
            )
            return
        self.tasks.wait()
        from mentordesk.ui.data.restore_dialog import RestoreDialog

        RestoreDialog(self.services.safety, self.reload_everything, self).open()

    def reload_everything(self: MainWindow, _restored: object = None) -> None:
        """Show the data afresh after a restore (every record may have changed)."""
        self.undo_stack.clear()
        self.people_model.load()
        self.pair_model.load()
        self.pair_list.table.choose_row(0)
        self._on_pair_chosen(self.pair_list.chosen_id())
        self.statusBar().showMessage("Restored. The data it replaced was backed up first.", 10000)

    def check_database(self: MainWindow) -> None:
        """Check integrity and references, and say what was found in plain words."""
        try:
            problems = self.services.safety.check()
        except UserFacingError as error:
            self.operations.report(error.message)
            return
        if not problems:
            QMessageBox.information(
                self, "Check Database", "The database is sound: integrity and references checked."
            )
            return
        answer = QMessageBox.warning(
            self,
            "Check Database",
            "The database has problems:\n\n" + "\n".join(problems) + "\n\nRestore a backup now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_restore()
