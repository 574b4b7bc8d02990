"""SMART advice, the behind-schedule rule and the hard rules for a goal."""

from datetime import date

from mentordesk.domain.goals import (
    Goal,
    GoalDraft,
    GoalStatus,
    Skill,
    expected_progress,
    goal_problems,
    is_behind,
    smart_advice,
)
from mentordesk.domain.quarters import Quarter

SPAN = Quarter(1, date(2026, 9, 7), date(2026, 12, 6))  # 91 days


def test_a_vague_goal_gets_advice_and_a_smart_one_none() -> None:
    vague = GoalDraft(1, Skill.SOFT, "Get better at communication", SPAN.ends_on)
    advice = smart_advice(vague, SPAN)
    assert len(advice) == 4
    assert advice[0].startswith("The title is vague")
    smart = GoalDraft(
        1,
        Skill.SOFT,
        "Lead two design reviews",
        date(2026, 11, 20),
        "Prepare and chair the reviews of the billing redesign",
        "Two reviews held, each with written decisions",
    )
    assert smart_advice(smart, SPAN) == []


def test_a_target_on_the_last_day_is_fine_once_there_are_checkins() -> None:
    draft = GoalDraft(1, Skill.SOFT, "Chair the guild", SPAN.ends_on, "Monthly", "3 sessions held")
    assert any("last day" in a for a in smart_advice(draft, SPAN, checkins=0))
    assert not any("last day" in a for a in smart_advice(draft, SPAN, checkins=2))


def test_hard_rules() -> None:
    bad = GoalDraft(1, Skill.TECHNICAL, "", date(2026, 12, 7), "x\x00")
    assert [p.where for p in goal_problems(bad, SPAN)] == ["title", "specific", "target_date"]


def goal_at(progress: int, status: GoalStatus = GoalStatus.IN_PROGRESS) -> Goal:
    return Goal(1, "g", 1, 1, Skill.TECHNICAL, "T", SPAN.ends_on, status=status, progress=progress)


def test_behind_schedule_when_trailing_the_quarter_by_more_than_25_points() -> None:
    day = date(2026, 10, 21)  # day 45 of 91: 49.45 points of the quarter elapsed
    assert round(expected_progress(SPAN, day), 2) == 49.45
    assert not is_behind(goal_at(25), SPAN, day)  # trails by 24.45
    assert is_behind(goal_at(24), SPAN, day)  # trails by 25.45
    assert not is_behind(goal_at(0, GoalStatus.DROPPED), SPAN, SPAN.ends_on)
    assert not is_behind(goal_at(0, GoalStatus.ACHIEVED), SPAN, SPAN.ends_on)
    assert not is_behind(goal_at(0), SPAN, date(2026, 9, 20))  # early days: 15 points in
    assert expected_progress(SPAN, date(2026, 9, 1)) == 0
    assert expected_progress(SPAN, date(2027, 1, 1)) == 100
