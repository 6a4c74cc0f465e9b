"""Search: one rule in the store (SQLite FTS5, PostgreSQL tsvector GIN) and in memory, and the
upgrade of a store that holds data (migrations 0007, 0008 and 0009)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from store_fixtures import pg_schema, store, store_url  # noqa: F401 (fixtures)

from pipeline.query import EventIndex
from pipeline.record import FIELDS, event_id
from pipeline.store import FILL_BATCH, StoreError, events_table, open_store
from pipeline.textfold import fold, matches, query_words, search_text

ROOT = Path(__file__).resolve().parent.parent
HEAD = "0011"  # the newest store revision (as in test_store)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def brief(place: str, text: str, agency: str = "PAP", **extra) -> dict:
    """A record as extract makes it, for a brief written here."""
    dateline = f"{place.upper()} ({agency})"
    full = f"{dateline} - {text}"
    record = dict.fromkeys(FIELDS)
    record.update(id=event_id(full), source=f"test:{agency}", text=full, dateline=dateline,
                  place=place, places=[place], agencies=[agency], lang="xx", mentions=[],
                  published_at=T0.isoformat(), captured_at=(T0 + timedelta(hours=1)).isoformat(),
                  )  # fmt: skip
    record.update(extra)
    return record


BRIEFS = {
    "lodz": brief("Łódź", "Strażacy gasili pożar hali przy ulicy Piotrkowskiej."),
    "oresund": brief("Malmö", "Trafiken över Øresundsbron stod still i två timmar.", "TT"),
    "kobenhavn": brief("København", "Metroen kørte igen efter en strømafbrydelse.", "Ritzau"),
    "kyiv": brief("Київ", "Уночі над містом працювала протиповітряна оборона.", "Ukrinform"),
    "athens": brief("Αθήνα", "Η κυβέρνηση ανακοίνωσε νέα μέτρα για τα ενοίκια.", "ANA"),
    "syntax": brief("Lagos", 'Prices rose 12% as "fuel" * NEAR shortage: column_a OR b', "NAN"),
}


SEARCHES = [
    ("lodz", {"lodz"}),
    ("ŁÓDŹ", {"lodz"}),
    ("piotrkowskiej", {"lodz"}),
    ("oresund", {"oresund"}),  # "Øresundsbron": a word is found where a word begins
    ("sundsbron", set()),
    ("malmo", {"oresund"}),
    ("kobenhavn", {"kobenhavn"}),
    ("KØBENHAVN strømafbrydelse", {"kobenhavn"}),
    ("kiiv unochi", {"kyiv"}),  # Cyrillic, transliterated: "Київ" folds to "kiiv"
    ("Київ", {"kyiv"}),
    ("athina", {"athens"}),
    ("Αθήνα", {"athens"}),
    ("pap", {"lodz"}),
    ("hali pozar", {"lodz"}),  # every word, in any order
    ("ze", set()),
    ("ul", {"lodz"}),
    ("lodz kobenhavn", set()),  # every word must be found
    ("nothing-like-this", set()),
    # Query syntax of SQL, LIKE and FTS5 is text to look for, never a query.
    ('"fuel"', {"syntax"}),
    ("12%", {"syntax"}),
    ("12", {"syntax"}),
    ("12.5%", set()),
    ("%", {"syntax"}),
    ("*", {"syntax"}),
    ("near", {"syntax"}),
    ("NEAR shortage:", {"syntax"}),
    ("column_a", {"syntax"}),
    ("_", {"syntax"}),
    ('"', {"syntax"}),
    ("' OR 1=1 --", set()),
    ("fuel) OR (1", set()),
    ("", set()),
    # Found where a word begins, never inside one: the same in the store and in memory.
    ("ices", set()),  # "Prices"
    ("2%", set()),  # "12%"
    ("12%", {"syntax"}),
    ("rose 12% as", {"syntax"}),
    ("olumn_a", set()),
    ("ortage:", set()),
    (":", {"syntax"}),  # a word that begins with a sign is found anywhere
    ("]", set()),
    ("[a-z]*", set()),
    ("?", set()),
]


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_ignores_case_and_accents_and_reads_syntax_as_text(store, query, expected):  # noqa: F811
    store.add(list(BRIEFS.values()))
    ids = {BRIEFS[k]["id"]: k for k in BRIEFS}
    assert {ids[i] for i in store.search(query)} == expected


def test_records_in_memory_follow_the_same_rule():
    """The page's search of a records file (no store): the same table, the same answers."""
    from pipeline.query import MemoryRecords
    from ui.engine import Engine, Filters

    engine = Engine.of(MemoryRecords(BRIEFS.values()))
    ids = {BRIEFS[k]["id"]: k for k in BRIEFS}
    for query, expected in SEARCHES:
        shown = engine.select(Filters(query=query))
        found = {ids[i] for i in engine.index.id_list(np.flatnonzero(shown.mask))}
        assert found == (expected if query.strip() else set(BRIEFS)), query


