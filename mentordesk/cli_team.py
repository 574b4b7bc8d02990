"""`mentordesk team …`: the team lead sets a shared PostgreSQL server up, person by person,
and the coordinator reads the team's signals and audit log (never a pair's words)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from mentordesk.domain.text import count

if TYPE_CHECKING:
    from mentordesk.app import App

Handler = Callable[["App", argparse.Namespace], int]
Command = Callable[[str, Handler, str], argparse.ArgumentParser]


def _init(app: App, _args: argparse.Namespace) -> int:
    groups = app.services.team_setup.init()
    print(
        f"The team's roles are ready: '{groups.members}' for the pairs' partners, "
        f"'{groups.coordinators}' for the coordinator; only they may connect. Each person "
        "sees only their own pairs. Next: 'mentordesk team add-person LOGIN --person NAME'."
    )
    return 0


def _add_person(app: App, args: argparse.Namespace) -> int:
    invitation = app.services.team_setup.add_person(
        args.login, args.person, args.email, coordinator=args.coordinator
    )
    print(invitation.as_text())
    return 0


def _remove_person(app: App, args: argparse.Namespace) -> int:
    app.services.team_setup.remove_person(args.login)
    print(f"The login {args.login} is gone; its person stays in the team's list.")
    return 0


def _signals(app: App, _args: argparse.Namespace) -> int:
    today = app.services.pairs.today()
    rows = app.services.team_setup.signals(today)
    if not rows:
        print("No pairs yet.")
        return 0
    setup = app.services.team_setup
    heads = ("PAIR", "LAST HELD", "HELD/MISSED 90D", "OPEN (OVERDUE)", "GOALS", "CHECKLIST")
    table = [(*heads, "HEALTH", "ATTENTION")]
    for s in rows:
        ended = f" (ended {s.ended_on})" if s.ended_on else ""
        reasons = setup.attention(s, today)
        table.append(
            (
                f"{s.mentor} – {s.mentee}{ended}",
                f"{s.last_held:%Y-%m-%d}" if s.last_held else "never",
                f"{s.held_90_days}/{s.missed_90_days}",
                f"{s.open_items} ({s.overdue_items})",
                f"{s.goals_achieved}/{s.goals} achieved",
                count(s.open_checklists, "open", "open") if s.open_checklists else "-",
                s.latest_health or "-",
                "; ".join(reasons) if reasons else "-",
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _audit(app: App, args: argparse.Namespace) -> int:
    for entry in app.services.team_setup.audit(args.limit):
        pairs = ", ".join(str(p) for p in entry.pair_ids)
        where = f" of pair {pairs}" if pairs else ""
        print(
            f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.who:<16} {entry.action:<6} "
            f"{count(entry.rows, 'row', 'rows')} of {entry.what}{where}"
        )
    return 0


def add_team_commands(command: Command) -> None:
    """The `team` command and its own commands, made with the main parser's `command`."""
    team = command("team", _init, "set up a shared PostgreSQL server for a team (team lead)")
    inner = team.add_subparsers(dest="team_command", metavar="STEP", required=True)

    def step(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub = inner.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help=argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    step("init", _init, "create the team's roles and grants (run as the database's owner)")
    add = step("add-person", _add_person, "give a person their own login to the team database")
    add.add_argument("login", metavar="LOGIN", help="their login name (lower case)")
    add.add_argument("--person", metavar="NAME|ID", help="who in the team's list it is for")
    add.add_argument("--email", metavar="ADDRESS", help="add the person with this address")
    add.add_argument(
        "--coordinator",
        action="store_true",
        help="the team lead's login: every pair's signals and the audit log, no pair's words",
    )
    remove = step("remove-person", _remove_person, "take a person's login away")
    remove.add_argument("login", metavar="LOGIN")
    step("signals", _signals, "each pair's attention signals and counts (coordinator)")
    audit = step("audit", _audit, "who changed what and when, newest first (coordinator)")
    audit.add_argument("--limit", type=int, default=50, metavar="N")
