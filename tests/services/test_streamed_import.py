"""Import a pair at a time and export a batch at a time: the same records, the same
problems and the same bytes as reading and writing the document whole."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from mentordesk.errors import ValidationError
from mentordesk.interchange import streaming, writer
from mentordesk.interchange.conformance import conforms_to
from mentordesk.interchange.reader import parse_json, read_document
from mentordesk.interchange.schema import schema_problems
from mentordesk.services import Services
from mentordesk.services.clock import FixedClock
from mentordesk.services.demo import demo_document
from mentordesk.services.interchange import InterchangeService
from mentordesk.store.unit_of_work import Store


def team(pairs: int, sessions: int = 3) -> dict[str, Any]:
    """`pairs` pairs meeting weekly, each session with a topic and two action items."""
    people, docs = [], []
    for p in range(pairs):
        mentor, mentee = f"mentor{p}", f"mentee{p}"
        people += [
            {"id": mentor, "name": f"Mentor {p}", "email": f"{mentor}@example.org"},
            {"id": mentee, "name": f"Mentee {p}", "email": f"{mentee}@example.org"},
        ]
        docs.append(
            {
                "id": f"pair{p}",
                "mentor": mentor,
                "mentee": mentee,
                "started_on": "2026-01-05",
                "goals": [
                    {
                        "id": f"p{p}-g",
                        "quarter": 1,
                        "skill": "technical",
                        "title": "Ship it",
                        "target_date": "2026-03-31",
                    }
                ],
                "meetings": [
                    {
                        "id": f"p{p}-m",
                        "weekday": "MO",
                        "start_time": "16:00",
                        "duration_minutes": 45,
                        "timezone": "Europe/Berlin",
                        "first_date": "2026-01-05",
                        "until": "2026-06-29",
                    }
                ],
                "sessions": [
                    {
                        "id": f"p{p}-s{s}",
                        "meeting": f"p{p}-m",
                        "scheduled_for": f"2026-01-{5 + 7 * s:02d}T16:00:00+01:00",
                        "status": "held",
                        "topics": [f"Topic {s} café"],
                        "notes": f"Notes {s}",
                        "action_items": [
                            {"id": f"p{p}-s{s}-a{i}", "owner": (mentor, mentee)[i], "text": "Do"}
                            for i in range(2)
                        ],
                    }
                    for s in range(sessions)
                ],
            }
        )
    return {"format": "mentordesk", "version": 1, "people": people, "pairs": docs}


def counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            name: conn.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
            for name in ("people", "pairs", "goals", "sessions", "action_items", "search_index")
        }


def small_batches(store: Store, clock: FixedClock) -> InterchangeService:
    """The service with batches of a few records, so that a small team needs several."""
    return InterchangeService(store, clock, batch_rows=10, export_batch=2)


def test_pairs_before_their_people_are_read(services: Services, store: Store) -> None:
    doc = team(2)
    reordered = {
        "pairs": doc["pairs"],
        "version": 1,
        "people": doc["people"],
        "format": "mentordesk",
    }
    raw = json.dumps(reordered)
    assert streaming.outline(iter([raw])).pair_count == 2  # read a pair at a time
    result = services.interchange.import_text(raw)
    assert (result.people, result.pairs) == (4, 2)
    assert services.pairs.find("pair1").mentor.name == "Mentor 1"


def test_a_team_in_several_batches_is_whole(
    services: Services, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "team.json"
    path.write_text(json.dumps(team(7)), encoding="utf-8")
    result = small_batches(store, clock).import_file(path)
    assert (result.people, result.pairs, len(result.changes.sessions)) == (14, 7, 21)
    assert counts(store) == {
        "people": 14,
        "pairs": 7,
        "goals": 7,
        "sessions": 21,
        "action_items": 42,
        "search_index": 21 * 4,  # notes, a topic, two items
    }
    assert services.sessions.search("cafe")  # the index holds the batches' sessions


def test_a_problem_in_a_late_batch_writes_nothing(
    services: Services, store: Store, clock: FixedClock
) -> None:
    doc = team(7)
    doc["pairs"][6]["sessions"][2]["action_items"][1]["owner"] = "nobody"
    before = counts(store)
    with pytest.raises(ValidationError) as caught:
        small_batches(store, clock).import_text(json.dumps(doc))
    assert [str(p) for p in caught.value.problems] == [
        "pairs[6].sessions[2].action_items[1].owner: an action item belongs to the mentor or mentee"
    ]
    assert counts(store) == before


def test_ids_taken_in_a_late_batch_write_nothing(
    services: Services, store: Store, clock: FixedClock
) -> None:
    services.interchange.import_text(json.dumps(team(1)))
    before = counts(store)
    doc = team(7)
    doc["people"] = doc["people"][2:]  # mentor0 and mentee0 are in the database
    doc["pairs"] = doc["pairs"][1:] + doc["pairs"][:1]  # pair0 again, last
    with pytest.raises(ValidationError) as caught:
        small_batches(store, clock).import_text(json.dumps(doc))
    problems = [str(p) for p in caught.value.problems]
    assert problems[0] == "pairs[6].id: a pair with id 'pair0' already exists"
    assert len(problems) == 12  # the pair, its goal, series, 3 sessions and 6 items
    assert problems[-1] == (
        "pairs[6].sessions[2].action_items[1].id: an action item with id 'p0-s2-a1' already exists"
    )
    assert counts(store) == before


def test_the_first_stage_with_problems_is_told_whatever_the_order(
    services: Services, store: Store, clock: FixedClock
) -> None:
    doc = team(7)
    doc["pairs"][1]["sessions"][0]["status"] = "maybe"  # the schema's
    doc["pairs"][5]["sessions"][0]["notes"] = "\ud800"  # the structure's: told alone
    raw = json.dumps(doc)
    with pytest.raises(ValidationError) as streamed:
        small_batches(store, clock).import_text(raw)
    with pytest.raises(ValidationError) as whole:
        read_document(parse_json(raw))
    assert streamed.value.problems == whole.value.problems
    assert [p.where for p in streamed.value.problems] == ["pairs[5].sessions[0].notes"]


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["pairs"][2].update(extra=1),
        lambda d: d["pairs"][3]["sessions"][1].update(status=None),
        lambda d: d["pairs"][0]["meetings"][0].update(exceptions=[{"date": "x", "skip": 1}]),
        lambda d: d["pairs"][4]["goals"][0].update(progress=True),
        lambda d: d["people"][0].update(email=5),
        lambda d: d.update(zzz=1, aaa=2),
    ],
)
def test_schema_problems_are_those_of_the_whole_document(
    services: Services, store: Store, clock: FixedClock, change: Any
) -> None:
    doc = team(5)
    change(doc)
    raw = json.dumps(doc)
    assert not conforms_to()(json.loads(raw))
    with pytest.raises(ValidationError) as whole:
        read_document(parse_json(raw))
    with pytest.raises(ValidationError) as streamed:
        small_batches(store, clock).import_text(raw)
    assert streamed.value.problems == whole.value.problems


def test_the_quick_schema_check_agrees_with_jsonschema() -> None:
    doc = team(3)
    assert conforms_to()(doc)
    assert not schema_problems(doc)
    for pair in doc["pairs"]:
        assert conforms_to("pair")(pair)
    doc["pairs"][0]["sessions"][0]["scheduled_for"] = "2026-01-05 16:00"
    assert not conforms_to()(doc)
    assert schema_problems(doc)


def test_malformed_text_is_told_as_before(services: Services) -> None:
    raw = json.dumps(team(2))
    broken = raw[: len(raw) // 2] + "}" + raw[len(raw) // 2 :]
    with pytest.raises(ValidationError, match="not valid JSON"):
        services.interchange.import_text(broken)
    with pytest.raises(streaming.NotStreamable):
        streaming.outline(iter([broken]))


def test_the_text_is_read_in_pieces_of_any_size() -> None:
    raw = json.dumps(team(3), indent=1)
    for size in (1, 7, 1000):
        pieces = [raw[i : i + size] for i in range(0, len(raw), size)]
        outline = streaming.outline(iter(pieces))
        assert outline.pair_count == 3
        assert list(streaming.pairs(iter(pieces))) == json.loads(raw)["pairs"]


def test_the_search_index_is_the_one_the_repository_writes(
    services: Services, store: Store, clock: FixedClock
) -> None:
    doc = team(3)
    doc["pairs"][0]["sessions"][0]["topics"] = ["", "Ölçüm 代码 🚀", "  "]
    small_batches(store, clock).import_text(json.dumps(doc))
    with store.engine.connect() as conn:
        bulk = conn.execute(
            text("SELECT kind, ref_id, session_id, shown FROM search_index ORDER BY 3, 1, 2")
        ).all()
    with store.writing() as uow:  # each session indexed again, as an edit does
        by_pair = uow.sessions.of_pairs(uow.pairs.ids())
        for session in [s for sessions in by_pair.values() for s in sessions]:
            uow.sessions.set_content(session.id, session.status, session.topics, session.notes)
        uow.commit()
    with store.engine.connect() as conn:
        again = conn.execute(
            text("SELECT kind, ref_id, session_id, shown FROM search_index ORDER BY 3, 1, 2")
        ).all()
    kinds = {kind for kind, *_ in bulk}
    assert kinds == {"notes", "topic", "action"}
    assert len(bulk) == len(again)
    assert [r for r in bulk if r[0] != "topic"] == [r for r in again if r[0] != "topic"]
    assert services.sessions.search("olcum")
    assert services.sessions.search("代码")


def test_export_is_the_bytes_the_whole_document_gives(
    services: Services, store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    """Written a few pairs at a time to a file, the export is byte for byte the document
    built whole in memory (in batches of a hundred)."""
    services.demo.load()
    services.interchange.import_text(json.dumps(team(5)))
    service = small_batches(store, clock)
    for private in (False, True):
        path = tmp_path / f"team-{private}.json"
        outline = service.export_file(path, include_private=private)
        whole = services.interchange.export_document(include_private=private)
        assert path.read_bytes() == writer.dumps(whole).encode("utf-8")
        assert len(outline["pairs"]) == len(whole["pairs"]) == 6 + 5
        assert outline["people"] == whole["people"]


def test_the_demo_team_streams_as_it_reads_whole(
    services: Services, store: Store, clock: FixedClock
) -> None:
    doc = demo_document(clock.now().date())
    result = small_batches(store, clock).import_text(json.dumps(doc))
    assert result.pairs == len(doc["pairs"])
    again = services.interchange.export_document()
    assert [p["id"] for p in again["pairs"]] == sorted(p["id"] for p in doc["pairs"])
