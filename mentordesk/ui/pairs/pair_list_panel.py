"""The list of pairs on the left of the main window: filter, show or hide ended, choose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.pairs import PairStatus
from mentordesk.ui.common.filter_proxy import FoldingFilterProxy
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.tables import record_table
from mentordesk.ui.common.translation import translate
from mentordesk.ui.pairs.pair_list_model import STATUS_ROLE, PairListModel, column_samples


class PairFilterProxy(FoldingFilterProxy):
    """Filters pairs by name and can hide ended ones."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.show_ended = True

    def set_show_ended(self, show: bool) -> None:
        """Show or hide ended pairs."""
        self.beginFilterChange()
        self.show_ended = show
        self.endFilterChange()

    def accepts(self, source_row: int) -> bool:
        if self.show_ended:
            return True
        model = self.sourceModel()
        status: object = model.data(model.index(source_row, 0), STATUS_ROLE)
        return status != PairStatus.ENDED.value


class PairListPanel(QWidget):
    """The filterable list of pairs; says which pair is chosen."""

    pair_chosen = Signal(object)  # int | None

    def __init__(
        self,
        model: PairListModel,
        parent: QWidget | None = None,
        *,
        new_pair: QAction | None = None,
        new_person: QAction | None = None,
        people: QAbstractItemModel | None = None,
    ) -> None:
        """`new_pair`, `new_person`: the window's actions, offered as buttons while there
        are no pairs; `people`: the team's people, whose number says what to do first."""
        super().__init__(parent)
        self.model = model
        self._people = people
        self.filter = QLineEdit()
        self.filter.setObjectName("pair_filter")
        self.filter.setPlaceholderText(translate("PairList", "Filter pairs by name or department"))
        self.filter.setClearButtonEnabled(True)
        self.show_ended = QCheckBox(translate("PairList", "Show &ended pairs"))
        self.show_ended.setChecked(True)
        self.proxy = PairFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.table = record_table(self.proxy, stretch=0, name="pair_table")
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per pair; the tooltip has the whole name
        self._size_columns()
        self.empty = plain_label(wrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clear_filter = QPushButton(translate("PairList", "&Clear Filter"))
        self.clear_filter.clicked.connect(self.filter.clear)
        self.new_person = _action_button(new_person)  # the window's own actions
        self.new_pair = _action_button(new_pair)
        self.empty_page = QWidget()
        empty_column = QVBoxLayout(self.empty_page)
        empty_column.addStretch()
        empty_column.addWidget(self.empty)
        for button in (self.new_person, self.new_pair, self.clear_filter):
            empty_column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack)
        layout.addWidget(self.show_ended)
        self.filter.textChanged.connect(self.proxy.set_text)
        self.filter.installEventFilter(self)  # Esc, as the filter receives it
        self.show_ended.toggled.connect(self.proxy.set_show_ended)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_empty_state)
        if people is not None:
            for signal in (people.rowsInserted, people.rowsRemoved, people.modelReset):
                signal.connect(self._update_empty_state)
        self._update_empty_state()

    def _size_columns(self) -> None:
        """Size the columns after the pair's name from the widest texts they can show:
        fitting them to their contents asked every cell on screen in every role."""
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.averageCharWidth()
        header = self.table.horizontalHeader()
        for column, samples in enumerate(column_samples(), start=1):
            widest = max(metrics.horizontalAdvance(text) for text in samples)
            header.resizeSection(column, max(widest + padding, header.sectionSizeHint(column)))

    def chosen_id(self) -> int | None:
        """The id of the chosen pair, if one is chosen."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def choose(self, pair_id: int) -> None:
        """Select the pair `pair_id`, showing it even if a filter hid it."""
        row = self.model.row_of(pair_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            self.show_ended.setChecked(True)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.choose_row(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self._escape_filter()
                return True
            if event.type() == QEvent.Type.ShortcutOverride and _window_key(event):
                event.ignore()  # the window's action, not the line edit's Emacs key
                return True
        return super().eventFilter(watched, event)

    def _escape_filter(self) -> None:
        """Esc clears the filter; on an empty filter it goes back to the list."""
        if self.filter.text():
            self.filter.clear()
        else:
            self.table.setFocus()

    def focus_filter(self) -> None:
        """Put the cursor in the filter box, its text selected."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.pair_chosen.emit(self.chosen_id())

    def _update_empty_state(self, *_args: object) -> None:
        if self.proxy.rowCount() > 0:
            self.stack.setCurrentWidget(self.table)
            return
        none_yet = self.model.rowCount() == 0
        people = self._people.rowCount() if self._people is not None else 2
        self.empty.setText(
            _none_yet(people) if none_yet else translate("PairList", "No pair matches this filter.")
        )
        self.new_person.setVisible(none_yet and people < 2 and _acts(self.new_person))
        self.new_pair.setVisible(none_yet and _acts(self.new_pair))
        self.clear_filter.setVisible(not none_yet)
        self.stack.setCurrentWidget(self.empty_page)


def _none_yet(people: int) -> str:
    """What to do first while there are no pairs, by how many people there are."""
    if people == 0:
        return translate("PairList", "No pairs yet.\n\nAdd two people, then form a pair of them.")
    if people == 1:
        return translate(
            "PairList", "No pairs yet.\n\nAdd one more person, then form a pair of the two."
        )
    return translate(
        "PairList",
        "No pairs yet.\n\nForm a pair of two people: a mentor and a mentee, or two peers.",
    )


def _action_button(action: QAction | None) -> QToolButton:
    """A button for one of the window's actions (its text, shortcut and enabled state)."""
    button = QToolButton()
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    if action is not None:
        button.setDefaultAction(action)
    return button


def _acts(button: QToolButton) -> bool:
    return button.defaultAction() is not None


def _window_key(event: QKeyEvent) -> bool:
    """Ctrl+E (Edit Agreement): on Linux a line edit takes it as 'go to the end', so it
    never reached the window while the filter had the keyboard."""
    ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
    return ctrl and event.key() == Qt.Key.Key_E
