"""The goals repository: goals with their check-ins as `Goal` records.

Reads run on the Core tables (the first window is filled before the ORM models are
built); writes go through the models, imported when the first one is made.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Date,
    Integer,
    Row,
    cast,
    delete,
    func,
    insert,
    literal_column,
    null,
    select,
    union_all,
    update,
)

from mentordesk.domain.assessments import SelfAssessment, Stage
from mentordesk.domain.goals import (
    CheckIn,
    Goal,
    GoalDraft,
    GoalProgress,
    GoalStatus,
    Outcome,
    Skill,
)
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.pairs import Role
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Handle, Repository
from mentordesk.store.in_lists import among, chunks, existing_values

if TYPE_CHECKING:
    from mentordesk.store.models import GoalRow

GOALS, CHECKINS, MILESTONES = tables.goals.c, tables.checkins.c, tables.milestones.c
RATINGS = tables.self_assessments.c
# by quarter, the mentee's (or second peer's) first, technical first
ORDER = (GOALS.quarter, GOALS.owner, GOALS.skill.desc(), GOALS.id)
# Stored values to members by a dict: calling the enum costs half a microsecond, and the
# team's health reads every pair's goals of the quarter.
_ROLES = {role.value: role for role in Role}
_STATUSES = {status.value: status for status in GoalStatus}


def goal_record(
    row: Row[*tuple[Any, ...]],
    checkins: Iterable[CheckIn],
    milestones: Iterable[Milestone] = (),
    assessments: Iterable[SelfAssessment] = (),
) -> Goal:
    """The domain record of a goals row, with its check-ins oldest first, its
    milestones by due date and its self-assessments, the one before first."""
    return Goal(
        id=row.id,
        external_id=row.external_id,
        pair_id=row.pair_id,
        quarter=row.quarter,
        skill=Skill(row.skill),
        title=row.title,
        target_date=row.target_date,
        specific=row.specific,
        measure=row.measure,
        status=GoalStatus(row.status),
        progress=row.progress,
        outcome=Outcome(row.outcome) if row.outcome else None,
        reflection=row.reflection,
        carried_from=row.carried_from_id,
        checkins=tuple(checkins),
        owner=Role(row.owner),
        milestones=tuple(milestones),
        assessments=tuple(sorted(assessments, key=lambda a: a.stage is Stage.AFTER)),
    )


def _checkins_and_milestones(handle: Handle, goal_ids: list[int]) -> CompoundSelect[Any]:
    """Check-ins ('c'), milestones ('m') and self-assessments (their stage, 'before' or
    'after') of these goals as rows of one kind, each goal's check-ins by day, its
    milestones by due date."""
    checkins = select(
        literal_column("'c'").label("kind"),
        CHECKINS.id,
        CHECKINS.goal_id,
        CHECKINS.on.label("day"),
        CHECKINS.progress.label("number"),
        cast(null(), Date).label("reached_on"),
        CHECKINS.note.label("text"),
        CHECKINS.session_id,
    ).where(among(handle, CHECKINS.goal_id, goal_ids))
    milestones = select(
        literal_column("'m'"),
        MILESTONES.id,
        MILESTONES.goal_id,
        MILESTONES.due,
        cast(null(), Integer),
        MILESTONES.reached_on,
        MILESTONES.text,
        MILESTONES.session_id,
    ).where(among(handle, MILESTONES.goal_id, goal_ids))
    ratings = select(
        RATINGS.stage,
        RATINGS.id,
        RATINGS.goal_id,
        RATINGS.assessed_on,
        RATINGS.score,
        cast(null(), Date),
        RATINGS.evidence,
        cast(null(), Integer),
    ).where(among(handle, RATINGS.goal_id, goal_ids))
    return union_all(checkins, milestones, ratings).order_by(
        literal_column("kind"), literal_column("day"), literal_column("id")
    )


class GoalRepository(Repository):
    """Reads and writes goals within one unit of work."""

    def ids_of_pair(self, pair_id: int) -> list[int]:
        """A pair's goals by quarter, then the mentee's first, technical before soft, then
        oldest first."""
        query = select(GOALS.id).where(GOALS.pair_id == pair_id).order_by(*ORDER)
        return list(self._session.scalars(query))

    def of_pair(self, pair_id: int) -> list[Goal]:
        """Every goal of a pair, in the order of `ids_of_pair`."""
        return self._read(GOALS.pair_id == pair_id)

    def of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[Goal]]:
        """Several pairs' goals, each pair's in the order of `ids_of_pair`, by pair id:
        the same few queries (per chunk of a very large team) whatever their number."""
        wanted = list(pair_ids)
        found: dict[int, list[Goal]] = {pair_id: [] for pair_id in wanted}
        for batch in chunks(wanted):
            for goal in self._read(among(self._session, GOALS.pair_id, batch)):
                found[goal.pair_id].append(goal)
        return found

    def get(self, goal_id: int) -> Goal:
        """One goal with its check-ins."""
        found = self._read(GOALS.id == goal_id)
        if not found:
            raise NotFoundError(f"there is no goal with id {goal_id}")
        return found[0]

    def get_many(self, ids: Iterable[int]) -> dict[int, Goal]:
        """Several goals by id (missing ids are left out), in the order of `ids_of_pair`."""
        batches = list(chunks(ids))
        found = [
            goal for batch in batches for goal in self._read(among(self._session, GOALS.id, batch))
        ]
        if len(batches) > 1:  # each chunk in order, so all of them in order: stable sorts
            found.sort(key=lambda goal: goal.id)
            found.sort(key=lambda goal: goal.skill.value, reverse=True)
            found.sort(key=lambda goal: (goal.quarter, goal.owner.value))
        return {goal.id: goal for goal in found}

    def in_quarters(
        self, quarters: Mapping[int, int], *, checkins: bool = True
    ) -> dict[int, list[Goal]]:
        """Each pair's goals of one quarter (`quarters`: pair id to quarter number), in the
        order of `ids_of_pair`, by pair id; without `checkins`, their check-ins are left
        empty (for what status and progress tell)."""
        found: dict[int, list[Goal]] = {pair_id: [] for pair_id in quarters}
        for pairs in chunks(quarters, share=2):  # the pairs, and as many quarters at most
            numbers = sorted({quarters[pair_id] for pair_id in pairs})
            where = among(self._session, GOALS.pair_id, pairs) & among(
                self._session, GOALS.quarter, numbers
            )
            for goal in self._read(where, checkins=checkins):
                if quarters[goal.pair_id] == goal.quarter:
                    found[goal.pair_id].append(goal)
        return found

    def progress_in_quarters(self, quarters: Mapping[int, int]) -> dict[int, list[GoalProgress]]:
        """Each pair's goals of one quarter (`quarters`: pair id to quarter number) as
        whose, status, progress and latest check-in only, in the order of `ids_of_pair`,
        by pair id. One statement (a chunk of pairs at a time): the check-in is looked
        up by goal in it, not asked afterwards naming every goal."""
        found: dict[int, list[GoalProgress]] = {pair_id: [] for pair_id in quarters}
        columns = (GOALS.id, GOALS.pair_id, GOALS.quarter, GOALS.owner, GOALS.status)
        latest = select(func.max(CHECKINS.on)).where(CHECKINS.goal_id == GOALS.id).scalar_subquery()
        for pairs in chunks(quarters, share=2):  # the pairs, and as many quarters at most
            numbers = sorted({quarters[pair_id] for pair_id in pairs})
            query = (
                select(*columns, GOALS.progress, latest)
                .where(
                    among(self._session, GOALS.pair_id, pairs),
                    among(self._session, GOALS.quarter, numbers),
                )
                .order_by(*ORDER)
            )
            for id_, pair_id, number, owner, status, progress, last in self._session.execute(
                query
            ).all():
                if quarters[pair_id] == number:
                    found[pair_id].append(
                        GoalProgress(
                            id_, pair_id, number, _ROLES[owner], _STATUSES[status], progress, last
                        )
                    )
        return found

    def _read(self, where: ColumnElement[bool], *, checkins: bool = True) -> list[Goal]:
        """The goals matching `where` with their check-ins (unless not `checkins`), in the
        order of `ids_of_pair`."""
        rows = self._session.execute(select(tables.goals).where(where).order_by(*ORDER)).all()
        found: defaultdict[int, list[CheckIn]] = defaultdict(list)
        steps: defaultdict[int, list[Milestone]] = defaultdict(list)
        ratings: defaultdict[int, list[SelfAssessment]] = defaultdict(list)
        # A goal's check-ins, milestones and ratings in one statement (one round trip on
        # a server).
        for batch in chunks((row.id for row in rows), share=3) if checkins else ():
            for c in self._session.execute(_checkins_and_milestones(self._session, batch)):
                if c.kind == "c":
                    found[c.goal_id].append(CheckIn(c.id, c.day, c.number, c.text, c.session_id))
                elif c.kind == "m":
                    steps[c.goal_id].append(
                        Milestone(c.id, c.goal_id, c.text, c.day, c.reached_on, c.session_id)
                    )
                else:
                    ratings[c.goal_id].append(
                        SelfAssessment(Stage(c.kind), c.number, c.text, c.day)
                    )
        return [goal_record(row, found[row.id], steps[row.id], ratings[row.id]) for row in rows]

    def set_assessment(self, goal_id: int, rating: SelfAssessment | None, stage: Stage) -> None:
        """Keep `rating` as the goal's rating at `stage` (None: it has none)."""
        table = tables.self_assessments
        self._session.execute(
            delete(table).where((RATINGS.goal_id == goal_id) & (RATINGS.stage == stage.value))
        )
        if rating is not None:
            values = {
                "goal_id": goal_id,
                "stage": rating.stage.value,
                "score": rating.score,
                "evidence": rating.evidence,
                "assessed_on": rating.assessed_on,
            }
            self._session.execute(insert(table).values(values))

    def add_milestone(self, milestone: Milestone) -> int:
        """Keep a milestone of a goal (its id is ignored); returns its id."""
        values = {
            "goal_id": milestone.goal_id,
            "due": milestone.due,
            "text": milestone.text,
            "reached_on": milestone.reached_on,
            "session_id": milestone.session_id,
        }
        query = insert(tables.milestones).values(values).returning(MILESTONES.id)
        return int(self._session.execute(query).scalar_one())

    def milestone(self, milestone_id: int) -> Milestone:
        """One milestone."""
        row = self._session.execute(
            select(tables.milestones).where(MILESTONES.id == milestone_id)
        ).first()
        if row is None:
            raise NotFoundError(f"there is no milestone with id {milestone_id}")
        return Milestone(row.id, row.goal_id, row.text, row.due, row.reached_on, row.session_id)

    def set_reached(
        self, milestone_id: int, reached_on: date | None, session_id: int | None
    ) -> None:
        """Mark a milestone reached (on a day, in a meeting) or, with None, not reached."""
        self._session.execute(
            update(tables.milestones)
            .where(MILESTONES.id == milestone_id)
            .values(reached_on=reached_on, session_id=session_id)
        )

    def delete_milestone(self, milestone_id: int) -> None:
        """Remove a milestone."""
        self._session.execute(delete(tables.milestones).where(MILESTONES.id == milestone_id))

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a goal's external id."""
        return existing_values(self._session, GOALS.external_id, candidates)

    def add(
        self,
        pair_id: int,
        external_id: str,
        draft: GoalDraft,
        progress: int = 0,
        carried_from: int | None = None,
    ) -> int:
        """Store a new goal; returns its id."""
        from mentordesk.store.models import GoalRow

        row = GoalRow(
            pair_id=pair_id,
            external_id=external_id,
            progress=progress,
            carried_from_id=carried_from,
            reflection="",
        )
        self._apply(row, draft)
        self._writes.add(row)
        self._writes.flush()
        return row.id

    def link(self, goal_id: int, carried_from: int) -> None:
        """Record that a goal carries on an earlier one."""
        self._row(goal_id).carried_from_id = carried_from

    def update(self, goal_id: int, draft: GoalDraft) -> None:
        """Replace a goal's SMART fields and status."""
        self._apply(self._row(goal_id), draft)
        self._writes.flush()

    def set_progress(self, goal_id: int, progress: int, status: GoalStatus) -> None:
        """Record the goal's current progress and status."""
        row = self._row(goal_id)
        row.progress, row.status = progress, status.value

    def set_review(self, goal_id: int, outcome: Outcome | None, reflection: str) -> None:
        """Record (or with None clear) the quarter review of a goal."""
        row = self._row(goal_id)
        row.outcome, row.reflection = (outcome.value if outcome else None), reflection

    def add_checkin(
        self, goal_id: int, on: date, progress: int, note: str, session_id: int | None = None
    ) -> int:
        """Add a check-in to a goal; returns its id."""
        from mentordesk.store.models import CheckInRow

        row = CheckInRow(
            goal_id=goal_id, on=on, progress=progress, note=note, session_id=session_id
        )
        self._writes.add(row)
        self._writes.flush()
        self._writes.expire(self._row(goal_id), ["checkins"])
        return row.id

    def delete_checkin(self, checkin_id: int) -> int:
        """Remove a check-in; returns its goal's id."""
        from mentordesk.store.models import CheckInRow

        row = self._writes.get(CheckInRow, checkin_id)
        if row is None:
            raise NotFoundError(f"there is no check-in with id {checkin_id}")
        goal_id = row.goal_id
        self._writes.delete(row)
        self._writes.flush()
        self._writes.expire(self._row(goal_id), ["checkins"])
        return goal_id

    def delete(self, goal_id: int) -> None:
        """Remove a goal and its check-ins."""
        self._writes.delete(self._row(goal_id))
        self._writes.flush()

    @staticmethod
    def _apply(row: GoalRow, draft: GoalDraft) -> None:
        row.quarter, row.skill, row.title = draft.quarter, draft.skill.value, draft.title
        row.specific, row.measure = draft.specific, draft.measure
        row.target_date, row.status = draft.target_date, draft.status.value
        row.owner = draft.owner.value

    def _row(self, goal_id: int) -> GoalRow:
        from mentordesk.store.models import GoalRow

        row = self._writes.get(GoalRow, goal_id)
        if row is None:
            raise NotFoundError(f"there is no goal with id {goal_id}")
        return row
