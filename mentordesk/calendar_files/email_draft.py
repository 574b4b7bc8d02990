"""An invitation or cancellation as an e-mail draft (.eml) that the mentor opens in their own
mail program and sends: iMIP (RFC 6047) in a message of RFC 5322 with MIME.

The draft is ``multipart/mixed``: the text, then the calendar attached as
``text/calendar; method=…`` with a file name — the form Thunderbird itself sends an
invitation in, which Outlook, Thunderbird and Gmail show as an invitation to accept.
``X-Unsent: 1`` makes Outlook and Thunderbird (checked with 153) open the file in their
composer, ready to send. An inline ``multipart/alternative`` of text and calendar (RFC 6047's
usual shape) does not survive that: Thunderbird's composer keeps only the calendar of the
alternative, drops the text and the ``method`` parameter, and attaches the calendar twice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email.charset import Charset
from email.headerregistry import Address
from email.message import MIMEPart
from email.policy import SMTP, SMTPUTF8, Policy
from email.utils import make_msgid
from typing import Any, Self

from mentordesk.calendar_files.method import Method
from mentordesk.domain.words import translate

# C0 and C1 controls, DEL and the Unicode line and paragraph separators: none may reach a
# header, where a line break would start a header of the caller's choosing.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# RFC 5322 3.4.1 addr-spec without quoted local parts or comments: dot-atom "@" dot-atom or
# a domain literal; non-ASCII letters as RFC 6532 allows them (the draft's headers are then
# UTF-8, which the mail program's server must accept: SMTPUTF8).
_ATOM = r"(?:[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]|[^\x00-\x7f\s\x80-\x9f\u2028\u2029])+"
_DOT_ATOM = rf"{_ATOM}(?:\.{_ATOM})*"
_ADDR_SPEC = re.compile(rf"{_DOT_ATOM}@(?:{_DOT_ATOM}|\[[\x21-\x5a\x5e-\x7e]*\])")
_FILENAME_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029/\\]")
_LINE_END = re.compile(r"\r\n|\r|\n")
_FOLD = re.compile(r"(?:\r\n|\r|\n)[ \t]")

_UTF8 = Charset("utf-8")
_WORD_MAX = 60  # one encoded-word after "Subject: " still fits the 76 columns below
_LINE_MAX = 76  # RFC 2047 2: a header line that holds encoded-words has at most 76 characters


@dataclass(frozen=True)
class Mailbox:
    """A person's name and e-mail address (an addr-spec the caller has validated)."""

    name: str
    address: str


def email_draft(  # noqa: PLR0917 (the signature callers were given)
    calendar: bytes,
    method: Method,
    sender: Mailbox,
    recipient: Mailbox,
    subject: str,
    text: str,
    now: datetime,
    attachment_name: str = "invite.ics",
) -> bytes:
    """The draft from the mentor (`sender`) to the mentee, as bytes with CRLF line ends.

    Raises ValueError when the calendar's METHOD is not `method`, an address or the
    attachment's name is unusable, or `now` has no time zone. Control characters in names
    and the subject are replaced by spaces.
    """
    _check_method(calendar, method)
    filename = _filename(attachment_name)
    draft = _message(sender, recipient, subject, text, now)
    # The calendar goes in base64: it carries the bytes exactly, CRLFs and folded lines
    # included, whereas a quoted-printable reader may rewrite line ends and adds soft
    # breaks ("=" CRLF) of its own at 76 columns, next to the calendar's folding, and 8bit
    # needs a transport for it. Microsoft's MIME writers use base64 for text/calendar too
    # (MS-OXCMAIL 2.1.3.3.8).
    draft.add_attachment(
        calendar,
        maintype="text",
        subtype="calendar",
        cte="base64",
        filename=filename,
        # the name here too for older readers (RFC 2231 when it is not ASCII)
        params={"charset": "utf-8", "method": method.value, "name": filename},
    )
    return draft.as_bytes()


def text_draft(
    sender: Mailbox, recipient: Mailbox, subject: str, text: str, now: datetime
) -> bytes:
    """A plain-text draft (an agenda, a recap) from `sender` to `recipient`, that a mail
    program opens in its composer (`X-Unsent: 1`), as bytes with CRLF line ends. Raises
    ValueError as `email_draft` does."""
    return _message(sender, recipient, subject, text, now).as_bytes()


def _message(
    sender: Mailbox, recipient: Mailbox, subject: str, text: str, now: datetime
) -> MIMEPart:
    """The draft's headers and its text, quoted-printable (readable in the file, 7-bit
    clean)."""
    if now.utcoffset() is None:
        raise ValueError("the draft's date needs a time zone")
    sender_address = _address(sender.address)
    recipient_address = _address(recipient.address)
    ascii_only = sender.address.isascii() and recipient.address.isascii()
    # CRLF line ends; sub-parts carry no MIME-Version
    draft = MIMEPart(policy=SMTP if ascii_only else SMTPUTF8)
    draft["From"] = _mailbox_header("From", sender.name, sender_address)
    draft["To"] = _mailbox_header("To", recipient.name, recipient_address)
    draft["Subject"] = _text_header("Subject", subject)
    draft["Date"] = now
    draft["Message-ID"] = make_msgid(domain=sender_address.domain)
    draft["X-Unsent"] = "1"
    draft["MIME-Version"] = "1.0"
    draft.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    return draft


