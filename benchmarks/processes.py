"""Timing whole processes: wall time, CPU time and peak memory of one child each."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Child:
    """What one finished process took, and what it printed."""

    wall_ms: float
    cpu_s: float  # user + system, the process's own
    peak_mb: float  # its peak resident set
    status: int
    stdout: str
    stderr: str


# Runs the command in a child of its own and reports that child's figures. A child
# forked from this process would count this process's own memory in its peak (Linux
# records the memory a process had before exec in its ru_maxrss), and this process holds
# the team document; so a small process in between forks and waits. Its clock starts
# at the fork, so its own start is not timed either.
LAUNCHER = """
import os, sys, time
result, command = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(command[0], command)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(result, "w") as out:
    out.write(f"{wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss} "
              f"{os.waitstatus_to_exitcode(status)}")
"""


def run_child(command: Sequence[str], env: Mapping[str, str]) -> Child:
    """Run `command` to its end: its wall time, CPU time and peak memory, its own alone
    (getrusage's RUSAGE_CHILDREN would give the largest of all children so far)."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile("r") as result,
    ):
        launcher = [sys.executable, "-S", "-c", LAUNCHER, result.name]
        subprocess.run([*launcher, *command], env=dict(env), stdout=out, stderr=err, check=True)
        wall, cpu, peak, status = result.read().split()
        out.seek(0)
        err.seek(0)
        return Child(
            float(wall) * 1000,
            float(cpu),
            int(peak) / 1024,
            int(status),
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def checked(child: Child, what: str) -> Child:
    """`child`, or SystemExit with what it said when it failed."""
    if child.status != 0:
        raise SystemExit(f"{what} failed ({child.status}):\n{child.stderr[-3000:]}")
    return child


def in_turns(
    commands: Mapping[str, Sequence[str]], env: Mapping[str, str], runs: int
) -> dict[str, list[Child]]:
    """Each command `runs` times, taken in turns (one of each, then again) so that a busy
    moment of a shared machine falls on all alike; every other round in reverse order, so
    that neither of two neighbours always runs first (a host speeding up or slowing down
    within a round favours whichever does). Each is run once first to warm the file
    cache. A command that fails is run no more (its one failed run is kept)."""
    done: dict[str, list[Child]] = {name: [] for name in commands}
    failed = set()
    for name, command in commands.items():
        if run_child(command, env).status != 0:
            failed.add(name)
            done[name].append(run_child(command, env))
    order = list(commands.items())
    for round_ in range(runs):
        for name, command in order if round_ % 2 == 0 else reversed(order):
            if name not in failed:
                done[name].append(run_child(command, env))
    return done


def median_ratio(ours: list[Child], theirs: list[Child]) -> float:
    """The median of the wall times' ratios, run by run, NaN when either failed."""
    if any(c.status != 0 for c in (*ours, *theirs)) or len(ours) != len(theirs):
        return float("nan")
    return statistics.median(a.wall_ms / b.wall_ms for a, b in zip(ours, theirs, strict=True))


def median_wall(children: list[Child]) -> float:
    """The median wall time in ms, NaN when the command failed."""
    if not children or any(c.status != 0 for c in children):
        return float("nan")
    return statistics.median(c.wall_ms for c in children)
