"""Conflict-resolution checklists: templates of steps with guidance, and a pair's runs of
them (steps ticked, outcome agreed, a date to follow up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TemplateStep:
    """A step of a checklist template, with short guidance."""

    text: str
    guidance: str = ""


@dataclass(frozen=True)
class ChecklistTemplate:
    """A named list of steps; built-ins can be edited and restored."""

    id: int
    key: str
    title: str
    steps: tuple[TemplateStep, ...]
    builtin: bool = False


@dataclass(frozen=True)
class RunStep:
    """A step as a run records it: ticked or not, with a note."""

    text: str
    guidance: str = ""
    done: bool = False
    note: str = ""


@dataclass(frozen=True)
class ChecklistRun:
    """A pair working through a checklist: steps, agreed outcome, follow-up date."""

    id: int
    external_id: str
    pair_id: int
    template_key: str
    title: str
    started_on: date
    steps: tuple[RunStep, ...]
    outcome: str = ""
    follow_up_on: date | None = None
    completed_on: date | None = None

    @property
    def is_open(self) -> bool:
        """Not closed yet."""
        return self.completed_on is None
