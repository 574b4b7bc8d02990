"""E-mail drafts of invitations: headers, iMIP parts, exact calendar bytes, no header injection."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime, timedelta, timezone
from email.header import decode_header, make_header
from email.message import EmailMessage
from pathlib import Path

import pytest

from mentordesk.calendar_files.email_draft import Mailbox, email_draft
from mentordesk.calendar_files.method import Method

NOW = datetime(2026, 11, 21, 11, 0, tzinfo=timezone(timedelta(hours=1)))
MENTOR = Mailbox("Zoë Ångström", "zoe@example.org")
MENTEE = Mailbox("محمد", "mohammed@example.org")

# Folded at 75 octets as RFC 5545 wants, CRLF line ends, non-ASCII text.
REQUEST = (
    b"BEGIN:VCALENDAR\r\n"
    b"PRODID:-//MentorDesk//tests//EN\r\n"
    b"VERSION:2.0\r\n"
    b"METHOD:REQUEST\r\n"
    b"BEGIN:VEVENT\r\n"
    b"UID:series-42@mentordesk\r\n"
    b"DTSTAMP:20261121T100000Z\r\n"
    b"SEQUENCE:0\r\n"
    b"DTSTART:20261201T150000Z\r\n"
    b"DTEND:20261201T154500Z\r\n"
    b"RRULE:FREQ=WEEKLY;COUNT=6\r\n"
    b"SUMMARY:Mentoring: Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m & \xd9\x85\xd8\xad\xd9\x85\xd8\xaf\r\n"
    b"DESCRIPTION:Weekly mentoring meeting. This quarter's goals:\\n- Learning: r\r\n"
    b" ead the team handbook and pair on two code reviews before the end of the \r\n"
    b" quarter\r\n"
    b"ORGANIZER;CN=Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m:mailto:zoe@example.org\r\n"
    b"ATTENDEE;CN=\xd9\x85\xd8\xad\xd9\x85\xd8\xaf;RSVP=TRUE:mailto:mohammed@example.org\r\n"
    b"STATUS:CONFIRMED\r\n"
    b"END:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)
CANCEL = (
    REQUEST.replace(b"METHOD:REQUEST", b"METHOD:CANCEL")
    .replace(b"SEQUENCE:0", b"SEQUENCE:1")
    .replace(b"STATUS:CONFIRMED", b"STATUS:CANCELLED")
)
TEXT = "Hello محمد,\n\nhere is the invitation to our weekly meetings.\n\nZoë\n"


def draft(
    calendar: bytes = REQUEST,
    method: Method = Method.REQUEST,
    sender: Mailbox = MENTOR,
    recipient: Mailbox = MENTEE,
    subject: str = "Invitation: Mentoring: Zoë Ångström & محمد",
    attachment_name: str = "invite.ics",
) -> bytes:
    return email_draft(calendar, method, sender, recipient, subject, TEXT, NOW, attachment_name)


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def parts(message: EmailMessage) -> dict[str, EmailMessage]:
    found = {part.get_content_type(): part for part in message.walk()}
    assert list(found) == ["multipart/mixed", "text/plain", "text/calendar"]
    return found


def header_lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n")


def test_headers() -> None:
    message = parse(draft())
    sender, recipient = message["From"].addresses, message["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in sender] == [(MENTOR.name, MENTOR.address)]
    assert [(a.display_name, a.addr_spec) for a in recipient] == [(MENTEE.name, MENTEE.address)]
    assert message["Subject"] == "Invitation: Mentoring: Zoë Ångström & محمد"
    assert message["Date"].datetime == NOW
    assert re.fullmatch(r"<[^<>@\s]+@example\.org>", message["Message-ID"])
    assert message["X-Unsent"] == "1"
    assert message["MIME-Version"] == "1.0"
    assert "Bcc" not in message
    assert "Cc" not in message


def test_bytes_are_seven_bit_with_crlf_line_ends() -> None:
    raw = draft()
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    for line in header_lines(raw):  # RFC 2047 2: lines with encoded-words, 76 at most
        assert b"=?" not in line or len(line) <= 76


def test_structure_text_and_the_calendar_attached_as_an_invitation() -> None:
    found = parts(parse(draft()))
    text = found["text/plain"]
    assert text.get_content_charset() == "utf-8"
    assert text.get_content().replace("\r\n", "\n") == TEXT  # the parser keeps CRLF
    assert not text.is_attachment()
    calendar = found["text/calendar"]
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content_charset() == "utf-8"
    assert calendar["Content-Transfer-Encoding"] == "base64"
    assert calendar.is_attachment()
    assert calendar.get_filename() == "invite.ics"
    assert calendar.get_param("name") == "invite.ics"
    assert calendar.get_payload(decode=True) == REQUEST  # CRLFs and folding intact


def test_cancel() -> None:
    raw = draft(CANCEL, Method.CANCEL, subject="Cancelled: Mentoring", attachment_name="x.ics")
    found = parts(parse(raw))
    assert found["text/calendar"].get_param("method") == "CANCEL"
    assert found["text/calendar"].get_payload(decode=True) == CANCEL
    assert found["text/calendar"].get_filename() == "x.ics"
    assert found["text/calendar"].get_payload(decode=True) == CANCEL


def test_non_ascii_attachment_name_uses_rfc_2231() -> None:
    name = "Einladung Zoë Ångström und محمد, wöchentliches Mentoring-Treffen.ics"
    raw = draft(attachment_name=name)
    assert parts(parse(raw))["text/calendar"].get_filename() == name
    assert b"filename*" in raw


@pytest.mark.parametrize(
    "name",
    ["Zoë Ångström", "محمد", "Ångström, Zoë", 'Zoë "Z" Å', "田中 太郎", "O'Brien-Ødegård"],
)
def test_non_ascii_names_round_trip(name: str) -> None:
    message = parse(draft(sender=Mailbox(name, "a@example.org"), subject=f"Mentoring: {name}"))
    assert message["From"].addresses[0].display_name == name
    assert message["From"].addresses[0].addr_spec == "a@example.org"
    assert message["Subject"] == f"Mentoring: {name}"
    message = parse(draft(recipient=Mailbox(name, "b@example.org")))
    assert message["To"].addresses[0].display_name == name


def test_ascii_names_are_quoted_as_needed() -> None:
    message = parse(draft(sender=Mailbox("Doe, Jane (mentor)", "jane@example.org")))
    assert message["From"].addresses[0].display_name == "Doe, Jane (mentor)"
    assert len(message["From"].addresses) == 1


def test_text_that_looks_encoded_is_shown_as_typed() -> None:
    name = "=?utf-8?q?Mallory?="
    message = parse(draft(sender=Mailbox(name, "a@example.org"), subject=name))
    assert message["From"].addresses[0].display_name == name
    assert message["Subject"] == name


# Long enough to need several encoded-words and folded lines. CPython 3.11's own folder loses
# a space in some of these; the draft must not.
LONG_NAME = (
    "Brzęczyszczykiewiczówna Żółkiewska Ødegård Fernández de Córdoba 田中 太郎 محمد عبد الله"
)
LONG_SUBJECTS = [
    "Invitation: Weekly mentoring of Zoë Ångström (mentor) and محمد عبد الله (mentee)",
    "of with Иванова Mentoring: Fernández Zoë Żółkiewski María mentee and with 田中 and Łukasz",
    " ".join(["Ångström"] * 30),
]


@pytest.mark.parametrize("subject", LONG_SUBJECTS)
def test_long_subjects_keep_every_space(subject: str) -> None:
    raw = draft(subject=subject)
    assert parse(raw)["Subject"] == subject
    assert len([line for line in header_lines(raw) if b"=?" in line]) > 1


def test_long_names_keep_every_space() -> None:
    raw = draft(sender=Mailbox(LONG_NAME, "a@example.org"))
    folded = re.search(rb"\r\nFrom:(.*?)\r\n(?![ \t])", b"\r\n" + raw, re.DOTALL)
    assert folded is not None
    value = folded.group(1).decode("ascii")
    assert value.count("=?") > 1
    # Python's address parser keeps the blank between two encoded-words of a display name
    # (RFC 2047 6.2 says to drop it), so read it as mail programs do.
    display = value.rsplit("<", 1)[0].replace("\r\n", "").strip()
    assert str(make_header(decode_header(display))) == LONG_NAME
    assert parse(raw)["From"].addresses[0].addr_spec == "a@example.org"


@pytest.mark.parametrize(
    "evil",
    [
        "Zoë\r\nBcc: evil@example.net",
        "Zoë\nBcc: evil@example.net",
        "Zoe\rBcc: evil@example.net",
        "Zoe\r\n\r\nInjected body",
        "Zoe\u2028Bcc: evil@example.net",
        "Zoe\x00\x1b\x85Bcc: evil@example.net",
    ],
)
def test_names_and_subjects_cannot_inject_headers(evil: str) -> None:
    raw = draft(
        sender=Mailbox(evil, "a@example.org"),
        recipient=Mailbox(evil, "b@example.org"),
        subject=evil,
    )
    message = parse(raw)
    assert "Bcc" not in message
    assert [a.addr_spec for a in message["From"].addresses] == ["a@example.org"]
    assert [a.addr_spec for a in message["To"].addresses] == ["b@example.org"]
    assert "\n" not in message["Subject"]
    assert "\r" not in message["Subject"]
    assert message["Subject"].startswith("Zo")
    assert parts(message)["text/calendar"].get_payload(decode=True) == REQUEST
    for line in header_lines(raw):
        assert not line.lower().startswith(b"bcc")


@pytest.mark.parametrize(
    "address",
    [
        "a@example.org\r\nBcc: evil@example.net",
        "a@example.org\nBcc: evil@example.net",
        "a@example.org\r",
        "a@example.org, evil@example.net",
        "Evil <evil@example.net>",
        "a@example.org>",
        " a@example.org",
        "a b@example.org",
        "a\x00@example.org",
        "a@",
        "a@[",
        "a@b.",
        "a..b@example.org",
        '"quoted"@example.org',
        "(comment)a@example.org",
        "no-at-sign",
        "@example.org",
        "",
    ],
)
def test_bad_addresses_are_refused(address: str) -> None:
    with pytest.raises(ValueError, match="e-mail address"):
        draft(sender=Mailbox("Zoë", address))
    with pytest.raises(ValueError, match="e-mail address"):
        draft(recipient=Mailbox("محمد", address))


@pytest.mark.parametrize("name", ["", " invite.ics", "a/b.ics", "..\\b.ics", "a\r\nX: y.ics"])
def test_bad_attachment_names_are_refused(name: str) -> None:
    with pytest.raises(ValueError, match="attachment"):
        draft(attachment_name=name)


def test_method_must_match_the_calendar() -> None:
    with pytest.raises(ValueError, match="METHOD is REQUEST, not CANCEL"):
        draft(REQUEST, Method.CANCEL)
    with pytest.raises(ValueError, match="METHOD is CANCEL, not REQUEST"):
        draft(CANCEL, Method.REQUEST)
    with pytest.raises(ValueError, match="METHOD is missing"):
        draft(REQUEST.replace(b"METHOD:REQUEST\r\n", b""))
    # A METHOD inside the event is not the calendar's.
    inside = REQUEST.replace(b"METHOD:REQUEST\r\n", b"").replace(
        b"STATUS:CONFIRMED", b"METHOD:REQUEST\r\nSTATUS:CONFIRMED"
    )
    with pytest.raises(ValueError, match="METHOD is missing"):
        draft(inside)
    with pytest.raises(ValueError, match="not UTF-8"):
        draft(REQUEST.replace("Zoë".encode(), "Zoë".encode("latin-1")))
    with pytest.raises(ValueError, match="BEGIN:VCALENDAR"):
        draft(b"METHOD:REQUEST\r\n")


def test_a_folded_method_line_is_read() -> None:
    folded = REQUEST.replace(b"METHOD:REQUEST", b"METHOD:REQ\r\n UEST")
    assert parts(parse(draft(folded)))["text/calendar"].get_payload(decode=True) == folded


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        email_draft(REQUEST, Method.REQUEST, MENTOR, MENTEE, "s", "t", NOW.replace(tzinfo=None))


def test_date_in_utc() -> None:
    raw = email_draft(REQUEST, Method.REQUEST, MENTOR, MENTEE, "s", "t", NOW.astimezone(UTC))
    assert parse(raw)["Date"].datetime == NOW
    assert b"\r\nDate: Sat, 21 Nov 2026 10:00:00 +0000\r\n" in raw


def test_international_addresses_are_written_in_utf8() -> None:
    """RFC 6532: an address with non-ASCII letters goes in UTF-8 headers as it is."""
    raw = draft(sender=Mailbox("Zoë", "zoë@exämple.org"), recipient=Mailbox("Ü", "ü@büccher.de"))
    # Python's byte parser reads header bytes as ASCII; the text parser reads UTF-8 headers.
    message = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert message["From"].addresses[0].addr_spec == "zoë@exämple.org"
    assert message["To"].addresses[0].addr_spec == "ü@büccher.de"
    assert parts(message)["text/calendar"].get_payload(decode=True) == REQUEST


def test_written_file_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "invite.eml"
    path.write_bytes(draft())
    with path.open("rb") as file:
        message = email.message_from_binary_file(file, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert parts(message)["text/calendar"].get_payload(decode=True) == REQUEST
