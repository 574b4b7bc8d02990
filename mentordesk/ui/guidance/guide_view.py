"""A list of guides and the chosen one's text: a starter's questions one per line (each
can go on the agenda), any other guide's text as its Markdown reads."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.guidance import Guide, GuideKind, Offer
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

KIND_WORDS = {
    GuideKind.SCRIPT: QT_TRANSLATE_NOOP("GuideView", "Script"),
    GuideKind.STARTER: QT_TRANSLATE_NOOP("GuideView", "Conversation starters"),
    GuideKind.CARD: QT_TRANSLATE_NOOP("GuideView", "Card"),
    GuideKind.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("GuideView", "Self-assessment"),
}
# A guide offered for a meeting, with why: one sentence each ({reason}).
OFFER_WORDS = {
    GuideKind.SCRIPT: QT_TRANSLATE_NOOP("GuideView", "Script — for {reason}"),
    GuideKind.STARTER: QT_TRANSLATE_NOOP("GuideView", "Conversation starters — for {reason}"),
    GuideKind.CARD: QT_TRANSLATE_NOOP("GuideView", "Card — for {reason}"),
    GuideKind.SELF_ASSESSMENT: QT_TRANSLATE_NOOP("GuideView", "Self-assessment — for {reason}"),
}
GUIDE_ROLE = Qt.ItemDataRole.UserRole


class GuideView(QWidget):
    """Guides to choose from (with why each is offered), and the chosen one's text.
    With `on_add`, a starter's question goes on the agenda by Enter or the button."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        on_add: Callable[[str], None] | None = None,
        orientation: Qt.Orientation = Qt.Orientation.Vertical,
        heading: str = "",
    ) -> None:
        super().__init__(parent)
        self._on_add = on_add
        self.guides = QListWidget()
        self.guides.setObjectName("guide_list")
        self.guides.setAccessibleName(translate("GuideView", "Guides"))
        self.guides.setWordWrap(True)
        self.guides.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guides.currentItemChanged.connect(self._show)
        self.guides.itemActivated.connect(lambda _item: self._into_questions())  # Enter
        self.text = QTextBrowser()
        self.text.setObjectName("guide_text")
        self.text.setAccessibleName(translate("GuideView", "Guide"))
        self.text.setOpenLinks(False)  # a team's own file: shown, never followed
        self.starters = QListWidget()
        self.starters.setObjectName("guide_starters")
        self.starters.setAccessibleName(translate("GuideView", "Questions"))
        self.starters.setWordWrap(True)
        self.starters.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.starters.itemActivated.connect(lambda _item: self.add_chosen())  # Enter
        self.add_button = QPushButton(translate("GuideView", "Add to &Agenda"))
        self.add_button.setObjectName("guide_add")
        self.add_button.setToolTip(
            translate("GuideView", "Put the chosen question on this meeting's agenda (Enter)")
        )
        self.add_button.clicked.connect(self.add_chosen)
        self.add_button.setVisible(on_add is not None)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text)
        column.addWidget(self.starters)
        column.addWidget(self.add_button)
        split = QSplitter(orientation)
        split.addWidget(self.guides)
        split.addWidget(detail)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if heading:
            layout.addWidget(plain_label(heading, wrap=True))
        layout.addWidget(split)

    def focus_guides(self) -> None:
        """The keyboard to the list of guides."""
        self.guides.setFocus()

    def _into_questions(self) -> None:
        """Enter on a guide with questions: on to its questions, to choose one."""
        if self.starters.isVisible() and self.starters.count():
            self.starters.setFocus()

    def show_offers(self, offers: Sequence[Offer]) -> None:
        """Offer these guides, each with why (the first is chosen)."""
        self._fill(
            [
                (o.guide, translate("GuideView", OFFER_WORDS[o.guide.kind]).format(reason=o.reason))
                for o in offers
            ]
        )

    def show_guides(self, guides: Sequence[Guide]) -> None:
        """Every guide of the library, by kind."""
        self._fill([(g, translate("GuideView", KIND_WORDS[g.kind])) for g in guides])

    def choose(self, key: str) -> bool:
        """Show the guide with id `key`; False when it is not listed."""
        for row in range(self.guides.count()):
            item = self.guides.item(row)
            if item.data(GUIDE_ROLE).key == key:
                self.guides.setCurrentRow(row)
                return True
        return False

    def chosen(self) -> Guide | None:
        """The guide shown."""
        item = self.guides.currentItem()
        found: Guide | None = item.data(GUIDE_ROLE) if item is not None else None
        return found

    def add_chosen(self) -> None:
        """Put the chosen question on the agenda (nothing when none is chosen)."""
        item = self.starters.currentItem()
        if self._on_add is None or item is None or not self.starters.isVisible():
            return
        self._on_add(item.text())
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # added: once is enough
        following = self.starters.row(item) + 1
        if following < self.starters.count():
            self.starters.setCurrentRow(following)

    def _fill(self, rows: list[tuple[Guide, str]]) -> None:
        keep = self.chosen()
        self.guides.clear()
        for guide, why in rows:
            item = QListWidgetItem(guide.title)
            item.setData(GUIDE_ROLE, guide)
            item.setToolTip(why)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)
            self.guides.addItem(item)
        if not (keep and self.choose(keep.key)) and self.guides.count():
            self.guides.setCurrentRow(0)
        if not self.guides.count():
            self._show(None, None)

    def _show(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        guide: Guide | None = item.data(GUIDE_ROLE) if item is not None else None
        self.starters.clear()
        if guide is None:
            self.text.setPlainText(translate("GuideView", "Nothing to show."))
            self.text.show()
            self.starters.hide()
            self.add_button.hide()
            return
        listed = guide.kind is GuideKind.STARTER and self._on_add is not None
        lines = guide.body.splitlines()
        lead = "\n".join(x for x in lines if not x.lstrip().startswith(("- ", "* "))).strip()
        self.text.setMarkdown(f"## {guide.title}\n\n" + (lead if listed else guide.body))
        self.text.setVisible(not listed or bool(lead))  # the list names it already
        self.starters.setVisible(listed)
        self.add_button.setVisible(listed)
        if listed:
            self.starters.addItems(list(guide.starters))
            self.starters.setCurrentRow(0)
