"""Undo in the services: every action a person can take back is a `Step`.

An `Action` is a change made inside a unit of work that returns what it changed and
the action that takes it back (which, run, returns the one that does it again). The
services run actions in one transaction each: `perform` keeps the way back as a
`Step` for the undo stack, `apply` does not (the command line, imports, tests). A
record that comes back gets a new id; the action that brought it back knows it, so
nobody above the services keeps track of ids that change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol

from mentordesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from mentordesk.store.unit_of_work import Store, UnitOfWork


class Action(Protocol):
    """A change made inside `uow`: returns what it changed and the action that takes it
    back. It commits nothing; whoever runs it commits once for all."""

    def __call__(self, uow: UnitOfWork, /) -> tuple[ChangeSet, Action]: ...


@dataclass(frozen=True)
class Step:
    """An action a person took, carried out in one transaction: its name for Edit ▸ Undo
    ("Plan Meetings", "Remove Ana Okeke"), what it changed, and `inverse`, which takes
    it back in one transaction and returns the step that does it again (whose `inverse`
    undoes it again, and so on). `inverse` raises `UserFacingError` when the data has
    changed so that the step no longer applies; then nothing is written."""

    text: str
    changes: ChangeSet
    inverse: Callable[[], Step]


def perform(store: Store, text: str, action: Action) -> Step:
    """Run `action` in one transaction; the step it returns can take it back."""
    with store.writing() as uow:
        changes, inverse = action(uow)
        uow.commit()
    return undoable(store, text, changes, inverse)


def apply(store: Store, action: Action) -> ChangeSet:
    """Run `action` in one transaction, keeping no way back."""
    with store.writing() as uow:
        changes, _ = action(uow)
        uow.commit()
    return changes


def undoable(store: Store, text: str, changes: ChangeSet, inverse: Action) -> Step:
    """The step of an action that already ran (and changed `changes`) and that
    `inverse` takes back."""
    return Step(text, changes, partial(perform, store, text, inverse))


def chain(*actions: Action) -> Action:
    """Several actions as one, run in this order; its inverse takes them back in the
    reverse order."""

    def run(uow: UnitOfWork) -> tuple[ChangeSet, Action]:
        changes, inverses = ChangeSet(), []
        for action in actions:
            changed, inverse = action(uow)
            changes |= changed
            inverses.append(inverse)
        return changes, chain(*reversed(inverses))

    return run
