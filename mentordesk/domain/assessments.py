"""A partner's self-assessment of a quarter's skill: where they stand, 1 to 5, before the
work (at the quarter's start) and after it (at its review), each with a line of evidence:
something they did, not how they feel. The scale's words come from the guidance files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mentordesk.domain.text import line_problem
from mentordesk.domain.words import translate
from mentordesk.errors import Problem

LOWEST, HIGHEST = 1, 5
EVIDENCE_MAX = 300  # characters: a line


class Stage(StrEnum):
    """When in the quarter a skill was rated."""

    BEFORE = "before"
    AFTER = "after"


@dataclass(frozen=True)
class SelfAssessment:
    """One rating of a goal's skill by the partner whose goal it is."""

    stage: Stage
    score: int
    evidence: str
    assessed_on: date


def assessment_problems(score: int, evidence: str) -> list[Problem]:
    """What is wrong with a rating of `score` backed by `evidence`."""
    problems = []
    if not LOWEST <= score <= HIGHEST:
        problems.append(
            Problem(
                "score",
                translate("Assessments", "choose a point from {low} to {high}").format(
                    low=LOWEST, high=HIGHEST
                ),
            )
        )
    if message := line_problem(
        evidence, translate("Assessments", "the evidence"), required=True, limit=EVIDENCE_MAX
    ):
        problems.append(Problem("evidence", message))
    return problems


def assessment_words(found: tuple[SelfAssessment, ...]) -> str:
    """'2 → 4 of 5', '2 of 5 before', '' — a goal's ratings in a few words."""
    by_stage = {a.stage: a.score for a in found}
    before, after = by_stage.get(Stage.BEFORE), by_stage.get(Stage.AFTER)
    if before is not None and after is not None:
        return translate("Assessments", "{before} → {after} of {high}").format(
            before=before, after=after, high=HIGHEST
        )
    if before is not None:
        return translate("Assessments", "{score} of {high} at the start").format(
            score=before, high=HIGHEST
        )
    if after is not None:
        return translate("Assessments", "{score} of {high} at the end").format(
            score=after, high=HIGHEST
        )
    return ""
