"""The guidance files: what a guide is, what makes a file unusable (said in words), a
team's own guides over the shipped ones, and which guides suit a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.domain.goals import Skill
from mentordesk.domain.guidance import (
    GuideError,
    GuideKind,
    Moment,
    Phase,
    Situation,
    fitting,
    merged,
    parse_guide,
    phase_of,
)
from mentordesk.domain.quarters import Quarter
from mentordesk.services.guidance import load_library

STARTER = """---
id: my-starters
kind: starter
title: My questions
skill: soft
phase: start, middle
---
A line of lead-in.

- First question?
- Second question?
"""


def test_a_starter_reads_its_fields_and_its_questions() -> None:
    guide = parse_guide(STARTER, "mine.md")
    assert (guide.key, guide.kind, guide.title) == (
        "my-starters",
        GuideKind.STARTER,
        "My questions",
    )
    assert guide.skills == {Skill.SOFT}
    assert guide.phases == {Phase.START, Phase.MIDDLE}
    assert guide.starters == ("First question?", "Second question?")
    assert guide.source == "mine.md"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("no front matter", "does not start with a '---' line"),
        ("---\nid: a\n", "no closing '---'"),
        ("---\nkind: card\ntitle: T\n---\nbody", "has no 'id'"),
        ("---\nid: A b\nkind: card\ntitle: T\n---\nbody", "is not lowercase letters"),
        ("---\nid: a\nkind: poem\ntitle: T\n---\nbody", "kind 'poem' is not one of"),
        ("---\nid: a\nkind: card\ntitle: T\ncolour: red\n---\nbody", "unknown field 'colour'"),
        ("---\nid: a\nkind: card\ntitle: T\ntitle: U\n---\nbody", "'title' is given twice"),
        ("---\nid: a\nkind: card\ntitle: T\nphase: late\n---\nbody", "phase 'late'"),
        ("---\nid: a\nkind: card\ntitle: T\norder: soon\n---\nbody", "order 'soon'"),
        ("---\nid: a\nkind: card\ntitle: T\norder: ²\n---\nbody", "order '²'"),
        ("---\nid: a\nkind: card\ntitle: T\n---\n", "nothing below its front matter"),
        ("---\nid: a\nkind: starter\ntitle: T\n---\nJust prose.", "questions as a list"),
        ("---\nid: a\nkind: card\ntitle T\n---\nbody", "line 4 is not 'name: value'"),
        (
            "---\nid: a\nkind: self-assessment\ntitle: T\nskill: soft\n---\n1. one\n2. two",
            "needs 5 numbered lines",
        ),
        (
            "---\nid: a\nkind: self-assessment\ntitle: T\n---\n1. a\n2. b\n3. c\n4. d\n5. e",
            "for one skill",
        ),
    ],
)
def test_a_broken_file_says_what_is_wrong(text: str, said: str) -> None:
    with pytest.raises(GuideError, match=said.replace("(", r"\(").replace("'", "'")):
        parse_guide(text)


def test_a_teams_guide_replaces_the_shipped_one_of_its_id_and_adds_the_rest() -> None:
    shipped = [parse_guide(STARTER), parse_guide("---\nid: b\nkind: card\ntitle: B\n---\nb")]
    own = [
        parse_guide(STARTER.replace("My questions", "Ours instead")),
        parse_guide("---\nid: c\nkind: card\ntitle: C\norder: 1\n---\nc"),
    ]
    found = {g.key: g.title for g in merged(shipped, own)}
    assert found == {"my-starters": "Ours instead", "b": "B", "c": "C"}
    assert merged(shipped, own)[0].key == "c"  # by order first


def test_the_quarter_has_a_start_a_middle_and_a_review() -> None:
    span = Quarter(1, date(2026, 9, 7), date(2026, 12, 6))
    assert phase_of(span, date(2026, 9, 7)) is Phase.START
    assert phase_of(span, date(2026, 9, 27)) is Phase.START  # the 21st day
    assert phase_of(span, date(2026, 9, 28)) is Phase.MIDDLE
    assert phase_of(span, date(2026, 11, 15)) is Phase.MIDDLE
    assert phase_of(span, date(2026, 11, 16)) is Phase.REVIEW  # three weeks before its end
    assert phase_of(span, date(2026, 12, 6)) is Phase.REVIEW


def shipped_keys(situation: Situation) -> list[str]:
    return [o.guide.key for o in fitting(load_library(None).guides, situation)]


def test_every_shipped_guide_loads_and_each_required_kind_is_there() -> None:
    library = load_library(None)
    assert library.problems == ()
    kinds = {g.kind for g in library.guides}
    assert kinds == set(GuideKind)
    starters = {(s, p) for g in library.guides for s in g.skills for p in g.phases}
    assert starters == {(s, p) for s in Skill for p in Phase}  # each kind of goal, each phase
    cards = {g.key for g in library.guides if g.kind is GuideKind.CARD}
    assert {"active-listening", "feedback", "smart-goals", "ending-well"} <= cards
    assessments = {
        s for g in library.guides if g.kind is GuideKind.SELF_ASSESSMENT for s in g.skills
    }
    assert assessments == set(Skill)


def test_a_first_meeting_is_offered_the_script_first() -> None:
    keys = shipped_keys(Situation(True, Phase.START, frozenset(Skill)))
    assert keys[0] == "first-meeting"
    assert {"starters-technical-start", "starters-soft-start", "active-listening"} <= set(keys)
    assert "quarter-review" not in keys
    assert "getting-unstuck" not in keys
    assert not any(k.startswith("self-assessment") for k in keys)  # on the Goals tab


def test_a_goal_behind_brings_the_starters_for_getting_unstuck() -> None:
    situation = Situation(False, Phase.MIDDLE, frozenset(Skill), frozenset({Skill.SOFT}))
    assert situation.moments == {Moment.GOAL_BEHIND}
    keys = shipped_keys(situation)
    assert keys[0] == "getting-unstuck"
    assert "first-meeting" not in keys
    assert "starters-soft-middle" in keys
    assert "starters-soft-start" not in keys


def test_the_quarters_end_brings_the_review_questions_and_an_ending_the_card() -> None:
    keys = shipped_keys(Situation(False, Phase.REVIEW, frozenset({Skill.TECHNICAL})))
    assert keys[0] == "quarter-review"
    assert "starters-technical-review" in keys
    assert "starters-soft-review" not in keys
    assert "ending-well" not in keys
    ending = shipped_keys(Situation(False, Phase.REVIEW, frozenset(Skill), ending=True))
    assert "ending-well" in ending[:2]
