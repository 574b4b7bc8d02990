"""Merging a file into a database that already holds some of its records: the records
are matched by their stable ids, new ones added, identical ones skipped, and those that
differ settled by the person (Keep Mine, Keep Theirs, Keep Both). All or nothing.

The file is first read into a throw-away database of its own and exported again, so
both sides are compared in the same canonical form, whichever MentorDesk wrote the file.
"""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mentordesk.domain.people import Person, PersonDraft
from mentordesk.domain.words import translate
from mentordesk.errors import UserFacingError, ValidationError
from mentordesk.interchange.merging import Choice, MergePlan, plan_merge
from mentordesk.interchange.reader import read_document
from mentordesk.services.changes import ChangeSet
from mentordesk.services.clock import Clock
from mentordesk.services.interchange import InterchangeService
from mentordesk.store.merge_keep import Unwritten
from mentordesk.store.opening import open_store
from mentordesk.store.unit_of_work import Store, UnitOfWork


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, in figures and words."""

    plan: MergePlan
    choices: Mapping[str, Choice]
    changes: ChangeSet

    def summary(self) -> str:
        """The plan's figures and how its differences were settled."""
        settled = {c: sum(1 for v in self.choices.values() if v is c) for c in Choice}
        words = {Choice.MINE: "kept mine", Choice.THEIRS: "kept theirs", Choice.BOTH: "kept both"}
        how = ", ".join(f"{words[c]} {n}" for c, n in settled.items() if n)
        return self.plan.summary() + (f" Differences settled: {how}." if how else "")


class MergeService:
    """Brings a file's records into this database, matched by their ids."""

    def __init__(self, store: Store, interchange: InterchangeService, clock: Clock) -> None:
        self._store, self._interchange, self._clock = store, interchange, clock

    def plan(self, path: Path) -> MergePlan:
        """What merging `path` would do; changes nothing. A file that cannot be read
        raises what is wrong with it."""
        theirs = self._canonical(path)
        people = [
            {"id": p.external_id, "name": p.name, "email": p.email, "department": p.department}
            for p in self._interchange_people()
        ]
        return plan_merge(people, self._held([p["id"] for p in theirs["pairs"]]), theirs)

    def _held(self, refs: list[str]) -> list[dict[str, Any]]:
        """This database's pairs among `refs`, as exported (private notes too)."""
        with self._store.reading() as uow:
            held = sorted(uow.pairs.existing_external_ids(refs))
        if not held:
            return []
        pairs: list[dict[str, Any]] = self._interchange.export_document(held, include_private=True)[
            "pairs"
        ]
        return pairs

    def merge(self, plan: MergePlan, choices: Mapping[str, Choice] | None = None) -> MergeResult:
        """Write the plan with the differences settled as chosen (each unnamed one by
        its default), in one transaction: all of it, or nothing."""
        settled = plan.choices(choices)
        now = {p["id"]: p for p in self._held(list(plan.held))}
        if now != dict(plan.held):  # someone wrote to them since: their words would go
            raise UserFacingError(
                translate(
                    "Merging",
                    "The pairs of the file were changed here since they were compared; "
                    "nothing was merged. Compare them again (import the file again).",
                )
            )
        document, people, rebuilt = plan.document(settled)
        unwritten = Unwritten()
        try:
            import_plan = read_document(document)
        except ValidationError as error:  # a combination the rules refuse: nothing written
            raise UserFacingError(
                translate("Merging", "The merged records break a rule: {problem}").format(
                    problem=error.message
                )
            ) from None

        def make_room(uow: UnitOfWork) -> None:
            for ref, person in people.items():
                found = uow.people.by_external_id(ref)
                if found is not None:
                    draft = PersonDraft(person["name"], person["email"], person.get("department"))
                    uow.people.update(found.id, draft.validated())
            for ref in rebuilt:
                pair = uow.pairs.by_external_id(ref)
                if pair is not None:
                    unwritten.read(uow.connection(), pair.id)
                    uow.pairs.take_out(pair.id)

        result = self._interchange.import_plan(
            import_plan, first=make_room, then=lambda uow: unwritten.put_back(uow.connection())
        )
        return MergeResult(plan, settled, result.changes)

    def _interchange_people(self) -> list[Person]:
        with self._store.reading() as uow:
            found = uow.people.get_many(uow.people.ids())
            return list(found.values())

    def _canonical(self, path: Path) -> dict[str, Any]:
        """The file as MentorDesk exports it: read into a database of its own, written
        out again (private notes included)."""
        with tempfile.TemporaryDirectory(prefix="mentordesk-merge-") as folder:
            store = open_store(f"sqlite:///{Path(folder) / 'file.sqlite3'}")
            try:
                reading = InterchangeService(store, self._clock)
                reading.import_file(path)
                return reading.export_document(include_private=True)
            finally:
                store.close()
