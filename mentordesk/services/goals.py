"""Use cases for quarterly goals: plan, edit, check in, review, carry over."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from mentordesk.domain.assessments import SelfAssessment, Stage, assessment_problems
from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import (
    Goal,
    GoalDraft,
    GoalStatus,
    Outcome,
    Skill,
    goal_problems,
    progress_problem,
)
from mentordesk.domain.milestones import Milestone, milestone_problems
from mentordesk.domain.pairs import Pair, PairStatus, Role, raise_if
from mentordesk.domain.quarters import Quarter, add_months, quarter, quarter_number
from mentordesk.domain.text import text_problem
from mentordesk.domain.wins import Win
from mentordesk.domain.words import translate
from mentordesk.errors import Problem, UserFacingError, ValidationError
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock, today
from mentordesk.services.ids import unique_id
from mentordesk.services.undo import Action, Step, apply, chain, perform
from mentordesk.store.unit_of_work import Store, UnitOfWork


@dataclass(frozen=True)
class QuarterPlan:
    """One quarter of a pair: its dates, whether it is today's, its goals and its wins."""

    span: Quarter
    is_current: bool
    goals: tuple[Goal, ...]
    wins: tuple[Win, ...] = ()
    names: tuple[str, str] = ("", "")  # the partners': the mentor's (first peer's), the mentee's

    def whose(self, goal: Goal) -> str:
        """The name of the partner whose goal `goal` is."""
        return self.names[0] if goal.owner is Role.MENTOR else self.names[1]

    def goal_for(self, skill: Skill, owner: Role = Role.MENTEE) -> Goal | None:
        """The quarter's goal of `skill` of the partner in role `owner` that is not
        dropped, if any."""
        return next(
            (
                g
                for g in self.goals
                if g.skill is skill and g.owner is owner and g.status is not GoalStatus.DROPPED
            ),
            None,
        )


