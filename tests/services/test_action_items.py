"""Action items through the services, on the test's real database: agreed with a due date
at the next meeting, edited, reassigned, re-dated, linked to a goal, deleted; every change
undone and done again in one transaction each way; overdue only after the due meeting."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import create_engine, select

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import ActionItem
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store import tables

MEETING_ON = datetime(2026, 11, 23, 15, 10, tzinfo=UTC)  # Mon 23 Nov, 16:10 in Berlin


def rows(url: str) -> list[dict[str, Any]]:
    """The action_items table as another connection reads it, ids left out (an item that
    comes back gets a new one)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = [dict(r._mapping) for r in connection.execute(select(tables.action_items))]
    finally:
        engine.dispose()
    return sorted(({k: v for k, v in r.items() if k != "id"} for r in found), key=repr)


def meeting_session(services: Services, pair_id: int, index: int) -> int:
    """The session of the pair's meeting `index` (0: Mon 2 Nov)."""
    occurrence = services.sessions.log(pair_id)[index].occurrence
    return services.sessions.open_for(pair_id, occurrence)[0]


def only_item(services: Services, session_id: int) -> ActionItem:
    [item] = services.sessions.get(session_id).action_items
    return item


# -- the due date ----------------------------------------------------------------------------
def test_an_item_added_during_the_meeting_is_due_at_the_next_meeting_not_that_day(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, _, ben = pair
    clock.moment = MEETING_ON
    session_id = meeting_session(services, pair_id, 3)  # the meeting under way
    step = services.sessions.agree_action_item(session_id, ben, "  Read the style guide ")
    assert step.text == "Add Action Item"
    item = only_item(services, session_id)
    assert (item.text, item.due) == ("Read the style guide", date(2026, 11, 30))
    assert services.sessions.overdue_items(services.sessions.get(session_id)) == frozenset()


def test_the_next_meeting_skips_a_skipped_week_and_a_week_later_without_one(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, ana, ben = pair
    [series] = services.meetings.series_of(pair_id)
    services.meetings.skip(series.id, date(2026, 11, 30))
    clock.moment = MEETING_ON
    session_id = meeting_session(services, pair_id, 3)
    services.sessions.add_action_item(session_id, ben, "Draft the talk")
    assert only_item(services, session_id).due == date(2026, 12, 7)

    clock.moment = datetime(2026, 12, 21, 15, 10, tzinfo=UTC)  # the series' last meeting
    last = meeting_session(services, pair_id, -1)
    services.sessions.add_action_item(last, ana, "Plan next year")
    assert only_item(services, last).due == date(2026, 12, 28)


def test_an_ad_hoc_session_of_a_pair_with_no_meetings_is_due_a_week_later(
    services: Services, clock: FixedClock
) -> None:
    cleo = services.people.create(PersonDraft("Cleo Park", "cleo@example.org")).created or 0
    dan = services.people.create(PersonDraft("Dan Ito", "dan@example.org")).created or 0
    pair_id = services.pairs.create(cleo, dan, date(2026, 11, 2)).created or 0
    session_id, _ = services.sessions.open_for(pair_id)  # now: Sat 21 Nov
    services.sessions.add_action_item(session_id, dan, "Write it down")
    assert only_item(services, session_id).due == date(2026, 11, 28)


# -- editing, with undo and redo ---------------------------------------------------------
def test_edit_reassign_redate_and_link_each_undo_and_redo(
    services: Services, pair: tuple[int, int, int], db_url: str
) -> None:
    pair_id, ana, ben = pair
    s = services.sessions
    goal = services.goals.create(pair_id, GoalDraft(1, Skill.TECHNICAL, "SQL", date(2026, 11, 30)))
    goal_id = goal.created or 0
    session_id = meeting_session(services, pair_id, 2)
    s.add_action_item(session_id, ben, "Read the guide")
    item = only_item(services, session_id)
    cases = [
        ("Edit Action Item", {"text": " Read the whole guide "}, ("text", "Read the whole guide")),
        ("Reassign Action Item", {"owner_id": ana}, ("owner_id", ana)),
        ("Change Due Date", {"due": date(2026, 12, 7)}, ("due", date(2026, 12, 7))),
        ("Link Action Item to Goal", {"goal_id": goal_id}, ("goal_id", goal_id)),
        ("Mark Action Item Done", {"done_on": date(2026, 11, 20)}, ("done_on", date(2026, 11, 20))),
    ]
    for text, change, (field, value) in cases:
        before = rows(db_url)
        was = getattr(only_item(services, session_id), field)
        done = s.edit_action_item(item.id, **change)
        assert done.text == text
        assert done.changes.sessions == {session_id}
        assert getattr(only_item(services, session_id), field) == value
        after = rows(db_url)
        undone = done.inverse()
        assert rows(db_url) == before
        assert getattr(only_item(services, session_id), field) == was
        redone = undone.inverse()
        assert rows(db_url) == after
        redone.inverse()
        assert rows(db_url) == before
        s.edit_action_item(item.id, **change)  # kept, for the next case
    assert only_item(services, session_id) == ActionItem(
        item.id,
        item.external_id,
        session_id,
        ana,
        "Read the whole guide",
        date(2026, 12, 7),
        date(2026, 11, 20),
        goal_id,
    )
    assert s.edit_action_item(item.id, goal_id=None).text == "Unlink Action Item"
    assert s.edit_action_item(item.id, done_on=None).text == "Reopen Action Item"
    assert [r.text for r in s.search("whole guide")] == ["Read the whole guide"]


def test_an_undo_keeps_a_change_made_meanwhile_to_another_field(
    services: Services, second_install: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    session_id = meeting_session(services, pair_id, 2)
    services.sessions.add_action_item(session_id, ben, "Read the guide")
    item = only_item(services, session_id)
    reworded = services.sessions.edit_action_item(item.id, text="Read the style guide")
    second_install.sessions.edit_action_item(item.id, owner_id=ana)  # Ana takes it meanwhile
    reworded.inverse()
    assert (only_item(services, session_id).text, only_item(services, session_id).owner_id) == (
        "Read the guide",
        ana,
    )


def test_edits_that_break_a_rule_are_refused_and_write_nothing(
    services: Services, pair: tuple[int, int, int], db_url: str
) -> None:
    pair_id, _, ben = pair
    cleo = services.people.create(PersonDraft("Cleo Park", "cleo@example.org")).created or 0
    dan = services.people.create(PersonDraft("Dan Ito", "dan@example.org")).created or 0
    other = services.pairs.create(cleo, dan, date(2026, 9, 7)).created or 0
    foreign = services.goals.create(other, GoalDraft(1, Skill.SOFT, "Theirs", date(2026, 11, 30)))
    session_id = meeting_session(services, pair_id, 2)
    services.sessions.add_action_item(session_id, ben, "Read the guide")
    item = only_item(services, session_id)
    before = rows(db_url)
    with pytest.raises(ValidationError, match="action item"):
        services.sessions.edit_action_item(item.id, text="   ")
    with pytest.raises(ValidationError):
        services.sessions.edit_action_item(item.id, text="x" * 2001)
    with pytest.raises(UserFacingError, match="mentor or the mentee"):
        services.sessions.edit_action_item(item.id, owner_id=cleo)
    with pytest.raises(UserFacingError, match="goal of its own pair"):
        services.sessions.edit_action_item(item.id, goal_id=foreign.created)
    with pytest.raises(UserFacingError, match="goal of its own pair"):
        services.sessions.add_action_item(session_id, ben, "New", goal_id=foreign.created)
    assert rows(db_url) == before
    assert not services.sessions.edit_action_item(item.id, text="Read the guide").changes


# -- deleting --------------------------------------------------------------------------
def test_delete_then_undo_brings_the_item_back_as_it_was_and_redo_deletes_it_again(
    services: Services, pair: tuple[int, int, int], db_url: str
) -> None:
    pair_id, ana, ben = pair
    s = services.sessions
    goal = services.goals.create(
        pair_id, GoalDraft(1, Skill.SOFT, "Give talks", date(2026, 11, 30))
    )
    session_id = meeting_session(services, pair_id, 2)
    s.add_action_item(session_id, ana, "Book the room")
    s.add_action_item(
        session_id, ben, "Draft the lightning talk", date(2026, 12, 14), goal_id=goal.created
    )
    s.update_action_item(
        only_item_of(services, session_id, "Draft").id,
        ben,
        "Draft the lightning talk",
        date(2026, 12, 14),
        date(2026, 11, 20),
    )
    gone = only_item_of(services, session_id, "Draft")
    assert gone.goal_id == goal.created  # updating without a goal keeps the link
    before = rows(db_url)

    deleted = s.remove_action_item(gone.id)
    assert deleted.text == "Delete Action Item"
    assert deleted.changes.sessions == {session_id}
    assert [i.text for i in s.get(session_id).action_items] == ["Book the room"]
    assert s.search("lightning") == []
    after = rows(db_url)

    undone = deleted.inverse()
    back = only_item_of(services, session_id, "Draft")
    assert undone.changes.created == back.id
    assert back == ActionItem(back.id, *[getattr(gone, f) for f in FIELDS])
    assert rows(db_url) == before
    assert [r.text for r in s.search("lightning")] == ["Draft the lightning talk"]

    redone = undone.inverse()
    assert rows(db_url) == after
    redone.inverse()
    assert rows(db_url) == before


FIELDS = ("external_id", "session_id", "owner_id", "text", "due", "done_on", "goal_id")


def only_item_of(services: Services, session_id: int, start: str) -> ActionItem:
    [item] = [i for i in services.sessions.get(session_id).action_items if i.text.startswith(start)]
    return item


def test_an_undo_that_no_longer_applies_is_refused_and_writes_nothing(
    services: Services, second_install: Services, pair: tuple[int, int, int], db_url: str
) -> None:
    pair_id, _, ben = pair
    session_id = meeting_session(services, pair_id, 2)
    services.sessions.add_action_item(session_id, ben, "Read the guide")
    item = only_item(services, session_id)
    redated = services.sessions.edit_action_item(item.id, due=date(2026, 12, 7))
    second_install.sessions.delete_action_item(item.id)  # the other partner deleted it
    before = rows(db_url)
    with pytest.raises(UserFacingError, match="deleted meanwhile"):
        redated.inverse()
    assert rows(db_url) == before


def test_an_item_whose_goal_went_comes_back_unlinked(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, _, ben = pair
    set_goal = services.goals.set_goal(
        pair_id, GoalDraft(1, Skill.SOFT, "Give talks", date(2026, 11, 30))
    )
    session_id = meeting_session(services, pair_id, 2)
    services.sessions.add_action_item(session_id, ben, "Draft", goal_id=set_goal.changes.created)
    deleted = services.sessions.remove_action_item(only_item(services, session_id).id)
    set_goal.inverse()  # the goal is taken back
    deleted.inverse()
    assert only_item(services, session_id).goal_id is None


# -- overdue -----------------------------------------------------------------------------
def test_overdue_only_after_the_due_meeting_is_over(
    services: Services, pair: tuple[int, int, int], clock: FixedClock
) -> None:
    pair_id, ana, ben = pair
    session_id = meeting_session(services, pair_id, 2)  # Mon 16 Nov
    s = services.sessions
    s.add_action_item(session_id, ben, "Due at Monday's meeting", date(2026, 11, 23))
    s.add_action_item(session_id, ana, "Due on a Wednesday", date(2026, 11, 25))
    s.add_action_item(session_id, ana, "Done already", date(2026, 11, 18))
    done = only_item_of(services, session_id, "Done")
    s.edit_action_item(done.id, done_on=date(2026, 11, 17))
    monday = only_item_of(services, session_id, "Due at")
    wednesday = only_item_of(services, session_id, "Due on")

    def overdue_at(moment: datetime) -> frozenset[int]:
        clock.moment = moment
        return s.overdue_items(s.get(session_id))

    assert overdue_at(datetime(2026, 11, 23, 8, tzinfo=UTC)) == frozenset()  # ahead
    assert overdue_at(MEETING_ON) == frozenset()  # under way
    assert overdue_at(datetime(2026, 11, 23, 15, 45, tzinfo=UTC)) == {monday.id}  # over
    assert overdue_at(datetime(2026, 11, 25, 22, tzinfo=UTC)) == {monday.id}
    assert overdue_at(datetime(2026, 11, 26, 9, tzinfo=UTC)) == {monday.id, wednesday.id}
