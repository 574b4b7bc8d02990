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
        (changed("pairs.0.ended_on", "2026-09-01"), "pairs[0].ended_on: the end (1 Sept 2026)"),
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


MEETING: dict[str, Any] = {
    "id": "m",
    "weekday": "MO",
    "start_time": "16:00",
    "duration_minutes": 45,
    "timezone": "Europe/Berlin",
    "first_date": "2026-09-07",
    "until": "2026-12-21",
    "exceptions": [{"date": "2026-10-12", "moved_to": "2026-10-13T17:00"}],
}
SESSION: dict[str, Any] = {
    "id": "s",
    "meeting": "m",
    "scheduled_for": "2026-09-07T16:00:00+02:00",
    "status": "held",
}


def with_meeting(**fields: Any) -> dict[str, Any]:
    """GOOD with one meeting series (fields changed) and one session of it."""
    doc = changed("pairs.0.meetings", [{**MEETING, **fields}])
    doc["pairs"][0]["sessions"] = [copy.deepcopy(SESSION)]
    return doc


def parsed_problems(text: str) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        read_document(parse_json(text))
    return [str(p) for p in caught.value.problems]


def test_a_meeting_series_with_its_session_is_read() -> None:
    plan = read_document(with_meeting())
    session = plan.pairs[0].sessions[0]
    assert str(session.occurrence_date) == "2026-09-07"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (changed("pairs.0.started_on", "9999-12-31"), "pairs[0].started_on: 9999-12-31 is outside"),
        (changed("pairs.0.started_on", "0001-01-01"), "pairs[0].started_on: 0001-01-01 is outside"),
        (changed("pairs.0.started_on", "0000-01-01"), "pairs[0].started_on: '0000-01-01' is not a"),
        (
            changed("pairs.0.started_on", "٢٠٢٦-٠٩-٠٧"),
            "pairs[0].started_on: '٢٠٢٦-٠٩-٠٧' is not in the expected form YYYY-MM-DD",
        ),
        (with_meeting(until="9999-12-31"), "pairs[0].meetings[0].until: 9999-12-31 is outside"),
        (with_meeting(start_time="1١:00"), "pairs[0].meetings[0].start_time: '1١:00' is not a"),
        (
            with_meeting(timezone="Mars/\x1b[31mOlympus"),
            "pairs[0].meetings[0].timezone: 'Mars/\\x1b[31mOlympus' is not a known time zone",
        ),
        (
            with_meeting(timezone="../../../etc/passwd"),
            "pairs[0].meetings[0].timezone: '../../../etc/passwd' is not a known time zone",
        ),
        (
            with_meeting(exceptions=[{"date": "2026-10-12", "moved_to": "2026-02-30T10:00"}]),
            "pairs[0].meetings[0].exceptions[0].moved_to: '2026-02-30T10:00' is not a real date",
        ),
        (
            with_meeting(exceptions=[{"date": "2026-10-12", "moved_to": "9999-12-31T23:59"}]),
            "pairs[0].meetings[0].exceptions[0].moved_to: 9999-12-31 is outside",
        ),
        (
            with_meeting(duration_minutes=45.0),
            "pairs[0].meetings[0].duration_minutes: expected a whole number, found 45.0",
        ),
        (
            with_meeting(every_weeks=True),
            "pairs[0].meetings[0].every_weeks: expected a whole number, found true",
        ),
        (
            with_meeting(sequence=10**40),
            "pairs[0].meetings[0].sequence: must be at most 2,147,483,647",
        ),
        (
            changed(
                "pairs.0.goals",
                [
                    {
                        "id": "g",
                        "quarter": 10**30,
                        "skill": "soft",
                        "title": "T",
                        "target_date": "2026-10-01",
                    }
                ],
            ),
            "pairs[0].goals[0].quarter: a pair has at most 400 quarters",
        ),
        (changed("exported_at", "2026-02-30T10:00:00Z"), "exported_at: '2026-02-30T10:00:00Z'"),
        (changed("people.0.id", "a\x1b[2Jb"), "people[0].id: an id must be one line without"),
        (changed("people.0.name", "Ana\x9b31m"), "people[0].name: a name must be one line"),
    ],
)
def test_wrong_values_are_named_by_path(document: Any, expected: str) -> None:
    assert any(p.startswith(expected) for p in problems_of(document)), problems_of(document)


