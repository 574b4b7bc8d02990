"""The `mentordesk` command: the GUI with no command, else one of the commands below.

Exit status: 0 done; 2 bad input or usage (with a message naming what is wrong, and
nothing written); 1 an unexpected failure (details in the log file).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from mentordesk import __version__
from mentordesk.calendar_files.method import Method
from mentordesk.cli_machine import add_machine_commands
from mentordesk.cli_output import InertText
from mentordesk.cli_safety import add_safety_commands
from mentordesk.cli_team import add_team_commands
from mentordesk.domain.pairs import Pair
from mentordesk.domain.text import count, shown
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.files import ensure_private_dir, make_private
from mentordesk.paths import app_paths, database_url
from mentordesk.store.safety import CheckStamp, EarlyCheck, full_check_due

if TYPE_CHECKING:
    from mentordesk.app import App

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[["App", argparse.Namespace], int]

# Read commands whose work is bounded by one pair, one page of results or the pair list:
# what they make dies with the process, so the collector's passes over the loaded code
# (tens of milliseconds, more than the command's own work) are skipped while they run,
# and the program leaves without tearing the interpreter down (see `console`). Not when
# one of them writes (`ics --invite`).
QUICK_READS = frozenset({"pairs", "search", "agenda", "ics", "report"})


def _demo(app: App, args: argparse.Namespace) -> int:
    result = app.services.demo.load(force=args.force)
    from mentordesk.ui.common.offscreen import offscreen_app
    from mentordesk.ui.printing.report import pdf_bytes

    _qt = offscreen_app()  # the signed summaries are drawn as PDFs
    signed = app.services.demo.sign_summaries(lambda report: pdf_bytes(report)[0])
    print(
        f"Loaded the demo team: {count(result.people, 'person', 'people')}, "
        f"{count(result.pairs, 'pair', 'pairs')}, "
        f"{count(signed, 'signed summary', 'signed summaries')}."
    )
    return EXIT_OK


def _pair_row(pair: Pair, today: date) -> dict[str, object]:
    return {
        "id": pair.external_id,
        "kind": pair.kind.value,
        "mentor": {"id": pair.mentor.external_id, "name": pair.mentor.name},
        "mentee": {"id": pair.mentee.external_id, "name": pair.mentee.name},
        "status": pair.status(today).value,
        "started_on": pair.started_on.isoformat(),
        "ended_on": pair.ended_on.isoformat() if pair.ended_on else None,
        "current_quarter": pair.current_quarter(today),
    }


def _pairs(app: App, args: argparse.Namespace) -> int:
    pairs = app.services.pairs.all()
    today = app.services.pairs.today()
    if args.json:
        print(json.dumps([_pair_row(p, today) for p in pairs], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not pairs:
        print("No pairs yet. Add some with 'mentordesk import FILE' or 'mentordesk demo'.")
        return EXIT_OK
    table = [("ID", "MENTOR", "MENTEE", "STATUS", "QUARTER")] + [
        (
            p.external_id,
            p.mentor.name,
            p.mentee.name,
            p.status(today).value,
            str(p.current_quarter(today) or "-"),
        )
        for p in pairs
    ]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _import(app: App, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.merge:
        return _merge(app, path, args.keep)
    try:
        result = app.services.interchange.import_file(path)
    except ValidationError as error:
        lines = "\n".join(f"  {p}" for p in error.problems)
        taken = any("already exists" in p.message for p in error.problems)
        hint = (
            "\nThis database holds some of its records: merge them with --merge." if taken else ""
        )
        raise UserFacingError(
            f"{path} was not imported; nothing was changed:\n{lines}{hint}"
        ) from None
    print(
        f"Imported {count(result.people, 'person', 'people')} and "
        f"{count(result.pairs, 'pair', 'pairs')} from {path}."
    )
    return EXIT_OK


def _merge(app: App, path: Path, keep: str) -> int:
    from mentordesk.interchange.merging import Choice

    merging = app.services.merging
    plan = merging.plan(path)
    if not plan.changes_anything:
        print(f"{path} holds nothing new: {plan.summary()}")
        return EXIT_OK
    choice = Choice(keep)
    result = merging.merge(plan, {d.key: choice for d in plan.differences})
    for key, chosen in result.choices.items():
        difference = next(d for d in plan.differences if d.key == key)
        print(f"  {difference.describe()}: kept {chosen.value}")
    print(f"Merged {path}: {result.summary()}")
    return EXIT_OK


def _export(app: App, args: argparse.Namespace) -> int:
    target = Path(args.output)
    doc = app.services.interchange.export_file(
        target, args.pairs, include_private=args.include_private
    )
    print(
        f"Exported {count(doc['people'], 'person', 'people')} and "
        f"{count(doc['pairs'], 'pair', 'pairs')} to {target}."
    )
    return EXIT_OK


def _ics(app: App, args: argparse.Namespace) -> int:
    pair = app.services.pairs.find(args.pair)
    method = Method.CANCEL if args.cancel else Method.REQUEST if args.invite else Method.PUBLISH
    if args.eml and method is Method.PUBLISH:
        raise UserFacingError("--eml writes an e-mail draft: use it with --invite or --cancel.")
    series_id = None
    if args.series is not None:
        chosen = [
            s for s in app.services.meetings.series_of(pair.id) if s.external_id == args.series
        ]
        if not chosen:
            raise UserFacingError(f"{pair.title} has no meeting series '{args.series}'.")
        series_id = chosen[0].id
    target = Path(args.output)
    app.services.calendar.write(pair.id, target, method, series_id, as_email=args.eml)
    what = {
        Method.PUBLISH: "Calendar file",
        Method.REQUEST: "Invitation",
        Method.CANCEL: "Cancellation",
    }[method]
    form = " (an e-mail draft to open in your mail program and send)" if args.eml else ""
    print(f"{what} for {pair.title} written to {target}{form}.")
    return EXIT_OK


def _agenda(app: App, args: argparse.Namespace) -> int:
    pair = app.services.pairs.find(args.pair)
    print(app.services.sessions.agenda(pair.id, args.date).as_text())
    return EXIT_OK


def _search(app: App, args: argparse.Namespace) -> int:
    results = app.services.sessions.search(" ".join(args.text))
    if not results:
        print("Nothing found.")
    for found in results:
        print(f"{found.when:%Y-%m-%d}  {found.pair_title}  {found.kind:<6}  {found.text}")
    return EXIT_OK


def _report(app: App, args: argparse.Namespace) -> int:
    pair = app.services.pairs.find(args.pair)
    number = None if args.quarter == "current" else int(args.quarter)
    report = app.services.reports.quarter_report(pair.id, number)
    if args.manager:
        from mentordesk.services.report import manager_copy

        report = manager_copy(report)
    target = Path(args.output)
    if target.parent and not target.parent.exists():
        raise UserFacingError(f"cannot write {target}: the folder does not exist")
    from mentordesk.ui.common.offscreen import offscreen_app
    from mentordesk.ui.printing.report import write_pdf

    _qt = offscreen_app()  # fonts and painting need one
    pages = write_pdf(report, str(target))
    print(
        f"Quarter {report.span.number} {'manager copy' if args.manager else 'summary'} for "
        f"{pair.title} written to {target} "
        f"({count(pages, 'page', 'pages')})."
    )
    return EXIT_OK


def _quarter(value: str) -> str:
    if value == "current" or (value.isdigit() and int(value) >= 1):
        return value
    raise argparse.ArgumentTypeError(f"'{value}' is not a quarter number (1, 2, …) or 'current'")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-11-23") from None


def _add_db(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH|URL",
        help="the database: a SQLite file or a SQLAlchemy URL (default: MENTORDESK_DB, "
        "else the file in the data folder)",
    )


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    """The options of MentorDesk itself (the window, when no command is given)."""
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="open the window, exit as soon as it is shown and filled (for timing the start)",
    )
    parser.add_argument(
        "--lang",
        metavar="LANGUAGE",
        help="the window's language: en, de, or pseudo (every string 40%% longer, to "
        "test); default: View > Language, else the desktop's",
    )
    parser.add_argument(
        "--in-tray",
        action="store_true",
        help="start in the system tray with reminders, the window hidden until asked for "
        "(what the autostart entry runs; without a tray the window opens)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk for mentoring pairs. With no command, opens the app.",
    )
    _add_window_options(parser)
    _add_db(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_db(sub, argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    demo = command("demo", _demo, "fill the database with a realistic demo team")
    demo.add_argument(
        "--force",
        action="store_true",
        help="replace whatever the database holds with the demo team",
    )
    pairs = command("pairs", _pairs, "list pairs: id, mentor, mentee, status, current quarter")
    pairs.add_argument("--json", action="store_true", help="print JSON instead of a table")
    imp = command("import", _import, "add the people and pairs of an interchange file")
    imp.add_argument("file", metavar="FILE.json")
    imp.add_argument(
        "--merge",
        action="store_true",
        help="the database holds some of its records: add what is new, skip what is the "
        "same, settle what differs by --keep (all or nothing)",
    )
    imp.add_argument(
        "--keep",
        choices=("mine", "theirs", "both"),
        default="both",
        help="with --merge, for a record that differs: this database's, the file's, or "
        "both (a session's topics and notes combined; any other record keeps mine). "
        "Default: both",
    )
    exp = command("export", _export, "write pairs (all when none are named) to a file")
    exp.add_argument("pairs", nargs="*", metavar="PAIR", help="pair ids, as 'pairs' lists")
    exp.add_argument("-o", "--output", required=True, metavar="FILE.json")
    exp.add_argument(
        "--include-private",
        action="store_true",
        help="also write private notes (left out by default)",
    )
    ics = command("ics", _ics, "write a pair's meetings as a calendar file (.ics)")
    ics.add_argument("pair", metavar="PAIR", help="a pair id, as 'pairs' lists")
    ics.add_argument("-o", "--output", required=True, metavar="FILE.ics|FILE.eml")
    kind = ics.add_mutually_exclusive_group()
    kind.add_argument(
        "--invite",
        action="store_true",
        help="an invitation from the mentor to the mentee (METHOD:REQUEST)",
    )
    kind.add_argument(
        "--cancel",
        action="store_true",
        help="cancel the meetings and write the cancellation (METHOD:CANCEL)",
    )
    ics.add_argument(
        "--series",
        metavar="SERIES",
        help="which meeting series an invitation or cancellation is about, when the pair "
        "has several (the message names them)",
    )
    ics.add_argument(
        "--eml",
        action="store_true",
        help="with --invite or --cancel: write an e-mail draft (.eml) that carries the "
        "invitation, to open in your mail program and send",
    )
    agenda = command("agenda", _agenda, "print the agenda of a pair's next meeting")
    agenda.add_argument("pair", metavar="PAIR", help="a pair id, as 'pairs' lists")
    agenda.add_argument(
        "--date",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the first meeting on or after this date (default: the next)",
    )
    report = command("report", _report, "save a pair's quarterly progress summary as PDF")
    report.add_argument("pair", metavar="PAIR", help="a pair id, as 'pairs' lists")
    report.add_argument(
        "--quarter",
        type=_quarter,
        default="current",
        metavar="N|current",
        help="which quarter (default: the current one)",
    )
    report.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    report.add_argument(
        "--manager",
        action="store_true",
        help="the manager copy: without the topics and notes of sessions, the details of "
        "checklists and the health-check answers",
    )
    add_safety_commands(command)
    search = command("search", _search, "find topics, notes and action items in every pair")
    search.add_argument("text", nargs="+", metavar="TEXT")
    add_team_commands(command)
    add_machine_commands(commands, lambda parser: _add_db(parser, argparse.SUPPRESS))
    return parser


def _writes(args: argparse.Namespace) -> bool:
    """Whether the command changes the database (and so needs it to itself)."""
    if args.command == "ics":  # an invitation or a cancellation records what was sent
        return bool(args.invite or args.cancel)
    return args.command in {"demo", "import", "restore"}


@contextlib.contextmanager
def _database_to_itself(args: argparse.Namespace) -> Iterator[None]:
    """For a command that writes to the embedded database: hold the lock the window holds
    (a QLockFile beside the file), so that neither changes the file under the other."""
    url = database_url(args.db, app_paths())
    if not _writes(args) or not url.startswith("sqlite:///"):
        yield
        return
    path = Path(url.removeprefix("sqlite:///"))
    import mentordesk.ui  # noqa: F401  (loads PySide6 as the window does: see its docstring)

    # isort: split
    from PySide6.QtCore import QLockFile  # the window's own kind of lock

    if not path.parent.exists():  # a folder of the person's own is left as it is
        own = path.parent == app_paths().data_dir
        ensure_private_dir(path.parent, "the data folder" if own else "the database's folder")
    lock = QLockFile(f"{path}.lock")
    lock.setStaleLockTime(0)  # a lock whose process died is detected by its pid
    if not lock.tryLock(0):
        if lock.error() is not QLockFile.LockError.LockFailedError:
            raise UserFacingError(
                f"cannot lock the database in {path.parent}: the folder cannot be written"
            )
        pid = lock.getLockInfo()[0]
        where = " (or use File ▸ Restore from Backup… there)" if args.command == "restore" else ""
        raise UserFacingError(
            f"MentorDesk is open on this database (process {pid}): close its window "
            f"first{where}. Nothing was changed."
        )
    make_private(Path(f"{path}.lock"))
    try:
        yield
    finally:
        lock.unlock()


def _check_early(db: str | None, now: datetime) -> EarlyCheck | None:
    """Start checking the embedded database file, if there is one and the start must
    check it in full before opening it, in the background. Otherwise the check runs
    behind the window once it is up, and the start's reads have the disk to themselves."""
    paths = app_paths()
    url = database_url(db, paths)
    if not url.startswith("sqlite:///"):
        return None
    if not full_check_due(CheckStamp(paths.check_stamp), paths.running_marker, now):
        return None
    path = Path(url.removeprefix("sqlite:///"))
    return EarlyCheck(path) if path.is_file() and path.stat().st_size else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. Nothing a command prints can move
    the terminal's cursor or change its colours, whatever the data holds."""
    return _inert_main(argv)[0]


