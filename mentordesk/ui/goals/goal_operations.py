"""Goal operations: set, edit, check in, review and carry over, each undoable."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.domain.goals import GoalDraft, Outcome, Skill
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.operations import Operations


@dataclass
class _Slot:
    """A record id that undo and redo recreate (it changes each time)."""

    id: int


class GoalOperations:
    """Carries out goal operations through the shared dialogs, bridge and undo stack."""

    def __init__(self, services: Services, bridge: ChangeBridge, operations: Operations) -> None:
        self._goals = services.goals
        self._bridge = bridge
        self._ops = operations

    def set_goal(self, pair_id: int, number: int, skill: Skill) -> None:
        """Ask for a new goal in quarter `number` of `skill`."""
        from mentordesk.ui.goals.goal_dialog import GoalDialog

        plan = next(p for p in self._goals.quarters(pair_id) if p.span.number == number)

        def save(draft: GoalDraft) -> None:
            changes = self._bridge.run(lambda: self._goals.create(pair_id, draft))
            slot = _Slot(changes.created or 0)

            def redo() -> ChangeSet:
                again = self._goals.create(pair_id, draft)
                slot.id = again.created or slot.id
                return again

            self._ops.push(
                f"Set Goal '{draft.title.strip()}'", lambda: self._goals.delete(slot.id), redo
            )

        self._ops.open_dialog(GoalDialog(save, plan.span, skill, parent=self._ops.parent()))

    def edit_goal(self, goal_id: int, pair_id: int) -> None:
        """Edit a goal's SMART fields or status."""
        from mentordesk.ui.goals.goal_dialog import GoalDialog

        before = self._goals.get(goal_id)
        span = self._goals.span_of(before, pair_id)

        def save(draft: GoalDraft) -> None:
            self._bridge.run(lambda: self._goals.update(goal_id, draft))
            self._ops.push(
                "Edit Goal",
                lambda: self._goals.restore(before),
                lambda: self._goals.update(goal_id, draft),
            )

        self._ops.open_dialog(GoalDialog(save, span, before.skill, before, self._ops.parent()))

    def check_in(self, goal_id: int, pair_id: int) -> None:
        """Record progress on a goal."""
        from mentordesk.ui.goals.checkin_dialog import CheckInDialog

        goal = self._goals.get(goal_id)
        span = self._goals.span_of(goal, pair_id)

        def save(on: date, progress: int, note: str) -> None:
            changes = self._bridge.run(lambda: self._goals.add_checkin(goal_id, on, progress, note))
            slot = _Slot(changes.created or 0)

            def redo() -> ChangeSet:
                again = self._goals.add_checkin(goal_id, on, progress, note)
                slot.id = again.created or slot.id
                return again

            self._ops.push("Check In", lambda: self._goals.remove_checkin(slot.id), redo)

        self._ops.open_dialog(
            CheckInDialog(save, goal, span, self._goals.today(), self._ops.parent())
        )

    def review(self, goal_id: int) -> None:
        """Record the quarter review; optionally carry the goal into the next quarter."""
        from mentordesk.ui.goals.review_dialog import ReviewDialog

        before = self._goals.get(goal_id)

        def save(outcome: Outcome, reflection: str, carry: bool) -> None:
            self._bridge.run(lambda: self._goals.review(goal_id, outcome, reflection))
            self._ops.push(
                "Review Goal",
                lambda: self._goals.restore(before),
                lambda: self._goals.review(goal_id, outcome, reflection),
            )
            if carry:
                self.carry_over(goal_id)

        self._ops.open_dialog(ReviewDialog(save, before, self._ops.parent()))

    def carry_over(self, goal_id: int) -> None:
        """Start the goal again next quarter, linked back to this one."""
        try:
            changes = self._bridge.run(lambda: self._goals.carry_over(goal_id))
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        slot = _Slot(changes.created or 0)

        def redo() -> ChangeSet:
            again = self._goals.carry_over(goal_id)
            slot.id = again.created or slot.id
            return again

        self._ops.push(
            "Carry Over Goal",
            lambda: self._goals.delete(slot.id) | ChangeSet.of_goals(goal_id),
            redo,
        )
        self._ops.message.emit("Carried into the next quarter.")
