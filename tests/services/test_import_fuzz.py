"""Hostile interchange files through the real command: exit 0 or 2, never 1 (hypothesis).

Each example mutates a valid document (a wrong type, an out-of-range value, any unicode
including lone surrogates and control characters, a deleted, duplicated or unknown key,
deep nesting, odd bytes) and runs `mentordesk --db FILE import DOC` in-process on a fresh
copy of a migrated database. A refusal (2) must leave the database as it was and print a
short message without raw escape characters.
"""

from __future__ import annotations

import copy
import json
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mentordesk.cli import main
from mentordesk.store.opening import open_store

SETTINGS = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
STDERR_MAX = 6000  # bytes: a refusal lists at most 20 problems, each cut short

MEETING = {
    "id": "ana-ben-weekly",
    "weekday": "MO",
    "start_time": "16:00",
    "duration_minutes": 45,
    "timezone": "Europe/Berlin",
    "location": "Room 3.14",
    "first_date": "2026-09-07",
    "until": "2026-12-21",
    "every_weeks": 1,
    "uid": "ana-ben-weekly@example.org",
    "sequence": 2,
    "cancelled": False,
    "exceptions": [
        {"date": "2026-10-05", "skip": True},
        {"date": "2026-10-12", "moved_to": "2026-10-13T17:00", "location": "Cafe"},
    ],
}
GOOD: dict[str, Any] = {
    "format": "mentordesk",
    "version": 1,
    "exported_at": "2026-11-21T10:00:00Z",
    "people": [
        {"id": "ana", "name": "Ana Silva", "email": "ana@example.org", "department": "Platform"},
        {"id": "ben", "name": "Ben Okafor", "email": "ben@example.org", "department": None},
    ],
    "pairs": [
        {
            "id": "ana-ben",
            "mentor": "ana",
            "mentee": "ben",
            "started_on": "2026-09-07",
            "quarters": "partnership",
            "ended_on": None,
            "end_reason": None,
            "agreement": {
                "cadence": "Weekly, 45 minutes, Mondays",
                "expectations": "Come prepared",
                "confidentiality": True,
                "ending": "Either of us, no fault",
                "signed_by_mentor_on": "2026-09-07",
                "signed_by_mentee_on": "2026-09-08",
            },
            "goals": [
                {
                    "id": "ana-ben-g1",
                    "quarter": 1,
                    "skill": "technical",
                    "title": "Write production-grade SQL",
                    "specific": "Own the reporting queries",
                    "measure": "Three reviewed PRs",
                    "target_date": "2026-11-30",
                    "status": "in_progress",
                    "progress": 40,
                    "checkins": [{"on": "2026-10-05", "progress": 20, "note": "First PR"}],
                    "outcome": None,
                    "reflection": "",
                    "carried_from": None,
                },
                {
                    "id": "ana-ben-g2",
                    "quarter": 2,
                    "skill": "technical",
                    "title": "Review others' SQL",
                    "target_date": "2027-01-20",
                    "carried_from": "ana-ben-g1",
                },
            ],
            "meetings": [MEETING],
            "sessions": [
                {
                    "id": "ana-ben-s1",
                    "meeting": "ana-ben-weekly",
                    "scheduled_for": "2026-09-07T16:00:00+02:00",
                    "status": "held",
                    "topics": ["Goals for the quarter"],
                    "notes": "Agreed to focus on SQL first.",
                    "private_notes": [{"author": "ana", "text": "Ben seemed unsure"}],
                    "action_items": [
                        {
                            "id": "ana-ben-a1",
                            "owner": "ben",
                            "text": "Read the style guide",
                            "due": "2026-09-14",
                            "done_on": "2026-09-12",
                        }
                    ],
                },
                {
                    "id": "ana-ben-s2",
                    "meeting": "ana-ben-weekly",
                    "scheduled_for": "2026-10-13T17:00:00+02:00",
                    "status": "missed",
                },
                {
                    "id": "ana-ben-s3",
                    "scheduled_for": "2026-10-20T09:30:00Z",
                    "status": "held",
                    "topics": [],
                },
            ],
            "checklists": [
                {
                    "id": "ana-ben-c1",
                    "template": "pairing",
                    "started_on": "2026-10-19",
                    "completed_on": "2026-10-19",
                    "steps": [{"text": "Name the conflict", "done": True, "note": ""}],
                    "outcome": "Move to Tuesdays",
                    "follow_up_on": "2026-11-02",
                }
            ],
        }
    ],
    "checklist_templates": [
        {
            "id": "pairing",
            "title": "Pairing sessions",
            "steps": [{"text": "Name the conflict", "guidance": "No blame"}],
        }
    ],
}


