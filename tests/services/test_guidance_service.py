"""The guidance library as the app reads it: the shipped files with a team's own from
the data folder (a broken one named and left out, never a crash), and what suits a
pair's meeting, read from its goals, its meetings and its quarter."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from mentordesk.domain.goals import GoalDraft, Skill
from mentordesk.domain.guidance import Phase
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services

OWN = """---
id: active-listening
kind: card
title: Listening, our way
---
Our team's own words.
"""


def test_a_teams_own_files_replace_and_add_and_a_broken_one_is_named(
    services: Services,
) -> None:
    folder = services.guidance_dir
    folder.mkdir(parents=True)
    (folder / "listening.md").write_text(OWN, "utf-8")
    (folder / "pairing-rules.md").write_text(
        "---\nid: pairing-rules\nkind: card\ntitle: How we pair\n---\nKindly.", "utf-8"
    )
    (folder / "broken.md").write_text("---\nid: broken\nkind: poem\ntitle: B\n---\nx", "utf-8")
    (folder / "latin1.md").write_bytes("---\nid: x\n---\ncaf\xe9".encode("latin-1"))
    (folder / "notes.txt").write_text("not a guide", "utf-8")  # not Markdown: not read
    library = services.guidance.library()
    listening = library.get("active-listening")
    assert listening is not None
    assert listening.title == "Listening, our way"
    assert library.get("pairing-rules") is not None
    assert library.get("first-meeting") is not None  # the shipped ones stay
    assert len(library.problems) == 2
    assert any("broken.md" in p and "kind 'poem'" in p for p in library.problems)
    assert any("latin1.md" in p and "not UTF-8" in p for p in library.problems)


def test_edits_to_the_folder_show_after_a_reload(services: Services) -> None:
    assert services.guidance.library().get("pairing-rules") is None
    folder = services.guidance_dir
    folder.mkdir(parents=True)
    (folder / "rules.md").write_text(
        "---\nid: pairing-rules\nkind: card\ntitle: How we pair\n---\nKindly.", "utf-8"
    )
    assert services.guidance.library().get("pairing-rules") is None  # read once
    assert services.guidance.reload().get("pairing-rules") is not None


def test_a_pairs_first_meeting_is_offered_the_script(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    at = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)  # Monday 2 Nov, 16:00 in Berlin
    situation = services.guidance.situation(pair_id, at)
    assert situation.first_meeting
    assert situation.phase is Phase.MIDDLE
    offers = services.guidance.for_meeting(pair_id, at)
    assert offers[0].guide.key == "first-meeting"
    assert offers[0].reason == "your first meeting"


def test_after_a_held_meeting_it_is_no_first_meeting_and_a_goal_behind_shows(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    services.goals.create(
        pair_id, GoalDraft(1, Skill.SOFT, "Speak up in planning", date(2026, 12, 4))
    )
    occurrence = services.meetings.occurrences(pair_id)[0]  # Monday 2 Nov
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.save(session_id, SessionStatus.HELD, ["Introductions"], "")
    at = datetime(2026, 11, 9, 15, 0, tzinfo=UTC)  # the next Monday; the goal at 0 %
    situation = services.guidance.situation(pair_id, at)
    assert not situation.first_meeting
    assert situation.behind == {Skill.SOFT}
    assert situation.skills == {Skill.SOFT}
    keys = [o.guide.key for o in services.guidance.for_meeting(pair_id, at)]
    assert keys[0] == "getting-unstuck"
    assert "first-meeting" not in keys
    assert "starters-soft-middle" in keys
    assert "starters-technical-middle" not in keys


def test_the_last_weeks_of_the_quarter_bring_the_review(
    services: Services, pair: tuple[int, int, int]
) -> None:
    at = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)  # quarter 1 ends on Sunday 6 Dec
    assert services.guidance.situation(pair[0], at).phase is Phase.REVIEW
    keys = [o.guide.key for o in services.guidance.for_meeting(pair[0], at)]
    assert "quarter-review" in keys[:2]


def test_a_missing_or_unreadable_folder_is_no_problem(services: Services, tmp_path: Path) -> None:
    assert not services.guidance_dir.exists()
    assert services.guidance.library().problems == ()
