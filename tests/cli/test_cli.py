"""The command line end to end: exit codes, messages, and a database left as it was."""

from __future__ import annotations

import copy
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mentordesk import __version__
from mentordesk.cli import main

PEOPLE = [
    {"id": "ana", "name": "Ana Silva", "email": "ana@example.org", "department": "Platform"},
    {"id": "ben", "name": "Ben Okafor", "email": "ben@example.org", "department": None},
]
PAIR = {"id": "ana-ben", "mentor": "ana", "mentee": "ben", "started_on": "2026-09-07"}
GOOD = {"format": "mentordesk", "version": 1, "people": PEOPLE, "pairs": [PAIR]}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, document: Any, name: str = "in.json") -> str:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8")
    return str(path)


def snapshot(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> dict[str, Any]:
    target = tmp_path / "snapshot.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    return {k: v for k, v in json.loads(target.read_text()).items() if k != "exported_at"}


def test_demo_then_pairs_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assert "Loaded the demo team: 12 people, 6 pairs, 3 signed summaries." in out
    code, out, _ = run(capsys, "pairs", "--json")
    rows = json.loads(out)
    assert code == 0
    assert {r["id"] for r in rows} >= {"ana-ben", "gabriel-dana"}
    ended = next(r for r in rows if r["id"] == "gabriel-dana")
    assert (ended["status"], ended["current_quarter"]) == ("ended", None)
    code, out, err = run(capsys, "demo")
    assert code == 2
    assert "--force" in err


def test_pairs_as_a_table_and_when_empty(capsys: pytest.CaptureFixture[str]) -> None:
    assert "No pairs yet" in run(capsys, "pairs")[1]
    run(capsys, "demo")
    lines = run(capsys, "pairs")[1].splitlines()
    assert lines[0].split() == ["ID", "MENTOR", "MENTEE", "STATUS", "QUARTER"]
    assert any(line.startswith("ana-ben") and "active" in line for line in lines)


def test_import_then_export_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "import", write(tmp_path, GOOD))
    assert (code, out.strip()) == (0, f"Imported 2 people and 1 pair from {tmp_path / 'in.json'}.")
    target = tmp_path / "out.json"
    assert run(capsys, "export", "ana-ben", "-o", str(target), "--include-private")[0] == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["people"] == PEOPLE
    assert doc["pairs"][0] == {
        **PAIR,
        "quarters": "partnership",
        "kind": "mentoring",
        "ended_on": None,
        "end_reason": None,
        "agreement": None,
        "goals": [],
        "meetings": [],
        "sessions": [],
        "checklists": [],
    }


def _bad(**change: Any) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    for key, value in change.items():
        if key == "pair":
            doc["pairs"][0].update(value)
        elif key == "person":
            doc["people"][1].update(value)
        else:
            doc[key] = value
    return doc


def assert_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: Any, message: str
) -> str:
    """Import `document` over the demo team: exit 2, `message` said, nothing changed."""
    run(capsys, "demo")
    before = snapshot(capsys, tmp_path)
    code, out, err = run(capsys, "import", write(tmp_path, document, "bad.json"))
    assert code == 2
    assert out == ""
    assert "was not imported; nothing was changed" in err
    assert message in err
    assert snapshot(capsys, tmp_path) == before
    return err


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            _bad(pair={"mentee": "zoe"}),
            "pairs[0].mentee: unknown person 'zoe' (not in this file nor in the database)",
        ),
        (
            _bad(pair={"mentee": "ana"}),
            "pairs[0].mentee: the mentee must be someone other than the mentor",
        ),
        (
            _bad(person={"email": "ben.example.org"}),
            "people[1].email: 'ben.example.org' is not a valid email address",
        ),
        (_bad(person={"shoe_size": 44}), "people[1].shoe_size: unknown field"),
        (
            _bad(pair={"ended_on": "2026-09-01", "end_reason": "x"}),
            "pairs[0].ended_on: the end (1 Sept 2026) is before the start (7 Sept 2026)",
        ),
        (
            _bad(people=[{"id": "ana", "name": "A", "email": "a@example.org"}], pairs=[]),
            "people[0].id: a person with id 'ana' already exists",
        ),
        ('{"format": "mentordesk", "version": 1,,}', "not valid JSON (line 1, column 39)"),
        (_bad(version=7), "version: format version 7 is unknown (written by a newer MentorDesk)"),
    ],
    ids=[
        "unknown-person",
        "mentor-is-mentee",
        "invalid-email",
        "unknown-field",
        "end-before-start",
        "existing-id",
        "malformed-json",
        "unknown-version",
    ],
)
def test_bad_imports_exit_2_say_where_and_change_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: Any, message: str
) -> None:
    assert_refused(capsys, tmp_path, document, message)


