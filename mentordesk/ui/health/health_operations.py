"""Health operations: start and work through a checklist, answer the health check."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog

from mentordesk.domain.date_words import day_text
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.translation import translate

if TYPE_CHECKING:
    from mentordesk.domain.checklists import ChecklistRun
    from mentordesk.services.health import HealthService


class HealthOperations:
    """Carries out health operations through the shared dialogs, bridge and undo stack."""

    def __init__(self, services: Services, bridge: ChangeBridge, operations: Operations) -> None:
        self._services = services
        self._bridge = bridge
        self._ops = operations

    @property
    def _health(self) -> HealthService:
        return self._services.health  # asked for when used: its module is not needed at start

    def start_checklist(self, pair_id: int, key: str | None = None) -> None:
        """Start a checklist (asking which, unless `key` says) and open it."""
        if key is None:
            templates = self._health.templates()
            titles = [t.title for t in templates]
            title, ok = QInputDialog.getItem(
                self._ops.window,
                translate("HealthOperations", "Run a Checklist"),
                translate("HealthOperations", "Which checklist fits?"),
                titles,
                0,
                False,
            )
            if not ok:
                return
            key = templates[titles.index(title)].key
        try:
            started = self._health.start_checklist(pair_id, key)
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._ops.push(started)
        self.open_run(started.changes.created or 0)

    def open_run(self, run_id: int) -> None:
        """Work through a run: ticks, notes, outcome, follow-up, closing."""
        from mentordesk.ui.health.run_dialog import RunDialog

        run = self._health.run(run_id)

        def save(edited: ChecklistRun, close: bool) -> None:
            self._ops.push(self._health.save_checklist(edited, close))

        dialog = RunDialog(
            save,
            run,
            self._health.today(),
            self._ops.window,
            edit_agreement=lambda: self._ops.edit_agreement(run.pair_id),
            end_pair=lambda: self._ops.end_pair(run.pair_id),
        )
        self._ops.open_dialog(dialog)

    def answer_health_check(
        self, pair_id: int, person_id: int | None, ask_who: Callable[[], None]
    ) -> None:
        """Answer this quarter's health check as the current user."""
        from mentordesk.ui.health.health_check_dialog import HealthCheckDialog

        who = self._partner(
            pair_id,
            person_id,
            translate(
                "HealthOperations",
                "The health check is answered by one of the pair's two partners: choose who "
                "you are first (People ▸ I Am…).",
            ),
            ask_who,
        )
        if who is None:
            return

        def save(scores: list[int], comment: str) -> None:
            self._bridge.run(lambda: self._health.answer(pair_id, person_id or 0, scores, comment))

        self._ops.open_dialog(HealthCheckDialog(save, who, self._ops.window))

    def give_feedback(
        self, pair_id: int, session_id: int, person_id: int | None, ask_who: Callable[[], None]
    ) -> None:
        """Give (or change) the current user's feedback on a held meeting."""
        from mentordesk.ui.health.feedback_dialog import FeedbackDialog

        who = self._partner(
            pair_id,
            person_id,
            translate(
                "HealthOperations",
                "Feedback on a meeting is given by one of the pair's two partners: choose who "
                "you are first (People ▸ I Am…).",
            ),
            ask_who,
        )
        if who is None:
            return
        feedback = self._services.feedback
        meeting = self._services.sessions.get(session_id).scheduled_for

        def save(useful: int, balance: int, word: str) -> None:
            self._bridge.run(
                lambda: feedback.give(session_id, person_id or 0, useful, balance, word)
            )

        title = translate("HealthOperations", "meeting of {day}").format(
            day=day_text(meeting.date())
        )
        # Never filled in with earlier answers: on a shared screen, whoever chose "I am"
        # last would see them (as with the health check).
        self._ops.open_dialog(FeedbackDialog(save, who, title, parent=self._ops.window))

    def _partner(
        self, pair_id: int, person_id: int | None, done: str, ask_who: Callable[[], None]
    ) -> str | None:
        """The name of `person_id` when they are one of the pair's two partners; else
        says so (`done`: the message that says what only a partner does) and asks who is
        at the keyboard."""
        pair = self._services.pairs.get(pair_id)
        names = {pair.mentor.id: pair.mentor.name, pair.mentee.id: pair.mentee.name}
        if person_id not in names:
            self._ops.report(done)
            ask_who()
            return None
        return names[person_id]
