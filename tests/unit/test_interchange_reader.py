"""Reading interchange documents: every problem named by its JSON path."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from mentordesk.errors import ValidationError
from mentordesk.interchange.reader import parse_json, read_document

GOOD: dict[str, Any] = {
    "format": "mentordesk",
    "version": 1,
    "people": [
        {"id": "ana", "name": "Ana Silva", "email": "ana@example.org", "department": "Platform"},
        {"id": "ben", "name": "Ben Okafor", "email": "ben@example.org"},
    ],
    "pairs": [
        {
            "id": "ana-ben",
            "mentor": "ana",
            "mentee": "ben",
            "started_on": "2026-09-07",
            "agreement": {
                "cadence": "Weekly",
                "confidentiality": True,
                "signed_by_mentor_on": "2026-09-07",
            },
        }
    ],
}


def problems_of(document: Any) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        read_document(document)
    return [str(p) for p in caught.value.problems]


def changed(path: str, value: Any) -> dict[str, Any]:
    """GOOD with the value at a dotted path (list indexes as numbers) replaced."""
    doc = copy.deepcopy(GOOD)
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    target: Any = doc
    for part in parents:
        target = target[part]
    target[last] = value
    return doc


def test_a_good_document_becomes_a_plan() -> None:
    plan = read_document(GOOD)
    assert [p.external_id for p in plan.people] == ["ana", "ben"]
    pair = plan.pairs[0]
    assert (pair.mentor, pair.mentee, str(pair.started_on)) == ("ana", "ben", "2026-09-07")
    assert pair.agreement is not None
    assert pair.agreement.text.cadence == "Weekly"
    assert str(pair.agreement.signed_by_mentor_on) == "2026-09-07"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (changed("people.0.nickname", "A"), "people[0].nickname: unknown field"),
        (changed("pairs.0.agreement.colour", "red"), "pairs[0].agreement.colour: unknown field"),
        (changed("people.1.email", "not-an-email"), "people[1].email: 'not-an-email' is not a"),
        (changed("pairs.0.mentee", "ana"), "pairs[0].mentee: the mentee must be someone other"),
        (changed("pairs.0.ended_on", "2026-09-01"), "pairs[0].ended_on: the end (2026-09-01)"),
        (
            changed("pairs.0.started_on", "07/09/2026"),
            "pairs[0].started_on: '07/09/2026' is not in the expected form YYYY-MM-DD",
        ),
        (
            changed("pairs.0.started_on", "2026-02-30"),
            "pairs[0].started_on: '2026-02-30' is not a real date",
        ),
        (changed("pairs.0.quarters", "lunar"), "pairs[0].quarters: 'lunar' is not one of"),
        (changed("people.0.name", 42), "people[0].name: expected text, found 42"),
        (changed("people.1.id", "ana"), "people[1].id: id 'ana' is used twice (also at people[0])"),
        (
            changed("pairs.0.agreement.confidentiality", "yes"),
            "pairs[0].agreement.confidentiality: expected true or false or null",
        ),
        (
            changed(
                "pairs.0.checklists",
                [
                    {
                        "id": "c",
                        "template": "scheduling",
                        "started_on": "2026-10-01",
                        "completed_on": "2026-09-01",
                    }
                ],
            ),
            "pairs[0].checklists[0].completed_on: a run cannot close (2026-09-01) before it",
        ),
    ],
)
def test_each_problem_names_its_json_path(document: Any, expected: str) -> None:
    assert any(p.startswith(expected) for p in problems_of(document)), problems_of(document)


def test_a_missing_field_is_named() -> None:
    doc = copy.deepcopy(GOOD)
    del doc["people"][0]["email"]
    assert problems_of(doc) == ["people[0].email: missing (this field is required)"]


def test_an_unknown_version_or_format_is_refused_before_anything_else() -> None:
    assert problems_of(changed("version", 2)) == [
        "version: format version 2 is unknown (written by a newer MentorDesk); "
        "this MentorDesk reads 1"
    ]
    assert problems_of({"format": "other"})[0].startswith("format: expected 'mentordesk'")
    assert problems_of([1, 2])[0].startswith("(document): expected a JSON object")


def test_a_meeting_exception_cannot_both_skip_and_move() -> None:
    meeting = {
        "id": "m",
        "weekday": "MO",
        "start_time": "16:00",
        "duration_minutes": 45,
        "timezone": "Europe/Berlin",
        "first_date": "2026-09-07",
        "until": "2026-12-21",
        "exceptions": [{"date": "2026-10-05", "skip": True, "moved_to": "2026-10-06T10:00"}],
    }
    found = problems_of(changed("pairs.0.meetings", [meeting]))
    assert any(p.startswith("pairs[0].meetings[0].exceptions[0]") for p in found), found


def test_every_problem_is_reported_at_once() -> None:
    doc = changed("people.1.email", "ben@")
    doc["pairs"][0]["mentee"] = "ana"
    assert len(problems_of(doc)) == 2


def test_malformed_json_says_where() -> None:
    with pytest.raises(ValidationError, match=r"not valid JSON \(line 2, column 1\)"):
        parse_json('{"format": "mentordesk",\n}')
