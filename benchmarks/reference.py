"""The reference for the read commands: what any Python program pays to answer the same
question from the same SQLite database with SQLAlchemy, started the same way.

    python benchmarks/reference.py DATABASE pairs
    python benchmarks/reference.py DATABASE search WORD
    python benchmarks/reference.py DATABASE agenda PAIR
    python benchmarks/reference.py DATABASE ics PAIR -o FILE.ics
    python benchmarks/reference.py DATABASE report PAIR -o FILE.pdf

`pairs` and `search` print exactly what `mentordesk pairs` and `mentordesk search` print
(run.py compares them). `agenda`, `ics` and `report` make the same reads (the pair, its
meeting series, its open action items, its quarter's goals, check-ins and sessions) and
write a plainer text, calendar file or PDF (`report` with Qt, as the command does).
Imports nothing of MentorDesk.
"""

from __future__ import annotations

import calendar
import re
import sys
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

from sqlalchemy import create_engine, text

PAIR_NAMES = (
    "SELECT p.id, p.external_id, m.name, e.name, p.started_on, p.ended_on, p.quarters"
    " FROM pairs p JOIN people m ON m.id = p.mentor_id JOIN people e ON e.id = p.mentee_id"
)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def quarter_of(started: date, mode: str, day: date) -> tuple[int, date, date]:
    """(number, first day, last day) of the quarter holding `day`."""
    anchor = (
        started
        if mode == "partnership"
        else date(started.year, (started.month - 1) // 3 * 3 + 1, 1)
    )
    number = max(1, ((day.year - anchor.year) * 12 + day.month - anchor.month) // 3 + 1)
    while day < add_months(anchor, 3 * (number - 1)):
        number -= 1
    while day >= add_months(anchor, 3 * number):
        number += 1
    return (
        number,
        add_months(anchor, 3 * (number - 1)),
        add_months(anchor, 3 * number) - timedelta(1),
    )


def pairs(db, today: date) -> None:
    rows = db.execute(text(PAIR_NAMES + " ORDER BY lower(m.name), lower(e.name), p.id")).all()
    if not rows:
        print("No pairs yet. Add some with 'mentordesk import FILE' or 'mentordesk demo'.")
        return
    table = [("ID", "MENTOR", "MENTEE", "STATUS", "QUARTER")]
    for _, xid, mentor, mentee, started_on, ended_on, mode in rows:
        started, ended = date.fromisoformat(started_on), ended_on and date.fromisoformat(ended_on)
        status = (
            "ended" if ended and ended <= today else "upcoming" if started > today else "active"
        )
        number = quarter_of(started, mode, today)[0] if status == "active" else "-"
        table.append((xid, mentor, mentee, status, str(number)))
    widths = [max(len(row[i]) for row in table) for i in range(5)]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def zone(key: str) -> timezone:
    """A stored zone: a fixed offset (UTC+01:00) or an IANA key."""
    found = re.fullmatch(r"UTC([+-])(\d\d):(\d\d)", key)
    if found is None:
        from zoneinfo import ZoneInfo

        return ZoneInfo(key)  # type: ignore[return-value]
    sign = 1 if found.group(1) == "+" else -1
    return timezone(sign * timedelta(hours=int(found.group(2)), minutes=int(found.group(3))))


def normalise(value: str) -> str:
    folded = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c))


def search(db, query: str) -> None:
    words = re.findall(r"\w+", normalise(query))
    match = " ".join(f'"{w}"*' if len(w) > 1 else f'"{w}"' for w in words)
    hits = db.execute(
        text(
            "SELECT kind, session_id, shown FROM (SELECT kind, session_id, shown,"
            " bm25(search_index) AS rank FROM search_index WHERE search_index MATCH :q"
            " ORDER BY rowid DESC LIMIT 1000) ORDER BY rank LIMIT 50"
        ),
        {"q": match},
    ).all()
    if not hits:
        print("Nothing found.")
        return
    ids = ",".join(str(int(h.session_id)) for h in hits)
    sessions = {
        r[0]: r[1:]
        for r in db.execute(
            text(
                "SELECT s.id, s.scheduled_for, s.timezone, m.name, e.name FROM sessions s"
                " JOIN pairs p ON p.id = s.pair_id JOIN people m ON m.id = p.mentor_id"
                f" JOIN people e ON e.id = p.mentee_id WHERE s.id IN ({ids})"
            )
        )
    }
    for kind, session_id, shown in hits:
        when, key, mentor, mentee = sessions[session_id]
        moment = datetime.fromisoformat(when).replace(tzinfo=UTC).astimezone(zone(key))
        line = shown.strip().splitlines()[0] if shown.strip() else ""
        line = line if len(line) <= 160 else line[:159] + "…"
        print(f"{moment:%Y-%m-%d}  {mentor} → {mentee}  {kind:<6}  {line}")


def pair_row(db, xid: str):
    return db.execute(text(PAIR_NAMES + " WHERE p.external_id = :x"), {"x": xid}).one()


def series_of(db, pair_id: int):
    return db.execute(
        text("SELECT * FROM meeting_series WHERE pair_id = :p ORDER BY id"), {"p": pair_id}
    ).all()


