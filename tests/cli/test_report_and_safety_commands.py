"""Commands that work on files beside the data, end to end: the quarterly report,
backup, restore, check, and a damaged or older database at start."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.cli import main

Cli = Callable[..., tuple[int, str, str]]  # the `cli` fixture

EXTRA = {
    "format": "mentordesk",
    "version": 1,
    "people": [{"id": "extra", "name": "Extra", "email": "extra@example.org"}],
}


def test_report_command(cli: Cli, tmp_path: Path) -> None:
    assert cli("demo")[0] == 0
    target = tmp_path / "summary.pdf"
    # The real command in its own process (it starts Qt, which this process keeps for
    # the GUI tests).
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentordesk",
            "report",
            "ana-ben",
            "--quarter",
            "1",
            "-o",
            str(target),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Quarter 1 summary for Ana Silva → Ben Okafor written to")
    assert target.read_bytes().startswith(b"%PDF")
    manager = tmp_path / "manager.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk", "report", "ana-ben", "--manager", "-o", str(manager)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert " manager copy for Ana Silva → Ben Okafor written to" in done.stdout
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(manager).pages).split())
    assert "This is the manager copy" in text
    code, _, err = cli("report", "nobody", "-o", str(target))
    assert (code, "no pair 'nobody'" in err) == (2, True)
    code, _, err = cli("report", "ana-ben", "-o", str(tmp_path / "no" / "x.pdf"))
    assert (code, "the folder does not exist" in err) == (2, True)
    with pytest.raises(SystemExit) as caught:
        main(["report", "ana-ben", "--quarter", "0", "-o", str(target)])
    assert caught.value.code == 2


def test_backup_restore_and_check_commands(cli: Cli, tmp_path: Path, data_dir: Path) -> None:
    cli("demo")
    code, out, _ = cli("backup")
    assert code == 0
    assert "(verified)" in out
    made = next((data_dir / "backups").glob("mentordesk-*.sqlite3"))
    cli("demo", "--force")  # change everything
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps(EXTRA), encoding="utf-8")
    cli(
        "import",
        str(extra),
    )
    code, out, _ = cli("restore", str(made))
    assert code == 0
    assert "The data it replaced is kept in" in out
    assert "extra" not in cli("export", "-o", str(tmp_path / "e.json"))[1]
    assert "Extra" not in (tmp_path / "e.json").read_text(encoding="utf-8")
    assert cli("check")[1].startswith("The database is sound")
    target = tmp_path / "copy.sqlite3"
    assert cli("backup", "-o", str(target))[0] == 0
    code, _, err = cli("backup", "-o", str(target))
    assert (code, "already exists" in err) == (2, True)
    code, _, err = cli("restore", str(tmp_path / "nothing.sqlite3"))
    assert (code, "there is no file" in err) == (2, True)


def test_a_damaged_database_is_reported_and_kept(cli: Cli, data_dir: Path) -> None:
    cli("demo")
    cli("backup")
    database = data_dir / "mentordesk.sqlite3"
    damaged = b"SQLite format 3\x00" + b"\x13" * 8192
    database.write_bytes(damaged)
    code, _, err = cli("pairs")
    assert code == 2
    assert "The database was damaged" in err
    assert "mentordesk restore" in err
    aside = next(data_dir.glob("mentordesk.sqlite3.damaged-*"))
    assert aside.read_bytes() == damaged


def test_an_older_database_is_backed_up_before_it_is_migrated(cli: Cli, data_dir: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from mentordesk.store import migrate
    from mentordesk.store.engine import create_store_engine

    data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(f"sqlite:///{data_dir / 'mentordesk.sqlite3'}")
    config = Config()
    config.set_main_option("script_location", migrate.SCRIPT_LOCATION)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.commit()
    engine.dispose()
    assert cli("pairs")[0] == 0
    backups = list((data_dir / "backups").glob("mentordesk-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_server_that_cannot_be_reached_is_named_without_its_password(
    cli: Cli, data_dir: Path
) -> None:
    # Nothing listens on port 1: the connection is refused at once.
    code, out, err = cli("--db", "postgresql+psycopg://ana:s3cret@127.0.0.1:1/team", "pairs")
    assert code == 2
    assert out == ""
    assert "cannot open the database postgresql+psycopg://ana:***@127.0.0.1:1/team" in err
    assert "s3cret" not in err
    logs = "".join(f.read_text(encoding="utf-8") for f in (data_dir / "logs").glob("*"))
    assert "s3cret" not in logs


def test_restore_takes_only_a_mentordesk_backup_and_keeps_what_it_replaces(
    cli: Cli, tmp_path: Path, data_dir: Path
) -> None:
    cli("demo")
    database = data_dir / "mentordesk.sqlite3"
    with sqlite3.connect(database) as conn:  # a broken reference: copied all the same
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE pairs SET mentor_id = 9999 WHERE id = 1")
    before = cli("export", "-o", str(tmp_path / "before.json"))[0]
    assert before == 0
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    newer = tmp_path / "newer.sqlite3"
    cli("backup", "-o", str(newer))
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear Ana,\n" * 100)
    for bad, words in (
        (empty, "empty (0 bytes)"),
        (foreign, "not one of MentorDesk's"),
        (newer, "newer MentorDesk"),
        (letter, "no database at all"),
        (tmp_path, "is a folder"),
    ):
        code, _, err = cli("restore", str(bad))
        assert (code, words in err) == (2, True), err
    assert not list((data_dir / "backups").rglob("*before-restore*"))  # nothing was touched
    good = tmp_path / "good.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE pairs SET mentor_id = 1 WHERE id = 1")
    assert cli("backup", "-o", str(good))[0] == 0
    with sqlite3.connect(database) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE pairs SET mentor_id = 9999 WHERE id = 1")
    code, out, _ = cli("restore", str(good))
    assert code == 0
    [kept] = (data_dir / "backups" / "replaced").glob("*before-restore*.sqlite3")
    assert str(kept) in out
    with sqlite3.connect(kept) as conn:  # the broken reference is kept as it was
        assert conn.execute("SELECT mentor_id FROM pairs WHERE id = 1").fetchone() == (9999,)


def test_writing_commands_wait_for_the_window_to_let_go(cli: Cli, data_dir: Path) -> None:
    """The window holds a QLockFile beside the database; restore, import and demo refuse
    while another process holds it (here: a child process standing in for the window)."""
    cli("demo")
    lock = data_dir / "mentordesk.sqlite3.lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile; "
            f"lock = QLockFile({str(lock)!r}); assert lock.tryLock(0); "
            "print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        backup = data_dir / "b.sqlite3"
        assert cli("backup", "-o", str(backup))[0] == 0  # reading is fine
        for command in (("restore", str(backup)), ("demo", "--force")):
            code, _, err = cli(*command)
            assert code == 2
            assert f"MentorDesk is open on this database (process {holder.pid})" in err
        assert cli("pairs")[0] == 0
    finally:
        holder.communicate("", timeout=10)
    assert cli("demo", "--force")[0] == 0  # once it let go


def test_a_quarter_outside_the_pairs_life_is_refused(cli: Cli, tmp_path: Path) -> None:
    cli("demo")
    target = tmp_path / "q.pdf"
    for quarter in ("99", "999999", "99999999999999999999"):
        code, _, err = cli("report", "ana-ben", "--quarter", quarter, "-o", str(target))
        assert code == 2
        assert f"there is no quarter {quarter} to summarise" in err
    assert not target.exists()


def test_verify_tells_a_signed_summary_from_a_changed_one(cli: Cli, tmp_path: Path) -> None:
    """`mentordesk verify FILE.pdf`: 0 and who signed it for a summary signed in this
    database and unchanged; 1 and why not for any other file; 2 for no file at all."""
    from mentordesk.app import open_app

    assert cli("demo")[0] == 0
    app = open_app()
    try:
        services = app.services
        pair = services.pairs.find("ana-ben")
        prepared = services.signing.prepare(services.reports.quarter_report(pair.id, 1))
        pdf = b"%PDF-1.7\n% a summary as the window draws it\n%%EOF\n"  # the bytes are kept
        services.signing.sign(prepared, pdf)
    finally:
        app.close()
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(pdf)
    code, out, _ = cli("verify", str(signed))
    assert code == 0
    assert out.startswith("Signed summary of quarter 1 of ")
    assert "version 1" in out
    assert "Unchanged" in out

    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pdf.replace(b"summary", b"Summary"))
    code, out, _ = cli("verify", str(changed))
    assert code == 1
    assert "no signed summary of this database" in out

    code, _, err = cli("verify", str(tmp_path / "missing.pdf"))
    assert code == 2
    assert "cannot read" in err
