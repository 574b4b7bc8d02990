"""Sessions on a real SQLite file, and FTS5 search with accents, emoji and CJK text."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from mentordesk.domain.people import PersonDraft
from mentordesk.domain.sessions import SessionStatus
from mentordesk.store.pairs import NewPair
from mentordesk.store.search import normalise
from mentordesk.store.unit_of_work import Store

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def session_ids(store: Store) -> list[int]:
    with store.writing() as uow:
        ana = uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
        ben = uow.people.add(PersonDraft("Ben", "ben@example.org"), "ben")
        pair = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2026, 9, 7)))
        ids = []
        for day, topics, notes in (
            (7, ["Café au lait and code review"], "Ben prefers small PRs."),
            (14, ["代码审查 (code review in Chinese)", "Résumé tips"], "Rocket launch 🚀 soon"),
            (21, ["Review, review, review: code review habits"], "Notes on review etiquette"),
        ):
            when = datetime(2026, 9, day, 16, tzinfo=BERLIN)
            sid = uow.sessions.add(pair, f"s{day}", when, SessionStatus.HELD)
            uow.sessions.set_content(sid, SessionStatus.HELD, topics, notes)
            ids.append(sid)
        uow.sessions.add_action_item(ids[0], "a1", ben, "Lire le guide de stíl", due=None)
        uow.sessions.set_private_note(ids[0], ana, "Ben seemed unsure — secret")
        uow.commit()
    return ids


def test_a_session_round_trips_in_its_own_time_zone(store: Store, session_ids: list[int]) -> None:
    with store.reading() as uow:
        session = uow.sessions.get(session_ids[1])
    assert session.scheduled_for == datetime(2026, 9, 14, 16, tzinfo=BERLIN)
    assert session.scheduled_for.tzinfo == BERLIN
    assert session.topics == ("代码审查 (code review in Chinese)", "Résumé tips")


def test_places_give_pair_and_time_in_the_session_s_zone(
    store: Store, session_ids: list[int]
) -> None:
    with store.reading() as uow:
        places = uow.sessions.places([*session_ids, 10_000])  # one that is not there
        whole = uow.sessions.get_many(session_ids)
    assert set(places) == set(session_ids)
    for session_id, (pair_id, when) in places.items():
        assert pair_id == whole[session_id].pair_id
        assert when == whole[session_id].scheduled_for
        assert when.tzinfo == BERLIN
    assert places[session_ids[1]][1] == datetime(2026, 9, 14, 16, tzinfo=BERLIN)


def search(store: Store, query: str) -> list[tuple[str, int]]:
    with store.reading() as uow:
        return [(h.kind, h.session_id) for h in uow.sessions.search(query)]


def test_accents_and_case_do_not_matter(store: Store, session_ids: list[int]) -> None:
    assert search(store, "CAFE") == [("topic", session_ids[0])]
    assert search(store, "resume") == [("topic", session_ids[1])]
    assert search(store, "stil") == [("action", session_ids[0])]


def test_emoji_and_cjk_are_found(store: Store, session_ids: list[int]) -> None:
    assert search(store, "🚀") == [("notes", session_ids[1])]
    assert search(store, "代码") == [("topic", session_ids[1])]
    assert search(store, "审查") == [("topic", session_ids[1])]


def test_ranking_puts_the_best_match_first(store: Store, session_ids: list[int]) -> None:
    hits = search(store, "review")
    assert hits[0] == ("topic", session_ids[2])  # "review" four times in a short topic
    assert {h[1] for h in hits} == set(session_ids)


def test_private_notes_are_never_searchable(store: Store, session_ids: list[int]) -> None:
    assert search(store, "secret") == []
    assert search(store, "unsure") == []


def test_normalise() -> None:
    assert normalise("Ärger 🚀 代码") == "arger  emoji1f680   代  码 "


def test_query_syntax_typed_by_a_person_is_just_words(store: Store, session_ids: list[int]) -> None:
    assert search(store, '"code" review*') != []  # quotes and stars are not syntax here
    assert search(store, "code AND NEAR( OR -") == []  # every word must match: no error
    assert search(store, '" * ( ) :') == []


def test_only_the_newest_matches_are_ranked(store: Store) -> None:
    """A common word in years of notes: the newest RANKED matches are ranked, best first
    among them, and the older ones are not looked at."""
    from datetime import timedelta

    from mentordesk.store.search import RANKED

    start = datetime(2000, 1, 3, 16, tzinfo=BERLIN)
    with store.writing() as uow:
        ana = uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
        ben = uow.people.add(PersonDraft("Ben", "ben@example.org"), "ben")
        pair = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2000, 1, 3)))
        ids = []
        for n in range(RANKED + 200):  # oldest first; the oldest match best
            sid = uow.sessions.add(pair, f"s{n}", start + timedelta(weeks=n), SessionStatus.HELD)
            notes = "estimate estimate estimate" if n < 100 else f"estimate and {n} other words"
            uow.sessions.set_content(sid, SessionStatus.HELD, [], notes)
            ids.append(sid)
        uow.commit()
    with store.reading() as uow:
        hits = uow.sessions.search("estimate", 50)
    assert len(hits) == 50
    assert {h.session_id for h in hits} <= set(ids[200:])  # the old, better ones unranked
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)  # best first among them


@pytest.mark.parametrize(
    ("recently", "statements"),
    [(True, 1), (False, 2)],
    ids=["common-lately", "common-long-ago"],
)
def test_a_common_word_is_looked_for_among_the_newest_sessions_first(
    store: Store, recently: bool, statements: int
) -> None:
    """PostgreSQL looks for a word common enough (by its planner's estimate) among the
    newest sessions first, and among all of them when too few matches are there (the
    word was common long ago): either way it finds what looking at every match finds."""
    from datetime import timedelta

    from sqlalchemy import event, text

    from mentordesk.store.search import RANKED

    if not store.is_server:
        pytest.skip("FTS5 reads its matches newest first already")
    start = datetime(2000, 1, 3, 16, tzinfo=BERLIN)
    sessions = RANKED + 200
    with store.writing() as uow:
        ana = uow.people.add(PersonDraft("Ana", "ana@example.org"), "ana")
        ben = uow.people.add(PersonDraft("Ben", "ben@example.org"), "ben")
        pair = uow.pairs.add(NewPair("ana-ben", ana, ben, date(2000, 1, 3)))
        for n in range(sessions):
            sid = uow.sessions.add(pair, f"s{n}", start + timedelta(weeks=n), SessionStatus.HELD)
            word = "estimate" if recently or n < RANKED else "other"
            topics = [f"{word} {n} {k}" + f" {word}" * (n % 3) for k in range(5)]
            uow.sessions.set_content(sid, SessionStatus.HELD, topics, f"{word} {n}")
        uow.commit()
    every_match = text(
        "WITH newest AS (SELECT id FROM search_index"
        " WHERE body @@ to_tsquery('simple', 'estimate:*')"
        " ORDER BY session_id DESC, id DESC LIMIT :w)"
        " SELECT s.ref_id, s.session_id FROM search_index AS s JOIN newest USING (id)"
        " ORDER BY ts_rank(s.body, to_tsquery('simple', 'estimate:*')) DESC, s.id LIMIT 50"
    )
    with store.engine.connect() as conn:
        conn.execute(text("ANALYZE search_index"))
        conn.commit()
        expected = [tuple(row) for row in conn.execute(every_match, {"w": RANKED})]
    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.reading() as uow:
            hits = uow.sessions.search("estimate", 50)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert [(h.ref_id, h.session_id) for h in hits] == expected
    ranked = [statement for statement in seen if "ts_rank" in statement]
    assert len(ranked) == statements
    assert "session_id >=" in ranked[0]  # the newest sessions first, either way
    assert all("session_id >=" not in statement for statement in ranked[1:])  # then all
    with store.reading() as uow:  # the pooled connection, planning as before
        assert uow.connection().exec_driver_sql("SHOW enable_seqscan").scalar() == "on"
