"""Problems gathered a part of a document at a time, told as a whole-document read tells
them.

A document is checked in stages: its structure, then the schema, then the rules, then
(by the importing service) the database. Read whole, each stage runs over all of it and
only the first stage that finds anything is told; here each part (a pair) goes through
the stages in turn, so every stage keeps its own problems, in groups laid out in the
order the whole-document read would list them. Each group keeps its first MAX_PROBLEMS
and counts the rest: nothing more is ever shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from mentordesk.errors import Problem, ValidationError
from mentordesk.interchange.schema import MAX_PROBLEMS, capped


class Stage(IntEnum):
    """The checks, in the order they run over a document."""

    STRUCTURE = 0
    SCHEMA = 1
    RULES = 2
    DATABASE = 3


class Tally:
    """The first MAX_PROBLEMS problems of a group, and how many there are."""

    def __init__(self) -> None:
        self.kept: list[Problem] = []
        self.total = 0

    def add(self, problems: Iterable[Problem]) -> None:
        """Count `problems`, keeping them while fewer than MAX_PROBLEMS are kept."""
        for problem in problems:
            self.total += 1
            if len(self.kept) < MAX_PROBLEMS:
                self.kept.append(problem)


class Findings:
    """Every stage's problems, by group; `raise_first` tells the first stage's."""

    def __init__(self, groups: dict[Stage, tuple[str, ...]]) -> None:
        self._stages = {stage: {name: Tally() for name in names} for stage, names in groups.items()}

    def add(self, stage: Stage, group: str, problems: Iterable[Problem]) -> None:
        """Note problems of `stage`, to be listed in `group`'s place."""
        self._stages[stage][group].add(problems)

    def found(self, stage: Stage) -> bool:
        """Whether `stage` has found anything."""
        return any(tally.total for tally in self._stages.get(stage, {}).values())

    def before(self, stage: Stage) -> bool:
        """Whether a stage before `stage` has found anything (then its problems are the
        ones told, and `stage` need not run)."""
        return any(self.found(earlier) for earlier in Stage if earlier < stage)

    def any(self) -> bool:
        """Whether anything was found at all."""
        return any(self.found(stage) for stage in Stage)

    def raise_first(self) -> None:
        """Raise a ValidationError with the first stage's problems (the first
        MAX_PROBLEMS of them in document order, then how many more), if any."""
        for stage in Stage:
            tallies = self._stages.get(stage, {}).values()
            if total := sum(tally.total for tally in tallies):
                kept = [problem for tally in tallies for problem in tally.kept]
                raise ValidationError(capped(kept, total=total))
