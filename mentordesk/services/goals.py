"""Use cases for quarterly goals: plan, edit, check in, review, carry over."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from mentordesk.domain.goals import (
    Goal,
    GoalDraft,
    GoalStatus,
    Outcome,
    Skill,
    goal_problems,
    progress_problem,
)
from mentordesk.domain.pairs import Pair, PairStatus, raise_if
from mentordesk.domain.quarters import Quarter, add_months, quarter, quarter_number
from mentordesk.domain.text import text_problem
from mentordesk.errors import Problem, UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock, today
from mentordesk.services.ids import unique_id
from mentordesk.store.unit_of_work import Store, UnitOfWork


@dataclass(frozen=True)
class QuarterPlan:
    """One quarter of a pair: its dates, whether it is today's, and its goals."""

    span: Quarter
    is_current: bool
    goals: tuple[Goal, ...]

    def goal_for(self, skill: Skill) -> Goal | None:
        """The quarter's goal of `skill` that is not dropped, if any."""
        return next(
            (g for g in self.goals if g.skill is skill and g.status is not GoalStatus.DROPPED), None
        )


class GoalService:
    """Goals: each call is one transaction and returns what it changed."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        """Today, by this service's clock."""
        return today(self._clock)

    # -- reading ---------------------------------------------------------------------
    def quarters(self, pair_id: int) -> list[QuarterPlan]:
        """Every quarter up to the next one (which can be planned ahead), with its goals."""
        with self._store.reading() as uow:
            pair = uow.pairs.get(pair_id)
            goals = uow.goals.of_pair(pair_id)
        day = self.today()
        current = pair.current_quarter(day)
        last_started = max(1, current or _last_quarter(pair, day))
        upto = max(
            [last_started + (1 if pair.ended_on is None else 0)] + [g.quarter for g in goals]
        )
        return [
            QuarterPlan(
                quarter(pair.started_on, pair.quarters, n),
                n == current,
                tuple(g for g in goals if g.quarter == n),
            )
            for n in range(1, upto + 1)
        ]

    def get(self, goal_id: int) -> Goal:
        """One goal with its check-ins."""
        with self._store.reading() as uow:
            return uow.goals.get(goal_id)

    def span_of(self, goal: Goal | GoalDraft, pair_id: int) -> Quarter:
        """The dates of the quarter a goal belongs to."""
        pair = self._pair(pair_id)
        return quarter(pair.started_on, pair.quarters, goal.quarter)

    # -- writing ---------------------------------------------------------------------
    def create(self, pair_id: int, draft: GoalDraft) -> ChangeSet:
        """Set a goal for a quarter: one per skill, its target inside the quarter."""
        draft = draft.cleaned()
        with self._store.writing() as uow:
            pair = self._open_pair(uow, pair_id)
            self._check(uow, pair, draft, goal_id=None)
            xid = unique_id(
                f"{pair.external_id}-q{draft.quarter}-{draft.skill.value}",
                uow.goals.existing_external_ids,
            )
            goal_id = uow.goals.add(pair_id, xid, draft)
            uow.commit()
        return ChangeSet.of_goals(goal_id, created=goal_id)

    def update(self, goal_id: int, draft: GoalDraft) -> ChangeSet:
        """Change a goal's SMART fields or status (dropping it frees its slot)."""
        draft = draft.cleaned()
        with self._store.writing() as uow:
            goal = uow.goals.get(goal_id)
            pair = self._open_pair(uow, goal.pair_id)
            self._check(uow, pair, draft, goal_id=goal_id)
            uow.goals.update(goal_id, draft)
            uow.commit()
        return ChangeSet.of_goals(goal_id)

    def restore(self, goal: Goal) -> ChangeSet:
        """Put a goal's fields, progress and review back as they were (for undo)."""
        with self._store.writing() as uow:
            uow.goals.update(goal.id, goal.draft)
            uow.goals.set_progress(goal.id, goal.progress, goal.status)
            uow.goals.set_review(goal.id, goal.outcome, goal.reflection)
            uow.commit()
        return ChangeSet.of_goals(goal.id)

    def delete(self, goal_id: int) -> ChangeSet:
        """Remove a goal and its check-ins (undo of create)."""
        with self._store.writing() as uow:
            uow.goals.delete(goal_id)
            uow.commit()
        return ChangeSet.of_goals(goal_id)

    def add_checkin(
        self,
        goal_id: int,
        on: date,
        progress: int,
        note: str = "",
        session_id: int | None = None,
    ) -> ChangeSet:
        """Record progress on a date; the goal's progress follows its latest check-in."""
        problems = []
        if message := progress_problem(progress):
            problems.append(Problem("progress", message))
        if message := text_problem(note, "the note"):
            problems.append(Problem("note", message))
        if on > self.today():
            problems.append(Problem("on", "a check-in cannot be dated in the future"))
        raise_if(problems)
        with self._store.writing() as uow:
            goal = uow.goals.get(goal_id)
            self._open_pair(uow, goal.pair_id)
            if goal.status is GoalStatus.DROPPED:
                raise UserFacingError("This goal was dropped; set it back in progress first.")
            checkin_id = uow.goals.add_checkin(goal_id, on, progress, note.strip(), session_id)
            self._follow_latest(uow, goal_id)
            uow.commit()
        return ChangeSet.of_goals(goal_id, created=checkin_id)

    def remove_checkin(self, checkin_id: int) -> ChangeSet:
        """Take a check-in back; the goal's progress follows the one before it."""
        with self._store.writing() as uow:
            goal_id = uow.goals.delete_checkin(checkin_id)
            self._follow_latest(uow, goal_id)
            uow.commit()
        return ChangeSet.of_goals(goal_id)

    def review(self, goal_id: int, outcome: Outcome, reflection: str) -> ChangeSet:
        """Record a goal's outcome and reflection at the quarter's end."""
        if message := text_problem(reflection, "the reflection"):
            raise ValidationError.single("reflection", message)
        with self._store.writing() as uow:
            goal = uow.goals.get(goal_id)
            uow.goals.set_review(goal_id, outcome, reflection.strip())
            if outcome is Outcome.ACHIEVED and goal.status is not GoalStatus.ACHIEVED:
                uow.goals.set_progress(goal_id, 100, GoalStatus.ACHIEVED)
            uow.commit()
        return ChangeSet.of_goals(goal_id)

    def carry_over(self, goal_id: int) -> ChangeSet:
        """Start an unfinished goal again next quarter, linked back to this one."""
        with self._store.writing() as uow:
            goal = uow.goals.get(goal_id)
            pair = self._open_pair(uow, goal.pair_id)
            if goal.status is GoalStatus.ACHIEVED:
                raise UserFacingError("This goal was achieved; there is nothing to carry over.")
            nxt = quarter(pair.started_on, pair.quarters, goal.quarter + 1)
            shifted = min(max(add_months(goal.target_date, 3), nxt.starts_on), nxt.ends_on)
            draft = replace(
                goal.draft,
                quarter=nxt.number,
                target_date=shifted,
                status=GoalStatus.IN_PROGRESS if goal.progress else GoalStatus.NOT_STARTED,
            )
            self._check(uow, pair, draft, goal_id=None)
            xid = unique_id(
                f"{pair.external_id}-q{nxt.number}-{goal.skill.value}",
                uow.goals.existing_external_ids,
            )
            new_id = uow.goals.add(pair.id, xid, draft, goal.progress, carried_from=goal_id)
            uow.commit()
        return ChangeSet(goals=frozenset({goal_id, new_id}), created=new_id)

    # -- rules ---------------------------------------------------------------------
    def _check(self, uow: UnitOfWork, pair: Pair, draft: GoalDraft, goal_id: int | None) -> None:
        if draft.quarter < 1:
            raise ValidationError.single("quarter", "quarters are numbered from 1")
        span = quarter(pair.started_on, pair.quarters, draft.quarter)
        problems = goal_problems(draft, span)
        if draft.status is not GoalStatus.DROPPED:
            twin = next(
                (
                    g
                    for g in uow.goals.of_pair(pair.id)
                    if g.id != goal_id
                    and g.quarter == draft.quarter
                    and g.skill is draft.skill
                    and g.status is not GoalStatus.DROPPED
                ),
                None,
            )
            if twin is not None:
                problems.append(
                    Problem(
                        "skill",
                        f"quarter {draft.quarter} already has a {draft.skill.value} goal "
                        f"('{twin.title}'); drop it before setting another",
                    )
                )
        raise_if(problems)

    @staticmethod
    def _follow_latest(uow: UnitOfWork, goal_id: int) -> None:
        goal = uow.goals.get(goal_id)
        latest = goal.checkins[-1].progress if goal.checkins else 0
        status = goal.status
        if status is GoalStatus.NOT_STARTED and latest > 0:
            status = GoalStatus.IN_PROGRESS
        uow.goals.set_progress(goal_id, latest, status)

    def _pair(self, pair_id: int) -> Pair:
        with self._store.reading() as uow:
            return uow.pairs.get(pair_id)

    def _open_pair(self, uow: UnitOfWork, pair_id: int) -> Pair:
        pair = uow.pairs.get(pair_id)
        if pair.status(self.today()) is PairStatus.ENDED:
            raise UserFacingError(
                f"{pair.title} ended on {pair.ended_on}; its goals are kept as they were."
            )
        return pair


def _last_quarter(pair: Pair, day: date) -> int:
    """The last quarter a pair reached: today's, or the one it ended in."""
    end = pair.ended_on or day
    return quarter_number(pair.started_on, pair.quarters, max(end, pair.started_on)) or 1
