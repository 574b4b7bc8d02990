"""Goals against a real store: one per skill, targets inside the quarter, check-ins, review."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from mentordesk.domain.goals import GoalDraft, GoalStatus, Outcome, Skill
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services
from mentordesk.store.unit_of_work import Store

START = date(2026, 9, 7)  # quarter 2 runs 7 Dec 2026 - 6 Mar 2027; today is 21 Nov 2026
Q1_TARGET = date(2026, 11, 30)


@pytest.fixture
def pair_id(services: Services) -> int:
    ana = services.people.create(PersonDraft("Ana", "ana@example.org")).created
    ben = services.people.create(PersonDraft("Ben", "ben@example.org")).created
    created = services.pairs.create(ana, ben, START).created
    assert created is not None
    return created


def draft(
    skill: Skill = Skill.TECHNICAL,
    quarter: int = 1,
    target: date = Q1_TARGET,
    title: str = "Own the reporting queries",
) -> GoalDraft:
    return GoalDraft(
        quarter, skill, title, target, "Billing reports", "Three reviewed PRs, no rollback"
    )


def test_quarters_run_to_the_next_one_with_the_current_marked(
    services: Services, pair_id: int
) -> None:
    plans = services.goals.quarters(pair_id)
    assert [(p.span.number, p.is_current) for p in plans] == [(1, True), (2, False)]
    assert plans[1].span.starts_on == date(2026, 12, 7)


def test_one_goal_per_skill_unless_the_first_was_dropped(services: Services, pair_id: int) -> None:
    first = services.goals.create(pair_id, draft()).created
    services.goals.create(pair_id, draft(Skill.SOFT, title="Run the retro"))
    with pytest.raises(ValidationError) as caught:
        services.goals.create(pair_id, draft(title="Another technical goal"))
    assert caught.value.for_field("skill") == (
        "quarter 1 already has a technical goal of Ben's ('Own the reporting queries'); "
        "drop it before setting another"
    )
    assert first is not None
    services.goals.update(first, replace(draft(), status=GoalStatus.DROPPED))
    services.goals.create(pair_id, draft(title="Another technical goal"))
    plan = services.goals.quarters(pair_id)[0]
    assert len(plan.goals) == 3
    found = plan.goal_for(Skill.TECHNICAL)
    assert found is not None
    assert found.title == "Another technical goal"


def test_a_dropped_goal_cannot_come_back_beside_its_replacement(
    services: Services, pair_id: int
) -> None:
    first = services.goals.create(pair_id, draft()).created
    assert first is not None
    services.goals.update(first, replace(draft(), status=GoalStatus.DROPPED))
    services.goals.create(pair_id, draft(title="Replacement"))
    with pytest.raises(ValidationError, match="already has a technical goal"):
        services.goals.update(first, draft())


def test_the_database_keeps_one_per_skill_too(
    store: Store, services: Services, pair_id: int
) -> None:
    services.goals.create(pair_id, draft())
    with store.writing() as uow, pytest.raises(IntegrityError):
        uow.goals.add(pair_id, "sneaky", draft(title="Around the service"))


@pytest.mark.parametrize("target", [date(2026, 9, 6), date(2026, 12, 7), date(2027, 1, 1)])
def test_target_dates_outside_the_quarter_are_refused(
    services: Services, pair_id: int, target: date
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.goals.create(pair_id, draft(target=target))
    assert caught.value.for_field("target_date") == (
        "the target date must lie in quarter 1 (7 Sept – 6 Dec 2026)"
    )


def test_quarter_edges_are_inside(services: Services, pair_id: int) -> None:
    services.goals.create(pair_id, draft(target=date(2026, 12, 6)))
    services.goals.create(pair_id, draft(Skill.SOFT, 2, date(2026, 12, 7), "Plan ahead"))
    assert [p.goal_for(Skill.SOFT) is not None for p in services.goals.quarters(pair_id)] == [
        False,
        True,
    ]


def test_checkins_drive_progress_and_status(services: Services, store: Store, pair_id: int) -> None:
    goal_id = services.goals.create(pair_id, draft()).created
    assert goal_id is not None
    with store.writing() as uow:
        when = datetime(2026, 11, 2, 16, tzinfo=UTC)
        session_id = uow.sessions.add(pair_id, "s1", when, SessionStatus.HELD)
        uow.commit()
    first = services.goals.add_checkin(goal_id, date(2026, 10, 5), 20, "First PR merged")
    services.goals.add_checkin(goal_id, date(2026, 11, 2), 45, "Second PR", session_id=session_id)
    goal = services.goals.get(goal_id)
    assert (goal.progress, goal.status) == (45, GoalStatus.IN_PROGRESS)
    assert [(c.on, c.progress, c.session_id) for c in goal.checkins] == [
        (date(2026, 10, 5), 20, None),
        (date(2026, 11, 2), 45, session_id),
    ]
    assert first.created is not None
    services.goals.remove_checkin(goal.checkins[-1].id)
    assert services.goals.get(goal_id).progress == 20


@pytest.mark.parametrize(
    ("progress", "on", "field"),
    [
        (101, date(2026, 11, 1), "progress"),
        (-1, date(2026, 11, 1), "progress"),
        (50, date(2026, 11, 22), "on"),
    ],
)
def test_bad_checkins_are_refused(
    services: Services, pair_id: int, progress: int, on: date, field: str
) -> None:
    goal_id = services.goals.create(pair_id, draft()).created
    assert goal_id is not None
    with pytest.raises(ValidationError) as caught:
        services.goals.add_checkin(goal_id, on, progress)
    assert caught.value.for_field(field)
    assert services.goals.get(goal_id).checkins == ()


def test_review_and_carry_over_link_back(services: Services, pair_id: int) -> None:
    goal_id = services.goals.create(pair_id, draft()).created
    assert goal_id is not None
    services.goals.add_checkin(goal_id, date(2026, 11, 20), 60)
    services.goals.review(goal_id, Outcome.PARTLY, "Two of three PRs; the third is in review")
    changes = services.goals.carry_over(goal_id)
    new = services.goals.get(changes.created or 0)
    old = services.goals.get(goal_id)
    assert (old.outcome, old.reflection) == (
        Outcome.PARTLY,
        "Two of three PRs; the third is in review",
    )
    assert old.checkins  # history stays with the old goal
    assert (new.quarter, new.carried_from, new.progress) == (2, goal_id, 60)
    assert new.target_date == date(2027, 2, 28)  # three months on, inside quarter 2
    assert new.status is GoalStatus.IN_PROGRESS
    with pytest.raises(ValidationError, match="already has a technical goal"):
        services.goals.carry_over(goal_id)


def test_an_achieved_review_completes_the_goal(services: Services, pair_id: int) -> None:
    goal_id = services.goals.create(pair_id, draft()).created
    assert goal_id is not None
    services.goals.review(goal_id, Outcome.ACHIEVED, "Done")
    goal = services.goals.get(goal_id)
    assert (goal.status, goal.progress) == (GoalStatus.ACHIEVED, 100)
    with pytest.raises(UserFacingError, match="nothing to carry over"):
        services.goals.carry_over(goal_id)


def test_ended_pairs_keep_their_goals_as_they_were(services: Services, pair_id: int) -> None:
    goal_id = services.goals.create(pair_id, draft()).created
    assert goal_id is not None
    services.pairs.end(pair_id, date(2026, 11, 20), "Goals achieved")
    with pytest.raises(UserFacingError, match="ended on"):
        services.goals.add_checkin(goal_id, date(2026, 11, 20), 50)
    assert [p.span.number for p in services.goals.quarters(pair_id)] == [1]