def _goal(**fields: Any) -> dict[str, Any]:
    return {
        "id": "g1",
        "quarter": 1,
        "skill": "technical",
        "title": "Write production SQL",
        "target_date": "2026-11-30",
        "status": "in_progress",
        "progress": 40,
        **fields,
    }


def _with_goals(*goals: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    doc["pairs"][0]["goals"] = list(goals)
    return doc


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            _with_goals(_goal(), _goal(id="g2", title="Second")),
            "pairs[0].goals[1].skill: quarter 1 already has a technical goal of the mentee's "
            "that is not dropped (at pairs[0].goals[0])",
        ),
        (
            _with_goals(_goal(target_date="2026-12-07")),
            "pairs[0].goals[0].target_date: the target date must lie in quarter 1 "
            "(7 Sept – 6 Dec 2026)",
        ),
        (_with_goals(_goal(progress=101)), "pairs[0].goals[0].progress: 101 is greater than"),
        (
            _with_goals(_goal(checkins=[{"on": "2026-10-01", "progress": 140}])),
            "pairs[0].goals[0].checkins[0].progress: 140 is greater than the maximum of 100",
        ),
        (
            _with_goals(_goal(skill="musical")),
            "pairs[0].goals[0].skill: 'musical' is not one of 'technical', 'soft'",
        ),
        (_with_goals(_goal(quarter=0)), "pairs[0].goals[0].quarter: 0 is less than the minimum"),
    ],
    ids=[
        "second-technical",
        "target-outside",
        "progress-over-100",
        "checkin-over-100",
        "unknown-skill",
        "quarter-0",
    ],
)
def test_bad_goals_exit_2_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: Any, message: str
) -> None:
    assert_refused(capsys, tmp_path, document, message)


