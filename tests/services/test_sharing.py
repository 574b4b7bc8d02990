"""The next meeting's agenda and a meeting's recap, as a pair shares them: plain text and
Markdown that show the pair's words as typed, decisions picked from the shared notes,
action items by owner, never a private note; and the e-mail draft a mail program opens."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy

from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.sharing import decisions, md

NOTES = "Talked about estimates.\nDecided: pair on the next estimate\nagreed - demo on Friday"


def held_meeting(services: Services, pair_id: int, ana: int, ben: int) -> int:
    """The pair's meeting of Monday 16 Nov, held, with topics, notes, items, a private note."""
    occurrence = services.sessions.log(pair_id)[2].occurrence  # Mon 16 Nov
    session_id, _ = services.sessions.open_for(pair_id, occurrence)
    services.sessions.save(session_id, SessionStatus.HELD, ["Estimates", "*Bold* #1"], NOTES)
    services.sessions.add_action_item(session_id, ben, "Read chapter 3", due=date(2026, 11, 20))
    services.sessions.add_action_item(session_id, ana, "Send the slides")
    services.sessions.save_private_note(session_id, ana, "Ben seemed tired")
    return session_id


def test_decisions_are_the_lines_that_say_so() -> None:
    assert decisions(NOTES) == ["pair on the next estimate", "demo on Friday"]
    assert decisions("We decided nothing\nDecisions pending") == []


def test_markdown_shows_the_pairs_words_as_typed() -> None:
    assert md("*Bold* #1 [x](y)") == r"\*Bold\* \#1 \[x\](y)"
    assert md("- not a list") == r"\- not a list"
    assert md("1. first") == r"1\. first"
    assert md("--") == r"\--"  # no rule
    assert md("a &copy; b") == r"a \&copy; b"  # no entity
    assert md("ok\n- item\n2) two\n===") == "ok\n\\- item\n2\\) two\n\\==="  # every line


def test_a_recap_has_topics_decisions_and_items_by_owner_and_no_private_note(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    session_id = held_meeting(services, pair_id, ana, ben)
    shared = services.sharing.shared_recap(session_id)
    assert shared.subject == "Recap: Ana Silva → Ben Okafor — Monday, 16 November 2026"
    assert shared.text.splitlines() == [
        "Discussed: Estimates, *Bold* #1",
        "Decided:",
        "  • pair on the next estimate",
        "  • demo on Friday",
        "Ana Silva will:",
        "  • Send the slides (by 23 Nov)",
        "Ben Okafor will:",
        "  • Read chapter 3 (by 20 Nov)",
        "Next meeting: Monday, 23 November 2026, 16:00 (Europe/Berlin; 15:00 here), Room 3.14.",
    ]
    assert "- \\*Bold\\* \\#1" in shared.markdown
    assert "**Ben Okafor will**\n- [ ] Read chapter 3 (by 20 Nov)" in shared.markdown
    for text in (shared.text, shared.markdown):
        assert "tired" not in text
        assert "Talked about estimates" not in text  # notes other than decisions stay


def test_the_agenda_ahead_lists_what_the_meeting_carries(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    held_meeting(services, pair_id, ana, ben)
    shared = services.sharing.agenda(pair_id)  # Saturday 21 Nov: Monday's meeting is next
    assert shared.subject == "Agenda: Ana Silva → Ben Okafor — Mon, 23 Nov"
    assert "  [ ] Ben Okafor: Read chapter 3 (due 20 Nov 2026)" in shared.text
    assert "- [ ] Ben Okafor: Read chapter 3 (due 20 Nov 2026)" in shared.markdown
    assert "**Meeting:** Monday, 23 November 2026, 16:00" in shared.markdown


def test_the_e_mail_draft_goes_from_the_sender_to_the_partner(
    services: Services, pair: tuple[int, int, int]
) -> None:
    pair_id, ana, ben = pair
    session_id = held_meeting(services, pair_id, ana, ben)
    shared = services.sharing.shared_recap(session_id)
    path = services.sharing.email_draft(pair_id, shared, ben)
    assert path.parent == services.drafts_dir
    assert path.stat().st_mode & 0o777 == 0o600
    mail = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert mail["From"] == "Ben Okafor <ben@example.org>"
    assert mail["To"] == "Ana Silva <ana@example.org>"
    assert mail["Subject"] == shared.subject
    assert mail["X-Unsent"] == "1"
    body = mail.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n") == shared.text
    nobody = services.sharing.email_draft(pair_id, shared, None)  # the mentor writes
    assert message_from_bytes(nobody.read_bytes(), policy=policy.default)["From"].startswith(
        "Ana Silva"
    )
