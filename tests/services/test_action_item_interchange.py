"""An action item's goal in interchange files: written as the goal's id, read back into the
link, refused when it names no goal of the item's pair."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.errors import ValidationError
from mentordesk.interchange.writer import dumps
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.opening import open_store


def linked_team(services: Services, pair: tuple[int, int, int]) -> int:
    """Two items of the session of Mon 16 Nov, one serving a goal; returns the goal's id."""
    pair_id, ana, ben = pair
    goal = services.goals.create(pair_id, GoalDraft(1, Skill.TECHNICAL, "SQL", date(2026, 11, 30)))
    occurrence = services.sessions.log(pair_id)[2].occurrence
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.add_action_item(session_id, ben, "Write the query", goal_id=goal.created)
    services.sessions.add_action_item(session_id, ana, "Book the room")
    return goal.created or 0


def test_export_names_the_goal_an_item_serves_and_leaves_it_out_otherwise(
    services: Services, pair: tuple[int, int, int]
) -> None:
    linked_team(services, pair)
    [pair_doc] = services.interchange.export_document()["pairs"]
    [goal] = pair_doc["goals"]
    items = {i["text"]: i for s in pair_doc["sessions"] for i in s["action_items"]}
    assert items["Write the query"]["goal"] == goal["id"]
    assert "goal" not in items["Book the room"]  # an optional field is left out
    assert list(items["Write the query"]) == ["id", "owner", "text", "due", "done_on", "goal"]


@pytest.fixture
def elsewhere(tmp_path: Path, clock: FixedClock) -> Iterator[Services]:
    """The services of a second database, a SQLite file."""
    store = open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    yield Services.over(store, clock)
    store.close()


def test_the_goal_link_survives_export_and_import(
    services: Services, pair: tuple[int, int, int], elsewhere: Services
) -> None:
    linked_team(services, pair)
    first = dumps(services.interchange.export_document())
    elsewhere.interchange.import_text(first)
    [pair_id] = elsewhere.pairs.ids()
    [goal] = [g for plan in elsewhere.goals.quarters(pair_id) for g in plan.goals]
    items = {
        i.text: i
        for row in elsewhere.sessions.log(pair_id)
        if row.session is not None
        for i in row.session.action_items
    }
    assert items["Write the query"].goal_id == goal.id
    assert items["Book the room"].goal_id is None
    assert dumps(elsewhere.interchange.export_document()) == first


def test_a_goal_that_is_not_the_pairs_is_refused_with_its_path(
    services: Services, pair: tuple[int, int, int], elsewhere: Services
) -> None:
    linked_team(services, pair)
    doc = services.interchange.export_document()
    doc["pairs"][0]["sessions"][0]["action_items"][0]["goal"] = "no-such-goal"
    with pytest.raises(ValidationError) as refused:
        elsewhere.interchange.import_text(json.dumps(doc))
    assert [str(p) for p in refused.value.problems] == [
        "pairs[0].sessions[0].action_items[0].goal: 'no-such-goal' is not a goal of this pair"
    ]