def test_a_dropped_goal_beside_its_replacement_imports_and_round_trips(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = _with_goals(
        _goal(status="dropped", checkins=[{"on": "2026-09-20", "progress": 10, "note": "x"}]),
        _goal(
            id="g2", title="Replacement", carried_from="g1", outcome="partly", reflection="Half way"
        ),
    )
    assert run(capsys, "import", write(tmp_path, doc))[0] == 0
    target = tmp_path / "out.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    goals = json.loads(target.read_text(encoding="utf-8"))["pairs"][0]["goals"]
    assert [(g["id"], g["status"], g["carried_from"]) for g in goals] == [
        ("g1", "dropped", None),
        ("g2", "in_progress", "g1"),
    ]
    assert goals[0]["checkins"] == [{"on": "2026-09-20", "progress": 10, "note": "x"}]
    assert (goals[1]["outcome"], goals[1]["reflection"]) == ("partly", "Half way")


def _meeting(**fields: Any) -> dict[str, Any]:
    doc = copy.deepcopy(GOOD)
    doc["pairs"][0]["meetings"] = [
        {
            "id": "m1",
            "weekday": "MO",
            "start_time": "16:00",
            "duration_minutes": 45,
            "timezone": "Europe/Berlin",
            "first_date": "2026-09-07",
            "until": "2026-12-21",
            "every_weeks": 1,
            **fields,
        }
    ]
    return doc


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (_meeting(weekday="TU"), "pairs[0].meetings[0].first_date: 7 Sept 2026 is not a Tuesday"),
        (
            _meeting(timezone="Mars/Olympus"),
            "pairs[0].meetings[0].timezone: 'Mars/Olympus' is not a known time zone",
        ),
        (
            _meeting(exceptions=[{"date": "2026-09-08", "skip": True}]),
            "pairs[0].meetings[0].exceptions[0].date: the series does not meet on 2026-09-08",
        ),
        (
            _meeting(
                exceptions=[{"date": "2026-09-14", "skip": True, "moved_to": "2026-09-15T10:00"}]
            ),
            "pairs[0].meetings[0].exceptions[0]",
        ),
        (
            _meeting(start_time="25:00"),
            "pairs[0].meetings[0].start_time: '25:00' is not in the expected form HH:MM",
        ),
        (
            _meeting(until="2026-09-01"),
            "pairs[0].meetings[0].until: the last date (1 Sept 2026) is before the first",
        ),
        (_meeting(every_weeks=5), "pairs[0].meetings[0].every_weeks: 5 is greater than"),
    ],
    ids=[
        "weekday-mismatch",
        "unknown-zone",
        "exception-not-a-meeting",
        "skip-and-move",
        "bad-time",
        "until-before-first",
        "every-5-weeks",
    ],
)
def test_bad_meetings_exit_2_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, document: Any, message: str
) -> None:
    assert_refused(capsys, tmp_path, document, message)


def test_meetings_round_trip_with_their_calendar_identity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = _meeting(
        uid="stable-123@example.org",
        sequence=4,
        location='Room; "A", 2',
        exceptions=[
            {"date": "2026-09-14", "skip": True},
            {"date": "2026-09-21", "moved_to": "2026-09-22T17:30", "location": "Cafe"},
        ],
    )
    assert run(capsys, "import", write(tmp_path, doc))[0] == 0
    target = tmp_path / "out.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    meeting = json.loads(target.read_text(encoding="utf-8"))["pairs"][0]["meetings"][0]
    assert (meeting["uid"], meeting["sequence"], meeting["location"]) == (
        "stable-123@example.org",
        4,
        'Room; "A", 2',
    )
    assert meeting["exceptions"] == [
        {"date": "2026-09-14", "skip": True},
        {"date": "2026-09-21", "moved_to": "2026-09-22T17:30", "location": "Cafe"},
    ]
    code, _, err = run(
        capsys,
        "import",
        write(
            tmp_path,
            {**doc, "people": [], "pairs": [{**doc["pairs"][0], "id": "other"}]},
            "again.json",
        ),
    )
    assert code == 2
    assert "a meeting series with uid 'stable-123@example.org' already exists" in err


def test_unknown_pair_and_missing_file_are_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "export", "nobody", "-o", str(tmp_path / "x.json"))
    assert code == 2
    assert "no pair 'nobody'" in err
    assert not (tmp_path / "x.json").exists()
    code, _, err = run(capsys, "import", str(tmp_path / "missing.json"))
    assert code == 2
    assert "cannot read" in err