def _paths(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*path, index))


PATHS = list(_paths(GOOD))[1:]


def _at(document: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


CONTAINERS = [p for p in [(), *PATHS] if isinstance(_at(GOOD, p), dict | list)]

# Strings a person or a program might put in any field: near-miss dates and times, the
# calendar's ends, unknown zones, escape sequences, bidi controls, long and odd text.
ODD_STRINGS = [
    "",
    " ",
    "0001-01-01",
    "9999-12-31",
    "9999-12-27",
    "2026-02-30",
    "2026-13-01",
    "0000-01-01",
    "٢٠٢٦-٠٩-٠٧",
    "24:00",
    "23:60",
    "9999-12-31T23:59:59-14:00",
    "0001-01-01T00:00:00+14:00",
    "2026-09-07T16:00:00+25:00",
    "2026-09-07T25:00:00+02:00",
    "9999-12-31T23:59",
    "2026-02-30T10:00",
    "Mars/Olympus",
    "../../../etc/passwd",
    "/usr/share/zoneinfo/UTC",
    "Europe/Berlin\x00",
    "\x1b[31mred\x1b[0m\x1b]0;title\x07",
    "\x9b2J",
    "abc\u202edcba\u2066",
    "\ud800",
    "x\udfffy",
    "\ufeff",
    "ana",
    "ben",
    "ana-ben-weekly",
    # and right ones, which other rules must still agree with
    "1900-01-01",
    "2999-12-31",
    "2026-09-14",
    "2026-10-13T17:00",
    "2026-09-07T14:00:00Z",
    "00:00",
    "23:59",
    "UTC",
    "Pacific/Kiritimati",
    "America/St_Johns",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.sampled_from([0, -1, 1, 5, 4, 100, 101, 480, 481, 2**31, 2**63, 10**40]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1.0, 5.0, 45.0, 0.5, 1e308]),
    st.sampled_from(ODD_STRINGS),
    st.sampled_from([201, 2001, 100_000, 2_000_001]).map(lambda n: "x" * n),
    st.text(max_size=40),
    st.text(st.characters(codec=None, categories=["Cc", "Cs", "Cf", "Zl", "Zp"]), max_size=8),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=4,
)
KEYS = st.one_of(
    st.sampled_from(["id", "date", "skip", "moved_to", "zz", "notes", "format", "version"]),
    st.text(max_size=12),
)


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    """A valid document with one to three mutations, as the bytes of a file."""
    document = copy.deepcopy(GOOD)
    raw: dict[str, str] = {}  # placeholders replaced in the text after dumping
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        _mutate(draw, document, raw)
    text = json.dumps(document, ensure_ascii=draw(st.booleans()))
    for placeholder, replacement in raw.items():
        text = text.replace(json.dumps(placeholder), replacement, 1)
    data = text.encode("utf-8", "surrogatepass")
    mangle = draw(st.sampled_from(["none"] * 8 + ["bom", "latin1", "cut", "utf16", "byte"]))
    if mangle == "bom":
        return b"\xef\xbb\xbf" + data
    if mangle == "latin1":
        return text.encode("latin-1", "replace")
    if mangle == "cut":
        return data[: draw(st.integers(min_value=0, max_value=len(data)))]
    if mangle == "utf16":
        return text.encode("utf-16", "surrogatepass")
    if mangle == "byte":
        at = draw(st.integers(min_value=0, max_value=len(data)))
        return data[:at] + bytes([draw(st.integers(min_value=0x80, max_value=0xFF))]) + data[at:]
    return data


