"""parsing.diskcache: the mention index's tables and the language model kept in the cache folder.

Every process reads them back instead of building them (seconds): they must be the tables a
build gives, a file of another version is never read, and a damaged file is reported in one
line and built again, never trusted and never fatal.
"""

from __future__ import annotations

import logging
import os
import shutil
import time

import pytest

from geo import gazetteer
from geo.mentions import _TABLES, MentionIndex, _tables_key, find_mentions
from geo.resolve import Resolver
from parsing.diskcache import KEEP, load_tables, save_tables, table_path

TEXTS = [
    ("Floods in Bangladesh; aid arrived from Dhaka and Chittagong.", "en"),
    ("Een man uit Parijs is in Keulen aangehouden, meldt de Duitse politie.", "nl"),
    ("Troops crossed the Kharkiv region near the Caribbean Sea, officials in Erbil said.", "en"),
    ("A Chapin man was held in Fowlerville, Mich., after a fire in Rapides Parish.", "en"),
]


def _tables(index: MentionIndex) -> dict:
    return {name: getattr(index, name) for name in _TABLES}


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(gazetteer.load())


def test_tables_round_trip_and_other_keys_are_never_read(tmp_path):
    tables = {"a": (1, 2.5, "x"), "b": frozenset({"y"})}
    save_tables("probe", 1000, "k1", tables, tmp_path)
    assert load_tables("probe", 1000, "k1", tmp_path) == tables
    assert load_tables("probe", 1000, "k2", tmp_path) is None  # a stale key: not this file
    save_tables("probe", 1000, "k2", tables, tmp_path)
    assert load_tables("probe", 1000, "k1", tmp_path) == tables  # another version stays
    assert load_tables("probe", 1000, "k2", tmp_path) == tables


def test_only_the_most_recently_used_versions_are_kept(tmp_path):
    """Two checkouts of different versions keep their own tables; old versions do not pile up."""
    now = time.time()
    for minutes_ago, key in [(30, "k1"), (20, "k2"), (10, "k3")]:  # k1 the least recently used
        save_tables("probe", 1000, key, {"key": key}, tmp_path)
        os.utime(table_path("probe", 1000, key, tmp_path), (now - 60 * minutes_ago,) * 2)
    assert load_tables("probe", 1000, "k1", tmp_path) == {"key": "k1"}  # read: in use again
    save_tables("probe", 1000, "k4", {"key": "k4"}, tmp_path)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"probe-1000-{k}.pickle" for k in ("k1", "k3", "k4")]  # k2 evicted
    assert len(kept) == KEEP


def test_a_half_written_file_a_killed_process_left_is_removed_and_a_live_one_kept(tmp_path):
    abandoned, live = tmp_path / ".probe-old.tmp", tmp_path / ".probe-new.tmp"
    abandoned.write_bytes(b"cut short")
    live.write_bytes(b"being written")
    os.utime(abandoned, (time.time() - 7200,) * 2)
    save_tables("probe", 1000, "k", {"a": 1}, tmp_path)
    assert not abandoned.exists()
    assert live.exists()


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # cut to nothing
        b"\x80\x05garbage",  # not a pickle
        b"not a pickle at all",
    ],
)
def test_a_damaged_file_is_reported_and_ignored(tmp_path, caplog, damage):
    save_tables("probe", 1000, "k", {"a": 1}, tmp_path)
    path = table_path("probe", 1000, "k", tmp_path)
    path.write_bytes(damage)
    with caplog.at_level(logging.WARNING, logger="parsing.diskcache"):
        assert load_tables("probe", 1000, "k", tmp_path) is None
    assert "cannot be read" in caplog.text and str(path) in caplog.text
    save_tables("probe", 1000, "k", {"a": 1}, tmp_path)  # and it is written anew
    assert load_tables("probe", 1000, "k", tmp_path) == {"a": 1}


