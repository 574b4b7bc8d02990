"""A workspace tab whose panel is built the first time it is needed.

The Goals tab is in front at every start; the others (their modules, widgets and first
reads) wait until someone opens them, so the start builds only what is on screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar, cast

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mentordesk.domain.pairs import PairView

Panel = TypeVar("Panel", bound=QWidget)


class PairPanel(Protocol):
    """What every workspace panel does: show a pair, and read it again after a change."""

    def show_pair(self, view: PairView | None) -> None: ...

    def take_view(self, view: PairView | None) -> None: ...

    def reread(self) -> None: ...


class LazyTab(QWidget):
    """The page the tab widget holds; the panel goes inside it when it is built."""

    def __init__(self, build: Callable[[], QWidget], *, reads_chosen_pair: bool = True) -> None:
        """`reads_chosen_pair`: the panel is a PairPanel that reads the chosen pair itself
        (else the window fills it)."""
        super().__init__()
        self.reads_chosen_pair = reads_chosen_pair
        self._build = build
        self._panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the panel exists yet."""
        return self._panel is not None

    def panel(self, kind: type[Panel]) -> Panel:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            self._panel = self._build()
            self._layout.addWidget(self._panel)
            self._panel.show()  # now, not at the next turn of the event loop
        assert isinstance(self._panel, kind)
        return self._panel

    def pair_panel(self) -> PairPanel:
        """The panel, as the workspace drives it."""
        return cast(PairPanel, self.panel(QWidget))
