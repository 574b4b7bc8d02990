"""The floor for an import: the rows an interchange document becomes, written with plain
`sqlite3.executemany` into an empty database that already has MentorDesk's schema.

    python benchmarks/reference_import.py TEAM.json DATABASE.sqlite3

The same rows as `mentordesk import` writes, search index included (its text folded as
the app folds it); the same connection settings (WAL, synchronous=FULL, foreign keys)
and one transaction. Left out, as not rows: the document's checks and the statistics
the app refreshes afterwards. Imports nothing of MentorDesk.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
import uuid
from datetime import UTC, datetime

# The tables the reference fills, as the app's import does (importing.py compares them).
TABLES = [
    "people",
    "pairs",
    "goals",
    "checkins",
    "meeting_series",
    "sessions",
    "session_topics",
    "action_items",
    "search_index",
]

ROWS_PER_SESSION = 4096
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_EMOJI = re.compile(r"([\U0001F000-\U0001FAFF\u2600-\u27BF])")


def normalise(value: str) -> str:
    """Folded as store/search.py folds what it indexes."""
    folded = unicodedata.normalize("NFKD", value.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _EMOJI.sub(lambda m: f" emoji{ord(m.group(1)):x} ", folded)
    return _CJK.sub(r" \1 ", folded)


def zone_name(moment: datetime) -> str:
    offset = moment.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def rows_of(doc: dict) -> dict[str, list[tuple]]:
    """Each table's rows, ids given here (the tables are empty)."""
    out: dict[str, list[tuple]] = {name: [] for name in TABLES}
    people = {}
    for person in doc["people"]:
        people[person["id"]] = len(people) + 1
        out["people"].append(
            (
                people[person["id"]],
                person["id"],
                person["name"],
                person["email"],
                person.get("department"),
            )
        )
    topic_id = item_id = goal_id = series_id = session_id = 0
    for pair_id, pair in enumerate(doc["pairs"], 1):
        out["pairs"].append(
            (
                pair_id,
                pair["id"],
                people[pair["mentor"]],
                people[pair["mentee"]],
                pair["started_on"],
                pair.get("quarters", "partnership"),
                pair.get("ended_on"),
                pair.get("end_reason"),
            )
        )
        for goal in pair.get("goals", []):
            goal_id += 1
            out["goals"].append(
                (
                    goal_id,
                    goal["id"],
                    pair_id,
                    goal["quarter"],
                    goal["skill"],
                    goal["title"],
                    goal.get("specific", ""),
                    goal.get("measure", ""),
                    goal["target_date"],
                    goal.get("status", "not_started"),
                    goal.get("progress", 0),
                    goal.get("outcome"),
                    goal.get("reflection", ""),
                )
            )
            for checkin in goal.get("checkins", []):
                out["checkins"].append(
                    (goal_id, checkin["on"], checkin["progress"], checkin.get("note", ""))
                )
        series = {}
        for meeting in pair.get("meetings", []):
            series_id += 1
            series[meeting["id"]] = series_id
            out["meeting_series"].append(
                (
                    series_id,
                    meeting["id"],
                    pair_id,
                    meeting.get("uid") or f"{uuid.uuid4()}@mentordesk",
                    meeting["weekday"],
                    f"{meeting['start_time']}:00.000000",
                    meeting["duration_minutes"],
                    meeting["timezone"],
                    meeting.get("location", ""),
                    meeting["first_date"],
                    meeting["until"],
                    meeting.get("every_weeks", 1),
                    0,
                    False,
                )
            )
        for session in pair.get("sessions", []):
            session_id += 1
            when = datetime.fromisoformat(session["scheduled_for"])
            meeting = series.get(session.get("meeting"))
            out["sessions"].append(
                (
                    session_id,
                    session["id"],
                    pair_id,
                    meeting,
                    when.date().isoformat() if meeting else None,
                    stamp(when),
                    zone_name(when),
                    session["status"],
                    session.get("notes", ""),
                    1,
                )
            )
            entries = [("notes", session_id, session.get("notes", ""))]
            for position, topic in enumerate(session.get("topics", [])):
                topic_id += 1
                out["session_topics"].append((topic_id, session_id, position, topic))
                entries.append(("topic", topic_id, topic))
            for item in session.get("action_items", []):
                item_id += 1
                out["action_items"].append(
                    (
                        item_id,
                        item["id"],
                        session_id,
                        people[item["owner"]],
                        item["text"],
                        item.get("due"),
                        item.get("done_on"),
                    )
                )
                entries.append(("action", item_id, item["text"]))
            first = session_id * ROWS_PER_SESSION
            out["search_index"] += [
                (first + n, kind, ref, session_id, body, normalise(body))
                for n, (kind, ref, body) in enumerate(entries)
                if body.strip()
            ]
    return out


COLUMNS = {
    "people": "id external_id name email department",
    "pairs": "id external_id mentor_id mentee_id started_on quarters ended_on end_reason",
    "goals": "id external_id pair_id quarter skill title specific measure target_date status"
    " progress outcome reflection",
    "checkins": "goal_id checked_on progress note",
    "meeting_series": "id external_id pair_id uid weekday start_time duration_minutes timezone"
    " location first_date until every_weeks sequence cancelled",
    "sessions": "id external_id pair_id series_id occurrence_date scheduled_for timezone status"
    " notes version",
    "session_topics": "id session_id position text",
    "action_items": "id external_id session_id owner_id text due done_on",
    "search_index": "rowid kind ref_id session_id shown body",
}
INSERTS = {
    table: f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    for table, names in ((t, c.split()) for t, c in COLUMNS.items())
}


def main() -> None:
    source, database = sys.argv[1:3]
    with open(source, "rb") as file:
        doc = json.loads(file.read().decode("utf-8"))
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("BEGIN IMMEDIATE")
    for table, rows in rows_of(doc).items():
        connection.executemany(INSERTS[table], rows)
    connection.execute("COMMIT")
    connection.close()


if __name__ == "__main__":
    main()
