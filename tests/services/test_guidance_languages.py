"""The shipped guides in the language in use: resources/guidance/<language>/ replaces the
English guide of the same id; every translated guide is a guide like its English one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mentordesk.domain import words
from mentordesk.domain.guidance import parse_guide
from mentordesk.resource_files import resource
from mentordesk.services.guidance import load_library, shipped_guides

ENGLISH = resource("guidance")


@pytest.fixture
def german() -> Iterator[None]:
    """German in use, as the window hands it to the domain's words."""
    words.use(lambda _context, text: text, language="de")
    yield
    words.use(None)


def test_every_german_guide_is_its_english_guide_in_german() -> None:
    names = sorted(f.name for f in ENGLISH.iterdir() if f.name.endswith(".md"))
    german = sorted(f.name for f in (ENGLISH / "de").iterdir() if f.name.endswith(".md"))
    assert german == names  # all 15, none extra
    for name in names:
        english = parse_guide((ENGLISH / name).read_text("utf-8"), name)
        translated = parse_guide((ENGLISH / "de" / name).read_text("utf-8"), f"de/{name}")
        # What the app reads to choose a guide is the same; the words are German.
        same = ("key", "kind", "skills", "phases", "moments", "order")
        assert [getattr(translated, k) for k in same] == [getattr(english, k) for k in same]
        assert translated.title != english.title
        assert translated.body != english.body


def test_in_german_the_library_shows_the_german_guides(german: None) -> None:
    guides, problems = shipped_guides()
    assert not problems
    first = next(g for g in guides if g.key == "first-meeting")
    assert (
        first.body
        == parse_guide((ENGLISH / "de" / "first-meeting.md").read_text("utf-8"), "de").body
    )
    library = load_library(None)
    found = library.get("first-meeting")
    assert found is not None
    assert found.body == first.body


def test_in_english_the_library_is_english() -> None:
    guides, _ = shipped_guides()
    first = next(g for g in guides if g.key == "first-meeting")
    assert first.body == parse_guide((ENGLISH / "first-meeting.md").read_text("utf-8"), "en").body
    with words.english():
        assert words.language() == "en"
