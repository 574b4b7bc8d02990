"""Every active pair's health at a glance, for whoever looks after the team."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from mentordesk.domain.health import HealthSignals
from mentordesk.domain.pairs import Pair
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.ui.common.background import Background, Known, plain
from mentordesk.ui.common.collector import collector_paused
from mentordesk.ui.common.empty_state import EmptyState
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.screen_room import fit_to_screen
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, counted, translate
from mentordesk.ui.health.team_health_model import TeamHealthModel, TeamRow

PAUSE_MS = 1500  # a quiet moment after the last change of a burst reads it
FIRST_ROWS = 20  # at least this many rows are shown before the rest of a large team
LONGEST_WAIT_MS = 5000  # changes that never pause are read at the latest this long after
UPDATING = QT_TRANSLATE_NOOP("TeamWindow", "Updating…")


def concerns_team(changes: ChangeSet | None) -> bool:
    """Whether a change may change what the overview shows (None: not known, so it may).

    Its rows show each pair's title (its people's names) and signals: sessions' status and
    times, action items, goals and check-ins, checklist runs, meetings, the pairs. A
    session's words (topics, notes, a private note: `session_words`, what typing saves)
    count for none of them."""
    if changes is None:
        return True
    return bool(
        changes.pairs
        or changes.people
        or changes.sessions
        or changes.goals
        or changes.meetings
        or changes.checklists
    )


class TeamWindow(QDialog):
    """One row per active pair; pairs needing attention in bold; Enter opens one.

    The signals are read off the GUI thread: with a large team that takes a while. So they
    are read again only while the window is shown (a change while it is hidden or
    minimised is read when it shows again), once after a burst of changes (a pause of
    PAUSE_MS, or LONGEST_WAIT_MS after the burst's first change), one read at a time (a
    newer one starts when the one under way has ended, whose rows therefore never come
    after the newer's), and never behind a dialog: the rows read before stay, and the
    summary line says "Updating…" meanwhile. The first time, the rows that fill the
    window show as soon as they are read, and the rest of a large team follows.
    """

    early = Signal(object)  # the first rows of a read, from the lane's thread

    def __init__(
        self,
        services: Services,
        open_pair: Callable[[int], None],
        parent: QWidget | None = None,
        *,
        new_pair: Callable[[], object] | None = None,
    ) -> None:
        """`new_pair`: forms a pair (offered while the team has none)."""
        super().__init__(parent)
        self.setWindowTitle(translate("TeamWindow", "Team Overview"))
        self._services = services
        self.lane = Background(self)  # its own: never queued behind an import
        self.model = TeamHealthModel(self)
        self.table = record_table(self.model, stretch=8, fit=range(8), name="team_table")
        self.table.activated.connect(lambda index: open_pair(self.model.id_at(index.row()) or 0))
        self.summary = plain_label(wrap=True)
        self._said = ""  # the summary of the rows shown
        self._filled = False  # rows read once (before that, no rows say nothing yet)
        self._stale = True  # something changed since the last read began (none yet)
        self._again = False  # read again once the read under way has ended
        self._partial = False  # the rows shown are the first of a read under way
        self._reads = 0  # reads begun; the one under way hands its first rows early
        self._under_way: int | None = None  # the read begun and not yet ended
        self.early.connect(self._show_early)  # queued: sent from the lane's thread
        self.pause = self._single_shot(PAUSE_MS)
        self.deadline = self._single_shot(LONGEST_WAIT_MS)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.empty = EmptyState(
            self.table,
            translate(
                "TeamWindow",
                "No active pairs. Once there are some, this overview shows how each of them is "
                "doing and which need attention.",
            ),
            [(translate("TeamWindow", "Form a &Pair…"), new_pair)] if new_pair else [],
            applies=lambda: self._filled,
        )
        layout.addWidget(self.empty)
        # Room for nine columns' titles in a longer language too, within a small screen.
        fit_to_screen(self, 1200, 460)

    def _single_shot(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.refresh)
        return timer

    @property
    def on_screen(self) -> bool:
        """Shown and not minimised: its rows can be seen."""
        return self.isVisible() and not self.isMinimized()

    def show_afresh(self) -> None:
        """Show the window (or bring it forward), its rows read afresh once."""
        self._stale = True
        if self.on_screen:
            self.refresh()
        elif self.isMinimized():
            self.showNormal()  # reads as it comes back
        else:
            self.show()  # reads as it shows
        self.raise_()

    def changed(self, changes: ChangeSet | None = None) -> None:
        """Something was saved: if it concerns the team's health, read again after the
        burst of changes it belongs to while shown, else as soon as the window shows."""
        if not concerns_team(changes):
            return
        self._stale = True
        if not self.on_screen:
            return
        self.pause.start()  # again: the burst goes on
        if not self.deadline.isActive():
            self.deadline.start()

    def refresh(self) -> None:
        """Read every active pair's signals afresh; the rows follow when they are read."""
        self.pause.stop()
        self.deadline.stop()
        self._stale = False
        if self.lane.busy:
            self._again = True  # it may have begun before the change: read once more
            return
        self._read()

    def _read(self) -> None:
        self._again = False
        if self._said:
            self.summary.setText(
                f"{self._said} {translate('TeamWindow', UPDATING)}"
            )  # the rows stay meanwhile
        else:
            self.summary.setText(translate("TeamWindow", "Reading every pair's health signals…"))
        self._reads += 1
        self._under_way = number = self._reads
        team, early = self._services.health.team, None
        if not self._filled:  # later reads leave the rows shown until they have them all
            early = (self._rows_in_view(), lambda rows: self.early.emit((number, rows)))
        self.lane.run(lambda: collector_paused(lambda: team(early)), self._show, self._failed)

    def _rows_in_view(self) -> int:
        """How many rows the table has room for (at least FIRST_ROWS)."""
        height = max(1, self.table.verticalHeader().defaultSectionSize())
        return max(FIRST_ROWS, self.table.viewport().height() // height + 1)

    def _show_early(self, handed: tuple[int, list[tuple[Pair, HealthSignals]]]) -> None:
        """The first rows of the first read, while the rest of the team is read; none
        once that read has ended (its end can be delivered first, when waited for)."""
        number, team = handed
        if self._filled or number != self._under_way:
            return
        self._filled = self._partial = True
        self.model.fill({pair.id: TeamRow(pair, signals) for pair, signals in team})

    def _show(self, team: list[tuple[Pair, HealthSignals]]) -> None:
        self._under_way = None
        self._filled = True
        rows = {pair.id: TeamRow(pair, signals) for pair, signals in team}
        shown = [self.model.id_at(row) for row in range(self.model.rowCount())]
        if self._partial and list(rows)[: len(shown)] == shown:
            self.model.append(dict(list(rows.items())[len(shown) :]))
        else:
            self.model.fill(rows)
        self._partial = False
        needing = sum(1 for row in rows.values() if row.needs_attention)
        said = (
            translate(
                "TeamWindow",
                "{pairs}; {needing} needs attention. Enter or a double click opens a pair's "
                "health.",
            )
            if needing == 1
            else translate(
                "TeamWindow",
                "{pairs}; {needing} need attention. Enter or a double click opens a pair's health.",
            )
        )
        self._said = said.format(
            pairs=counted(
                "TeamWindow",
                team,
                QT_TRANSLATE_NOOP("TeamWindow", "1 active pair"),
                QT_TRANSLATE_NOOP("TeamWindow", "{count} active pairs"),
            ),
            needing=needing,
        )
        self._say(self._said)

    def _failed(self, error: Known) -> None:
        self._under_way = None
        if self._partial:  # the first rows alone would pass for the whole team
            self._filled = self._partial = False  # as after any first read that failed
            self.model.fill({})
        self._said = translate(
            "TeamWindow", "The team's health signals could not be read: {error}"
        ).format(error=plain(error))
        self._say(self._said)

    def _say(self, text: str) -> None:
        """Say what the read that ended found; read again if a change came meanwhile."""
        if self._again and self.on_screen:
            self._read()  # says the text, "Updating…"
            return
        self._stale = self._stale or self._again  # hidden meanwhile: read when shown
        self._again = False
        self.summary.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self.isMinimized():
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._hidden()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() != QEvent.Type.WindowStateChange:
            return
        if self.isMinimized():
            self._hidden()
        elif self._stale and self.isVisible():
            self.refresh()  # shown again from the task bar

    def _hidden(self) -> None:
        """Off screen: a change waiting to be read (stale) waits until it shows again."""
        self.pause.stop()
        self.deadline.stop()
