"""A pair at a glance: who, since when, which quarter, and the mentoring agreement."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain.date_words import day_text
from mentordesk.domain.meetings import Occurrence
from mentordesk.domain.pairs import Pair, PairStatus, Role
from mentordesk.domain.quarters import quarter
from mentordesk.ui.common.format import quarter_mode_text, status_text
from mentordesk.ui.common.labels import plain_label
from mentordesk.ui.common.translation import translate
from mentordesk.ui.meetings.occurrence_model import occurrence_text

if TYPE_CHECKING:  # types only: the module loads with the screens that use it
    from mentordesk.domain.health import HealthSignals


def action_button(action: QAction) -> QToolButton:
    """A push-style button that is `action`: same text, shortcut and enabled state."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def _person_line(name: str, department: str | None, email: str) -> str:
    return f"{name}" + (f" · {department}" if department else "") + f" · {email}"


class PairOverview(QStackedWidget):
    """Shows one pair, or a hint to choose one."""

    def __init__(
        self,
        edit_agreement: QAction,
        sign_as_mentor: QAction,
        sign_as_mentee: QAction,
        end_pair: QAction,
        parent: QWidget | None = None,
        *,
        meeting_mode: QAction | None = None,
        run_checklist: QAction | None = None,
    ) -> None:
        super().__init__(parent)
        self.hint = plain_label(
            translate("PairOverview", "Choose a pair on the left to see it here.")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.hint)
        facts = self._build_facts()
        self._build_agreement(edit_agreement, sign_as_mentor, sign_as_mentee)
        end_row = QHBoxLayout()
        for action in (meeting_mode, run_checklist):
            if action is not None:
                end_row.addWidget(action_button(action))
        end_row.addWidget(action_button(end_pair))
        end_row.addStretch()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(self.agreement_box)
        layout.addLayout(end_row)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        self.page = scroll
        self.addWidget(scroll)

    def _build_facts(self) -> QFormLayout:
        self.title = plain_label(wrap=True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setObjectName("pair_title")
        self.mentor = plain_label(wrap=True)
        self.mentee = plain_label(wrap=True)
        self.started = plain_label(wrap=True)
        self.quarter = plain_label(wrap=True)
        self.status = plain_label(wrap=True)
        self.status.setObjectName("pair_status")
        self.next_meeting = plain_label(wrap=True)
        self.next_meeting.setObjectName("next_meeting")
        self.health = plain_label(wrap=True)
        self.health.setObjectName("pair_health")
        facts = QFormLayout()
        self.facts = facts
        facts.addRow(translate("PairOverview", "Mentor:"), self.mentor)
        facts.addRow(translate("PairOverview", "Mentee:"), self.mentee)
        facts.addRow(translate("PairOverview", "Started:"), self.started)
        facts.addRow(translate("PairOverview", "Quarter:"), self.quarter)
        facts.addRow(translate("PairOverview", "Status:"), self.status)
        facts.addRow(translate("PairOverview", "Next meeting:"), self.next_meeting)
        facts.addRow(translate("PairOverview", "Health:"), self.health)
        return facts

    def _build_agreement(self, edit: QAction, sign_mentor: QAction, sign_mentee: QAction) -> None:
        self.agreement_box = QGroupBox(translate("PairOverview", "Mentoring agreement"))
        self.no_agreement = plain_label(
            translate(
                "PairOverview",
                "No agreement yet. Write one together at your first meeting: how often you "
                "meet, what you expect of each other, confidentiality, and how either of you "
                "may end the pair.",
            ),
            wrap=True,
        )
        self.cadence = plain_label(wrap=True)
        self.term = plain_label(wrap=True)
        self.term.setObjectName("agreement_term")
        self.expectations = plain_label(wrap=True)
        self.confidentiality = plain_label(wrap=True)
        self.ending = plain_label(wrap=True)
        self.mentor_signature = plain_label(wrap=True)
        self.mentor_signature.setObjectName("mentor_signature")
        self.mentee_signature = plain_label(wrap=True)
        self.mentee_signature.setObjectName("mentee_signature")
        terms = QFormLayout()
        terms.addRow(translate("PairOverview", "Cadence:"), self.cadence)
        terms.addRow(translate("PairOverview", "Term:"), self.term)
        terms.addRow(translate("PairOverview", "Expectations:"), self.expectations)
        terms.addRow(translate("PairOverview", "Confidentiality:"), self.confidentiality)
        terms.addRow(translate("PairOverview", "How to end:"), self.ending)
        terms.addRow(
            translate("PairOverview", "Mentor:"),
            self._with_button(self.mentor_signature, sign_mentor),
        )
        terms.addRow(
            translate("PairOverview", "Mentee:"),
            self._with_button(self.mentee_signature, sign_mentee),
        )
        self.terms = QWidget()
        self.terms.setLayout(terms)
        self.terms_form = terms
        box = QVBoxLayout(self.agreement_box)
        box.addWidget(self.no_agreement)
        box.addWidget(self.terms)
        edit_row = QHBoxLayout()
        edit_row.addWidget(action_button(edit))
        edit_row.addStretch()
        box.addLayout(edit_row)

    @staticmethod
    def _with_button(label: QLabel, action: QAction) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        layout.addWidget(action_button(action))
        return row

    def show_pair(
        self,
        pair: Pair | None,
        today: date,
        next_meeting: Occurrence | None = None,
        signals: HealthSignals | None = None,
    ) -> None:
        """Show `pair` as it is on `today` (None shows the hint)."""
        if pair is None:
            self.setCurrentWidget(self.hint)
            return
        self.title.setText(pair.title)
        for role, field in ((Role.MENTOR, self.mentor), (Role.MENTEE, self.mentee)):
            label = self.facts.labelForField(field)
            if isinstance(label, QLabel):
                label.setText(f"{pair.role_word(role).title()}:")
        self.mentor.setText(
            _person_line(pair.mentor.name, pair.mentor.department, pair.mentor.email)
        )
        self.mentee.setText(
            _person_line(pair.mentee.name, pair.mentee.department, pair.mentee.email)
        )
        self.started.setText(f"{day_text(pair.started_on)} · {quarter_mode_text(pair.quarters)}")
        number = pair.current_quarter(today)
        if number is None:
            self.quarter.setText("–")
        else:
            span = quarter(pair.started_on, pair.quarters, number)
            self.quarter.setText(
                translate("PairOverview", "Quarter {number}: {start} – {end}").format(
                    number=number, start=day_text(span.starts_on), end=day_text(span.ends_on)
                )
            )
        status = pair.status(today)
        text = status_text(status)
        if pair.ended_on is not None:
            text = _end_text(status is PairStatus.ENDED, bool(pair.end_reason)).format(
                day=day_text(pair.ended_on), reason=pair.end_reason
            )
        self.status.setText(text)
        if next_meeting is None:
            self.next_meeting.setText(translate("PairOverview", "None planned (see Meetings)"))
        else:
            self.next_meeting.setText(
                (
                    translate("PairOverview", "{when} · {place}")
                    if next_meeting.location
                    else translate("PairOverview", "{when} · no place set")
                ).format(when=occurrence_text(next_meeting), place=next_meeting.location)
            )
        if signals is None or pair.status(today) is PairStatus.ENDED:
            self.health.setText("–")
        elif signals.needs_attention:
            self.health.setText(
                translate("PairOverview", "{standing} (see the Health tab)").format(
                    standing=signals.standing
                )
            )
        else:
            self.health.setText(signals.standing)
        self._show_agreement(pair)
        self.setCurrentWidget(self.page)

    def _show_agreement(self, pair: Pair) -> None:
        agreement = pair.agreement
        blank = agreement is None or agreement.text.is_blank
        self.no_agreement.setVisible(blank)
        self.terms.setVisible(not blank)
        if agreement is None or blank:
            return
        text = agreement.text
        self.cadence.setText(text.cadence or "–")
        self.term.setText(
            _term_text(bool(text.runs_until), bool(text.review_on)).format(
                until=day_text(text.runs_until) if text.runs_until else "",
                review=day_text(text.review_on) if text.review_on else "",
            )
        )
        self.expectations.setText(text.expectations or "–")
        self.confidentiality.setText(
            translate("PairOverview", "What we discuss stays between the two of us.")
            if text.confidentiality
            else translate("PairOverview", "Notes may be shared beyond the pair.")
        )
        self.ending.setText(text.ending or "–")
        for role, label in (
            (Role.MENTOR, self.mentor_signature),
            (Role.MENTEE, self.mentee_signature),
        ):
            row = label.parentWidget()
            row_label = self.terms_form.labelForField(row) if row is not None else None
            if isinstance(row_label, QLabel):
                row_label.setText(f"{pair.role_word(role).title()}:")
            signed = agreement.signed_on(role)
            name = pair.person(role).name
            label.setText(
                translate("PairOverview", "{name} signed on {day}").format(
                    name=name, day=day_text(signed)
                )
                if signed
                else translate("PairOverview", "{name} has not signed yet").format(name=name)
            )


def _end_text(ended: bool, reason: bool) -> str:
    """How the pair's end reads ({day}, {reason}): ended or to end, with a reason or not."""
    if ended:
        return (
            translate("PairOverview", "Ended on {day}: {reason}")
            if reason
            else translate("PairOverview", "Ended on {day}: no reason given")
        )
    return (
        translate("PairOverview", "Ends on {day}: {reason}")
        if reason
        else translate("PairOverview", "Ends on {day}: no reason given")
    )


def _term_text(until: bool, review: bool) -> str:
    """The agreement's term ({until}, {review}): until a day or open-ended; reviewed or not."""
    if until:
        return (
            translate("PairOverview", "Runs until {until} · review on {review}")
            if review
            else translate("PairOverview", "Runs until {until} · no review date")
        )
    return (
        translate("PairOverview", "Open-ended · review on {review}")
        if review
        else translate("PairOverview", "Open-ended · no review date")
    )
