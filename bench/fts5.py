"""SQLite FTS5 as a reference engine: what a newcomer builds with Python's standard library.

FTS5 has no German stemmer, so title and body are stemmed with PyStemmer's Snowball German
before they are inserted (words of letters and digits, lower-cased, each replaced by its
stem), and so is each query word. A search is an OR of the query's stems, ranked by FTS5's
bm25() (title and body weighted alike), top 10, with snippet() of the body: the snippet
shows stems, as the text indexed is the stemmed one.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

import Stemmer

WORD = re.compile(r"\w+")
DB = "fts5.sqlite"
MODES = ("OR top10", "OR +snippet")


def stemmer() -> Callable[[str], str]:
    """Return a function turning text into its German stems, space-separated."""
    stem = Stemmer.Stemmer("german").stemWords

    def stemmed(text: str) -> str:
        return " ".join(stem(WORD.findall(text.lower())))

    return stemmed


def index(folder: str, records: Iterable[tuple[str, str, str]]) -> int:
    """Index (id, title, body) records into folder/fts5.sqlite; return how many."""
    stemmed = stemmer()
    db = sqlite3.connect(Path(folder) / DB)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body)")
    count = 0
    batch: list[tuple[str, str, str]] = []
    for article_id, title, body in records:
        batch.append((article_id, stemmed(title), stemmed(body)))
        count += 1
        if len(batch) >= 1000:
            db.executemany("INSERT INTO articles VALUES (?, ?, ?)", batch)
            batch.clear()
    db.executemany("INSERT INTO articles VALUES (?, ?, ?)", batch)
    # What an index built once and then searched would get: its b-trees merged.
    db.execute("INSERT INTO articles(articles) VALUES ('optimize')")
    db.commit()
    db.close()
    return count


def exists(folder: str | Path) -> bool:
    """Tell whether folder holds an FTS5 index of this module."""
    return (Path(folder) / DB).exists()


def searcher(folder: str, snippets: bool) -> Callable[[str], list[tuple[str, str]]]:
    """Return a function running a user query: [(id, snippet or "")] of the top 10."""
    stemmed = stemmer()
    db = sqlite3.connect(Path(folder) / DB, check_same_thread=False)
    shown = "snippet(articles, 2, '<b>', '</b>', '…', 24)" if snippets else "''"
    sql = (
        f"SELECT id, {shown} FROM articles WHERE articles MATCH ? "
        "ORDER BY bm25(articles, 0.0, 1.0, 1.0) LIMIT 10"
    )

    def run(query: str) -> list[tuple[str, str]]:
        terms = dict.fromkeys(stemmed(query).split())
        if not terms:
            return []
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        return db.execute(sql, (match,)).fetchall()

    return run
