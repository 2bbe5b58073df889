"""The word cache kept across processes and runs: read back as written, shared by the
workers of a run, renamed by any change of the analysis, and never read damaged."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from indexes import postings

import index.schema
import index.terms
from index import wordcache
from index.analysis import StopFilter, english_analyzer, german_analyzer
from index.build import index_paths
from index.terms import CachedTerms

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"

ENTRIES: dict[str, wordcache.Entry] = {
    "Waffenlieferungen": ((("waffenlieferung", 0), ("waff", 0), ("lieferung", 0)), 1),
    "Jong-un": ((("jongun", 0), ("jong", 0), ("un", 1)), 2),
    "München": ((("munch", 0),), 1),
}


@pytest.fixture(autouse=True)
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A word cache of the test's own, and no words in this process's memory."""
    folder = tmp_path / "terms-cache"
    monkeypatch.setenv("NEWSARCHIVE_TERMS_CACHE", str(folder))
    monkeypatch.setattr(index.terms, "_caches", {})
    return folder


def learned_words(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the words CachedTerms analyzes (in this process) from now on."""
    seen: list[str] = []
    learn = CachedTerms._learn

    def spy(self: CachedTerms, words: list[str]) -> None:
        seen.extend(words)
        learn(self, words)

    monkeypatch.setattr(CachedTerms, "_learn", spy)
    return seen


def test_saved_words_are_read_back_and_merged() -> None:
    key = wordcache.analyzer_key(german_analyzer())
    assert wordcache.load(key) == {}
    first = dict(list(ENTRIES.items())[:2])
    assert wordcache.save(key, first) == first
    rest = dict(list(ENTRIES.items())[2:])
    assert wordcache.save(key, rest) == ENTRIES
    assert wordcache.load(key) == ENTRIES


def test_a_file_keeps_the_words_learned_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordcache, "FILE_LIMIT", 2)
    key = wordcache.analyzer_key(german_analyzer())
    for word, entry in ENTRIES.items():
        wordcache.save(key, {word: entry})
    assert list(wordcache.load(key)) == ["Jong-un", "München"]


@pytest.mark.parametrize(
    "change",
    ["schema version", "stopwords", "language", "stemmer version"],
)
def test_the_key_changes_with_what_decides_the_terms(
    change: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyzer = german_analyzer()
    key = wordcache.analyzer_key(analyzer)
    wordcache.save(key, ENTRIES)
    if change == "schema version":
        monkeypatch.setattr(index.schema, "SCHEMA_VERSION", index.schema.SCHEMA_VERSION + 1)
    elif change == "stopwords":
        analyzer.items[3] = StopFilter({"und", "oder"})
    elif change == "language":
        analyzer = english_analyzer()
    else:
        found = wordcache.installed
        monkeypatch.setattr(
            wordcache, "installed", lambda name: "0.0" if name == "PyStemmer" else found(name)
        )
    other = wordcache.analyzer_key(analyzer)
    assert other != key
    assert wordcache.load(other) == {}
    assert wordcache.load(key) == ENTRIES  # the same analysis again still finds its words


def test_the_key_is_the_same_in_every_process() -> None:
    # Sets are hashed differently per process (PYTHONHASHSEED): the key must not be.
    code = (
        "from index import wordcache, analysis\n"
        "print(wordcache.analyzer_key(analysis.german_analyzer()))"
    )
    keys = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout.strip()
        for seed in ("1", "2")
    }
    assert keys == {wordcache.analyzer_key(german_analyzer())}


@pytest.mark.parametrize(
    "damage",
    ["truncated", "flipped byte", "empty", "other key", "garbage"],
)
def test_a_damaged_file_is_ignored(damage: str) -> None:
    key = wordcache.analyzer_key(german_analyzer())
    wordcache.save(key, ENTRIES)
    path = wordcache.path_of(key)
    data = path.read_bytes()
    if damage == "truncated":
        data = data[: len(data) - 10]
    elif damage == "flipped byte":
        data = data[:-5] + bytes([data[-5] ^ 0xFF]) + data[-4:]
    elif damage == "empty":
        data = b""
    elif damage == "other key":
        data = data.replace(key.encode(), b"0" * len(key))
    else:
        data = os.urandom(len(data))
    path.write_bytes(data)
    assert wordcache.load(key) == {}
    # The next save writes a sound file again.
    assert wordcache.save(key, ENTRIES) == ENTRIES
    assert wordcache.load(key) == ENTRIES


def test_a_writer_killed_while_saving_leaves_a_sound_file(cache_folder: Path) -> None:
    key = wordcache.analyzer_key(german_analyzer())
    wordcache.save(key, ENTRIES)
    # A process saving big batches of words over and over, killed in the middle.
    code = textwrap.dedent(
        f"""
        from index import wordcache
        n = 0
        while True:
            batch = {{f"wort{{n}}x{{i}}": (((f"wort{{i}}", 0),), 1) for i in range(50_000)}}
            wordcache.save({key!r}, batch)
            n += 1
            print(n, flush=True)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "NEWSARCHIVE_TERMS_CACHE": str(cache_folder)},
    )
    try:
        assert proc.stdout is not None
        proc.stdout.readline()  # one batch saved: the next one is being written
        time.sleep(0.2)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    kept = wordcache.load(key)
    assert len(kept) >= 50_003  # a whole file (its checksum holds), not a damaged one
    assert wordcache.save(key, {"Neu": ((("neu", 0),), 1)})["Neu"] == ((("neu", 0),), 1)
    assert not list(cache_folder.glob("*.tmp"))  # what the killed writer left is gone


def _terms_of(index_dir: Path) -> set[tuple[Any, ...]]:
    return postings(index_dir)


def test_words_analyzed_by_the_workers_are_not_analyzed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two workers share the demo archive (chunks of 32 articles): each keeps its words.
    first = index_paths(tmp_path / "first", [DEMO], workers=2)
    assert first.indexed == 45
    key = wordcache.analyzer_key(index.schema.build_schema()["body_de"].analyzer)
    assert len(wordcache.load(key)) > 1_000
    # A later run, in a process that has not analyzed anything: every word is known.
    monkeypatch.setattr(index.terms, "_caches", {})
    seen = learned_words(monkeypatch)
    second = index_paths(tmp_path / "second", [DEMO], workers=1)
    assert second.indexed == 45
    assert seen == []
    assert _terms_of(tmp_path / "second") == _terms_of(tmp_path / "first")


def test_an_index_written_with_kept_words_equals_one_written_without(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache_folder: Path
) -> None:
    seen = learned_words(monkeypatch)
    index_paths(tmp_path / "cold", [DEMO], workers=1)
    assert len(seen) > 1_000
    assert list(cache_folder.glob("terms-*.bin"))
    monkeypatch.setattr(index.terms, "_caches", {})
    seen.clear()
    index_paths(tmp_path / "warm", [DEMO], workers=1)
    assert seen == []
    assert _terms_of(tmp_path / "warm") == _terms_of(tmp_path / "cold")