def _check_method(calendar: bytes, method: Method) -> None:
    """RFC 6047 2.4: the part's method parameter must be the calendar's METHOD."""
    try:
        lines = _LINE_END.split(_FOLD.sub("", calendar.decode("utf-8")))
    except UnicodeDecodeError as error:
        raise ValueError("the calendar is not UTF-8 text") from error
    if lines[0].strip().upper() != "BEGIN:VCALENDAR":
        raise ValueError("the calendar does not start with BEGIN:VCALENDAR")
    depth, found = 0, set()
    for line in lines:
        name = line.split(":", 1)[0].split(";", 1)[0].strip().upper()
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            depth -= 1
        elif name == "METHOD" and depth == 1:
            found.add(line.split(":", 1)[-1].strip().upper())
    if found != {method.value}:
        shown = ", ".join(sorted(found)) or "missing"
        raise ValueError(f"the calendar's METHOD is {shown}, not {method.value}")


def _filename(name: str) -> str:
    if not name.strip() or name != name.strip() or _FILENAME_UNSAFE.search(name):
        raise ValueError(f"{name!r} cannot name an attachment")
    return name


def _address(spec: str) -> Address:
    """`spec` as an Address, or ValueError unless it is a plain ASCII addr-spec and no more."""
    if not _ADDR_SPEC.fullmatch(spec):
        raise ValueError(
            translate(
                "EmailDraft", "{address} is not a usable e-mail address (name@domain)"
            ).format(address=repr(spec))
        )
    username, domain = spec.rsplit("@", 1)
    address = Address(username=username, domain=domain)  # addr_spec= refuses RFC 6532
    if address.addr_spec != spec:  # the email package must read it as written
        raise ValueError(
            translate("EmailDraft", "{address} is not a usable e-mail address").format(
                address=repr(spec)
            )
        )
    return address


def _one_line(value: str) -> str:
    """`value` NFC-normalised on one line: controls and runs of blanks become one space."""
    return " ".join(_CONTROLS.sub(" ", unicodedata.normalize("NFC", value)).split())


def _needs_words(value: str) -> bool:
    # Also text that would read as an encoded-word: it is then encoded, and shown as typed.
    return not value.isascii() or "=?" in value


def _mailbox_header(header: str, name: str, address: Address) -> str | Address:
    display = _one_line(name)
    if _needs_words(display):
        return _EncodedHeader(header, display, f"<{address.addr_spec}>")
    return Address(display, address.username, address.domain)


def _text_header(header: str, value: str) -> str:
    line = _one_line(value)
    return _EncodedHeader(header, line) if _needs_words(line) else line


def _encoded_words(text: str) -> list[str]:
    """`text` as RFC 2047 encoded-words of whole characters, cut after a space where one can.

    Each space travels inside a word: readers drop the blanks *between* two encoded-words
    (RFC 2047 6.2), which are only there to fold the line.
    """
    chunks, current = [], ""
    for piece in re.findall(r"\S+ ?", text):
        if _fits(current + piece):
            current += piece
            continue
        if current:
            chunks.append(current)
            current = ""
        for character in piece:  # a word too long for one encoded-word
            if not _fits(current + character):
                chunks.append(current)
                current = ""
            current += character
    if current:
        chunks.append(current)
    return [_UTF8.header_encode(chunk) for chunk in chunks]


def _fits(text: str) -> bool:
    return len(_UTF8.header_encode(text)) <= _WORD_MAX


class _EncodedHeader(str):
    """A header whose text we write as encoded-words ourselves.

    Python's own folder (3.11 to 3.13) can lose the space where it cuts a run of encoded-words
    across lines (CPython gh-144156 and its forerunners): about one long non-ASCII subject in
    twenty on 3.11. A value with a `name` is stored and folded as it is (email.policy's
    header_store_parse and fold), so this one folds itself.
    """

    name: str
    text: str
    tail: str

    def __new__(cls, name: str, text: str, tail: str = "") -> Self:
        """`text` to encode, then `tail` (an angle-bracketed address) as it is."""
        header = super().__new__(cls, f"{text} {tail}".strip())
        header.name, header.text, header.tail = name, text, tail
        return header

    def fold(self, *, policy: Policy[Any]) -> str:
        """The header's lines: one encoded-word after another, then the tail."""
        lines = [f"{self.name}:"]
        for token in [*_encoded_words(self.text), *([self.tail] if self.tail else [])]:
            if len(lines[-1]) + 1 + len(token) > _LINE_MAX and lines[-1] != f"{self.name}:":
                lines.append("")
            lines[-1] += " " + token
        return policy.linesep.join(lines) + policy.linesep