def test_db_option_points_elsewhere(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "elsewhere" / "team.sqlite3"
    assert run(capsys, "demo", "--db", str(other))[0] == 0
    assert other.exists()
    assert run(capsys, "--db", str(other), "pairs", "--json")[1].count('"id": "ana-ben"') == 1
    assert "No pairs yet" in run(capsys, "pairs")[1]  # the default database is untouched


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export"])
    assert caught.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


def test_the_installed_command_runs(tmp_path: Path) -> None:
    command = Path(sys.executable).with_name("mentordesk")
    done = subprocess.run(
        [str(command), "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"MentorDesk {__version__}")
    done = subprocess.run(
        [str(command), "--db", str(tmp_path / "x.sqlite3"), "pairs"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def test_agenda_and_search_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo")[0] == 0
    code, out, _ = run(capsys, "agenda", "ana-ben")
    assert code == 0
    assert out.startswith("Agenda: Ana Silva → Ben Okafor\nMeeting: ")
    assert "This quarter's goals:" in out
    code, out, _ = run(capsys, "search", "nothing-like-this-anywhere")
    assert (code, out.strip()) == (0, "Nothing found.")
    code, _, err = run(capsys, "agenda", "nobody")
    assert code == 2
    assert "no pair 'nobody'" in err
    with pytest.raises(SystemExit):
        main(["agenda", "ana-ben", "--date", "next tuesday"])


def _with_sessions(*sessions: dict[str, Any]) -> dict[str, Any]:
    doc = _meeting()
    doc["pairs"][0]["sessions"] = list(sessions)
    return doc


SESSION = {
    "id": "s1",
    "meeting": "m1",
    "scheduled_for": "2026-09-07T16:00:00+02:00",
    "status": "held",
    "topics": ["Goals", "Code review"],
    "notes": "Agreed on SQL first.",
    "private_notes": [{"author": "ana", "text": "Ben seemed unsure — keep it private"}],
    "action_items": [
        {
            "id": "a1",
            "owner": "ben",
            "text": "Read the style guide",
            "due": "2026-09-14",
            "done_on": "2026-09-12",
        }
    ],
}


def test_private_notes_only_with_include_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "import", write(tmp_path, _with_sessions(SESSION)))[0] == 0
    plain, private = tmp_path / "plain.json", tmp_path / "private.json"
    assert run(capsys, "export", "-o", str(plain))[0] == 0
    assert run(capsys, "export", "-o", str(private), "--include-private")[0] == 0
    assert "keep it private" not in plain.read_text(encoding="utf-8")
    session = json.loads(private.read_text(encoding="utf-8"))["pairs"][0]["sessions"][0]
    assert session == {**SESSION, "private_notes": SESSION["private_notes"]}
    assert "private_notes" not in json.loads(plain.read_text())["pairs"][0]["sessions"][0]


def test_a_full_history_is_stable_through_export_import_export(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "demo")[0] == 0
    first = tmp_path / "first.json"
    assert run(capsys, "export", "-o", str(first), "--include-private")[0] == 0
    other = tmp_path / "other.sqlite3"
    assert run(capsys, "--db", str(other), "import", str(first))[0] == 0
    second = tmp_path / "second.json"
    assert run(capsys, "--db", str(other), "export", "-o", str(second), "--include-private")[0] == 0

    def strip(path: Path) -> dict[str, Any]:
        return {k: v for k, v in json.loads(path.read_text()).items() if k != "exported_at"}

    assert strip(second) == strip(first)
    assert sum(len(p["sessions"]) for p in strip(first)["pairs"]) >= 20


@pytest.mark.parametrize(
    ("session", "message"),
    [
        (
            {**SESSION, "private_notes": [{"author": "zoe", "text": "x"}]},
            "pairs[0].sessions[0].private_notes[0].author: a private note's author is the mentor",
        ),
        (
            {**SESSION, "scheduled_for": "2026-09-08T16:00:00+02:00"},
            "pairs[0].sessions[0].scheduled_for: the series 'm1' has no meeting at "
            "2026-09-08T16:00:00+02:00",
        ),
        (
            {**SESSION, "meeting": "elsewhere"},
            "pairs[0].sessions[0].meeting: 'elsewhere' is not a meeting series of this pair",
        ),
        (
            {**SESSION, "status": "postponed"},
            "pairs[0].sessions[0].status: 'postponed' is not one of",
        ),
        (
            {**SESSION, "action_items": [{**SESSION["action_items"][0], "owner": "zoe"}]},
            "pairs[0].sessions[0].action_items[0].owner: an action item belongs to the mentor",
        ),
    ],
    ids=[
        "private-note-stranger",
        "not-a-meeting-time",
        "unknown-series",
        "bad-status",
        "owner-stranger",
    ],
)
def test_bad_sessions_exit_2_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, session: dict[str, Any], message: str
) -> None:
    assert_refused(capsys, tmp_path, _with_sessions(session), message)


RUN = {
    "id": "c1",
    "template": "scheduling",
    "started_on": "2026-10-19",
    "completed_on": "2026-10-19",
    "steps": [{"text": "Name the conflict without blame", "done": True, "note": "Two weeks"}],
    "outcome": "Move to Tuesdays 17:00",
    "follow_up_on": "2026-11-02",
}


def test_checklists_and_templates_round_trip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    doc = copy.deepcopy(GOOD)
    doc["pairs"][0]["checklists"] = [RUN, {**RUN, "id": "c2", "template": "career"}]
    doc["checklist_templates"] = [
        {
            "id": "career",
            "title": "Career change",
            "steps": [{"text": "Name the change", "guidance": "What and when"}],
        }
    ]
    assert run(capsys, "import", write(tmp_path, doc))[0] == 0
    target = tmp_path / "out.json"
    assert run(capsys, "export", "-o", str(target))[0] == 0
    out = json.loads(target.read_text(encoding="utf-8"))
    assert out["checklist_templates"] == doc["checklist_templates"]  # built-ins stay out
    assert out["pairs"][0]["checklists"][0] == RUN


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"template": "astrology"},
            "pairs[0].checklists[0].template: unknown checklist template 'astrology'",
        ),
        (
            {"follow_up_on": "2026-10-01"},
            "pairs[0].checklists[0].follow_up_on: the follow-up is before the run started",
        ),
        ({"steps": [{"text": "x"}]}, "pairs[0].checklists[0].steps[0].done: missing"),
    ],
    ids=["unknown-template", "follow-up-before-start", "step-without-done"],
)
def test_bad_checklists_exit_2_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    doc = copy.deepcopy(GOOD)
    doc["pairs"][0]["checklists"] = [{**RUN, **change}]
    assert_refused(capsys, tmp_path, doc, message)


