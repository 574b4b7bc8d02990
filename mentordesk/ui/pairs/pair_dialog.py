"""Form a new pair: what kind of pair, the two people, start date, how quarters run."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from mentordesk.domain.pairs import Pair, PairKind
from mentordesk.domain.quarters import QuarterMode
from mentordesk.ui.common.filter_proxy import FoldingFilterProxy
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of
from mentordesk.ui.common.format import quarter_mode_text
from mentordesk.ui.common.id_table_model import ID_ROLE
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

SavePair = Callable[[int | None, int | None, date, QuarterMode, PairKind], object]

KIND_TEXT = {
    PairKind.MENTORING: QT_TRANSLATE_NOOP("PairDialog", "A mentor and a mentee"),
    PairKind.PEERS: QT_TRANSLATE_NOOP("PairDialog", "Peers: both teach and learn"),
}
# The two people's labels, by kind (a peer pair's 'mentor' is simply the one named first).
PERSON_LABELS = {
    PairKind.MENTORING: (
        QT_TRANSLATE_NOOP("PairDialog", "&Mentor:"),
        QT_TRANSLATE_NOOP("PairDialog", "M&entee:"),
    ),
    PairKind.PEERS: (
        QT_TRANSLATE_NOOP("PairDialog", "&First peer:"),
        QT_TRANSLATE_NOOP("PairDialog", "S&econd peer:"),
    ),
}


class _AllBut(FoldingFilterProxy):
    """The people but one: the person chosen in the pair's other field."""

    def __init__(self, people: QAbstractItemModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(people)
        self._hidden: int | None = None

    def hide_person(self, person_id: int | None) -> None:
        """Leave out `person_id` (None: leave out nobody)."""
        if person_id == self._hidden:
            return
        self.beginFilterChange()
        self._hidden = person_id
        self.endFilterChange()

    def accepts(self, source_row: int) -> bool:
        if self._hidden is None:
            return True
        model = self.sourceModel()
        return bool(model.data(model.index(source_row, 0), ID_ROLE) != self._hidden)


def _person_combo(people: QSortFilterProxyModel) -> QComboBox:
    combo = QComboBox()
    combo.setModel(people)
    combo.setModelColumn(0)
    combo.setCurrentIndex(-1)
    combo.setPlaceholderText(translate("PairDialog", "Choose a person"))
    return combo


class PairDialog(FormDialog):
    """The form for a new pair; `save` may raise ValidationError naming a field. The
    person chosen as mentor is not offered as mentee, and the other way round."""

    def __init__(
        self,
        save: SavePair,
        people: QAbstractItemModel,
        today: date,
        parent: QWidget | None = None,
        pair: Pair | None = None,
    ) -> None:
        super().__init__(
            translate("PairDialog", "Edit Pair") if pair else translate("PairDialog", "New Pair"),
            parent,
        )
        self._save = save
        self.kind = QComboBox()
        for kind, text in KIND_TEXT.items():
            self.kind.addItem(translate("PairDialog", text), kind)
        mentors, mentees = _AllBut(people, self), _AllBut(people, self)
        self.mentor = _person_combo(mentors)
        self.mentee = _person_combo(mentees)
        self.started_on = date_edit(pair.started_on if pair else today)
        self.quarters = QComboBox()
        for mode in QuarterMode:
            self.quarters.addItem(quarter_mode_text(mode), mode)
        if pair is not None:  # who is in a pair is fixed; a new pair is a new pair
            for combo, person in ((self.mentor, pair.mentor), (self.mentee, pair.mentee)):
                combo.setCurrentIndex(combo.findText(person.name))
                combo.setEnabled(False)
            self.quarters.setCurrentIndex(self.quarters.findData(pair.quarters))
            self.kind.setCurrentIndex(self.kind.findData(pair.kind))
        self.mentor.currentIndexChanged.connect(
            lambda: mentees.hide_person(self.mentor.currentData(ID_ROLE))
        )
        self.mentee.currentIndexChanged.connect(
            lambda: mentors.hide_person(self.mentee.currentData(ID_ROLE))
        )
        self.add_field("mentor", translate("PairDialog", "&Mentor:"), self.mentor)
        self.add_field("mentee", translate("PairDialog", "M&entee:"), self.mentee)
        self.add_field("started_on", translate("PairDialog", "&Starts on:"), self.started_on)
        self.add_field(
            "quarters",
            translate("PairDialog", "&Quarters:"),
            self.quarters,
            hint=translate(
                "PairDialog",
                "Quarter 1 is the one holding the start date; each quarter has "
                "one technical and one soft-skill goal per partner who grows.",
            ),
        )
        # Last: the people and dates come first (what a person types first); the two
        # people's labels follow the kind.
        self.add_field(
            "kind",
            translate("PairDialog", "&Kind:"),
            self.kind,
            hint=translate(
                "PairDialog",
                "Peers each set their own goals every quarter; a mentor may add a growth "
                "goal of their own. You can change this later.",
            ),
        )
        self.kind.currentIndexChanged.connect(self._name_people)
        self._name_people()
        self.setMinimumWidth(460)

    def chosen_kind(self) -> PairKind:
        """The kind of pair chosen."""
        return PairKind(self.kind.currentData())

    def _name_people(self) -> None:
        """The two people's labels follow the kind: mentor and mentee, or two peers."""
        for combo, text in zip(
            (self.mentor, self.mentee), PERSON_LABELS[self.chosen_kind()], strict=True
        ):
            label = self.form.labelForField(combo)
            if isinstance(label, QLabel):
                label.setText(translate("PairDialog", text))

    def submit(self) -> None:
        self._save(
            self.mentor.currentData(ID_ROLE),
            self.mentee.currentData(ID_ROLE),
            date_of(self.started_on),
            QuarterMode(self.quarters.currentData()),
            self.chosen_kind(),
        )
