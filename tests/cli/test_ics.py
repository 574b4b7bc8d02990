"""`mentordesk ics` end to end, and the file imported into a real calendar client (khal)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from mentordesk.app import open_app
from mentordesk.cli import main
from mentordesk.domain.meetings import SeriesDraft
from mentordesk.domain.people import PersonDraft

KHAL = shutil.which("khal")
PAIR = "ana-silva-ben-okafor"


def plan_pair(zone: str = "Europe/Berlin") -> list[datetime]:
    """A pair 'ana-ben' meeting Mondays 16:00 with a skipped and a moved week; the starts."""
    app = open_app()
    try:
        services = app.services
        ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created
        ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created
        pair = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
        draft = SeriesDraft(
            "MO",
            time(16),
            45,
            zone,
            date(2026, 10, 19),
            date(2026, 11, 30),
            1,
            'Room 3.14; "blue", 2nd floor',
        )
        series = services.meetings.plan(pair, draft).created or 0
        services.meetings.skip(series, date(2026, 11, 2))
        services.meetings.move(series, date(2026, 11, 9), datetime(2026, 11, 10, 17, 30), "Cafe")
        return [o.start for o in services.meetings.occurrences(pair) if not o.skipped]
    finally:
        app.close()


def test_publish_invite_cancel_from_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan_pair()
    for flag, method in (([], "PUBLISH"), (["--invite"], "REQUEST"), (["--cancel"], "CANCEL")):
        target = tmp_path / f"{method}.ics"
        assert main(["ics", PAIR, "-o", str(target), *flag]) == 0
        assert Calendar.from_ical(target.read_bytes())["METHOD"] == method
    assert "Cancellation for Ana Silva → Ben Okafor" in capsys.readouterr().out
    assert main(["ics", PAIR, "-o", str(tmp_path / "again.ics"), "--cancel"]) == 2
    assert "has no planned meetings to cancel" in capsys.readouterr().err


def test_bad_ics_requests_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["ics", "nobody", "-o", str(tmp_path / "x.ics")]) == 2
    assert "no pair 'nobody'" in capsys.readouterr().err
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["ics", "gabriel-dana", "-o", str(tmp_path / "x.ics")]) == 2
    assert "plan the weekly meeting first" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()
    with pytest.raises(SystemExit):
        main(["ics", "ana-ben", "-o", "x.ics", "--invite", "--cancel"])


@pytest.mark.skipif(KHAL is None, reason="Debian's khal is not installed (.ci/run installs it)")
@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_khal_imports_exactly_the_planned_meetings(tmp_path: Path, zone: str) -> None:
    starts = plan_pair(zone)
    target = tmp_path / "meetings.ics"
    assert main(["ics", PAIR, "-o", str(target)]) == 0
    (tmp_path / "calendar").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[mentoring]]\npath = {tmp_path / 'calendar'}\ntype = calendar\n"
        f"[sqlite]\npath = {tmp_path / 'khal.db'}\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        f"local_timezone = {zone}\ndefault_timezone = {zone}\n"
        "[default]\ndefault_calendar = mentoring\n",
        encoding="utf-8",
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    khal = [str(KHAL), "-c", str(config)]
    subprocess.run(
        [*khal, "import", "--batch", "-a", "mentoring", str(target)],
        check=True,
        env=env,
        capture_output=True,
        timeout=60,
    )
    listed = subprocess.run(
        [*khal, "list", "--format", "{start} {location}", "--day-format", "", "2026-10-01", "120d"],
        check=True,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split("\n")
    local = ZoneInfo(zone)  # khal shows times in its own zone: the series zone here
    want = [
        f"{s.astimezone(local):%Y-%m-%d %H:%M} "
        + ("Cafe" if s.day == 10 else 'Room 3.14; "blue", 2nd floor')
        for s in starts
    ]
    got = [line for line in listed if line.strip()]
    assert got == want, "\n".join(["khal:", *got, "app:", *want])