def test_a_file_of_another_layout_is_reported_and_ignored(tmp_path, caplog):
    import pickle

    path = table_path("probe", 1000, "k", tmp_path)
    path.write_bytes(pickle.dumps({"a": 1}))  # no (format, key, tables) envelope
    with caplog.at_level(logging.WARNING, logger="parsing.diskcache"):
        assert load_tables("probe", 1000, "k", tmp_path) is None
    assert "not this version's" in caplog.text


def test_a_folder_that_cannot_be_written_costs_speed_not_correctness(tmp_path, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")  # as unwritable as a read-only folder, even for root
    with caplog.at_level(logging.WARNING, logger="parsing.diskcache"):
        save_tables("probe", 1000, "k", {"a": 1}, blocked / "cache")
    assert "cannot write" in caplog.text
    assert load_tables("probe", 1000, "k", blocked / "cache") is None


def test_the_mention_index_read_from_disk_is_the_one_built(resolver, tmp_path, settings, caplog):
    """One build (seconds): a damaged file in the cache is reported and replaced by a build
    whose tables equal those read from the shared cache, and a later process reads them back."""
    shared = MentionIndex(resolver)  # read from the suite's shared cache (or built into it)
    key = _tables_key(resolver.g)
    assert key is not None
    source = table_path("mentions", resolver.g.floor, key)
    settings(cache_dir=str(tmp_path))
    path = table_path("mentions", resolver.g.floor, key, tmp_path)
    shutil.copyfile(source, path)
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size // 2)  # a file cut short (a full disk, a killed write)
    with caplog.at_level(logging.WARNING, logger="parsing.diskcache"):
        built = MentionIndex(resolver)
    assert "cannot be read" in caplog.text
    assert not built.loaded
    assert _tables(built) == _tables(shared)
    again = MentionIndex(resolver)
    assert again.loaded
    assert _tables(again) == _tables(built)
    assert {type(e).__name__ for e in again.entries.values()} == {"_Entry"}
    for text, lang in TEXTS:
        want = find_mentions(text, lang, index=built)
        assert want and find_mentions(text, lang, index=again) == want


def test_an_index_over_a_gazetteer_built_in_memory_is_not_cached(resolver):
    from dataclasses import replace

    g = replace(resolver.g, source_key="")  # not read from the on-disk index
    assert _tables_key(g) is None


LANG_TEXTS = [
    "De regering in Den Haag heeft vandaag besloten om meer geld uit te trekken.",
    "Die Bundesregierung hat am Mittwoch neue Hilfen für die Ukraine beschlossen.",
    "El gobierno anunció este martes nuevas medidas contra la inflación.",
    "The government said on Tuesday it would raise taxes on fuel.",
    "Il governo ha approvato ieri sera il decreto sulle pensioni.",
]


def test_the_language_model_read_from_disk_is_the_one_built(tmp_path, settings, monkeypatch):
    """The unpacked model is kept in the cache folder; what is read back answers exactly as
    the model unpacked from py3langid's file, and a damaged copy is replaced."""
    import numpy as np

    from parsing import lang

    settings(cache_dir=str(tmp_path))
    key = lang._model_key()
    assert key is not None
    built = lang._build_model()
    save_tables("langid", 0, key, built)
    loaded = load_tables("langid", 0, key, tmp_path)
    assert lang._is_model(loaded)
    assert loaded.nb_classes == built.nb_classes
    assert np.array_equal(loaded.nb_ptc, built.nb_ptc) and loaded.nb_ptc.dtype == np.float32
    for text in LANG_TEXTS:
        assert loaded.classify(text) == built.classify(text)
    table_path("langid", 0, key, tmp_path).write_bytes(b"\x80\x05 cut short")
    monkeypatch.setattr(lang, "_identifier", None)  # a new process: nothing loaded yet
    again = lang._model()
    assert [again.classify(t) for t in LANG_TEXTS] == [built.classify(t) for t in LANG_TEXTS]
    assert lang._is_model(load_tables("langid", 0, key, tmp_path))  # written anew
