"""The benchmark's figures: tables by section (a row per measure, a column per team
size), the budgets the issue sets with the figure each is judged on, printed and kept
in a JSON file."""

from __future__ import annotations

import json
import math
import os
import platform
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Budget:
    """One budget: the figure it is judged on and its limit, in the same unit."""

    what: str
    figure: float
    limit: float
    unit: str

    @property
    def met(self) -> bool | None:
        """Whether the figure is within the limit; None when it was not measured."""
        return None if math.isnan(self.figure) else self.figure <= self.limit


@dataclass
class Results:
    """Everything one run measured."""

    sections: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    budgets: list[Budget] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    switches: dict[str, list[str]] = field(default_factory=dict)  # one pair switch's SQL

    def put(self, section: str, column: str, figures: dict[str, float]) -> None:
        """Figures of one team size (`column`) into `section`'s table."""
        table = self.sections.setdefault(section, {})
        for what, value in figures.items():
            table.setdefault(what, {})[column] = value

    def get(self, section: str, what: str, column: str) -> float:
        """A figure, NaN when it was not measured."""
        return self.sections.get(section, {}).get(what, {}).get(column, math.nan)

    def budget(self, what: str, figure: float, limit: float, unit: str) -> None:
        """Judge `figure` against `limit` (a figure that is NaN was not measured)."""
        self.budgets.append(Budget(what, figure, limit, unit))


def shown(value: float) -> str:
    """A figure as the table prints it."""
    if math.isnan(value):
        return "failed"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.2f}"


def report(results: Results, path: Path, heading: str) -> None:
    """Print the tables and the budgets, and write them all to `path`."""
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\n{heading} ({machine})")
    for section, table in results.sections.items():
        columns = list(dict.fromkeys(c for row in table.values() for c in row))
        width = max(len(what) for what in table)
        print(f"\n{section}")
        print(f"  {'':<{width}}" + "".join(f"{c:>12}" for c in columns))
        for what, row in table.items():
            cells = "".join(f"{shown(row[c]) if c in row else '':>12}" for c in columns)
            print(f"  {what:<{width}}{cells}")
    if results.budgets:
        print("\nBudgets")
        width = max(len(b.what) for b in results.budgets)
        for b in results.budgets:
            verdict = {True: "met", False: "MISSED", None: "not measured"}[b.met]
            print(f"  {b.what:<{width}}  {shown(b.figure):>8} {b.unit:<3} ≤ {b.limit:g}  {verdict}")
    for note in results.notes:
        print(f"  note: {note}")
    for where, statements in results.switches.items():
        print(f"\nWhat one pair switch sends ({where}):")
        print("".join(f"  {line}\n" for line in statements), end="")
    document = {
        "machine": machine,
        "date": date.today().isoformat(),
        "heading": heading,
        "sections": {
            section: {
                what: {c: None if math.isnan(v) else round(v, 3) for c, v in row.items()}
                for what, row in table.items()
            }
            for section, table in results.sections.items()
        },
        "budgets": [
            {
                **asdict(b),
                "figure": None if math.isnan(b.figure) else round(b.figure, 3),
                "met": b.met,
            }
            for b in results.budgets
        ],
        "notes": results.notes,
        "one pair switch": results.switches,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
