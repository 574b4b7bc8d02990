"""A goal's self-assessment against a real store: its owner rates the skill 1 to 5 with a
line of evidence before and after the quarter's work; a new rating of a stage replaces
the old, undo brings the old back; bad input is refused in words; the summary, the
signed figures and the interchange file carry it."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.domain.assessments import Stage, assessment_words
from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.errors import ValidationError
from mentordesk.interchange.reader import read_document
from mentordesk.services import Services
from mentordesk.ui.printing.summary_html import report_html


@pytest.fixture
def goal_id(services: Services, pair: tuple[int, int, int]) -> int:
    draft = GoalDraft(1, Skill.SOFT, "Speak up in planning", date(2026, 11, 30))
    created = services.goals.create(pair[0], draft).created
    assert created is not None
    return created


def test_before_and_after_with_evidence_and_undo(services: Services, goal_id: int) -> None:
    services.goals.assess(goal_id, Stage.BEFORE, 2, "  Silent in   most plannings ")
    first = services.goals.assess(goal_id, Stage.AFTER, 3, "Asked two questions")
    goal = services.goals.get(goal_id)
    assert [(a.stage, a.score, a.evidence, a.assessed_on) for a in goal.assessments] == [
        (Stage.BEFORE, 2, "Silent in most plannings", date(2026, 11, 21)),
        (Stage.AFTER, 3, "Asked two questions", date(2026, 11, 21)),
    ]
    assert assessment_words(goal.assessments) == "2 → 3 of 5"
    again = services.goals.assess(goal_id, Stage.AFTER, 4, "Led the retro's planning part")
    assert services.goals.get(goal_id).assessment(Stage.AFTER).score == 4  # type: ignore[union-attr]
    again.inverse()
    assert services.goals.get(goal_id).assessment(Stage.AFTER).score == 3  # type: ignore[union-attr]
    first.inverse()
    assert services.goals.get(goal_id).assessment(Stage.AFTER) is None
    assert assessment_words(services.goals.get(goal_id).assessments) == "2 of 5 at the start"


@pytest.mark.parametrize(
    ("score", "evidence", "where"),
    [
        (0, "Something", "score"),
        (6, "Something", "score"),
        (3, "", "evidence"),
        (3, "a\x07b", "evidence"),
    ],
)
def test_a_rating_needs_a_point_and_one_line_of_evidence(
    services: Services, goal_id: int, score: int, evidence: str, where: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.goals.assess(goal_id, Stage.BEFORE, score, evidence)
    assert [p.where for p in raised.value.problems] == [where]
    assert services.goals.get(goal_id).assessments == ()


def test_the_summary_and_the_file_carry_it(
    services: Services, goal_id: int, pair: tuple[int, int, int]
) -> None:
    services.goals.assess(goal_id, Stage.BEFORE, 2, "Silent in <b>most</b> plannings")
    html, _charts = report_html(services.reports.quarter_report(pair[0], 1))
    assert (
        "<b>Self-assessment:</b> before 2 of 5 (21 Nov 2026: Silent in &lt;b&gt;most&lt;/b&gt; "
        "plannings)"
    ) in html
    document = services.interchange.export_document()
    [goal] = document["pairs"][0]["goals"]
    assert goal["self_assessment"] == {
        "before": {"score": 2, "evidence": "Silent in <b>most</b> plannings", "on": "2026-11-21"}
    }
    for rating, where in (
        ({"score": 9, "evidence": "x", "on": "2026-11-21"}, "score"),
        ({"score": 3, "evidence": " ", "on": "2026-11-21"}, "evidence"),
    ):
        document["pairs"][0]["goals"] = [{**goal, "self_assessment": {"before": rating}}]
        with pytest.raises(ValidationError) as raised:
            read_document(document)
        found = {p.where for p in raised.value.problems}
        assert found == {f"pairs[0].goals[0].self_assessment.before.{where}"}
