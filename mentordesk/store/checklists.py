"""The pair-health repository: checklist templates and runs, health-check answers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mentordesk.domain.health import (
    ChecklistRun,
    ChecklistTemplate,
    HealthAnswer,
    RunStep,
    TemplateStep,
)
from mentordesk.errors import NotFoundError, UserFacingError
from mentordesk.store.in_lists import chunks, existing_values
from mentordesk.store.models import (
    ChecklistRunRow,
    ChecklistTemplateRow,
    HealthAnswerRow,
    RunStepRow,
    TemplateStepRow,
)


def _template(row: ChecklistTemplateRow) -> ChecklistTemplate:
    steps = tuple(TemplateStep(s.text, s.guidance) for s in row.steps)
    return ChecklistTemplate(row.id, row.key, row.title, steps, row.builtin)


def _run(row: ChecklistRunRow) -> ChecklistRun:
    steps = tuple(RunStep(s.text, s.guidance, s.done, s.note) for s in row.steps)
    return ChecklistRun(
        row.id,
        row.external_id,
        row.pair_id,
        row.template_key,
        row.title,
        row.started_on,
        steps,
        row.outcome,
        row.follow_up_on,
        row.completed_on,
    )


def _answer(row: HealthAnswerRow) -> HealthAnswer:
    scores = tuple(int(x) for x in row.scores.split(","))
    return HealthAnswer(row.person_id, row.quarter, scores, row.comment, row.answered_on)


class ChecklistRepository:
    """Reads and writes templates, runs and health answers within one unit of work."""

    def __init__(self, session: Session) -> None:
        self._session = session

    # -- templates ---------------------------------------------------------------------
    def templates(self) -> list[ChecklistTemplate]:
        """Every template: built-ins first, then by title."""
        query = select(ChecklistTemplateRow).order_by(
            ChecklistTemplateRow.builtin.desc(), ChecklistTemplateRow.title
        )
        return [_template(row) for row in self._session.scalars(query)]

    def template(self, key: str) -> ChecklistTemplate | None:
        """The template with `key`, if any."""
        row = self._template_row(key)
        return _template(row) if row else None

    def put_template(
        self, key: str, title: str, steps: Sequence[TemplateStep], *, builtin: bool = False
    ) -> int:
        """Create or replace the template `key`; returns its id."""
        row = self._template_row(key)
        if row is None:
            row = ChecklistTemplateRow(key=key, builtin=builtin, title=title)
            self._session.add(row)
        row.title, row.builtin = title, builtin
        row.steps = [
            TemplateStepRow(position=i, text=s.text, guidance=s.guidance)
            for i, s in enumerate(steps)
        ]
        self._session.flush()
        return row.id

    def delete_template(self, key: str) -> None:
        """Remove the template `key` (runs keep their copied steps)."""
        row = self._template_row(key)
        if row is not None:
            self._session.delete(row)
            self._session.flush()

    def _template_row(self, key: str) -> ChecklistTemplateRow | None:
        query = select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == key)
        return self._session.scalar(query)

    # -- runs ----------------------------------------------------------------------------
    def runs_of_pair(self, pair_id: int) -> list[ChecklistRun]:
        """A pair's runs, oldest first."""
        query = (
            select(ChecklistRunRow)
            .where(ChecklistRunRow.pair_id == pair_id)
            .order_by(ChecklistRunRow.started_on, ChecklistRunRow.id)
        )
        return [_run(row) for row in self._session.scalars(query)]

    def runs_of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[ChecklistRun]]:
        """Several pairs' runs in one query (one per chunk of a very large team)."""
        wanted = list(pair_ids)
        found: dict[int, list[ChecklistRun]] = {p: [] for p in wanted}
        for batch in chunks(wanted):  # a pair's runs all come in its own chunk
            query = (
                select(ChecklistRunRow)
                .where(ChecklistRunRow.pair_id.in_(batch))
                .order_by(ChecklistRunRow.started_on, ChecklistRunRow.id)
            )
            for row in self._session.scalars(query):
                found[row.pair_id].append(_run(row))
        return found

    def run(self, run_id: int) -> ChecklistRun:
        """One run."""
        return _run(self._run_row(run_id))

    def existing_external_ids(self, candidates: Iterable[str]) -> set[str]:
        """Which of `candidates` are already a run's external id."""
        return existing_values(self._session, ChecklistRunRow.external_id, candidates)

    def add_run(self, run: ChecklistRun) -> int:
        """Store a run (its id is ignored); returns the new id."""
        row = ChecklistRunRow(
            external_id=run.external_id,
            pair_id=run.pair_id,
            template_key=run.template_key,
            title=run.title,
            started_on=run.started_on,
        )
        self._session.add(row)
        self._apply(row, run)
        self._session.flush()
        return row.id

    def update_run(self, run: ChecklistRun) -> None:
        """Store a run's steps, outcome, follow-up and closing date."""
        self._apply(self._run_row(run.id), run)
        self._session.flush()

    def delete_run(self, run_id: int) -> None:
        """Remove a run (undo of starting it)."""
        self._session.delete(self._run_row(run_id))
        self._session.flush()

    @staticmethod
    def _apply(row: ChecklistRunRow, run: ChecklistRun) -> None:
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
        row = self._session.get(ChecklistRunRow, run_id)
        if row is None:
            raise NotFoundError(f"there is no checklist run with id {run_id}")
        return row

    # -- health answers ------------------------------------------------------------------
    def answers(self, pair_id: int, quarter: int) -> list[HealthAnswer]:
        """The health-check answers given for a pair's quarter."""
        query = select(HealthAnswerRow).where(
            HealthAnswerRow.pair_id == pair_id, HealthAnswerRow.quarter == quarter
        )
        return [_answer(r) for r in self._session.scalars(query)]

    def answers_of_pairs(self, pair_ids: Iterable[int]) -> dict[int, list[HealthAnswer]]:
        """Several pairs' health-check answers of every quarter, by quarter then person,
        in one query (one per chunk of a very large team)."""
        wanted = list(pair_ids)
        found: dict[int, list[HealthAnswer]] = {p: [] for p in wanted}
        for batch in chunks(wanted):
            query = (
                select(HealthAnswerRow)
                .where(HealthAnswerRow.pair_id.in_(batch))
                .order_by(HealthAnswerRow.quarter, HealthAnswerRow.person_id)
            )
            for row in self._session.scalars(query):
                found[row.pair_id].append(_answer(row))
        return found

    def put_answer(self, pair_id: int, answer: HealthAnswer) -> None:
        """Store (or replace) one partner's answers for a quarter."""
        query = select(HealthAnswerRow).where(
            HealthAnswerRow.pair_id == pair_id,
            HealthAnswerRow.quarter == answer.quarter,
            HealthAnswerRow.person_id == answer.person_id,
        )
        row = self._session.scalar(query) or HealthAnswerRow(
            pair_id=pair_id, quarter=answer.quarter, person_id=answer.person_id
        )
        row.scores = ",".join(str(s) for s in answer.scores)
        row.comment, row.answered_on = answer.comment, answer.answered_on
        self._session.add(row)
        try:
            self._session.flush()
        except StaleDataError as error:  # on a server: a row this login may not change
            raise UserFacingError(
                "The team database refused this: an answer is recorded as the person "
                "connected, and the other partner answers from their own login."
            ) from error