def console() -> NoReturn:
    """The `mentordesk` program (and `python -m mentordesk`): `main`, then exit. A quick
    read (QUICK_READS) leaves without tearing the interpreter down, which frees every
    loaded module's objects one by one and takes longer than the command's own work
    (about 0.1 s); it closed its database before it returned, and its output and log are
    flushed first. Other commands exit the ordinary way."""
    status, command = _inert_main(None)
    if command in QUICK_READS:
        _leave_now(status)
    raise SystemExit(status)


def _inert_main(argv: Sequence[str] | None) -> tuple[int, str | None]:
    """`main`'s work; also says which quick read ran, if one did."""
    stdout, stderr = sys.stdout, sys.stderr
    if stdout is not None and stderr is not None:  # None without a console (pythonw)
        sys.stdout, sys.stderr = InertText(stdout), InertText(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _leave_now(status: int) -> NoReturn:
    """Exit at once (the OS frees a process faster than Python tears itself down), once
    the log and the output are flushed."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # a reader gone (| head)
                stream.flush()
    os._exit(status)


def _run_plain(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """A command that needs no database."""
    try:
        return handler(args)
    except UserFacingError as error:
        print(f"mentordesk: {error.message}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _window(args: argparse.Namespace) -> int:
    """The app's window, once it is clear Qt can open one here."""
    from mentordesk.display_check import check_display

    seen = app_paths().data_dir / "qt-libraries-found"
    if not (display := check_display(seen=seen)).ok:  # before Qt aborts with its own words
        print(display.message(), file=sys.stderr)
        return EXIT_BAD_INPUT
    # Loading the code and building the window allocate much and free little: the
    # collector's passes over it (~60 ms) wait until the window is up (settle_memory).
    gc.disable()
    try:
        early = _check_early(args.db, datetime.now())  # runs while the code below loads
    except UserFacingError:
        early = None  # the start says what is wrong, in a window
    from mentordesk.app import run_gui

    status = run_gui(
        args.db,
        exit_when_ready=args.exit_when_ready,
        early=early,
        in_tray=args.in_tray,
        language=args.lang,
    )
    if args.exit_when_ready:  # a timing probe: nothing to tear down
        _leave_now(status)
    return status


def _main(argv: Sequence[str] | None) -> tuple[int, str | None]:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _window(args), None
    collecting = gc.isenabled()
    quick = args.command in QUICK_READS and not _writes(args)
    if quick:
        gc.disable()
    try:
        return _command(args), args.command if quick else None
    finally:
        if collecting:
            gc.enable()


def _command(args: argparse.Namespace) -> int:
    """Run a command (not the window)."""
    from mentordesk.app import Check, configure_logging, open_app

    log_file: Path | None = None
    if (plain := getattr(args, "without_database", None)) is not None:
        return _run_plain(plain, args)
    try:
        log_file = configure_logging(app_paths())
        with _database_to_itself(args):
            # A command that only reads checks what costs nothing; one that writes
            # checks the whole file first.
            app = open_app(args.db, check=Check.FULL if _writes(args) else Check.CHEAP)
            try:
                handler: Handler = args.handler
                return handler(app, args)
            finally:
                app.close()
    except UserFacingError as error:  # each line cut to a sensible length
        message = "\n".join(shown(line, 2000) for line in error.message.split("\n"))
        print(f"mentordesk: {message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader stopped early (| head): not a failure
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception:
        log.exception("unexpected failure in 'mentordesk %s'", args.command)
        where = f"in {log_file}" if log_file is not None else "above"
        print(f"mentordesk: unexpected error; details are {where}", file=sys.stderr)
        return EXIT_FAILURE