class GoalService:
    """Goals: each call is one transaction and returns what it changed.

    A method named for what the person does (`set_goal`, `check_in`, …) returns a
    `Step` that can take it back; the short verbs (`create`, `add_checkin`, …) apply the
    same rules without undo."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self._store = store
        self._clock = clock

    def today(self) -> date:
        """Today, by this service's clock."""
        return today(self._clock)

    # -- reading ---------------------------------------------------------------------
    def quarters(self, pair_id: int, pair: Pair | None = None) -> list[QuarterPlan]:
        """Every quarter up to the next one (which can be planned ahead), with its goals;
        `pair`: the pair as the caller has just read it (else it is read here)."""
        with self._store.reading() as uow:
            if pair is None or pair.id != pair_id:
                pair = uow.pairs.get(pair_id)
            goals = uow.goals.of_pair(pair_id)
            wins = uow.wins.of_pairs([pair_id])[pair_id]
        day = self.today()
        current = pair.current_quarter(day)
        last_started = max(1, current or _last_quarter(pair, day))
        upto = max(
            [last_started + (1 if pair.ended_on is None else 0)] + [g.quarter for g in goals]
        )
        plans = []
        names = (pair.mentor.name, pair.mentee.name)
        for n in range(1, upto + 1):
            span = quarter(pair.started_on, pair.quarters, n)
            in_quarter = tuple(w for w in wins if w.won_on in span)
            plans.append(
                QuarterPlan(
                    span,
                    n == current,
                    tuple(g for g in goals if g.quarter == n),
                    in_quarter,
                    names,
                )
            )
        return plans

    def get(self, goal_id: int) -> Goal:
        """One goal with its check-ins."""
        with self._store.reading() as uow:
            return uow.goals.get(goal_id)

    def pair_of(self, pair_id: int) -> Pair:
        """The pair whose goals these are (whose names the forms show)."""
        return self._pair(pair_id)

    def span_of(self, goal: Goal | GoalDraft, pair_id: int) -> Quarter:
        """The dates of the quarter a goal belongs to."""
        pair = self._pair(pair_id)
        return quarter(pair.started_on, pair.quarters, goal.quarter)

    # -- writing ---------------------------------------------------------------------
    def set_goal(self, pair_id: int, draft: GoalDraft) -> Step:
        """Set a goal for a quarter; undone, it is removed with its check-ins."""
        draft = draft.cleaned()
        text = translate("Goals", "Set Goal '{title}'").format(title=draft.title)
        return perform(self._store, text, self._creation(pair_id, draft))

    def create(self, pair_id: int, draft: GoalDraft) -> ChangeSet:
        """Set a goal for a quarter: one per skill, its target inside the quarter."""
        return apply(self._store, self._creation(pair_id, draft.cleaned()))

    def edit_goal(self, goal_id: int, draft: GoalDraft) -> Step:
        """Change a goal's SMART fields or status; undone, the goal is as it was."""
        return perform(
            self._store, translate("Goals", "Edit Goal"), self._update(goal_id, draft.cleaned())
        )

    def update(self, goal_id: int, draft: GoalDraft) -> ChangeSet:
        """Change a goal's SMART fields or status (dropping it frees its slot)."""
        return apply(self._store, self._update(goal_id, draft.cleaned()))

    def check_in(self, goal_id: int, on: date, progress: int, note: str = "") -> Step:
        """Record progress on a date; undone, the check-in is taken back."""
        return perform(
            self._store,
            translate("Goals", "Check In"),
            self._checkin(goal_id, on, progress, note, None),
        )

    def add_checkin(
        self,
        goal_id: int,
        on: date,
        progress: int,
        note: str = "",
        session_id: int | None = None,
    ) -> ChangeSet:
        """Record progress on a date; the goal's progress follows its latest check-in."""
        return apply(self._store, self._checkin(goal_id, on, progress, note, session_id))

    def remove_checkin(self, checkin_id: int) -> ChangeSet:
        """Take a check-in back; the goal's progress follows the one before it."""
        with self._store.writing() as uow:
            goal_id = uow.goals.delete_checkin(checkin_id)
            self._follow_latest(uow, goal_id)
            uow.commit()
        return ChangeSet.of_goals(goal_id)

    def review_goal(self, goal_id: int, outcome: Outcome, reflection: str, carry: bool) -> Step:
        """Record the quarter review and, with `carry`, carry the goal into the next
        quarter, all or nothing; undone, both are taken back."""
        review = self._review(goal_id, outcome, reflection)
        action = chain(review, self._carry(goal_id)) if carry else review
        return perform(self._store, translate("Goals", "Review Goal"), action)

    def review(self, goal_id: int, outcome: Outcome, reflection: str) -> ChangeSet:
        """Record a goal's outcome and reflection at the quarter's end."""
        return apply(self._store, self._review(goal_id, outcome, reflection))

    def carry_over_goal(self, goal_id: int) -> Step:
        """Start an unfinished goal again next quarter; undone, the new goal goes."""
        return perform(self._store, translate("Goals", "Carry Over Goal"), self._carry(goal_id))

    def carry_over(self, goal_id: int) -> ChangeSet:
        """Start an unfinished goal again next quarter, linked back to this one."""
        return apply(self._store, self._carry(goal_id))

    def add_milestone(self, goal_id: int, text: str, due: date) -> Step:
        """Add a dated step to a goal; undone, it is removed."""
        text = " ".join(text.split())
        return perform(
            self._store,
            translate("Goals", "Add Milestone"),
            self._milestone_added(goal_id, text, due),
        )

    def remove_milestone(self, milestone_id: int) -> Step:
        """Remove a milestone; undone, it is back as it was (reached or not)."""
        return perform(
            self._store,
            translate("Goals", "Remove Milestone"),
            self._milestone_removed(milestone_id),
        )

    def reach_milestone(
        self, milestone_id: int, reached: bool = True, session_id: int | None = None
    ) -> Step:
        """Mark a milestone reached today (in the meeting `session_id`, if one), or not
        reached; undone, it is as it was."""
        text = (
            translate("Goals", "Reach Milestone")
            if reached
            else translate("Goals", "Take Back Milestone")
        )
        on = self.today() if reached else None
        return perform(self._store, text, self._reached(milestone_id, on, session_id))

    def assess(self, goal_id: int, stage: Stage, score: int, evidence: str) -> Step:
        """The goal's owner rates its skill at `stage` (before or after the quarter's
        work), 1 to 5 with a line of evidence, dated today; a second rating of the same
        stage replaces the first. Undone, the rating is as it was."""
        evidence = " ".join(evidence.split())
        raise_if(assessment_problems(score, evidence))
        rating = SelfAssessment(stage, score, evidence, self.today())
        return perform(
            self._store, translate("Goals", "Self-Assessment"), self._rated(goal_id, stage, rating)
        )

    def _rated(self, goal_id: int, stage: Stage, rating: SelfAssessment | None) -> Action:
        def rate(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            self._open_pair(uow, goal.pair_id)
            before = goal.assessment(stage)
            uow.goals.set_assessment(goal_id, rating, stage)
            return ChangeSet.of_goals(goal_id), self._rated(goal_id, stage, before)

        return rate

    # -- the actions -------------------------------------------------------------------
    def _milestone_added(
        self, goal_id: int, text: str, due: date, kept: Milestone | None = None
    ) -> Action:
        def add(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            pair = self._open_pair(uow, goal.pair_id)
            span = quarter(pair.started_on, pair.quarters, goal.quarter)
            raise_if(milestone_problems(text, due, span, len(goal.milestones)))
            if goal.status is GoalStatus.DROPPED:
                raise UserFacingError(
                    translate("Goals", "This goal was dropped; set it back in progress first.")
                )
            step = kept or Milestone(0, goal_id, text, due)
            new_id = uow.goals.add_milestone(replace(step, goal_id=goal_id, text=text, due=due))
            return ChangeSet.of_goals(goal_id, created=new_id), self._milestone_removed(new_id)

        return add

    def _milestone_removed(self, milestone_id: int) -> Action:
        def remove(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            gone = uow.goals.milestone(milestone_id)
            self._open_pair(uow, uow.goals.get(gone.goal_id).pair_id)
            uow.goals.delete_milestone(milestone_id)
            back = self._milestone_added(gone.goal_id, gone.text, gone.due, kept=gone)
            return ChangeSet.of_goals(gone.goal_id), back

        return remove

    def _reached(self, milestone_id: int, on: date | None, session_id: int | None) -> Action:
        def reach(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            step = uow.goals.milestone(milestone_id)
            self._open_pair(uow, uow.goals.get(step.goal_id).pair_id)
            uow.goals.set_reached(milestone_id, on, session_id if on else None)
            back = self._reached(milestone_id, step.reached_on, step.session_id)
            return ChangeSet.of_goals(step.goal_id), back

        return reach

    def _creation(self, pair_id: int, draft: GoalDraft) -> Action:
        def create(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            pair = self._open_pair(uow, pair_id)
            self._check(uow, pair, draft, goal_id=None)
            xid = unique_id(_goal_id_wanted(pair, draft), uow.goals.existing_external_ids)
            goal_id = uow.goals.add(pair_id, xid, draft)
            return ChangeSet.of_goals(goal_id, created=goal_id), self._deletion(goal_id)

        return create

    def _deletion(self, goal_id: int) -> Action:
        def delete(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            uow.goals.delete(goal_id)
            return ChangeSet.of_goals(goal_id), self._creation(goal.pair_id, goal.draft)

        return delete

    def _update(self, goal_id: int, draft: GoalDraft) -> Action:
        def update(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            pair = self._open_pair(uow, goal.pair_id)
            self._check(uow, pair, draft, goal_id=goal_id)
            uow.goals.update(goal_id, draft)
            return ChangeSet.of_goals(goal_id), _goal_as(goal)

        return update

    def _checkin(
        self, goal_id: int, on: date, progress: int, note: str, session_id: int | None
    ) -> Action:
        def add(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            problems = []
            if message := progress_problem(progress):
                problems.append(Problem("progress", message))
            if message := text_problem(note, translate("Goals", "the note")):
                problems.append(Problem("note", message))
            if on > self.today():
                problems.append(
                    Problem("on", translate("Goals", "a check-in cannot be dated in the future"))
                )
            raise_if(problems)
            goal = uow.goals.get(goal_id)
            self._open_pair(uow, goal.pair_id)
            if goal.status is GoalStatus.DROPPED:
                raise UserFacingError(
                    translate("Goals", "This goal was dropped; set it back in progress first.")
                )
            checkin_id = uow.goals.add_checkin(goal_id, on, progress, note.strip(), session_id)
            self._follow_latest(uow, goal_id)
            return ChangeSet.of_goals(goal_id, created=checkin_id), self._uncheck(
                goal_id, checkin_id
            )

        return add

    def _uncheck(self, goal_id: int, checkin_id: int) -> Action:
        def remove(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            gone = next((c for c in goal.checkins if c.id == checkin_id), None)
            if gone is None:
                raise UserFacingError(
                    translate("Goals", "That check-in has been removed meanwhile.")
                )
            uow.goals.delete_checkin(checkin_id)
            self._follow_latest(uow, goal_id)
            again = self._checkin(goal_id, gone.on, gone.progress, gone.note, gone.session_id)
            return ChangeSet.of_goals(goal_id), again

        return remove

    def _review(self, goal_id: int, outcome: Outcome, reflection: str) -> Action:
        if message := text_problem(reflection, translate("Goals", "the reflection")):
            raise ValidationError.single("reflection", message)

        def review(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            uow.goals.set_review(goal_id, outcome, reflection.strip())
            if outcome is Outcome.ACHIEVED and goal.status is not GoalStatus.ACHIEVED:
                uow.goals.set_progress(goal_id, 100, GoalStatus.ACHIEVED)
            return ChangeSet.of_goals(goal_id), _goal_as(goal)

        return review

    def _carry(self, goal_id: int) -> Action:
        def carry(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            goal = uow.goals.get(goal_id)
            pair = self._open_pair(uow, goal.pair_id)
            if goal.status is GoalStatus.ACHIEVED:
                raise UserFacingError(
                    translate("Goals", "This goal was achieved; there is nothing to carry over.")
                )
            nxt = quarter(pair.started_on, pair.quarters, goal.quarter + 1)
            shifted = min(max(add_months(goal.target_date, 3), nxt.starts_on), nxt.ends_on)
            draft = replace(
                goal.draft,
                quarter=nxt.number,
                target_date=shifted,
                status=GoalStatus.IN_PROGRESS if goal.progress else GoalStatus.NOT_STARTED,
            )
            self._check(uow, pair, draft, goal_id=None)
            xid = unique_id(_goal_id_wanted(pair, draft), uow.goals.existing_external_ids)
            new_id = uow.goals.add(pair.id, xid, draft, goal.progress, carried_from=goal_id)
            changes = ChangeSet(goals=frozenset({goal_id, new_id}), created=new_id)
            return changes, self._uncarry(goal_id, new_id)

        return carry

    def _uncarry(self, goal_id: int, carried_id: int) -> Action:
        def remove(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
            uow.goals.delete(carried_id)
            return ChangeSet(goals=frozenset({goal_id, carried_id})), self._carry(goal_id)

        return remove

    # -- rules ---------------------------------------------------------------------
    def _check(self, uow: UnitOfWork, pair: Pair, draft: GoalDraft, goal_id: int | None) -> None:
        if draft.quarter < 1:
            raise ValidationError.single(
                "quarter", translate("Goals", "quarters are numbered from 1")
            )
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
                    and g.owner is draft.owner
                    and g.status is not GoalStatus.DROPPED
                ),
                None,
            )
            if twin is not None:
                whose = pair.person(draft.owner).name
                problems.append(
                    Problem(
                        "skill",
                        (
                            translate(
                                "Goals",
                                "quarter {quarter} already has a technical goal of {whose}'s "
                                "('{title}'); drop it before setting another",
                            )
                            if draft.skill is Skill.TECHNICAL
                            else translate(
                                "Goals",
                                "quarter {quarter} already has a soft goal of {whose}'s "
                                "('{title}'); drop it before setting another",
                            )
                        ).format(quarter=draft.quarter, whose=whose, title=twin.title),
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
                translate(
                    "Goals", "{pair} ended on {day}; its goals are kept as they were."
                ).format(pair=pair.title, day=day_text(pair.ended_on))
            )
        return pair


def _goal_as(goal: Goal) -> Action:
    """Put a goal's fields, progress and review back as `goal` has them; back: as they
    were."""

    def put(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        before = uow.goals.get(goal.id)
        uow.goals.update(goal.id, goal.draft)
        uow.goals.set_progress(goal.id, goal.progress, goal.status)
        uow.goals.set_review(goal.id, goal.outcome, goal.reflection)
        return ChangeSet.of_goals(goal.id), _goal_as(before)

    return put


def _goal_id_wanted(pair: Pair, draft: GoalDraft) -> str:
    """The external id a new goal would like: the pair's, quarter and skill (and for a
    goal of the partner in the mentor's place, that partner's id too)."""
    wanted = f"{pair.external_id}-q{draft.quarter}-{draft.skill.value}"
    if draft.owner is Role.MENTOR:
        return f"{wanted}-{pair.mentor.external_id}"
    return wanted


def _last_quarter(pair: Pair, day: date) -> int:
    """The last quarter a pair reached: today's, or the one it ended in."""
    end = pair.ended_on or day
    return quarter_number(pair.started_on, pair.quarters, max(end, pair.started_on)) or 1
