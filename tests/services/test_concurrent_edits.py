"""Two installs on one database editing the same session: no save is silently lost."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.services import Services
from mentordesk.services.sessions import ChangedElsewhereError

HELD = SessionStatus.HELD


@pytest.fixture
def session_id(services: Services) -> int:
    ana = services.people.create(PersonDraft("Ana Silva", "ana@example.org")).created or 0
    ben = services.people.create(PersonDraft("Ben Okafor", "ben@example.org")).created or 0
    pair_id = services.pairs.create(ana, ben, date(2026, 9, 7)).created or 0
    return services.sessions.open_for(pair_id)[0]


def test_the_later_save_gets_their_version_and_overwrites_nothing(
    services: Services, second_install: Services, session_id: int
) -> None:
    mine, theirs = services.sessions, second_install.sessions
    start = mine.get(session_id).version
    assert theirs.get(session_id).version == start  # both editors opened the same version
    theirs.save(session_id, HELD, ["Pairing"], "Their notes", expected_version=start)
    with pytest.raises(ChangedElsewhereError) as conflict:
        mine.save(session_id, HELD, ["Reviews"], "My notes", expected_version=start)
    assert conflict.value.theirs.notes == "Their notes"
    assert conflict.value.theirs.topics == ("Pairing",)
    assert mine.get(session_id).notes == "Their notes"  # the refused save changed nothing
    # Keeping mine is a save against their version, made knowingly.
    mine.save(
        session_id, HELD, ["Reviews"], "My notes", expected_version=conflict.value.theirs.version
    )
    final = theirs.get(session_id)
    assert (final.notes, final.topics, final.version) == ("My notes", ("Reviews",), start + 2)
    assert [r.text for r in mine.search("notes")] == ["My notes"]


def test_of_two_saves_racing_from_one_version_exactly_one_lands(
    services: Services, second_install: Services, session_id: int
) -> None:
    start = services.sessions.get(session_id).version
    gate = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(name: str, installed: Services) -> None:
        gate.wait()
        try:
            installed.sessions.save(session_id, HELD, [], f"{name} wrote", expected_version=start)
            outcomes[name] = "saved"
        except ChangedElsewhereError as error:
            outcomes[name] = f"refused, saw: {error.theirs.notes}"

    threads = [
        threading.Thread(target=save, args=a) for a in (("A", services), ("B", second_install))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values())[1] == "saved"
    winner = next(n for n, o in outcomes.items() if o == "saved")
    loser = "B" if winner == "A" else "A"
    assert outcomes[loser] == f"refused, saw: {winner} wrote"
    after = services.sessions.get(session_id)
    assert (after.notes, after.version) == (f"{winner} wrote", start + 1)


def test_a_save_without_a_version_still_raises_it(services: Services, session_id: int) -> None:
    start = services.sessions.get(session_id).version
    services.sessions.save(session_id, HELD, [], "Imported")
    assert services.sessions.get(session_id).version == start + 1


def test_an_install_notices_what_another_saved(
    services: Services, second_install: Services, session_id: int
) -> None:
    pair_id = services.sessions.get(session_id).pair_id
    nothing, seen = services.sessions.changed_since(pair_id, None)
    assert nothing == frozenset()
    assert services.sessions.changed_since(pair_id, seen)[0] == frozenset()
    ben = services.sessions.get(session_id)
    owner = second_install.pairs.get(pair_id).mentee.id
    item = second_install.sessions.add_action_item(
        session_id, owner, "Read the style guide"
    ).created
    changed, seen = services.sessions.changed_since(pair_id, seen)
    assert changed == {session_id}
    assert item is not None
    second_install.sessions.update_action_item(
        item, owner, "Read the style guide", None, date(2026, 11, 21)
    )
    assert services.sessions.changed_since(pair_id, seen)[0] == {session_id}
    second_install.sessions.save(session_id, HELD, [], "Notes", expected_version=ben.version)
    changed, seen = services.sessions.changed_since(pair_id, seen)
    assert changed == {session_id}
    assert services.sessions.changed_since(pair_id, seen)[0] == frozenset()


def test_an_install_notices_a_reworded_or_handed_over_action_item(
    services: Services, second_install: Services, session_id: int
) -> None:
    pair = services.pairs.get(services.sessions.get(session_id).pair_id)
    mentee, mentor = pair.mentee.id, pair.mentor.id
    item = second_install.sessions.add_action_item(session_id, mentee, "Read the guide").created
    assert item is not None
    seen = services.sessions.changed_since(pair.id, None)[1]
    for owner, body in ((mentee, "Read the style guide"), (mentor, "Read the style guide")):
        second_install.sessions.update_action_item(item, owner, body, None, None)
        changed, seen = services.sessions.changed_since(pair.id, seen)
        assert changed == {session_id}
