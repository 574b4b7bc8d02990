"""The workspace: the chosen pair's tabs, and where each change set goes.

Goals is in front at every start; the other panels are built the first time they are
needed (or made ready in idle time after the start). Only the tab in front reads the
store: a tab behind keeps one pending read (a change of pair wins over a refresh) and
runs it when it comes to the front.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from mentordesk.domain.pairs import PairView
from mentordesk.services import Services
from mentordesk.services.changes import ChangeSet
from mentordesk.services.undo import Step
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.lazy_tab import LazyTab, PairPanel, Panel
from mentordesk.ui.common.operations import Operations
from mentordesk.ui.common.translation import translate
from mentordesk.ui.goals.goal_operations import GoalOperations
from mentordesk.ui.goals.goals_panel import GoalsPanel
from mentordesk.ui.health.health_operations import HealthOperations
from mentordesk.ui.meetings.meeting_operations import MeetingOperations
from mentordesk.ui.window.actions import ActionId

if TYPE_CHECKING:  # each panel's module loads when the panel is first built
    from mentordesk.services.report import QuarterReport
    from mentordesk.ui.health.health_panel import HealthPanel
    from mentordesk.ui.meetings.meetings_panel import MeetingsPanel
    from mentordesk.ui.pairs.pair_overview import PairOverview
    from mentordesk.ui.sessions.sessions_panel import SessionsPanel
    from mentordesk.ui.window.companions import Companions

WARM_UP_GAP_MS = 100  # between the steps of warm_up; none takes over ~40 ms


class OverviewActions(NamedTuple):  # a NamedTuple: built at every start, and cheaper
    """The window's actions the Pair & Agreement tab shows as buttons."""

    edit_agreement: QAction
    sign_as_mentor: QAction
    sign_as_mentee: QAction
    end_pair: QAction
    meeting_mode: QAction
    run_checklist: QAction


class WorkspaceNeeds(NamedTuple):
    """What the workspace's panels need from the window around them."""

    me: Callable[[], int | None]  # the person using this computer (private notes)
    push: Callable[[Step], None]  # keeps an undoable step on the window's undo stack
    presenting: Callable[[], bool]  # presentation mode hides private notes
    choose_who_i_am: Callable[[], None]
    overview_actions: OverviewActions


