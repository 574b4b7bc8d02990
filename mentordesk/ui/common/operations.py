"""What the person asks for, carried out: dialogs, service calls, undo steps, files.

The main window and its panels only decide *when*; this decides *how*.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mentordesk.domain.pairs import AgreementText, Pair, PairKind, Role
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.quarters import QuarterMode
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services
from mentordesk.services.undo import Step
from mentordesk.ui.common.background import Background, Known, UnexpectedError, plain
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.file_dialogs import open_path, save_path
from mentordesk.ui.common.labels import shown_as_typed
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, counted, translate
from mentordesk.ui.common.undo import StepCommand

if TYPE_CHECKING:  # loaded with the first import
    from mentordesk.interchange.merging import Choice, MergePlan
    from mentordesk.services.interchange import ImportResult

JSON_FILTER = QT_TRANSLATE_NOOP("Operations", "MentorDesk interchange (*.json);;All files (*)")


class Operations(QObject):
    """Carries out user operations on behalf of whichever widget asks."""

    created = Signal(str, int)  # kind ("pair" or "person"), id: select the new record
    message = Signal(str)  # a short note for the status bar
    merged = Signal(str)  # a file was merged (its pairs put back whole): what it did

    def __init__(
        self,
        services: Services,
        bridge: ChangeBridge,
        undo_stack: QUndoStack,
        tasks: Background,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._bridge = bridge
        self._undo = undo_stack
        self._tasks = tasks
        self._window = parent
        self.dialog: QDialog | None = None  # the dialog on screen, if any

    @property
    def window(self) -> QWidget:
        """The window dialogs and messages belong to."""
        return self._window

    # -- people ----------------------------------------------------------------------
    def new_person(self, parent: QWidget | None = None) -> None:
        """Ask for a new person's details and add them."""
        from mentordesk.ui.people.person_dialog import PersonDialog

        def save(draft: PersonDraft) -> None:
            changes = self._bridge.run(lambda: self._services.people.create(draft))
            if changes.created is not None:
                self.created.emit("person", changes.created)
            self.message.emit(
                translate("Operations", "Added {name}.").format(name=draft.name.strip())
            )

        self.open_dialog(PersonDialog(save, parent=parent or self._window))

    def edit_person(self, person_id: int, parent: QWidget | None = None) -> None:
        """Edit a person's details."""
        from mentordesk.ui.people.person_dialog import PersonDialog

        person = self._services.people.get(person_id)

        def save(draft: PersonDraft) -> None:
            self._bridge.run(lambda: self._services.people.update(person_id, draft))

        self.open_dialog(PersonDialog(save, person, parent=parent or self._window))

    def remove_person(self, person_id: int) -> None:
        """Remove a person who is in no pair; Undo brings them back."""
        people = self._services.people
        try:
            name = people.get(person_id).name
            self.push(people.remove_person(person_id))
        except UserFacingError as error:
            self.report(error.message)
            return
        self.message.emit(
            translate(
                "Operations",
                "Removed {name}. Edit ▸ Undo brings them back.",
            ).format(name=name)
        )

    # -- pairs -----------------------------------------------------------------------
    def new_pair(self, people_model: QAbstractItemModel) -> None:
        """Ask for a mentor, a mentee and a start date, and form the pair (with fewer
        than two people, say to add them first)."""
        from mentordesk.ui.pairs.pair_dialog import PairDialog

        if people_model.rowCount() < 2:
            self.report(
                translate(
                    "Operations",
                    "A pair is two people, and the team has {people} so far: add them "
                    "first with People ▸ New Person (Ctrl+Shift+N).",
                ).format(
                    people=counted(
                        "Operations",
                        people_model.rowCount(),
                        QT_TRANSLATE_NOOP("Operations", "1 person"),
                        QT_TRANSLATE_NOOP("Operations", "{count} people"),
                    )
                )
            )
            return
        pairs = self._services.pairs

        def save(
            mentor: int | None, mentee: int | None, start: date, mode: QuarterMode, kind: PairKind
        ) -> None:
            changes = self._bridge.run(lambda: pairs.create(mentor, mentee, start, mode, kind))
            if changes.created is not None:
                self.created.emit("pair", changes.created)

        self.open_dialog(PairDialog(save, people_model, pairs.today(), self._window))

    def edit_pair(self, pair_id: int, people_model: QAbstractItemModel) -> None:
        """Change when a pair started, how its quarters run and what kind of pair it is."""
        from mentordesk.ui.pairs.pair_dialog import PairDialog

        pairs = self._services.pairs
        pair = pairs.get(pair_id)

        def save(
            _mentor: int | None, _mentee: int | None, start: date, mode: QuarterMode, kind: PairKind
        ) -> None:
            self.push(pairs.edit_pair(pair_id, start, mode, kind))

        self.open_dialog(PairDialog(save, people_model, pairs.today(), self._window, pair))

    def edit_agreement(self, pair_id: int) -> None:
        """Write or change the pair's agreement; Undo restores the old one and its signatures."""
        from mentordesk.domain.words import english
        from mentordesk.services.calendar import cadence_of
        from mentordesk.ui.pairs.agreement_dialog import AgreementDialog

        pairs = self._services.pairs
        pair = pairs.get(pair_id)
        series = self._services.meetings.current_series(pair_id)
        # The cadence is stored in the agreement the pair signs: in one wording whatever
        # the window speaks, or saving it in another language would change the text (and
        # clear both signatures) though nothing was changed.
        with english():
            cadence = cadence_of(series) if series is not None else None

        def save(text: AgreementText) -> None:
            self.push(pairs.edit_agreement(pair_id, text))

        self.open_dialog(
            AgreementDialog(
                save,
                pair.title,
                pair.agreement,
                self._window,
                series=cadence,
                today=pairs.today(),
            )
        )

    def sign(self, pair_id: int, role: Role) -> None:
        """Sign the pair's agreement as `role`, dated today."""
        try:
            self.push(self._services.pairs.sign_agreement(pair_id, role))
        except UserFacingError as error:
            self.report(error.message)

    def end_pair(self, pair_id: int, then: Callable[[int], object] | None = None) -> None:
        """Ask for the end date and reason, and end the pair (its meetings end with it);
        Undo reopens it. `then(pair_id)` runs once it has ended."""
        from mentordesk.ui.pairs.end_pair_dialog import EndPairDialog

        pairs = self._services.pairs
        pair = pairs.get(pair_id)

        def save(ended_on: date, reason: str, closing: tuple[str, str]) -> None:
            self.push(pairs.end_pair(pair_id, ended_on, reason, closing))
            if then is not None:
                then(pair_id)

        names = (pair.mentor.name, pair.mentee.name)
        roles = (
            (translate("Operations", "First peer"), translate("Operations", "Second peer"))
            if pair.peers
            else (translate("Operations", "Mentor"), translate("Operations", "Mentee"))
        )
        dialog = EndPairDialog(
            save, pair.title, pairs.today(), self._window, names=names, roles=roles
        )
        self.open_dialog(dialog)

    # -- files -----------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        """Ask for an interchange file and import it in the background, all or nothing."""
        if path is None:
            path = open_path(
                self._window,
                translate("Operations", "Import"),
                translate("Operations", JSON_FILTER),
            )
            if path is None:
                return
        chosen = path
        self._tasks.run(
            lambda: self._services.interchange.import_file(chosen),
            lambda result: self._imported(
                result, translate("Operations", "from {file}").format(file=chosen.name)
            ),
            lambda error: self._import_failed(error, chosen),
            progress=translate("Operations", "Importing {file}…").format(file=chosen.name),
            window=self._window,
        )

    def _import_failed(self, error: Known, path: Path) -> None:
        """A file whose records are partly here already is offered as a merge."""
        if isinstance(error, ValidationError) and any(
            "already exists" in p.message for p in error.problems
        ):
            self._tasks.run(
                lambda: self._services.merging.plan(path),
                lambda plan: self._ask_merge(path, plan),
                lambda error: self._failed(
                    error,
                    translate("Operations", "{file} was not merged; nothing was changed.").format(
                        file=path.name
                    ),
                ),
                progress=translate("Operations", "Comparing {file} with this database…").format(
                    file=path.name
                ),
                window=self._window,
            )
            return
        self._failed(
            error,
            translate("Operations", "{file} was not imported; nothing was changed.").format(
                file=path.name
            ),
        )

    def _ask_merge(self, path: Path, plan: MergePlan) -> None:
        if not plan.changes_anything:
            self.message.emit(
                translate("Operations", "{file} holds nothing new: {summary}").format(
                    file=path.name, summary=plan.summary()
                )
            )
            return
        from mentordesk.ui.data.merge_dialog import MergeDialog

        dialog = MergeDialog(path.name, plan, self._window)
        dialog.accepted.connect(lambda: self._merge(path, plan, dialog.choices()))
        self.open_dialog(dialog)

    def _merge(self, path: Path, plan: MergePlan, choices: dict[str, Choice]) -> None:
        self._tasks.run(
            lambda: self._services.merging.merge(plan, choices),
            lambda result: self.merged.emit(
                translate("Operations", "Merged {file}: {summary}").format(
                    file=path.name, summary=result.summary()
                )
            ),
            lambda error: self._failed(
                error,
                translate("Operations", "{file} was not merged; nothing was changed.").format(
                    file=path.name
                ),
            ),
            progress=translate("Operations", "Merging {file}…").format(file=path.name),
            window=self._window,
        )

    def export_chosen(self, pair: Pair | None) -> None:
        """Export the chosen pair or the whole team, as the person chooses."""
        refs: list[str] = []
        name = "mentordesk-team"
        if pair is not None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("Operations", "Export"),
                translate("Operations", "Export {pair} only, or the whole team?").format(
                    pair=pair.title
                ),
                QMessageBox.StandardButton.NoButton,
                self._window,
            )
            box.setObjectName("export_question")
            box.setTextFormat(Qt.TextFormat.PlainText)  # names as typed
            this_pair = box.addButton(
                translate("Operations", "Export &This Pair"), QMessageBox.ButtonRole.AcceptRole
            )
            team = box.addButton(
                translate("Operations", "Export the &Whole Team"), QMessageBox.ButtonRole.AcceptRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(this_pair)
            box.exec()
            if box.clickedButton() not in (this_pair, team):
                return
            if box.clickedButton() is this_pair:
                refs, name = [pair.external_id], pair.external_id
        self.export_file(refs, suggested=f"{name}-{self._services.pairs.today()}.json")

    def export_file(
        self, pair_refs: list[str], path: Path | None = None, *, suggested: str = ""
    ) -> None:
        """Ask where to save (in the folder used last, under `suggested`), and write the
        interchange file in the background."""
        if path is None:
            path = save_path(
                self._window,
                translate("Operations", "Export"),
                suggested or "mentordesk-export.json",
                translate("Operations", JSON_FILTER),
            )
            if path is None:
                return
        chosen = path
        self._tasks.run(
            lambda: self._services.interchange.export_file(chosen, pair_refs),
            lambda doc: self.message.emit(
                translate("Operations", "Exported {people} and {pairs} to {path}.").format(
                    people=counted(
                        "Operations",
                        doc["people"],
                        QT_TRANSLATE_NOOP("Operations", "1 person"),
                        QT_TRANSLATE_NOOP("Operations", "{count} people"),
                    ),
                    pairs=counted(
                        "Operations",
                        doc["pairs"],
                        QT_TRANSLATE_NOOP("Operations", "1 pair"),
                        QT_TRANSLATE_NOOP("Operations", "{count} pairs"),
                    ),
                    path=chosen,
                )
            ),
            lambda error: self._failed(error, translate("Operations", "Nothing was exported.")),
            progress=translate("Operations", "Exporting to {file}…").format(file=chosen.name),
            window=self._window,
        )

    def load_demo(self) -> None:
        """Fill an empty database with the demo team."""
        self._tasks.run(
            self._services.demo.load,
            self._demo_loaded,
            lambda error: self._failed(
                error, translate("Operations", "The demo team was not loaded.")
            ),
            progress=translate("Operations", "Loading the demo team…"),
            window=self._window,
        )

    # -- helpers -----------------------------------------------------------------------
    def report(self, message: str) -> None:
        """Tell the person about something that did not work, in plain words (a name or
        a file name in them shown as typed)."""
        QMessageBox.warning(self._window, "MentorDesk", shown_as_typed(message))

    def _imported(self, result: ImportResult, source: str) -> None:
        self._bridge.announce(result.changes)
        self.message.emit(
            translate("Operations", "Added {people} and {pairs} {source}.").format(
                people=counted(
                    "Operations",
                    result.people,
                    QT_TRANSLATE_NOOP("Operations", "1 person"),
                    QT_TRANSLATE_NOOP("Operations", "{count} people"),
                ),
                pairs=counted(
                    "Operations",
                    result.pairs,
                    QT_TRANSLATE_NOOP("Operations", "1 pair"),
                    QT_TRANSLATE_NOOP("Operations", "{count} pairs"),
                ),
                source=source,
            )
        )

    def _demo_loaded(self, result: ImportResult) -> None:
        from mentordesk.ui.printing.report import pdf_bytes  # drawn here, in the GUI's thread

        try:
            self._services.demo.sign_summaries(lambda report: pdf_bytes(report)[0])
        except UserFacingError as error:
            self.report(
                translate(
                    "Operations",
                    "The demo team was loaded; its signed summaries were not.\n\n{error}",
                ).format(error=error)
            )
        self._imported(result, translate("Operations", "for the demo team"))

    def _failed(self, error: Known, headline: str) -> None:
        if isinstance(error, UnexpectedError):
            return  # a bug: the crash dialog has said it, and nothing was changed
        if isinstance(error, ValidationError):
            from mentordesk.ui.common.problems_dialog import ProblemsDialog  # when needed

            ProblemsDialog(headline, error.problems, self._window).open()
        else:
            self.report(f"{headline}\n\n{plain(error)}")

    def push(self, step: Step) -> None:
        """Tell the views what an action that already ran changed, and keep its `step`
        on the undo stack (a step that changed nothing is not kept)."""
        self._bridge.announce(step.changes)
        if step.changes:
            self._undo.push(StepCommand(step, self._bridge, self.report))

    def open_dialog(self, dialog: QDialog) -> None:
        """Show `dialog` window-modal without blocking; `self.dialog` names it meanwhile."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
