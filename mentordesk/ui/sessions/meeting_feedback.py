"""After a meeting, from its recap: each partner's quick feedback, and the recap to share."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from mentordesk.domain.date_words import day_text
from mentordesk.domain.sessions import Session, SessionStatus
from mentordesk.services import Services
from mentordesk.ui.common.bridge import ChangeBridge
from mentordesk.ui.common.translation import translate
from mentordesk.ui.health.feedback_dialog import FeedbackDialog


def offer_feedback(
    box: QMessageBox,
    services: Services,
    bridge: ChangeBridge,
    session: Session,
    me: tuple[int, str] | None,
) -> None:
    """A 'Give My Feedback…' button on the recap `box` of a held meeting, for `me` (who
    is at the keyboard: id and name) when they are one of its partners. The dialog
    opens over the recap's parent, which stays when meeting mode closes."""
    if me is None or session.status is not SessionStatus.HELD:
        return
    person_id, name = me
    button = box.addButton(
        translate("MeetingFeedback", "Give My Feedback…"), QMessageBox.ButtonRole.ActionRole
    )
    button.setToolTip(
        translate("MeetingFeedback", "Two quick questions, private until your partner answers too")
    )
    meeting = box.parentWidget()  # meeting mode, which closes with the recap
    main = meeting.parentWidget() if meeting is not None else None
    owner = main or meeting

    def ask() -> None:
        def save(useful: int, balance: int, word: str) -> None:
            bridge.run(lambda: services.feedback.give(session.id, person_id, useful, balance, word))

        title = translate("MeetingFeedback", "meeting of {day}").format(
            day=day_text(session.scheduled_for.date())
        )
        FeedbackDialog(save, name, title, parent=owner).open()  # Qt keeps it: parented

    button.clicked.connect(ask)


def offer_sharing(box: QMessageBox, services: Services, session: Session, me: int | None) -> None:
    """A 'Share Recap…' button on the recap `box`: the recap to copy, print or e-mail, in
    a window over the recap's parent, which stays when meeting mode closes."""
    from mentordesk.ui.sessions.share_dialog import ShareDialog

    button = box.addButton(
        translate("MeetingFeedback", "Share Recap…"), QMessageBox.ButtonRole.ActionRole
    )
    button.setToolTip(
        translate("MeetingFeedback", "Copy, print or e-mail the topics, decisions and action items")
    )
    meeting = box.parentWidget()
    owner = (meeting.parentWidget() if meeting is not None else None) or meeting

    def share() -> None:
        shared = services.sharing.shared_recap(session.id)
        ShareDialog(
            shared,
            lambda s: services.sharing.email_draft(session.pair_id, s, me),
            lambda _text: None,  # the dialog says it itself
            owner,
        ).open()

    button.clicked.connect(share)
