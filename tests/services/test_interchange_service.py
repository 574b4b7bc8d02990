"""Import and export through the services: round trips, all or nothing, the demo team."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.interchange.writer import dumps
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.store.opening import open_store
from tests.conftest import ON_POSTGRES


def without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@pytest.mark.parametrize("include_private", [False, True])
def test_demo_export_import_export_is_identical(
    services: Services, tmp_path: Path, clock: FixedClock, include_private: bool
) -> None:
    # In the PostgreSQL run `services` is on the server, so this moves the team from
    # PostgreSQL to a SQLite file and finds both exports the same.
    services.demo.load()
    first = dumps(services.interchange.export_document(include_private=include_private))
    other = open_store(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        Services.over(other, clock).interchange.import_text(first)
        second = dumps(
            Services.over(other, clock).interchange.export_document(include_private=include_private)
        )
    finally:
        other.close()
    assert second == first  # the same clock: byte for byte, exported_at included
    assert ('"private_notes"' in first) is include_private


def test_a_hand_written_document_comes_back_the_same_apart_from_defaults(
    services: Services,
) -> None:
    written = {
        "format": "mentordesk",
        "version": 1,
        "people": [
            {"id": "b", "name": "Bea", "email": "b@example.org"},
            {"id": "a", "name": "Al", "email": "a@example.org", "department": "Ops"},
        ],
        "pairs": [
            {
                "id": "a-b",
                "mentor": "a",
                "mentee": "b",
                "started_on": "2026-01-31",
                "ended_on": "2026-06-30",
                "end_reason": "Goals achieved",
            }
        ],
    }
    services.interchange.import_text(json.dumps(written))
    doc = services.interchange.export_document()
    assert [p["id"] for p in doc["people"]] == ["a", "b"]  # sorted by id
    assert doc["people"][1] == {
        "id": "b",
        "name": "Bea",
        "email": "b@example.org",
        "department": None,
    }
    pair = doc["pairs"][0]
    assert pair["ended_on"] == "2026-06-30"
    assert pair["end_reason"] == "Goals achieved"
    assert pair["quarters"] == "partnership"
    assert doc["exported_at"] == "2026-11-21T10:00:00Z"


def test_export_of_named_pairs_carries_only_their_people(services: Services) -> None:
    services.demo.load()
    doc = services.interchange.export_document(["ana-ben"])
    assert [p["id"] for p in doc["people"]] == ["ana", "ben"]
    assert [p["id"] for p in doc["pairs"]] == ["ana-ben"]
    with pytest.raises(ValidationError, match="no pair 'zed'"):
        services.interchange.export_document(["zed"])


def test_import_is_all_or_nothing(services: Services) -> None:
    services.demo.load()
    before = without_stamp(services.interchange.export_document())
    bad = {
        "format": "mentordesk",
        "version": 1,
        "people": [{"id": "new", "name": "New Person", "email": "new@example.org"}],
        "pairs": [
            {"id": "new-ana", "mentor": "new", "mentee": "ana", "started_on": "2026-10-01"},
            {"id": "ana-ben", "mentor": "ana", "mentee": "ben", "started_on": "2026-10-01"},
        ],
    }
    with pytest.raises(ValidationError) as caught:
        services.interchange.import_text(json.dumps(bad))
    assert [str(p) for p in caught.value.problems] == [
        "pairs[1].id: a pair with id 'ana-ben' already exists"
    ]
    assert without_stamp(services.interchange.export_document()) == before


def test_pairs_may_name_people_already_in_the_database(services: Services) -> None:
    services.demo.load()
    doc = {
        "format": "mentordesk",
        "version": 1,
        "pairs": [
            {"id": "hana-ben", "mentor": "hana", "mentee": "ben", "started_on": "2026-11-01"}
        ],
    }
    result = services.interchange.import_text(json.dumps(doc))
    assert (result.people, result.pairs) == (0, 1)
    assert services.pairs.find("hana-ben").mentor.name == "Hana Sato"


def test_unreadable_files_are_named(services: Services, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="cannot read"):
        services.interchange.import_file(tmp_path / "missing.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"format": "caf\xe9"}'.encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        services.interchange.import_file(latin)


def test_the_demo_team_is_realistic_and_loads_once(services: Services) -> None:
    result = services.demo.load()
    assert result.people >= 6
    assert result.pairs >= 3
    pairs = services.pairs.all()
    today = services.pairs.today()
    assert any(p.ended_on and p.end_reason for p in pairs)
    assert sum(p.status(today).value == "active" for p in pairs) >= 3
    assert all(p.mentor.department for p in pairs)
    with pytest.raises(UserFacingError, match="--force" if not ON_POSTGRES else "never replaces"):
        services.demo.load()
    if ON_POSTGRES:  # a shared server's data is never replaced by the demo's
        with pytest.raises(UserFacingError, match="never replaces"):
            services.demo.load(force=True)
    else:
        assert services.demo.load(force=True).pairs == result.pairs
    assert len(services.pairs.ids()) == result.pairs


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('{"a": 1}'.encode("utf-16"), "the file is UTF-16 text; save it as UTF-8"),
        ('{"a": 1}'.encode("utf-32"), "the file is UTF-32 text; save it as UTF-8"),
        (b'{\n  "format": "caf\xe9"}', "not UTF-8 text (line 2, column 17: byte 18)"),
        (b'{"format": "\xed\xa0\x80"}', "not UTF-8 text (line 1, column 13: byte 12)"),
        (b"\xef\xbb\xbf\xef\xbb\xbf{}", "not valid JSON (line 1, column 1)"),
    ],
)
def test_files_that_are_not_utf8_json_say_so(
    services: Services, tmp_path: Path, data: bytes, expected: str
) -> None:
    path = tmp_path / "odd.json"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as caught:
        services.interchange.import_file(path)
    assert str(caught.value.problems[0]).startswith(expected)


def test_a_byte_order_mark_is_fine(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    doc = {"format": "mentordesk", "version": 1, "people": [], "pairs": []}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())
    assert services.interchange.import_file(path).people == 0


def test_a_refusal_for_ids_already_taken_is_capped(services: Services) -> None:
    services.demo.load()
    before = without_stamp(services.interchange.export_document())
    again = dumps(services.interchange.export_document())
    with pytest.raises(ValidationError) as caught:
        services.interchange.import_text(again)
    problems = [str(p) for p in caught.value.problems]
    assert len(problems) == 21
    assert problems[0] == "people[0].id: a person with id 'ana' already exists"
    assert problems[-1].startswith("and ")
    assert problems[-1].endswith(" more problems")
    assert without_stamp(services.interchange.export_document()) == before


def test_a_file_with_hostile_text_is_refused_whole(services: Services) -> None:
    services.demo.load()
    before = without_stamp(services.interchange.export_document())
    doc = {
        "format": "mentordesk",
        "version": 1,
        "people": [{"id": "zed", "name": "Zed", "email": "zed@example.org"}],
        "pairs": [
            {
                "id": "zed-ana",
                "mentor": "zed",
                "mentee": "ana",
                "started_on": "2026-09-07",
                "sessions": [
                    {
                        "id": "zed-ana-s1",
                        "scheduled_for": "2026-09-07T16:00:00+02:00",
                        "status": "held",
                        "notes": "fine\x1b[2J",
                    }
                ],
            }
        ],
    }
    with pytest.raises(ValidationError) as caught:
        services.interchange.import_text(json.dumps(doc))
    assert [str(p) for p in caught.value.problems] == [
        "pairs[0].sessions[0].notes: the notes contains control characters"
    ]
    assert without_stamp(services.interchange.export_document()) == before
