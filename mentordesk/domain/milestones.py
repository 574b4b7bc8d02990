"""A goal's milestones: a few dated steps on the way, ticked when reached (in meeting
mode, the meeting they were reached in is kept). Quiet and dignified: a tick and a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.domain.date_words import date_range
from mentordesk.domain.quarters import Quarter
from mentordesk.domain.text import line_problem
from mentordesk.domain.words import translate
from mentordesk.errors import Problem

MILESTONES_MAX = 5  # a few steps, not a project plan
MILESTONE_MAX = 200  # characters: a line


@dataclass(frozen=True)
class Milestone:
    """A dated step towards a goal; `reached_on` once reached, `session_id` the meeting
    it was reached in (if it was ticked in one)."""

    id: int
    goal_id: int
    text: str
    due: date
    reached_on: date | None = None
    session_id: int | None = None

    @property
    def reached(self) -> bool:
        """Whether it has been reached."""
        return self.reached_on is not None


def milestone_problems(text: str, due: date, span: Quarter, others: int) -> list[Problem]:
    """What is wrong with a new milestone of a goal of quarter `span` that has `others`
    milestones already."""
    problems = []
    if message := line_problem(
        text, translate("Milestones", "a milestone"), required=True, limit=MILESTONE_MAX
    ):
        problems.append(Problem("text", message))
    if due not in span:
        problems.append(
            Problem(
                "due",
                translate(
                    "Milestones", "a milestone falls inside its goal's quarter ({dates})"
                ).format(dates=date_range(span.starts_on, span.ends_on)),
            )
        )
    if others >= MILESTONES_MAX:
        problems.append(
            Problem(
                "text",
                translate("Milestones", "a goal has at most {most} milestones: a few steps").format(
                    most=MILESTONES_MAX
                ),
            )
        )
    return problems