def test_the_rule_in_plain_python_agrees():
    texts = {k: search_text(b) for k, b in BRIEFS.items()}
    for query, expected in SEARCHES:
        if query.strip():
            assert {k for k, t in texts.items() if matches(t, query_words(query))} == expected


def test_search_follows_relocation_delete_and_large_sources(store):  # noqa: F811
    store.add([BRIEFS["lodz"], BRIEFS["kobenhavn"]])
    store.relocate([BRIEFS["lodz"]["id"]], {"location_name": "Zgierz", "lat": 51.85, "lon": 19.4})
    assert store.search("zgierz") == [BRIEFS["lodz"]["id"]]
    store.delete([BRIEFS["lodz"]["id"]])
    assert store.search("piotrkowskiej") == []
    store.batch_rows = 2  # a source larger than a batch goes through staged_events
    many = [brief("Gdańsk", f"Statek numer {n} wpłynął do portu.") for n in range(5)]
    store.add(many)
    assert len(store.search("gdansk portu")) == 5
    assert search_text(many[0]).startswith("gdansk (pap) - statek")


def test_the_page_searches_through_the_store(store):  # noqa: F811
    from ui.engine import Engine, Filters

    store.add(list(BRIEFS.values()))
    engine = Engine.of(store)
    assert engine.search_ready()  # nothing to load: the store has its index
    shown = engine.select(Filters(query="Lodz"))
    assert shown.n == 1 and engine.index.id_list(np.flatnonzero(shown.mask)) == [
        BRIEFS["lodz"]["id"]
    ]
    assert engine.select(Filters(query='"')).n == 1
    built = Engine(EventIndex.from_store(store), store)  # no snapshot: hits found by id
    assert built.select(Filters(query="Lodz")).mask.tolist() == shown.mask.tolist()


def test_fold_is_shared_by_search_and_stories():
    from pipeline.stories import words

    assert fold("Łódź Øresund København") == "lodz oresund kobenhavn"
    assert words("Łódź: pożar w KØBENHAVN") == {"lodz", "pozar", "kobenhavn"}


# --- migration 0007 on a store that holds data -----------------------------------------------


def _store_at(url: str, revision: str, records: list[dict]) -> None:
    """A store made by an older Wiremap (``revision``) holding ``records``."""
    from alembic import command

    from pipeline.store import _alembic_config, _engine, _to_row

    engine = _engine(url)
    config = _alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    later = ("home",)  # columns of migrations after both revisions here (0011)
    newer = {"0006": ("search_text", "touched", "search_words", *later),
             "0008": ("search_words", *later)}  # fmt: skip
    old = [c.name for c in events_table.columns if c.name not in newer[revision]]
    rows = []
    for n, record in enumerate(records, start=1):
        row = _to_row(record)
        if revision == "0006":
            row["place_key"] = "p:" + record["place"].lower()  # as the old fold left it
        row.update(seq=n, story_id=row["id"], first_seen=T0, last_seen=T0, seen_count=1,
                   hidden=False)  # fmt: skip
        rows.append({k: row.get(k) for k in old})
    with engine.begin() as conn:
        conn.execute(events_table.insert(), rows)
        if revision == "0008" and engine.dialect.name == "sqlite":  # 0008's store fills FTS5
            conn.exec_driver_sql(
                "INSERT INTO events_fts(rowid, search_text) SELECT seq, search_text FROM events"
            )
    engine.dispose()


def test_upgrade_fills_the_search_text_of_stored_events(store_url):  # noqa: F811
    _store_at(store_url, "0006", list(BRIEFS.values()))
    with open_store(store_url, create=False) as s:  # a reader upgrades it once, then reads
        assert s.schema_revision() == HEAD
        assert s.search("lodz") == [BRIEFS["lodz"]["id"]]
        assert s.search("kobenhavn metroen") == [BRIEFS["kobenhavn"]["id"]]
        cols = s.columns(["id", "place_key"])
        keys = dict(zip(cols["id"], cols["place_key"], strict=True))
    assert keys[BRIEFS["lodz"]["id"]] == "p:lodz"  # refolded: the story linker still finds it
    with open_store(store_url) as s:  # and the writer links the next brief from there to it
        again = brief("Łódź", "Strażacy gasili pożar hali przy ulicy Piotrkowskiej w nocy.")
        s.add([again])
        assert s.records([again["id"]])[0]["story_id"] == BRIEFS["lodz"]["id"]


