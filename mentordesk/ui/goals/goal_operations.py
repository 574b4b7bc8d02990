"""Goal operations: set, edit, check in, review and carry over, each undoable."""

from __future__ import annotations

from datetime import date

from mentordesk.domain.assessments import Stage
from mentordesk.domain.goals import GoalDraft, Outcome, Skill
from mentordesk.domain.guidance import GuideKind
from mentordesk.domain.pairs import Pair, Role
from mentordesk.errors import UserFacingError
from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.translation import translate


class GoalOperations:
    """Carries out goal operations through the shared dialogs, bridge and undo stack."""

    def __init__(self, services: Services, bridge: ChangeBridge, operations: Operations) -> None:
        # `operations.push` tells the views what changed: `bridge` is not needed here.
        self._goals = services.goals
        self._wins = services.wins
        self._guidance = services.guidance
        self._ops = operations

    def set_goal(self, pair: Pair, number: int, skill: Skill, owner: Role = Role.MENTEE) -> None:
        """Ask for a new goal of `skill` in quarter `number`, of the partner in `owner`."""
        from mentordesk.ui.goals.goal_dialog import GoalDialog

        plan = next(p for p in self._goals.quarters(pair.id, pair) if p.span.number == number)

        def save(draft: GoalDraft) -> None:
            self._ops.push(self._goals.set_goal(pair.id, draft))

        whose = (owner, pair.person(owner).name)
        self._ops.open_dialog(
            GoalDialog(save, plan.span, skill, parent=self._ops.window, owner=whose)
        )

    def edit_goal(self, goal_id: int, pair_id: int) -> None:
        """Edit a goal's SMART fields or status."""
        from mentordesk.ui.goals.goal_dialog import GoalDialog

        before = self._goals.get(goal_id)
        pair = self._goals.pair_of(pair_id)
        span = self._goals.span_of(before, pair_id)

        def save(draft: GoalDraft) -> None:
            self._ops.push(self._goals.edit_goal(goal_id, draft))

        whose = (before.owner, pair.person(before.owner).name)
        self._ops.open_dialog(
            GoalDialog(save, span, before.skill, before, self._ops.window, owner=whose)
        )

    def check_in(self, goal_id: int, pair_id: int) -> None:
        """Record progress on a goal."""
        from mentordesk.ui.goals.checkin_dialog import CheckInDialog

        goal = self._goals.get(goal_id)
        span = self._goals.span_of(goal, pair_id)

        def save(on: date, progress: int, note: str) -> None:
            self._ops.push(self._goals.check_in(goal_id, on, progress, note))

        self._ops.open_dialog(
            CheckInDialog(save, goal, span, self._goals.today(), self._ops.window)
        )

    def review(self, goal_id: int) -> None:
        """Record the quarter review; optionally carry the goal into the next quarter
        (both, or neither, in one step)."""
        from mentordesk.ui.goals.review_dialog import ReviewDialog

        before = self._goals.get(goal_id)

        def save(outcome: Outcome, reflection: str, carry: bool) -> None:
            self._ops.push(self._goals.review_goal(goal_id, outcome, reflection, carry))
            if carry:
                self._ops.message.emit(
                    translate("GoalOperations", "Carried into the next quarter.")
                )

        self._ops.open_dialog(ReviewDialog(save, before, self._ops.window))

    def carry_over(self, goal_id: int) -> None:
        """Start the goal again next quarter, linked back to this one."""
        try:
            self._ops.push(self._goals.carry_over_goal(goal_id))
        except UserFacingError as error:
            self._ops.report(error.message)
            return
        self._ops.message.emit(translate("GoalOperations", "Carried into the next quarter."))

    def add_milestone(self, goal_id: int, pair_id: int) -> None:
        """Ask for a dated step towards a goal."""
        from mentordesk.ui.goals.milestone_dialog import MilestoneDialog

        goal = self._goals.get(goal_id)
        span = self._goals.span_of(goal, pair_id)
        due = min(max(self._goals.today(), span.starts_on), span.ends_on)

        def save(text: str, on: date) -> None:
            self._ops.push(self._goals.add_milestone(goal_id, text, on))

        self._ops.open_dialog(MilestoneDialog(save, goal.title, span, due, self._ops.window))

    def assess(self, goal_id: int) -> None:
        """Ask the goal's owner where its skill stands, before or after the quarter."""
        from mentordesk.ui.goals.assessment_dialog import AssessmentDialog

        goal = self._goals.get(goal_id)
        pair = self._goals.pair_of(goal.pair_id)
        guide = next(
            (
                g
                for g in self._guidance.library().guides
                if g.kind is GuideKind.SELF_ASSESSMENT and goal.skill in g.skills
            ),
            None,
        )
        stage = Stage.AFTER if goal.assessment(Stage.BEFORE) is not None else Stage.BEFORE

        def save(chosen: Stage, score: int, evidence: str) -> None:
            self._ops.push(self._goals.assess(goal_id, chosen, score, evidence))

        dialog = AssessmentDialog(
            save,
            goal.title,
            pair.person(goal.owner).name,
            scale=guide.scale if guide else (),
            given=goal.assessments,
            parent=self._ops.window,
            stage=stage,
        )
        self._ops.open_dialog(dialog)

    def reach_milestone(
        self, milestone_id: int, reached: bool, session_id: int | None = None
    ) -> None:
        """Tick a milestone as reached today (in the meeting `session_id`), or untick it."""
        try:
            self._ops.push(self._goals.reach_milestone(milestone_id, reached, session_id))
        except UserFacingError as error:
            self._ops.report(error.message)

    def remove_milestone(self, milestone_id: int) -> None:
        """Remove a milestone (Edit ▸ Undo brings it back)."""
        self._ops.push(self._goals.remove_milestone(milestone_id))
        self._ops.message.emit(
            translate(
                "GoalOperations",
                "Removed the milestone. Edit ▸ Undo brings it back.",
            )
        )

    def add_win(self, pair: Pair, day: date) -> None:
        """Note a win of `pair`, dated `day` unless changed."""
        from mentordesk.ui.goals.win_dialog import WinDialog

        def save(on: date, text: str, person_id: int | None) -> None:
            self._ops.push(self._wins.add(pair.id, on, text, person_id))

        today = self._goals.today()
        self._ops.open_dialog(WinDialog(save, pair, day, today, self._ops.window))

    def remove_win(self, win_id: int) -> None:
        """Remove a win (Edit ▸ Undo brings it back)."""
        self._ops.push(self._wins.remove(win_id))
        self._ops.message.emit(
            translate(
                "GoalOperations",
                "Removed the win. Edit ▸ Undo brings it back.",
            )
        )