def test_sessions_name_a_meeting_once_and_partners_keep_one_private_note() -> None:
    doc = with_meeting()
    note = {"author": "ana", "text": "mine"}
    doc["pairs"][0]["sessions"][0]["private_notes"] = [note, note]
    doc["pairs"][0]["sessions"].append({**SESSION, "id": "s2"})
    assert problems_of(doc) == [
        "pairs[0].sessions[0].private_notes[1].author: each partner keeps one private note "
        "per session",
        "pairs[0].sessions[1].scheduled_for: the meeting of 2026-09-07 already has a session "
        "(at pairs[0].sessions[0])",
    ]


def test_a_session_finds_a_moved_meeting_at_its_new_time() -> None:
    doc = with_meeting()
    doc["pairs"][0]["sessions"][0]["scheduled_for"] = "2026-10-13T17:00:00+02:00"
    assert str(read_document(doc).pairs[0].sessions[0].occurrence_date) == "2026-10-12"
    doc["pairs"][0]["sessions"][0]["scheduled_for"] = "2026-10-12T16:00:00+02:00"
    assert problems_of(doc) == [
        "pairs[0].sessions[0].scheduled_for: the series 'm' has no meeting at "
        "2026-10-12T16:00:00+02:00"
    ]


def test_series_at_the_ends_of_the_dates_kept_are_read() -> None:
    doc = with_meeting(first_date="1900-01-01", until="2999-12-31", exceptions=[])
    doc["pairs"][0]["started_on"] = "1900-01-01"
    doc["pairs"][0]["sessions"][0]["scheduled_for"] = "2999-12-30T16:00:00+01:00"
    assert str(read_document(doc).pairs[0].sessions[0].occurrence_date) == "2999-12-30"


def test_a_wrong_date_of_a_series_does_not_also_blame_its_sessions() -> None:
    assert problems_of(with_meeting(first_date="2026-02-30")) == [
        "pairs[0].meetings[0].first_date: '2026-02-30' is not a real date"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '{"format": "mentordesk", "version": 1, "people": [{"id": "a", "id": "b"}]}',
            ["people[0].id: appears twice in one object (a key may appear once)"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "version": 1}',
            ["version: appears twice in one object (a key may appear once)"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "people": [{"id": NaN}]}',
            ["people[0].id: NaN is not a number JSON allows"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "pairs": [{"started_on": -Infinity}]}',
            ["pairs[0].started_on: -Infinity is not a number JSON allows"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "people": [{"name": 1e400}]}',
            ["people[0].name: a number too large to hold"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "people": [{"name": "\\ud800"}]}',
            ["people[0].name: holds a lone surrogate (like \\ud800), which is not text"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "people": [{"\\udfff": 1}]}',
            ["people[0].\\udfff: the field's name holds a lone surrogate, not text"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "pairs": [{"goals": ' + "9" * 5000 + "}]}",
            ["pairs[0].goals: a number with thousands of digits is too large"],
        ),
        (
            '{"format": "mentordesk", "version": 1, "people": ' + "[" * 40 + "]" * 40 + "}",
            [
                "people" + "[0]" * 15 + ": nested more than 16 levels deep (a MentorDesk "
                "document has at most 7)"
            ],
        ),
        (
            '{"format": "mentordesk", "version": 1, "people": ' + "[" * 10**5 + "]" * 10**5 + "}",
            [
                "people" + "[0]" * 15 + ": nested more than 16 levels deep (a MentorDesk "
                "document has at most 7)"
            ],
        ),
        (
            '{"format": "mentordesk", "version": 1.0}',
            ["version: format version 1.0 is unknown; this MentorDesk reads 1"],
        ),
        (
            '{"format": "mentordesk", "version": true}',
            ["version: format version true is unknown; this MentorDesk reads 1"],
        ),
    ],
)
def test_what_json_lets_through_but_a_document_must_not_hold(
    text: str, expected: list[str]
) -> None:
    assert parsed_problems(text) == expected


def test_quoted_values_are_escaped_and_cut() -> None:
    found = problems_of(changed("pairs.0.quarters", "\x1b]0;title\x07" + "x" * 10**6))
    assert found == [
        "pairs[0].quarters: '\\x1b]0;title\\x07"
        + "x" * 64
        + "… (999,936 more characters)' is not one of 'partnership', 'calendar'"
    ]


def test_a_refusal_lists_twenty_problems_and_counts_the_rest() -> None:
    doc = copy.deepcopy(GOOD)
    doc["people"][0].update({f"extra{i:02d}": i for i in range(30)})
    found = problems_of(doc)
    assert len(found) == 21
    assert found[0] == "people[0].extra00: unknown field"
    assert found[-1] == "and 10 more problems"
