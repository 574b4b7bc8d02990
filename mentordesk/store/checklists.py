"""The checklist repository: conflict-resolution templates and pairs' runs of them.

Reads are Core statements on the tables (a run's steps in one more statement), so a
unit of work that only reads never needs the ORM; writes go through the mapped rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, ColumnElement, Row, Table, select

from mentordesk.domain.checklists import ChecklistRun, ChecklistTemplate, RunStep, TemplateStep
from mentordesk.errors import NotFoundError
from mentordesk.store import tables
from mentordesk.store.handles import Repository
from mentordesk.store.in_lists import among, chunks, existing_values

if TYPE_CHECKING:
    from mentordesk.store.models import ChecklistRunRow, ChecklistTemplateRow

TEMPLATES, TEMPLATE_STEPS = tables.checklist_templates, tables.checklist_template_steps
RUNS, RUN_STEPS = tables.checklist_runs, tables.checklist_run_steps


def _template(row: Any, steps: Iterable[Any]) -> ChecklistTemplate:
    """The template of a templates row (or mapped row) and its steps in order."""
    found = tuple(TemplateStep(s.text, s.guidance) for s in steps)
    return ChecklistTemplate(row.id, row.key, row.title, found, row.builtin)


def _run(row: Any, steps: Iterable[Any]) -> ChecklistRun:
    """The run of a runs row (or mapped row) and its steps in order."""
    found = tuple(RunStep(s.text, s.guidance, s.done, s.note) for s in steps)
    return ChecklistRun(
        row.id,
        row.external_id,
        row.pair_id,
        row.template_key,
        row.title,
        row.started_on,
        found,
        row.outcome,
        row.follow_up_on,
        row.completed_on,
    )


class ChecklistRepository(Repository):
    """Reads and writes checklist templates and runs within one unit of work."""

    def _steps(
        self, table: Table, parent: Column[int], ids: list[int]
    ) -> dict[int, list[Row[*tuple[Any, ...]]]]:
        """The steps of the templates or runs `ids`, in order, by their parent's id."""
        found: dict[int, list[Row[*tuple[Any, ...]]]] = defaultdict(list)
        for batch in chunks(ids):
            query = (
                select(table)
                .where(among(self._session, parent, batch))
                .order_by(parent, table.c.position)
            )
            for step in self._session.execute(query):
                found[step._mapping[parent]].append(step)
        return found

    # -- templates ---------------------------------------------------------------------
    def templates(self) -> list[ChecklistTemplate]:
        """Every template: built-ins first, then by title."""
        return self._templates(None)

    def template(self, key: str) -> ChecklistTemplate | None:
        """The template with `key`, if any."""
        found = self._templates(TEMPLATES.c.key == key)
        return found[0] if found else None

    def _templates(self, where: ColumnElement[bool] | None) -> list[ChecklistTemplate]:
        query = select(TEMPLATES).order_by(TEMPLATES.c.builtin.desc(), TEMPLATES.c.title)
        rows = self._session.execute(query if where is None else query.where(where)).all()
        steps = self._steps(TEMPLATE_STEPS, TEMPLATE_STEPS.c.template_id, [r.id for r in rows])
        return [_template(row, steps[row.id]) for row in rows]

    def put_template(
        self, key: str, title: str, steps: Sequence[TemplateStep], *, builtin: bool = False
    ) -> int:
        """Create or replace the template `key`; returns its id."""
        from mentordesk.store.models import ChecklistTemplateRow, TemplateStepRow

        session = self._writes
        row = self._template_row(key)
        if row is None:
            row = ChecklistTemplateRow(key=key, builtin=builtin, title=title)
            session.add(row)
        row.title, row.builtin = title, builtin
        row.steps = [
            TemplateStepRow(position=i, text=s.text, guidance=s.guidance)
            for i, s in enumerate(steps)
        ]
        session.flush()
        return row.id

    def delete_template(self, key: str) -> None:
        """Remove the template `key` (runs keep their copied steps)."""
        row = self._template_row(key)
        if row is not None:
            session = self._writes
            session.delete(row)
            session.flush()

    def _template_row(self, key: str) -> ChecklistTemplateRow | None:
        from mentordesk.store.models import ChecklistTemplateRow

        query = select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == key)
        return self._writes.scalar(query)

    # -- runs ----------------------------------------------------------------------------
    def runs_of_pair(self, pair_id: int) -> list[ChecklistRun]:
        """A pair's runs, oldest first."""
        return self._runs(RUNS.c.pair_id == pair_id)

    def runs_of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[ChecklistRun]]:
        """Several pairs' runs in one query (one per chunk of a very large team)."""
        wanted = list(pair_ids)
        found: dict[int, list[ChecklistRun]] = {p: [] for p in wanted}
        for batch in chunks(wanted):  # a pair's runs all come in its own chunk
            for run in self._runs(among(self._session, RUNS.c.pair_id, batch)):
                found[run.pair_id].append(run)
        return found

    def run(self, run_id: int) -> ChecklistRun:
        """One run."""
        found = self._runs(RUNS.c.id == run_id)
        if not found:
            raise NotFoundError(f"there is no checklist run with id {run_id}")
        return found[0]

    def _runs(self, where: ColumnElement[bool]) -> list[ChecklistRun]:
        """The runs `where` selects, oldest first, with their steps."""
        query = select(RUNS).where(where).order_by(RUNS.c.started_on, RUNS.c.id)
        rows = self._session.execute(query).all()
        steps = self._steps(RUN_STEPS, RUN_STEPS.c.run_id, [r.id for r in rows])
        return [_run(row, steps[row.id]) for row in rows]

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a run's external id."""
        return existing_values(self._session, RUNS.c.external_id, candidates)

    def add_run(self, run: ChecklistRun) -> int:
        """Store a run (its id is ignored); returns the new id."""
        from mentordesk.store.models import ChecklistRunRow

        session = self._writes
        row = ChecklistRunRow(
            external_id=run.external_id,
            pair_id=run.pair_id,
            template_key=run.template_key,
            title=run.title,
            started_on=run.started_on,
        )
        session.add(row)
        self._apply(row, run)
        session.flush()
        return row.id

    def update_run(self, run: ChecklistRun) -> None:
        """Store a run's steps, outcome, follow-up and closing date."""
        self._apply(self._run_row(run.id), run)
        self._writes.flush()

    def delete_run(self, run_id: int) -> None:
        """Remove a run (undo of starting it)."""
        session = self._writes
        session.delete(self._run_row(run_id))
        session.flush()

    @staticmethod
    def _apply(row: ChecklistRunRow, run: ChecklistRun) -> None:
        from mentordesk.store.models import RunStepRow

        row.outcome, row.follow_up_on, row.completed_on = (
            run.outcome,
            run.follow_up_on,
            run.completed_on,
        )
        row.steps = [
            RunStepRow(position=i, text=s.text, guidance=s.guidance, done=s.done, note=s.note)
            for i, s in enumerate(run.steps)
        ]

    def _run_row(self, run_id: int) -> ChecklistRunRow:
        from mentordesk.store.models import ChecklistRunRow

        row = self._writes.get(ChecklistRunRow, run_id)
        if row is None:
            raise NotFoundError(f"there is no checklist run with id {run_id}")
        return row
