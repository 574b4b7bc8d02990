"""Rules for people, pairs and agreements: plain functions, no database."""

from datetime import date

import pytest

from mentordesk.domain.pairs import (
    Agreement,
    AgreementText,
    Pair,
    PairStatus,
    Role,
    end_problems,
    pair_problems,
)
from mentordesk.domain.people import Person, PersonDraft
from mentordesk.domain.text import email_problem, slugify
from mentordesk.errors import ValidationError


@pytest.mark.parametrize("email", ["ana@example.org", "a.b+c@mail.example.co.uk", "ü@bücher.de"])
def test_valid_emails(email: str) -> None:
    assert email_problem(email) is None


@pytest.mark.parametrize(
    "email",
    [
        "",
        "ana",
        "ana@",
        "@example.org",
        "ana@example",
        "a b@example.org",
        "ana@@example.org",
        "ana@example.org\n",
        "ana@.org",
    ],
)
def test_invalid_emails(email: str) -> None:
    assert email_problem(email) is not None


def test_person_draft_is_cleaned_and_checked_per_field() -> None:
    draft = PersonDraft("  Ana Silva ", " ana@example.org ", "  ").validated()
    assert draft == PersonDraft("Ana Silva", "ana@example.org", None)
    with pytest.raises(ValidationError) as caught:
        PersonDraft("", "nope", "Ops\x07").validated()
    assert caught.value.for_field("name") == "a name is required"
    assert "not a valid email" in (caught.value.for_field("email") or "")
    assert "control characters" in (caught.value.for_field("department") or "")


def test_a_name_is_one_line() -> None:
    with pytest.raises(ValidationError, match="one line"):
        PersonDraft("Ana\nSilva", "ana@example.org").validated()


def test_slugs_are_readable_ascii() -> None:
    assert slugify("Ana Silva", "x") == "ana-silva"
    assert slugify("Zoë Ærø-Łukasz", "x") == "zoe-r-ukasz"
    assert slugify("李小龙", "person") == "person"


def test_pair_rules() -> None:
    start = date(2026, 9, 7)
    assert pair_problems(1, 2, start, None) == []
    assert [p.where for p in pair_problems(1, 1, start, None)] == ["mentee"]
    assert [p.where for p in pair_problems(None, None, start, None)] == ["mentor", "mentee"]
    assert [p.where for p in pair_problems(1, 2, start, date(2026, 9, 6))] == ["ended_on"]
    assert pair_problems(1, 2, start, start) == []
    assert [p.where for p in pair_problems("ana", "ana", start, None)] == ["mentee"]


def test_ending_needs_a_reason_and_a_date_not_before_the_start() -> None:
    start = date(2026, 9, 7)
    assert end_problems(start, start, "No-fault end") == []
    assert [p.where for p in end_problems(start, date(2026, 9, 1), "  ")] == [
        "ended_on",
        "end_reason",
    ]


def test_changed_words_need_fresh_signatures_but_the_same_words_keep_them() -> None:
    text = AgreementText("Weekly", "Come prepared", True, "Either may end it")
    signed = (
        Agreement(text).signed(Role.MENTOR, date(2026, 9, 7)).signed(Role.MENTEE, date(2026, 9, 8))
    )
    assert signed.fully_signed
    assert signed.rewritten(text) is signed
    changed = signed.rewritten(AgreementText("Fortnightly", "Come prepared", True, "Either"))
    assert changed.signed_by_mentor_on is None
    assert changed.signed_by_mentee_on is None


def test_pair_status_and_current_quarter() -> None:
    ana = Person(1, "ana", "Ana", "ana@example.org")
    ben = Person(2, "ben", "Ben", "ben@example.org")
    pair = Pair(1, "ana-ben", ana, ben, date(2026, 9, 7))
    assert pair.status(date(2026, 9, 6)) is PairStatus.UPCOMING
    assert pair.current_quarter(date(2026, 9, 6)) is None
    assert pair.status(date(2026, 11, 21)) is PairStatus.ACTIVE
    assert pair.current_quarter(date(2026, 12, 7)) == 2
    ended = Pair(1, "ana-ben", ana, ben, date(2026, 9, 7), ended_on=date(2026, 11, 1))
    assert ended.status(date(2026, 10, 31)) is PairStatus.ACTIVE
    assert ended.status(date(2026, 11, 1)) is PairStatus.ENDED
    assert ended.current_quarter(date(2026, 11, 21)) is None
    assert pair.title == "Ana → Ben"
    assert pair.person(Role.MENTEE) is ben


@pytest.mark.parametrize(
    "address",
    [
        '"ana"@example.org',
        "ana silva@example.org",
        "ana,ben@example.org",
        "ana;x@example.org",
        "<ana@example.org>",
        "ana@[192.0.2.1]",
        "ana..silva@example.org",
        "ana(x)@example.org",
    ],
)
def test_an_address_a_mailto_uri_cannot_carry_is_refused(address: str) -> None:
    assert "is not a valid email address" in (email_problem(address) or "")


def test_addresses_with_uri_characters_are_kept_and_encoded() -> None:
    from mentordesk.calendar_files.ics import mailto

    for address in ("a%b?c&d=e#f/g@example.org", "zoë@exämple.org", "o'neil+tag@example.org"):
        assert email_problem(address) is None
    assert mailto("a%b?c&d=e#f/g@example.org") == "mailto:a%25b%3Fc%26d%3De%23f%2Fg@example.org"
    assert mailto("zoë@exämple.org") == "mailto:zo%C3%AB@ex%C3%A4mple.org"
    assert mailto("o'neil+tag@example.org") == "mailto:o'neil+tag@example.org"