class Workspace(QTabWidget):
    """Goals, Sessions, Meetings, Pair & Agreement and Health for the chosen pair."""

    def __init__(
        self,
        services: Services,
        bridge: ChangeBridge,
        *,
        goal_operations: GoalOperations,
        meeting_operations: MeetingOperations,
        health_operations: HealthOperations,
        needs: WorkspaceNeeds,
    ) -> None:
        super().__init__()
        self.setObjectName("workspace")
        self._services = services
        self._bridge = bridge
        self._needs = needs
        self.meeting_operations = meeting_operations
        self.health_operations = health_operations
        self.goal_operations = goal_operations
        self.goals = GoalsPanel(services, goal_operations)
        self.sessions_tab = LazyTab(self._build_sessions)
        self.meetings_tab = LazyTab(self._build_meetings)
        self.health_tab = LazyTab(self._build_health)
        self.overview_tab = LazyTab(self._build_overview, reads_chosen_pair=False)
        self.addTab(self.goals, translate("Tabs", "Goals"))
        self.addTab(self.sessions_tab, translate("Tabs", "Sessions"))
        self.addTab(self.meetings_tab, translate("Tabs", "Meetings"))
        self.addTab(self.overview_tab, translate("Tabs", "Pair && Agreement"))
        self.addTab(self.health_tab, translate("Tabs", "Health"))
        self._pending: dict[QWidget, Callable[[], object]] = {}
        self.view: PairView | None = None  # the chosen pair, read once by the window
        self._patching: set[int] = set()  # sessions whose log rows wait to be patched
        self.currentChanged.connect(lambda _index: self._catch_up())

    @classmethod
    def assembled(
        cls,
        services: Services,
        bridge: ChangeBridge,
        operations: Operations,
        actions: dict[ActionId, QAction],
        companions: Callable[[], Companions],
    ) -> Workspace:
        """The workspace of a main window: its operations, its actions on the Pair &
        Agreement tab, and the companions (built after it) for who is using it."""
        a = ActionId
        needs = WorkspaceNeeds(
            me=lambda: companions().me,
            push=operations.push,
            presenting=actions[a.PRESENTATION].isChecked,
            choose_who_i_am=lambda: companions().choose_who_i_am(),
            overview_actions=OverviewActions(
                actions[a.EDIT_AGREEMENT],
                actions[a.SIGN_AS_MENTOR],
                actions[a.SIGN_AS_MENTEE],
                actions[a.END_PAIR],
                actions[a.MEETING_MODE],
                actions[a.RUN_CHECKLIST],
            ),
        )
        return cls(
            services,
            bridge,
            goal_operations=GoalOperations(services, bridge, operations),
            meeting_operations=MeetingOperations(services, bridge, operations),
            health_operations=HealthOperations(services, bridge, operations),
            needs=needs,
        )

    # -- the panels, built on first use -----------------------------------------------------
    @property
    def sessions(self) -> SessionsPanel:
        """The Sessions tab's panel."""
        from mentordesk.ui.sessions.sessions_panel import SessionsPanel

        return self._panel(self.sessions_tab, SessionsPanel)

    @property
    def meetings(self) -> MeetingsPanel:
        """The Meetings tab's panel."""
        from mentordesk.ui.meetings.meetings_panel import MeetingsPanel

        return self._panel(self.meetings_tab, MeetingsPanel)

    @property
    def health(self) -> HealthPanel:
        """The Health tab's panel."""
        from mentordesk.ui.health.health_panel import HealthPanel

        return self._panel(self.health_tab, HealthPanel)

    @property
    def overview(self) -> PairOverview:
        """The Pair & Agreement tab's panel."""
        from mentordesk.ui.pairs.pair_overview import PairOverview

        return self.overview_tab.panel(PairOverview)

    def _panel(self, tab: LazyTab, kind: type[Panel]) -> Panel:
        fresh = not tab.built
        panel = tab.panel(kind)
        if fresh and tab.reads_chosen_pair:  # it reads the chosen pair when in front
            self._pending[tab] = partial(self._show_newest, tab.pair_panel())
        return panel

    def _build_sessions(self) -> SessionsPanel:
        from mentordesk.ui.sessions.sessions_panel import SessionsPanel

        panel = SessionsPanel(
            self._services,
            self._bridge,
            self._needs.me,
            push=self._needs.push,
            plan=self.meeting_operations.plan,
        )
        panel.editor.set_presentation(self._needs.presenting())
        return panel

    def _build_meetings(self) -> MeetingsPanel:
        from mentordesk.ui.meetings.meetings_panel import MeetingsPanel

        return MeetingsPanel(self._services, self.meeting_operations)

    def _build_overview(self) -> PairOverview:
        from mentordesk.ui.pairs.pair_overview import PairOverview

        a = self._needs.overview_actions
        return PairOverview(
            a.edit_agreement,
            a.sign_as_mentor,
            a.sign_as_mentee,
            a.end_pair,
            meeting_mode=a.meeting_mode,
            run_checklist=a.run_checklist,
        )

    def _build_health(self) -> HealthPanel:
        from mentordesk.ui.health.health_panel import HealthPanel

        return HealthPanel(
            self._services, self.health_operations, self._needs.me, self._needs.choose_who_i_am
        )

    def warm_up(self) -> QTimer:
        """Make the tabs not in front ready while the person looks at the first screen,
        so that opening them later is quick: the store's models built, the Sessions tab
        built and filled for the chosen pair, the Meetings, Pair & Agreement and Health
        tabs built, meeting mode's code loaded."""

        def fill_sessions() -> None:
            self.sessions  # noqa: B018 (built on first use)
            if (call := self._pending.pop(self.sessions_tab, None)) is not None:
                call()

        return run_in_idle(
            self,
            [
                self._services.prepare,
                fill_sessions,
                lambda: self.meetings,
                lambda: self.overview,
                lambda: self.health,
                lambda: import_module("mentordesk.ui.sessions.meeting_mode"),
            ],
            WARM_UP_GAP_MS,
        )

    # -- what the tabs show ------------------------------------------------------------------
    def pages(self) -> tuple[QWidget, ...]:
        """The tabs that show the chosen pair's records."""
        return (self.goals, self.sessions_tab, self.meetings_tab, self.health_tab)

    def show_pair(self, view: PairView | None) -> None:
        """Show another pair: each built tab reads it when it is (or comes) in front."""
        self.view = view
        for page in self.pages():
            if (panel := self._pair_panel(page)) is not None:  # else it reads when built
                self._pending[page] = partial(self._show_newest, panel)
        self._catch_up()

    def take_view(self, view: PairView | None) -> None:
        """The chosen pair changed (ended, its agreement signed…): every built tab gets
        the new view at once, without reading anything."""
        self.view = view
        for page in self.pages():
            if (panel := self._pair_panel(page)) is not None:
                panel.take_view(view)

    def apply(self, changes: ChangeSet) -> bool:
        """Route a change set to the tabs it concerns; whether the pair's health may have
        changed (the overview and the team window then read it again)."""
        chosen = self.view.id if self.view else None
        if changes.goals or changes.wins or (chosen is not None and chosen in changes.pairs):
            self._refresh_when_shown(self.goals)
        if changes.meetings:
            self._refresh_when_shown(self.meetings_tab)
            self._refresh_when_shown(self.sessions_tab)  # the log lists the meetings
        elif changes.any_sessions:
            self._patch_sessions_when_shown(changes.any_sessions)
        # A session's words (typing) change no signal: only its status, items or time do.
        health = bool(changes.checklists or changes.sessions or changes.pairs or changes.goals)
        if health:
            self._refresh_when_shown(self.health_tab)
        return health

    def fill_overview_when_shown(self) -> None:
        """Read the Pair & Agreement tab again (now if in front): the newest pair wins."""
        self._pending[self.overview_tab] = self._fill_overview
        self._catch_up()

    def _fill_overview(self) -> None:
        services = self._services
        pair = self.view.pair if self.view else None
        upcoming = services.meetings.next_meetings([pair.id])[pair.id] if pair else None
        signals = None
        if pair is not None:
            current = (
                self.health_tab.built
                and self.health.pair_id == pair.id
                and self.health_tab not in self._pending
            )
            shown = self.health.signals if current else None
            signals = shown or services.health.signals([pair.id])[pair.id]
        self.overview.show_pair(pair, services.pairs.today(), upcoming, signals)

    def quarter_report(self, pair_id: int) -> QuarterReport:
        """The summary of the quarter chosen in the Goals tab (else the current one)."""
        shown = self.goals.pair_id == pair_id and self.goals not in self._pending
        return self._services.reports.quarter_report(
            pair_id, self.goals.chosen_quarter() if shown else None
        )

    def set_presentation(self, on: bool) -> None:
        """Hide (or show again) the private note in the Sessions tab."""
        if self.sessions_tab.built:  # else it starts so
            self.sessions.editor.set_presentation(on)

    def show_session(self, session_id: int) -> None:
        """Bring the Sessions tab to the front with a session chosen."""
        self.setCurrentWidget(self.sessions_tab)
        self.sessions.choose_session(session_id)

    def reread_sessions(self, session_ids: frozenset[int]) -> None:
        """Sessions changed elsewhere (another computer): take their new text."""
        if self.sessions_tab.built:  # else it reads them when it is built
            self.sessions.editor.take_changes_from_elsewhere(session_ids)

    def reread_private_note(self) -> None:
        """Someone else now uses this computer: show their private note."""
        if self.sessions_tab.built:
            editor = self.sessions.editor
            editor.set_session(editor.session.id if editor.session else None)

    # -- pending reads ----------------------------------------------------------------------
    def _pair_panel(self, page: QWidget) -> PairPanel | None:
        """The panel a page shows, if it is built."""
        if isinstance(page, LazyTab):
            return page.pair_panel() if page.built else None
        assert isinstance(page, GoalsPanel)
        return page

    def _refresh_when_shown(self, page: QWidget) -> None:
        """Read `page` again now if it is in front, else when it comes to the front.
        A panel not built yet reads everything when it is."""
        if (panel := self._pair_panel(page)) is not None:
            waiting = self._pending.get(page)
            if waiting is None or waiting == self._patch_sessions:  # a reread covers a patch
                self._pending[page] = panel.reread
            self._catch_up()  # else a change of pair waits: it reads everything anyway

    def _show_newest(self, panel: PairPanel) -> None:
        """Show the pair as the workspace has it when the tab comes to the front (a view
        taken since the switch, an ended pair say, is the one shown)."""
        panel.show_pair(self.view)

    def _patch_sessions_when_shown(self, session_ids: frozenset[int]) -> None:
        """Update the log's rows of these sessions only, now if in front, else when it
        comes to the front; patches waiting together are one."""
        if not self.sessions_tab.built:
            return  # it reads everything when it is built
        waiting = self._pending.get(self.sessions_tab)
        if waiting is None:
            self._patching = set(session_ids)
            self._pending[self.sessions_tab] = self._patch_sessions
        elif waiting == self._patch_sessions:
            self._patching |= session_ids
        self._catch_up()  # else a reread or a change of pair waits: it reads them too

    def _patch_sessions(self) -> None:
        ids, self._patching = frozenset(self._patching), set()
        self.sessions.patch(ids)

    def _catch_up(self) -> None:
        page = self.currentWidget()
        if isinstance(page, LazyTab):
            self._panel(page, QWidget)  # built the first time it comes to the front
        call = self._pending.pop(page, None)
        if call is not None:
            call()


def run_in_idle(parent: QObject, steps: Sequence[Callable[[], object]], gap_ms: int) -> QTimer:
    """Run `steps` in order, one per timer tick `gap_ms` apart, so that input waits for
    one step at most; the timer (owned by `parent`) stops after the last."""
    pending = list(steps)
    timer = QTimer(parent)
    timer.setInterval(gap_ms)

    def step() -> None:
        if pending:
            pending.pop(0)()
        if not pending:
            timer.stop()

    timer.timeout.connect(step)
    timer.start()
    return timer
