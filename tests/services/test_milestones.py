"""Milestones against a real store: a few dated steps inside the goal's quarter, ticked
when reached (undoably, with the meeting they were reached in), shown as the meeting's
moments, on the agenda, in the summary's figures and in the interchange file."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from mentordesk.domain.goals import GoalDraft, GoalStatus, Skill, session_moments
from mentordesk.domain.milestones import MILESTONES_MAX
from mentordesk.domain.sessions import SessionStatus
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.interchange.reader import read_document
from mentordesk.services import Services
from mentordesk.services.signing import shown

TARGET = date(2026, 11, 30)  # in quarter 1 (7 Sep - 6 Dec 2026); today is 21 Nov 2026


@pytest.fixture
def goal_id(services: Services, pair: tuple[int, int, int]) -> int:
    draft = GoalDraft(1, Skill.TECHNICAL, "Write SQL", TARGET, "Reports", "Three PRs")
    created = services.goals.create(pair[0], draft).created
    assert created is not None
    return created


def test_milestones_are_added_in_due_order_and_stay_inside_the_quarter(
    services: Services, goal_id: int
) -> None:
    services.goals.add_milestone(goal_id, "  Second   step ", date(2026, 11, 25))
    services.goals.add_milestone(goal_id, "First step", date(2026, 10, 1))
    steps = services.goals.get(goal_id).milestones
    assert [(m.text, m.due, m.reached) for m in steps] == [
        ("First step", date(2026, 10, 1), False),
        ("Second step", date(2026, 11, 25), False),
    ]
    with pytest.raises(ValidationError) as caught:
        services.goals.add_milestone(goal_id, "", date(2026, 12, 20))
    assert caught.value.for_field("due").startswith("a milestone falls inside its goal's quarter")
    assert caught.value.for_field("text")


def test_a_goal_has_a_few_milestones_at_most(services: Services, goal_id: int) -> None:
    for n in range(MILESTONES_MAX):
        services.goals.add_milestone(goal_id, f"Step {n}", date(2026, 10, 1 + n))
    with pytest.raises(ValidationError, match="at most 5 milestones"):
        services.goals.add_milestone(goal_id, "One too many", date(2026, 11, 1))


def test_reaching_one_in_a_meeting_is_a_moment_of_that_meeting_and_undo_takes_it_back(
    services: Services, pair: tuple[int, int, int], goal_id: int
) -> None:
    pair_id = pair[0]
    services.goals.add_milestone(goal_id, "First draft reviewed", date(2026, 11, 20))
    [step] = services.goals.get(goal_id).milestones
    occurrence = services.sessions.log(pair_id)[2].occurrence  # Mon 16 Nov
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.save(session_id, SessionStatus.HELD, [], "")
    agenda = services.sessions.agenda(pair_id, date(2026, 11, 21))
    assert [(m.milestone.text, m.whose) for m in agenda.milestones] == [
        ("First draft reviewed", "Ben Okafor")
    ]
    assert "  [ ] Milestone (Ben Okafor): First draft reviewed, due 20 Nov 2026" in (
        agenda.as_text()
    )
    reached = services.goals.reach_milestone(step.id, True, session_id)
    [step] = services.goals.get(goal_id).milestones
    assert (step.reached_on, step.session_id) == (date(2026, 11, 21), session_id)
    goal = services.goals.get(goal_id)
    assert [(g.title, what) for g, what in session_moments([goal], session_id)] == [
        ("Write SQL", "milestone reached: First draft reviewed")
    ]
    reached.inverse()
    [step] = services.goals.get(goal_id).milestones
    assert (step.reached_on, step.session_id) == (None, None)


def test_removing_one_is_undone_as_it_was(services: Services, goal_id: int) -> None:
    services.goals.add_milestone(goal_id, "Kept", date(2026, 10, 1))
    [step] = services.goals.get(goal_id).milestones
    services.goals.reach_milestone(step.id)
    removed = services.goals.remove_milestone(step.id)
    assert services.goals.get(goal_id).milestones == ()
    removed.inverse()
    [back] = services.goals.get(goal_id).milestones
    assert (back.text, back.due, back.reached_on) == ("Kept", date(2026, 10, 1), date(2026, 11, 21))


def test_a_dropped_goal_takes_no_new_milestone(services: Services, goal_id: int) -> None:
    draft = services.goals.get(goal_id).draft
    services.goals.update(goal_id, replace(draft, status=GoalStatus.DROPPED))
    with pytest.raises(UserFacingError, match="dropped"):
        services.goals.add_milestone(goal_id, "Too late", date(2026, 11, 1))


def test_milestones_travel_in_the_file_and_count_in_a_signed_summary(
    services: Services, pair: tuple[int, int, int], goal_id: int
) -> None:
    before = shown(services.reports.quarter_report(pair[0], 1))
    services.goals.add_milestone(goal_id, "First draft", date(2026, 10, 1))
    [step] = services.goals.get(goal_id).milestones
    services.goals.reach_milestone(step.id)
    assert shown(services.reports.quarter_report(pair[0], 1)) != before
    doc = services.interchange.export_document()
    [goal] = doc["pairs"][0]["goals"]
    assert goal["milestones"] == [
        {"text": "First draft", "due": "2026-10-01", "reached_on": "2026-11-21"}
    ]
    [entry] = read_document(doc).pairs[0].goals
    assert [(m.text, m.due, m.reached_on) for m in entry.milestones] == [
        ("First draft", date(2026, 10, 1), date(2026, 11, 21))
    ]
    goal["milestones"][0]["due"] = "2027-01-10"  # outside quarter 1
    with pytest.raises(ValidationError, match=r"milestones\[0\]\.due"):
        read_document(doc)
