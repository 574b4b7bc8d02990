"""Quarterly goals: one technical and one soft skill per quarter, SMART, with check-ins."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from mentordesk.domain.assessments import SelfAssessment, Stage
from mentordesk.domain.date_words import date_range
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.pairs import Role
from mentordesk.domain.quarters import Quarter
from mentordesk.domain.text import clean_line, line_problem, text_problem
from mentordesk.domain.words import translate
from mentordesk.errors import Problem

BEHIND_BY = 25  # points of progress a goal may trail the quarter before it is behind


class Skill(StrEnum):
    """The two kinds of goal a quarter has."""

    TECHNICAL = "technical"
    SOFT = "soft"


class GoalStatus(StrEnum):
    """Where a goal stands."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Outcome(StrEnum):
    """The quarter review's verdict on a goal."""

    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"


@dataclass(frozen=True)
class CheckIn:
    """Progress on a goal as it stood on a date, optionally noted during a session."""

    id: int
    on: date
    progress: int
    note: str = ""
    session_id: int | None = None


@dataclass(frozen=True)
class GoalDraft:
    """What a goal's form holds: the SMART fields and status."""

    quarter: int
    skill: Skill
    title: str
    target_date: date
    specific: str = ""
    measure: str = ""
    status: GoalStatus = GoalStatus.NOT_STARTED
    owner: Role = Role.MENTEE  # whose goal: the partner in this role

    def cleaned(self) -> GoalDraft:
        """The draft with surrounding blanks trimmed."""
        return replace(
            self,
            title=clean_line(self.title),
            specific=self.specific.strip(),
            measure=self.measure.strip(),
        )


@dataclass(frozen=True)
class Goal:
    """A stored goal with its check-ins (oldest first) and its quarter review."""

    id: int
    external_id: str
    pair_id: int
    quarter: int
    skill: Skill
    title: str
    target_date: date
    specific: str = ""
    measure: str = ""
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress: int = 0
    outcome: Outcome | None = None
    reflection: str = ""
    carried_from: int | None = None
    checkins: tuple[CheckIn, ...] = ()
    owner: Role = Role.MENTEE  # whose goal: the partner in this role
    milestones: tuple[Milestone, ...] = ()  # by due date
    assessments: tuple[SelfAssessment, ...] = ()  # the owner's ratings, before first

    def assessment(self, stage: Stage) -> SelfAssessment | None:
        """The owner's rating of the skill at `stage`, if they gave one."""
        return next((a for a in self.assessments if a.stage is stage), None)

    @property
    def draft(self) -> GoalDraft:
        """The editable part of the goal."""
        return GoalDraft(
            self.quarter,
            self.skill,
            self.title,
            self.target_date,
            self.specific,
            self.measure,
            self.status,
            self.owner,
        )

    @property
    def is_open(self) -> bool:
        """Neither achieved nor dropped."""
        return self.status in (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """What the attention rules read of a goal: whose it is, its status, progress and
    the day of its latest check-in (the whole team's goals are read for them, and none
    of their text is needed)."""

    id: int
    pair_id: int
    quarter: int
    owner: Role
    status: GoalStatus
    progress: int
    last_checkin: date | None = None

    @property
    def is_open(self) -> bool:
        """Neither achieved nor dropped."""
        return self.status in (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS)


def goal_problems(draft: GoalDraft, span: Quarter) -> list[Problem]:
    """The hard rules: a title, the target date inside the goal's quarter, clean text."""
    found = [
        (
            "title",
            line_problem(draft.title, translate("Goals", "a title"), required=True, limit=200),
        ),
        ("specific", text_problem(draft.specific, translate("Goals", "the description"))),
        ("measure", text_problem(draft.measure, translate("Goals", "the measure"))),
    ]
    problems = [Problem(field, message) for field, message in found if message]
    if draft.target_date not in span:
        problems.append(
            Problem(
                "target_date",
                translate("Goals", "the target date must lie in quarter {number} ({dates})").format(
                    number=span.number, dates=date_range(span.starts_on, span.ends_on)
                ),
            )
        )
    return problems


def progress_problem(progress: int) -> str | None:
    """What is wrong with a progress figure, or None."""
    return None if 0 <= progress <= 100 else translate("Goals", "progress runs from 0 to 100")


_VAGUE = re.compile(
    r"^(get|be|become)\s+(better|good|more \w+)\b|\bimprove\b|\blearn more\b", re.IGNORECASE
)
_NUMBER = re.compile(r"\d")


def smart_advice(draft: GoalDraft, span: Quarter, checkins: int = 0) -> list[str]:
    """Advice on making a goal SMART: never blocking, only what is missing or vague."""
    advice = []
    if draft.title and _VAGUE.search(draft.title):
        advice.append(
            translate(
                "Goals",
                "The title is vague: say what will be different, e.g. "
                "'Lead two design reviews' rather than 'get better at design'.",
            )
        )
    if not draft.specific:
        advice.append(translate("Goals", "Specific: describe what exactly you will do, and where."))
    if not draft.measure:
        advice.append(translate("Goals", "Measurable: say how you will both know it is done."))
    elif not _NUMBER.search(draft.measure) and len(draft.measure.split()) < 6:
        advice.append(
            translate(
                "Goals", "The measure could be sharper: a number, a date or a concrete result."
            )
        )
    if draft.target_date >= span.ends_on and checkins == 0:
        advice.append(
            translate(
                "Goals",
                "The target is the last day of the quarter with no check-ins yet: "
                "plan a check-in halfway so there is time to adjust.",
            )
        )
    return advice


def expected_progress(span: Quarter, day: date) -> float:
    """How far through the quarter `day` is, as 0-100 points."""
    length = (span.ends_on - span.starts_on).days + 1
    elapsed = min(max((day - span.starts_on).days + 1, 0), length)
    return 100.0 * elapsed / length


def is_behind(goal: Goal | GoalProgress, span: Quarter, day: date) -> bool:
    """An open goal whose progress trails the share of the quarter elapsed by over 25 points."""
    return goal.is_open and goal.progress < expected_progress(span, day) - BEHIND_BY


def session_moments(goals: Sequence[Goal], session_id: int) -> list[tuple[Goal, str]]:
    """What was worth marking in a meeting, goal by goal: the milestones reached in it,
    a check-in noted in it that brought a goal to 100 %."""
    found = []
    for goal in goals:
        found += [
            (goal, translate("Goals", "milestone reached: {text}").format(text=m.text))
            for m in goal.milestones
            if m.session_id == session_id and m.reached
        ]
        if any(c.session_id == session_id and c.progress == 100 for c in goal.checkins):
            found.append((goal, translate("Goals", "reached 100 %")))
    return found


def by_partner(pair_is_peers: bool, goals: Iterable[Goal]) -> list[Goal]:
    """`goals` with the partner whose goals lead first: of peers, the one named first
    (as the Goals tab shows them), else the mentee; otherwise in their order."""
    return sorted(goals, key=lambda g: pair_is_peers and g.owner is not Role.MENTOR)
