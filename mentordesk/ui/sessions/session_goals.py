"""The session's goal row: check in on a goal of the quarter, linked to the session, and
the line saying what was checked in and what moments the meeting had."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout, QWidget

from mentordesk.domain.goals import Goal, session_moments
from mentordesk.domain.pairs import Pair
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate


class SessionGoals(QWidget):
    """Goal progress for one session: a goal, its progress, Check In; and what the
    session recorded. `check_in(goal_id, progress)` records it."""

    def __init__(self, check_in: Callable[[int, int], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._record = check_in
        self.goal = QComboBox()
        self.goal.setObjectName("checkin_goal")
        # Its placeholder ("No open goal this quarter") need not widen the page: the row
        # gives the box the room there is.
        self.goal.setMinimumWidth(160)
        self._progress_of: dict[int, int] = {}  # goal id -> progress, as last read
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.check_in = QPushButton(translate("SessionGoals", "Check In"))
        self.check_in.setToolTip(
            translate(
                "SessionGoals",
                "Record the goal's progress, linked to this session",
            )
        )
        self.checkins_done = plain_label(wrap=True)
        self.goal.currentIndexChanged.connect(self._goal_chosen)
        self.check_in.clicked.connect(self.record_checkin)
        row = QHBoxLayout()
        row.addWidget(plain_label(translate("SessionGoals", "Goal progress:")))
        row.addWidget(self.goal, 1)
        row.addWidget(self.progress)
        row.addWidget(self.check_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.checkins_done)

    def show_goals(
        self, pair: Pair | None, open_goals: Sequence[Goal], every: Sequence[Goal], session_id: int
    ) -> None:
        """Offer `open_goals` to check in on; say what session `session_id` recorded on
        any of the pair's goals (`every`)."""
        self.goal.clear()
        self._progress_of = {g.id: g.progress for g in open_goals}
        owners = {g.owner for g in open_goals}
        for goal in open_goals:
            whose = pair.person(goal.owner).name if pair else ""
            # Whose goal, once goals may be either partner's (peers, a mentor's own).
            shown = (
                translate("SessionGoals", "{whose}: {goal}").format(whose=whose, goal=goal.title)
                if len(owners) > 1 and whose
                else goal.title
            )
            self.goal.addItem(shown, goal.id)
        self.goal.setPlaceholderText(
            "" if open_goals else translate("SessionGoals", "No open goal this quarter")
        )
        self.check_in.setEnabled(bool(open_goals))
        self._goal_chosen()
        linked = [
            (g.title, c.progress) for g in every for c in g.checkins if c.session_id == session_id
        ]
        moments = session_moments(every, session_id)
        said = []
        if linked:
            checkins = "; ".join(
                translate("SessionGoals", "{goal} {progress}%").format(goal=t, progress=p)
                for t, p in linked
            )
            said.append(
                translate("SessionGoals", "Checked in this session: {checkins}").format(
                    checkins=checkins
                )
            )
        if moments:  # quiet: a line, no fanfare
            listed = "; ".join(f"{goal.title}, {what}" for goal, what in moments)
            said.append(translate("SessionGoals", "Moments: {moments}").format(moments=listed))
        self.checkins_done.setText("\n".join(said))
        self.checkins_done.setVisible(bool(said))

    def clear(self) -> None:
        """No session: no goals to offer, nothing said."""
        self.show_goals(None, [], [], -1)

    def _goal_chosen(self, *_args: object) -> None:
        goal_id = self.goal.currentData()
        self.progress.setValue(self._progress_of.get(goal_id, 0) if goal_id else 0)

    def record_checkin(self) -> None:
        """Record the chosen goal's progress (the caller links it to the session)."""
        goal_id = self.goal.currentData()
        if goal_id is not None:
            self._record(goal_id, self.progress.value())
