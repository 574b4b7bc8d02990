"""End a pair: on which date, and why (a no-fault end is a normal end), with each
partner's closing reflection if they like."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from mentordesk.ui.common.form_dialog import FormDialog, date_edit, date_of, text_box
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import QT_TRANSLATE_NOOP, translate

COMMON_REASONS = (
    QT_TRANSLATE_NOOP("EndPairDialog", "No-fault end: we agreed it has run its course."),
    QT_TRANSLATE_NOOP("EndPairDialog", "Goals achieved."),
    QT_TRANSLATE_NOOP("EndPairDialog", "A change of role or team."),
    QT_TRANSLATE_NOOP("EndPairDialog", "Scheduling no longer works for us."),
    QT_TRANSLATE_NOOP("EndPairDialog", "One of us is leaving the company."),
)


class EndPairDialog(FormDialog):
    """The end date (today by default) and a reason; Undo takes the end back. Cancel is
    the default button: Return in a field never ends a pair."""

    def __init__(
        self,
        save: Callable[[date, str, tuple[str, str]], object],
        title: str,
        today: date,
        parent: QWidget | None = None,
        *,
        names: tuple[str, str] = ("the mentor", "the mentee"),
        roles: tuple[str, str] = ("Mentor", "Mentee"),
    ) -> None:
        super().__init__(
            translate("EndPairDialog", "End Pair — {title}").format(title=title),
            parent,
            action=translate("EndPairDialog", "End Pair"),
            destructive=True,
        )
        self._save = save
        self.ended_on = date_edit(today)
        self.common = QComboBox()
        self.common.addItem(
            translate(
                "EndPairDialog",
                "Choose a common reason, or write your own…",
            )
        )
        self.common.addItems([translate("EndPairDialog", r) for r in COMMON_REASONS])
        self.common.activated.connect(self._use_common)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            translate("EndPairDialog", "Why the pair ends, in a sentence or two")
        )
        self.add_field("ended_on", translate("EndPairDialog", "Ends &on:"), self.ended_on)
        self.add_field("common", translate("EndPairDialog", "&Common reasons:"), self.common)
        self.add_field(
            "end_reason",
            translate("EndPairDialog", "&Reason:"),
            self.reason,
            hint=translate(
                "EndPairDialog",
                "The pair stays on record with its history. Edit ▸ Undo takes the end back.",
            ),
        )
        self.closing = tuple(
            text_box(
                "",
                translate(
                    "EndPairDialog", "Optional: what {name} takes away, in their own words"
                ).format(name=name),
                54,
            )
            for name in names
        )
        # The labels name roles (a label would read a name as markup); the boxes, names.
        for field, box, role in zip(
            ("mentor_closing", "mentee_closing"), self.closing, roles, strict=True
        ):
            self.add_field(
                field, translate("EndPairDialog", "{role}'s reflection:").format(role=role), box
            )
        self.form.addRow(
            plain_label(
                translate(
                    "EndPairDialog",
                    "Each of you may write a short closing reflection; the final summary "
                    "includes it.",
                ),
                wrap=True,
            )
        )
        self.setMinimumWidth(480)

    def _use_common(self, index: int) -> None:
        if index > 0:
            self.reason.setPlainText(translate("EndPairDialog", COMMON_REASONS[index - 1]))

    def submit(self) -> None:
        closing = (self.closing[0].toPlainText(), self.closing[1].toPlainText())
        self._save(date_of(self.ended_on), self.reason.toPlainText(), closing)
