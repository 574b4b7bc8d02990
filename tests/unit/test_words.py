"""The domain's and the services' words: English until a translator is handed in, and
English on a thread inside words.english() (words stored as data), whatever the window
speaks."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

import pytest

from mentordesk.domain import words
from mentordesk.domain.health import HealthSignals


def shout(_context: str, text: str) -> str:
    """Every word upper-cased, {placeholders} kept."""
    return re.sub(r"\{[^}]*\}|[^{]+", lambda m: m[0] if m[0][0] == "{" else m[0].upper(), text)


@pytest.fixture
def shouting() -> Iterator[None]:
    """A 'language' that upper-cases every word and writes decimals with a comma."""
    words.use(shout, lambda n: f"{n:.1f}".replace(".", ","))
    yield
    words.use(None)


@pytest.fixture(autouse=True)
def english_to_start_with() -> Iterator[None]:
    """English, whatever a window test handed in before."""
    words.use(None)
    yield
    words.use(None)


def quiet_pair() -> HealthSignals:
    return HealthSignals(30, 2, 0, 0, 0, 0.5, health_check=2.25)


def test_english_until_a_translator_is_handed_in() -> None:
    assert quiet_pair().reasons == [
        "2 meetings missed in a row",
        "no meeting for 30 days",
        "the health check averages 2.2 of 5",
    ]
    assert words.one_or_many(1, "{n} day", "{n} days") == "1 day"
    assert words.one_or_many(3, "{n} day", "{n} days") == "3 days"


def test_a_translator_speaks_every_reason_and_writes_its_decimals(shouting: None) -> None:
    assert quiet_pair().reasons == [
        "2 MEETINGS MISSED IN A ROW",
        "NO MEETING FOR 30 DAYS",
        "THE HEALTH CHECK AVERAGES 2,2 OF 5",
    ]
    assert quiet_pair().standing.startswith("NEEDS ATTENTION: 2 MEETINGS")


def test_inside_english_this_thread_speaks_english_and_others_do_not(shouting: None) -> None:
    elsewhere: list[str] = []
    with words.english():
        assert quiet_pair().reasons[2] == "the health check averages 2.2 of 5"
        other = threading.Thread(target=lambda: elsewhere.append(words.translate("C", "hello")))
        other.start()
        other.join()
        with words.english():  # nested: still English, and English after the inner one
            pass
        assert words.translate("C", "still") == "still"
    assert elsewhere == ["HELLO"]
    assert words.translate("C", "again") == "AGAIN"
