"""The workspace's tabs behind the Goals tab: built the first time they are needed, or
made ready in idle time after the start; and each tab's reads, run when it is in front."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from mentordesk.ui.common.idle import run_in_idle
from mentordesk.ui.common.lazy_tab import LazyTab, PairPanel, Panel
from mentordesk.ui.window.actions import ActionId

if TYPE_CHECKING:  # each panel's module loads when the panel is first built
    from mentordesk.ui.health.health_panel import HealthPanel
    from mentordesk.ui.meetings.meetings_panel import MeetingsPanel
    from mentordesk.ui.pairs.pair_overview import PairOverview
    from mentordesk.ui.sessions.sessions_panel import SessionsPanel
    from mentordesk.ui.window.main_window import MainWindow

WARM_UP_GAP_MS = 100  # between the steps of warm_up; none takes over ~40 ms


class WorkspaceTabs:
    """Building the lazy tabs and running each tab's reads when it is in front (mixed
    into MainWindow)."""

    @property
    def sessions(self: MainWindow) -> SessionsPanel:
        """The Sessions tab's panel (built on first use)."""
        from mentordesk.ui.sessions.sessions_panel import SessionsPanel

        return self._panel(self.sessions_tab, SessionsPanel)

    @property
    def meetings(self: MainWindow) -> MeetingsPanel:
        """The Meetings tab's panel (built on first use)."""
        from mentordesk.ui.meetings.meetings_panel import MeetingsPanel

        return self._panel(self.meetings_tab, MeetingsPanel)

    @property
    def health(self: MainWindow) -> HealthPanel:
        """The Health tab's panel (built on first use)."""
        from mentordesk.ui.health.health_panel import HealthPanel

        return self._panel(self.health_tab, HealthPanel)

    @property
    def overview(self: MainWindow) -> PairOverview:
        """The Pair & Agreement tab's panel (built on first use)."""
        from mentordesk.ui.pairs.pair_overview import PairOverview

        return self.overview_tab.panel(PairOverview)

    def _panel(self: MainWindow, tab: LazyTab, kind: type[Panel]) -> Panel:
        fresh = not tab.built
        panel = tab.panel(kind)
        if fresh and tab.reads_chosen_pair:  # it reads the chosen pair when in front
            self._pending[tab] = partial(tab.pair_panel().show_pair, self.pair_list.chosen_id())
        return panel

    def warm_up(self: MainWindow) -> QTimer:
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
                self.services.prepare,
                fill_sessions,
                lambda: self.meetings,
                lambda: self.overview,
                lambda: self.health,
                lambda: import_module("mentordesk.ui.sessions.meeting_mode"),
            ],
            WARM_UP_GAP_MS,
        )

    def _pair_panel(self: MainWindow, page: QWidget) -> PairPanel | None:
        """The panel a workspace page shows, if it is built."""
        if isinstance(page, LazyTab):
            return page.pair_panel() if page.built else None
        return cast(PairPanel, page)

    def _build_sessions(self: MainWindow) -> SessionsPanel:
        from mentordesk.ui.sessions.sessions_panel import SessionsPanel

        panel = SessionsPanel(self.services, self.bridge, lambda: self._me)
        panel.editor.set_presentation(self.actions[ActionId.PRESENTATION].isChecked())
        return panel

    def _build_meetings(self: MainWindow) -> MeetingsPanel:
        from mentordesk.ui.meetings.meetings_panel import MeetingsPanel

        return MeetingsPanel(self.services, self.meeting_operations)

    def _build_overview(self: MainWindow) -> PairOverview:
        from mentordesk.ui.pairs.pair_overview import PairOverview

        a = self.actions
        return PairOverview(
            a[ActionId.EDIT_AGREEMENT],
            a[ActionId.SIGN_AS_MENTOR],
            a[ActionId.SIGN_AS_MENTEE],
            a[ActionId.END_PAIR],
            meeting_mode=a[ActionId.MEETING_MODE],
            run_checklist=a[ActionId.RUN_CHECKLIST],
        )

    def _build_health(self: MainWindow) -> HealthPanel:
        from mentordesk.ui.health.health_panel import HealthPanel

        return HealthPanel(
            self.services, self.health_operations, lambda: self._me, self.choose_who_i_am
        )

    def _refresh_when_shown(self: MainWindow, page: QWidget) -> None:
        """Read `page` again now if it is in front, else when it comes to the front.
        A panel not built yet reads everything when it is."""
        if (panel := self._pair_panel(page)) is not None:
            self._when_shown(page, panel.refresh)

    def _when_shown(self: MainWindow, page: QWidget, call: Callable[[], object]) -> None:
        """Run `call` now if `page` is the tab in front, else when it comes to the front.

        Only the tab in front reads the store, so switching pairs stays quick; a pending
        change of pair wins over a pending refresh."""
        self._pending.setdefault(page, call)
        self._catch_up()

    def _catch_up(self: MainWindow) -> None:
        page = self.workspace.currentWidget()
        if isinstance(page, LazyTab):
            self._panel(page, QWidget)  # built the first time it comes to the front
        call = self._pending.pop(page, None)
        if call is not None:
            call()
