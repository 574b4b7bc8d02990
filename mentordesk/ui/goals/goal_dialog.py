"""Set or edit a goal: SMART fields, with advice as you type (advice never blocks)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from mentordesk.domain.date_words import day_text
from mentordesk.domain.goals import Goal, GoalDraft, GoalStatus, Skill, smart_advice
from mentordesk.domain.pairs import Role
from mentordesk.domain.quarters import Quarter
from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of, text_box
from mentordesk.ui.common.format import STATUS_TEXT
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate


class GoalDialog(FormDialog):
    """The SMART form for one goal of one quarter, skill and partner (`owner`: their
    role and name; without a name, the title names no one)."""

    def __init__(
        self,
        save: Callable[[GoalDraft], object],
        span: Quarter,
        skill: Skill,
        goal: Goal | None = None,
        parent: QWidget | None = None,
        *,
        owner: tuple[Role, str] = (Role.MENTEE, ""),
    ) -> None:
        titles = {  # (editing, named, technical): the window's title
            (False, True, True): QT_TRANSLATE_NOOP(
                "GoalDialog", "Set {name}'s technical goal — quarter {number}"
            ),
            (False, True, False): QT_TRANSLATE_NOOP(
                "GoalDialog", "Set {name}'s soft-skill goal — quarter {number}"
            ),
            (False, False, True): QT_TRANSLATE_NOOP(
                "GoalDialog", "Set the technical goal — quarter {number}"
            ),
            (False, False, False): QT_TRANSLATE_NOOP(
                "GoalDialog", "Set the soft-skill goal — quarter {number}"
            ),
            (True, True, True): QT_TRANSLATE_NOOP(
                "GoalDialog", "Edit {name}'s technical goal — quarter {number}"
            ),
            (True, True, False): QT_TRANSLATE_NOOP(
                "GoalDialog", "Edit {name}'s soft-skill goal — quarter {number}"
            ),
            (True, False, True): QT_TRANSLATE_NOOP(
                "GoalDialog", "Edit the technical goal — quarter {number}"
            ),
            (True, False, False): QT_TRANSLATE_NOOP(
                "GoalDialog", "Edit the soft-skill goal — quarter {number}"
            ),
        }
        title = titles[(goal is not None, bool(owner[1]), skill is Skill.TECHNICAL)]
        super().__init__(
            translate("GoalDialog", title).format(name=owner[1], number=span.number), parent
        )
        self._save, self._span, self._skill, self._owner = save, span, skill, owner[0]
        self._checkins = len(goal.checkins) if goal else 0
        default_target = goal.target_date if goal else span.ends_on
        self.title = QLineEdit(goal.title if goal else "")
        self.title.setPlaceholderText(
            translate("GoalDialog", "What will be different, e.g. 'Lead two design reviews'")
        )
        self.title.setMaxLength(200)
        self.specific = text_box(
            goal.specific if goal else "",
            translate("GoalDialog", "Specific: what exactly, and where"),
        )
        self.measure = text_box(
            goal.measure if goal else "",
            translate("GoalDialog", "Measurable: how you both know it is done"),
        )
        self.target = date_edit(default_target)
        self.target.setDateRange(
            QDate(span.starts_on.year, span.starts_on.month, span.starts_on.day),
            QDate(span.ends_on.year, span.ends_on.month, span.ends_on.day),
        )
        self.status = QComboBox()
        for status, text in STATUS_TEXT.items():
            self.status.addItem(translate("Format", text), status)
        self.status.setCurrentIndex(
            self.status.findData(goal.status if goal else GoalStatus.NOT_STARTED)
        )
        self.add_field("title", translate("GoalDialog", "&Title:"), self.title)
        self.add_field("specific", translate("GoalDialog", "&Specific:"), self.specific)
        self.add_field("measure", translate("GoalDialog", "&Measure:"), self.measure)
        self.add_field(
            "target_date",
            translate("GoalDialog", "Tar&get date:"),
            self.target,
            hint=translate("GoalDialog", "Inside quarter {number}: {start} – {end}").format(
                number=span.number, start=day_text(span.starts_on), end=day_text(span.ends_on)
            ),
        )
        self.add_field("status", translate("GoalDialog", "St&atus:"), self.status)
        self.add_field("skill", "", plain_label())  # where the one-per-skill rule answers
        self.advice = plain_label(wrap=True)
        self.advice.setObjectName("smart_advice")
        # Room for every tip at once, so the dialog never jumps while you type.
        self.advice.setMinimumHeight(self.advice.fontMetrics().lineSpacing() * 7)
        self.advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.form.addRow(translate("GoalDialog", "SMART check:"), self.advice)
        for signal in (
            self.title.textChanged,
            self.specific.textChanged,
            self.measure.textChanged,
            self.target.dateChanged,
        ):
            signal.connect(self._advise)
        self._advise()
        self.setMinimumWidth(560)

    def draft(self) -> GoalDraft:
        """What the form holds."""
        return GoalDraft(
            quarter=self._span.number,
            skill=self._skill,
            title=self.title.text(),
            target_date=date_of(self.target),
            specific=self.specific.toPlainText(),
            measure=self.measure.toPlainText(),
            status=GoalStatus(self.status.currentData()),
            owner=self._owner,
        )

    def _advise(self, *_args: object) -> None:
        tips = smart_advice(self.draft().cleaned(), self._span, self._checkins)
        self.advice.setText(
            "\n".join(f"• {tip}" for tip in tips)
            if tips
            else translate("GoalDialog", "Specific, measurable and time-bound: looks good.")
        )

    def submit(self) -> None:
        self._save(self.draft())