def test_upgrade_to_search_words_keeps_every_stored_event_found(store_url):  # noqa: F811
    """0008 -> 0009: PostgreSQL's index moves from an expression to the column of words, which
    the store fills for the stored events after the migration; every search answers as before."""
    _store_at(store_url, "0008", list(BRIEFS.values()))
    with open_store(store_url) as s:
        assert s.schema_revision() == HEAD and s.fill_search() == 0
        ids = {BRIEFS[k]["id"]: k for k in BRIEFS}
        for query, expected in SEARCHES:
            assert {ids[i] for i in s.search(query)} == expected, query
        s.relocate([BRIEFS["lodz"]["id"]], {"location_name": "Zgierz"})
        assert s.search("zgierz") == [BRIEFS["lodz"]["id"]]


HOSTILE_WORDS = [
    "abc123def 123abc 2026 1e5 0x1f 007 e5 3d x",
    "a" * 2046 + " " + "b" * 2047 + " short",
    "",
    "   ",
    "one one two one",
]


@pytest.mark.postgres
def test_search_words_are_the_words_postgresql_made_of_the_text():
    """The words the store writes are the lexemes 0007's expression index held."""
    from pipeline.store import _tsvector_binary, search_words

    texts = [search_text(b) for b in BRIEFS.values()] + HOSTILE_WORDS
    with pg_schema() as (_url, _schema, admin), admin.connect() as conn:
        for text in texts:
            made = conn.exec_driver_sql(
                "SELECT strip(to_tsvector('simple', regexp_replace(%s, '[^a-z0-9]+', ' ', 'g'))),"
                " %s::tsvector",
                (text, search_words(text)),
            ).one()
            assert made[0] == made[1], text[:40]
        # And as the writer sends them: binary COPY (``_tsvector_binary``).
        conn.exec_driver_sql("CREATE TEMP TABLE sent (n int4, words tsvector)")
        cursor = conn.connection.driver_connection.cursor()
        with cursor, cursor.copy("COPY sent (n, words) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(["int4", "bytea"])
            for n, text in enumerate(texts):
                copy.write_row((n, _tsvector_binary(search_words(text))))
        got = conn.exec_driver_sql(
            "SELECT n, words = strip(to_tsvector('simple',"
            " regexp_replace((%s::text[])[n + 1], '[^a-z0-9]+', ' ', 'g'))) FROM sent ORDER BY n",
            (texts,),
        ).all()
        assert got == [(n, True) for n in range(len(texts))]


def test_an_interrupted_fill_leaves_a_usable_store_and_the_next_writer_goes_on(
    store_url,  # noqa: F811
    monkeypatch,
):
    """The stored events' search text is filled after the migration, batch by batch; a fill
    that fails half way leaves the store upgraded, readable and searchable for what it did."""
    import pipeline.store
    import pipeline.textfold

    _store_at(store_url, "0006", list(BRIEFS.values()))
    real, calls = pipeline.textfold.search_text, []

    def failing(record):
        calls.append(record)
        if len(calls) > 2:
            raise RuntimeError("interrupted")
        return real(record)

    monkeypatch.setattr(pipeline.store, "FILL_BATCH", 2)
    monkeypatch.setattr(pipeline.textfold, "search_text", failing)
    with pytest.raises((StoreError, RuntimeError)):
        open_store(store_url)
    monkeypatch.setattr(pipeline.textfold, "search_text", real)
    with open_store(store_url, create=False) as s:  # a reader reads, and never fills
        assert s.schema_revision() == HEAD and s.count() == len(BRIEFS)
        assert s.search("lodz") == [BRIEFS["lodz"]["id"]]  # the first batch (seqs 1 and 2)
        assert s.search("kobenhavn") == []  # not yet
        assert len(s.events()) == len(BRIEFS)
    with open_store(store_url) as s:  # the next writer goes on from there
        for key, record in BRIEFS.items():
            assert record["id"] in s.search(fold(record["place"])), key
        assert s.fill_search() == 0


def test_a_killed_upgrade_leaves_the_store_usable(tmp_path):
    """SIGKILL in the middle of filling the search text: the batches done stay done, nothing
    half done stays behind, and the next writer goes on."""
    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    many = [brief("Łódź", f"Komunikat numer {n} z miasta.") for n in range(12_000)]
    _store_at(url, "0006", many)
    marker = tmp_path / "filling"
    script = textwrap.dedent(f"""
        import time, pipeline.textfold as t
        real, n = t.search_text, [0]
        def slow(record):
            n[0] += 1
            if n[0] == 6000:
                open({str(marker)!r}, "w").close()
                time.sleep(60)
            return real(record)
        t.search_text = slow
        from pipeline.store import open_store
        open_store({url!r})
    """)
    child = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    with open_store(url, create=False) as s:  # upgraded, the first batch found, all readable
        assert s.schema_revision() == HEAD and s.count() == len(many)
        assert len(s.search("lodz komunikat")) == FILL_BATCH
    with open_store(url) as s:  # the next writer fills the rest
        assert len(s.search("lodz komunikat")) == len(many)
