"""The read commands timed as fresh processes, beside a reference script that answers
the same question from the same database with SQLAlchemy (reference.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from importing import MENTORDESK
from processes import Child, in_turns, median_ratio, median_wall

HERE = Path(__file__).parent
PAIR = "pair040"  # one pair at every size, with the same history at each
RUNS = 8  # even: a command and its neighbour each run first as often
TURNS = ", the sizes in turns (ms)"  # a command's time in the growth's runs
# Those whose reference prints exactly what the command prints (compared below).
SAME_OUTPUT = ("pairs", "search")


def command_lines(words: dict[str, tuple[str, int]], out: Path) -> dict[str, list[str]]:
    """Each read command's arguments, by the name the table shows."""
    lines = {"pairs": ["pairs"]}
    for frequency, (word, _) in words.items():
        lines[f"search a {frequency} word"] = ["search", word]
    lines["agenda"] = ["agenda", PAIR]
    lines["ics"] = ["ics", PAIR, "-o", str(out / "pair.ics")]
    lines["report"] = ["report", PAIR, "-o", str(out / "pair.pdf")]
    return lines


def command_times(
    words: dict[str, tuple[str, int]],
    env: dict[str, str],
    out: Path,
    *,
    db: str | None = None,
    reference: Path | None = None,
) -> tuple[dict[str, float], list[str]]:
    """Median wall times of the commands on `db` (default: the data folder's database),
    and with a `reference` database file, of the reference script beside each, in turns;
    each command's time over its reference's, the median of the runs taken side by side
    (a shared host's speed moves within a round of a dozen processes; two neighbours see
    the same host); and notes on what the references printed."""
    lines = command_lines(words, out)
    prefix = [MENTORDESK, *(["--db", db] if db else [])]
    commands = {}
    for name, args in lines.items():  # each beside its reference, run one after the other
        commands[name] = prefix + args
        if reference is not None:
            script = [sys.executable, str(HERE / "reference.py"), str(reference)]
            commands[f"reference: {name}"] = script + [a.replace("pair.", "ref.") for a in args]
    done = in_turns(commands, env, RUNS)
    figures = {f"mentordesk {n} (ms)": median_wall(done[n]) for n in lines}
    notes = [failure(n, done[n]) for n in commands if done[n][-1].status != 0]
    if reference is None:
        return figures, notes
    same = []
    for name, args in lines.items():
        ours, theirs = done[name][-1], done[f"reference: {name}"][-1]
        figures[f"reference: {name} (ms)"] = median_wall(done[f"reference: {name}"])
        figures[f"mentordesk {name} / reference, run beside it (×)"] = median_ratio(
            done[name], done[f"reference: {name}"]
        )
        if args[0] in SAME_OUTPUT and ours.status == 0:
            if ours.stdout == theirs.stdout:
                same.append(name)
            else:
                notes.append(f"the reference for '{name}' printed something else than the command")
    if same:
        notes.append(f"the references printed exactly what the command did: {', '.join(same)}")
    return figures, notes


def command_growth(
    words: dict[str, tuple[str, int]], base: dict[str, str], ends: dict[int, Path]
) -> dict[int, dict[str, float]]:
    """Each command on the smallest and the largest team, the sizes taken in turns and
    each size beside the other (as the start's growth is: a shared host's speed moves
    between sizes timed minutes apart). Median per size; and, with the largest, the
    median of the largest's time over the smallest's run beside it."""
    first, last = min(ends), max(ends)
    names = list(command_lines(words, ends[first]))
    commands = {}
    for name in names:
        for scale, folder in ends.items():
            args = command_lines(words, folder)[name]
            env = ["env", f"MENTORDESK_DATA_DIR={folder}"]
            commands[f"{scale}: {name}"] = [*env, MENTORDESK, *args]
    done = in_turns(commands, base, RUNS)
    figures: dict[int, dict[str, float]] = {
        scale: {
            f"mentordesk {name}{TURNS}": median_wall(done[f"{scale}: {name}"]) for name in names
        }
        for scale in ends
    }
    for name in names:
        figures[last][growth_key(name, first, last)] = median_ratio(
            done[f"{last}: {name}"], done[f"{first}: {name}"]
        )
    return figures


def growth_key(name: str, first: int, last: int) -> str:
    """The name of a command's growth figure: its time at `last` over `first`."""
    return f"mentordesk {name} at {last}× / at {first}×, run beside it (×)"


def failure(name: str, runs: list[Child]) -> str:
    """A note on a command that failed, with the last line it wrote."""
    said = (runs[-1].stderr.strip().splitlines() or ["(nothing)"])[-1]
    return f"'{name}' failed (exit {runs[-1].status}): {said}"