def _mutate(draw: st.DrawFn, document: dict[str, Any], raw: dict[str, str]) -> None:
    kind = draw(
        st.sampled_from(["replace", "replace", "replace", "delete", "extra", "dup", "deep", "copy"])
    )
    if kind in ("extra", "dup", "copy"):
        path = draw(st.sampled_from(CONTAINERS))
    else:
        path = draw(st.sampled_from(PATHS))
    try:
        target = _at(document, path)
        parent = _at(document, path[:-1]) if path else None
    except (KeyError, IndexError, TypeError):
        return  # an earlier mutation removed or replaced this part
    last = path[-1] if path else None
    placeholder = f"@@raw{len(raw)}@@"
    if kind == "replace" and parent is not None:
        parent[last] = draw(VALUES)
    elif kind == "delete" and isinstance(parent, dict | list):
        del parent[last]
    elif kind == "extra" and isinstance(target, dict):
        target[draw(KEYS)] = draw(VALUES)
    elif kind == "extra" and isinstance(target, list):
        target.append(draw(VALUES))
    elif kind == "dup" and isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        target[placeholder] = draw(st.one_of(st.just(target[key]), VALUES))
        raw[placeholder] = json.dumps(key)  # the key again, with this or another value
    elif kind == "copy" and isinstance(target, list) and target:
        target.append(copy.deepcopy(target[draw(st.integers(0, len(target) - 1))]))
    elif kind == "deep" and parent is not None:
        depth = draw(st.sampled_from([20, 200, 5000]))
        parent[last] = placeholder
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        raw[placeholder] = opener * depth + "1" + closer * depth


@pytest.fixture
def template_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A migrated, empty database file and its SQL dump."""
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    open_store(f"sqlite:///{path}").close()
    return path, _dump(path)


def _dump(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


@pytest.fixture
def run_import(
    template_db: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Any:
    """Import bytes into a fresh copy of the template: (status, stdout, stderr, dump)."""
    template, _ = template_db
    root = logging.getLogger()
    kept = list(root.handlers)

    def run(data: bytes) -> tuple[int, str, str, str]:
        database = tmp_path / "fuzz.sqlite3"
        for leftover in tmp_path.glob("fuzz.sqlite3*"):
            leftover.unlink()
        shutil.copyfile(template, database)
        document = tmp_path / "hostile.json"
        document.write_bytes(data)
        capsys.readouterr()
        try:
            status = main(["--db", str(database), "import", str(document)])
        finally:
            for handler in root.handlers[len(kept) :]:  # each run adds its log file
                root.removeHandler(handler)
                handler.close()
        out, err = capsys.readouterr()
        return status, out, err, _dump(database)

    return run


def _check(result: tuple[int, str, str, str], empty: str) -> None:
    status, out, err, dump = result
    event(f"exit {status}")  # see --hypothesis-show-statistics
    assert status in (0, 2), err
    assert "\x1b" not in err
    assert "\x9b" not in err
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in err)
    assert len(err.encode("utf-8")) < STDERR_MAX, err[:2000]
    if status == 2:
        assert dump == empty  # all or nothing
        assert "was not imported; nothing was changed" in err or "mentordesk:" in err
    else:
        assert out.startswith("Imported")


def test_the_unchanged_document_imports(run_import: Any, template_db: tuple[Path, str]) -> None:
    status, out, err, _ = run_import(json.dumps(GOOD).encode())
    assert (status, err) == (0, ""), err
    assert out.startswith("Imported 2 people and 1 pair")


@SETTINGS
@given(data=hostile_files())
def test_hostile_files_are_imported_or_refused_never_crash(
    run_import: Any, template_db: tuple[Path, str], data: bytes
) -> None:
    _check(run_import(data), template_db[1])


LEAVES = [p for p in PATHS if not isinstance(_at(GOOD, p), dict | list)]


@SETTINGS
@given(path=st.sampled_from(LEAVES), value=SCALARS)
def test_a_wrong_value_anywhere_is_refused_at_its_path(
    run_import: Any, template_db: tuple[Path, str], path: tuple[str | int, ...], value: Any
) -> None:
    document = copy.deepcopy(GOOD)
    _at(document, path[:-1])[path[-1]] = value
    result = run_import(json.dumps(document).encode())
    _check(result, template_db[1])
    status, _, err, _ = result
    if status == 2:  # one line per problem, each starting with the JSON path it is about
        lines = err.splitlines()[1:]
        assert lines, err
        assert all(line.startswith("  ") and ": " in line for line in lines), err