def test_an_edited_template_is_not_overwritten_by_an_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from mentordesk.app import open_app
    from mentordesk.domain.checklists import TemplateStep

    app = open_app()
    try:
        app.services.health.save_template(
            "scheduling", "Our scheduling", [TemplateStep("Our own step")]
        )
    finally:
        app.close()
    doc = {
        "format": "mentordesk",
        "version": 1,
        "checklist_templates": [
            {"id": "scheduling", "title": "Theirs", "steps": [{"text": "Their step"}]}
        ],
    }
    assert_refused(
        capsys,
        tmp_path,
        doc,
        "checklist_templates[0].id: a different checklist template 'scheduling' already exists",
    )


def test_escape_sequences_in_data_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """A name stored with terminal escapes (by an older version, or edited in the file):
    every command prints them as \\u escapes, and --json still reads back as stored."""
    run(capsys, "demo")
    evil = "Ana \x1b[2J\x1b]0;pwned\x07\x9b31m\u202eSilva\r"
    with sqlite3.connect(data_dir / "mentordesk.sqlite3") as conn:
        conn.execute("UPDATE people SET name = ? WHERE name = 'Ana Silva'", (evil,))
    for command in (
        ("pairs",),
        ("pairs", "--json"),
        ("agenda", "ana-ben"),
        ("ics", evil, "-o", "x"),
    ):
        _, out, err = run(capsys, *command)
        for stream in (out, err):
            assert not any(ch in stream for ch in "\x1b\x07\x9b\u202e\r"), (command, stream)
    rows = json.loads(run(capsys, "pairs", "--json")[1])
    assert evil in {row["mentor"]["name"] for row in rows}
