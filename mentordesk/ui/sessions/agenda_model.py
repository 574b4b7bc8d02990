"""The agenda of a meeting, one row each: open action items (tick when done), goals and
checklist follow-ups (tick when discussed: the tick writes the line into the session's
topics, the record of what was discussed), and topics added ahead of time (already the
session's topics)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mentordesk.domain.date_words import day_text
from mentordesk.domain.milestones import Milestone
from mentordesk.domain.sessions import ActionItem
from mentordesk.services.agenda import Agenda
from mentordesk.ui.common.id_table_model import IdTableModel
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class AgendaLine:
    """One line of the agenda: an action item (`item`, ticked when done), or something to
    discuss (`topic`, the line a tick adds to the session's topics)."""

    text: str
    item: ActionItem | None = None
    done: bool = False
    topic: str | None = None
    milestone: Milestone | None = None  # ticked when reached


def agenda_lines(agenda: Agenda, starters: Sequence[str] = ()) -> list[AgendaLine]:
    """The agenda as lines: action items first, then goals, then added topics, then the
    conversation starters put on it in the meeting (ticked, each is a topic)."""
    carried = translate("AgendaModel", "{who}: {text}  (carried {times}×)")
    lines = [
        AgendaLine(
            (carried if c.carried else "{who}: {text}").format(
                who=agenda.owners.get(c.item.owner_id, "?"), text=c.item.text, times=c.carried
            ),
            c.item,
        )
        for c in agenda.carried
    ]
    behind = translate("AgendaModel", "Goal ({whose}) — {title}: {progress}%  (behind schedule)")
    on_track = translate("AgendaModel", "Goal ({whose}) — {title}: {progress}%")
    lines += [
        AgendaLine(
            (behind if g.behind else on_track).format(
                whose=g.whose, title=g.title, progress=g.progress
            ),
            topic=g.title,
        )
        for g in agenda.goals
    ]
    milestone = translate("AgendaModel", "Milestone ({whose}) — {text}, due {day}")
    lines += [
        AgendaLine(
            milestone.format(whose=m.whose, text=m.milestone.text, day=day_text(m.milestone.due)),
            done=m.milestone.reached,
            milestone=m.milestone,
        )
        for m in agenda.milestones
    ]
    follow_up = translate("AgendaModel", "Follow-up — {title}: {outcome}")
    no_outcome = translate("AgendaModel", "Follow-up — {title}: no outcome yet")
    lines += [
        AgendaLine(
            (follow_up if run.outcome else no_outcome).format(title=run.title, outcome=run.outcome),
            topic=run.title,
        )
        for run in agenda.follow_ups
    ]
    # Topics added ahead are already the session's topics: nothing to tick (a goal ticked
    # as discussed is one of them too, and is shown once, as the goal).
    ticked_elsewhere = {g.title for g in agenda.goals} | {r.title for r in agenda.follow_ups}
    ticked_elsewhere |= set(starters)
    added = translate("AgendaModel", "Added: {topic}")
    lines += [AgendaLine(added.format(topic=t)) for t in agenda.added if t not in ticked_elsewhere]
    question = translate("AgendaModel", "Question — {question}")
    lines += [AgendaLine(question.format(question=s), topic=s) for s in starters]
    return lines


class AgendaModel(IdTableModel[AgendaLine]):
    """Rows are the agenda's lines; ticking an action item calls `on_done`, ticking a
    topic `on_discussed`; a topic shows ticked while the session's topics hold it."""

    headers = (QT_TRANSLATE_NOOP("Columns", "Agenda"),)

    def __init__(
        self,
        on_done: Callable[[ActionItem, bool], None],
        on_discussed: Callable[[str, bool], None],
        parent: Any = None,
        on_reached: Callable[[Milestone, bool], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_discussed = on_done, on_discussed
        self._on_reached = on_reached
        self._lines: dict[int, AgendaLine] = {}
        self._discussed: frozenset[str] = frozenset()

    def set_discussed(self, topics: frozenset[str]) -> None:
        """The session's topics now: the lines they hold show ticked."""
        if topics != self._discussed:
            self._discussed = topics
            self.refresh([key for key, line in self._lines.items() if line.topic is not None])

    def show(self, lines: list[AgendaLine]) -> None:
        """Show these lines. An action item's row is keyed by the item's id, so that it
        keeps its place and selection when the agenda is read again; other lines are
        keyed by their text (a repeated text by its turn)."""
        keyed: dict[int, AgendaLine] = {}
        for line in lines:
            key = line.item.id if line.item is not None else -abs(hash(line.text)) - 1
            while key in keyed:
                key -= 1
            keyed[key] = line
        self._lines = keyed
        self.refresh_all()

    def fetch_ids(self) -> list[int]:
        return list(self._lines)

    def fetch_records(self, ids: list[int]) -> dict[int, AgendaLine]:
        return {i: self._lines[i] for i in ids if i in self._lines}

    def cell(self, record: AgendaLine, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return record.text
        ticks_itself = record.item is not None or record.milestone is not None
        if role == Qt.ItemDataRole.CheckStateRole and ticks_itself:
            return Qt.CheckState.Checked if record.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and record.topic is not None:
            ticked = record.topic in self._discussed
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        record = self.record_at(index.row()) if index.isValid() else None
        tickable = record is not None and (
            record.item is not None
            or record.topic is not None
            or (record.milestone is not None and self._on_reached is not None)
        )
        return base | Qt.ItemFlag.ItemIsUserCheckable if tickable else base

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        record = self.record_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or record is None:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if record.topic is not None:
            self._on_discussed(record.topic, done)  # the topics change, and with them the tick
            return True
        if record.milestone is not None and self._on_reached is not None:
            self._on_reached(record.milestone, done)  # the agenda is read again: the tick
            return True
        if record.item is None:
            return False
        key = self._ids[index.row()]
        self._on_done(record.item, done)
        if key in self._lines:  # still shown (a reread of the agenda may have dropped it)
            self._lines[key] = AgendaLine(record.text, record.item, done)
            self.refresh([key])
        return True