def next_meeting(series, today: date) -> date:
    first = date.fromisoformat(series.first_date)
    weeks = max(0, -(-(today - first).days // (7 * series.every_weeks)))
    return first + timedelta(weeks=weeks * series.every_weeks)


def goals_now(db, pair, today: date):
    number = quarter_of(date.fromisoformat(pair[4]), pair[6], today)[0]
    return db.execute(
        text("SELECT * FROM goals WHERE pair_id = :p AND quarter = :q ORDER BY skill DESC, id"),
        {"p": pair[0], "q": number},
    ).all()


def agenda(db, xid: str, today: date) -> None:
    pair = pair_row(db, xid)
    print(f"Agenda: {pair[2]} → {pair[3]}")
    for series in series_of(db, pair[0]):
        day = next_meeting(series, today)
        print(f"Meeting: {day:%a, %-d %b %Y}, {series.start_time[:5]} ({series.location})")
    items = db.execute(
        text(
            "SELECT o.name, a.text, a.due FROM action_items a"
            " JOIN sessions s ON s.id = a.session_id JOIN people o ON o.id = a.owner_id"
            " WHERE s.pair_id = :p AND a.done_on IS NULL"
            " ORDER BY a.due, a.id"
        ),
        {"p": pair[0]},
    ).all()
    print("\nOpen action items:")
    for owner, body, due in items:
        print(f"  [ ] {owner}: {body} (due {date.fromisoformat(due):%-d %b %Y})")
    print("\nThis quarter's goals:")
    for goal in goals_now(db, pair, today):
        print(f"  {goal.skill.capitalize()}: {goal.title} — {goal.progress}%")


def ics(db, xid: str, target: str, today: date) -> None:
    pair = pair_row(db, xid)
    goals = "\\n".join(f"- {g.skill}: {g.title}" for g in goals_now(db, pair, today))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//reference//EN", "METHOD:PUBLISH"]
    for s in series_of(db, pair[0]):
        first = datetime.fromisoformat(f"{s.first_date}T{s.start_time[:8]}")
        end = first + timedelta(minutes=s.duration_minutes)
        lines += [
            "BEGIN:VEVENT",
            f"SUMMARY:Mentoring: {pair[2]} & {pair[3]}",
            f"DTSTART;TZID={s.timezone}:{first:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={s.timezone}:{end:%Y%m%dT%H%M%S}",
            f"UID:{s.uid}",
            f"RRULE:FREQ=WEEKLY;UNTIL={s.until.replace('-', '')};INTERVAL={s.every_weeks};"
            f"BYDAY={s.weekday}",
            f"LOCATION:{s.location}",
            f"DESCRIPTION:{goals}",
            "END:VEVENT",
        ]
    with open(target, "w", encoding="utf-8", newline="") as out:
        out.write("\r\n".join([*lines, "END:VCALENDAR", ""]))


def report(db, xid: str, target: str, today: date) -> None:
    from html import escape

    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    pair = pair_row(db, xid)
    number, first, last = quarter_of(date.fromisoformat(pair[4]), pair[6], today)
    goals = goals_now(db, pair, today)
    checkins = db.execute(
        text(
            "SELECT c.* FROM checkins c JOIN goals g ON g.id = c.goal_id"
            " WHERE g.pair_id = :p AND g.quarter = :q ORDER BY c.checked_on"
        ),
        {"p": pair[0], "q": number},
    ).all()
    sessions = db.execute(
        text(
            "SELECT s.id, s.scheduled_for, s.status, s.notes FROM sessions s WHERE s.pair_id = :p"
            " AND s.scheduled_for >= :a AND s.scheduled_for < :b ORDER BY s.scheduled_for"
        ),
        {"p": pair[0], "a": first.isoformat(), "b": (last + timedelta(1)).isoformat()},
    ).all()
    ids = ",".join(str(s.id) for s in sessions) or "0"
    topics = db.execute(
        text(f"SELECT session_id, text FROM session_topics WHERE session_id IN ({ids})")
    ).all()
    items = db.execute(
        text(f"SELECT session_id, text FROM action_items WHERE session_id IN ({ids})")
    ).all()
    html = [f"<h1>Quarter {number}: {escape(pair[2])} → {escape(pair[3])}</h1><h2>Goals</h2>"]
    html += [
        f"<p><b>{escape(g.title)}</b> {g.progress}%<br>{escape(g.specific)}</p>" for g in goals
    ]
    html += [
        f"<p>{c.on if hasattr(c, 'on') else c.checked_on}: {c.progress}% {escape(c.note)}</p>"
        for c in checkins
    ]
    html.append("<h2>Sessions</h2>")
    html += [
        f"<h3>{s.scheduled_for[:10]} {s.status}</h3><p>{escape(s.notes)}</p>" for s in sessions
    ]
    html += [f"<li>{escape(t)}</li>" for _, t in topics] + [
        f"<li>{escape(t)}</li>" for _, t in items
    ]
    _app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(target)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setHtml("".join(html))
    document.print_(writer)
    print(f"Quarter {number} summary written to {target} ({document.pageCount()} pages).")


def main() -> None:
    database, command, *rest = sys.argv[1:]
    today = date.today()
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as db:
        if command == "pairs":
            pairs(db, today)
        elif command == "search":
            search(db, " ".join(rest))
        elif command == "agenda":
            agenda(db, rest[0], today)
        elif command == "ics":
            ics(db, rest[0], rest[2], today)
        elif command == "report":
            report(db, rest[0], rest[2], today)
        else:
            raise SystemExit(f"reference: no command {command}")


if __name__ == "__main__":
    main()
